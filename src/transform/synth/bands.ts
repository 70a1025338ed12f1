/**
 * A label chosen by the range one number falls in (a tier by spend, a grade by score, a size by
 * weight): the examples sorted by that number give each label one unbroken run. The learned ranges
 * are the ones the examples show; a number in the gap between two of them is left for review,
 * since the examples do not say where one range ends and the next begins, and so is one below or
 * above them all, where a label no example showed may lie (an F under the C of the examples).
 */
import { lit, num, type Expr } from './expr.ts';
import * as H from './helpers.ts';
import { leafSources, type Source, type Task } from './sources.ts';

/** Most labels a banded field may have: more is a table of values, not a few ranges. */
const MAX_LABELS = 6;

/** The number a source holds on each example (number or plain numeric text), or null when one is not. */
function numbersOf(source: Source): number[] | null {
  const out: number[] = [];
  for (const v of source.values) {
    const t = H.text(v).trim();
    const n = typeof v === 'number' ? v : /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
    if (!Number.isFinite(n)) return null;
    out.push(n);
  }
  return out;
}

/** The ranges, lowest first, when each label holds one run of the sorted numbers; else null. */
function rangesOf(numbers: number[], outputs: string[]): [number, number, string][] | null {
  const byLabel = new Map<string, [number, number]>();
  numbers.forEach((n, i) => {
    const label = outputs[i] ?? '';
    const seen = byLabel.get(label);
    byLabel.set(label, seen ? [Math.min(seen[0], n), Math.max(seen[1], n)] : [n, n]);
  });
  const ranges = [...byLabel.entries()]
    .map(([label, [low, high]]) => [low, high, label] as [number, number, string])
    .sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) if ((ranges[i - 1]?.[1] ?? 0) >= (ranges[i]?.[0] ?? 0)) return null;
  return ranges;
}

/**
 * `band(field, ranges)` when exactly one number field orders the labels into runs: at least two
 * labels, some label shown for two different numbers (one number per label is a table of codes,
 * and two examples with two labels fit any number), and no output copied from a field of its own
 * record (then it is a copy, not a range). Null otherwise.
 */
export function synthBands(task: Task, outputs: string[]): Expr | null {
  const labels = new Set(outputs);
  if (labels.size < 2 || labels.size > MAX_LABELS || labels.size >= outputs.length) return null;
  const sources = leafSources(task);
  const copied = outputs.some((o, i) =>
    sources.some((s) => H.text(s.values[i]).trim().toLowerCase() === o.trim().toLowerCase()),
  );
  if (copied) return null;
  const fitting: { source: Source; ranges: [number, number, string][] }[] = [];
  for (const source of sources) {
    const numbers = numbersOf(source);
    const ranges = numbers && new Set(numbers).size > 1 ? rangesOf(numbers, outputs) : null;
    // A range shown by one number per label is a table of codes (status 1, 3, 4), not ranges.
    if (ranges && ranges.every(([low, high]) => low === high)) continue;
    if (ranges) fitting.push({ source, ranges });
  }
  // Two number fields that both order the labels: the examples do not say which one decides.
  if (fitting.length !== 1) return null;
  const { source, ranges } = fitting[0] as { source: Source; ranges: [number, number, string][] };
  const literal = `[${ranges.map(([low, high, label]) => `[${num(low)}, ${num(high)}, ${lit(label)}]`).join(', ')}]`;
  const describe = ranges.map(([low, high, label]) => `${label} (${num(low)}–${num(high)})`).join(', ');
  return {
    code: (root) => `band(${source.expr.code(root)}, ${literal})`,
    run: (root) => H.band(source.expr.run(root), ranges),
    cost: source.expr.cost + 2.5,
    helpers: [...source.expr.helpers, 'band'],
    describe: (root) => `the range of ${source.expr.describe(root)}: ${describe}`,
  };
}
