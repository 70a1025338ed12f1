/**
 * Evidence that does not depend on which task the examples come from (issue 11 §2): what the
 * examples held constant that the code never looks at, and how the letters and digits of a value the
 * code cuts at fixed places were laid out. A record that differs there is one the examples never
 * showed the program on, whatever its tokens look like; the run sends it to review.
 */
import type { Example } from '../service/types.ts';

/**
 * An input key the code never reads whose value was the same in every example: the examples show
 * the output only for that value (every shipment from one depot, every amount in EUR, every weight
 * in kg). A record with another value may need another output, and nothing in the code could know.
 */
export interface UnreadConstant {
  key: string;
  /** The value every example had (as JSON). */
  value: string;
}

/** Fewest examples that must agree on a value before it counts as held constant by them. */
export const CONSTANT_EVIDENCE = 2;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Missing, null, or text of spaces only. */
function isBlankValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A value as compared: text trimmed and in lower case (a column's "EUR" and "eur" are one value). */
function comparable(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.trim().toLowerCase());
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * The {@link UnreadConstant}s of the examples' inputs: top-level keys that `reads` says the code does
 * not read, present in every example (at least {@link CONSTANT_EVIDENCE}) with one value.
 */
export function unreadConstants(
  examples: readonly Example[],
  reads: (key: string) => boolean,
): UnreadConstant[] {
  const inputs = examples.map((e) => e.input);
  if (inputs.length < CONSTANT_EVIDENCE || !inputs.every(isObject)) return [];
  const objects = inputs as Record<string, unknown>[];
  const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const found: UnreadConstant[] = [];
  for (const key of keys) {
    if (reads(key)) continue;
    const values = objects.map((o) => o[key]);
    // A key blank in every example (a suffix, a second address line never filled) shows the output
    // only without it: a record that fills it may need another output, as for any held value.
    if (values.every(isBlankValue)) {
      found.push({ key, value: '""' });
      continue;
    }
    if (values.some(isBlankValue)) continue;
    const first = comparable(values[0]);
    if (values.every((v) => comparable(v) === first)) found.push({ key, value: JSON.stringify(values[0]) });
  }
  return found;
}

/**
 * Why this record's value of a key the examples held constant (and the code never reads) is one no
 * example showed, or null. A missing or blank value differs too: the examples never showed the
 * output without it.
 */
export function unreadConstantProblem(constants: readonly UnreadConstant[], input: unknown): string | null {
  if (!isObject(input)) return null;
  for (const c of constants) {
    const value = input[c.key];
    const held: unknown = JSON.parse(c.value);
    if (comparable(value) === comparable(held)) continue;
    if (isBlankValue(held)) {
      if (isBlankValue(value)) continue;
      return `every example had "${c.key}" empty and the code never reads it; this record has ${JSON.stringify(value)}, and no example shows whether the output depends on it`;
    }
    const now = isBlankValue(value) ? 'has none' : `has ${JSON.stringify(value)}`;
    return `every example had "${c.key}" ${c.value} and the code never reads it; this record ${now}, and no example shows whether the output depends on it`;
  }
  return null;
}

/**
 * How the letters and digits of the values of one key were laid out, for a key the code cuts at
 * fixed places: values grouped by the order of their runs (letters, digits, each other character),
 * each run's length kept where every example of the group had the same. "DE89370400440532013000"
 * and "GB29NWBK60161331926819" have one token shape (a run of letters and digits) but not one
 * layout: a cut at places 4–12 reads a bank code from one and not from the other.
 */
export interface LayoutGroup {
  /** Runs in order: `a` letters, `#` digits, ` ` spaces, else the character itself. */
  runs: string;
  /** Per run, the length every example of the group had; null where they differed. */
  lengths: (number | null)[];
  count: number;
}

/** Values longer than this are not codes a fixed cut is meant for. */
const MAX_LAYOUT_LENGTH = 64;

function runsOf(value: string): { cls: string; len: number }[] {
  const runs: { cls: string; len: number }[] = [];
  for (const ch of value.trim()) {
    const cls = /\p{L}/u.test(ch) ? 'a' : /\p{N}/u.test(ch) ? '#' : /\s/u.test(ch) ? ' ' : ch;
    const last = runs[runs.length - 1];
    if (last && last.cls === cls && (cls === 'a' || cls === '#' || cls === ' ')) last.len += 1;
    else runs.push({ cls, len: 1 });
  }
  return runs;
}

/**
 * The {@link LayoutGroup}s of the values of a key the code cuts at fixed places, or undefined when
 * there are fewer than two values or any is long free text.
 */
export function learnLayouts(values: readonly string[]): LayoutGroup[] | undefined {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length < 2 || filled.some((v) => v.trim().length > MAX_LAYOUT_LENGTH)) return undefined;
  const groups = new Map<string, { cls: string; len: number }[][]>();
  for (const value of filled) {
    const runs = runsOf(value);
    const key = runs.map((r) => r.cls).join('');
    groups.set(key, [...(groups.get(key) ?? []), runs]);
  }
  return [...groups].map(([runs, members]) => ({
    runs,
    count: members.length,
    lengths: (members[0] ?? []).map((r, i) => (members.every((m) => m[i]?.len === r.len) ? r.len : null)),
  }));
}

