/**
 * Why the inputs a build could see would not be written by a run: every reason, counted, in the
 * order a run checks them (the input contract, then the rivals, an input shape no example had, an
 * output that breaks a check the labels imply). The build's summary line names them all, so a
 * person sees more than the rival disagreements the questions start from.
 */
import { canonicalJson } from '../service/header.ts';
import { inputContractProblem, outputDoubtKey, uncoveredShape } from '../run/trust.ts';
import { MARKED_FOR_REVIEW_REASON, reviewMarkerReason } from '../run/review-marker.ts';
import type { QuestionSources } from './pick-questions.ts';

/** What {@link reviewReasons} found. */
export interface ReviewReasons {
  /** Distinct inputs checked. */
  checked: number;
  /** Of those, inputs a run would not write (review, or kind `input`). */
  unsettled: number;
  /** Reason → inputs, each input counted once under the first reason a run would give. */
  byReason: Record<string, number>;
}

/** The reason of a review row whose records the programs that fit every example disagree on. */
export const RIVALS_REASON = 'rival programs disagree';

/** Names of the output checks (see `inferOutputChecks`), as a person reads them. */
const OUTPUT_REASONS: Record<string, string> = {
  shape: 'unseen output shape',
  'non-empty': 'empty output field',
  digits: 'output not all digits',
  length: 'output of another length',
  'no-digits': 'digits in an output without them',
  'no-letters': 'letters in an output without them',
  integer: 'output not a whole number',
  'non-negative': 'negative output',
  'non-zero': 'zero output',
  constant: 'output the examples held constant, input not',
};

/** The kind of an `uncoveredShape` explanation (its wording is the run's, see run/trust.ts). */
export function inputReason(message: string): string {
  // A branch of the program its examples do not support (their wording is in run/trust.ts).
  if (/^the (?:branch of the )?program for /.test(message)) return 'branch its examples do not support';
  // Programs with no branch and no rival that would still guess (see run/trust-evidence.ts).
  if (/; the output copies /.test(message)) return 'value outside the set the examples copied';
  if (/ has spaces around it, /.test(message)) return 'spaces around a copied value';
  if (/ has (?:upper|lower)-case letters, /.test(message)) return 'unseen letter case';
  if (/^the code cuts .* laid out as /.test(message)) return 'unseen layout under a fixed cut';
  if (/^the code cuts /.test(message)) return 'fixed cut drops other text';
  if (/ and the code never reads it; /.test(message))
    return 'unseen value of a field the examples held constant';
  if (/ beside its number, /.test(message)) return 'unseen text beside a number';
  // Conventions the examples show varying, which the record does not state (run/trust-conventions.ts).
  if (/ may group thousands or mark decimals: /.test(message))
    return 'number in a convention the examples mix';
  if (/ a time with neither am nor pm, /.test(message)) return 'time without am or pm among 12-hour times';
  if (/ is a bare number, /.test(message)) return 'bare number where examples had a unit or sign';
  if (/ among others, which no example/.test(message)) return 'unseen word beside a choice';
  if (/ has the word /.test(message)) return 'unseen branch word';
  if (/ is empty, and it never was/.test(message)) return 'empty input field';
  if (/ has no number/.test(message)) return 'input without a number';
  if (/table has no entry/.test(message)) return 'value not in the lookup table';
  if (/ is a code cut from /.test(message)) return 'unseen name cut into a code';
  if (/ taking the smaller and the larger /.test(message)) return 'numbers in an order no example had';
  if (/ has \d+ (words|pieces)/.test(message)) return 'unseen number of parts';
  if (/ looks like | reads as /.test(message)) return 'unseen input shape';
  if (/ has .*which no example/.test(message)) return 'unseen characters';
  return 'unseen input';
}

/** The first reason a run would not write this input, or null when it would. */
export function reviewReason(sources: QuestionSources, input: unknown): string | null {
  if (inputContractProblem(sources.profile, input)) return 'missing or mistyped input key';
  if ((sources.space?.disagreements(input) ?? []).length > 0) return RIVALS_REASON;
  const shape = uncoveredShape(sources.profile, input);
  if (shape) return inputReason(shape);
  let output: unknown;
  try {
    output = sources.chosenOutput(structuredClone(input));
  } catch (error) {
    // A throw is an error row, not a doubt; unless the code marks the record for review itself.
    return reviewMarkerReason(error) !== null ? MARKED_FOR_REVIEW_REASON : null;
  }
  if (output === null || output === undefined) return null;
  const key = outputDoubtKey(sources.checks, JSON.parse(JSON.stringify(output)) as unknown, input);
  return key === null ? null : outputReason(key);
}

/** The reason an output doubt (`outputDoubtKey`) gives, as a person reads it. */
export function outputReason(doubtKey: string): string {
  // field:kind:shape (a shape may hold colons, as 10:30 does; a field name does not).
  const kind = doubtKey.split(':')[1] ?? '';
  return OUTPUT_REASONS[kind] ?? 'output breaks a check the labels imply';
}

/** Counts, over the distinct `inputs`, why a run would not write them (see {@link reviewReason}). */
export function reviewReasons(sources: QuestionSources, inputs: readonly unknown[]): ReviewReasons {
  const seen = new Set<string>();
  const byReason: Record<string, number> = {};
  let unsettled = 0;
  for (const input of inputs) {
    const id = canonicalJson(input);
    if (seen.has(id)) continue;
    seen.add(id);
    const reason = reviewReason(sources, input);
    if (reason === null) continue;
    unsettled += 1;
    byReason[reason] = (byReason[reason] ?? 0) + 1;
  }
  return { checked: seen.size, unsettled, byReason };
}

/**
 * `rival programs disagree 2, empty input field 1`: counts by reason, most first. The build's
 * `Unsettled:` line and a run's `Review:` line say their reasons this one way.
 */
export function formatReasonCounts(byReason: Readonly<Record<string, number>>): string {
  return Object.entries(byReason)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
}

/** `5 of 40 input(s) seen are not settled by the examples: rival programs disagree 2, …`. */
export function formatReviewReasons(reasons: ReviewReasons): string {
  const named = formatReasonCounts(reasons.byReason);
  return `${reasons.unsettled} of ${reasons.checked} input(s) seen are not settled by the examples${named ? `: ${named}` : ''}`;
}
