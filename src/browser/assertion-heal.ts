import { contentWords, relatedWords } from './goal/read-goal.ts';
import type { Assertion, SpecLocator } from './spec.ts';

/**
 * What a heal may do to an assertion that no longer holds after a UI change. The goal's evidence
 * must survive a heal: a replacement is taken only when it is the same kind of check (a text for a
 * text, a field's value for a field's value, on the same kind of element) and still names every
 * word of the goal and every value the old assertion named. "Signed in as ada" may become "Logged in
 * as ada" only when "ada" and the goal's words it carried are still there; it may never become
 * "Saved" or a URL check. Anything else is not a heal but a weaker test, and the replay fails.
 */
export interface AssertionHealJudgement {
  /** The offered assertion that replaces the old one, or null when none is as strong. */
  replacement: Assertion | null;
  /** What the old assertion checked of the goal (its goal words and values). */
  checks: string[];
  /** Of those, what no offered assertion of the same kind still checks (empty when replaced). */
  missing: string[];
}

/** The words and values a condition reads: its text, URL pattern, or its element's name and value. */
function wordsOf(assertion: Assertion): string {
  const ofLocator = (l: SpecLocator) =>
    [l.name, l.label, l.placeholder, l.text, l.testId, l.within?.hasText].filter(Boolean).join(' ');
  switch (assertion.type) {
    case 'text-visible':
    case 'text-hidden':
    case 'title':
      return assertion.text;
    case 'url-matches':
      return assertion.pattern.replace(/\\/g, '');
    case 'field-value':
      return `${ofLocator(assertion.locator)} ${typeof assertion.value === 'string' ? assertion.value : `{${assertion.value.var}}`}`;
    default:
      return ofLocator(assertion.locator);
  }
}

/** The kind of check: its type, the state it reads, and the role of its element. */
function kindOf(assertion: Assertion): string {
  switch (assertion.type) {
    case 'checked':
      return `checked:${assertion.checked}:${assertion.locator.role ?? ''}`;
    case 'state':
      return `state:${assertion.state}:${assertion.value}:${assertion.locator.role ?? ''}`;
    case 'element-visible':
    case 'element-hidden':
    case 'field-value':
      return `${assertion.type}:${assertion.locator.role ?? ''}`;
    default:
      return assertion.type;
  }
}

/**
 * The goal's part of an assertion: its content words that are (or mean the same as) words of the
 * goal, and the values it holds (a variable's `{name}`, or the value given at run time).
 */
function goalPart(assertion: Assertion, goal: string, values: readonly string[]): string[] {
  const text = wordsOf(assertion);
  const lower = text.toLowerCase();
  const vars = [...text.matchAll(/\{([^}]+)\}/g)].map((m) => `{${m[1]}}`);
  const given = values.filter((v) => v.trim() && lower.includes(v.toLowerCase()));
  // Numbers count whole, one digit or many ("ticket 4" is not "ticket 5"); word lists drop "4".
  const goalNumbers = new Set(goal.match(/\d+/g) ?? []);
  const numbers = (text.match(/\d+/g) ?? []).filter((n) => goalNumbers.has(n));
  return [...new Set([...relatedWords(text, contentWords(goal)), ...numbers, ...vars, ...given])];
}

function covers(offered: Assertion, needed: readonly string[], values: readonly string[]): string[] {
  const text = wordsOf(offered);
  const lower = text.toLowerCase();
  const numbers = new Set(text.match(/\d+/g) ?? []);
  return needed.filter((word) =>
    /^\d+$/.test(word)
      ? !numbers.has(word)
      : word.startsWith('{') || values.includes(word)
        ? !lower.includes(word.toLowerCase())
        : relatedWords(word, contentWords(text)).length === 0,
  );
}

/**
 * Judges the assertions a healer offers in place of one that failed (see
 * {@link AssertionHealJudgement}). `values` are the run's variable values, so "{user}" and "ada"
 * count as the same evidence.
 */
export function judgeAssertionHeal(
  failed: Assertion,
  offered: readonly Assertion[],
  goal: string,
  values: readonly string[] = [],
): AssertionHealJudgement {
  const checks = goalPart(failed, goal, values);
  let best: { assertion: Assertion; missing: string[] } | null = null;
  for (const candidate of offered) {
    if (kindOf(candidate) !== kindOf(failed)) continue;
    const missing = covers(candidate, checks, values);
    if (!best || missing.length < best.missing.length) best = { assertion: candidate, missing };
  }
  if (best && !best.missing.length) return { replacement: best.assertion, checks, missing: [] };
  return { replacement: null, checks, missing: best ? best.missing : checks };
}
