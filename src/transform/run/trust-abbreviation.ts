/**
 * Codes cut from names (issue 11, programs that fit by accident): "Alabama" → "AL", "Colorado" →
 * "CO", "Denver" → "DEN" fit `name.slice(0, n).toUpperCase()`, and fit a table of codes just as well;
 * real codes of names (states, airports, countries, currencies) are conventions with exceptions
 * ("Nevada" is NV, "Chicago" is ORD). So where the code cuts a name at fixed places and changes its
 * case, a name no example had is one the examples do not settle. Weekday and month names are the
 * exception: their cut is the convention ("Monday" → "MON").
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name: words of letters, joined by spaces, hyphens, apostrophes or dots ("St. Louis"). */
const NAME = /^\p{L}+(?:[ '’.-]+\p{L}+)*\.?$/u;

const CALENDAR = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/;

/**
 * Whether the code cuts `input.<key>` at fixed places (`.slice(0, 2)`, `.substring(0, 3)`) and
 * changes the letter case, before or after the cut: a code made from the value's letters.
 */
export function cutsToCode(code: string, key: string): boolean {
  const access = `(?:text\\(\\s*|String\\(\\s*)?input(?:\\?\\.|\\.)${escape(key)}\\b\\)?`;
  const tidy = `(?:\\.trim\\(\\))*`;
  const caseChange = `\\.to(?:Locale)?(?:Upper|Lower)Case\\(\\)`;
  const cut = `\\.(?:slice|substring|substr)\\(\\s*\\d+\\s*,\\s*\\d+\\s*\\)`;
  return (
    new RegExp(`${access}${tidy}${cut}${tidy}${caseChange}`).test(code) ||
    new RegExp(`${access}${tidy}${caseChange}${tidy}${cut}`).test(code)
  );
}

/**
 * The names (trimmed, lower case) the examples had at `key`, when every value is a name and not
 * every one a weekday or month name; undefined otherwise (see the module comment).
 */
export function namesCut(values: readonly unknown[]): string[] | undefined {
  if (values.length === 0 || !values.every((v) => typeof v === 'string' && NAME.test(v.trim())))
    return undefined;
  const names = [...new Set((values as string[]).map((v) => v.trim().toLowerCase()))];
  if (names.every((n) => CALENDAR.test(n))) return undefined;
  return names;
}

/** Why a code cut from this name is a guess (a name no example had), or null. */
export function cutNameProblem(key: string, seen: readonly string[], value: string): string | null {
  if (seen.includes(value.trim().toLowerCase())) return null;
  return `"${key}" is ${JSON.stringify(value)}, which no example had; the output is a code cut from "${key}" at fixed places, and a table of the examples' codes fits them as well: none shows that this name's code is its first letters`;
}
