import nlp from 'compromise';
import { findValues, MONTHS, type GoalValue } from './goal/values.ts';
import { contentWords, relatedWords } from './goal/read-goal.ts';
import { isA, synonymous } from './goal/wordnet.ts';
import { isTextField, type ObservedElement } from './observe.ts';
import { quotedStrings } from './text-match.ts';

/**
 * Binds the values a goal gives without quotes to the fields of a form, as a person filling it in
 * would: a date goes into a date input (as `YYYY-MM-DD`), a time into a time input (`HH:MM`), an
 * e-mail into the e-mail field, "the name Ada Lovelace" into the field whose label says "name",
 * "saying My invoice is wrong" into the message box, a person's name into a name field. A field
 * gets a value only on such positive evidence; anything else is left for the other rules.
 */

export interface BoundValue {
  value: string;
  /** Why this value goes into this field, for the step's reason. */
  why: string;
  /**
   * One part of a value split over several boxes (a date's day, month, year): the same digits may
   * go into two boxes ("9 September" → Day 9, Month 9), which is no value typed twice.
   */
  part?: boolean;
}

/** The words a person reads as the field's label: its name, placeholder or nearby caption. */
export function fieldWords(field: ObservedElement): string[] {
  return contentWords(`${field.name} ${field.placeholder ?? ''} ${field.nearLabel ?? ''}`).filter(
    (w) => !/^(your|enter|type|optional|e\.g|eg)$/.test(w),
  );
}

type FieldKind = 'date' | 'time' | 'email' | 'number' | 'message' | 'name' | 'text';

function kindOf(field: ObservedElement, words: readonly string[]): FieldKind {
  const type = field.inputType ?? '';
  if (type === 'date') return 'date';
  if (type === 'time') return 'time';
  if (type === 'email' || words.some((w) => /^e-?mail$/.test(w))) return 'email';
  if (type === 'number' || field.role === 'spinbutton') return 'number';
  if (
    type === 'textarea' ||
    relatedWords(words.join(' '), ['message', 'comment', 'description', 'note']).length
  )
    return 'message';
  if (words.includes('name') && !words.some((w) => /^(user|username|login|company|file|display)$/.test(w)))
    return 'name';
  return 'text';
}

/** Where one value ends: a comma, "and"/"then"/"with"/"on the", or the goal's end. */
const VALUE_END = /\s*(?:[,;:()]|\.(?:\s|$)|\s(?:and|then|with|on the|in the|at)\s|$)/i;
const DETERMINER =
  /^(the|a|an|my|your|our|his|her|their|this|that|it|them|to|for|of|in|on|at|and|or|with)\b/i;

/** The goal with quoted text blanked out (quoted values are bound elsewhere), offsets kept. */
function unquoted(goal: string): string {
  return quotedStrings(goal).reduce(
    (text, q) => text.slice(0, q.index) + ' '.repeat(q.end - q.index) + text.slice(q.end),
    goal,
  );
}

/** Text right after a word the label uses ("the name Ada Lovelace" → "Ada Lovelace"). */
function afterLabel(
  goal: string,
  words: readonly string[],
  values: readonly GoalValue[],
  plainName = false,
): BoundValue | null {
  const lower = goal.toLowerCase();
  for (const word of words) {
    if (word.length < 3) continue;
    for (const m of lower.matchAll(new RegExp(`\\b${word}\\w*\\b`, 'g'))) {
      // "…card 4242… in the name of B Liskov": a holder's name, qualified by what comes before it;
      // a field labelled by nothing but "name" is the person's own.
      if (plainName && /\bin\s+the\s+$/i.test(goal.slice(Math.max(0, m.index - 12), m.index))) continue;
      let rest = goal.slice(m.index + m[0].length);
      const lead = /^\s*(?:is|of|to|as|:|=)?\s+/.exec(rest);
      if (!lead) continue;
      rest = rest.slice(lead[0].length);
      // A value is a name, a number or an address ("name Ada Lovelace"), not a plain word ("Books page").
      if (DETERMINER.test(rest) || !/^[\p{Lu}\d@+]/u.test(rest)) continue;
      const end = VALUE_END.exec(rest);
      const value = rest.slice(0, end ? end.index : rest.length).trim();
      if (!value || value.split(/\s+/).length > 8) continue;
      // A value of another form ("email ada@example.com" for a name field) belongs elsewhere.
      const start = m.index + m[0].length + lead[0].length;
      if (values.some((v) => v.kind !== 'person' && v.start === start)) continue;
      return { value, why: `the goal gives it after "${m[0]}"` };
    }
  }
  return null;
}

