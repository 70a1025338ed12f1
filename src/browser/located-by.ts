/**
 * "Assign the second card in the In progress column to Priya": "In progress" says where the card
 * is, not what to set. A run that set a field to that value ("Column" → "In progress") moved some
 * other card to where the goal finds its card, and then the card it changed answers for "the
 * second card in In progress". Such a run proves nothing about the card the goal means.
 */
import type { HistoryEntry } from './planner.ts';

/** An item the goal picks by its place: "the second card in", "the 3rd task from", "the last row of". */
const PLACED_ITEM =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|bottom|\d+(?:st|nd|rd|th))\s+[\w-]+\s+(?:in|from|under|on|of|within|inside)\s+(?:the\s+)?/gi;

/** The values the goal names as the place where it finds an item by its rank. */
function placesOfRankedItems(goal: string): string[] {
  const places: string[] = [];
  for (const m of goal.matchAll(PLACED_ITEM)) {
    const rest = goal.slice(m.index + m[0].length);
    const quoted = /^["“'‘]([^"”'’]+)["”'’]/.exec(rest);
    places.push(quoted ? quoted[1]! : rest);
  }
  return places;
}

/**
 * The first step of the run that set a field to the place where the goal finds its item, as a
 * problem to report; null when no step did.
 */
export function movedIntoItsPlace(goal: string, history: readonly HistoryEntry[]): string | null {
  const places = placesOfRankedItems(goal);
  if (!places.length) return null;
  for (const h of history) {
    if (!h.ok || (h.action.type !== 'select' && h.action.type !== 'fill')) continue;
    const value = (h.action.value ?? '').trim();
    if (!value) continue;
    // The whole place's name: what follows is its noun ("column"), a stop or the end, never more of
    // a name ("Sales" is not the place "Sales 2025", nor "Sales Team").
    const isPlace = (place: string) =>
      place.toLowerCase().startsWith(value.toLowerCase()) &&
      /^(?:$|\s*[,.;:!?"”’)]|\s+[a-z])/.test(place.slice(value.length));
    if (places.some(isPlace))
      return `The run set ${h.target ? `the ${h.target.role} "${h.target.name}"` : 'a field'} to "${value}", where the goal says its item is found: it moved an item there rather than finding the one meant.`;
  }
  return null;
}
