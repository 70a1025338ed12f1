/**
 * Counts of a run's review rows by reason (`rival programs disagree`, `empty input field`, …: the
 * words of the build's `Unsettled:` line). Every writer of a run's results keeps one (the run
 * itself, the checkpointed file writer, a chunk job) so a summary says how many records went to
 * review and why, over the whole input.
 */
import type { RecordError } from './run.ts';

/** Reason → review rows. */
export type ReviewTally = Record<string, number>;

/** The reason a review row without one is counted under (rows written before reasons were named). */
export const UNNAMED_REVIEW_REASON = 'unnamed';

/** Counts one error row, when it is a review row. */
export function tallyReview(tally: ReviewTally, error: RecordError): void {
  if (error.kind !== 'review') return;
  const reason = error.reason ?? UNNAMED_REVIEW_REASON;
  tally[reason] = (tally[reason] ?? 0) + 1;
}

/** Adds the counts of `from` into `into`. */
export function addTally(into: ReviewTally, from: Readonly<ReviewTally> | undefined): void {
  for (const [reason, n] of Object.entries(from ?? {})) into[reason] = (into[reason] ?? 0) + n;
}
