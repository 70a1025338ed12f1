import { contentWords, relatedWords } from './goal/read-goal.ts';
import { readName, type ObservedElement } from './observe.ts';

/**
 * Row-scoped controls (issue 10, round 12): a list of holds, bookings or subscriptions whose rows
 * each carry their own field ("Pause The Salt Road until", "New date for Casa Lupo"). The fields
 * share a frame of words and differ by the item they are for; a goal that names its item wants
 * that item's field, never the first one that takes the value.
 */

/** The words of a field that tell it apart from its look-alikes: its name's and its row's own words. */
function ownWords(field: ObservedElement, alike: readonly ObservedElement[]): string[] {
  const words = (e: ObservedElement) => contentWords(`${readName(e)} ${e.context ?? ''}`);
  const shared = alike
    .filter((e) => e !== field)
    .map((e) => new Set(words(e)))
    .reduce<Set<string> | null>((acc, s) => (acc ? new Set([...acc].filter((w) => s.has(w))) : s), null);
  const frame = new Set([...(shared ?? [])].filter((w) => words(field).includes(w)));
  return words(field).filter((w) => !frame.has(w));
}

/**
 * Whether `field` belongs to another item than the one the goal names: it has look-alikes (same
 * role and input type, sharing words of their names), one of them is told apart by words the goal
 * uses, and this one is not.
 */
export function forAnotherItem(
  field: ObservedElement,
  fields: readonly ObservedElement[],
  goal: string,
): boolean {
  const name = contentWords(readName(field));
  const alike = fields.filter(
    (e) =>
      e.role === field.role &&
      (e.inputType ?? '') === (field.inputType ?? '') &&
      (e === field || relatedWords(readName(e), name).length > 0),
  );
  if (alike.length < 2) return false;
  // Item names are proper names: matched word for word (a plural aside), never by synonym
  // ("Fruit Crate" is not the "Veg Box" the goal names).
  const stem = (w: string) => w.replace(/(?:es|s)$/, '');
  const goalWords = new Set(contentWords(goal).map(stem));
  const names = (e: ObservedElement) => ownWords(e, alike).some((w) => goalWords.has(stem(w)));
  return !names(field) && alike.some((e) => e !== field && names(e));
}
