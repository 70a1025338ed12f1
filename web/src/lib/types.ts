/** Shapes of the server's answers, as documented in docs/server.md. */

export type RunStatus =
  'queued' | 'running' | 'completed' | 'failed' | 'stopped' | 'interrupted' | 'awaiting-review';

export const LIVE_STATUSES: readonly RunStatus[] = ['queued', 'running'];

export interface Run {
  id: string;
  kind: string;
  subjectId: string | null;
  status: RunStatus;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  updatedAt: string;
  input: unknown;
  summary: unknown;
  error: { code: string; message: string } | null;
  rerunOf: string | null;
}

export interface UsageRow {
  provider: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs?: number;
  costUsd?: number | null;
  source?: string;
  attempt?: number | null;
  at?: string;
}

export interface AttemptRow {
  attempt: number;
  proposer: string;
  status: string;
  startedAt: string;
  durationMs: number | null;
  data: unknown;
}

/** Sums of a run's model calls; `costIncomplete` when some call had no known price. */
export interface UsageTotals {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  costIncomplete: boolean;
}

/** `GET /runs/:id`. */
export interface RunDetail {
  run: Run;
  live: boolean;
  lastSeq: number;
  attempts: AttemptRow[];
  usage: UsageTotals;
  usageEntries?: UsageRow[];
  usageByAttempt?: (UsageTotals & { attempt: number | null })[];
}
