import { ApiError } from '../lib/api.ts';

/** An error as the user should see it: the server's message and its hint for what to do next. */
export function ErrorNotice({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof ApiError ? error.hint : undefined;
  return (
    <div className="error-notice" role="alert">
      <strong>{message}</strong>
      {hint ? <div className="hint">{hint}</div> : null}
    </div>
  );
}
