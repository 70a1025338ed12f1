import nlp from 'compromise';
import { contentWords, relatedWords } from './goal/read-goal.ts';

/** Words before a term (up to three between) that deny it: "no skiing", "doesn't need a visa". */
export const NEGATION =
  /\b(not|don't|dont|do not|\w+n't|without|no|never|uncheck|untick|unselect|unsubscribe|opt out of)\s+(\w+\s+){0,3}$/i;

/**
 * The goal's answer to a yes/no question (a radio group's legend): true or false when the goal's
 * words mean at least half of the question's content words, false when those words are negated
 * ("no skiing", "without winter sports"); null when the goal does not speak of it.
 */
export function yesNoAnswer(goal: string, question: string): boolean | null {
  // "Do you need a student visa (to study here)?": the thing one needs, wants or has is what it asks
  // about, its head noun (visa) the word the goal must speak of; the rest of the question is why.
  const object = nlp(question)
    .match('(need|want|have|require|like) (a|an|the|any)? [#Adjective? #Noun+]', 0)
    .out('array') as string[];
  const head = contentWords(object[0] ?? '').at(-1);
  if (head) return answerOf(goal, [head])?.yes ?? null;
  // The question's own verbs ("relocate", "skiing") are what it asks about; with none, its words.
  const terms = nlp(question).terms().json() as { terms: { normal: string; tags: string[] }[] }[];
  const verbs = terms
    .flatMap((t) => t.terms)
    .filter((t) => t.tags.includes('Verb') && !t.tags.some((x) => /Auxiliary|Modal|Copula/.test(x)))
    .map((t) => t.normal)
    .filter((w) => !/^(want|like|need|wish|be|have|do)$/.test(w));
  const asked = verbs.length
    ? verbs
    : contentWords(question).filter((w) => !/^(will|would|do|does|did|be|are|is|have|has|want|any)$/.test(w));
  if (!asked.length) return null;
  const answer = answerOf(goal, asked);
  return answer === null || (!verbs.length && answer.meant * 2 < asked.length) ? null : answer.yes;
}

/** Whether the goal speaks of the asked words (how many it means) and denies them, or null. */
function answerOf(goal: string, asked: readonly string[]): { yes: boolean; meant: number } | null {
  const words = goal.split(/\s+/);
  const meant = new Set<string>();
  let negated = false;
  words.forEach((word, i) => {
    const hits = asked.filter((a) => relatedWords(word, [a]).length > 0);
    if (!hits.length) return;
    hits.forEach((h) => meant.add(h));
    if (NEGATION.test(words.slice(Math.max(0, i - 4), i).join(' ') + ' ')) negated = true;
  });
  return meant.size ? { yes: !negated, meant: meant.size } : null;
}