/** "saying My invoice is wrong", "with the message …": the text of a message box. */
function messageText(goal: string): BoundValue | null {
  const m =
    /\b(?:saying|that says|which says|reading)\s*:?\s+(.+)$/i.exec(goal) ??
    /\b(?:with the (?:message|text|note|comment|description)|message)\s*:?\s+(?!(?:to|for|about|from|with)\b)(.+)$/i.exec(
      goal,
    );
  if (!m) return afterColon(goal);
  const value = m[1]!.replace(/[.!]+$/, '').trim();
  if (!value) return null;
  return { value, why: `the goal says what to write ("${m[0].split(/\s+/)[0]}")` };
}

/**
 * "Reply to Marta's review: glad you liked it", "answer it with: sorry, fixed now": the text after a
 * colon that ends an order (its clause starts with a verb and says what it acts on, or ends with
 * "with"). A label and its value ("Subject: Hello") is no order.
 */
function afterColon(goal: string): BoundValue | null {
  const m = /^(.*?\S)\s*:\s+(.+)$/.exec(goal);
  if (!m) return null;
  const clause = m[1]!.split(/,\s*/).at(-1)!.trim();
  const words = clause.split(/\s+/);
  const first = words[0]!.toLowerCase();
  const order = /\bwith$/i.test(clause) || (words.length >= 3 && isA(first, 'verb'));
  if (!order) return null;
  const value = m[2]!.replace(/[.!]+$/, '').trim();
  return value ? { value, why: `the goal says what to write after "${clause}:"` } : null;
}

/**
 * The value the goal gives for `field`, or null. `others` are the page's other fields: a value
 * whose cue names another field better goes there.
 */
export function valueForField(
  goal: string,
  field: ObservedElement,
  others: readonly ObservedElement[],
  now: Date = new Date(),
): BoundValue | null {
  // Search boxes take what the goal searches for (the part planner), never a value bound here.
  if (!isTextField(field.role) || field.fileInput || field.password || field.role === 'searchbox')
    return null;
  const text = unquoted(goal);
  const values = findValues(text, now);
  const words = fieldWords(field);
  const split = datePartValue(text, field, words, values);
  if (split !== undefined) return split;
  const town = relatedWords(words.join(' '), ['town', 'city']).length ? townValue(text) : null;
  if (town) return town;
  const kind = kindOf(field, words);
  const sameKind = (k: GoalValue['kind']) => {
    const all = values.filter((v) => v.kind === k);
    if (all.length <= 1) return all[0];
    // (A range's words before "from … to …" are the range's, not its first value's.)
    const ranged = rangePair(text, all);
    return (
      all.find((v) => !ranged?.includes(v) && cueNames(v, words)) ?? inRange(ranged, all, field, others, k)
    );
  };
  switch (kind) {
    case 'date':
    case 'time':
    case 'email': {
      const v = sameKind(kind);
      if (v) return { value: v.value, why: `the goal gives the ${kind} "${v.text}"` };
      return kind === 'email' ? looseEmail(text) : null;
    }
    case 'number': {
      // By the number's own words ("3 guests", "quantity to 3") or their synonyms: WordNet's wider
      // kin would read "Rate the product 4 stars" as a quantity (a product is one in mathematics).
      const v = values.find(
        (x) =>
          x.kind === 'number' &&
          contentWords(`${x.cue.join(' ')} ${x.next}`).some((w) => words.some((f) => synonymous(w, f))),
      );
      if (v) return { value: v.value, why: `the goal gives ${v.text} after "${v.cue.join(' ')}"` };
      return afterLabel(text, words, values);
    }
    case 'message':
      return messageText(text) ?? afterLabel(text, words, values);
    case 'name': {
      const plain = words.every((w) => /^(full|name|names)$/.test(w));
      const labelled = afterLabel(text, words, values, plain);
      if (labelled) return labelled;
      // A person's name, unless another field's label claims it.
      const person = values.find((v) => v.kind === 'person');
      if (!person) return null;
      const claimed = others.some(
        (o) => o.ref !== field.ref && fieldWords(o).some((w) => person.cue.includes(w)),
      );
      return claimed ? null : { value: person.value, why: `"${person.text}" is a person's name` };
    }
    default: {
      // A number whose cue is the label's word ("card 4242 4242 4242 4242" → "Card number").
      const numbered = values.find((v) => v.kind === 'number' && v.value.length >= 6 && cueNames(v, words));
      if (numbered)
        return {
          value: numbered.value,
          why: `the goal gives ${numbered.text} after "${numbered.cue.join(' ')}"`,
        };
      return afterLabel(text, words, values);
    }
  }
}

