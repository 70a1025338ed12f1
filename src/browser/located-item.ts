/**
 * The item a part LOCATES by its place (goal/place.ts): "the second card in the In progress
 * column" is counted among the items of that column only, "the Update docs task in the Backlog
 * list" is the one of that name there (not its namesake in Done), "the card below 'Fix login'" is
 * the next item of Fix login's own container. Used by the planner to open the item and by the
 * checker to require that the run acted on that item, read on the page as it was before the action.
 */
import { labelsPlace } from './goal/place.ts';
import { contentWords, relatedWords, type GoalPart } from './goal/read-goal.ts';
import type { ObservedElement, Observation } from './observe.ts';
import type { HistoryEntry } from './planner.ts';

/** What holds an element: its named group or region, else the heading it sits under. */
function containersOf(observation: Observation): Map<ObservedElement, string> {
  const out = new Map<ObservedElement, string>();
  let heading = '';
  for (const e of observation.elements) {
    if (e.role === 'heading') heading = e.name;
    out.set(e, e.group ?? heading);
  }
  return out;
}

/**
 * The openers of a page's items in page order, one per item: the first link, button or clickable
 * element of each row or card (its context) that bears the item's title, each with what holds it.
 * A title opens the item; a row's other controls (Delete, Archive) are never its opener.
 */
