/** Boolean programs: copies, general yes/no reading, blank checks, numeric thresholds, equality tests. */
import { derive, lit, num, type Expr } from './expr.ts';
import * as H from './helpers.ts';
import type { Source } from './sources.ts';

/**
 * Whether a field's values are counts or identifiers rather than yes/no answers: all numbers (or
 * digit strings), not all 0 or 1. `isYes` reads 1 as yes and any other number as no, so a row
 * number 1, 2, 3 would fit examples answered yes, no, no and write "no" for every later row.
 */
const isCounter = (present: readonly unknown[]): boolean =>
  present.length > 0 &&
  present.every((v) => typeof v === 'number' || /^\s*\d+\s*$/.test(H.text(v))) &&
  present.some((v) => !/^\s*[01]\s*$/.test(H.text(v)));

/** Cheapest boolean program consistent with every output, or null. */
export function synthBoolean(sources: Source[], roots: unknown[], outputs: boolean[]): Expr | null {
  const candidates: Expr[] = [];
  for (const source of sources) {
    const present = source.values.filter((v) => v !== null && v !== undefined);
    const e = source.expr;
    if (present.every((v) => typeof v === 'boolean')) {
      candidates.push(
        derive(
          e,
          (c) => `${c} === true`,
          (v) => v === true,
          0,
        ),
      );
      candidates.push(
        derive(
          e,
          (c) => `${c} !== true`,
          (v) => v !== true,
          0.5,
        ),
      );
    }
    // A yes/no reading of answers, not of a count or an identifier (see isCounter).
    if (!isCounter(present)) {
      candidates.push(
        derive(
          e,
          (c) => `isYes(${c})`,
          (v) => H.isYes(v),
          1,
          ['isYes'],
        ),
      );
      candidates.push(
        derive(
          e,
          (c) => `!isYes(${c})`,
          (v) => !H.isYes(v),
          1.5,
          ['isYes'],
        ),
      );
    }
    candidates.push(
      derive(
        e,
        (c) => `!isBlank(${c})`,
        (v) => !H.isBlank(v),
        1.5,
        ['isBlank'],
      ),
    );
    candidates.push(
      derive(
        e,
        (c) => `isBlank(${c})`,
        (v) => H.isBlank(v),
        1.8,
        ['isBlank'],
      ),
    );
    const numbers = source.values.map((v) => (typeof v === 'number' ? v : H.parseNumber(v)));
    if (numbers.every((n) => Number.isFinite(n))) {
      const read = (c: string): string =>
        present.every((v) => typeof v === 'number') ? c : `parseNumber(${c})`;
      const helpers = present.every((v) => typeof v === 'number') ? [] : ['parseNumber'];
      const value = (v: unknown): number => (typeof v === 'number' ? v : H.parseNumber(v));
      candidates.push(
        derive(
          e,
          (c) => `${read(c)} > 0`,
          (v) => value(v) > 0,
          1.5,
          helpers,
        ),
      );
      candidates.push(
        derive(
          e,
          (c) => `${read(c)} <= 0`,
          (v) => value(v) <= 0,
          2,
          helpers,
        ),
      );
      // A threshold halfway between the largest false and smallest true example.
      const trues = numbers.filter((_n, i) => outputs[i]);
      const falses = numbers.filter((_n, i) => !outputs[i]);
      if (trues.length > 0 && falses.length > 0) {
        const lowTrue = Math.min(...trues);
        const highFalse = Math.max(...falses);
        if (lowTrue > highFalse) {
          const t =
            Number.isInteger(lowTrue) && Number.isInteger(highFalse) ? lowTrue : (lowTrue + highFalse) / 2;
          candidates.push(
            derive(
              e,
              (c) => `${read(c)} >= ${num(t)}`,
              (v) => value(v) >= t,
              3.5,
              helpers,
            ),
          );
        }
      }
    }
    // Whether a code's check digit is right (ISBN, GS1, Luhn): cheap when the examples show both
    // answers; when all are valid, only just before a constant (a field all examples had true).
    const codes = source.values.map((v) => H.text(v));
    if (codes.every((t) => /\d{6}/.test(t.replace(/[\s-]/g, '')))) {
      const both = outputs.some(Boolean) && outputs.some((o) => !o);
      (['isbn', 'gs1', 'luhn'] as const).forEach((scheme, i) =>
        candidates.push(
          derive(
            e,
            (c) => `checkDigitValid(${c}, ${lit(scheme)})`,
            (v) => H.checkDigitValid(v, scheme),
            (both ? 1.2 : 5.5) + 0.05 * i,
            ['checkDigitValid'],
            (c) =>
              `whether the ${scheme === 'gs1' ? 'GS1' : scheme === 'isbn' ? 'ISBN' : 'Luhn'} check digit of ${c} is right`,
          ),
        ),
      );
    }
    // A word every true example has and no false one has ("email mentions gmail").
    const wordSets = source.values.map(
      (v) =>
        new Set(
          H.text(v)
            .toLowerCase()
            .match(/\p{L}+/gu) ?? [],
        ),
    );
    if (outputs.some(Boolean) && outputs.some((o) => !o)) {
      const first = wordSets[outputs.findIndex(Boolean)] ?? new Set<string>();
      for (const word of [...first].sort()) {
        if (!wordSets.every((set, i) => set.has(word) === outputs[i])) continue;
        candidates.push(
          derive(
            e,
            (c) => `/\\b${word}\\b/i.test(text(${c}))`,
            (v) => new RegExp(`\\b${word}\\b`, 'i').test(H.text(v)),
            3.5,
            ['text'],
          ),
        );
      }
    }
    // A common start or end of the true examples that no false one has ("2xx status", ".pdf file").
    const texts = source.values.map((v) => H.text(v).trim().toLowerCase());
    const trueTexts = texts.filter((_t, i) => outputs[i]);
    const falseTexts = texts.filter((_t, i) => !outputs[i]);
    if (trueTexts.length > 0 && falseTexts.length > 0) {
      const common = (list: string[], fromEnd: boolean): string => {
        const flip = (t: string): string => (fromEnd ? [...t].reverse().join('') : t);
        let shared = flip(list[0] ?? '');
        for (const t of list.slice(1)) {
          const f = flip(t);
          let k = 0;
          while (k < shared.length && shared[k] === f[k]) k++;
          shared = shared.slice(0, k);
        }
        return flip(shared);
      };
      // Affixes without letters are mostly coincidences of numbers and dates ("1500" and "1000" start with "1").
      const meaningful = (affix: string): boolean => /\p{L}/u.test(affix);
      const prefix = common(trueTexts, false);
      if (meaningful(prefix) && !falseTexts.some((t) => t.startsWith(prefix))) {
        candidates.push(
          derive(
            e,
            (c) => `text(${c}).trim().toLowerCase().startsWith(${lit(prefix)})`,
            (v) => H.text(v).trim().toLowerCase().startsWith(prefix),
            3.6,
            ['text'],
          ),
        );
      }
      const suffix = common(trueTexts, true);
      if (meaningful(suffix) && !falseTexts.some((t) => t.endsWith(suffix))) {
        candidates.push(
          derive(
            e,
            (c) => `text(${c}).trim().toLowerCase().endsWith(${lit(suffix)})`,
            (v) => H.text(v).trim().toLowerCase().endsWith(suffix),
            3.7,
            ['text'],
          ),
        );
      }
    }
    // Equality with the one value that marks the true examples ("status is 'active'").
    const trueValues = new Set(
      source.values.filter((_v, i) => outputs[i]).map((v) => H.text(v).trim().toLowerCase()),
    );
    if (trueValues.size === 1) {
      const [wanted = ''] = trueValues;
      candidates.push(
        derive(
          e,
          (c) => `text(${c}).trim().toLowerCase() === ${lit(wanted)}`,
          (v) => H.text(v).trim().toLowerCase() === wanted,
          3,
          ['text'],
        ),
      );
    }
  }
  if (outputs.every((o) => o === outputs[0])) {
    const value = outputs[0] === true;
    candidates.push({
      code: () => String(value),
      run: () => value,
      cost: 6,
      helpers: [],
      describe: () => String(value),
    });
  }
  let best: Expr | null = null;
  for (const candidate of candidates) {
    if (best && candidate.cost >= best.cost) continue;
    if (roots.every((root, i) => candidate.run(root) === outputs[i])) best = candidate;
  }
  return best;
}
