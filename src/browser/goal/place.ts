/**
 * Phrases that LOCATE an item rather than give a value to set: "the second card in the In progress
 * column", "the third card under Review", "the Update docs task in the Backlog list", "the card
 * below 'Fix login'", "the row above order 1042". The place is where to find the item: the
 * container a rank counts in, or the neighbour the item sits next to. It is never a value to set
 * (moving a card into "In progress" does not make it the second card there).
 *
 * Read in general form: a preposition of place after the item's noun phrase names a container;
 * below/above after it names a neighbour. The container's own kind ("column", "list", "folder",
 * "thread", "table") is no part of its name, and a place named only by its kind ("the last comment
 * in the thread") names no container to look in.
 */

/** Where a part finds its item. */
export interface ItemPlace {
  /** The container the item is in, by its name as written ("In progress", "Backlog"). */
  within?: string;
  /** The item sits right after (1) or right before (-1) the item named `of`. */
  beside?: { of: string; offset: 1 | -1 };
}

const RANK = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|bottom|\d+(?:st|nd|rd|th))`;
/** Words that name a kind of container, never one container. */
const CONTAINER_KINDS = String.raw`(?:column|list|lane|swimlane|folder|table|thread|section|tab|board|queue|stage|group|category|panel)s?`;
/** Where a place's name ends: what the part does to the item, or how it goes on. */
const STOP = String.raw`(?=\s+(?:to|into|in|onto|as|at|with|saying|for|and|so|is|are|was|from|by|then|instead)\b|\s*[,:;.!?]|$)`;
const QUOTED = String.raw`["“'‘]([^"”'’]+)["”'’]`;
const NAME = String.raw`(?:${QUOTED}(?:\s+${CONTAINER_KINDS})?|((?:(?!\s+(?:to|into|in|onto|as|at|with|saying|for|and|so|is|are|was|from|by|then|instead)\b)[^,:;.!?])+?))${STOP}`;

/** "the second card in the In progress column", "the 3rd task from Review", "the top card of Backlog". */
const RANKED_IN = new RegExp(
  String.raw`\b${RANK}\s+(?:[\p{L}\d-]+\s+){1,2}?(?:in|under|on|of|within|inside|from)\s+(?:the\s+|my\s+|your\s+|our\s+)?${NAME}`,
  'iu',
);
/** "the Update docs task in the Backlog list": a container named with its kind. */
const NAMED_IN = new RegExp(
  String.raw`\b(?:in|within|inside|under|on)\s+(?:the\s+|my\s+|your\s+|our\s+)?(?:${QUOTED}|([\p{L}\d][\p{L}\d' -]*?))\s+${CONTAINER_KINDS}\b`,
  'iu',
);
/** "the card below 'Fix login'", "the row just above order 1042": a neighbour. */
const BESIDE = new RegExp(
  String.raw`\b(?:the|a)\s+(?:[\p{L}\d-]+\s+)?[\p{L}\d-]+\s+(?:right\s+|just\s+|directly\s+|immediately\s+)?(below|beneath|underneath|above)\s+(?:the\s+(?:one\s+(?:called|named)\s+)?)?${NAME}`,
  'iu',
);

/** A place's name without the word of its kind ("the Backlog list" → "Backlog"); '' when only a kind. */
function nameOnly(raw: string): string {
  return raw
    .replace(new RegExp(String.raw`\s*\b${CONTAINER_KINDS}$`, 'i'), '')
    .replace(new RegExp(String.raw`^${CONTAINER_KINDS}$`, 'i'), '')
    .trim();
}

/** The place a part's text finds its item in, or undefined when it names none. */
export function placeOf(text: string): ItemPlace | undefined {
  const ranked = RANKED_IN.exec(text);
  // ("The second page of contacts", "the third step of the form": a place of its own, no item in one.)
  if (ranked && !/^\S+\s+(?:page|step|tab)s?\b/i.test(ranked[0])) {
    const within = ranked[1] ?? nameOnly(ranked[2] ?? '');
    if (within) return { within };
  }
  const beside = BESIDE.exec(text);
  if (beside) {
    const of = beside[2] ?? beside[3]?.trim() ?? '';
    if (of) return { beside: { of, offset: /above/i.test(beside[1]!) ? -1 : 1 } };
  }
  const named = NAMED_IN.exec(text);
  if (named) {
    const within = (named[1] ?? named[2] ?? '').trim();
    // ("in the first column", "on this page": a rank or a pointer, not a name.)
    if (within && !new RegExp(`^(?:${RANK}|the|my|your|our|this|that|same|next|other)$`, 'i').test(within))
      return { within };
  }
  return undefined;
}

/** "top card" → 1, "bottom card" → last: ranks a place phrase gives with words the ordinals lack. */
export function rankWord(text: string): number | undefined {
  const m = new RegExp(
    String.raw`\b(top|bottom)\s+[\p{L}\d-]+\s+(?:in|under|on|of|within|inside|from)\b`,
    'iu',
  ).exec(text);
  if (!m) return undefined;
  return m[1]!.toLowerCase() === 'top' ? 1 : -1;
}

/** Words of a place's name, lower case, for matching a container's label ("In progress (3)"). */
function placeWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !/^\d+$/.test(w));
}

/**
 * Whether a container's label ("In progress (3)", "Backlog · 4 cards") is the place `name`: the
 * same words, counts and a kind word aside ("In progress" is not "Not in progress", "Done" is not
 * "Done this week").
 */
export function labelsPlace(label: string, name: string): boolean {
  const want = placeWords(name);
  if (!want.length) return false;
  const kinds = new RegExp(`^${CONTAINER_KINDS}$`, 'i');
  const have = placeWords(label).filter((w) => !kinds.test(w) && !/^(?:cards?|items?|tasks?|of)$/.test(w));
  return have.length === want.length && have.every((w, i) => w === want[i]);
}
