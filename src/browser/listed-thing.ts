import { textWords } from './read-back.ts';

/**
 * "Check that Emma is listed there", "make sure the Ocean blue mug shows up in the cart", "verify
 * that order 1019 appears": a goal that asks to see a thing present. The thing is the clause's
 * subject; "listed", "there", "shows up" only say it is present, and no text need repeat them.
 */

/** Determiners and possessives that are no word of the thing itself. */
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'this', 'that', 'its', 'their']);

/**
 * The subject's words before a predicate of presence; null when the part asks no such thing or
 * asks for an absence ("is no longer listed", "is not shown", "has gone"): an item shown is then
 * the opposite of the goal.
 */
export function listedThing(partText: string): string[] | null {
  const m =
    /\b(?:that|sure|whether|if)\s+(.+?)\s+(?:(?:is|are)\s+(?:still\s+|now\s+)?(?:listed|shown|displayed|there|present|included|visible|(?:on|in)\s+(?:the|my|your|our)\b)|(?:now\s+|still\s+)?(?:appears?|shows?\s+up|is\s+showing))(.*)$/i.exec(
      partText,
    );
  if (!m) return null;
  if (/\b(?:not|no|never|n't|nothing|none|gone|removed|missing|longer)\b/i.test(`${m[1]} ${m[2]}`))
    return null;
  const words = textWords(m[1]!).filter((w) => !DETERMINERS.has(w));
  return words.length ? words : null;
}

/** Whether an item's text holds every word of the thing, as whole words. */
export function itemHolds(itemText: string, thing: readonly string[]): boolean {
  const words = textWords(itemText);
  return thing.every((w) => words.includes(w));
}