function itemOpeners(observation: Observation): { e: ObservedElement; within: string }[] {
  const holders = containersOf(observation);
  const seen = new Set<string>();
  const out: { e: ObservedElement; within: string }[] = [];
  for (const e of observation.elements) {
    if (e.disabled || e.dialog || !e.context || !e.name) continue;
    if (e.role !== 'link' && e.role !== 'button' && !e.clickable) continue;
    // The item's own title (its row's text starts with it), not a control of the row ("Delete").
    if (!e.context.trim().toLowerCase().startsWith(e.name.trim().toLowerCase())) continue;
    const within = holders.get(e) ?? '';
    const key = `${within}\u0000${e.context}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ e, within });
  }
  return out;
}

/**
 * The opener of the item the part locates by its place, or null when the part names no place, or
 * the page shows no such container, rank or neighbour (or cannot tell which item is meant).
 */
export function locatedItem(part: GoalPart, observation: Observation): ObservedElement | null {
  const place = part.place;
  if (!place) return null;
  const openers = itemOpeners(observation);
  if (place.within) {
    const inside = openers.filter((o) => labelsPlace(o.within, place.within!)).map((o) => o.e);
    if (!inside.length) return null;
    if (part.ordinal !== undefined)
      return (part.ordinal === -1 ? inside.at(-1) : inside[part.ordinal - 1]) ?? null;
    // "The Update docs task in the Backlog list": the one of its container its words name.
    const words = part.objectWords.filter((w) => relatedWords(place.within!, [w]).length === 0);
    const scored = inside
      .map((e) => ({ e, s: relatedWords(e.name, words).length }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s);
    if (!scored.length || scored[0]!.s === scored[1]?.s) return null;
    return scored[0]!.e;
  }
  if (place.beside) {
    const { of, offset } = place.beside;
    const named = openers.filter((o) => o.e.name.trim().toLowerCase() === of.trim().toLowerCase());
    // (Two items of that name: no telling whose neighbour is meant.)
    if (named.length !== 1) return null;
    const mine = openers.filter((o) => o.within === named[0]!.within);
    const next = mine[mine.indexOf(named[0]!) + offset];
    return next?.e ?? null;
  }
  return null;
}

/**
 * The opener of the item the part names by its title ("Rename the Q3 budget …" → the "Q3 budget"
 * link of its row): the one item of the page whose title words all stand in the part, in any order
 * ("the March board minutes" names "Board minutes March"), the most such words winning. Null when
 * no title fits, or two fit equally ("the printer ticket" beside "Printer jam" and "Printer toner").
 * Only titles are openers: a row's Delete or Archive never is.
 */
export function namedItem(part: GoalPart, observation: Observation): ObservedElement | null {
  const said = new Set(contentWords(part.text).map((w) => w.toLowerCase()));
  const scored = itemOpeners(observation)
    .map(({ e }) => ({ e, words: contentWords(e.name).map((w) => w.toLowerCase()) }))
    .filter((x) => x.words.length > 0 && x.words.every((w) => said.has(w)))
    .sort((a, b) => b.words.length - a.words.length);
  if (!scored.length || scored[0]!.words.length === scored[1]?.words.length) return null;
  return scored[0]!.e;
}

/** Whether the item's own row or card offers a control besides its title (its actions are there). */
export function rowHasControls(item: ObservedElement, observation: Observation): boolean {
  return observation.elements.some(
    (e) =>
      e !== item &&
      e.context === item.context &&
      (e.role === 'button' || e.role === 'link' || e.role === 'menuitem' || e.role === 'checkbox'),
  );
}

type Target = HistoryEntry['target'];

/** Whether a history target is that item: the same name and, when it has one, the same row or card. */
export function isItem(target: Target, item: ObservedElement): boolean {
  return (
    target !== undefined &&
    target.role === item.role &&
    target.name === item.name &&
    (target.context === undefined || target.context === item.context)
  );
}

/**
 * Whether the run already opened the item (the planner's view, with no page before each step): a
 * click on it, or on its name when no other item of the page bears that name (an item's row text
 * changes once it is changed: "Unassigned" becomes "Ravi Shah").
 */
export function openedBefore(
  history: readonly HistoryEntry[],
  item: ObservedElement,
  observation: Observation,
): boolean {
  const namesake = itemOpeners(observation).filter((o) => o.e.name === item.name).length;
  return history.some(
    (h) =>
      h.ok &&
      h.action.type === 'click' &&
      (isItem(h.target, item) ||
        (namesake === 1 && h.target?.role === item.role && h.target.name === item.name)),
  );
}

/** Whether a history target is an item's title (its row's text started with it then): a click opens the item. */
export function opens(target: Target): boolean {
  return (
    target?.context !== undefined &&
    target.name !== '' &&
    target.context.trim().toLowerCase().startsWith(target.name.trim().toLowerCase())
  );
}

/**
 * Whether the part's item is found already (the planner's view): the run opened it, or opened an
 * item of the page and then acted there. A part locates its item once: "the last card in Backlog"
 * moved to In progress leaves another card last in Backlog, which is not the one meant.
 */
export function locatedAlready(
  history: readonly HistoryEntry[],
  item: ObservedElement,
  observation: Observation,
): boolean {
  if (openedBefore(history, item, observation)) return true;
  // A click on an item's title: it opened an item, which may since have left the place (archived, moved).
  return history.some(
    (h, i) =>
      h.ok &&
      h.action.type === 'click' &&
      opens(h.target) &&
      history
        .slice(i + 1)
        .some((l) => l.ok && l.action.type !== 'done' && !(l.action.type === 'click' && opens(l.target))),
  );
}

/**
 * The click by which the run opened the item the part locates, judged on the page as it was before
 * each action, when no other item was opened after it; null when the pages showed that item but
 * the run never opened it (or opened another after); undefined when no page showed the place at all.
 */
export function openedLocated(
  part: GoalPart,
  history: readonly HistoryEntry[],
  pagesBefore: ReadonlyMap<HistoryEntry, Observation> | undefined,
): { entry: HistoryEntry; item: string } | null | undefined {
  if (!part.place || !pagesBefore) return undefined;
  let shown = false;
  let found: { entry: HistoryEntry; item: string } | null = null;
  for (const entry of history) {
    const before = pagesBefore.get(entry);
    if (!before) continue;
    const item = locatedItem(part, before);
    if (item) shown = true;
    if (!entry.ok || entry.action.type !== 'click') continue;
    if (item && isItem(entry.target, item)) found = { entry, item: item.name };
    else if (found && itemOpeners(before).some((o) => isItem(entry.target, o.e) && o.e.name !== found!.item))
      found = null;
  }
  return found ?? (shown ? null : undefined);
}
