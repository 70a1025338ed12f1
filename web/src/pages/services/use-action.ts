import { useCallback, useState } from 'react';

export interface Action {
  run: () => void;
  busy: boolean;
  error: unknown;
  /** Forget the last error (e.g. when the user edits again). */
  clear: () => void;
}

/** A button's async action: busy while it runs, its error kept for an ErrorNotice. */
export function useAction(action: () => Promise<void>): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(() => {
    setBusy(true);
    setError(null);
    action()
      .catch((e: unknown) => setError(e))
      .finally(() => setBusy(false));
  }, [action]);
  return { run, busy, error, clear: () => setError(null) };
}
