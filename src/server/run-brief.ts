import type { RunRecord } from './store/types.ts';
import type { ServerContext } from './context.ts';

/** A run in brief, as lists show it beside a service or a browser test. */
export interface RunBrief {
  id: string;
  kind: string;
  status: RunRecord['status'];
  createdAt: string;
  endedAt: string | null;
}

/** The stored run `runId` in brief; null when there is none. */
export function runBrief(context: ServerContext, runId: string | null | undefined): RunBrief | null {
  const run = runId ? context.store.getRun(runId) : undefined;
  return run
    ? { id: run.id, kind: run.kind, status: run.status, createdAt: run.createdAt, endedAt: run.endedAt }
    : null;
}
