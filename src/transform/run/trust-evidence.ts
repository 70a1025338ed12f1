/**
 * Evidence about programs that have no branch and no rival (issue 11 §2) yet still guess: a copy of
 * an input whose example values were a closed set of labels, letters written in a case no example
 * showed, a cut at fixed places that drops text no example dropped, and the words and signs around
 * a number the code reads alone. Each is learned from the examples (see `profileInputs` in
 * trust.ts) and tells why a record falls outside it; the run sends such a record to review.
 */
import type { Example } from '../service/types.ts';

/** What the examples show about an input value the output copies (trimmed, in any letter case). */
export interface CopyEvidence {
  /**
   * The example values (trimmed, lower case) when they look like labels of a closed set: short
   * words without digits, all in one letter case, or values that repeat. A copy of another value
   * is a guess: the examples show only that these labels stay as they are.
   */
  closedSet?: string[];
  /** Some example value had spaces around it (a copy keeps them; a trimmed copy fits as well). */
  padded: boolean;
}

/** Which letter case every example value's letters had (see {@link letterCaseOf}). */
export type LetterCase = 'lower' | 'upper';

/**
 * A cut of a value at fixed places (`input.dialed.slice(-12)`) whose every example dropped the same
 * text: the examples show the cut only removing that text.
 */
export interface FixedCut {
  /** The cut as the code writes it (`slice(-12)`). */
  cut: string;
  /** What every example's cut dropped: the text before the kept part and the text after it. */
  dropped: [string, string];
  /** Cleanups applied before the cut (`trim`, `digits`, `alnum`, `letters`). */
  before: string[];
  /** Where the kept part starts and ends (`slice`'s arguments; `charAt(i)` is `i`, `i + 1`). */
  start: number;
  end?: number;
  /** The piece of the value cut (`token`'s delimiter and place), when not the whole value. */
  piece?: [string, number];
}

