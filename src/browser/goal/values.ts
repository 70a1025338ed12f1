import nlp from 'compromise';
import { isA } from './wordnet.ts';

/**
 * Values a goal gives without quotes ("born 10 December 1985", "at 14:30", "ada@example.com",
 * "the name Ada Lovelace"), each with the words just before it (its cue: "birth date", "at",
 * "name") and, for dates and times, the form a date/time input takes (`YYYY-MM-DD`, `HH:MM`).
 * Month and weekday names are calendar data, not a vocabulary of the goal's meaning.
 */

export type ValueKind = 'email' | 'date' | 'time' | 'number' | 'person';

export interface GoalValue {
  kind: ValueKind;
  /** As written in the goal. */
  text: string;
  /** The form an input of that kind takes: `YYYY-MM-DD`, `HH:MM`, or the text itself. */
  value: string;
  /** Offsets of `text` in the goal. */
  start: number;
  end: number;
  /** Lower-case content words right before the value, in the same clause ("birth date", "born"). */
  cue: string[];
  /** The content word right after it ("3 guests" → guests), or ''. */
  next: string;
}

/** Month names in English, January first (index = month number - 1). */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?`).join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function monthIndex(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3)));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month + 1)}-${pad(day)}`;
}

/** Dates written the ways people write them; a year left out is the next such date from `now`. */
export function findDates(
  text: string,
  now: Date = new Date(),
): { start: number; end: number; value: string }[] {
  const out: { start: number; end: number; value: string }[] = [];
  const add = (start: number, end: number, value: string | null) => {
    if (value && !out.some((o) => start < o.end && end > o.start)) out.push({ start, end, value });
  };
  const upcoming = (month: number, day: number): string | null => {
    const year = now.getUTCFullYear();
    const thisYear = iso(year, month, day);
    return thisYear && thisYear >= iso(year, now.getUTCMonth(), now.getUTCDate())!
      ? thisYear
      : iso(year + 1, month, day);
  };
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    add(m.index, m.index + m[0].length, iso(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // "10 December 1985", "10th of Dec 1985", "10 December"
  for (const m of text.matchAll(
    new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+${YEAR}\\b)?`, 'gi'),
  )) {
    const month = monthIndex(m[2]!);
    add(
      m.index,
      m.index + m[0].length,
      m[3] ? iso(Number(m[3]), month, Number(m[1])) : upcoming(month, Number(m[1])),
    );
  }
  // "December 10, 1985", "Dec 10"
  for (const m of text.matchAll(new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR}\\b)?`, 'gi'))) {
    const month = monthIndex(m[1]!);
    add(
      m.index,
      m.index + m[0].length,
      m[3] ? iso(Number(m[3]), month, Number(m[2])) : upcoming(month, Number(m[2])),
    );
  }
  // "23/06/1972", "06/23/1972", "23.06.1972": read only when the order cannot be mistaken (one
  // part above 12); "03/04/2027" could be either, so it is left for the page to refuse, not guessed.
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12 === b > 12) continue;
    add(m.index, m.index + m[0].length, a > 12 ? iso(year, b - 1, a) : iso(year, a - 1, b));
  }
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const shifted = (days: number) => new Date(today + days * 86_400_000).toISOString().slice(0, 10);
  for (const m of text.matchAll(/\b(today|tomorrow|yesterday)\b/gi)) {
    const word = m[1]!.toLowerCase();
    add(m.index, m.index + m[0].length, shifted(word === 'today' ? 0 : word === 'tomorrow' ? 1 : -1));
  }
  // "next Friday", "on Friday": the next such day after today.
  for (const m of text.matchAll(new RegExp(`\\b(?:next\\s+|on\\s+)(${WEEKDAYS.join('|')})\\b`, 'gi'))) {
    const want = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    const delta = (want - new Date(today).getUTCDay() + 7) % 7 || 7;
    const at = m.index + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase());
    add(at, m.index + m[0].length, shifted(delta));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Times: "14:30", "2:30 pm", "9am", "noon". */
export function findTimes(text: string): { start: number; end: number; value: string }[] {
  const out: { start: number; end: number; value: string }[] = [];
  for (const m of text.matchAll(/\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?=$|[\s,.;!?)])/gi)) {
    if (!m[2] && !m[3]) continue;
    let hours = Number(m[1]);
    const minutes = Number(m[2] ?? '0');
    const half = m[3]?.toLowerCase().replace(/\./g, '');
    if (half === 'pm' && hours < 12) hours += 12;
    if (half === 'am' && hours === 12) hours = 0;
    if (hours > 23 || minutes > 59) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].trimEnd().length,
      value: `${pad(hours)}:${pad(minutes)}`,
    });
  }
  for (const m of text.matchAll(/\b(noon|midday|midnight)\b/gi))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: /midnight/i.test(m[1]!) ? '00:00' : '12:00',
    });
  return out.sort((a, b) => a.start - b.start);
}

const STOP = new Set(
  'a an the to of for in on at by with and or my me i your you our it its this that is are be as from into then please'.split(
    ' ',
  ),
);

/** Content words of the clause right before `start` (back to a comma, "and" or the goal's start). */
export function cueBefore(text: string, start: number, max = 3): string[] {
  const clause =
    text
      .slice(0, start)
      .split(/[,;:]|\band\b|\bthen\b/i)
      .at(-1) ?? '';
  return clause
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w && !STOP.has(w))
    .slice(-max);
}

