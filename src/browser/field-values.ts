import { findValues, type GoalValue } from './goal/values.ts';
import { contentWords, relatedWords } from './goal/read-goal.ts';
import { synonymous } from './goal/wordnet.ts';
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
const VALUE_END = /\s*(?:[,;]|\.(?:\s|$)|\s(?:and|then|with|on the|in the|at)\s|$)/i;
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
function afterLabel(goal: string, words: readonly string[], values: readonly GoalValue[]): BoundValue | null {
  const lower = goal.toLowerCase();
  for (const word of words) {
    if (word.length < 3) continue;
    for (const m of lower.matchAll(new RegExp(`\\b${word}\\w*\\b`, 'g'))) {
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
    /\b(?:with the (?:message|text|note|comment|description)|message)\s*:?\s+(?!(?:to|for|about|from)\b)(.+)$/i.exec(
      goal,
    );
  if (!m) return null;
  const value = m[1]!.replace(/[.!]+$/, '').trim();
  if (!value) return null;
  return { value, why: `the goal says what to write ("${m[0].split(/\s+/)[0]}")` };
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
  const kind = kindOf(field, words);
  const sameKind = (k: GoalValue['kind']) => {
    const all = values.filter((v) => v.kind === k);
    if (all.length <= 1) return all[0];
    return all.find((v) => relatedWords(v.cue.join(' '), words).length > 0);
  };
  switch (kind) {
    case 'date':
    case 'time':
    case 'email': {
      const v = sameKind(kind);
      return v ? { value: v.value, why: `the goal gives the ${kind} "${v.text}"` } : null;
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
      const labelled = afterLabel(text, words, values);
      if (labelled) return labelled;
      // A person's name, unless another field's label claims it.
      const person = values.find((v) => v.kind === 'person');
      if (!person) return null;
      const claimed = others.some(
        (o) => o.ref !== field.ref && fieldWords(o).some((w) => person.cue.includes(w)),
      );
      return claimed ? null : { value: person.value, why: `"${person.text}" is a person's name` };
    }
    default:
      return afterLabel(text, words, values);
  }
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
