/**
 * Probes of the synthesizer ("does this reader read every example?", "which calling code makes
 * these outputs?") ask a reader in process. A reader that cannot read its text throws the review
 * mark (see `cannotRead` in helpers.ts), which a run files as `review`; to a probe it only means
 * "no answer".
 */

/** The `name` of the error a reader throws when it cannot read (run/review-marker.ts spells it the same). */
export const READER_REVIEW_NAME = 'CodifyReview';

/** Whether an error is a reader's "cannot read" mark, not a bug. */
export function isCannotRead(error: unknown): boolean {
  return error instanceof Error && error.name === READER_REVIEW_NAME;
}

/**
 * What `read` answers, or `fallback` when the reader cannot read (it throws the review mark). Any
 * other error is a bug and is thrown on.
 */
export function softly<T, F>(read: () => T, fallback: F): T | F {
  try {
    return read();
  } catch (error) {
    if (isCannotRead(error)) return fallback;
    throw error;
  }
}
