/**
 * What the third frozen set's generators share: a seeded PRNG, the review mark, the output schema a
 * user would write, and the builder that turns a task spec (hand-picked example inputs, a maker of
 * held-back inputs, and a reference function) into a BenchTask. Written apart from the other sets'
 * kits on purpose: nothing here comes from the engine or the tuned generators.
 */
import type { BenchTask, TestRecord } from '../task.ts';

/** A seeded PRNG (mulberry32): the same seed gives the same records on every machine. */
export class Rng {
  private s: number;
  constructor(seed: string) {
    // FNV-1a of the task name, so each task's records do not move when another task changes.
    let h = 0x811c9dc5;
    for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    this.s = h;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [a, b]. */
  int(a: number, b: number): number {
    return a + Math.floor(this.next() * (b - a + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A number in [a, b] with `dp` decimals. */
  float(a: number, b: number, dp: number): number {
    return round(a + this.next() * (b - a), dp);
  }
  /** `s` with the spaces people leave around a value, sometimes. */
  pad(s: string, p = 0.2): string {
    return this.chance(p) ? `${this.pick([' ', '  ', '\t'])}${s}${this.pick(['', ' ', '   '])}` : s;
  }
  digits(n: number): string {
    return Array.from({ length: n }, () => String(this.int(0, 9))).join('');
  }
}

export const round = (x: number, dp: number): number => {
  const f = 10 ** dp;
  const r = Math.round((x + Math.sign(x) * Number.EPSILON * Math.abs(x)) * f) / f;
  return Object.is(r, -0) ? 0 : r;
};
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A label no rule can settle from the input: a written output for it counts as wrong. */
export class Review {
  readonly value: unknown;
  constructor(value: unknown) {
    this.value = value;
  }
}
export const review = (value: unknown): Review => new Review(value);

/** One task as written here: example inputs chosen by hand, held-back inputs drawn, labels from `ref`. */
export interface Spec {
  /** Without the `f3-` prefix. */
  name: string;
  category: string;
  description: string;
  /** The 3–4 inputs the user labels by hand (their outputs come from `ref` too). */
  train: unknown[];
  /** One held-back input. */
  gen: (r: Rng) => unknown;
  /** The reference answer for an input, or a {@link Review} when no rule can settle it. */
  ref: (input: never) => unknown;
  lookups?: Record<string, Record<string, string>>;
}

/** Held-back records per task. */
export const TEST_RECORDS = 40;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const typeOf = (v: Json): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : typeof v;

/** The output schema a user would write for these labels (types as the labels have them). */
export function schemaOf(values: unknown[]): Record<string, unknown> {
  const vals = values as Json[];
  const types = new Set(vals.map(typeOf));
  if (types.has('number')) types.delete('integer');
  const list = [...types].sort();
  const out: Record<string, unknown> = { type: list.length === 1 ? list[0] : list };
  const objects = vals.filter((v): v is { [k: string]: Json } => typeOf(v) === 'object');
  if (objects.length > 0) {
    const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
    out.properties = Object.fromEntries(keys.map((k) => [k, schemaOf(objects.map((o) => o[k] ?? null))]));
    out.required = keys;
    out.additionalProperties = false;
  }
  const items = vals.filter((v): v is Json[] => Array.isArray(v)).flat();
  if (items.length > 0) out.items = schemaOf(items);
  return out;
}

/** Builds the task: labels from the reference function, distinct held-back inputs, the schema. */
export function build(spec: Spec, records = TEST_RECORDS): BenchTask {
  const ref = spec.ref as (input: unknown) => unknown;
  const train = spec.train.map((input) => {
    const out = ref(input);
    if (out instanceof Review) throw new Error(`${spec.name}: an example cannot be a review record`);
    return { input, output: out };
  });
  const seen = new Set(spec.train.map((i) => JSON.stringify(i)));
  const r = new Rng(spec.name);
  const test: TestRecord[] = [];
  for (let tries = 0; test.length < records && tries < records * 50; tries++) {
    const input = spec.gen(r);
    const key = JSON.stringify(input);
    if (seen.has(key)) continue;
    seen.add(key);
    const out = ref(input);
    test.push(out instanceof Review ? { input, output: out.value, review: true } : { input, output: out });
  }
  if (test.length < records) throw new Error(`${spec.name}: only ${test.length} distinct records`);
  return {
    name: `f3-${spec.name}`,
    category: spec.category,
    description: spec.description,
    holdout: true,
    ...(spec.lookups ? { lookups: spec.lookups } : {}),
    schema: schemaOf([...train, ...test].map((p) => p.output)),
    train,
    test,
  };
}
