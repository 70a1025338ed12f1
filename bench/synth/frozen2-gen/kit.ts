/**
 * What the second frozen set's domain files share beyond bench/synth/gen-kit.ts: calendar helpers,
 * the mark for records no rule can settle, and the output schema a user would write.
 */
import { int, pad, type Pair, type R } from '../gen-kit.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = [
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
];
export const daysIn = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();
export interface Day {
  y: number;
  mo: number;
  d: number;
}
export const day = (r: R, y0 = 2018, y1 = 2027): Day => {
  const y = int(r, y0, y1);
  const mo = int(r, 1, 12);
  return { y, mo, d: int(r, 1, daysIn(y, mo)) };
};
export const iso = (t: Day): string => `${t.y}-${pad(t.mo)}-${pad(t.d)}`;

/**
 * Marks a record whose answer no rule can find in its input (two conventions mixed with no sign,
 * a part the text lacks): its label is what a person asked would say, but a written output is a
 * guess and the benchmark counts it as wrong (bench/synth/task.ts `TestRecord.review`).
 */
export const unsettled = (p: Pair): Pair => Object.assign(p, { review: true as const });

/** Thousands grouping of a non-negative integer's digits with `sep`. */
export const group = (n: number, sep: string): string =>
  String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** A number with exactly two decimals, `dec` as decimal mark and `sep` grouping thousands. */
export const money = (x: number, dec: string, sep: string): string => {
  const cents = Math.round(Math.abs(x) * 100);
  const s = `${group(Math.floor(cents / 100), sep)}${dec}${pad(cents % 100)}`;
  return x < 0 ? `-${s}` : s;
};

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

/**
 * The output JSON Schema a user would write for these labels: each field's types as the labels
 * have them (an integer field that also holds fractions is a number), nested objects and arrays
 * described the same way, every field of a fixed-shape object required; an object whose keys vary
 * from label to label is a map.
 */
export function schemaOf(values: unknown[]): Record<string, unknown> {
  const vals = values as Json[];
  const types = new Set(vals.map(typeOf));
  if (types.has('number')) types.delete('integer');
  const out: Record<string, unknown> = {};
  const objects = vals.filter((v): v is { [k: string]: Json } => typeOf(v) === 'object');
  const arrays = vals.filter((v): v is Json[] => Array.isArray(v));
  const list = [...types].sort();
  out.type = list.length === 1 ? list[0] : list;
  const shapes = new Set(objects.map((o) => Object.keys(o).sort().join(',')));
  if (shapes.size > 1) {
    // Keys that come and go (a query string's parameters): a map from name to value.
    out.additionalProperties = schemaOf(objects.flatMap((o) => Object.values(o)));
  } else if (objects.length > 0) {
    const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
    out.properties = Object.fromEntries(keys.map((k) => [k, schemaOf(objects.map((o) => o[k] ?? null))]));
    out.required = keys;
    out.additionalProperties = false;
  }
  if (arrays.length > 0) {
    const items = arrays.flat();
    if (items.length > 0) out.items = schemaOf(items);
  }
  return out;
}
