import { useEffect, useState } from 'react';
import { getJson } from './api.ts';
import { followRun, type RunEvent } from './events.ts';
import type { RunDetail } from './types.ts';

export interface LiveRun {
  detail: RunDetail | null;
  /** Every event of the run so far, in seq order (replayed from the store, then live). */
  events: RunEvent[];
  /** True until the event stream has ended (the run is over and every event was seen). */
  following: boolean;
  error: Error | null;
}

/**
 * A run and its events, kept live: the detail is fetched, the event stream replays what is
 * stored and follows what comes, and the detail is fetched again when the run ends (so the
 * summary, attempts and usage are final).
 */
export function useLiveRun(runId: string | undefined): LiveRun {
  const [detail, setDetail] = useState<RunDetail | null>(null);
  const [events, setEvents] = useState<RunEvent[]>([]);
  const [following, setFollowing] = useState(true);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    if (!runId) return;
    const controller = new AbortController();
    setDetail(null);
    setEvents([]);
    setFollowing(true);
    setError(null);
    const refresh = () =>
      getJson<RunDetail>(`/runs/${encodeURIComponent(runId)}`, controller.signal)
        .then(setDetail)
        .catch((e: unknown) => {
          if (!controller.signal.aborted) setError(e instanceof Error ? e : new Error(String(e)));
        });
    void refresh();
    // Events arrive in bursts (thousands on a replay): batch them into one state update per frame.
    let pending: RunEvent[] = [];
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      const batch = pending;
      pending = [];
      setEvents((current) => current.concat(batch));
    };
    void followRun(runId, {
      signal: controller.signal,
      onEvent: (event) => {
        pending.push(event);
        if (event.event.type === 'run-status' || event.event.type === 'run-finished') void refresh();
        if (!scheduled) {
          scheduled = true;
          requestAnimationFrame(flush);
        }
      },
      onEnd: () => {
        if (scheduled || pending.length > 0) flush();
        setFollowing(false);
        void refresh();
      },
      onError: (e) => {
        setError(e);
        setFollowing(false);
      },
    });
    return () => controller.abort();
  }, [runId]);

  return { detail, events, following, error };
}
