import nlp from 'compromise';
import { findDates } from './goal/values.ts';
import { relatedWords } from './goal/read-goal.ts';
import type { Assertion } from './spec.ts';

/**
 * What a text must say to prove a change the goal asks for (issue 10, round 12): a status that asks
 * the user for something is the app refusing, a date the goal sets must be read back, and a filter
 * must show every restriction the goal states.
 */

/**
 * A status that asks the user to act ("Choose a date to pause …", "Please enter …", "Select a
 * reason first"): the app's answer to an action it did not take. Its words may echo the goal's, so
 * it must never stand as evidence of a change.
 */
export function promptsTheUser(text: string): boolean {
  return (
    /^\W*(?:please\s+)?(?:choose|pick|select|enter|provide|specify|fill in|type|set|add|give)\b(?!\s+(?:to|as)\b)[^.!]*\b(?:first|before|to|for|a|an|the|your)\b/i.test(
      text.trim(),
    ) && !/\b(?:saved|done|updated|changed|moved|paused|confirmed|success\w*)\b/i.test(text)
  );
}

/** Words that say the change is to or until a date: "until 20 March", "move … to 5 Feb". */
const DATE_CUE = /\b(?:until|till|til|to|through|thru)\s+(?:the\s+)?$/i;

/**
 * The dates (ISO) a part changes something to or until: its own ("pause … until 3 May 2027",
 * "move … to 14 February"), or, when it says "until then", the goal's. Empty when it sets no date.
 */
export function changeDates(partText: string, goal: string, now?: Date): string[] {
  const own = findDates(partText, now)
    .filter((d) => DATE_CUE.test(partText.slice(0, d.start)))
    .map((d) => d.value);
  if (own.length) return own;
  if (!/\b(?:until|till|to)\s+then\b/i.test(partText)) return [];
  return findDates(goal, now)
    .filter((d) => !partText.includes(goal.slice(d.start, d.end)))
    .map((d) => d.value);
}

/** Whether an assertion reads `iso` back: a text naming that date (in any form), or a field holding it. */
export function readsDate(assertion: Assertion, iso: string): boolean {
  const text =
    assertion.type === 'text-visible'
      ? assertion.text
      : assertion.type === 'field-value' && typeof assertion.value === 'string'
        ? assertion.value
        : assertion.type === 'element-visible'
          ? [assertion.locator.text, assertion.locator.name].filter(Boolean).join(' ')
          : '';
  if (!text) return false;
  const year = new Date(`${iso}T00:00:00Z`);
  return text.includes(iso) || findDates(text, year).some((d) => d.value === iso);
}

/** Words that only strengthen a restriction ("right now", "still open"), never one themselves. */
const FILLER = new Set([
  'right',
  'now',
  'still',
  'currently',
  'just',
  'only',
  'all',
  'any',
  'every',
  'also',
  'at',
  'moment',
  'in',
  'on',
  'the',
  'a',
  'an',
]);

/**
 * The state restrictions a filter goal states: adjectives before or after its noun ("unread mail",
 * "overdue books") and what a relative clause says of it ("… that are available right now",
 * "… which are in stock"). A goal with such words cannot pass on the evidence of its kind alone.
 */
export function stateRestrictions(partText: string): string[] {
  const words = new Set<string>();
  const clause = /\b(?:that|which|who)\s+(?:is|are|were|was)\s+([^,.;]+)/i.exec(partText);
  if (clause)
    for (const w of clause[1]!.toLowerCase().split(/[^a-z0-9-]+/)) if (w && !FILLER.has(w)) words.add(w);
  const terms = (nlp(partText).terms().json() as { terms: { normal: string; tags: string[] }[] }[]).flatMap(
    (t) => t.terms,
  );
  for (const t of terms)
    if (
      ((t.tags.includes('Adjective') && !t.tags.includes('Superlative')) ||
        /^un\w+(?:ed|read|paid|seen)$/.test(t.normal)) &&
      !t.tags.includes('Noun') &&
      !FILLER.has(t.normal)
    )
      words.add(t.normal);
  return [...words];
}

/** The restrictions no assertion's control name or text speaks of. */
export function unshownRestrictions(
  restrictions: readonly string[],
  holding: readonly Assertion[],
): string[] {
  const said = holding
    .map((a) =>
      a.type === 'text-visible'
        ? a.text
        : 'locator' in a
          ? [a.locator.name, a.locator.text].filter(Boolean).join(' ')
          : '',
    )
    .join(' ');
  return restrictions.filter((w) => relatedWords(said, [w]).length === 0);
}
