import { placeOf, rankWord, type ItemPlace } from './place.ts';
import nlp from 'compromise';
import { quotedStrings } from '../text-match.ts';
import { credentialsInGoal } from './credentials.ts';
import { orderInModal } from './modal.ts';
import { instructionAfterAboutUser, instructionAfterStatement } from './statement.ts';
import { findValues } from './values.ts';
import { baseForms, derivedWords, isA, related, synonymous } from './wordnet.ts';

/**
 * Reads a goal written in plain English into ordered parts ("sign in, search for X and open Y" →
 * three parts), each with its verb, what it acts on, the values it names, a role word ("the
 * Completed link"), an ordinal ("the second todo") and the texts it expects to see. `compromise`
 * tags the words; WordNet decides which of a few anchor verbs a goal's verb means, so "tick off",
 * "finish" or "erase" are understood without word lists.
 */

export type Intent =
  | 'observe'
  | 'add'
  | 'remove'
  | 'check'
  | 'uncheck'
  | 'select'
  | 'fill'
  | 'search'
  | 'login'
  | 'logout'
  | 'edit'
  | 'open'
  | 'hover'
  | 'close'
  | 'press'
  | 'upload'
  | 'submit'
  | 'click';

export interface GoalPart {
  /** The part's own words, as written. */
  text: string;
  /** Dictionary form of its verb ("tick off", "complete"), or '' when none. */
  verb: string;
  intent: Intent;
  /** The part itself asks for a destructive or bulk action (delete, clear, reset, "all"…). */
  destructive: boolean;
  /** Content words of what it acts on (no values, role word or ordinal). */
  objectWords: string[];
  /** Quoted values, and an unquoted name/value when the part clearly gives one. */
  values: string[];
  /** ARIA role the part names ("the Completed link" → link). */
  role?: string;
  /** 1-based position the part names ("the second todo"); -1 for "last". */
  ordinal?: number;
  /** Where the part finds its item ("the second card in Backlog", "the row below Order 7"): place.ts. */
  place?: ItemPlace;
  /** Texts the part expects to see ("…and see 'items left'"). */
  expect: string[];
  /** A key the part names ("press Enter"), or the key it says to act with ("close it with Escape"). */
  key?: string;
  /** The intent came from a WordNet kin of an anchor verb, not the anchor itself ("tag" ~ "attach"). */
  byKin?: boolean;
  /** Symbols the part names for an icon control ("the × button"). */
  glyphs: string[];
  /** Words the part says not to act on ("without deleting anything"). */
  negated: string[];
  /** A change of letter case the part asks for ("…in upper case", "change the title to upper case"). */
  textCase?: TextCase;
}

export type TextCase = 'upper' | 'lower';

/** "in upper case", "to lower case", "in all caps", "in capitals": the case a text is to be written in. */
const CASE_PHRASE =
  /\s*\b(?:(?:in|to|into)\s+)?(?:(upper|lower)[\s-]?case|(?:all\s+)?(caps|capitals|capital letters)|(uppercase|lowercase))\b\s*/i;

/** The letter case a text asks for, or undefined. */
export function caseAsked(text: string): TextCase | undefined {
  const m = CASE_PHRASE.exec(text);
  if (!m) return undefined;
  const word = (m[1] ?? m[3] ?? m[2] ?? '').toLowerCase();
  return word.startsWith('lower') ? 'lower' : 'upper';
}

/**
 * A value written in the case the goal asks for: "Call the plumber in upper case" → "CALL THE
 * PLUMBER". The phrase naming the case is no part of the value.
 */
export function inCase(value: string, textCase: TextCase | undefined): string {
  if (!textCase) return value;
  const bare = value.replace(new RegExp(`${CASE_PHRASE.source}$`, 'i'), '').trim() || value;
  return textCase === 'upper' ? bare.toUpperCase() : bare.toLowerCase();
}

/** One anchor verb per intent; a goal verb means that intent when WordNet relates them. */
const ANCHORS: [Intent, string[]][] = [
  ['logout', ['log out', 'sign out', 'log off', 'sign off', 'logout']],
  ['login', ['log in', 'sign in', 'login', 'log on', 'sign on', 'logon', 'authenticate']],
  ['observe', ['see', 'verify', 'ensure', 'expect']],
  ['remove', ['delete', 'remove']],
  ['uncheck', ['uncheck', 'untick', 'turn off', 'switch off', 'disable']],
  ['check', ['check', 'tick', 'complete', 'turn on', 'switch on', 'enable']],
  ['add', ['add', 'create']],
  ['search', ['search', 'find']],
  ['select', ['select', 'choose', 'pick']],
  ['fill', ['fill', 'type', 'enter', 'write']],
  ['edit', ['edit', 'rename', 'change']],
  ['hover', ['hover']],
  ['close', ['close', 'dismiss']],
  ['press', ['press']],
  ['upload', ['upload', 'attach']],
  ['open', ['open', 'go', 'visit', 'navigate', 'view', 'show']],
  ['submit', ['sign up', 'submit', 'send', 'save', 'confirm', 'register', 'subscribe', 'book', 'order']],
  ['click', ['click', 'tap']],
];

/** Verbs (and the word "all") whose actions destroy data or act in bulk. */
export const DESTRUCTIVE_ANCHORS = [
  'delete',
  'remove',
  'clear',
  'reset',
  'cancel',
  'unsubscribe',
  'discard',
  'empty',
  'log out',
  'sign out',
  'logout',
];

