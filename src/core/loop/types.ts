import type { ChatMessage, Usage } from '../models/types.ts';

/** One thing that went wrong when a candidate was checked. `kind` is product-defined (e.g. 'schema', 'logic'). */
export interface Failure {
  kind: string;
  message: string;
  input?: unknown;
  expected?: unknown;
  actual?: unknown;
  /** Where in the candidate's source, when known. */
  location?: { line: number; column: number };
}

/** What a checker says of a candidate. */
export interface CheckReport {
  pass: boolean;
  /** Failures, possibly truncated per kind; `counts` holds the true totals. */
  failures: Failure[];
  counts: Record<string, number>;
  /** How many checks ran (e.g. records tried), for the summary. */
  checked?: number;
}

/** A candidate plus how it was obtained. */
export interface Proposal<C> {
  candidate: C;
  /** The prompt and raw answer when a model made it: kept for the debug view. */
  prompt?: ChatMessage[];
  rawResponse?: string;
  usage?: Usage[];
  /** Free-form notes from the proposer (e.g. fields the synthesizer could not solve). */
  notes?: string[];
}

export interface AttemptRecord<C> {
  attempt: number;
  proposer: string;
  proposal: Proposal<C> | null;
  report: CheckReport | null;
  /** Set when proposing or checking threw. */
  error?: string;
  startedAt: string;
  durationMs: number;
}

export interface ProposeContext<P, C> {
  problem: P;
  /** 1-based number of this attempt across all proposers. */
  attempt: number;
  /** Earlier attempts, oldest first. */
  history: readonly AttemptRecord<C>[];
  /** The report of the last checked candidate, concise (first N failures per kind). */
  feedback: CheckReport | null;
  signal: AbortSignal;
  /** Streams partial output (e.g. code as it arrives) to the loop's events. */
  onDelta: (text: string) => void;
}

/**
 * Makes candidates. A proposer never runs its own candidate: the checker does that.
 * Returning null means "nothing more to offer": the loop moves on to the next proposer.
 */
export interface Proposer<P, C> {
  readonly name: string;
  propose(context: ProposeContext<P, C>): Promise<Proposal<C> | null>;
}

/** Judges candidates. A checker never calls a model. */
export interface Checker<P, C> {
  check(problem: P, candidate: C, signal: AbortSignal): Promise<CheckReport>;
}

export interface Budget {
  maxAttempts: number;
  maxTokens?: number;
  maxCostUsd?: number;
  maxWallMs?: number;
}

export type LoopStatus = 'passed' | 'failed' | 'cancelled';

export interface LoopResult<C> {
  status: LoopStatus;
  /** The passing candidate, or the best failing one (fewest failures). */
  best: { attempt: number; candidate: C; report: CheckReport } | null;
  attempts: AttemptRecord<C>[];
  usage: Usage[];
  /** Why the loop stopped, for people. */
  reason: string;
}