/**
 * A town or city field's value: the one place the goal names that is no country ("lives in Lyon,
 * France" → Lyon), as the tagger reads places. Two such places leave it to other rules.
 */
function townValue(goal: string): BoundValue | null {
  const towns = new Set<string>();
  const cities = new Set<string>();
  for (const place of nlp(goal).places().json() as { terms: { text: string; tags: string[] }[] }[]) {
    const terms = place.terms.filter((t) => !t.tags.includes('Country'));
    // (A run "Leeds, United Kingdom" is one place of the tagger's: the town is its non-country words.)
    const name = terms
      .map((t) => t.text)
      .join(' ')
      .replace(/[,.;:!?]+/g, '')
      .trim();
    if (!name || !/^\p{Lu}/u.test(name)) continue;
    towns.add(name);
    if (terms.some((t) => t.tags.includes('City'))) cities.add(name);
  }
  // Of several places, the one the tagger knows as a city ("in Conversational Spanish … Lyon").
  const [town] = cities.size === 1 ? cities : towns.size === 1 ? towns : [];
  if (!town) return null;
  return { value: town, why: `"${town}" is the place the goal names that is no country` };
}

/** "31 February 1990": a day, a month name and a year that make no real date, as written. */
function impossibleDate(text: string): { text: string; value: string } | undefined {
  const m = new RegExp(
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS.join('|')})\\s+(\\d{4})\\b`,
    'i',
  ).exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  return { text: m[0], value: `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` };
}

const DATE_PARTS = [
  ['day', /^(day|dd)$/],
  ['month', /^(month|mm)$/],
  ['year', /^(year|yyyy|yy)$/],
] as const;

/**
 * A date written as three boxes (a "Date of birth" group of Day, Month and Year): the box's part of
 * the goal's date that the group's cue names ("born …" → birth), or of the goal's one date when the
 * group's own words say date or ask when ("When should we deliver?"). The month as a number, as such boxes ask ("For example, 27 3 1990").
 * A date that does not exist ("31 February 1990") is typed as written when the goal gives no
 * other: a goal may want to see the form refuse it. Undefined when the field is no such box; null
 * when it is one but the goal gives no date for it.
 */
function datePartValue(
  text: string,
  field: ObservedElement,
  words: readonly string[],
  values: readonly GoalValue[],
): BoundValue | null | undefined {
  if (!field.group || words.length !== 1) return undefined;
  const part = DATE_PARTS.find(([, re]) => re.test(words[0]!))?.[0];
  if (!part) return undefined;
  const group = contentWords(field.group);
  const dates = values.filter((v) => v.kind === 'date');
  // Of several dates, the one whose cue is the group's word or its synonym ("born" ~ birth) before
  // a broader kin ("starting" is a kind of beginning, as a birth is).
  const named = dates.filter((v) => cueNames(v, group));
  const date =
    named.find((v) => cueSynonym(v, group)) ??
    named[0] ??
    (dates.length === 1 && (relatedWords(group.join(' '), ['date']).length || /^\s*when\b/i.test(field.group))
      ? dates[0]
      : undefined);
  const written = date ?? (dates.length ? undefined : impossibleDate(text));
  if (!written) return null;
  const [year, month, day] = written.value.split('-');
  const value = part === 'year' ? year! : String(Number(part === 'month' ? month : day));
  return {
    value,
    why: `the goal gives the date "${written.text}" and this box of "${field.group}" takes its ${part}`,
    part: true,
  };
}

/**
 * The value's cue names the field: the same or a WordNet-related word, the cue's verbs read in
 * their dictionary form too ("born" → bear ~ "birth", "leaving" ~ "departure").
 */
function cueNames(value: GoalValue, words: readonly string[]): boolean {
  const cue = value.cue.join(' ');
  if (relatedWords(cue, words).length) return true;
  const lemmas = nlp(cue).verbs().toInfinitive().text();
  return lemmas !== cue && relatedWords(lemmas, words).length > 0;
}

/** A word of the value's cue (or its dictionary form) shares a synset with one of `words`. */
function cueSynonym(value: GoalValue, words: readonly string[]): boolean {
  const cue = value.cue.join(' ');
  const forms = [...value.cue, ...nlp(cue).verbs().toInfinitive().text().split(/\s+/)].filter(Boolean);
  return forms.some((c) => words.some((w) => synonymous(c, w)));
}

/**
 * "from 20 December 2026 to 3 January 2027": a range's two values go into the page's two fields of
 * that kind that no cue claims, in the page's order (start, then end). Null when the page or the
 * goal does not have exactly that shape.
 */
function inRange(
  pair: readonly [GoalValue, GoalValue] | null,
  all: readonly GoalValue[],
  field: ObservedElement,
  others: readonly ObservedElement[],
  kind: GoalValue['kind'],
): GoalValue | undefined {
  if (!pair) return undefined;
  const [from, to] = pair;
  // Fields of this kind a cue of the goal claims ("born …" for "Date of birth") are not the range's.
  const free = [field, ...others.filter((o) => o.ref !== field.ref)]
    .filter((f) => f.inputType === kind || (kind === 'time' && f.inputType === 'time'))
    .filter((f) => !all.some((v) => v !== from && v !== to && cueNames(v, fieldWords(f))));
  if (free.length !== 2 || !free.includes(field)) return undefined;
  const order = others.some((o) => o.ref === field.ref) ? others : [field, ...others];
  const placed = free.map((f) => order.findIndex((o) => o.ref === f.ref));
  const first = placed[0]! <= placed[1]! ? free[0]! : free[1]!;
  return field.ref === first.ref ? from : to;
}

/** The first two values of a kind written as a range ("A to B", "A until B", "A – B"), or null. */
function rangePair(text: string, all: readonly GoalValue[]): [GoalValue, GoalValue] | null {
  const at = all.findIndex(
    (v, i) =>
      all[i + 1] !== undefined &&
      /^\s*(?:to|until|till|through|-|–|—)\s*$/i.test(text.slice(v.end, all[i + 1]!.start)),
  );
  return at < 0 ? null : [all[at]!, all[at + 1]!];
}

/** "the email grace.example.com": what the goal gives as an address, well formed or not. */
function looseEmail(goal: string): BoundValue | null {
  // (A word with no mark of an address, "the email is shown", is no address.)
  const m =
    /\be-?mail(?:\s+address)?\s+(?:is\s+|of\s+|as\s+|to\s+)?([^\s,;()]*[-.@_\d][^\s,;()]*[^\s,;().])/i.exec(
      goal,
    );
  return m ? { value: m[1]!, why: `the goal gives "${m[1]}" as the e-mail` } : null;
}

/**
 * The option of a select that is the date or time the goal gives ("at 2 pm" → the option "2:00 pm"),
 * when exactly one option reads as that value; null otherwise.
 */
export function optionForField(
  goal: string,
  options: readonly string[],
  now: Date = new Date(),
): BoundValue | null {
  const values = findValues(unquoted(goal), now).filter((v) => v.kind === 'time' || v.kind === 'date');
  for (const v of values) {
    const hits = options.filter((o) => {
      const read = findValues(o, now).find((x) => x.kind === v.kind);
      return read?.value === v.value;
    });
    if (hits.length === 1) return { value: hits[0]!, why: `the goal gives the ${v.kind} "${v.text}"` };
  }
  return null;
}
