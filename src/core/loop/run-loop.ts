import { CancelledError } from '../errors.ts';
import type { LoopEvent } from '../events/types.ts';
import type { Usage } from '../models/types.ts';
import type { AttemptRecord, Budget, CheckReport, Checker, LoopResult, Proposal, Proposer } from './types.ts';

export interface RunLoopOptions<P, C> {
  problem: P;
  /** Cheapest first: a proposer is used until it returns null or fails twice in a row. */
  proposers: readonly Proposer<P, C>[];
  checker: Checker<P, C>;
  budget: Budget;
  signal?: AbortSignal;
  onEvent?: (event: LoopEvent) => void;
  /** How many failures of each kind go back to a proposer (default 5). */
  feedbackLimitPerKind?: number;
  /** What the `candidate` event carries (default: the candidate itself). */
  describeCandidate?: (candidate: C) => unknown;
}

const CONSECUTIVE_ERRORS_BEFORE_SWITCH = 2;

/**
 * The one loop behind every feature: propose a candidate, check it, feed the failures back,
 * try again — until a candidate passes, the proposers run dry, or the budget ends.
 * Every attempt is kept; progress leaves only through `onEvent`.
 */
export async function runLoop<P, C>(options: RunLoopOptions<P, C>): Promise<LoopResult<C>> {
  const { problem, proposers, checker, budget } = options;
  const signal = options.signal ?? new AbortController().signal;
  const emit = options.onEvent ?? (() => {});
  const limit = options.feedbackLimitPerKind ?? 5;
  const startedAt = Date.now();
  const attempts: AttemptRecord<C>[] = [];
  const usage: Usage[] = [];
  let best: LoopResult<C>['best'] = null;
  let feedback: CheckReport | null = null;
  let proposerIndex = 0;
  let consecutiveErrors = 0;

  const finish = (status: LoopResult<C>['status'], reason: string): LoopResult<C> => {
    if (status === 'passed') emit({ type: 'done', attempt: attempts.length, reason });
    else emit({ type: 'failed', reason });
    return { status, best, attempts, usage, reason };
  };

  while (true) {
    if (signal.aborted) return finish('cancelled', 'Cancelled.');
    const exhausted = budgetExhausted(budget, attempts.length, usage, startedAt);
    if (exhausted) return finish('failed', exhausted);
    const proposer = proposers[proposerIndex];
    if (!proposer) {
      return finish('failed', `Every proposer gave up after ${attempts.length} attempt(s).`);
    }

    const attempt = attempts.length + 1;
    const attemptStart = Date.now();
    const record: AttemptRecord<C> = {
      attempt,
      proposer: proposer.name,
      proposal: null,
      report: null,
      startedAt: new Date(attemptStart).toISOString(),
      durationMs: 0,
    };

    // A proposer that returns null made no attempt, so `attempt-started` waits for its first
    // streamed text or its proposal: listeners always see it before anything of that attempt.
    let started = false;
    const markStarted = () => {
      if (started) return;
      started = true;
      emit({ type: 'attempt-started', attempt, proposer: proposer.name });
    };
    let proposal: Proposal<C> | null;
    try {
      proposal = await proposer.propose({
        problem,
        attempt,
        history: attempts,
        feedback,
        signal,
        onDelta: (text) => {
          markStarted();
          emit({ type: 'candidate-delta', attempt, text });
        },
      });
    } catch (error) {
      if (signal.aborted || error instanceof CancelledError) return finish('cancelled', 'Cancelled.');
      record.error = errorMessage(error);
      record.durationMs = Date.now() - attemptStart;
      attempts.push(record);
      markStarted();
      emit({ type: 'attempt-error', attempt, proposer: proposer.name, error: record.error });
      consecutiveErrors += 1;
      if (consecutiveErrors >= CONSECUTIVE_ERRORS_BEFORE_SWITCH) {
        proposerIndex += 1;
        consecutiveErrors = 0;
      }
      continue;
    }

    if (proposal === null) {
      // Nothing more from this proposer: not an attempt, just a hand-over to the next one.
      proposerIndex += 1;
      consecutiveErrors = 0;
      continue;
    }

    markStarted();
    record.proposal = proposal;
    for (const callUsage of proposal.usage ?? []) {
      usage.push(callUsage);
      emit({ type: 'usage', attempt, usage: callUsage });
    }
    emit({
      type: 'candidate',
      attempt,
      proposer: proposer.name,
      candidate: options.describeCandidate
        ? options.describeCandidate(proposal.candidate)
        : proposal.candidate,
      ...(proposal.notes ? { notes: proposal.notes } : {}),
    });

    let report: CheckReport;
    try {
      report = await checker.check(problem, proposal.candidate, signal);
    } catch (error) {
      if (signal.aborted || error instanceof CancelledError) return finish('cancelled', 'Cancelled.');
      report = {
        pass: false,
        failures: [{ kind: 'checker', message: errorMessage(error) }],
        counts: { checker: 1 },
      };
    }
    record.report = report;
    record.durationMs = Date.now() - attemptStart;
    attempts.push(record);
    consecutiveErrors = 0;
    emit({ type: 'check-finished', attempt, report });

    if (!best || totalFailures(report) < totalFailures(best.report)) {
      best = { attempt, candidate: proposal.candidate, report };
    }
    if (report.pass) {
      best = { attempt, candidate: proposal.candidate, report };
      return finish('passed', `Attempt ${attempt} (${proposer.name}) passed every check.`);
    }
    feedback = conciseReport(report, limit);
  }
}

/** Keeps the first `limitPerKind` failures of each kind; `counts` keeps the true totals. */
export function conciseReport(report: CheckReport, limitPerKind: number): CheckReport {
  const seen = new Map<string, number>();
  const failures = report.failures.filter((failure) => {
    const count = (seen.get(failure.kind) ?? 0) + 1;
    seen.set(failure.kind, count);
    return count <= limitPerKind;
  });
  return { ...report, failures };
}

export function totalFailures(report: CheckReport): number {
  const counted = Object.values(report.counts).reduce((sum, n) => sum + n, 0);
  return Math.max(counted, report.failures.length);
}

function budgetExhausted(budget: Budget, attempts: number, usage: Usage[], startedAt: number): string | null {
  if (attempts >= budget.maxAttempts) return `The budget of ${budget.maxAttempts} attempt(s) is used up.`;
  if (budget.maxWallMs !== undefined && Date.now() - startedAt >= budget.maxWallMs) {
    return `The time budget of ${budget.maxWallMs} ms is used up.`;
  }
  if (budget.maxTokens !== undefined) {
    const tokens = usage.reduce((sum, u) => sum + u.inputTokens + u.outputTokens, 0);
    if (tokens >= budget.maxTokens) return `The token budget of ${budget.maxTokens} is used up (${tokens}).`;
  }
  if (budget.maxCostUsd !== undefined) {
    const cost = usage.reduce((sum, u) => sum + (u.costUsd ?? 0), 0);
    if (cost >= budget.maxCostUsd) {
      return `The cost budget of $${budget.maxCostUsd} is used up ($${cost.toFixed(4)}).`;
    }
  }
  return null;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