/** Every unquoted value of the goal that has a recognisable form, in order. */
export function findValues(text: string, now: Date = new Date()): GoalValue[] {
  const out: GoalValue[] = [];
  const taken = (start: number, end: number) => out.some((o) => start < o.end && end > o.start);
  const push = (kind: ValueKind, start: number, end: number, value: string) => {
    if (taken(start, end)) return;
    const next = /^\s+([a-z][a-z-]*)/i.exec(text.slice(end))?.[1]?.toLowerCase() ?? '';
    out.push({
      kind,
      text: text.slice(start, end),
      value,
      start,
      end,
      cue: cueBefore(text, start),
      next: STOP.has(next) ? '' : next,
    });
  };
  for (const m of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g))
    push('email', m.index, m.index + m[0].length, m[0]);
  for (const d of findDates(text, now)) push('date', d.start, d.end, d.value);
  for (const t of findTimes(text)) push('time', t.start, t.end, t.value);
  // A number written in groups ("4242 4242 4242 4242", "020 7946 0000": a card, a phone) is one
  // value, typed as written.
  for (const m of text.matchAll(/(?<![\w.:-])\d{3,4}(?:[ -]\d{3,4}){2,}(?![\w:@-])/g))
    push('number', m.index, m.index + m[0].length, m[0]);
  for (const m of text.matchAll(/(?<![\w.:-])(\d+(?:[.,]\d+)?)(?![\w:@-])/g))
    push('number', m.index, m.index + m[0].length, m[0]);
  // People's names: capitalised words compromise tags as a person ("Ada Lovelace").
  const people = nlp(text).people().json({ offset: true }) as {
    text: string;
    offset?: { start: number; length: number };
  }[];
  for (const p of people) {
    const name = p.text
      .replace(/[,.;:!?]+$/, '')
      .replace(/'s$/, '')
      .trim();
    if (!/^\p{Lu}/u.test(name) || !p.offset) continue;
    const start = text.indexOf(name, p.offset.start);
    if (start >= 0) push('person', start, start + name.length, name);
  }
  for (const n of namesOfEmails(text)) push('person', n.start, n.end, n.value);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Runs of two or three capitalised words that an e-mail of the goal spells ("Priya Nair" beside
 * priya.nair@…, "Grace Brook" beside gbrook@…): a person's name even where the tagger sees none
 * ("Leo Park", "Ravi Shah"). The address is the evidence, so no other capitalised words are taken.
 */
function namesOfEmails(text: string): { start: number; end: number; value: string }[] {
  const locals = [...text.matchAll(/([\w.+-]+)@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[1]!.toLowerCase());
  if (!locals.length) return [];
  const spelled = (words: string[]) => {
    const w = words.map((x) => x.toLowerCase());
    const last = w.at(-1)!;
    return locals.some((local) => {
      const parts = local.split(/[._+-]+/).filter(Boolean);
      const joined = parts.join('');
      return (
        joined === w.join('') ||
        joined === `${w[0]![0]}${last}` ||
        (parts.length >= 2 && parts[0] === w[0] && parts.at(-1) === last)
      );
    });
  };
  const out: { start: number; end: number; value: string }[] = [];
  for (const m of text.matchAll(/\b\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2}/gu)) {
    const words = m[0].replace(/'s$/, '').split(/\s+/);
    // The name may start later in the run ("Enrol Leo Park"): try each start.
    for (let i = 0; i + 2 <= words.length; i++) {
      const name = words.slice(i);
      for (let len = name.length; len >= 2; len--) {
        if (!spelled(name.slice(0, len))) continue;
        const value = name.slice(0, len).join(' ');
        const start = m.index + m[0].indexOf(value);
        out.push({ start, end: start + value.length, value });
        i = words.length;
        break;
      }
    }
  }
  return out;
}

/** Nouns whose number is a place in a list of pages or a count, not a thing's own number. */
const NOT_A_NAME = /^(?:page|pages|p|pg|number|no|step|top|last|first|next|about|over|under|than)$/i;

/**
 * Numbers that qualify the noun before them ("car 3", "seat 33", "room 12", "order 1007"): the
 * number is part of that thing's name, so a control named by the number alone ("3", a pager's
 * link) is not what it names. Not a page's number ("page 3"), nor a count ("2 adults"), a date's
 * day ("3 April") or a number after a verb or preposition ("to 10"). Keyed by the number.
 */
export function numberNouns(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const dates = findDates(text);
  const terms = (nlp(text).terms().json() as { terms: { text: string; tags: string[] }[] }[]).flatMap(
    (t) => t.terms,
  );
  terms.forEach((t, i) => {
    const next = terms[i + 1];
    if (!next || !/^\d+$/.test(next.text)) return;
    // (compromise reads "seat" of "give me seat 33" as a verb; the dictionary knows the noun. The
    // goal's first word is its verb, "Book 2 adults".)
    const noun = t.tags.includes('Noun') || (i > 0 && isA(t.text, 'noun') && !t.tags.includes('Preposition'));
    if (!noun || t.tags.includes('Pronoun') || NOT_A_NAME.test(t.text)) return;
    if (!/^\p{L}+$/u.test(t.text)) return;
    // (The number is a date's day or a count of the word after it: "3 April", "2 adults".)
    const at = text.search(new RegExp(`\\b${t.text}\\s+${next.text}\\b`));
    if (
      at < 0 ||
      dates.some((d) => at + t.text.length < d.end && d.start <= at + t.text.length + 1 + next.text.length)
    )
      return;
    const after = terms[i + 2];
    if (after && after.tags.includes('Noun') && after.tags.includes('Plural')) return;
    out.set(next.text, t.text.toLowerCase());
  });
  return out;
}
