/**
 * Items located by who wrote them, by the item they answer or by when they were written: "Ben's
 * second comment", "the reply under Ana's comment", "the newest comment". Such items (comments,
 * reviews, messages) are cards whose text starts with their author and carries their date; a
 * reply sits inside the card it answers, so its text is part of that card's text. The controls of
 * an item (Like, Reply, Resolve) carry the item's text as their context.
 */
import { findDates } from './goal/values.ts';
import { contentWords, relatedWords, type GoalPart } from './goal/read-goal.ts';
import type { ObservedElement } from './observe.ts';

export interface AuthoredLocator {
  /** The item's author, as the goal names them ("Ben", "Marta Lopez"). */
  author?: string;
  /** 1-based rank among the author's items (or, with `under`, among the parent's author's). */
  rank?: number;
  /** The item is the one right under (answering) an item of this author. */
  under?: string;
  /** The item written last or first, by the dates the items show. */
  when?: 'newest' | 'oldest';
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const NAME = String.raw`(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s`;
const RANK = String.raw`(?:(${ORDINALS.join('|')}|\d+(?:st|nd|rd|th))\s+)?`;
/** "the reply under Ana's comment", "the answer to Omar's first question". */
const UNDER = new RegExp(
  String.raw`\bthe\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?:under|to|below|beneath|answering)\s+${NAME}\s+${RANK}[\p{L}-]+`,
  'iu',
);
/** "Ben's second comment", "Marta Lopez's 1st review". */
const RANKED = new RegExp(String.raw`${NAME}\s+(${ORDINALS.join('|')}|\d+(?:st|nd|rd|th))\s+[\p{L}-]+`, 'iu');
/** "the newest comment", "the most recent review", "the oldest message". */
const WHEN = /\b(newest|latest|most recent|last posted|oldest|earliest|first posted)\s+[\p{L}-]+/iu;

function rankOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const i = ORDINALS.indexOf(word.toLowerCase());
  return i >= 0 ? i + 1 : Number.parseInt(word, 10) || undefined;
}

/** A name found at the start of a clause: its first capitalised word is the clause's verb ("Resolve Ben's"). */
function nameAt(text: string, index: number, name: string): string {
  const words = name.split(/\s+/);
  const clauseStart = /(?:^|[.;:!?,]\s*)$/.test(text.slice(0, index));
  return clauseStart && words.length > 1 ? words.slice(1).join(' ') : name;
}

/** Where the part's authored item is, or null when the text locates none by author rank, parent or date. */
export function authoredLocator(text: string): AuthoredLocator | null {
  const under = UNDER.exec(text);
  if (under) {
    const at = under.index + under[0].indexOf(under[1]!);
    const rank = rankOf(under[2]);
    return { under: nameAt(text, at, under[1]!), ...(rank ? { rank } : {}) };
  }
  const ranked = RANKED.exec(text);
  if (ranked) return { author: nameAt(text, ranked.index, ranked[1]!), rank: rankOf(ranked[2])! };
  const when = WHEN.exec(text);
  if (when) return { when: /^(oldest|earliest|first)/i.test(when[1]!) ? 'oldest' : 'newest' };
  return null;
}

interface Item {
  context: string;
  controls: ObservedElement[];
}

/** Controls grouped by the item (card) they belong to, in page order. */
function itemsOf(elements: readonly ObservedElement[]): Item[] {
  const out: Item[] = [];
  for (const e of elements) {
    if (!e.context || e.disabled || (e.role !== 'button' && e.role !== 'link' && !e.clickable)) continue;
    const item = out.find((i) => i.context === e.context);
    if (item) item.controls.push(e);
    else out.push({ context: e.context, controls: [e] });
  }
  // A section's own controls ("Comment" under the list) come after the cards it holds, and its
  // text starts with theirs: it is no card. (A parent card comes before the replies it holds.)
  return out.filter(
    (item, i) =>
      !out.slice(0, i).some((before) => item.context.includes(before.context.replace(/…$/, '').slice(0, 60))),
  );
}

/**
 * The item's head: its text before its own date, or null when it shows none. A card labelled
 * "Comment by Ana Ruiz" reads "Comment by Ana Ruiz Ana Ruiz · 2 Dec …": the author is named there,
 * and a nested reply's author only further on.
 */
function headOf(context: string): string | null {
  const date = findDates(context, new Date(Date.UTC(2000, 0, 1)))[0];
  // (An authored item shows its date; a form whose text lists people, "Owner: Ana Ruiz, Ben…", is none.)
  return date && date.start <= 60 ? context.slice(0, date.start).toLowerCase() : null;
}

function byAuthor(items: readonly Item[], author: string): Item[] {
  const name = new RegExp(
    `(?:^|[^\\p{L}])${author.toLowerCase().replace(/\s+/g, '\\s+')}(?![\\p{L}'-])`,
    'u',
  );
  return items.filter((i) => name.test(headOf(i.context) ?? ''));
}

/** Whether the parent's text holds the start of the item's (a reply's card sits inside its parent's). */
function holds(parent: Item, item: Item): boolean {
  const text = parent.context.replace(/…$/, '');
  for (let k = Math.min(30, item.context.length); k >= 14; k--)
    if (text.endsWith(item.context.slice(0, k)) || text.includes(item.context.slice(0, 30))) return true;
  return false;
}

function ranked<T>(list: readonly T[], rank: number | undefined): T | null {
  if (rank === undefined) return list.length === 1 ? list[0]! : null;
  return list[rank - 1] ?? null;
}

/** The item the locator means, or null when the page cannot say which. */
function locate(items: readonly Item[], where: AuthoredLocator): Item | null {
  if (where.under) {
    const parent = ranked(byAuthor(items, where.under), where.rank);
    if (!parent) return null;
    const after = items.slice(items.indexOf(parent) + 1);
    // A reply's card sits inside its parent's: the parent's text holds the reply's start.
    return after.find((i) => holds(parent, i)) ?? null;
  }
  if (where.author) return ranked(byAuthor(items, where.author), where.rank);
  if (where.when) {
    // An item's own date is the first its text shows (a nested reply's come after it).
    const dated = items
      .map((i) => ({ i, date: findDates(i.context, new Date(Date.UTC(2000, 0, 1)))[0]?.value }))
      .filter((d): d is { i: Item; date: string } => d.date !== undefined);
    if (dated.length < 2) return null;
    const sorted = [...dated].sort((a, b) => a.date.localeCompare(b.date));
    const pick = where.when === 'newest' ? sorted.at(-1)! : sorted[0]!;
    const tie = sorted.filter((d) => d.date === pick.date).length > 1;
    return tie ? null : pick.i;
  }
  return null;
}

/**
 * The control of the authored item the part locates that its verb names ("Like", "Reply",
 * "Resolve"), else one its other words name ("as helpful" → "Helpful"); null when the part
 * locates no authored item or the page cannot say which.
 */
export function authoredControl(
  part: GoalPart,
  elements: readonly ObservedElement[],
): ObservedElement | null {
  const where = authoredLocator(part.text);
  if (!where) return null;
  const item = locate(itemsOf(elements), where);
  if (!item) return null;
  const verbWords = contentWords(part.verb);
  const named = (words: string[]) =>
    words.length ? item.controls.find((c) => relatedWords(c.name, words).length > 0) : undefined;
  const names = contentWords(`${where.author ?? ''} ${where.under ?? ''}`);
  const others = part.objectWords.filter((w) => !names.some((n) => w.startsWith(n)));
  return named(verbWords) ?? named(others) ?? null;
}