/** A layout as a person reads it: letters `a`, digits `#`, each as long as the value's run. */
function renderLayout(value: string): string {
  const shown = runsOf(value)
    .map((r) => r.cls.repeat(r.len))
    .join('');
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

function renderGroup(g: LayoutGroup): string {
  return [...g.runs]
    .map((cls, i) => cls.repeat(g.lengths[i] ?? 1) + (g.lengths[i] === null ? '…' : ''))
    .join('');
}

/** Whether the layouts learned cover this value's. */
export function layoutCovered(groups: readonly LayoutGroup[], value: string): boolean {
  const runs = runsOf(value);
  const key = runs.map((r) => r.cls).join('');
  return groups.some(
    (g) => g.runs === key && g.lengths.every((len, i) => len === null || runs[i]?.len === len),
  );
}

/**
 * Why a value the code cuts at fixed places (`cut`, as the code writes it) is laid out as no
 * example's was, or null.
 */
export function layoutProblem(
  key: string,
  groups: readonly LayoutGroup[],
  value: string,
  cut: string,
): string | null {
  if (value.trim() === '' || layoutCovered(groups, value)) return null;
  const seen = groups
    .slice(0, 3)
    .map((g) => `"${renderGroup(g)}"`)
    .join(' or ');
  return `the code cuts "${key}" at fixed places (${cut}), and its letters and digits are laid out as "${renderLayout(value)}", which no example's were (${seen})`;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first cut of `input.<key>` at fixed places in the code (`.slice(2, 10)`, `.substring(0, 3)`,
 * `.charAt(4)`, `.substr(…)`), on the value itself, its text, a cleaned copy or one piece of it; null
 * when the code has none. Such a cut reads by position, so what sits at a position is the format.
 */
export function fixedPlaceCut(code: string, key: string): string | null {
  const access = `(?:text\\(\\s*|String\\(\\s*)?input(?:\\?\\.|\\.)${escape(key)}\\b\\)?`;
  const piece = `\\btoken\\(\\s*${access}\\s*,\\s*'(?:\\\\.|[^'\\\\])*'\\s*,\\s*-?\\d+\\s*\\)`;
  // Cleanups between the value and the cut: trims, case changes, replaces of a literal regex.
  const chain = `(?:\\.(?:trim|toUpperCase|toLowerCase)\\(\\)|\\.replace(?:All)?\\(/(?:\\\\.|[^/\\\\])+/[a-z]*,\\s*'[^']*'\\))*`;
  const cut = `\\.(?:slice|substring|substr)\\(\\s*-?\\d+\\s*(?:,\\s*-?\\d+\\s*)?\\)|\\.charAt\\(\\s*\\d+\\s*\\)|\\[\\s*\\d+\\s*\\]`;
  const found = new RegExp(`(?:${piece}|${access})${chain}(${cut})`).exec(code);
  return found ? (found[1] ?? '').replace(/^\./, '') : null;
}

/**
 * What every example's input held the same in one top-level key: the whole value (a number, a
 * flag, a text), or the tokens (letter and digit runs, in any case, and symbols) every example's text
 * had ("acme" and "com" in every e-mail address, "2023" in every date, "€" in every price).
 */
export interface HeldInput {
  key: string;
  /** The value every example had, as JSON (text trimmed and in lower case). */
  value?: string;
  /** Tokens every example's text had, when the texts differ. */
  tokens?: string[];
  /**
   * The characters every example's text began with (lower case; see {@link sharedEnd}), when the
   * texts differ: "1z" of UPS parcel numbers, "inv-" of invoice references. A lead is a format's
   * mark as much as a token is, and may be what the constant output depends on.
   */
  prefix?: string;
  /** The characters every example's text ended with, likewise ("-eu"). */
  suffix?: string;
}

/** Fewest characters of a shared lead or ending that count: one shared letter is chance. */
const SHARED_END_MIN = 2;

/**
 * The characters every text (trimmed, lower case) begins with (`start`) or ends with (`end`), when
 * at least {@link SHARED_END_MIN} long and not only digits and number marks: "1" leading every
 * amount of 100–199 is magnitude, not a format.
 */
export function sharedEnd(texts: readonly string[], side: 'start' | 'end'): string | undefined {
  const norm = texts.map((t) => {
    const lower = t.trim().toLowerCase();
    return side === 'start' ? [...lower] : [...lower].reverse();
  });
  const [head, ...rest] = norm;
  if (!head || rest.length === 0) return undefined;
  let n = 0;
  while (n < head.length && rest.every((chars) => chars[n] === head[n])) n++;
  // A lead shared to the end of one text is that whole text: not a lead of different values.
  if (norm.some((chars) => chars.length === n)) return undefined;
  const chars = head.slice(0, n);
  const shared = (side === 'start' ? chars : chars.reverse()).join('');
  if (shared.length < SHARED_END_MIN || /^[\d.,\s-]*$/.test(shared)) return undefined;
  return shared;
}

/** Letter and digit runs (lower case) and single symbols of a text. */
function tokensOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+|[^\p{L}\p{N}\s]/gu) ?? [];
}

