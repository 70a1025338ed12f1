/**
 * An order the examples' numbers happened to keep (issue 11, programs that fit by accident): where
 * the code reads numbers of a value by place ("the 1st number" → low, "the 2nd" → high) and in every
 * example the number read into one field was the smaller, a program taking the smaller and the
 * larger fits the examples as well. A record whose numbers come in the other order is one they do
 * not settle ("19 / 12" where every example wrote "12 / 19"); the run sends it to review.
 */
import type { Example } from '../service/types.ts';

/** Two places of numbers in a value whose order every example kept, and the fields they fill. */
export interface NumberOrder {
  /** 0-based places among the value's numbers. */
  first: number;
  second: number;
  /** Every example's number at `first` was smaller (`rising`) or larger (`falling`). */
  order: 'rising' | 'falling';
}

/** Fewest examples that must keep an order before it counts: one keeps an order by itself. */
export const ORDER_EVIDENCE = 2;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The numbers of a text, in order, a minus sign kept where it stands alone ("-2 / 5", not "2026-03"). */
export function numbersIn(text: string): number[] {
  return (text.match(/(?<![\p{N}.,])(?:(?<![\p{L}\p{N}])-)?\d+(?:[.,]\d+)?/gu) ?? []).map((n) =>
    Number(n.replace(',', '.')),
  );
}

/** Number leaves of an output (top level and one level down). */
function numberLeaves(output: unknown): number[] {
  if (!isObject(output)) return typeof output === 'number' ? [output] : [];
  return Object.values(output).flatMap((v) =>
    typeof v === 'number' ? [v] : isObject(v) ? Object.values(v).filter((w) => typeof w === 'number') : [],
  ) as number[];
}

/** Whether the code reads a number of `input.<key>` by its place after the first (`nthMatch(…, 1)`). */
export function readsNumbersByPlace(code: string, key: string): boolean {
  const access = `(?:text\\(\\s*|String\\(\\s*)?input(?:\\?\\.|\\.)${escape(key)}\\b`;
  return new RegExp(`\\bnthMatch\\(\\s*${access}[^;\\n]*?,\\s*-?[1-9]\\d*\\s*\\)`).test(code);
}

/**
 * The {@link NumberOrder}s of `key`: pairs of number places whose numbers are both outputs, as
 * numbers, in every labelled example (at least {@link ORDER_EVIDENCE}), in one strict order in all.
 */
export function numberOrders(examples: readonly Example[], key: string): NumberOrder[] {
  const shown = examples.filter((e) => isObject(e.input) && e.output !== null && e.output !== undefined);
  if (shown.length < ORDER_EVIDENCE) return [];
  const rows = shown.map((e) => {
    const value = (e.input as Record<string, unknown>)[key];
    return { numbers: typeof value === 'string' ? numbersIn(value) : [], out: numberLeaves(e.output) };
  });
  const places = Math.min(...rows.map((r) => r.numbers.length));
  const orders: NumberOrder[] = [];
  for (let first = 0; first < places; first++)
    for (let second = first + 1; second < places; second++) {
      const signs = new Set(
        rows.map((r) => {
          const a = r.numbers[first] as number;
          const b = r.numbers[second] as number;
          // Both numbers must be outputs: only then could a smaller/larger program fill the fields.
          if (a === b || !r.out.includes(a) || !r.out.includes(b)) return 0;
          return Math.sign(b - a);
        }),
      );
      if (signs.size !== 1 || signs.has(0)) continue;
      orders.push({ first, second, order: signs.has(1) ? 'rising' : 'falling' });
    }
  return orders;
}

/** Why this value's numbers break an order every example kept (see {@link NumberOrder}), or null. */
export function orderProblem(key: string, orders: readonly NumberOrder[], value: string): string | null {
  const numbers = numbersIn(value);
  for (const o of orders) {
    const a = numbers[o.first];
    const b = numbers[o.second];
    if (a === undefined || b === undefined) continue;
    if (o.order === 'rising' ? b > a : b < a) continue;
    const kept = o.order === 'rising' ? 'smaller' : 'larger';
    return `"${key}" has ${a} before ${b}, where in every example the first of these numbers was the ${kept}: a program taking the smaller and the larger fits them as well`;
  }
  return null;
}
