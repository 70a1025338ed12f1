/**
 * "Reply to Lee's comment", "resolve Ben's second comment", "answer Marco Bianchi's question": a
 * name in the possessive says whose item the goal means, where to find it. It is no value to set:
 * a select that lists people ("Owner") must not take it because the goal mentions it.
 */

/** A capitalised name of one to three words in the possessive ("Lee's", "Marco Bianchi’s"). */
const POSSESSIVE = /\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\b/gu;

/**
 * Lower-case words of the names the goal uses only in the possessive (a name also written plainly,
 * "…to Lee", is a value as well and is not returned).
 */
export function ownersOnly(goal: string): string[] {
  const out: string[] = [];
  for (const m of goal.matchAll(POSSESSIVE)) {
    // "Let's", "It's": a contraction, no owner; a sentence's first word is capitalised anyway.
    let words = m[1]!.split(/\s+/).filter((w) => !/^(?:let|it|that|what|there|here|he|she|who)$/i.test(w));
    // ("Resolve Ben's…": a clause's first word is capitalised for the clause, not for a name.)
    const clauseStart = /(?:^|[.;:!?,]\s*)$/.test(goal.slice(0, m.index).trimEnd() + (m.index ? ' ' : ''));
    if (clauseStart && words.length > 1) words = words.slice(1);
    for (const word of words) {
      const plain = new RegExp(`\\b${word}\\b(?!['’]s\\b)(?!\\s+\\p{Lu}[\\p{L}-]*['’]s\\b)`, 'u');
      const elsewhere = goal.replace(m[0], ' ');
      if (plain.test(elsewhere)) continue;
      const lower = word.toLowerCase();
      if (!out.includes(lower)) out.push(lower);
    }
  }
  return out;
}
