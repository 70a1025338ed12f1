/**
 * The mark generated code throws when a record needs a person rather than an output (issue 11 §2):
 * a reader that cannot read its text ("e164 cannot read …"), a record like an answer the code does
 * not fit. A run files such a record as kind `review` with the reason, never as output and never as
 * a bug in the code (no rebuild is triggered by it).
 */

/** The `name` of the Error the generated code throws (the synthesizer's helpers spell it the same). */
export const REVIEW_MARKER = 'CodifyReview';

/** The reason a run and a build's `Unsettled:` line give, in their counts, for a marked record. */
export const MARKED_FOR_REVIEW_REASON = 'marked for review by the code';

/**
 * The reason a thrown error (in process) or a sandbox error message (`"CodifyReview: …"`) carries
 * when it is the review mark; null for any other error.
 */
export function reviewMarkerReason(error: unknown): string | null {
  if (typeof error === 'string') {
    const prefix = `${REVIEW_MARKER}: `;
    return error.startsWith(prefix) ? error.slice(prefix.length) : null;
  }
  if (error instanceof Error && error.name === REVIEW_MARKER) return error.message;
  return null;
}