/** The {@link HeldInput}s of the examples' inputs (objects only; at least {@link CONSTANT_EVIDENCE}). */
export function heldInputs(examples: readonly Example[]): HeldInput[] {
  const inputs = examples.map((e) => e.input);
  if (inputs.length < CONSTANT_EVIDENCE || !inputs.every(isObject)) return [];
  const objects = inputs as Record<string, unknown>[];
  const held: HeldInput[] = [];
  for (const key of [...new Set(objects.flatMap((o) => Object.keys(o)))]) {
    const values = objects.map((o) => o[key]);
    if (!values.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
      continue;
    const first = comparable(values[0]);
    if (values.every((v) => comparable(v) === first)) {
      held.push({ key, value: first });
      continue;
    }
    if (!values.every((v) => typeof v === 'string')) continue;
    const texts = values as string[];
    const [head, ...rest] = texts.map((v) => new Set(tokensOf(v)));
    const shared = [...(head ?? [])].filter((t) => rest.every((s) => s.has(t)));
    // A lead made of tokens already held adds nothing ("+44 " of phones, "@acme.com" of e-mails).
    const adds = (end: string | undefined): string | undefined =>
      end !== undefined && !tokensOf(end).every((t) => shared.includes(t)) ? end : undefined;
    const prefix = adds(sharedEnd(texts, 'start'));
    const suffix = adds(sharedEnd(texts, 'end'));
    if (shared.length > 0 || prefix !== undefined || suffix !== undefined)
      held.push({
        key,
        ...(shared.length > 0 ? { tokens: shared } : {}),
        ...(prefix !== undefined ? { prefix } : {}),
        ...(suffix !== undefined ? { suffix } : {}),
      });
  }
  return held;
}

/** Where this record's input differs from what every example held (see {@link HeldInput}), or null. */
export function heldInputDifference(held: readonly HeldInput[], input: unknown): string | null {
  if (!isObject(input)) return null;
  for (const h of held) {
    const value = input[h.key];
    if (h.value !== undefined) {
      if (comparable(value) !== h.value) return `"${h.key}" is ${JSON.stringify(value) ?? 'missing'}`;
      continue;
    }
    const tokens = new Set(
      typeof value === 'string' || typeof value === 'number' ? tokensOf(String(value)) : [],
    );
    const missing = (h.tokens ?? []).find((t) => !tokens.has(t));
    if (missing !== undefined) return `"${h.key}" has no "${missing}"`;
    const text =
      typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : '';
    if (h.prefix !== undefined && !text.startsWith(h.prefix))
      return `"${h.key}" does not begin with "${h.prefix}", as every example's did`;
    if (h.suffix !== undefined && !text.endsWith(h.suffix))
      return `"${h.key}" does not end with "${h.suffix}", as every example's did`;
  }
  return null;
}