/** Role words a person uses, mapped to ARIA roles. */
const ROLE_WORDS: Record<string, string> = {
  link: 'link',
  button: 'button',
  checkbox: 'checkbox',
  'check box': 'checkbox',
  tickbox: 'checkbox',
  tab: 'tab',
  textbox: 'textbox',
  'text box': 'textbox',
  textarea: 'textbox',
  field: 'textbox',
  input: 'textbox',
  dropdown: 'combobox',
  'drop-down': 'combobox',
  'select box': 'combobox',
  menu: 'menu',
  'menu item': 'menuitem',
  radio: 'radio',
  'radio button': 'radio',
  option: 'option',
  row: 'row',
  heading: 'heading',
  switch: 'switch',
};

const KEY_NAMES =
  'enter|return|tab|escape|esc|space|backspace|delete|arrow ?(?:up|down|left|right)|(?:up|down|left|right) arrow|home|end|page ?(?:up|down)';
const KEYS = new RegExp(`\\b(${KEY_NAMES})\\b`, 'i');
/**
 * "with Escape", "by pressing Esc", "using the Enter key": the key is the way to act, not a thing
 * to find ("…with the Delete button" names a button).
 */
const KEY_WAY = new RegExp(
  `\\s*,?\\s*\\b(?:(?:with|by|using|via)\\s+(?:(?:pressing|hitting|tapping)\\s+)?|(?:pressing|hitting)\\s+)(?:the\\s+)?(${KEY_NAMES})(?:\\s+key)?\\b(?!\\s+(?:button|link|icon|option|menu|tab)\\b)`,
  'i',
);
/**
 * Verbs that say little on their own: with "a <noun>" they mean making one ("take a note", "leave
 * a comment", "jot down a reminder").
 */
const LIGHT_VERB = /^(take|make|leave|write|jot|jot down|note down|put down|drop|post)$/;
/** What people call a dialog. */
const DIALOG_WORDS = /^(dialog|dialogue|popup|pop-up|modal|window|overlay|lightbox|popover)s?$/;
/** Words that introduce the text of what is made ("a note saying …", "a comment: …"). */
const TEXT_LEAD = /^(?:saying|that says|which says|reading|that reads|with the text|to say|:)\s*/i;
const OBSERVE_LEAD =
  /^(and\s+)?(then\s+)?(make sure|check that|check whether|check if|verify|ensure|expect|confirm that|see|should see|it shows|the page shows)\b/i;
/** Placeholders for quoted text while splitting and for values while reading words. */
const QUOTE_MASK = '\u0001';
const VALUE_MASK = '\u0002';
const STOP = new Set(
  'a an the to of for in on at by with and or my me i your you our we it its this that is are be as from into then please some any up out via there their them his her him he she'.split(
    ' ',
  ),
);

