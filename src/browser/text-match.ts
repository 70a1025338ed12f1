/** Token-level text matching for the local planner: normalisation, synonyms, overlap scores. */

/** Words too common to tell one text from another (also for option-match.ts). */
export const STOPWORDS = new Set(
  'a an the to of for in on at by with and or my me i your you our we it its this that is are be as from into then please some all any up out via page pages screen form field button link'.split(
    ' ',
  ),
);

/** Multi-word phrases and variants folded to one canonical token before splitting. */
const PHRASES: [RegExp, string][] = [
  [/\be[-\s]?mail(s)?\b/g, 'email'],
  [
    /\b(sign[-\s]?up|signup|register|registration|create (an |your |a new )?account|join now|enrol+)\b/g,
    'signup',
  ],
  [/\b(log[-\s]?in|login|sign[-\s]?in|signin|log on|logon)\b/g, 'login'],
  [/\b(log[-\s]?out|logout|sign[-\s]?out|signout)\b/g, 'logout'],
  [/\b(check[-\s]?out|checkout|proceed to payment)\b/g, 'checkout'],
  [/\b(shopping )?(cart|basket|bag)\b/g, 'cart'],
  [/\b(tele)?phone( number)?|\bmobile( number)?|\btel\b/g, 'phone'],
  [/\b(zip|postal|post) ?code\b|\bpostcode\b/g, 'zip'],
  [/\bpass(word|wd|code)?\b|\bpwd\b/g, 'password'],
  [/\b(user ?name|login name)\b/g, 'username'],
  [/\b(first|given) name\b/g, 'firstname'],
  [/\b(last|family|sur) ?name\b/g, 'lastname'],
  [/\b(attach(ment)?|upload|file)s?\b/g, 'file'],
  [/\b(search )?(query|queries|keywords?|search terms?)\b/g, 'search'],
  [/\b(purchase|buy|place (the |an |my )?order)\b/g, 'order'],
  [/\bterms( of (service|use))?( and conditions)?\b|\bconditions\b|\btos\b/g, 'terms'],
];

/** Words that mean the same when choosing what to click. */
const SYNONYMS: Record<string, string> = {
  send: 'submit',
  save: 'submit',
  confirm: 'submit',
  apply: 'submit',
  find: 'search',
  lookup: 'search',
  subscribe: 'subscribe',
  newsletter: 'newsletter',
  contact: 'contact',
  message: 'message',
  comment: 'message',
  note: 'message',
};

/** Splits identifiers too: `firstName`, `billing_address` → words. */
export function splitIdentifier(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_.-]+/g, ' ');
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed') && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    return word.slice(0, -1);
  return word;
}

/** Canonical tokens of a text: lower-case, phrases folded, stop words dropped, light stemming, synonyms. */
export function tokens(text: string): string[] {
  let lower = ` ${text.toLowerCase()} `;
  for (const [pattern, canonical] of PHRASES) lower = lower.replace(pattern, ` ${canonical} `);
  return lower
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOPWORDS.has(w))
    .map((w) => {
      const s = stem(w);
      return SYNONYMS[s] ?? SYNONYMS[w] ?? s;
    });
}

/** How many of `a`'s distinct tokens appear in `b`. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  return new Set(a.filter((t) => set.has(t))).size;
}

/** Share of `a`'s distinct tokens found in `b` (0 when `a` has none). */
export function coverage(a: readonly string[], b: readonly string[]): number {
  const distinct = new Set(a);
  return distinct.size ? overlap(a, b) / distinct.size : 0;
}

/** Quoted strings of a text with their position: "x", “x”, 'x' (apostrophes inside words are not quotes). */
export function quotedStrings(text: string): { value: string; index: number; end: number }[] {
  const out: { value: string; index: number; end: number }[] = [];
  const pattern = /"([^"]+)"|“([^”]+)”|‘([^’]+)’|(?<![\w])'([^']+)'(?![\w])/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const value = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (value) out.push({ value, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The option of a select that names `value`: the one equal to it, else the only one holding it as
 * whole words ("Berlin" → "Berlin (CET)", "German" → "Deutsch — German"); null when none or when
 * several do ("German" with "German (Germany)" and "German (Austria)").
 */
export function optionNaming(value: string, options: readonly string[]): string | null {
  const want = value.trim().toLowerCase();
  if (!want) return null;
  const exact = options.find((o) => o.trim().toLowerCase() === want);
  if (exact !== undefined) return exact;
  const whole = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(want)}(?:$|[^\\p{L}\\p{N}])`, 'iu');
  const hits = options.filter((o) => whole.test(o));
  return hits.length === 1 ? hits[0]! : null;
}
