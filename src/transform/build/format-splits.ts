/**
 * Which examples a partial program may leave out as "another input format" (issue 11 §3: a failed
 * build writes what it could do). When no program fits every example, the examples often show two
 * formats of one field ("01:30" and "an hour and a half"; "87%" and "B+"), one of which the engine
 * cannot learn from what it was shown. Leaving such examples out is honest only when a recognizer
 * tells them apart from the kept ones by the shape of the input (token classes: letters of a case,
 * digits, marks), so that records of their shape go to review instead of getting a guessed output.
 * Differing words alone ("Anna" and "Bea") never make another format: every free text has them.
 */
import { learnShapes } from '../run/trust.ts';
import type { Example } from '../service/types.ts';
import { shapePattern } from './schema-revision.ts';

/**
 * Fewest examples a partial program must fit: each is learned from the others and must confirm the
 * program (fit-most.ts), so two would leave one to learn from.
 */
export const MIN_KEPT = 3;
/** Most examples left out at once: a larger split is no longer "a format the examples show once". */
export const MAX_LEFT_OUT = 2;

/** The value at `key` of an input (`$`: the input itself, when it is a text). */
export function valueAt(record: unknown, key: string): unknown {
  if (key === '$') return record;
  return record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined;
}

/** The input fields holding a non-blank text in this input (`$` for a text input). */
function textKeys(input: unknown): string[] {
  if (typeof input === 'string') return input.trim() === '' ? [] : ['$'];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [];
  return Object.entries(input as Record<string, unknown>)
    .filter(([, value]) => typeof value === 'string' && value.trim() !== '')
    .map(([key]) => key);
}

/**
 * A recognizer for one left-out input: per field among `keys`, the pattern of its value's shape,
 * matched by no kept example (each field's pattern alone). Records matching every pattern are "like"
 * it. Null when no field's shape tells it apart from every kept example.
 */
export function shapeGuard(
  input: unknown,
  keys: readonly string[],
  kept: readonly Example[],
): Record<string, string> | null {
  const guard: Record<string, string> = {};
  for (const key of typeof input === 'string' ? ['$'] : keys) {
    const value = valueAt(input, key);
    if (typeof value !== 'string' || value.trim() === '') continue;
    const pattern = shapePattern(learnShapes([value]));
    if (pattern === null) continue;
    const shape = new RegExp(pattern, 'u');
    const keptMatch = kept.some((example) => {
      const other = valueAt(example.input, key);
      return typeof other === 'string' && other.trim() !== '' && shape.test(other);
    });
    if (!keptMatch) guard[key] = pattern;
  }
  return Object.keys(guard).length > 0 ? guard : null;
}

/**
 * Sets of example indexes to leave out, the fewest first and the latest first within a size: at
 * most {@link MAX_LEFT_OUT}, never more than are kept, at least {@link MIN_KEPT} kept, and every
 * left-out example told apart from all kept ones by the shape of one of its text fields. At most
 * `max` sets (each costs a synthesis and a check).
 */
export function formatSplits(examples: readonly Example[], max = 8): number[][] {
  const n = examples.length;
  const order = examples.map((_e, i) => n - 1 - i);
  const candidates: number[][] = order.map((i) => [i]);
  for (let a = 0; a < order.length; a++)
    for (let b = a + 1; b < order.length; b++) candidates.push([order[a] as number, order[b] as number]);
  const splits: number[][] = [];
  for (const left of candidates) {
    if (left.length > MAX_LEFT_OUT) continue;
    const kept = examples.filter((_e, i) => !left.includes(i));
    if (kept.length < MIN_KEPT || kept.length < left.length) continue;
    const told = left.every((i) => {
      const input = (examples[i] as Example).input;
      return shapeGuard(input, textKeys(input), kept) !== null;
    });
    if (told) splits.push(left);
    if (splits.length >= max) break;
  }
  return splits;
}

/**
 * Whether the synthesis stopped for time on some field: then nothing shows that the examples hold a
 * format it cannot learn (only that it did not get to them), so no example may be left out; the
 * build says to give it more time instead.
 */
export function ranOutOfTime(unsolved: readonly { path?: string; reason: string }[]): boolean {
  return unsolved.some((field) => field.reason.startsWith('time ran out'));
}