/** Words written with a full stop that ends no sentence (titles, "e.g."), at the end of a text. */
const ABBREVIATION =
  /(?:^|[\s(])(?:dr|mr|mrs|ms|mx|prof|st|sr|jr|mt|no|nr|vs|etc|e\.g|i\.e|approx|dept|inc|ltd|co)$/i;

/** Splits the goal into parts: at ";", ". ", ", then", " then ", ", and", "," and " and <verb>". */
export function splitParts(goal: string): string[] {
  const quotes = quotedStrings(goal);
  // Protect quoted text from splitting.
  let masked = goal;
  for (const q of [...quotes].reverse())
    masked = masked.slice(0, q.index) + '\u0001'.repeat(q.end - q.index) + masked.slice(q.end);
  const cuts: [number, number][] = [];
  for (const m of masked.matchAll(/\s*(?:;|\.\s+|,?\s*then\s+)/gi)) {
    // "Dr. Silva", "Mr. Reed", "St. Louis", "e.g. this": a title's or an abbreviation's full stop ends no sentence.
    if (m[0].trim() === '.' && ABBREVIATION.test(masked.slice(0, m.index))) continue;
    cuts.push([m.index, m.index + m[0].length]);
  }
  // What a message says ("…saying OK, see you Monday", "…with: yes, and bring the slides") runs to
  // the end of its sentence: no comma or "and" inside it starts a part.
  const said: [number, number][] = [];
  for (const m of masked.matchAll(
    /\b(?:saying|that says|which says|that reads|with the text|with\s*:)\s+/gi,
  )) {
    const from = m.index + m[0].length;
    const end = cuts.map(([at]) => at).find((at) => at >= from) ?? masked.length;
    said.push([from, end]);
  }
  const inSaid = (at: number) => said.some(([from, end]) => at >= from && at < end);
  // A comma or "and" starts a new part only before a verb: "name, email and password" is one list.
  for (const m of masked.matchAll(
    /(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:([a-z]+ly)\s+)?([\w-]+)/dgi,
  )) {
    // "…and permanently delete it": the verb after a manner adverb; the adverb goes with its part.
    // Any other -ly word ("apply", "reply") is itself the word that may start the part.
    const [adverbSpan, nextSpan] = [m.indices![1], m.indices![2]!];
    const adverb = adverbSpan !== undefined && mannerAdverb(m[1]!);
    const [wordAt, wordEnd] = adverbSpan && !adverb ? adverbSpan : nextSpan;
    const word = masked.slice(wordAt, wordEnd).toLowerCase();
    const before = masked.slice(0, m.index).trim().split(/\s+/);
    const previous = before.at(-1) ?? '';
    // ("change your mind and keep it": the reader's own noun is no thing the pronoun can mean.)
    const readers = /^your$/i.test(before.at(-2) ?? '');
    const partAt = adverb ? adverbSpan[0] : wordAt;
    if (inSaid(m.index)) continue;
    if (isVerbStart(word, masked.slice(wordAt), previous, readers)) cuts.push([m.index, partAt]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue;
    parts.push(goal.slice(at, start));
    at = end;
  }
  parts.push(goal.slice(at));
  return parts.map((p) => p.trim().replace(/[.!]+$/, '')).filter((p) => /\w/.test(p));
}

/**
 * A word saying how an action is done ("permanently", "quickly"): an adverb in WordNet and no verb
 * ("reply", "apply" are verbs), other than "only", which narrows what the goal asks for.
 */
function mannerAdverb(word: string): boolean {
  const w = word.toLowerCase();
  return w !== 'only' && /ly$/.test(w) && isA(w, 'adv') && !isA(w, 'verb');
}

/** Whether `word`, starting `rest`, begins a new instruction (a verb in context, not "phone number"). */
function isVerbStart(word: string, rest: string, previous: string, readers = false): boolean {
  if (STOP.has(word)) return false;
  if (ANCHORS.some(([, anchors]) => anchors.some((a) => a.split(' ')[0] === word))) return true;
  if (!isA(word, 'verb')) return false;
  // "name, email and password", "last name and phone number": a short list of nouns, not a verb.
  const chunk = rest
    .split(/\s*(?:,|\band\b|\bthen\b)\s*/)[0]!
    .trim()
    .split(/\s+/);
  const afterNoun =
    !/^(it|them|this|that|one)$/i.test(previous) && isA(previous.replace(/[^A-Za-z-]/g, ''), 'noun');
  if (
    afterNoun &&
    chunk.length <= 2 &&
    isA(chunk[0]!.replace(/[^A-Za-z-]/g, ''), 'noun') &&
    // ("…and cancel it": a word with a pronoun after it is a verb acting on what came before.)
    !chunk.some(
      (w) =>
        /^(the|a|an|my|to|for|on|in|with)$/i.test(w) ||
        (!readers && /^(it|them|him|her|this|that)$/i.test(w)) ||
        w.includes(QUOTE_MASK),
    )
  )
    return false;
  const first = nlp(`I ${rest}`).terms().json()[1] as { terms?: { tags?: string[] }[] } | undefined;
  return Boolean(first?.terms?.[0]?.tags?.includes('Verb'));
}

function intentOf(verb: string, rest: string): Intent {
  return readIntent(verb, rest).intent;
}

/** The intent a verb means, and whether only a WordNet kin of an anchor said so. */
function readIntent(verb: string, rest: string): { intent: Intent; byKin: boolean } {
  const habit = habitIntent(verb, rest);
  if (habit) return { intent: habit, byKin: true };
  const intent = literalIntent(verb, rest);
  if (intent) return { intent, byKin: false };
  for (const [kinIntent, anchors] of ANCHORS) {
    if (kinIntent === 'observe') continue;
    // Going somewhere ("view", "show") has kin of every kind in WordNet ("like" is a way to view
    // something): for it, only a synonym counts.
    const kin = kinIntent === 'open' ? synonymous : related;
    if (anchors.some((a) => !a.includes(' ') && kin(verb, a))) return { intent: kinIntent, byKin: true };
  }
  return { intent: 'click', byKin: false };
}

/**
 * A habit stopped or started ("stop emailing me…", "quit sending…", "start sending me…"): a
 * setting turned off or on. Only with a gerund after the verb: "stop the timer" is a button.
 */
function habitIntent(verb: string, rest: string): Intent | null {
  const head = verb.split(' ')[0]!.toLowerCase();
  const next = nlp(rest).terms().json()[0] as { terms?: { tags?: string[] }[] } | undefined;
  if (!next?.terms?.[0]?.tags?.includes('Gerund')) return null;
  if (['stop', 'discontinue'].some((a) => head === a || related(head, a))) return 'uncheck';
  if (['start', 'begin'].some((a) => head === a || related(head, a))) return 'check';
  return null;
}

/**
 * The verb a process noun at the head of an object is made from, when that verb sends a form
 * ("the registration for Alan" → register, "the booking" → book, "my subscription" → subscribe);
 * WordNet's derivation links say which noun comes from which verb. Null for a plain item ("the
 * second todo", "Buy milk").
 */
function processVerb(rest: string): string | null {
  const head = /^(?:the|my|our|your|this|that|a|an)\s+([a-z]+)\b/i.exec(rest.trim())?.[1]?.toLowerCase();
  if (!head || !isA(head, 'noun')) return null;
  for (const made of derivedWords(head)) {
    if (made.includes(' ') || !isA(made, 'verb')) continue;
    if (readIntent(made, '').intent === 'submit') return made;
  }
  return null;
}

/** Text, then "to/on/for/under <noun> <number>": the item a made thing goes on, named by its number. */
const ON_NUMBERED_ITEM = /^(.+?)\s+(?:to|on|onto|for|under)\s+(?:the\s+)?[a-z]+\s+#?\d+[.!]?\s*$/;

/** A made thing's text without the numbered item it goes on ("… on order 1005"). */
function cutNumberedItem(text: string): string {
  return ON_NUMBERED_ITEM.exec(text)?.[1]?.trim() ?? text;
}

/** The intent an anchor verb names itself (or heads, "fill in"), or null. */
function literalIntent(verb: string, rest: string): Intent | null {
  const phrase = `${verb} ${rest}`.toLowerCase();
  // The anchor itself first ("click" is not "check"), then words WordNet relates to an anchor.
  for (const [intent, anchors] of ANCHORS)
    if (anchors.some((a) => (a.includes(' ') ? phrase.startsWith(a) : a === verb))) return intent;
  // A phrasal verb whose head is an anchor ("fill in", "fill out", "type in") is that anchor.
  const head = verb.split(' ')[0]!;
  if (head !== verb) for (const [intent, anchors] of ANCHORS) if (anchors.includes(head)) return intent;
  return null;
}

/** Anchors of the verbs that change where a thing is or who holds it (WordNet kin: put, give, hand, shift…). */
const RELOCATING = ['move', 'transfer'];
/** Where a destination ends: a clause about why or instead ("…to Events so everyone sees it"). */
const DESTINATION_END = /\s*(?:,|\b(?:so|because|since|instead|and|then)\b).*$/i;

/**
 * The destination of a relocating verb ("…to Events", "…over to Ravi Shah", "…into 'Sprint 15'",
 * "…to me"), after the last "to/into/onto/under" with the thing moved before it; "me" for the
 * reader. Only a name (capitalised or quoted; no amount, date or time) or the reader: "assign Bo Chen to the
 * fence job" names the job after "to", not where Bo Chen goes. Null for any other verb or shape.
 */
function destinationOf(verb: string, rest: string, lastQuoted?: string): string | null {
  const head = verb.split(' ')[0]!.toLowerCase();
  if (!RELOCATING.some((anchor) => related(head, anchor))) return null;
  const m = /^(.*\S)\s+(?:over\s+)?(?:to|into|onto|under)\s+(.+)$/i.exec(rest);
  if (!m || !(/[\p{L}\p{N}]/u.test(m[1]!) || m[1]!.includes(VALUE_MASK))) return null;
  const item = m[1]!.trim();
  // What moves already exists: "ship a 2 kg parcel to …", "start a new shipment to …" make one.
  if (/^(?:(?:a|an|another|some|new)\b|\d)/i.test(item)) return null;
  // "use its Edit link to change the cover to …": the "to" of a purpose clause starts another action.
  if (/\bto\s+([a-z]+)\b/.test(item) && isA(/\bto\s+([a-z]+)\b/.exec(item)![1]!, 'verb')) return null;
  const place = m[2]!
    .replace(DESTINATION_END, '')
    .replace(/[.!?]+$/, '')
    .trim()
    // ("…to the Billing queue": the article is no part of the name.)
    .replace(/^the\s+(?=\p{Lu})/u, '');
  if (/^(?:me|myself)$/i.test(place)) return 'me';
  // An amount, a date or a time is a new value, not a place or a person ("raise it to 3").
  if (findValues(place).some((v) => v.start === 0 && ['number', 'date', 'time'].includes(v.kind)))
    return null;
  // (A quoted destination was masked in `rest`: it is the last quoted text.)
  if (place === VALUE_MASK && lastQuoted !== undefined) return lastQuoted;
  return /^[\p{Lu}\p{N}]/u.test(place) ? place : null;
}

/** Whether a text (a goal part or a control's name) asks for a destructive or bulk action. */
export function isDestructive(text: string): boolean {
  const lower = text.toLowerCase();
  if (/\ball\b/.test(lower)) return true;
  const words = lower.split(/[^a-z]+/).filter(Boolean);
  return DESTRUCTIVE_ANCHORS.some((anchor) =>
    anchor.includes(' ')
      ? lower.includes(anchor)
      : words.some(
          (w) =>
            baseForms(w).includes(anchor) || (w.length > 3 && isA(w, 'verb') && synonymous(w, anchor, 1)),
        ),
  );
}

/**
 * Whether an ordinal found in `text` is part of a noun of its own rather than a position in a list:
 * "travel first class", "a second class ticket", "my first name" (WordNet knows "first class",
 * "first name" as nouns). Only when no "the" picks it out of a list: "the first class in the
 * timetable", "the first step" stay positions, and so does an ordinal before a noun no dictionary
 * joins it to ("my first booking").
 */
function namesAKind(text: string, found: RegExpExecArray): boolean {
  const noun = /^\s+([a-z]+)/i.exec(text.slice(found.index + found[0].length))?.[1];
  if (!noun || !isA(`${found[0].toLowerCase()}_${noun.toLowerCase()}`, 'noun')) return false;
  // The noun phrase compromise reads around the ordinal: one opened by "the" picks from a list.
  const phrase = nlp(text)
    .nouns()
    .out('array')
    .find((p: string) => new RegExp(`\\b${found[0]}\\s+${noun}\\b`, 'i').test(p));
  return !/^(?:the|this|that|these|those)\b/i.test((phrase ?? `${found[0]} ${noun}`).trim());
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  last: -1,
};

/** Reads one part. */
export function readPart(fullText: string): GoalPart {
  // "…without deleting anything", "but don't save": those words ask for nothing.
  const negation = /\s*,?\s*\b(without|but not|but don't|but do not|and not|never|do not|don't)\b(.*)$/i.exec(
    fullText,
  );
  const said = negation ? fullText.slice(0, negation.index) : fullText;
  // (The key's words stay among the part's words: the checker finds the step that served the part by them.)
  const way = KEY_WAY.exec(said);
  const text = said;
  const negated = negation
    ? negation[2]!
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length > 2)
    : [];
  const glyphs = [...text.matchAll(/[\p{S}]/gu)].map((m) => m[0]).filter((g) => !/[<>=+$^`|~]/.test(g));
  const quotes = quotedStrings(text);
  const values = quotes.map((q) => q.value);
  let bare = quotes.reduceRight((t, q) => `${t.slice(0, q.index)} \u0002 ${t.slice(q.end)}`, text).trim();
  const expect: string[] = [];
  // "Try to continue …": the attempt is the action.
  bare = bare.replace(/^(?:try|attempt|trying|attempting)\s+to\s+/i, '');
  // "Permanently delete …", "quickly add …": a manner adverb before the verb says how, not what.
  const adverb = /^([a-z]+ly)\s+(?=\S)/i.exec(bare);
  if (adverb && mannerAdverb(adverb[1]!)) bare = bare.slice(adverb[0].length);
  const lead = OBSERVE_LEAD.exec(bare);
  const words = bare.split(/\s+/);
  // Imperative goals start with their verb, which taggers often miss ("Complete Buy milk").
  let verb = '';
  let restStart = 0;
  const two = words
    .slice(0, 2)
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z -]/g, '');
  const three = words
    .slice(0, 3)
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z -]/g, '');
  if (lead) {
    verb = 'see';
    restStart = lead[0].split(/\s+/).length;
  } else if (/^double[- ]?click/i.test(bare)) {
    verb = 'double-click';
    restStart = /^double[- ]click/i.test(bare) && words[0]!.toLowerCase() === 'double' ? 2 : 1;
  } else if (/^right[- ]?click/i.test(bare)) {
    verb = 'right-click';
    restStart = words[0]!.toLowerCase() === 'right' ? 2 : 1;
  } else if (/^\w+ (?!(?:a|an|the) )\w+ \w/.test(three) && isA(three, 'verb')) {
    // "get rid of", "do away with"
    verb = three;
    restStart = 3;
  } else if (/\w \w/.test(two) && isA(two, 'verb')) {
    verb = two;
    restStart = 2;
  } else if (words[0] && isA(words[0].toLowerCase(), 'verb')) {
    verb = nlp(words[0]).verbs().toInfinitive().text().toLowerCase() || words[0].toLowerCase();
    restStart = 1;
  }
  const rest = words.slice(restStart).join(' ');
  const read: { intent: Intent; byKin: boolean } = verb
    ? readIntent(verb, rest)
    : { intent: values.length ? 'fill' : 'click', byKin: false };
  let intent: Intent = read.intent;
  let byKin = read.byKin;
  // "Take a note Buy stamps", "leave a comment: Looks good": making the noun, with that text.
  const light = LIGHT_VERB.test(verb)
    ? /^(?:down\s+)?(?:a|an|another)\s+(?:new\s+)?([a-z]+)\b:?\s*(.*)$/i.exec(rest)
    : null;
  let madeText: string | undefined;
  if (light && isA(light[1]!.toLowerCase(), 'noun') && !OBSERVE_LEAD.test(bare)) {
    intent = 'add';
    byKin = false;
    const said = light[2]!
      // ("…a note on the blood test appointment that says …": the item it goes on, then the text.)
      .replace(
        /^(?:to|on|for|under|in|about)\s+(?:the|my|this|that|a|an)\s+[^,;]*?\s+(?=(?:saying|that says|which says|reading|that reads|with the text|to say)\b)/i,
        '',
      )
      .replace(TEXT_LEAD, '')
      .replace(/[.!]+$/, '')
      .trim();
    if (said && !said.includes(VALUE_MASK)) madeText = said;
  }
  // "Add a note saying results are ready", "post a reply that says Thanks": the text after the lead.
  const saying =
    !madeText && intent === 'add' && !values.length
      ? // ("…a comment to the printer request saying …": the item it goes on may come first.)
        /^(?:a|an|another|the|my)\s+(?:new\s+)?[a-z]+(?:\s+(?:to|on|for|under|in|about)\s+(?:the|my|this|that|a|an)\s+[^,;]*?)?\s+((?:saying|that says|which says|reading|that reads|with the text|to say)\b.*)$/i.exec(
          rest,
        )
      : null;
  if (saying) {
    const said = saying[1]!
      .replace(TEXT_LEAD, '')
      .replace(/[.!]+$/, '')
      .trim();
    if (said && !said.includes(VALUE_MASK)) madeText = said;
  }
  if (verb === 'see' || lead) intent = 'observe';
  // "Complete the registration", "finish the booking": finishing a process named by a noun made
  // from a verb is doing that verb (register, book), not ticking an item off.
  const process = intent === 'check' ? processVerb(rest) : null;
  if (process) {
    intent = 'submit';
    byKin = true;
  }
  if (verb === 'double-click') intent = 'edit';
  // "Mark Buy milk as complete", "set it as done": the state named after "as" is the action.
  const state = /\bas\s+(?:an?\s+|the\s+)?(\w+)\s*$/i.exec(rest)?.[1];
  if (state && intent !== 'observe' && intentOf(state, '') === 'check') intent = 'check';
  // "Mark order 1007 as shipped", "mark Priya Nair as a customer": another state is set by pressing
  // what names it ("Mark as shipped"), not by typing the word anywhere.
  else if (state && (intent === 'edit' || intent === 'click') && !values.length && !quotes.length)
    intent = 'click';
  const markedState = intent === 'click' && state !== undefined;
  if (intent === 'observe') expect.push(...values);
  // "check that", "check whether": an observation, not a tick.
  if (intent === 'check' && /^(that|whether|if)\b/i.test(rest)) intent = 'observe';

  let role: string | undefined;
  const lowerRest = ` ${rest.toLowerCase()} `;
  for (const [word, aria] of Object.entries(ROLE_WORDS).sort((a, b) => b[0].length - a[0].length)) {
    if (new RegExp(`\\s${word}s?[\\s,.]`).test(lowerRest)) {
      role = aria;
      bare = bare.replace(new RegExp(`\\b${word}s?\\b`, 'i'), ' ');
      break;
    }
  }
  let ordinal: number | undefined;
  // ("highest first", "newest last" order a list; they name no item.)
  const found =
    /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|(\d+)(st|nd|rd|th))\b/i.exec(
      rest.replace(/\b\w+est\s+(first|last)\b/gi, ' '),
    );
  const ord = found && !namesAKind(rest, found) ? found : null;
  if (ord) ordinal = ord[2] ? Number(ord[2]) : ORDINALS[ord[1]!.toLowerCase()];
  ordinal ??= rankWord(rest);
  // "Hit Escape", "push the Enter key": a key pressed, not a control clicked ("Click Delete" is a button).
  const struck = new RegExp(`^(?:the\\s+)?(${KEY_NAMES})(\\s+key)?\\b`, 'i').exec(rest);
  if (struck && (struck[2] || /^(press|hit|strike|push)$/.test(verb))) intent = 'press';
  const key = (intent === 'press' ? KEYS.exec(rest)?.[0] : undefined) ?? way?.[1];

  // "Put 3 linen shirts in my bag": a count before a noun is how many, not an item's number.
  const count = /^(\d+)\s+([a-z]+)/i.exec(rest);
  const quantity =
    count && !STOP.has(count[2]!.toLowerCase()) && isA(count[2]!, 'noun') ? count[1] : undefined;
  const objectWords = bare
    .split(/\s+/)
    .slice(restStart + (quantity ? 1 : 0))
    .join(' ')
    .split(VALUE_MASK)
    .join(' ')
    .replace(ord?.[0] ?? '\u0000', ' ')
    .split(/[^A-Za-z0-9@.'-]+/)
    .map((w) => w.toLowerCase().replace(/^[-'.]+|[-'.]+$/g, ''))
    .filter((w) => w && !STOP.has(w) && !/^(as|so|it)$/.test(w));

  // An unquoted value the part gives: "as ada", "for printer", "to Buy oat milk", a date/time/number.
  if (!values.length && intent !== 'observe') {
    const after =
      /\b(?:as|for|to|with|named|called|titled)\s+(?!(?:the|a|an|my|your|our|his|her|their|this|that)\b)(.+)$/i.exec(
        // "to Ada King in the profile dialog": the value ends where a place phrase begins.
        rest.replace(
          /\s+(?:in|on|at|from|into|inside|under|within|of)\s+(?:the|a|an|my|your|this|that)\b.*$/i,
          '',
        ),
      );
    // "Add Buy bread to the shopping list", "Add The Hobbit to my wishlist": a capitalised name
    // before "to the <place>" is the thing added.
    const named = /^([A-Z][^,;]*?)\s+(?:to|into|onto)\s+(?:the|my|your|our|a|an)\s+\w+/.exec(rest);
    // "Save the note Call me when you arrive": a noun, then capitalised text, is that text.
    const titled = /^(?:an?|the|my|new)\s+(?:new\s+)?([a-z]+)\s+([A-Z].*)$/.exec(rest);
    // "as ada with the wrong password": the value ends where a phrase about something else begins.
    if (after)
      after[1] = after[1]!
        .replace(
          /\s+(?:with|without|using|but|and)\s+(?:the|a|an|my|his|her|their|no|wrong|bad|invalid|an?)\b.*$/i,
          '',
        )
        // "as Alan Turing, alan@example.org, 23/06/1972" or "for Ada Lovelace (ada@…)": a list of
        // values, of which the first is this one.
        .replace(/\s*(?:,\s|\s\().*$/, '');
    // "the printer that fails to start to Marta Kowalski", "Cannot open door to storeroom to In
    // progress": the first "to" was the item's own; the value follows the last "to" before a
    // capital. (A value that starts with a capital keeps its own "to": "Back to School".)
    if (after && /^[a-z]/.test(after[1]!)) {
      const last = /^.*\sto\s+([A-Z0-9].*)$/.exec(after[1]!);
      if (last) after[1] = last[1]!;
    }
    // "Type hello into the 3rd textbox", "enter 42 in the second field": the words before the place.
    const into =
      /^(?!(?:the|a|an|my|your|in|on)\b)(.+?)\s+(?:into|in|inside)\s+(?:the|a|an|my|your|this|that)\b/i.exec(
        rest,
      );
    // "tag him VIP", "make her an editor": what follows the pronoun is the value.
    const afterPronoun =
      /^(?:him|her|them|it)\s+(?:as\s+)?(?:an?\s+)?(?!(?:to|into|in|on|from|with|for|as|at|by|the|a|an|all|now|again|too|back|up|down|off|out|away|here|there)\b)([\p{L}\p{N}].*)$/iu.exec(
        rest,
      );
    // "Add the comment Rebooted the router to ticket 2": a noun, its capitalised text, then the
    // item it goes on named by its number; the text ends where that item begins.
    const onNumbered = titled ? ON_NUMBERED_ITEM.exec(titled[2]!) : null;
    if (madeText !== undefined) values.push(cutNumberedItem(madeText));
    else if (intent === 'add' && onNumbered) values.push(onNumbered[1]!.trim());
    else if (markedState) {
      // The state is no value ("as shipped").
    } else if (
      after &&
      (intent === 'login' ||
        intent === 'search' ||
        intent === 'edit' ||
        intent === 'fill' ||
        intent === 'select' ||
        intent === 'add')
    )
      values.push(after[1]!.replace(/[.!]+$/, '').trim());
    else if (
      afterPronoun &&
      state === undefined &&
      (byKin || ['add', 'edit', 'select', 'fill', 'click'].includes(intent))
    )
      values.push(afterPronoun[1]!.replace(/[.!]+$/, '').trim());
    else if (intent === 'add' && named) values.push(named[1]!.trim());
    else if (titled && (intent === 'submit' || intent === 'fill' || intent === 'edit'))
      // ("the name Ada Lovelace and the e-mail …": the value ends where the next field's begins.)
      values.push(
        titled[2]!
          .replace(/\s+and\s+(?:the|a|an|my|his|her|their)\s+.*$/i, '')
          .replace(/[.!]+$/, '')
          .trim(),
      );
    else if (intent === 'add') {
      // "Add a todo Buy bread": the words after the noun the verb takes.
      const m = /^(?:an?|the|new)?\s*(?:new\s+)?(\w+)\s+(.+)$/i.exec(rest);
      if (
        m &&
        !/^(my|your|our|his|her|their|its|this|that)$/i.test(m[1]!) &&
        nlp(m[1]!).nouns().length &&
        !/^(to|in|on|into|and|with)$/i.test(m[2]!.split(' ')[0]!)
      )
        values.push(m[2]!.trim());
    } else if (into && (intent === 'fill' || intent === 'search') && !into[1]!.includes(VALUE_MASK))
      values.push(into[1]!.trim());
  }
  if (intent === 'login') {
    // "as nina / hunter2", "as temp with password temp123", "user name "nina" and password …": the
    // account is the part's value; the password is typed, never looked for on the page.
    const account = credentialsInGoal(fullText);
    const kept = account.user ? [account.user] : values.filter((v) => v !== account.password);
    values.splice(0, values.length, ...kept);
    const secret = account.password?.toLowerCase();
    if (secret) objectWords.splice(0, objectWords.length, ...objectWords.filter((w) => !secret.includes(w)));
  }
  // "Restore Grace's appointment", "revive the draft": a verb only WordNet ties to "change", with no
  // new value to write, is an action of its own, done by the control its word names.
  // ("Switch to the dark theme", "turn it into a list": a change to a state, still an edit.)
  if (
    intent === 'edit' &&
    byKin &&
    !values.length &&
    !caseAsked(text) &&
    !/^(?:\S+\s+)?(?:to|into|back|over)\b/i.test(rest)
  ) {
    intent = 'click';
    byKin = false;
  }
  // "Move Dark mode to In progress", "give the fence job to Bo Chen", "assign it to me": a verb of
  // changing place or holder, with where the thing goes. The destination is the value to pick;
  // what moves stays among the part's words (its quoted title too).
  // (A made thing's text is no destination: "Leave a comment: Looks good to me".)
  const destination =
    verb && madeText === undefined && !literalIntent(verb, rest)
      ? destinationOf(verb, rest, quotes.at(-1)?.value)
      : null;
  if (destination !== null) {
    intent = 'select';
    byKin = true;
    for (const w of quotes.flatMap((q) => contentWords(q.value)))
      if (!objectWords.includes(w)) objectWords.push(w);
    values.splice(0, values.length, destination);
  }
  if (closesDialog(intent, verb, objectWords)) intent = 'close';
  const destructive = intent === 'remove' || intent === 'logout' || isDestructive(text);
  // "Change the title to upper case": the case is what changes, not a text to type.
  const textCase = caseAsked(text);
  if (textCase) {
    const kept = values
      .filter((v) => v.replace(CASE_PHRASE, ' ').trim() !== '')
      .map((v) => inCase(v, textCase));
    values.splice(0, values.length, ...kept);
  }
  // "the second card in the In progress column", "the card below 'Fix login'": where the item is
  // found, never a value to set.
  const place = placeOf(text);
  if (place) {
    const where = [place.within, place.beside?.of].filter(Boolean).map((w) => w!.toLowerCase());
    const kept = values.filter((v) => !where.includes(v.toLowerCase()));
    values.splice(0, values.length, ...kept);
    // Nor are a neighbour's words what the part acts on ("Audit log" of "the card above Audit log").
    // (A container's stay: it may be a folder or thread to go to first.)
    const placed = new Set(contentWords(place.beside?.of ?? ''));
    const given = new Set(values.flatMap((v) => contentWords(v)));
    const own = objectWords.filter((w) => !placed.has(w) || given.has(w));
    objectWords.splice(0, objectWords.length, ...own);
  }
  return {
    ...(textCase ? { textCase } : {}),
    ...(place ? { place } : {}),
    text: fullText,
    glyphs,
    negated,
    verb,
    intent,
    destructive,
    objectWords,
    values,
    ...(role ? { role } : {}),
    ...(ordinal !== undefined ? { ordinal } : {}),
    expect,
    ...(key ? { key } : {}),
    ...(byKin ? { byKin } : {}),
  };
}

/** Reads a whole goal into ordered parts. */
export function readGoal(goal: string): GoalPart[] {
  const parts = inTimeOrder(
    splitParts(instructionAfterStatement(instructionAfterAboutUser(goal, orderStart), orderStart)),
  )
    .flatMap(attemptThenOutcome)
    .flatMap(numberedItemFirst)
    .map(orderInModal)
    .map(readPart)
    .map(actsAs);
  // "…, complete it", "open Jonas Berg and tag him VIP": the pronoun means what the part before
  // named (the part's own words, beside its value, name nothing else).
  parts.forEach((part, i) => {
    const before = parts[i - 1];
    if (!before || !/\b(it|them|him|her)\b/i.test(part.text)) return;
    const way = part.key ? KEY_WAY.exec(part.text) : null;
    const own = part.objectWords.filter(
      (w) =>
        !part.values.some((v) => contentWords(v).includes(w)) && !(way && contentWords(way[0]).includes(w)),
    );
    if (own.length) return;
    // ("close it with Escape": the key is how, and the step that pressed it serves the part; what
    // "it" means only tells what kind of thing is closed.)
    if (closesDialog(part.intent, part.verb, [...part.objectWords, ...before.objectWords]))
      part.intent = 'close';
    if (way) return;
    if (!part.values.length) part.values.push(...before.values);
    part.objectWords.push(...before.objectWords.filter((w) => !part.objectWords.includes(w)));
  });
  return parts;
}

/** A made thing's text, then the item it goes on named by its kind and number ("… to ticket 2"). */
const TO_NUMBERED_ITEM = /^(.+?)\s+(?:to|on|onto|under)\s+(?:the\s+)?([a-z]+\s+#?\d+)[.!]?\s*$/;

/**
 * "Add the comment Rebooted the router to ticket 2": a thing made with its own text on an item
 * named by its number is two steps a person takes: open that item, then add the thing there (so
 * the thing is looked for, and checked, on the item's own page).
 */
function numberedItemFirst(text: string): string[] {
  const m = TO_NUMBERED_ITEM.exec(text.trim());
  if (!m) return [text];
  const made = readPart(text);
  const value = made.values[0];
  if (made.intent !== 'add' || value === undefined || !m[1]!.endsWith(value)) return [text];
  // (The text quoted, so that, read alone, the part still knows where its value begins.)
  return [`open ${m[2]!}`, `${m[1]!.slice(0, -value.length)}"${value}"`];
}

/** "as …", "using …", "with …" opening a clause. */
const ACTS_AS_LEAD = /^(?:as|using|with|via|through)\s+\S/i;
/** Nouns that name an account. */
const ACCOUNT_NOUN =
  /\b(?:accounts?|log-?ins?|logons?|users?|credentials|profiles?|customers?|members?|admin(?:istrator)?s?)\b/i;

/**
 * "As the demo user, …", "As Grace, …", "Using the household login, …", "with the test account":
 * a clause with no action of its own that names who acts is the sign-in (on an app with none,
 * there is nothing to do for it). "as" alone is enough; "using"/"with" need an account noun
 * ("with the Save button" is a way, not a person).
 */
function actsAs(part: GoalPart): GoalPart {
  if (part.intent !== 'click' || (part.verb !== '' && part.verb !== 'use')) return part;
  if (!ACTS_AS_LEAD.test(part.text)) return part;
  if (!/^as\b/i.test(part.text) && !ACCOUNT_NOUN.test(part.text)) return part;
  return { ...part, intent: 'login' };
}

/**
 * "Make sure logging in as nina with the password 'letmein' is refused", "check that saving an
 * empty form fails": an attempt to make (the -ing clause, as an order) and the outcome to see.
 */
const CHECKED_ATTEMPT =
  /^(?:and\s+)?(?:then\s+)?(?:make sure|check that|verify that|ensure that|ensure|confirm that|see that)\s+(\w+ing)\b(.+?)\s+((?:is|are|gets?|will be|was)\s+(?:refused|rejected|denied|blocked|not accepted|not allowed|turned down)|fails|doesn't work|does not work|(?:shows|gives|raises) an error)\b(.*)$/i;

/** A checked attempt as two parts (the attempt, then "make sure it is refused"); any other text as is. */
export function attemptThenOutcome(text: string): string[] {
  const m = CHECKED_ATTEMPT.exec(text);
  if (!m || !isA(m[1]!.toLowerCase(), 'verb')) return [text];
  const verb = nlp(m[1]!).verbs().toInfinitive().text() || m[1]!;
  return [`${verb}${m[2]}`.trim(), `make sure it ${m[3]}${m[4]}`.trim()];
}

/** "Cancel the popup", "get rid of it" (a dialog): what goes away is a dialog, so it is closed, not deleted. */
function closesDialog(intent: Intent, verb: string, objectWords: readonly string[]): boolean {
  return (
    (intent === 'remove' || intent === 'click') &&
    verb !== '' &&
    !/^(click|tap|press|hit|follow|open)\b/.test(verb) &&
    objectWords.some((w) => DIALOG_WORDS.test(w))
  );
}

/** A clause that reads as an order: its first word a verb in context ("unsubscribe from it"). */
function orderStart(clause: string): boolean {
  const first = clause.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return startsWithVerb(clause) || isVerbStart(first, clause.trim(), '');
}

/** A clause that starts with a verb ("opening the filters", "saving", "turn on dark mode"). */
function startsWithVerb(clause: string): boolean {
  const first = clause.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return first.length > 1 && !STOP.has(first) && isA(first, 'verb');
}

/**
 * Parts in the order they happen: "After opening the filters, reset them" and "Save it after
 * typing Hello" do the "after" clause first; "Before saving, set the priority" does it last.
 */
export function inTimeOrder(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const next = texts[i + 1];
    const lead =
      /^(after|once|before)\s+(?:(?:you|we|i)(?:'ve|\s+have|\s+are)?\s+|having\s+)?(?:done\s+)?(.+)$/i.exec(
        text,
      );
    if (lead && next !== undefined && startsWithVerb(lead[2]!)) {
      if (lead[1]!.toLowerCase() === 'before') out.push(next, lead[2]!);
      else out.push(lead[2]!, next);
      i++;
      continue;
    }
    // "Save the form after typing Hello": only a verb in -ing starts such a clause ("the day after
    // tomorrow" is no action). Quoted text is never cut.
    const quoted = quotedStrings(text);
    const mid = /\s*,?\s+(after|before)\s+(\w+ing)\b/i.exec(text);
    if (
      mid &&
      mid.index > 0 &&
      !quoted.some((q) => q.index <= mid.index && q.end > mid.index) &&
      startsWithVerb(mid[2]!)
    ) {
      const main = text.slice(0, mid.index).trim();
      const clause = text.slice(mid.index + mid[0].length - mid[2]!.length).trim();
      if (mid[1]!.toLowerCase() === 'after') out.push(clause, main);
      else out.push(main, clause);
      continue;
    }
    out.push(text);
  }
  return out;
}

/** A text's content words, lower-case (no articles, pronouns or prepositions). */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/** Content words shared (same word or WordNet-related) between a text and a list of words. */
export function relatedWords(text: string, words: readonly string[]): string[] {
  const own = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
  // "non-essential" in a goal and "Non essential" on a page are the same two words.
  const theirs = words.flatMap((x) => x.toLowerCase().split(/[^a-z0-9]+/)).filter(Boolean);
  return own.filter((w) => theirs.some((x) => x === w || (w.length > 2 && x.length > 2 && related(w, x))));
}
