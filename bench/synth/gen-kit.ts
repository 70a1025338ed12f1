/**
 * What the task generators (bench/synth/everyday*-gen.ts) share: a seeded random source, the small
 * drawing and formatting helpers, and the builder that turns hand-written training examples and a
 * record maker into a task with distinct held-back records. One copy, so a fix reaches every set.
 * Changing what any helper returns for a given seed changes committed task files: the generators'
 * tests pin those files and will say so.
 */
import type { BenchTask } from './task.ts';

/** A seeded random source: numbers in [0, 1). */
export type R = () => number;
/** One record: input and its true output. */
export type Pair = { input: unknown; output: unknown };
/** A labelled record: `input` and the `output` a careful person gives it. */
export const pair = (input: unknown, output: unknown): Pair => ({ input, output });
/** A record no rule can settle from the examples and its own text: its right outcome is review. */
export const unsettled = (input: unknown, output: unknown): Pair => ({ input, output, review: true }) as Pair;
/** Draws one test record (input and its label from the true value). */
export type Maker = (r: R) => Pair;

/** Small seeded PRNG (mulberry32), so the files are the same on every run. */
export function rng(seed: number): R {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of the items, uniformly. */
export const pick = <T>(r: R, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
/** An integer in [lo, hi]. */
export const int = (r: R, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
/** Zero-padded to width w. */
export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** Rounded to d decimals. */
export const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
/** Thousands grouped with `sep`. */
export const group = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** n random decimal digits. */
export const digits = (r: R, n: number): string =>
  Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
/** First letter upper case, the rest lower case. */
export const cap = (s: string): string => (s[0] ?? '').toUpperCase() + s.slice(1).toLowerCase();
/** Stray spaces around a value (a spreadsheet export, a copy and paste). */
export const spaced = (r: R, s: string): string => (r() < 0.12 ? pick(r, [` ${s}`, `${s} `, `  ${s}  `]) : s);

/** Builds a task from hand-written training examples and generated test records. */
export type TaskBuilder = (
  name: string,
  category: string,
  description: string,
  train: Pair[],
  make: Maker,
  seed: number,
  extra?: Partial<BenchTask>,
) => BenchTask;

/**
 * A task builder for one set: names get `prefix`, each task gets `testRecords` distinct test inputs
 * (never one of the training inputs), drawn with its own seed; too few distinct records is an error.
 */
export function taskBuilder(prefix: string, testRecords: number): TaskBuilder {
  return (name, category, description, train, make, seed, extra = {}) => {
    const r = rng(seed);
    const seen = new Set(train.map((p) => JSON.stringify(p.input)));
    const test: Pair[] = [];
    for (let i = 0; test.length < testRecords && i < testRecords * 50; i++) {
      const pair = make(r);
      const key = JSON.stringify(pair.input);
      if (seen.has(key)) continue;
      seen.add(key);
      test.push(pair);
    }
    if (test.length < testRecords) throw new Error(`${name}: only ${test.length} distinct records`);
    return { name: `${prefix}${name}`, category, description, ...extra, train, test };
  };
}

/** English month names, January first (generators that write dates in words share them). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** English weekday names, Sunday first (as `Date#getUTCDay` counts). */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** An output property's type as a user writes it beside the examples. */
export type Prop = 'string' | 'number' | 'integer' | 'boolean' | 'string|null' | 'number|null';
/** The output schema a user writes beside the examples: every property required. */
export const schema = (props: Record<string, Prop>): { schema: Record<string, unknown> } => ({
  schema: {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(props).map(([k, t]) => [k, { type: t.includes('|') ? t.split('|') : t }]),
    ),
    required: Object.keys(props),
    additionalProperties: false,
  },
});
