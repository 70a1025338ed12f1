import { baseForms } from './goal/wordnet.ts';
import { STOPWORDS } from './text-match.ts';

/**
 * Options of a list (a select's options, a radio group's labels) the goal names in ways other than
 * their first words: by a word no other option has ("the evening class" for "Creative writing —
 * Tuesday evenings"), or by the initials of its words ("UK" for "United Kingdom").
 */

/** Content words of a text, each with its dictionary forms ("evenings" → evening). */
function wordForms(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^a-z]+/))
    if (w.length > 2 && !STOPWORDS.has(w)) for (const f of baseForms(w)) out.add(f);
  return out;
}

/**
 * The one option that shares a content word with the goal (in any dictionary form), beyond the
 * words of the group's own name and numbers; null when none or several do. A fallback for when no
 * option is named by its first word.
 */
export function distinctOption(options: readonly string[], goal: string, ownName: string): string | null {
  const own = wordForms(ownName);
  const wanted = wordForms(goal);
  const sharing = options.filter((option) =>
    option
      .toLowerCase()
      .split(/[^a-z]+/)
      .some(
        (w) => w.length > 2 && !STOPWORDS.has(w) && baseForms(w).some((f) => wanted.has(f) && !own.has(f)),
      ),
  );
  return sharing.length === 1 ? sharing[0]! : null;
}

/**
 * The option whose words' initials the goal writes as a capitalised acronym ("UK" → United
 * Kingdom); null when there is none, or two options share the acronym. Only capitals count: "us"
 * is a pronoun, "US" may be a country.
 */
export function acronymOption(options: readonly string[], goal: string): string | null {
  const acronyms = new Set([...goal.matchAll(/\b[A-Z]{2,4}\b/g)].map((m) => m[0]));
  if (!acronyms.size) return null;
  const hits = options.filter((option) => {
    const words = option.split(/[^A-Za-z]+/).filter((w) => /^[A-Z]/.test(w));
    return words.length >= 2 && acronyms.has(words.map((w) => w[0]).join(''));
  });
  return hits.length === 1 ? hits[0]! : null;
}