/** The words and symbols the examples had around the number the code reads alone. */
export interface NumberContext {
  /** Lower-case words (letter runs) before and after the number. */
  words: string[];
  /** Symbols (neither letter, digit nor space) before and after the number. */
  symbols: string[];
  /**
   * The code reads several numbers of the value (the first, the second, …): every number is set
   * aside, not only the first, and the words and symbols between them are the context.
   */
  every?: true;
  /**
   * Every example had a word or symbol beside its number ("45%", "$4.95", "12 kg"): a bare number
   * ("0.45") lacks what may have changed its meaning (a percent, a unit, a currency), which a
   * program that reads the number alone applies anyway.
   */
  marked?: true;
  /**
   * Lower-case words every example had beside its numbers, when two examples at least: a record
   * without one ("18" where every example said "below 30") may mean something else, which a program
   * that reads the number alone cannot see.
   */
  shared?: string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const norm = (value: string): string => value.trim().toLowerCase();

/** String leaves of an output: the top level and one level down. */
function stringLeaves(output: unknown): string[] {
  if (typeof output === 'string') return [output];
  if (!isObject(output)) return [];
  return Object.values(output).flatMap((v) =>
    typeof v === 'string' ? [v] : isObject(v) ? Object.values(v).filter((w) => typeof w === 'string') : [],
  ) as string[];
}

/** Examples a person labelled (an answered question adds an input whose label the profile lacks). */
function labelled(examples: readonly Example[]): Example[] {
  return examples.filter((e) => e.output !== null && e.output !== undefined && isObject(e.input));
}

/** JSON with object keys sorted, to compare values whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * Whether every labelled example's output is its input unchanged, a record of several fields: the
 * examples show a pass-through of the whole record (checking, cleaning the file around it), where a
 * copy is the program meant, not one of several that a closed set of labels or one letter case
 * leaves open. A record of one field given back as it came is that field's transform, whose
 * examples cannot tell a copy from a case fold (every e-mail lower case, as a normalizer writes them).
 */
function passThrough(shown: readonly Example[]): boolean {
  return shown.every(
    (e) => isObject(e.input) && Object.keys(e.input).length > 1 && canonical(e.input) === canonical(e.output),
  );
}

/** Fewest labelled examples that show a copy: one could match by chance. */
const COPY_EVIDENCE = 2;

/** Longest label of a closed set, and most words in it. */
const LABEL_MAX = 24;
const LABEL_EVIDENCE = 3;
const LABEL = /^\p{L}+(?:[ _-]\p{L}+){0,2}$/u;

/**
 * The {@link CopyEvidence} of `key`: set when, in every labelled example (at least two), some output
 * text is the input's value, trimmed and in any letter case.
 */
export function copyEvidence(examples: readonly Example[], key: string): CopyEvidence | undefined {
  const shown = labelled(examples);
  if (shown.length < COPY_EVIDENCE || passThrough(shown)) return undefined;
  const copied = shown.every((e) => {
    const value = (e.input as Record<string, unknown>)[key];
    if (typeof value !== 'string' || value.trim() === '') return false;
    return stringLeaves(e.output).some((leaf) => norm(leaf) === norm(value));
  });
  if (!copied) return undefined;
  const values = examples
    .map((e) => (isObject(e.input) ? e.input[key] : undefined))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const distinct = [...new Set(values.map(norm))];
  const short = values.every((v) => v.trim().length <= LABEL_MAX);
  // Three labels at least: two words of one case could be anything (two first names).
  const labels =
    short &&
    values.length >= LABEL_EVIDENCE &&
    values.every((v) => LABEL.test(v.trim())) &&
    letterCaseOf(values) !== undefined;
  // Values that repeat (each shown twice on average) are a closed set whatever they look like.
  const repeated = short && values.length >= 4 && distinct.length * 2 <= values.length;
  return {
    ...(labels || repeated ? { closedSet: distinct.sort() } : {}),
    padded: values.some((v) => v !== v.trim()),
  };
}

/** Why the copy of this value is a guess (see {@link CopyEvidence}), or null. */
export function copyProblem(key: string, evidence: CopyEvidence, value: string): string | null {
  const set = evidence.closedSet;
  if (set && !set.includes(norm(value))) {
    const shown = set.slice(0, 6).map((s) => JSON.stringify(s));
    const more = set.length > 6 ? `, … (${set.length} in all)` : '';
    return `"${key}" is ${JSON.stringify(value)}; the output copies "${key}", whose every example value was one of ${shown.join(', ')}${more}: none shows what another value becomes`;
  }
  if (!evidence.padded && value !== value.trim())
    return `"${key}" has spaces around it, which no example's "${key}" had (the output copies it, and a trimmed copy fits the examples as well)`;
  return null;
}

/** The letter case every text's letters had, when at least two texts had cased letters; else undefined. */
export function letterCaseOf(texts: readonly string[]): LetterCase | undefined {
  const cased = texts.filter((t) => /[\p{Lu}\p{Ll}]/u.test(t));
  if (cased.length < 2) return undefined;
  if (cased.every((t) => !/\p{Lu}/u.test(t))) return 'lower';
  if (cased.every((t) => !/\p{Ll}/u.test(t))) return 'upper';
  return undefined;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the code changes the letter case of `input.<key>` (then the input's case cannot show). */
function foldsCase(code: string, key: string): boolean {
  const access = `input(?:\\?\\.|\\.)${escape(key)}\\b`;
  return (
    new RegExp(`${access}[^;\\n]*?\\.to(?:Locale)?(?:Upper|Lower)Case\\(`).test(code) ||
    new RegExp(
      `\\b(?:capitalize|titleCase|slugify|camelCase|pascalCase)\\(\\s*(?:text\\(\\s*)?${access}`,
    ).test(code)
  );
}

const letterRuns = (text: string): string[] => text.match(/\p{L}+/gu) ?? [];

/**
 * The letter case the output carries from `key`: every example value's letters were of one case,
 * and in every labelled example (at least two) an output text has a run of letters exactly as the
 * value has it. A value with letters of the other case is then one no example showed: whether the
 * output keeps its case or changes it, programs that fit the examples disagree. Undefined when the
 * code changes the value's case itself (`code` null: no code to ask).
 */
export function carriedCase(
  examples: readonly Example[],
  key: string,
  code: string | null,
): LetterCase | undefined {
  const values = examples
    .map((e) => (isObject(e.input) ? e.input[key] : undefined))
    .filter((v): v is string => typeof v === 'string');
  const letterCase = letterCaseOf(values);
  if (letterCase === undefined || (code !== null && foldsCase(code, key))) return undefined;
  const shown = labelled(examples);
  if (shown.length < COPY_EVIDENCE || passThrough(shown)) return undefined;
  const carried = shown.every((e) => {
    const value = (e.input as Record<string, unknown>)[key];
    if (typeof value !== 'string') return false;
    const runs = new Set(letterRuns(value));
    return stringLeaves(e.output).some((leaf) => letterRuns(leaf).some((run) => runs.has(run)));
  });
  return carried ? letterCase : undefined;
}

/** Why this value's letter case is one the examples never showed (see {@link carriedCase}), or null. */
export function caseProblem(key: string, letterCase: LetterCase, value: string): string | null {
  const other = letterCase === 'lower' ? /\p{Lu}/u : /\p{Ll}/u;
  if (!other.test(value)) return null;
  const which = letterCase === 'lower' ? 'upper-case' : 'lower-case';
  return `"${key}" has ${which} letters, which no example's "${key}" had (the output carries its letters, and no example shows whether their case is kept)`;
}

const CLEANUPS: { name: string; code: string; apply: (s: string) => string }[] = [
  { name: 'trim', code: '.trim()', apply: (s) => s.trim() },
  { name: 'digits', code: ".replace(/\\D/g, '')", apply: (s) => s.replace(/\D/g, '') },
  {
    name: 'alnum',
    code: ".replace(/[^\\p{L}\\p{N}]/gu, '')",
    apply: (s) => s.replace(/[^\p{L}\p{N}]/gu, ''),
  },
  { name: 'letters', code: ".replace(/[^\\p{L}]/gu, '')", apply: (s) => s.replace(/[^\p{L}]/gu, '') },
];

function cleaned(value: string, before: readonly string[]): string {
  return before.reduce((s, name) => CLEANUPS.find((c) => c.name === name)?.apply(s) ?? s, value);
}

function droppedBy(value: string, start: number, end: number | undefined): [string, string] {
  const n = value.length;
  const from = start < 0 ? Math.max(0, n + start) : Math.min(start, n);
  const to = end === undefined ? n : end < 0 ? Math.max(0, n + end) : Math.min(end, n);
  return [value.slice(0, from), to > from ? value.slice(to) : ''];
}

/** Fewest examples whose cuts must agree on what they drop. */
const CUT_EVIDENCE = 2;

/**
 * The {@link FixedCut}s of `input.<key>` in the code (`.slice(a, b)` after optional cleanups) whose
 * every example (at least two) dropped the same text.
 */
export function fixedCuts(code: string, key: string, texts: readonly string[]): FixedCut[] {
  if (texts.length < CUT_EVIDENCE) return [];
  const chain = `(?:${CLEANUPS.map((c) => escape(c.code)).join('|')})*`;
  const access = `(?:text\\(\\s*)?input(?:\\?\\.|\\.)${escape(key)}\\b\\)?`;
  // The value itself, or one piece of it (`token(input.price, ' ', 1)`), then cleanups, then the cut.
  const pattern = new RegExp(
    `(?:\\btoken\\(\\s*${access}\\s*,\\s*'((?:\\\\.|[^'\\\\])*)'\\s*,\\s*(-?\\d+)\\s*\\)|${access})(${chain})` +
      `\\.(?:slice\\(\\s*(-?\\d+)\\s*(?:,\\s*(-?\\d+)\\s*)?\\)|charAt\\(\\s*(\\d+)\\s*\\))`,
    'g',
  );
  const found = new Map<string, FixedCut>();
  for (const match of code.matchAll(pattern)) {
    const before: string[] = [];
    for (let rest = match[3] ?? ''; rest.length > 0;) {
      const step = CLEANUPS.find((c) => rest.startsWith(c.code));
      if (!step) break;
      before.push(step.name);
      rest = rest.slice(step.code.length);
    }
    const piece: [string, number] | undefined =
      match[1] === undefined ? undefined : [match[1].replace(/\\(.)/g, '$1'), Number(match[2])];
    const at = match[6] === undefined ? undefined : Number(match[6]);
    const start = at ?? Number(match[4]);
    const end = at !== undefined ? at + 1 : match[5] === undefined ? undefined : Number(match[5]);
    const cut = `${piece ? `token(${JSON.stringify(piece[0])}, ${piece[1]}).` : ''}${at !== undefined ? `charAt(${at})` : `slice(${match[4]}${match[5] === undefined ? '' : `, ${match[5]}`})`}`;
    const one: FixedCut = {
      cut,
      dropped: ['', ''],
      before,
      start,
      ...(end !== undefined ? { end } : {}),
      ...(piece ? { piece } : {}),
    };
    const drops = texts.map((t) => dropsOf(one, t));
    const first = drops[0] as [string, string];
    if (!drops.every((d) => d[0] === first[0] && d[1] === first[1])) continue;
    found.set(cut + before.join('+'), { ...one, dropped: first });
  }
  return [...found.values()];
}

/** What a cut drops of a value: the text before and after what it keeps. */
function dropsOf(c: FixedCut, value: string): [string, string] {
  const base = c.piece ? pieceOf(value, c.piece[0], c.piece[1]) : value;
  return droppedBy(cleaned(base, c.before), c.start, c.end);
}

/** The generated `token`'s piece of a text. */
function pieceOf(value: string, delimiter: string, n: number): string {
  const parts = delimiter === ' ' ? value.trim().split(/\s+/) : value.split(delimiter);
  return (parts[n < 0 ? parts.length + n : n] ?? '').trim();
}

/** Why a fixed cut of this value drops text no example's cut dropped (see {@link FixedCut}), or null. */
export function cutProblem(key: string, cuts: readonly FixedCut[], value: string): string | null {
  for (const c of cuts) {
    const drops = dropsOf(c, value);
    if (drops[0] === c.dropped[0] && drops[1] === c.dropped[1]) continue;
    const said = (d: [string, string]) =>
      d[0] === '' && d[1] === ''
        ? 'nothing'
        : [d[0] && `${JSON.stringify(d[0])} before`, d[1] && `${JSON.stringify(d[1])} after`]
            .filter(Boolean)
            .join(' and ');
    return `the code cuts "${key}" at fixed places (${c.cut}); every example's cut dropped ${said(c.dropped)} what it kept, this one's drops ${said(drops)}`;
  }
  return null;
}

/** The number a text has, as the generated `parseNumber` finds it (see `numberPart` in trust.ts). */
const NUMBER = /\d+(?:(?:[.,]|['’ \u00a0](?=\d{3}(?!\d)))\d+)*/;

function around(text: string, every = false): string {
  if (every) return text.replace(new RegExp(NUMBER.source, 'g'), ' ');
  const found = NUMBER.exec(text);
  if (!found) return text;
  return `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`;
}

/** Text around a number with neither a letter nor a symbol. */
const bare = (rest: string): boolean => !/[^\p{N}\s]/u.test(rest);

const symbolsOf = (text: string): string[] => [...text.replace(/[\p{L}\p{N}\s]/gu, '')];

/** The {@link NumberContext} of some texts. */
export function numberContext(texts: readonly string[], every = false): NumberContext {
  const rest = texts.map((t) => around(t, every));
  const marked = rest.length > 0 && texts.every((t, i) => NUMBER.test(t) && !bare(rest[i] ?? ''));
  const wordSets = rest.map((t) => new Set(letterRuns(t.toLowerCase())));
  const shared =
    wordSets.length >= 2
      ? [...(wordSets[0] ?? [])].filter((w) => wordSets.every((set) => set.has(w))).sort()
      : [];
  return {
    ...(shared.length > 0 ? { shared } : {}),
    words: [...new Set(rest.flatMap((t) => letterRuns(t.toLowerCase())))].sort(),
    symbols: [...new Set(rest.flatMap(symbolsOf))].sort(),
    ...(every ? { every } : {}),
    ...(marked ? { marked } : {}),
  };
}

/**
 * Why the text around this value's number is not what the examples had (a word or a symbol none
 * had: "down", "▼", a bracket), or null. Such text may say the number is negative, or in another
 * unit or currency, which a program that reads the number alone cannot know.
 */
export function numberContextProblem(key: string, context: NumberContext, value: string): string | null {
  // A text without a number is the number checks' business ("has no number").
  if (!NUMBER.test(value)) return null;
  const rest = around(value, context.every === true);
  const word = letterRuns(rest.toLowerCase()).find((w) => !context.words.includes(w));
  if (word !== undefined)
    return `"${key}" has the word "${word}" beside its number, which no example's "${key}" had (the code reads the number alone)`;
  const had = letterRuns(rest.toLowerCase());
  const missing = context.shared?.find((w) => !had.includes(w));
  if (missing !== undefined)
    return `"${key}" has no word "${missing}" beside its number, which every example's "${key}" had (the code reads the number alone)`;
  const symbol = symbolsOf(rest).find((s) => !context.symbols.includes(s));
  if (symbol !== undefined)
    return `"${key}" has "${symbol}" beside its number, which no example's "${key}" had (the code reads the number alone)`;
  if (context.marked && bare(rest))
    return `"${key}" is a bare number, and every example's "${key}" had a word or symbol beside it (a unit, a percent, a currency may change what the number means)`;
  return null;
}
