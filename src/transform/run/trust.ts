/**
 * What a run may believe. A record goes to the output only when the code's answer is settled by the
 * examples: the input has the keys and types the examples had (else error kind `input`), its shape
 * was covered by the examples (no field empty that never was, no kind of character never seen), and
 * the rival programs that fit the examples as well as the code agree with it (else kind `review`).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { codeFingerprint, parseTransformFile } from '../service/header.ts';
import { serviceLayout } from '../service/layout.ts';
import type { Example } from '../service/types.ts';
import { sameAnswer } from '../synth/expr.ts';
import { helperSources } from '../synth/helper-source.ts';
import { parseDate } from '../synth/helpers.ts';
import {
  carriedCase,
  caseProblem,
  copyEvidence,
  copyProblem,
  cutProblem,
  fixedCuts,
  numberContext,
  numberContextProblem,
  type CopyEvidence,
  type FixedCut,
  type LetterCase,
  type NumberContext,
} from './trust-evidence.ts';
import {
  fixedPlaceCut,
  heldInputDifference,
  heldInputs,
  layoutProblem,
  learnLayouts,
  unreadConstantProblem,
  unreadConstants,
  type HeldInput,
  type LayoutGroup,
  type UnreadConstant,
} from './trust-generality.ts';
import { cutNameProblem, cutsToCode, namesCut } from './trust-abbreviation.ts';
import { numberOrders, orderProblem, readsNumbersByPlace, type NumberOrder } from './trust-order.ts';
import { heldRelations, relationDifference, type HeldRelation } from './trust-relations.ts';
import {
  ambiguousMarkProblem,
  marksHalfDays,
  mixesLocales,
  numberMarks,
  readsClock,
  unmarkedHalfDayProblem,
  type NumberMarks,
} from './trust-conventions.ts';

/** One top-level input key, as the examples showed it. */
export interface KeyProfile {
  key: string;
  /** Every example input had it (not undefined or null). */
  required: boolean;
  /** JSON types seen (`string`, `number`, `boolean`, `object`, `array`). */
  types: string[];
  /** Some example had it blank (empty or only whitespace). */
  everBlank: boolean;
  /** Character classes seen in its text: `L` letters, `D` digits, `S` spaces, else the character. */
  classes: string[];
  /** The marks (".", ",", ";", ":") some example's text ended with right after a digit (absent: not profiled). */
  endMarks?: string[];
  /**
   * The code takes the value apart (passes it to a function, calls a method on it, keeps it in a
   * variable) rather than copying it: only then can an unseen shape change what it means.
   */
  parsed: boolean;
  /**
   * The code looks the value up in a table learned from the examples (`lookup({…}, input.status,
   * fallback)`): the example values, trimmed and lower-cased. Any other value gets the fallback, a guess.
   */
  tableKeys?: string[];
  /**
   * Table key (as in `tableKeys`) → inputs the code never reads that varied across the examples
   * but had one value in every example of that entry: the entry was shown only with that value,
   * which may have made its output (a fee by weight, a label carrying a name).
   */
  tableHeld?: Record<string, { key: string; value: string }[]>;
  /**
   * Delimiter → fewest and most pieces the examples' values had, for each delimiter the code cuts
   * this value at ("the 4th word", "after the comma") and every example had the same count of: a
   * record with another count has a structure no example showed ("Newcastle upon Tyne NE1 7RU"
   * where every city was one word).
   */
  pieces?: Record<string, [number, number]>;
  /**
   * The token-class shapes the examples' values had ("####-##-##", "Aa ###, ####"), grouped by
   * skeleton; a value of another shape is one no example showed. Set only for short structured
   * text the code takes apart (see {@link learnShapes}).
   */
  shapes?: ShapeGroup[];
  /**
   * The words (lower case) the examples' values had, when the code picks a branch by testing this
   * value (`/\bkg\b/i.test(input.weight)`, `.includes('/')`): a value with another word ("oz",
   * "mi/h") falls to whichever branch its test happens to choose, which no example chose it for.
   */
  words?: string[];
  /**
   * The words (lower case) the examples' values had, when the code classifies this value by the one
   * word that names a choice (`oneOf`, `rankOf`): the other words of a value of several ("sent
   * back", "not shipped") may change what it means, and no example showed them.
   */
  classifiedWords?: string[];
  /**
   * The code reads only a number from this value (every read is `parseNumber(input.<key>)`): the
   * words and symbols around the number cannot change the answer, so only the number's own shape
   * (with a minus sign before it) is checked.
   */
  numberOnly?: boolean;
  /**
   * Every read of this value is one call of a reader that checks the value itself (see
   * {@link ReaderKind}); `seen` holds the examples' {@link readerSignature}s. Only the signature is
   * held to the examples: the reader refuses (NaN, a throw) what it cannot read.
   */
  reader?: { kind: ReaderKind; seen: string[]; point?: string };
  /** An output copies this value (trimmed, in any case) in every example: see {@link CopyEvidence}. */
  copied?: CopyEvidence;
  /** The output carries this value's letters, and every example's were of this case (see `carriedCase`). */
  letterCase?: LetterCase;
  /** Cuts of this value at fixed places whose every example dropped the same text. */
  cuts?: FixedCut[];
  /** The words and symbols around the number, where the code reads only a number from this value. */
  around?: NumberContext;
  /**
   * No example showed spaces around this value kept in its output (see `keepsPadding`), and the
   * code cuts it at a space found in the raw text (`beforeLast(input.name, ' ')`): padding no
   * example showed moves the cut (see {@link usesUntrimmed}).
   */
  unpadded?: boolean;
  /**
   * The decimal and thousands marks of the examples' numbers, kept where the code reads numbers
   * from this value and the examples mix number locales (see trust-conventions.ts).
   */
  marks?: NumberMarks;
  /** The code reads this value as a time of day and some example said am or pm. */
  halfDay?: true;
  /**
   * The code fits only some examples (see `profileInputs`' `strictShapes`): a value of a shape none
   * of the examples it fits had goes to review, whatever reads it.
   */
  strictShapes?: true;
  /**
   * Where the code cuts this value at fixed places (`slice(4, 12)`): the cut, and how the examples'
   * letters and digits were laid out (see {@link LayoutGroup}).
   */
  layouts?: { cut: string; groups: LayoutGroup[] };
  /**
   * The names (lower case) the examples had, where the code cuts this value at fixed places and
   * changes its case: a code made from a name, which a table of codes fits as well (see
   * trust-abbreviation.ts). Another name goes to review.
   */
  namesCut?: string[];
  /**
   * Places of numbers the code reads by place whose order every example kept, both read into the
   * output (see trust-order.ts): a smaller/larger program fits as well, so another order goes to review.
   */
  orders?: NumberOrder[];
}

/**
 * Readers of a whole value that check it themselves: `number` (`parseNumber(v, ',')`, the decimal
 * mark stated), `unit` (`toUnit(v, 'km/h')`: a unit it does not know gives NaN), `digits`
 * (`codeDigits(v)`: the digits after a label), `layout` (`layout(v, 'XX:XX')`: throws unless the
 * value has as many letters and digits as the layout), `date` (`parseDate(v, 'DMY')`: no date
 * gives an empty output, which the output checks hold).
 */
export type ReaderKind = 'number' | 'unit' | 'digits' | 'layout' | 'date';

/**
 * One token of a value's shape: a run of digits (`D`, its length kept), a word or words separated
 * by single spaces (`U` upper case, `C` capitalized, `l` lower case, `M` mixed), a run mixing
 * letters and digits (`A`), a number with thousands grouping (`N`), spaces (`S`), or any other
 * character as itself.
 */
export interface ShapeToken {
  cls: string;
  /** Characters in the run. */
  len: number;
  /** A digit run that starts with 0 (zero-padded: its width is part of the format). */
  zero: boolean;
}

/** The values of one skeleton the examples showed, generalized slot by slot. */
export interface ShapeGroup {
  /** Tokens with letters and digits as `x`, spaces as ` `, other characters as themselves. */
  skeleton: string;
  /** Per token: classes seen, and the digit widths allowed (null: any width). */
  slots: { classes: string[]; widths: number[] | null }[];
  /** Examples of this skeleton. */
  count: number;
  /** Each word is its own token (the code cuts the value at spaces), not a run of words. */
  wordsCounted?: boolean;
}

/** Values longer than this are free text, whose shape is not a format. */
export const MAX_SHAPED_LENGTH = 40;

function wordClass(word: string): string {
  if (/^\p{Lu}$/u.test(word)) return 'C';
  if (/^\p{Lu}+$/u.test(word)) return 'U';
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) return 'C';
  if (/^\p{Ll}+$/u.test(word)) return 'l';
  return 'M';
}

