/**
 * Relations two input numbers kept in every example (issue 11, programs that fit by accident):
 * where every label of a field was one constant and two numbers of the input varied but kept one
 * ratio or one difference (gross = net × 1.19 in every example, all at one VAT rate), the constant
 * may be that relation under another name. A record whose numbers keep another relation is one the
 * constant was never shown for: the run sends it to review rather than write the constant.
 */
import type { Example } from '../service/types.ts';

/** A ratio (`b / a`) or difference (`b - a`) of two input numbers, one value in every example. */
export interface HeldRelation {
  a: string;
  b: string;
  kind: 'ratio' | 'difference';
  value: number;
}

/** Fewest examples that must keep a relation before it counts: two numbers of one example always relate. */
export const RELATION_EVIDENCE = 3;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A plain number (a JSON number or a text of one, "-12.50"), with its decimals; else null. */
function plainNumber(value: unknown): { n: number; step: number } | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const decimals = (String(value).split('.')[1] ?? '').length;
    return { n: value, step: 10 ** -decimals };
  }
  if (typeof value !== 'string' || !/^-?\d+(?:\.\d+)?$/.test(value.trim())) return null;
  const decimals = (value.trim().split('.')[1] ?? '').length;
  return { n: Number(value.trim()), step: 10 ** -decimals };
}

/** The relation's value on one pair and how far rounding to the numbers' decimals may move it. */
function measure(
  kind: HeldRelation['kind'],
  a: { n: number; step: number },
  b: { n: number; step: number },
): { value: number; slack: number } | null {
  if (kind === 'difference') return { value: b.n - a.n, slack: (a.step + b.step) / 2 + 1e-9 };
  if (a.n === 0) return null;
  const value = b.n / a.n;
  // |d(b/a)| ≤ |db|/|a| + |b|·|da|/a², with each number off by at most half its last decimal
  const slack = b.step / 2 / Math.abs(a.n) + (Math.abs(b.n) * a.step) / 2 / (a.n * a.n) + 1e-9;
  return { value, slack };
}

/**
 * The {@link HeldRelation}s of the examples' inputs (objects, at least {@link RELATION_EVIDENCE}):
 * pairs of keys holding plain numbers where both numbers vary across the examples and their ratio,
 * or else their difference, is the same in all within rounding.
 */
export function heldRelations(examples: readonly Example[]): HeldRelation[] {
  const inputs = examples.map((e) => e.input);
  if (inputs.length < RELATION_EVIDENCE || !inputs.every(isObject)) return [];
  const objects = inputs as Record<string, unknown>[];
  const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))].filter((key) => {
    const numbers = objects.map((o) => plainNumber(o[key]));
    return numbers.every((x) => x !== null) && new Set(numbers.map((x) => x?.n)).size === numbers.length;
  });
  const held: HeldRelation[] = [];
  for (const [i, a] of keys.entries())
    for (const b of keys.slice(i + 1))
      for (const kind of ['ratio', 'difference'] as const) {
        const measured = objects.map((o) =>
          measure(
            kind,
            plainNumber(o[a]) as { n: number; step: number },
            plainNumber(o[b]) as { n: number; step: number },
          ),
        );
        if (measured.some((m) => m === null)) continue;
        const ms = measured as { value: number; slack: number }[];
        const lo = Math.max(...ms.map((m) => m.value - m.slack));
        const hi = Math.min(...ms.map((m) => m.value + m.slack));
        if (lo > hi) continue;
        held.push({ a, b, kind, value: (ms[0] as { value: number }).value });
        break;
      }
  return held;
}

/** Where this record's numbers keep another relation than every example's (see {@link HeldRelation}), or null. */
export function relationDifference(relations: readonly HeldRelation[], input: unknown): string | null {
  if (!isObject(input)) return null;
  for (const r of relations) {
    const a = plainNumber(input[r.a]);
    const b = plainNumber(input[r.b]);
    // Another kind of value is the input contract's and the formats' business.
    if (!a || !b) continue;
    const m = measure(r.kind, a, b);
    if (!m) return `"${r.a}" is 0, where every example's "${r.b}" / "${r.a}" was ${round(r.value)}`;
    if (Math.abs(m.value - r.value) <= m.slack * 2) continue;
    const op = r.kind === 'ratio' ? '/' : '-';
    return `"${r.b}" ${op} "${r.a}" is ${round(m.value)}, where every example's was ${round(r.value)}`;
  }
  return null;
}

const round = (x: number): number => Number(x.toPrecision(3));
