/**
 * Conventions the examples show varying, which a record does not state (issue 11, the trust gate):
 * a feed that mixes number locales ("1,234.50" and "1.234,50") cannot say whether "3,440" is three
 * thousand or three; a feed that mixes 12-hour times ("8:05 PM") with 24-hour ones cannot say
 * whether "8:05" is morning or evening. The code reads such a record one way, and a plausible
 * program fitted every example: only a person can settle it, so the record goes to review.
 */

/** Decimal and thousands marks the examples' numbers used (see {@link numberMarks}). */
export interface NumberMarks {
  /** Marks seen as a decimal mark ("12,50", "1,234.50"'s "."). */
  decimal: string[];
  /** Marks seen grouping thousands ("1,234.50"'s ",", "1.234,50"'s ".", "1 234,50"'s " "). */
  grouping: string[];
}

/** Numbers with their marks: digits joined by "." "," or a thousands mark before three digits. */
const NUMBERS = /\d+(?:(?:[.,]|['’ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*/g;

/** The roles of the marks of one written number; a lone "," or "." before three digits has none. */
function rolesOf(number: string): { decimal: string[]; grouping: string[] } {
  const marks = number.match(/[^\d]/g) ?? [];
  if (marks.length === 0) return { decimal: [], grouping: [] };
  const distinct = [...new Set(marks)];
  const last = marks[marks.length - 1] as string;
  if (distinct.length > 1) {
    // "1,234.50", "1.234,50", "1 234,50": the last mark is the decimal one when it comes once.
    const once = marks.filter((m) => m === last).length === 1;
    return once
      ? { decimal: [last], grouping: distinct.filter((m) => m !== last) }
      : { decimal: [], grouping: distinct };
  }
  if (marks.length > 1) return { decimal: [], grouping: distinct }; // "1,000,000"
  if (last !== '.' && last !== ',') return { decimal: [], grouping: [last] }; // "1 234"
  const after = number.length - number.lastIndexOf(last) - 1;
  // "1,234" and "1.234" say nothing on their own; "12,5" and "12.50" do.
  return after === 3 ? { decimal: [], grouping: [] } : { decimal: [last], grouping: [] };
}

/** The marks the numbers of some texts use, in each role. */
export function numberMarks(texts: readonly string[]): NumberMarks {
  const decimal = new Set<string>();
  const grouping = new Set<string>();
  for (const t of texts)
    for (const n of t.match(NUMBERS) ?? []) {
      const roles = rolesOf(n);
      roles.decimal.forEach((m) => decimal.add(m));
      roles.grouping.forEach((m) => grouping.add(m));
    }
  return { decimal: [...decimal].sort(), grouping: [...grouping].sort() };
}

/**
 * Whether the marks mix locales: both "." and "," as decimal marks, or one mark in both roles.
 * Only then is a lone mark before three digits ambiguous; a feed of one locale settles it.
 */
export function mixesLocales(marks: NumberMarks): boolean {
  if (marks.decimal.includes('.') && marks.decimal.includes(',')) return true;
  return marks.decimal.some((m) => marks.grouping.includes(m));
}

/**
 * Why a number of this value cannot be read in a feed that mixes number locales (see
 * {@link mixesLocales}): one "," or "." with three digits after it and no other mark ("3,440",
 * "12.500"), which is a thousands mark in one locale and a decimal mark in the other. Null otherwise.
 */
export function ambiguousMarkProblem(key: string, marks: NumberMarks, value: string): string | null {
  if (!mixesLocales(marks)) return null;
  const lone = (value.match(NUMBERS) ?? []).find((n) => /^\d{1,3}[.,]\d{3}$/.test(n));
  if (lone === undefined) return null;
  return `"${key}" has ${JSON.stringify(lone)}, whose "${lone.replace(/\d/g, '')}" may group thousands or mark decimals: the examples use both number conventions`;
}

/** A time of day with its hour, and whether it says am or pm (the forms `clock24` reads). */
const CLOCK = /^\s*(\d{1,2})(?:\s*[:.h]\s*\d{2}(?:\s*[:.]\s*\d{2})?)?\s*(a\.?\s*m\.?|p\.?\s*m\.?)?\s*$/i;

/** Whether some of these times of day say am or pm ("8:05 PM"): the feed writes 12-hour times. */
export function marksHalfDays(texts: readonly string[]): boolean {
  return texts.some((t) => CLOCK.exec(t)?.[2] !== undefined);
}

/**
 * Why a time of day cannot be read in a feed whose examples wrote 12-hour times with am or pm: an
 * hour from 1 to 12, without a leading zero and without am or pm ("8:05"), is morning in a
 * 24-hour clock and either in a 12-hour one. Null otherwise ("20:05", "08:05", "8:05 pm").
 */
export function unmarkedHalfDayProblem(key: string, value: string): string | null {
  const found = CLOCK.exec(value);
  // "9h30" is written in 24 hours wherever it is written.
  if (!found || found[2] !== undefined || /\dh/i.test(value)) return null;
  const hour = found[1] as string;
  if (hour.startsWith('0') || Number(hour) < 1 || Number(hour) > 12) return null;
  return `"${key}" is ${JSON.stringify(value.trim())}, a time with neither am nor pm, and the examples wrote 12-hour times with them: it may be morning or evening`;
}

/** Whether the code reads `input.<key>` as a time of day (`clock24`). */
export function readsClock(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\bclock24\\(\\s*(?:text\\(\\s*)?input(?:\\?\\.|\\.)${k}\\b`).test(code);
}