/** The token-class shape of a text (trimmed); see {@link ShapeToken}. */
export function shapeOf(value: string, collapseWords = true): ShapeToken[] {
  const runs = value.trim().match(/[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [];
  const tokens: ShapeToken[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as string;
    const grouped = groupedNumberEnd(runs, i);
    if (grouped > i) {
      // 1,299 and 1,000,000 are one format: a number with thousands grouping, however long.
      // The mark is kept: 1.954 (a thousands dot) and 2,081 (a thousands comma) are two locales.
      tokens.push({
        cls: `N${runs[i + 1] ?? ''}`,
        len: runs.slice(i, grouped + 1).join('').length,
        zero: false,
      });
      i = grouped;
    } else if (/^\s/u.test(run)) tokens.push({ cls: 'S', len: run.length, zero: false });
    else if (/^\p{N}+$/u.test(run)) tokens.push({ cls: 'D', len: run.length, zero: run.startsWith('0') });
    else if (/^\p{L}+$/u.test(run)) {
      // Words separated by single spaces are one token: a city of one word or three is one format
      // (unless the code cuts the value at spaces, where the count of words is its structure).
      const words = [run];
      while (collapseWords && runs[i + 1] === ' ' && /^\p{L}+$/u.test(runs[i + 2] ?? '')) {
        words.push(runs[i + 2] as string);
        i += 2;
      }
      const classes = new Set(words.map(wordClass));
      const cls = classes.size === 1 ? ([...classes][0] as string) : 'M';
      tokens.push({ cls, len: words.join(' ').length, zero: false });
    } else if (/^[\p{L}\p{N}]+$/u.test(run)) tokens.push({ cls: 'A', len: run.length, zero: false });
    else tokens.push({ cls: run, len: 1, zero: false });
  }
  return tokens;
}

/** Characters that group thousands in written numbers (1,299 · 1.299 · 1 299 · 1'299). */
const GROUPING = new Set([',', '.', ' ', "'", '’', '\u00a0', '\u202f']);

/**
 * Where a number written with thousands grouping that starts at run `i` ends (the index of its
 * last run), or `i` when none starts there: 1–3 digits, then one or more groups of exactly three
 * digits after the same grouping character.
 */
function groupedNumberEnd(runs: readonly string[], i: number): number {
  if (!/^\p{N}{1,3}$/u.test(runs[i] ?? '')) return i;
  const sep = runs[i + 1] ?? '';
  if (!GROUPING.has(sep)) return i;
  let end = i;
  while (runs[end + 1] === sep && /^\p{N}{3}$/u.test(runs[end + 2] ?? '')) end += 2;
  return end;
}

const WORDY = new Set(['U', 'C', 'l', 'M', 'A', 'D']);
/** Tokens of letters or digits (grouped numbers are `N` and their thousands mark). */
const isWordy = (cls: string): boolean => WORDY.has(cls) || (cls.length === 2 && cls.startsWith('N'));
const LETTER_CASES = new Set(['U', 'C', 'l', 'M']);

function skeletonOf(tokens: ShapeToken[]): string {
  return tokens.map((t) => (isWordy(t.cls) ? 'x' : t.cls === 'S' ? ' ' : t.cls)).join('');
}

/**
 * The shapes a set of texts shows, grouped by skeleton. Within a group each slot keeps the classes
 * seen; a digit run keeps its width when the width is evidently part of the format (zero-padded, or
 * the same in at least two values), else any width is allowed (amounts, counts).
 */
export function learnShapes(texts: readonly string[], collapseWords = true): ShapeGroup[] {
  const bySkeleton = new Map<string, ShapeToken[][]>();
  const shaped = texts.map((t) => shapeOf(t, collapseWords));
  // Where the values mix letter cases (Carol@Example.org, dave.k@uni.edu) case is not part of the
  // format: every word class then covers every other.
  const cases = new Set(
    shaped.flatMap((tokens) => tokens.map((t) => t.cls).filter((c) => LETTER_CASES.has(c))),
  );
  const caseless = cases.size > 1;
  for (const tokens of shaped) {
    const skeleton = skeletonOf(tokens);
    bySkeleton.set(skeleton, [...(bySkeleton.get(skeleton) ?? []), tokens]);
  }
  return [...bySkeleton.entries()].map(([skeleton, members]) => ({
    skeleton,
    count: members.length,
    ...(collapseWords ? {} : { wordsCounted: true }),
    slots: (members[0] ?? []).map((_t, i) => {
      const at = members.map((m) => m[i] as ShapeToken);
      const widths = [...new Set(at.filter((t) => t.cls === 'D').map((t) => t.len))];
      const fixed =
        at.every((t) => t.cls === 'D') && widths.length === 1 && (at.length >= 2 || at.some((t) => t.zero));
      const classes = new Set(at.map((t) => t.cls));
      if (caseless && at.some((t) => LETTER_CASES.has(t.cls))) classes.add('M');
      return { classes: [...classes].sort(), widths: fixed ? widths : null };
    }),
  }));
}

/** Whether a slot that saw `classes` covers a token of class `cls` (mixed covers its parts). */
function classCovered(classes: string[], cls: string): boolean {
  if (classes.includes(cls)) return true;
  if (classes.includes('A') && isWordy(cls)) return true;
  // A grouped number covers a plain one (1,299.00 then 12.00), not the other way round.
  if (cls === 'D' && classes.some((c) => c.length === 2 && c.startsWith('N'))) return true;
  return classes.includes('M') && LETTER_CASES.has(cls);
}

/** Whether the shapes learned cover this text's shape. */
export function shapeCovered(groups: readonly ShapeGroup[], value: string): boolean {
  const tokens = shapeOf(value, groups[0]?.wordsCounted !== true);
  const skeleton = skeletonOf(tokens);
  return groups.some(
    (g) =>
      g.skeleton === skeleton &&
      tokens.every((t, i) => {
        const slot = g.slots[i];
        if (!slot || !classCovered(slot.classes, t.cls)) return false;
        return t.cls !== 'D' || slot.widths === null || slot.widths.includes(t.len);
      }),
  );
}

/** A shape as a person reads it: `####-##-##`, `Aa ##`, `AA`. */
export function renderShape(tokens: readonly ShapeToken[]): string {
  const names: Record<string, string> = { U: 'AA', C: 'Aa', l: 'aa', M: 'aA', A: 'a1', S: ' ' };
  return tokens
    .map((t) =>
      t.cls === 'D'
        ? '#'.repeat(Math.min(t.len, 12))
        : t.cls.length === 2 && t.cls.startsWith('N')
          ? `#${t.cls[1] ?? ','}###`
          : (names[t.cls] ?? t.cls),
    )
    .join('');
}

function renderGroup(g: ShapeGroup): string {
  return renderShape(
    g.slots.map((slot, i) => {
      const cls = g.skeleton[i] === ' ' ? 'S' : (slot.classes[0] ?? 'x');
      return { cls, len: slot.widths?.[0] ?? 1, zero: false };
    }),
  );
}

/** The Input contract the examples imply, limited to the keys the code reads. */
export interface InputProfile {
  keys: KeyProfile[];
  /** Keys the code never reads whose value every example shared (see {@link UnreadConstant}). */
  constants?: UnreadConstant[];
  /**
   * Per output field whose program has branches, the evidence for each branch (see
   * {@link branchEvidence}): a record is held to the examples that took its branch too.
   */
  branches?: BranchEvidence[];
  /**
   * The branch each field's program takes for an input, where it can be computed in this process
   * (the build, the benchmark); a run gets the routes from the rivals module in its sandbox instead.
   */
  routeOf?: (input: unknown) => Record<string, string>;
}

/**
 * The evidence for each branch of one field's program (issue 11 §2): the examples that took it,
 * profiled as {@link profileInputs} profiles all of them, for the field's code. A test that tells
 * the examples apart ("ticket has three digits", "the text has the word c") may send a record down a
 * branch for a reason no example of that branch had ("20.5C" to the °F branch, whose examples all
 * said F); only the examples of that branch say what its program was fitted to.
 */
export interface BranchEvidence {
  field: string;
  /** Route (see the synthesizer's `Expr.route`) → the profile of the examples that took it. */
  routes: Record<string, InputProfile>;
  /** Route → how many examples took it. */
  counts: Record<string, number>;
  /**
   * Route → keys the field's program reads that every example of the route had at one value
   * (text compared trimmed, in any case) while the examples of all routes did not: the branch was
   * shown only at that value, and its code may have taken it in as a constant (a rate of 19% in a
   * branch picked by how the amount is written). Kept for routes of two examples at least.
   */
  held?: Record<string, { key: string; value: string }[]>;
}

/** The fields whose programs have branches, and the route an input takes (the version space). */
export interface BranchSource {
  /** Each field with branches and its program (`input` the root): which keys it reads, and how. */
  branches: readonly { field: string; code: string }[];
  /** Field → the route this input takes through the field's program. */
  routes(input: unknown): Record<string, string>;
}

/** The {@link BranchEvidence} of each field with branches, from the examples its program was fitted to. */
export function branchEvidence(examples: readonly Example[], source: BranchSource): BranchEvidence[] {
  const taken = examples.map((example) => source.routes(example.input));
  return source.branches.map((f) => {
    const byRoute = new Map<string, Example[]>();
    examples.forEach((example, i) => {
      const route = taken[i]?.[f.field] ?? '';
      byRoute.set(route, [...(byRoute.get(route) ?? []), example]);
    });
    return {
      field: f.field,
      // A branch's program is one field's code: keys only other fields read are not unread.
      routes: Object.fromEntries(
        [...byRoute].map(([route, those]) => [route, profileInputs(those, f.code, { constants: false })]),
      ),
      counts: Object.fromEntries([...byRoute].map(([route, those]) => [route, those.length])),
      ...heldByRoute(examples, byRoute, f.code),
    };
  });
}

/**
 * A value as {@link BranchEvidence.held} compares it: a number (a percent as its fraction, "19%" and
 * "0,19" alike, either decimal mark), else the text trimmed and in lower case.
 */
function heldForm(value: unknown): string {
  const t = String(value ?? '')
    .trim()
    .toLowerCase();
  const found = /^(-?\d+(?:[.,]\d+)?)\s*(%?)$/.exec(t);
  if (!found) return t;
  const n = Number((found[1] ?? '').replace(',', '.'));
  return `#${Number((found[2] ? n / 100 : n).toFixed(10))}`;
}

/**
 * Whether a key's values are record identifiers, a different one in every example: a code of
 * letters and digits without spaces ("T104522", "P-1001"), or a whole number under a key named as a
 * record's number is ("id", "row_no", "orderNumber", "line"). A table entry cannot have been shown at
 * "one value" of a key that has a new value in every record. A bare number under another name may be
 * a quantity (a weight, a count of seats) and stays held.
 */
function identifiers(objects: readonly Record<string, unknown>[], key: string): boolean {
  const values = objects.map((o) => o[key]);
  if (new Set(values.map((v) => String(v).trim())).size !== values.length) return false;
  const codes = values.every(
    (v) => typeof v === 'string' && /^(?=.*\p{L})(?=.*\d)[\p{L}\d_.:/#-]+$/u.test(v.trim()),
  );
  const numbered =
    (NUMBERED_WORD.test(key) || NUMBERED_CAMEL.test(key)) &&
    values.every((v) => (typeof v === 'number' ? Number.isInteger(v) : /^\s*\d+\s*$/.test(String(v))));
  return codes || numbered;
}

/** Key names a record's own number goes by: `id`, `user_id`, `Order No`, `orderId`, `seq`, `line`. */
const NUMBERED_WORD = /(?:^|[_\s-])(?:id|no|nr|num|number|ref|seq|index|row|line)$/i;
/** The same names ending a camelCase key (`orderId`, `rowNo`), where the capital marks the word. */
const NUMBERED_CAMEL = /[a-z](?:Id|ID|No|Nr|Num|Number|Ref|Seq|Index|Row|Line)$/;

/** The {@link KeyProfile.tableHeld} of a key the code looks up (absent when no entry holds one). */
function tableHeldOf(
  objects: readonly Record<string, unknown>[],
  name: string,
  reads: (key: string) => boolean,
): Pick<KeyProfile, 'tableHeld'> {
  const one = (rows: readonly Record<string, unknown>[], key: string): string | undefined => {
    const values = rows.map((o) => o[key]);
    if (values.some((v) => typeof v !== 'string' && typeof v !== 'number')) return undefined;
    return new Set(values.map(heldForm)).size === 1 ? JSON.stringify(values[0]) : undefined;
  };
  // A key some examples lacked did not vary across them: they never showed it at all.
  const inEvery = (key: string) =>
    objects.every((o) => typeof o[key] === 'string' || typeof o[key] === 'number');
  const others = [...new Set(objects.flatMap((o) => Object.keys(o)))].filter(
    (key) =>
      key !== name &&
      !reads(key) &&
      inEvery(key) &&
      one(objects, key) === undefined &&
      !identifiers(objects, key),
  );
  const byEntry = new Map<string, Record<string, unknown>[]>();
  for (const o of objects) {
    const entry = String(o[name] ?? '')
      .trim()
      .toLowerCase();
    byEntry.set(entry, [...(byEntry.get(entry) ?? []), o]);
  }
  const held: Record<string, { key: string; value: string }[]> = {};
  for (const [entry, rows] of byEntry) {
    const found = others.flatMap((key) => {
      const value = one(rows, key);
      return value === undefined ? [] : [{ key, value }];
    });
    if (found.length > 0) held[entry] = found;
  }
  return Object.keys(held).length > 0 ? { tableHeld: held } : {};
}

/** The {@link BranchEvidence.held} of one field's routes (absent when no route holds a key). */
function heldByRoute(
  examples: readonly Example[],
  byRoute: ReadonlyMap<string, Example[]>,
  code: string,
): Pick<BranchEvidence, 'held'> {
  const same = (those: readonly Example[], key: string): string | undefined => {
    const values = those.map((e) => (isObject(e.input) ? e.input[key] : undefined));
    if (values.some((v) => typeof v !== 'string' && typeof v !== 'number')) return undefined;
    const seen = new Set(values.map(heldForm));
    return seen.size === 1 ? JSON.stringify(values[0]) : undefined;
  };
  const keys = [...new Set(examples.flatMap((e) => (isObject(e.input) ? Object.keys(e.input) : [])))].filter(
    (key) => WORD(key).test(code) && same(examples, key) === undefined,
  );
  const held: Record<string, { key: string; value: string }[]> = {};
  for (const [route, those] of byRoute) {
    if (those.length < BRANCH_EVIDENCE || byRoute.size < 2) continue;
    const found = keys.flatMap((key) => {
      const value = same(those, key);
      return value === undefined ? [] : [{ key, value }];
    });
    if (found.length > 0) held[route] = found;
  }
  return Object.keys(held).length > 0 ? { held } : {};
}

/**
 * A profile that also holds each branch to its own examples (see {@link BranchEvidence}), with the
 * routes computed in this process; the profile unchanged without a source or branches.
 */
export function withBranchEvidence(
  profile: InputProfile,
  examples: readonly Example[],
  source: BranchSource | null | undefined,
): InputProfile {
  if (!source || source.branches.length === 0) return profile;
  return { ...profile, branches: branchEvidence(examples, source), routeOf: (input) => source.routes(input) };
}

/** Character class of one character, as used by {@link InputProfile}. */
export function classOf(ch: string): string {
  // ASCII by its code, without the Unicode regexes: this runs for every character of every
  // record's parsed fields, and the regexes cost more than the rest of the run's host work.
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) {
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'L';
    if (code >= 0x30 && code <= 0x39) return 'D';
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return 'S';
    return ch;
  }
  if (/\p{L}/u.test(ch)) return 'L';
  if (/\p{N}/u.test(ch)) return 'D';
  if (/\s/u.test(ch)) return 'S';
  return ch;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * A generated module's own code: the synthesizer's helpers it inlines taken out (their text is
 * known exactly), then block and line comments (a `//` right after `:` is a URL's, kept).
 */
function ownCode(code: string): string {
  let own = code;
  for (const { source } of helperSources().values())
    if (own.includes(source)) own = own.split(source).join('');
  return own.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

const WORD = (name: string) =>
  new RegExp(`(^|[^\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w$])`);

/**
 * Profiles the top-level keys of the example inputs. With `code`, only keys the code names are kept
 * (a key it never reads cannot change its answer), and the keys it never reads that every example
 * held at one value are kept apart (`constants`, unless `options.constants` is false: a value no
 * example showed there may change the right answer, which the code could not see).
 *
 * With `options.strictShapes` (code that fits only some examples: the program that fits the most)
 * every text the code takes apart is held to the shapes of the examples it fits, each shape one
 * example shows included, however long the text: such code has shown it is wrong for some records,
 * and only records shaped like the ones it answers are evidence it is right.
 */
export function profileInputs(
  examples: readonly Example[],
  rawCode: string | null,
  options: { constants?: boolean; strictShapes?: boolean } = {},
): InputProfile {
  // `inUnits(input.k, 'kg')` checks the value's units and passes it on unchanged: a read of input.k.
  // Only the program's own code reads keys: the module inlines its helpers, whose comments and
  // variables may name any word ("a currency beside the amount", `const currency`) and would
  // otherwise pass for a read of a key of that name.
  const code =
    rawCode === null
      ? null
      : ownCode(rawCode).replace(/\binUnits\((input(?:\?\.|\.)[\w$]+),\s*'[^']*'\)/g, '$1');
  const objects = examples
    .map((example) => example.input)
    .filter((input): input is Record<string, unknown> => isObject(input));
  if (objects.length === 0 || objects.length < examples.length) return { keys: [] };
  const names = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const constants =
    code === null || options.constants === false
      ? []
      : unreadConstants(examples, (name) => WORD(name).test(code));
  const keys = names
    .filter((name) => code === null || WORD(name).test(code))
    .map((name): KeyProfile => {
      const values = objects.map((o) => o[name]);
      const present = values.filter((v) => v !== undefined && v !== null);
      const numberOnly = code !== null && readsOnlyNumber(code, name);
      const numbersOnly = code !== null && !numberOnly && readsOnlyNumbers(code, name);
      const reader = code === null ? null : readerOf(code, name);
      const branchedNumber = code !== null && !numberOnly && readsNumberBesideTests(code, name);
      const texts = present
        .filter((v) => typeof v === 'string' || typeof v === 'number')
        .map((v) => (numberOnly ? numberPart(String(v)) : String(v)));
      return {
        key: name,
        required: present.length === objects.length,
        types: [...new Set(present.map(jsonType))].sort(),
        everBlank: values.some(isBlank),
        classes: [...new Set(texts.flatMap((t) => [...t].map(classOf)))].sort(),
        endMarks: [...new Set(texts.map(endMark).filter((m) => m !== ''))].sort(),
        // A test that picks a branch reads the value too, through text() as well (`/\bto\b/i.test(
        // text(input.note))`): its unseen words and shapes can send it down either branch.
        parsed:
          code === null ||
          parses(code, name) ||
          looksUp(code, name) ||
          testsWords(code, name) ||
          testsByPattern(code, name) ||
          classifiesByWord(code, name),
        ...piecesOf(code, name, texts),
        ...shapesOf(
          present,
          texts,
          code === null || !cutDelimiters(code, name).has(' '),
          options.strictShapes === true,
        ),
        ...(code !== null &&
        (testsWords(code, name) || (testsByPattern(code, name) && !readsByPlaceOnly(code, name)))
          ? { words: wordsOf(texts) }
          : {}),
        ...(code !== null && classifiesByWord(code, name) ? { classifiedWords: wordsOf(texts) } : {}),
        ...(numberOnly ? { numberOnly } : {}),
        ...(reader
          ? {
              reader: {
                kind: reader.kind,
                ...(reader.point ? { point: reader.point } : {}),
                seen: [
                  ...new Set(
                    present
                      .filter((v) => typeof v === 'string' || typeof v === 'number')
                      .map((v) => readerSignature(reader.kind, v, reader.point)),
                  ),
                ],
              },
            }
          : {}),
        ...(code !== null && looksUp(code, name)
          ? {
              tableKeys: [...new Set(texts.map((t) => t.trim().toLowerCase()))],
              ...tableHeldOf(objects, name, (key) => WORD(key).test(code)),
            }
          : {}),
        ...evidenceOf(examples, name, code, present, reader?.kind, numberOnly || branchedNumber, numbersOnly),
        ...conventionsOf(
          code,
          name,
          texts,
          numberOnly || numbersOnly || branchedNumber || reader?.kind === 'number',
        ),
        ...layoutsOf(code, name, present),
        ...(code !== null && usesUntrimmed(code, name) && !keepsPadding(examples, name)
          ? { unpadded: true }
          : {}),
        ...cutNamesOf(code, name, present),
        ...ordersOf(examples, code, name),
      };
    });
  return constants.length > 0 ? { keys, constants } : { keys };
}

/** The {@link KeyProfile.marks} and `halfDay` of a key: conventions its examples show varying. */
function conventionsOf(
  code: string | null,
  key: string,
  texts: readonly string[],
  readsNumbers: boolean,
): Pick<KeyProfile, 'marks' | 'halfDay'> {
  if (code === null) return {};
  const marks = readsNumbers ? numberMarks(texts) : null;
  return {
    ...(marks && mixesLocales(marks) ? { marks } : {}),
    ...(readsClock(code, key) && marksHalfDays(texts) ? { halfDay: true as const } : {}),
  };
}

/** The {@link KeyProfile.layouts} of a key the code cuts at fixed places, whose every value is text. */
function layoutsOf(code: string | null, key: string, present: unknown[]): Pick<KeyProfile, 'layouts'> {
  if (code === null || present.some((v) => typeof v !== 'string')) return {};
  const cut = fixedPlaceCut(code, key);
  const groups = cut === null ? undefined : learnLayouts(present as string[]);
  return cut !== null && groups ? { layouts: { cut, groups } } : {};
}

/** The {@link KeyProfile.orders} of a key the code reads numbers of by place. */
function ordersOf(
  examples: readonly Example[],
  code: string | null,
  key: string,
): Pick<KeyProfile, 'orders'> {
  const orders = code !== null && readsNumbersByPlace(code, key) ? numberOrders(examples, key) : [];
  return orders.length > 0 ? { orders } : {};
}

/** The {@link KeyProfile.namesCut} of a key the code cuts into a code, whose every value is a name. */
function cutNamesOf(code: string | null, key: string, present: unknown[]): Pick<KeyProfile, 'namesCut'> {
  const names = code !== null && cutsToCode(code, key) ? namesCut(present) : undefined;
  return names ? { namesCut: names } : {};
}

/**
 * The evidence of {@link KeyProfile.copied}, `letterCase`, `cuts` and `around` for one key (see
 * trust-evidence.ts): what programs with no branch and no rival still guess at.
 */
function evidenceOf(
  examples: readonly Example[],
  key: string,
  code: string | null,
  present: unknown[],
  reader: ReaderKind | undefined,
  numberOnly: boolean,
  numbersOnly = false,
): Pick<KeyProfile, 'copied' | 'letterCase' | 'cuts' | 'around'> {
  const strings = present.filter((v): v is string => typeof v === 'string');
  const found = strings.length === present.length ? copyEvidence(examples, key) : undefined;
  // Code that trims the value settles the spaces around it.
  const trims =
    code !== null && new RegExp(`input(?:\\?\\.|\\.)${escapeRegExp(key)}\\b[^;\\n]*?\\.trim\\(`).test(code);
  const copied = found && trims ? { ...found, padded: true } : found;
  const letterCase = reader || numberOnly ? undefined : carriedCase(examples, key, code);
  const cuts = code === null || strings.length !== present.length ? [] : fixedCuts(code, key, strings);
  const numbers = present.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
  return {
    ...(copied ? { copied } : {}),
    ...(letterCase ? { letterCase } : {}),
    ...(cuts.length > 0 ? { cuts } : {}),
    ...(numberOnly || reader === 'number'
      ? { around: numberContext(numbers) }
      : numbersOnly
        ? { around: numberContext(numbers, true) }
        : {}),
  };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the code does more with `input.<key>` than copy it (see {@link KeyProfile.parsed}). */
function parses(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const access = `input(?:\\?\\.|\\.)${k}\\b|input\\??\\.?\\[['"]${k}['"]\\]`;
  return [
    // An argument (parseNumber(input.took), token(input.name, ' ', 1)), but not a plain conversion
    // to text (text(input.name), String(input.id)) unless a method then takes the text apart.
    `(?<!\\b(?:text|String))\\(\\s*(?:${access})`,
    `\\b(?:text|String)\\(\\s*(?:${access})\\s*\\)\\s*(?:\\?\\.|\\.)\\s*[A-Za-z_$][\\w$]*\\s*\\(`,
    `(?:${access})\\s*(?:\\?\\.|\\.)\\s*[A-Za-z_$][\\w$]*\\s*\\(`, // a method: input.name.split(' ')
    `=\\s*(?:${access})`, // kept in a variable, used who knows how
    `\\{[^}]*\\b${k}\\b[^}]*\\}\\s*=\\s*input\\b`, // destructured
  ].some((pattern) => new RegExp(pattern).test(code));
}

/** How many pieces a text has when cut at a delimiter (words for a space, as `token` counts them). */
function pieceCount(text: string, delimiter: string): number {
  return delimiter === ' ' ? text.trim().split(/\s+/).length : text.split(delimiter).length;
}

/**
 * The delimiters the code cuts text at: the second argument of the generated helpers `token`,
 * `after` and `beforeLast`, and of `.split`, when it is a one-character string literal.
 */
function cutDelimiters(code: string, key: string): Set<string> {
  const found = new Set<string>();
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const reads = new RegExp(`input(?:\\?\\.|\\.)${k}\\b|input\\??\\.?\\[['"]${k}['"]\\]`);
  for (const call of code.matchAll(/\b(?:token|after|beforeLast)\(|\.split\(/g)) {
    let depth = 0;
    let at = (call.index ?? 0) + call[0].length;
    if (call[0] === '.split(') {
      // What is split: the text just before, back to the start of its statement.
      const before =
        code
          .slice(Math.max(0, (call.index ?? 0) - 80), call.index)
          .split(/[;{}]/)
          .pop() ?? '';
      const literal = /^'((?:\\.|[^'\\])*)'\)/.exec(code.slice(at));
      if (literal && reads.test(before)) found.add(unquote(literal[1] ?? ''));
      continue;
    }
    const start = at;
    // Skip the first argument (balanced brackets, strings), then read the literal after its comma.
    for (; at < code.length; at++) {
      const ch = code[at];
      if (ch === "'" || ch === '"' || ch === '`') {
        for (at++; at < code.length && code[at] !== ch; at++) if (code[at] === '\\') at++;
      } else if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') {
        if (depth-- === 0) break;
      } else if (ch === ',' && depth === 0) {
        const literal = /^\s*'((?:\\.|[^'\\])*)'/.exec(code.slice(at + 1));
        if (literal && reads.test(code.slice(start, at))) found.add(unquote(literal[1] ?? ''));
        break;
      }
    }
  }
  return found;
}

function unquote(body: string): string {
  try {
    return JSON.parse(`"${body.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
  } catch {
    return body;
  }
}

/** The piece-count ranges of {@link KeyProfile.pieces}, for the delimiters the code cuts at. */
function piecesOf(
  code: string | null,
  key: string,
  texts: string[],
): { pieces?: Record<string, [number, number]> } {
  if (code === null || texts.length === 0) return {};
  const pieces: Record<string, [number, number]> = {};
  for (const d of cutDelimiters(code, key)) {
    if (d.length !== 1 || !texts.some((t) => t.includes(d))) continue;
    const counts = texts.map((t) => pieceCount(t, d));
    // Only where every example had the same number: a program that fit examples of different
    // counts has shown it reads positions robustly ("Fort Worth" and "Reno" before ", TX 76102").
    if (counts.some((c) => c !== counts[0])) continue;
    pieces[d] = [Math.min(...counts), Math.max(...counts)];
  }
  return Object.keys(pieces).length > 0 ? { pieces } : {};
}

/**
 * Whether the code tests `input.<key>` to pick a branch: a regex test on it (`/\bmph\b/i.test(…)`,
 * `/^\d+\s+\p{L}+$/u.test(…)`), an `includes` on it, or a yes/no reading (`isYes`).
 */
function testsWords(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const reads = `(?:text\\(\\s*)?input(?:\\?\\.|\\.)${k}\\b`;
  return (
    regexTestsOf(code, reads).some(namesAWord) ||
    // A yes/no reading knows a fixed list of words; any other reads as "no".
    new RegExp(`\\bisYes\\(\\s*${reads}`).test(code) ||
    new RegExp(`${reads}\\)?(?:\\.trim\\(\\))?(?:\\?\\.|\\.)includes\\(`).test(code)
  );
}

/** Whether the code picks a branch by any regular expression test of `input.<key>` (a word or a format). */
function testsByPattern(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return regexTestsOf(code, `(?:text\\(\\s*)?input(?:\\?\\.|\\.)${k}\\b`).length > 0;
}

/** The patterns of the regular expression literals the code `.test`s on what `reads` matches. */
function regexTestsOf(code: string, reads: string): string[] {
  const literal = /\/((?:[^/\\\n[]|\\.|\[(?:[^\]\\]|\\.)*\])+)\/[a-z]*\.test\(\s*/g;
  const after = new RegExp(`^${reads}`);
  const patterns: string[] = [];
  for (const m of code.matchAll(literal))
    if (after.test(code.slice((m.index ?? 0) + m[0].length))) patterns.push(m[1] ?? '');
  return patterns;
}

/**
 * Whether a pattern names a word: a letter left once its escapes (`\d`, `\p{L}`, `\b`), its
 * character classes and its group syntax (`(?:`, `(?<name>`) are taken out, or a count of letters.
 * A pattern of token classes only (`^\p{L}+\s+\d+`) tests a value's format, and no word of it can
 * change the branch.
 */
function namesAWord(pattern: string): boolean {
  // A count of letters (`\p{L}{4}`, `[A-Z]{2,3}`) tests how long the words are: another word of
  // the same format may take the other branch.
  if (/(?:\\p\{L[^}]*\}|\[[^\]]*[A-Za-z]-[A-Za-z][^\]]*\])\{\d/u.test(pattern)) return true;
  const bare = pattern
    .replace(/\\[pPu]\{[^}]*\}/g, '')
    .replace(/\[(?:[^\]\\]|\\.)*\]/g, '')
    .replace(/\\./g, '')
    .replace(/\(\?(?:<[A-Za-z_]\w*>|[:=!]|<[=!])/g, '');
  return /\p{L}/u.test(bare);
}

/**
 * Helpers that take a value apart by place (the n-th token or match, the text after a delimiter):
 * what they write does not depend on which word stands where they cut. Not `parseNumber`: a number
 * read whole means what the unit beside it says ("-6°F" under a test for "°C" readings).
 */
const BY_PLACE = ['token', 'after', 'afterNth', 'beforeLast', 'nthMatch', 'codeDigits', 'joinRuns'];

/**
 * Whether every read of `input.<key>` is a helper of {@link BY_PLACE} or a test of its format (a
 * pattern naming no word): then a record of a covered format with words no example had is written
 * the way its examples were, and its words are no reason for review. A word reader behind a format
 * test (`parseDuration`, a unit, a month name) makes them matter again.
 */
function readsByPlaceOnly(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const access = `input(?:\\?\\.|\\.)${k}\\b`;
  const formatTests = new RegExp(
    `/((?:[^/\\\\\\n[]|\\\\.|\\[(?:[^\\]\\\\]|\\\\.)*\\])+)/[a-z]*\\.test\\(\\s*(?:text\\(\\s*)?${access}`,
    'g',
  );
  const rest = code
    .replace(formatTests, (whole, pattern: string) => (namesAWord(pattern) ? whole : ''))
    .replace(new RegExp(`\\b(?:${BY_PLACE.join('|')})\\(\\s*${access}`, 'g'), '');
  return !new RegExp(`${access}|input\\??\\.?\\[['"]${k}['"]\\]`).test(rest);
}

/** Whether the code classifies `input.<key>` by one word of it (`oneOf`, `rankOf`). */
function classifiesByWord(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:oneOf|rankOf)\\(\\s*(?:text\\(\\s*)?input(?:\\?\\.|\\.)${k}\\b`).test(code);
}

/**
 * Whether the code reads several numbers of `input.<key>` and nothing else of it: every read is
 * `parseNumber(input.<key>)` (the first number) or `parseNumber(nthMatch(input.<key>, /\d…/g, n))`
 * (the n-th), with at least one of the latter. The words and symbols between the numbers ("S",
 * "W", a minus sign) cannot change what such code writes, so a record with words or symbols no
 * example had there is one the examples do not settle.
 */
function readsOnlyNumbers(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const access = `input(?:\\?\\.|\\.)${k}\\b`;
  const reads = code.match(new RegExp(`${access}|input\\??\\.?\\[['"]${k}['"]\\]`, 'g'))?.length ?? 0;
  const point = `(?:\\s*,\\s*'[.,]')?`;
  const first = code.match(new RegExp(`\\bparseNumber\\(\\s*${access}${point}\\s*\\)`, 'g'))?.length ?? 0;
  const nth =
    code.match(
      new RegExp(
        `\\bparseNumber\\(\\s*nthMatch\\(\\s*${access}\\s*,\\s*/\\\\d[^/]*/g\\s*,\\s*-?\\d+\\s*\\)${point}\\s*\\)`,
        'g',
      ),
    )?.length ?? 0;
  return nth > 0 && first + nth === reads;
}

/**
 * Whether some example's value of `key` had spaces around it and its output kept them (the padded
 * text appears whole in the output): only then do the examples show padding written as it is. A
 * padded example whose output was trimmed shows the opposite, whatever branch trimmed it.
 */
function keepsPadding(examples: readonly Example[], key: string): boolean {
  return examples.some((e) => {
    const value = isObject(e.input) ? e.input[key] : undefined;
    if (typeof value !== 'string' || value === value.trim()) return false;
    // Kept padding shows as spaces no separator explains: at an end of the text, or doubled. A
    // padded "Li " written trimmed before " K." reads "Li K.", which contains "Li " all the same.
    return textLeaves(e.output).some(
      (leaf) => leaf.includes(value) && (leaf !== leaf.trim() || /\s{2}/.test(leaf)),
    );
  });
}

/** The texts in an output, at any depth. */
function textLeaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textLeaves);
  return isObject(value) ? Object.values(value).flatMap(textLeaves) : [];
}

/**
 * Whether the code cuts `input.<key>` at a space found in the raw text (`beforeLast(input.name,
 * ' ')`, `after(input.line, ' ')`), where padding moves the cut: "Mary Ann Doe " cut at its last
 * space keeps the whole name. `token(…, ' ', n)` and the readers trim first. A value written as it
 * is into a template (`${input.first}`) only carries its padding along; holding that too asked
 * other questions on a tuned task and wrote more records the labels leave to review, so it is not.
 */
function usesUntrimmed(code: string, key: string): boolean {
  const access = `input(?:\\?\\.|\\.)${escapeRegExp(key)}`;
  return new RegExp(`\\b(?:beforeLast|after)\\(\\s*${access}\\s*,\\s*'\\s+'`).test(code);
}

/**
 * Whether the code writes nothing of `input.<key>` but the number it reads, with branches chosen by
 * tests on the text: every read is `parseNumber(input.<key>)` (a decimal mark stated or not) or a
 * yes/no test of its text (`/\bf\b/i.test(text(input.temp))`, `text(input.qty).includes(',')`), and
 * at least one is a reading. Such code is a number reader as much as `parseNumber(input.<key>)`
 * alone: a lone mark before three digits in a feed mixing locales, or a bare number where every
 * example named a unit, is as undecided in either branch.
 */
function readsNumberBesideTests(code: string, key: string): boolean {
  const k = escapeRegExp(key);
  const access = `input(?:\\?\\.|\\.)${k}\\b`;
  const reads = code.match(new RegExp(`${access}|input\\??\\.?\\[['"]${k}['"]\\]`, 'g'))?.length ?? 0;
  const parsed =
    code.match(new RegExp(`\\bparseNumber\\(\\s*${access}(?:\\s*,\\s*'[.,]')?\\s*\\)`, 'g'))?.length ?? 0;
  const text = `text\\(\\s*${access}\\s*\\)(?:\\.trim\\(\\))?`;
  const tests =
    (code.match(new RegExp(`/[a-z]*\\.test\\(\\s*${text}\\s*\\)`, 'g'))?.length ?? 0) +
    (code.match(new RegExp(`${text}(?:\\?\\.|\\.)(?:includes|startsWith|endsWith)\\(`, 'g'))?.length ?? 0);
  return parsed > 0 && tests > 0 && parsed + tests === reads;
}

/** Whether every read of `input.<key>` in the code is the argument of `parseNumber`. */
function readsOnlyNumber(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const reads =
    code.match(new RegExp(`input(?:\\?\\.|\\.)${k}\\b|input\\??\\.?\\[['"]${k}['"]\\]`, 'g')) ?? [];
  const parsed = code.match(new RegExp(`\\bparseNumber\\(\\s*input(?:\\?\\.|\\.)${k}\\s*\\)`, 'g')) ?? [];
  return reads.length > 0 && parsed.length === reads.length;
}

const READER_CALLS: { kind: ReaderKind; pattern: (access: string) => string }[] = [
  { kind: 'number', pattern: (a) => `\\bparseNumber\\(\\s*(?:${a})\\s*,\\s*'([.,])'\\s*\\)` },
  { kind: 'unit', pattern: (a) => `\\btoUnit\\(\\s*(?:${a})\\s*,\\s*'[^']*'\\s*\\)` },
  { kind: 'digits', pattern: (a) => `\\bcodeDigits\\(\\s*(?:${a})\\s*\\)` },
  { kind: 'layout', pattern: (a) => `\\blayout\\(\\s*(?:${a})\\s*,\\s*'[^']*'\\s*\\)` },
  { kind: 'date', pattern: (a) => `\\bparseDate\\(\\s*(?:${a})\\s*,\\s*'([DMY]{3})'\\s*\\)` },
];

/**
 * The reader every read of `input.<key>` goes through (see {@link ReaderKind}), with the decimal
 * mark a number reader states; null when the code reads it any other way too.
 */
function readerOf(code: string, key: string): { kind: ReaderKind; point?: string } | null {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const access = `input(?:\\?\\.|\\.)${k}\\b|input\\??\\.?\\[['"]${k}['"]\\]`;
  const reads = code.match(new RegExp(access, 'g'))?.length ?? 0;
  if (reads === 0) return null;
  for (const { kind, pattern } of READER_CALLS) {
    const calls = [...code.matchAll(new RegExp(pattern(access), 'g'))];
    if (calls.length !== reads) continue;
    const points = new Set(calls.map((c) => c[1]));
    if (points.size > 1) return null;
    const point = calls[0]?.[1];
    return point === undefined ? { kind } : { kind, point };
  }
  return null;
}

const NUMBERS = /\d+(?:(?:[.,]|['’ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*/g;

/**
 * What a reader reads from a text, as far as it can differ between texts it reads alike: for a
 * number, its sign, decimal mark and count of decimals (as `parseNumber` decides them, the whole
 * part's width and grouping free) and how many numbers the text has; for digits, how many; for a
 * layout, nothing (it refuses any other count).
 */
export function readerSignature(kind: ReaderKind, raw: string | number, point?: string): string {
  if (kind === 'layout') return '';
  if (kind === 'date' && typeof raw === 'number') return Math.abs(raw) >= 1e11 ? 'epoch ms' : 'epoch';
  const value = String(raw);
  if (kind === 'digits') return `${codeDigitCount(value)} digits`;
  if (kind === 'date') return dateSignature(value, point);
  const count = value.match(NUMBERS)?.length ?? 0;
  const number = numberPart(value);
  if (number === '') return 'no number';
  const negative = number.startsWith('-') ? '-' : '';
  const digits = number.replace(/^-/, '').replace(/['’ \u00a0\u202f]/g, '');
  const mark = decimalMark(digits, point);
  const decimals = mark ? digits.length - digits.lastIndexOf(mark) - 1 : 0;
  const others = count > 1 ? ` and ${count - 1} other number${count > 2 ? 's' : ''}` : '';
  return `${negative}#${mark}${'#'.repeat(decimals)}${others}`;
}

/**
 * How the generated `parseDate` reads a text: epoch, year first, day and month with a two- or
 * four-digit year, or a month name with its numbers; and the time after it. Separators, letter
 * case and the words around a month name do not change what it reads.
 */
function dateSignature(value: string, order?: string): string {
  if (parseDate(value, (order ?? 'YMD') as 'DMY' | 'MDY' | 'YMD') === null) return 'no date';
  if (/^\s*\d{10}(\d{3})?\s*$/.test(value)) return value.trim().length > 10 ? 'epoch ms' : 'epoch';
  const s = value.trim();
  const ymd = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  const numeric = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})(?!\d)/.exec(s);
  let kind: string;
  let rest: string;
  if (ymd) {
    kind = 'year, month, day';
    rest = s.slice(ymd.index + ymd[0].length);
  } else if (numeric) {
    kind = `two numbers and a ${yearDigits(numeric[3] ?? '')}`;
    rest = s.slice(numeric.index + numeric[0].length);
  } else {
    const time = /\d{1,2}:\d{2}(:\d{2})?/.exec(s);
    rest = time ? s.slice(time.index) : '';
    const numbers = (time ? s.slice(0, time.index) : s).match(/\d+/g) ?? [];
    const year = numbers.some((n) => n.length === 4) ? 'four-digit year' : yearDigits(numbers[1] ?? '');
    kind = `a month name and ${numbers.length} number${numbers.length === 1 ? '' : 's'}, ${year}`;
  }
  const clock = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?m?\.?/i.exec(rest);
  const time = clock ? `, a ${clock[4] ? '12' : '24'}-hour time${clock[3] ? ' with seconds' : ''}` : '';
  return `${kind}${time}`;
}

/** A year as `parseDate` reads it: four digits, or two read in its window (00–29 are 20xx). */
function yearDigits(year: string): string {
  if (year.length > 2) return 'four-digit year';
  return `two-digit year read as ${Number(year) < 30 ? '20' : '19'}xx`;
}

/** The decimal mark of a number's digits, as the generated `parseNumber` decides it ("" for none). */
function decimalMark(digits: string, point?: string): string {
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  if (lastDot < 0 && lastComma < 0) return '';
  const sep = lastComma >= 0 ? ',' : '.';
  if (digits.split(sep).length !== 2) return '';
  const lone = digits.length - digits.lastIndexOf(sep) === 4;
  if (!lone) return sep;
  return point ? (point === sep ? sep : '') : sep === '.' ? '.' : '';
}

/** How many digits `codeDigits` keeps of a code after its label (a final check letter X counts). */
function codeDigitCount(value: string): number {
  const body = value.replace(/^\s*\p{L}+(?:[-\s]?\d{1,2}(?=\s*:))?\s*(?::\s*|\s+|(?=\d))/u, '');
  const kept = body.replace(/[^\dXx]/g, '');
  return /^\d+[Xx]?$/.test(kept) ? kept.length : body.replace(/\D/g, '').length;
}

/**
 * The number `parseNumber` reads from a text (the same pattern: digits with `.` `,` and thousands
 * marks), with a `-` before it when the text marks it negative; "" when there is none.
 */
export function numberPart(value: string): string {
  const found = /\d+(?:(?:[.,]|['’ \u00a0](?=\d{3}(?!\d)))\d+)*/.exec(value);
  if (!found) return '';
  const before = value.slice(0, found.index);
  const negative =
    /[-−][^\w\s]{0,3}$/.test(before) || (/\([^\w\s]{0,3}$/.test(before) && value.includes(')'));
  return `${negative ? '-' : ''}${found[0]}`;
}

/** The distinct words (letter runs, lower case) of some texts. */
function wordsOf(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? []))].sort();
}

/** The {@link KeyProfile.shapes} of a field whose every example value is short text. */
function shapesOf(
  present: unknown[],
  texts: string[],
  collapseWords: boolean,
  strict = false,
): Pick<KeyProfile, 'shapes' | 'strictShapes'> {
  const filled = texts.filter((t) => t.trim() !== '');
  if (filled.length === 0 || present.some((v) => typeof v !== 'string')) return {};
  const shapes = learnShapes(filled, collapseWords);
  // Partial code: every shape it answered is the evidence, and nothing else is (see profileInputs).
  if (strict) return { shapes, strictShapes: true };
  if (filled.some((t) => t.trim().length > MAX_SHAPED_LENGTH)) return {};
  // A format needs evidence: two values of one shape. Values that all differ in shape (e-mail
  // addresses, street lines) show the field has none the examples could pin down.
  return shapes.some((g) => g.count >= 2) ? { shapes } : {};
}

/** Whether the code passes `input.<key>` to a lookup table learned from the examples. */
function looksUp(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\blookup(?:<[^>]*>)?\\(\\{[^}]*\\},\\s*input(?:\\?\\.|\\.)${k}\\b`).test(code);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A key whose name differs from the wanted one only in case or separators (`Address`, `zip_code`). */
function lookalike(record: Record<string, unknown>, wanted: string): string | undefined {
  const norm = (k: string) => k.toLowerCase().replace(/[\s_-]/g, '');
  return Object.keys(record).find((k) => k !== wanted && norm(k) === norm(wanted));
}

/**
 * Why this record breaks the Input contract (a required key missing, a value of another type), or
 * null. A number written as text (CSV) passes where the examples had numbers.
 */
export function inputContractProblem(profile: InputProfile, input: unknown): string | null {
  if (!isObject(input)) return null; // Non-objects are the readers' guard's business.
  for (const k of profile.keys) {
    const value = input[k.key];
    if (value === undefined || value === null) {
      if (!k.required) continue;
      const near = lookalike(input, k.key);
      return near
        ? `the record has no "${k.key}" (it has "${near}"; the examples' inputs use "${k.key}")`
        : `the record has no "${k.key}", which every example's input had`;
    }
    const type = jsonType(value);
    if (k.types.length === 0 || k.types.includes(type)) continue;
    if (type === 'string' && k.types.includes('number') && /^\s*-?\d+(\.\d+)?\s*$/.test(value as string))
      continue;
    if (type === 'number' && k.types.includes('string')) continue;
    return `"${k.key}" is ${type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`}; the examples had ${k.types.join(' or ')}`;
  }
  return null;
}

/**
 * Why the examples never covered this record's shape (a field blank that never was, a kind of
 * character no example had in that field), or null. Where a field's program has branches, the
 * record is held to the examples that took the same branch as well (see {@link BranchEvidence});
 * `routes` (field → route) says which branch it takes, else `profile.routeOf` is asked.
 */
export function uncoveredShape(
  profile: InputProfile,
  input: unknown,
  routes?: Record<string, string>,
): string | null {
  if (!isObject(input)) return null;
  const whole = unreadConstantProblem(profile.constants ?? [], input) ?? keysProblem(profile, input);
  if (whole !== null || !profile.branches?.length) return whole;
  const taken = routes ?? profile.routeOf?.(input);
  return taken ? branchProblem(profile.branches, input, taken) : null;
}

/** Fewest examples that show what a branch chosen by a test does (see {@link BranchEvidence}). */
export const BRANCH_EVIDENCE = 2;

/** Why a record's branch of some field is not one its examples support (see {@link uncoveredShape}). */
function branchProblem(
  branches: readonly BranchEvidence[],
  input: Record<string, unknown>,
  routes: Record<string, string>,
): string | null {
  for (const b of branches) {
    const route = routes[b.field];
    if (route === undefined) continue;
    const name = b.field === '$' ? 'the output' : `"${b.field}"`;
    const evidence = b.routes[route];
    if (!evidence) return `the program for ${name} takes a branch no example took`;
    const count = b.counts[route] ?? 0;
    // One example fits any program (a constant as well as a reading): a branch chosen by a test
    // needs two to have shown a rule. A value for blank inputs (route "…b") is no fitted program.
    if (count < BRANCH_EVIDENCE && !route.endsWith('b'))
      return `the program for ${name} takes a branch that only one example took: one example cannot show what the branch should do with other records`;
    for (const h of b.held?.[route] ?? []) {
      const value = input[h.key];
      if (heldForm(value) === heldForm(JSON.parse(h.value) as unknown)) continue;
      return `every example of the branch of the program for ${name} that this record takes had "${h.key}" ${h.value}; this record has ${JSON.stringify(value ?? null)}, and no example shows that branch at another value`;
    }
    const problem = keysProblem(evidence, input);
    if (problem === null) continue;
    const fitted = count === 1 ? 'one example' : `${count} examples`;
    return `the branch of the program for ${name} that this record takes was fitted to ${fitted}, which do not cover it: ${problem}`;
  }
  return null;
}

/**
 * The sentence mark a text ends with right after a digit ("…/NPHYS1170." → "."), else "". After a
 * letter a full stop is as often the value's own ("a.m.", "Jr.", "St."), so only a digit counts.
 */
function endMark(text: string): string {
  return /\p{N}([.,;:])$/u.exec(text.trim())?.[1] ?? '';
}

/** The per-key checks of {@link uncoveredShape}. */
function keysProblem(profile: InputProfile, input: Record<string, unknown>): string | null {
  for (const k of profile.keys) {
    const copied = copiedValueProblem(k, input[k.key]);
    if (copied !== null) return copied;
    const padded = input[k.key];
    if (k.unpadded && typeof padded === 'string' && padded.trim() !== '' && padded !== padded.trim())
      return `"${k.key}" has spaces around it, and no example shows spaces around it kept (the code cuts it at a space untrimmed)`;
    if (!k.parsed) continue;
    let value = input[k.key];
    if (isBlank(value)) {
      if (!k.everBlank && k.required) return `"${k.key}" is empty, and it never was in the examples`;
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const shaped = k.numberOnly && typeof value === 'string' ? numberPart(value) : value;
    if (k.strictShapes && k.shapes && typeof shaped === 'string' && !shapeCovered(k.shapes, shaped))
      return `"${k.key}" looks like "${renderShape(shapeOf(shaped, k.shapes[0]?.wordsCounted !== true))}", and the code fits only some examples: the ones it fits looked like ${k.shapes.map((g) => `"${renderGroup(g)}"`).join(' or ')}`;
    const context = k.around ? numberContextProblem(k.key, k.around, String(value)) : null;
    if (context !== null) return context;
    const convention =
      (k.marks ? ambiguousMarkProblem(k.key, k.marks, String(value)) : null) ??
      (k.halfDay ? unmarkedHalfDayProblem(k.key, String(value)) : null);
    if (convention !== null) return convention;
    if (k.reader) {
      const signature = readerSignature(k.reader.kind, value, k.reader.point);
      if (k.reader.seen.includes(signature)) continue;
      return `"${k.key}" reads as ${JSON.stringify(signature)}; the examples' read as ${k.reader.seen.map((s) => JSON.stringify(s)).join(' or ')}`;
    }
    if (k.numberOnly) {
      const number = numberPart(String(value));
      if (number === '') return `"${k.key}" has no number, which every example's "${k.key}" had`;
      value = number;
    }
    if (k.tableKeys && !k.tableKeys.includes(String(value).trim().toLowerCase()))
      return `"${k.key}" is ${JSON.stringify(value)}, which no example had (the code's table has no entry for it)`;
    const entry = String(value).trim().toLowerCase();
    for (const h of k.tableHeld?.[entry] ?? []) {
      if (heldForm(input[h.key]) === heldForm(JSON.parse(h.value) as unknown)) continue;
      return `the code's table entry for ${JSON.stringify(entry)} was shown only with "${h.key}" ${h.value}; this record has ${JSON.stringify(input[h.key] ?? null)}, and the code never reads "${h.key}"`;
    }
    for (const [d, [fewest, most]] of Object.entries(k.pieces ?? {})) {
      const count = pieceCount(String(value), d);
      if (count >= fewest && count <= most) continue;
      const what = d === ' ' ? 'words' : `pieces between "${d}"`;
      const had = fewest === most ? `${fewest}` : `${fewest} to ${most}`;
      return `"${k.key}" has ${count} ${what}; the examples' had ${had}`;
    }
    const fresh: string[] = [];
    for (const ch of String(value)) {
      const c = classOf(ch);
      if (!k.classes.includes(c) && !fresh.includes(c)) fresh.push(c);
    }
    if (fresh.length > 0) {
      const named = fresh.map((c) =>
        c === 'L' ? 'letters' : c === 'D' ? 'digits' : c === 'S' ? 'spaces' : `"${c}"`,
      );
      return `"${k.key}" has ${named.join(', ')}, which no example's "${k.key}" had`;
    }
    // A mark after the value's last number is often the sentence's it was pasted from
    // ("…/NPHYS1170."), and no example shows whether the code keeps it.
    const mark = k.numberOnly ? '' : endMark(String(value));
    if (mark !== '' && k.endMarks && !k.endMarks.includes(mark))
      return `"${k.key}" ends with "${mark}", which no example's "${k.key}" did (it may be the sentence's mark, not the value's, and no example shows whether it is kept)`;
    const cut = k.cuts && typeof value === 'string' ? cutProblem(k.key, k.cuts, value) : null;
    if (cut !== null) return cut;
    const unseenWord = k.words ? wordsOf([String(value)]).find((w) => !k.words?.includes(w)) : undefined;
    if (unseenWord !== undefined)
      return `"${k.key}" has the word "${unseenWord}", which no example's "${k.key}" had (the code picks a branch by testing it)`;
    const valueWords = k.classifiedWords ? wordsOf([String(value)]) : [];
    const aside = valueWords.length > 1 ? valueWords.find((w) => !k.classifiedWords?.includes(w)) : undefined;
    if (aside !== undefined)
      return `"${k.key}" has the word "${aside}" among others, which no example's "${k.key}" had (the code classifies it by one word, and the others may change what it means)`;
    if (k.shapes && !k.tableKeys && typeof value === 'string' && !shapeCovered(k.shapes, value))
      return `"${k.key}" looks like "${renderShape(shapeOf(value, k.shapes[0]?.wordsCounted !== true))}"; the examples' looked like ${k.shapes.map((g) => `"${renderGroup(g)}"`).join(' or ')}`;
    // Finer than the token shape: where each letter and digit sits, for a cut that reads by place.
    const laidOut =
      k.layouts && typeof value === 'string'
        ? layoutProblem(k.key, k.layouts.groups, value, k.layouts.cut)
        : null;
    if (laidOut !== null) return laidOut;
    const cutName = k.namesCut && typeof value === 'string' ? cutNameProblem(k.key, k.namesCut, value) : null;
    if (cutName !== null) return cutName;
    const order = k.orders && typeof value === 'string' ? orderProblem(k.key, k.orders, value) : null;
    if (order !== null) return order;
  }
  return null;
}

/**
 * Why a value the output copies or carries the letters of is one no example showed (see
 * {@link KeyProfile.copied} and `letterCase`), or null. Checked whether or not the code parses it.
 */
function copiedValueProblem(k: KeyProfile, value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const copied = k.copied ? copyProblem(k.key, k.copied, value) : null;
  if (copied !== null) return copied;
  return k.letterCase ? caseProblem(k.key, k.letterCase, value) : null;
}

/**
 * What kind of unsettled record this is, as a key: records with the same key are settled by the
 * same answer (the same fields of the same new shapes), so one question per key is enough. Null
 * when the examples cover the record's shape.
 */
export function uncoveredShapeKey(profile: InputProfile, input: unknown): string | null {
  if (!isObject(input) || uncoveredShape(profile, input) === null) return null;
  return inputShapeKey(profile, input);
}

/**
 * The shape of the fields the code takes apart, as a key: token classes, not lengths ("2024-03"
 * and "1999-12" share one), so records that share it are likely settled by one answer.
 */
export function inputShapeKey(profile: InputProfile, input: unknown): string {
  if (!isObject(input)) return jsonType(input);
  return profile.keys
    .filter((k) => k.parsed)
    .map((k) => {
      const value = input[k.key];
      if (isBlank(value)) return `${k.key}:blank`;
      if (typeof value !== 'string' && typeof value !== 'number') return `${k.key}:${jsonType(value)}`;
      const tokens = shapeOf(String(value));
      return `${k.key}:${tokens.map((t) => (t.cls === 'S' ? ' ' : t.cls)).join('')}`;
    })
    .join('|');
}

/**
 * Questions about the records whose shape no example covered: one input per kind (records with the
 * same {@link uncoveredShapeKey}), the kinds with the most records first, each with how many records
 * its answer would likely settle. Ties keep the order the inputs came in.
 */
export function shapeQuestions(
  profile: InputProfile,
  inputs: readonly unknown[],
  max: number,
): { input: unknown; settles: number }[] {
  const kinds = new Map<string, { input: unknown; settles: number }>();
  for (const input of inputs) {
    const key = uncoveredShapeKey(profile, input);
    if (key === null) continue;
    const kind = kinds.get(key);
    if (kind) kind.settles += 1;
    else kinds.set(key, { input, settles: 1 });
  }
  return [...kinds.values()].sort((a, b) => b.settles - a.settles).slice(0, Math.max(0, max));
}

/**
 * The required key every record of a sample lacks, when one does: a renamed column or field (a CSV
 * header `Address` for `address`) that would otherwise empty every output. Null when the sample is
 * empty or no such key.
 */
export function missingEverywhere(profile: InputProfile, sample: readonly unknown[]): string | null {
  const objects = sample.filter(isObject);
  if (objects.length === 0) return null;
  for (const k of profile.keys) {
    if (!k.required) continue;
    if (objects.every((o) => o[k.key] === undefined || o[k.key] === null)) {
      const near = objects[0] ? lookalike(objects[0], k.key) : undefined;
      return `every record lacks "${k.key}", which every example's input has${near ? ` (the input has "${near}": rename it, or fix the examples)` : ''}`;
    }
  }
  return null;
}

/** Rival programs stored beside transform.ts by a build of the local engine. */
export interface RivalsFile {
  /** Code fingerprint of the transform.ts they accompany; stale rivals are never used. */
  codeHash: string;
  /** Field → numbers closer than this are the same answer. */
  tolerance: Record<string, number>;
  /** Field → descriptions of the chosen program and its rivals. */
  programs: Record<string, string[]>;
  /**
   * The evidence for each branch of the fields' programs. Present (even empty) when the module
   * returns `{ rivals, routes }` (routes: field → the branch the input takes); an older module
   * returns the rivals' outputs alone.
   */
  branches?: BranchEvidence[];
}

/** The rivals' outputs and the routes from what the rivals module returned for one record. */
export function rivalsResult(
  value: unknown,
  meta: RivalsFile,
): { rivals: Record<string, unknown[]>; routes?: Record<string, string> } | null {
  if (!isObject(value)) return null;
  if (!meta.branches) return { rivals: value as Record<string, unknown[]> };
  const rivals = isObject(value['rivals']) ? (value['rivals'] as Record<string, unknown[]>) : {};
  const routes = isObject(value['routes']) ? (value['routes'] as Record<string, string>) : undefined;
  return routes ? { rivals, routes } : { rivals };
}

/** The rivals module for the current transform.ts, or null (none, stale, or a person's code). */
export async function loadRivals(
  dir: string,
  transformSource: string | null,
): Promise<{ source: string; meta: RivalsFile } | null> {
  const layout = serviceLayout(dir);
  if (!transformSource || !existsSync(layout.rivals) || !existsSync(layout.rivalsMeta)) return null;
  try {
    const meta = JSON.parse(await readFile(layout.rivalsMeta, 'utf8')) as RivalsFile;
    const { moduleText } = parseTransformFile(transformSource);
    if (meta.codeHash !== codeFingerprint(moduleText)) return null;
    return { source: await readFile(layout.rivals, 'utf8'), meta };
  } catch {
    return null;
  }
}

/** Field path → value in an output object (`address.city`). */
function at(output: unknown, field: string): unknown {
  if (field === '$') return output;
  return field.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), output);
}

/**
 * The fields on which the rivals disagree with the code's output, with the competing answers (the
 * code's first). A rival that threw (undefined) has no opinion.
 */
export function competingOutputs(
  output: unknown,
  rivals: Record<string, unknown[]>,
  meta: RivalsFile,
): Record<string, unknown[]> {
  const competing: Record<string, unknown[]> = {};
  for (const [field, values] of Object.entries(rivals)) {
    const mine = at(output, field);
    const answers: unknown[] = [mine];
    for (const value of values) {
      if (value === undefined) continue;
      if (!answers.some((a) => sameAnswer(a, value, meta.tolerance[field] ?? 0))) answers.push(value);
    }
    if (answers.length > 1) competing[field] = answers;
  }
  return competing;
}

/**
 * A check on one output field the examples' labels imply beyond the schema (issue 11 §2): every
 * label was all digits, of one length, never empty, without letters or digits, a whole number, not
 * negative. Until a person accepts it into schema.json (proposed by the build as a schema revision),
 * a record breaking it goes to review, not to the output.
 */
export interface OutputCheck {
  /** Output path, `$` for a primitive output, else `zip` or `address.zip`. */
  field: string;
  kind:
    | 'non-empty'
    | 'digits'
    | 'length'
    | 'no-digits'
    | 'no-letters'
    | 'integer'
    | 'non-negative'
    | 'non-zero'
    | 'shape'
    | 'constant';
  /** For `length`: the one length every label had. */
  length?: number;
  /** For `shape`: the token-class shapes the labels had (see {@link learnShapes}). */
  shapes?: ShapeGroup[];
  /**
   * For `constant`: every label had this one value, and the examples' inputs held these the same.
   * An output that is still this value for a record whose input differs there is one the examples
   * cannot have settled: they never showed the field change, nor the input (not a schema rule).
   */
  constant?: {
    value: string | number | boolean;
    held: HeldInput[];
    /**
     * Input key → the shapes its text had, where the examples show a format (see
     * {@link inputFormats}): a record of another shape ("12 Oak St Apt 4", where every example was
     * "12 Oak St") is one the constant was never shown for.
     */
    formats?: Record<string, ShapeGroup[]>;
    /**
     * Input key → the texts the examples had there, where the constant is a number one example
     * wrote there and another example wrote another number ("180 cm", "1.80 m", "5'11\"" all
     * labelled 180): the examples show one value written several ways, which fits reading the
     * value as well as writing the constant, so a text they never had is one they do not settle.
     */
    echoed?: Record<string, string[]>;
    /**
     * Ratios or differences two input numbers kept in every example while both varied (see
     * trust-relations.ts): the constant may be that relation under another name.
     */
    relations?: HeldRelation[];
  };
  /** What the labels showed, for review messages. */
  describe: string;
}

/** Fewest labels that count as evidence for a check: two could agree by chance. */
export const OUTPUT_CHECK_EVIDENCE = 3;

/** Primitive leaves of the output objects: path → values (undefined where a label lacks it). */
function leaves(outputs: readonly unknown[]): Map<string, unknown[]> {
  const found = new Map<string, unknown[]>();
  const walk = (values: readonly unknown[], path: string): void => {
    const objects = values.filter(isObject);
    if (objects.length === values.length && objects.length > 0) {
      const names = [...new Set(objects.flatMap((o) => Object.keys(o)))];
      for (const name of names)
        walk(
          objects.map((o) => o[name]),
          path === '$' ? name : `${path}.${name}`,
        );
      return;
    }
    found.set(path, [...values]);
  };
  walk(outputs, '$');
  return found;
}

/** Schema node at a field path (through `properties` only), or undefined. */
function schemaAt(
  schema: Record<string, unknown> | undefined,
  field: string,
): Record<string, unknown> | undefined {
  if (field === '$') return schema;
  let node: unknown = schema;
  for (const name of field.split('.')) {
    const properties = isObject(node) ? node['properties'] : undefined;
    node = isObject(properties) ? properties[name] : undefined;
  }
  return isObject(node) ? node : undefined;
}

/**
 * The output checks the example labels support and the schema does not already make: a string field
 * whose every label (at least {@link OUTPUT_CHECK_EVIDENCE} of them) was non-empty, all digits, a
 * code of one length (2–20 characters, no lower case or spaces), free of digits or of letters; a number field whose every label was a
 * whole number, or not negative.
 */
export function inferOutputChecks(
  examples: readonly Example[],
  schema?: Record<string, unknown>,
): OutputCheck[] {
  const checks: OutputCheck[] = [];
  const held = heldInputs(examples);
  const formats = inputFormats(examples);
  for (const [field, values] of leaves(examples.map((e) => e.output))) {
    const constant = constantCheck(
      field,
      values,
      schemaAt(schema, field) ?? {},
      held,
      formats,
      echoedInputs(examples, values[0]),
      heldRelations(examples),
    );
    if (constant) checks.push(constant);
    if (values.length < OUTPUT_CHECK_EVIDENCE || values.some((v) => v === undefined || v === null)) continue;
    const node = schemaAt(schema, field) ?? {};
    const has = (keyword: string) => node[keyword] !== undefined || Array.isArray(node['enum']);
    if (values.every((v) => typeof v === 'string')) {
      const texts = values as string[];
      // Any minLength the schema states, 0 included, is the user's word on empty values.
      if (texts.every((t) => t.trim() !== '') && node['minLength'] === undefined && !has('pattern'))
        checks.push({ field, kind: 'non-empty', describe: 'every example had a value' });
      if (has('pattern')) continue;
      if (texts.every((t) => /^\d+$/.test(t)))
        checks.push({ field, kind: 'digits', describe: 'every example was all digits' });
      else if (texts.every((t) => !/\p{N}/u.test(t)))
        checks.push({ field, kind: 'no-digits', describe: 'no example had digits' });
      if (texts.every((t) => !/\p{L}/u.test(t)) && !texts.every((t) => /^\d+$/.test(t)))
        checks.push({ field, kind: 'no-letters', describe: 'no example had letters' });
      const lengths = new Set(texts.map((t) => [...t].length));
      const length = [...(texts[0] ?? '')].length;
      // Codes only (no lower-case letters, no spaces: "TX", "62701", "2024-03-05"): three city names
      // of six letters each are not a rule.
      const codes = texts.every((t) => !/[\p{Ll}\s]/u.test(t));
      if (codes && lengths.size === 1 && length >= 2 && length <= 20 && !has('maxLength'))
        checks.push({
          field,
          kind: 'length',
          length,
          describe: `every example was ${length} characters long`,
        });
      const shape = outputShapeCheck(field, texts);
      if (shape) checks.push(shape);
    } else if (values.every((v) => typeof v === 'number')) {
      const numbers = values as number[];
      if (numbers.every(Number.isInteger) && node['type'] !== 'integer' && !has('multipleOf'))
        checks.push({ field, kind: 'integer', describe: 'every example was a whole number' });
      if (
        numbers.every((n) => n >= 0) &&
        numbers.some((n) => n > 0) &&
        !has('minimum') &&
        !has('exclusiveMinimum')
      )
        checks.push({ field, kind: 'non-negative', describe: 'no example was negative' });
      // A zero where no label was one is most often a reading or a rounding that lost the number
      // (64 KB in GB to three decimals), not a value the examples showed.
      if (numbers.every((n) => n !== 0) && !has('not') && !has('minimum') && !has('exclusiveMinimum'))
        checks.push({ field, kind: 'non-zero', describe: 'no example was zero' });
    }
  }
  return checks;
}

/**
 * The `constant` check of a field every label (at least two) gave one text, number or flag, unless
 * the schema says it is one (`const`, a one-value `enum`): see {@link OutputCheck.constant}.
 */
function constantCheck(
  field: string,
  values: readonly unknown[],
  node: Record<string, unknown>,
  held: HeldInput[],
  formats: Record<string, ShapeGroup[]> = {},
  echoed: Record<string, string[]> = {},
  relations: HeldRelation[] = [],
): OutputCheck | null {
  const first = values[0];
  const shaped = Object.keys(formats).length > 0;
  const echoes = Object.keys(echoed).length > 0;
  const related = relations.length > 0;
  if (values.length < 2 || (held.length === 0 && !shaped && !echoes && !related)) return null;
  if (typeof first !== 'string' && typeof first !== 'number' && typeof first !== 'boolean') return null;
  if (!values.every((v) => v === first)) return null;
  if (node['const'] !== undefined || (Array.isArray(node['enum']) && node['enum'].length === 1)) return null;
  return {
    field,
    kind: 'constant',
    constant: {
      value: first,
      held,
      ...(shaped ? { formats } : {}),
      ...(echoes ? { echoed } : {}),
      ...(related ? { relations } : {}),
    },
    describe: `every example's was ${JSON.stringify(first)}`,
  };
}

/**
 * The input keys where a constant number `value` is what one example wrote and another example
 * wrote another number (see {@link OutputCheck.constant}'s `echoed`), with the texts they had.
 */
function echoedInputs(examples: readonly Example[], value: unknown): Record<string, string[]> {
  const inputs = examples.map((e) => e.input);
  if (typeof value !== 'number' || !inputs.every(isObject)) return {};
  const echoed: Record<string, string[]> = {};
  for (const key of [...new Set(inputs.flatMap((o) => Object.keys(o)))]) {
    const raw = inputs.map((o) => o[key]);
    if (!raw.every((v) => typeof v === 'string' || typeof v === 'number')) continue;
    // Equal or not is all that matters here: a grouped "1,234" reads as 1.234, never as the value.
    const numbers = raw.map((v) => Number(numberPart(String(v)).replace(',', '.') || Number.NaN));
    if (numbers.includes(value) && numbers.some((n) => n !== value))
      echoed[key] = [...new Set(raw.map((v) => String(v).trim()))];
  }
  return echoed;
}

/** Where a record's input has a text the examples never had at a key of {@link echoedInputs}, or null. */
function echoDifference(echoed: Record<string, string[]>, input: unknown): string | null {
  if (!isObject(input)) return null;
  for (const [key, seen] of Object.entries(echoed)) {
    const value = input[key];
    if ((typeof value !== 'string' && typeof value !== 'number') || seen.includes(String(value).trim()))
      continue;
    return `"${key}" is ${JSON.stringify(value)}, and the examples wrote one value in ${seen.length} ways there, fitting a reading of it as well as a constant`;
  }
  return null;
}

/**
 * The input texts whose examples show one format: every example has the key as short text
 * (at most {@link MAX_SHAPED_LENGTH}), and all of them share one token-class shape (at least
 * {@link OUTPUT_CHECK_EVIDENCE}). Input key → its shapes (see {@link learnShapes}).
 */
export function inputFormats(examples: readonly Example[]): Record<string, ShapeGroup[]> {
  const inputs = examples.map((e) => e.input);
  if (inputs.length < OUTPUT_CHECK_EVIDENCE || !inputs.every(isObject)) return {};
  const formats: Record<string, ShapeGroup[]> = {};
  for (const key of [...new Set(inputs.flatMap((o) => Object.keys(o)))]) {
    const values = inputs.map((o) => o[key]);
    if (
      !values.every((v) => typeof v === 'string' && v.trim() !== '' && v.trim().length <= MAX_SHAPED_LENGTH)
    )
      continue;
    const shapes = learnShapes(values as string[]);
    if (shapes.length === 1) formats[key] = shapes;
  }
  return formats;
}

/** Where a record's input is of a shape none of the examples' had (see {@link inputFormats}), or null. */
function formatDifference(formats: Record<string, ShapeGroup[]>, input: unknown): string | null {
  if (!isObject(input)) return null;
  for (const [key, shapes] of Object.entries(formats)) {
    const value = input[key];
    if (typeof value !== 'string' || value.trim() === '' || shapeCovered(shapes, value)) continue;
    return `"${key}" looks like "${renderShape(shapeOf(value))}", where every example's looked like "${renderGroup(shapes[0] as ShapeGroup)}"`;
  }
  return null;
}

/**
 * The `shape` check of a short text field: its labels' token-class shapes ("####-##-##", "AA-#"),
 * when at least {@link OUTPUT_CHECK_EVIDENCE} labels share one; an output of a shape no label had
 * was cut or formatted in a way no example showed.
 */
function outputShapeCheck(field: string, texts: readonly string[]): OutputCheck | null {
  if (texts.some((t) => t.trim() === '' || t.trim().length > MAX_SHAPED_LENGTH)) return null;
  const shapes = learnShapes(texts);
  if (!shapes.some((g) => g.count >= OUTPUT_CHECK_EVIDENCE)) return null;
  const seen = shapes.map((g) => `"${renderGroup(g)}"`);
  return {
    field,
    kind: 'shape',
    shapes,
    describe:
      shapes.length === 1
        ? `every example looked like ${seen[0]}`
        : `the examples looked like ${seen.join(' or ')}`,
  };
}

/** Whether one value passes one check (a value that is not of the check's type is the schema's business). */
function passes(check: OutputCheck, value: unknown): boolean {
  if (typeof value === 'string') {
    switch (check.kind) {
      case 'non-empty':
        return value.trim() !== '';
      case 'digits':
        return /^\d+$/.test(value);
      case 'no-digits':
        return !/\p{N}/u.test(value);
      case 'no-letters':
        return !/\p{L}/u.test(value);
      case 'length':
        return [...value].length === check.length;
      case 'shape':
        return value.trim() === '' || !check.shapes || shapeCovered(check.shapes, value);
      default:
        return true;
    }
  }
  if (typeof value === 'number') {
    if (check.kind === 'integer') return Number.isInteger(value);
    if (check.kind === 'non-negative') return value >= 0;
    if (check.kind === 'non-zero') return value !== 0;
  }
  return value !== undefined || check.kind !== 'non-empty';
}

/** Primitive values of the input, its top level and one level down. */
function inputValues(input: unknown): Set<unknown> {
  const found = new Set<unknown>();
  const add = (value: unknown, depth: number): void => {
    if (typeof value === 'string' || typeof value === 'number') found.add(value);
    else if (depth < 2 && isObject(value)) for (const v of Object.values(value)) add(v, depth + 1);
  };
  add(input, 0);
  return found;
}

/**
 * Why this output breaks a check the examples imply (see {@link inferOutputChecks}), or null:
 * `zip is "Wilkes", but every example was all digits`. With `input`, a value copied unchanged from
 * an input field passes: what it may look like is the input contract's business, and a copy cannot
 * have been cut from the wrong place.
 */
export function outputCheckProblem(
  checks: readonly OutputCheck[],
  output: unknown,
  input?: unknown,
): string | null {
  const broken = brokenOutputCheck(checks, output, input);
  if (!broken) return null;
  const name = broken.check.field === '$' ? 'the output' : broken.check.field;
  if (broken.differs)
    return `${name} is ${JSON.stringify(broken.value)}, as every example's was, but this record's input differs from what every example's held (${broken.differs}): no example shows whether ${name} depends on it`;
  return `${name} is ${JSON.stringify(broken.value) ?? 'missing'}, but ${broken.check.describe}`;
}

/** The first check this output breaks, with the value that breaks it (see {@link outputCheckProblem}). */
function brokenOutputCheck(
  checks: readonly OutputCheck[],
  output: unknown,
  input?: unknown,
): { check: OutputCheck; value: unknown; differs?: string } | null {
  let copied: Set<unknown> | undefined;
  for (const check of checks) {
    const value = at(output, check.field);
    if (check.kind === 'constant') {
      if (!check.constant || value !== check.constant.value || input === undefined) continue;
      const differs =
        heldInputDifference(check.constant.held, input) ??
        (check.constant.formats ? formatDifference(check.constant.formats, input) : null) ??
        (check.constant.echoed ? echoDifference(check.constant.echoed, input) : null) ??
        (check.constant.relations ? relationDifference(check.constant.relations, input) : null);
      if (differs !== null) return { check, value, differs };
      continue;
    }
    if (passes(check, value)) continue;
    copied ??= input === undefined ? new Set() : inputValues(input);
    // A fixed-length code copied at another length was not cut where the examples' were.
    if (value !== '' && copied.has(value) && check.kind !== 'length') continue;
    return { check, value };
  }
  return null;
}

/**
 * What kind of doubtful output this is, as a key (the check broken, and the shape of the value that
 * broke it): one answer about a record of a kind likely settles the others. Null when it passes.
 */
export function outputDoubtKey(
  checks: readonly OutputCheck[],
  output: unknown,
  input?: unknown,
): string | null {
  const broken = brokenOutputCheck(checks, output, input);
  if (!broken) return null;
  const shape =
    typeof broken.value === 'string'
      ? shapeOf(broken.value)
          .map((t) => (t.cls === 'S' ? ' ' : t.cls))
          .join('')
      : typeof broken.value;
  return `${broken.check.field}:${broken.check.kind}:${shape}`;
}
