import type { CodifyEvent, PublishedEvent } from '../../core/events/types.ts';
import type { RunStatus } from '../protocol/runs.ts';

/** Where a run is in its life: defined by the wire protocol, which the store follows. */
export { RUN_STATUSES, type RunStatus } from '../protocol/runs.ts';

/** Statuses in which a run is (or was, when the process stopped) still doing work. */
export const LIVE_RUN_STATUSES: readonly RunStatus[] = ['queued', 'running'];

/** A stored run. `kind` and the JSON payloads are product-defined; core only stores them. */
export interface RunRecord {
  id: string;
  /** What sort of job, e.g. `transform.generate` or `browser.explore`. */
  kind: string;
  /** What the run works on (e.g. `service:invoices`); at most one live run per subject. */
  subjectId: string | null;
  status: RunStatus;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  updatedAt: string;
  /** The parameters the run was started with. */
  input: unknown;
  /** What the job reported when it ended. */
  summary: unknown;
  /** Why it failed, for people; null unless it failed. */
  error: { code: string; message: string } | null;
  /** The run this one repeats (e.g. an interrupted run started again), or null. */
  rerunOf: string | null;
}

export interface NewRun {
  /** Defaults to a random UUID. */
  id?: string;
  kind: string;
  subjectId?: string | null;
  /** Defaults to `queued`. */
  status?: RunStatus;
  input?: unknown;
  /** The run this one repeats. */
  rerunOf?: string | null;
}

export interface RunStatusUpdate {
  summary?: unknown;
  error?: { code: string; message: string } | null;
}

export interface RunFilter {
  kind?: string;
  subjectId?: string;
  status?: RunStatus | readonly RunStatus[];
  /** Only runs created strictly before this ISO time (for paging back). */
  createdBefore?: string;
  /** At most this many, newest first. Defaults to 50, capped at 1000. */
  limit?: number;
}

/** A stored event: the published event plus the run it belongs to. */
export interface StoredEvent<E extends CodifyEvent = CodifyEvent> extends PublishedEvent<E> {
  runId: string;
}

/** One attempt of a run's loop, as the product chooses to describe it. */
export interface AttemptEntry {
  runId: string;
  /** 1-based. Recording the same attempt again replaces it (an attempt is updated as it progresses). */
  attempt: number;
  proposer: string;
  /** Product-defined, e.g. `running`, `passed`, `failed`, `error`. */
  status: string;
  startedAt: string;
  durationMs: number | null;
  data: unknown;
}

/** One model call, for accounting. Mirrors `Usage` from core/models. */
export interface UsageEntry {
  runId: string | null;
  attempt: number | null;
  provider: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  costUsd: number | null;
  source: string | null;
  at: string;
}

/** Totals over usage entries. `costIncomplete` is true when some call had no known price. */
export interface UsageTotals {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  costIncomplete: boolean;
}

/**
 * A service in the index table (`services`): what its directory said when last synced, and its
 * latest run. The directory is the source of truth; the row is rebuilt from it at startup.
 */
export interface ServiceIndexEntry {
  name: string;
  createdAt: string;
  updatedAt: string;
  model: string | null;
  locked: boolean;
  examples: number;
  built: boolean;
  lastRunId: string | null;
}

/** A browser test in the index table (`browser_tests`), synced from its `test.json`. */
export interface BrowserTestIndexEntry {
  name: string;
  url: string;
  goal: string;
  createdAt: string;
  updatedAt: string;
  model: string | null;
  hasSpec: boolean;
  lastRunId: string | null;
}

/** What an upsert needs: times default to now (an existing row keeps its `createdAt`), `lastRunId` to the kept one. */
export type IndexInput<E extends { createdAt: string; updatedAt: string; lastRunId: string | null }> = Omit<
  E,
  'createdAt' | 'updatedAt' | 'lastRunId'
> &
  Partial<Pick<E, 'createdAt' | 'updatedAt' | 'lastRunId'>>;

/** Per-day and per-model totals over the usage table, for a usage/cost chart. */
export interface UsageByDay {
  day: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  costIncomplete: boolean;
}

export interface UsageByModel extends Omit<UsageByDay, 'day'> {
  provider: string;
  model: string;
}
