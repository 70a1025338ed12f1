import { describeSize, PREVIEW_CHARS } from './readers-lines.ts';

/** The error for a record whose lines hold bytes that are not UTF-8; null when its lines are clean. */
export function encodingProblem(
  invalidLines: Set<number>,
  first: number,
  last: number,
): { message: string; kind: 'encoding' } | null {
  let bad: number | null = null;
  if (invalidLines.size > 0) {
    for (let line = first; line <= last; line++) {
      if (invalidLines.delete(line)) bad ??= line;
    }
  }
  if (bad === null) return null;
  return {
    kind: 'encoding',
    message:
      `line ${bad}: not valid UTF-8 (the file may be Latin-1 or Windows-1252; the bad bytes are shown as U+FFFD). ` +
      'Re-encode the file as UTF-8, e.g. iconv -f latin1 -t utf-8 in.jsonl > out.jsonl.',
  };
}

/** The error for a record over the size limit. */
export function tooLargeProblem(
  line: number,
  chars: number,
  maxChars: number,
  what = 'record',
): { message: string; kind: 'too-large' } {
  return {
    kind: 'too-large',
    message:
      `line ${line}: the ${what} is ${describeSize(chars)} long, over the per-record limit of ${describeSize(maxChars)}; ` +
      `it was skipped (the error keeps its first ${PREVIEW_CHARS} characters). Split the record, or raise maxRecordChars.`,
  };
}
