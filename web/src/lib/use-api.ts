import { useCallback, useEffect, useState } from 'react';
import { getJson } from './api.ts';

export interface ApiState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  /** Fetch again (after a change the page made). */
  reload: () => void;
}

/** GET a JSON document for a component, refetched when `path` changes or `reload` is called. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    getJson<T>(path, controller.signal)
      .then((value) => {
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof Error ? e : new Error(String(e)));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, generation]);

  return { data, error, loading, reload };
}
