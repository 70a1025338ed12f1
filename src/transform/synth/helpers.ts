/**
 * Runtime helpers used by synthesized transforms. These functions are the single source of truth:
 * the synthesizer calls them to check candidate programs against the examples, and copies their
 * source text (see `helper-source.ts`) into the generated module, so what was checked is what ships.
 *
 * Format rules (the extractor depends on them): every helper is one `// comment` line followed by an
 * `export function` or `export type` whose body ends with a line holding only `}` or `};`.
 */

// Text of a value: "" for null or missing, numbers and booleans as written, objects as JSON.
export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

// Stops a record for a person when a reader cannot read its text (`e164 cannot read "12"`): a run files it as `review` with this reason, never as an output ("" or a made-up value).
export function cannotRead(reader: string, value: unknown, why: string): never {
  const shown = text(value);
  const quoted = JSON.stringify(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown);
  const review = new Error(`${reader} cannot read ${shown === '' ? 'its input' : quoted}: ${why}`);
  review.name = 'CodifyReview';
  throw review;
}

// The label of the range a number falls in: `bands` lists [smallest, largest, label] as the examples showed them, in increasing order. A number below or above every range (another label may lie there: an F under the C the examples show), between two ranges (the examples do not say where one ends), or a value that is not a plain number cannot be read.
export function band<const T extends string>(
  value: unknown,
  bands: readonly (readonly [number, number, T])[],
): T {
  const t = text(value).trim();
  const n = typeof value === 'number' ? value : /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isFinite(n)) return cannotRead('band', value, 'it is not a plain number');
  for (const [low, high, label] of bands) if (n >= low && n <= high) return label;
  return cannotRead('band', value, 'it falls between two ranges the examples leave open');
}

// The chosen rounding's answer, when a finer rounding that fits every example as well gives the same; else the record goes to review: the examples never showed how many decimals the field keeps (5, 12.5 and 3.7 fit "to 1 decimal" and "to 2 decimals" alike).
export function decimalsShown(rounded: number, finer: number): number {
  if (rounded === finer || (Number.isNaN(rounded) && Number.isNaN(finer))) return rounded;
  return cannotRead('the rounding', rounded, `the examples do not show whether it is ${rounded} or ${finer}`);
}

// The computed value when it has no more decimals than the examples showed (`shown`) or than a number in the record's own input has; else the record goes to review: the examples never said how such a value is written (3h20 as 3.33, 3.333 or 3.3?).
export function precisionShown(value: number, shown: number, input: unknown): number {
  if (!Number.isFinite(value)) return value;
  const places = (n: number): number => {
    const s = String(Number(n.toPrecision(12)));
    return s.includes('e') ? 12 : (s.split('.')[1]?.length ?? 0);
  };
  const inInput = Math.max(
    0,
    ...(JSON.stringify(input ?? null).match(/\d[.,]\d+/g) ?? []).map((m) => m.length - 2),
  );
  if (places(value) <= Math.max(shown, inInput)) return value;
  return cannotRead(
    'the rounding',
    value,
    `the examples show at most ${shown} decimal(s) and do not say how this value is rounded`,
  );
}

// The value a reader found, or null when it found nothing (it threw, or gave "", NaN or no value): an optional part of the input, as a middle name or an extension.
export function orNull<T>(read: () => T): T | null {
  try {
    const value = read();
    if (value === undefined || value === null || value === '') return null;
    return typeof value === 'number' && Number.isNaN(value) ? null : value;
  } catch {
    return null;
  }
}

// The nth piece of the text split on a delimiter (negative n counts from the end), trimmed; "" if absent.
export function token(value: unknown, delimiter: string, n: number): string {
  const parts = delimiter === ' ' ? text(value).trim().split(/\s+/) : text(value).split(delimiter);
  const part = parts[n < 0 ? parts.length + n : n];
  return part === undefined ? '' : part.trim();
}

// The text after the first occurrence of a delimiter; "" when the delimiter is absent.
export function after(value: unknown, delimiter: string): string {
  const s = text(value);
  const at = s.indexOf(delimiter);
  return at < 0 ? '' : s.slice(at + delimiter.length).trim();
}

// The text after the nth delimiter (a space means a run of whitespace): "the message after the level and the time"; "" when there are fewer.
export function afterNth(value: unknown, delimiter: string, n: number): string {
  const s = delimiter === ' ' ? text(value).trim().replace(/\s+/g, ' ') : text(value);
  let at = -delimiter.length;
  for (let k = 0; k < n; k++) {
    at = s.indexOf(delimiter, at + delimiter.length);
    if (at < 0) return '';
  }
  return s.slice(at + delimiter.length).trim();
}

// The letters and digits of a code laid out by a pattern ("XXXX-XXXX": X is one letter or digit, anything else is written as is); throws when the code has another number of them (no output is better than a made-up one).
export function layout(value: unknown, pattern: string): string {
  const chars = [...text(value).replace(/[^\p{L}\p{N}]/gu, '')];
  const slots = [...pattern].filter((ch) => ch === 'X').length;
  if (chars.length !== slots)
    cannotRead(
      'layout',
      value,
      `it has ${chars.length} letters and digits; the layout ${pattern} has ${slots}`,
    );
  let next = 0;
  return [...pattern].map((ch) => (ch === 'X' ? chars[next++] : ch)).join('');
}

// The digits of a code after its label ("ISBN-13: 978 1 83030 382 0" → "9781830303820"; "isbn:0-306-40615-X" → "030640615X"): a leading word, with a number of a digit or two and a colon or a space, is a label; a final check letter X is kept, upper-case.
export function codeDigits(value: unknown): string {
  const body = text(value).replace(/^\s*\p{L}+(?:[-\s]?\d{1,2}(?=\s*:))?\s*(?::\s*|\s+|(?=\d))/u, '');
  const kept = body.replace(/[^\dXx]/g, '').toUpperCase();
  return /^\d+X?$/.test(kept) ? kept : body.replace(/\D/g, '');
}

// The runs of letters and digits of a text joined by one separator ("ab_778 x" → "ab-778-x").
export function joinRuns(value: unknown, separator: string): string {
  return (text(value).match(/[\p{L}\p{N}]+/gu) ?? []).join(separator);
}

// The text before the last occurrence of a delimiter; the whole text when the delimiter is absent.
export function beforeLast(value: unknown, delimiter: string): string {
  const s = text(value);
  const at = s.lastIndexOf(delimiter);
  return at < 0 ? s.trim() : s.slice(0, at).trim();
}

// The nth match of a global pattern (negative n counts from the end); "" when there is none.
export function nthMatch(value: unknown, pattern: RegExp, n: number): string {
  const found = text(value).match(pattern) ?? [];
  return found[n < 0 ? found.length + n : n] ?? '';
}

// Words of a text: runs of letters and digits, also split where a lowercase letter meets an uppercase one.
export function words(value: unknown): string[] {
  return (
    text(value)
      .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

// Words lowercased and joined by a separator ("Hello World" → "hello-world").
export function slugify(value: unknown, separator: string): string {
  return words(value)
    .map((word) => word.toLowerCase())
    .join(separator);
}

// Words joined as camelCase ("first name" → "firstName").
export function camelCase(value: unknown): string {
  return words(value)
    .map((word, i) => (i === 0 ? word.toLowerCase() : capitalize(word)))
    .join('');
}

// Words joined as PascalCase ("first name" → "FirstName").
export function pascalCase(value: unknown): string {
  return words(value)
    .map((word) => capitalize(word))
    .join('');
}

// First letter of every word, joined by a separator ("John Ronald Tolkien" → "JRT").
export function initials(value: unknown, separator: string): string {
  return words(value)
    .map((word) => word.charAt(0))
    .join(separator);
}

// First letter uppercase, the rest lowercase ("mARY" → "Mary").
export function capitalize(value: unknown): string {
  const s = text(value);
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

// Every word capitalized, also after hyphens and apostrophes ("o'neil-smith" → "O'Neil-Smith").
export function titleCase(value: unknown): string {
  return text(value)
    .toLowerCase()
    .replace(
      /(^|[^\p{L}\p{N}])(\p{L})/gu,
      (_match, lead: string, letter: string) => lead + letter.toUpperCase(),
    );
}

// Parses a number from "$1,234.50", "1.234,50 €", "CHF 1'299.50", "(12.00)" or "5 kg" (NaN when none); a lone "." or "," before three digits ("1.299") is the decimal mark `point` when given.
export function parseNumber(value: unknown, point?: '.' | ','): number {
  if (typeof value === 'number') return value;
  const s = text(value);
  const found = /\d+(?:(?:[.,]|['’ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*/.exec(s);
  if (!found) return Number.NaN;
  const digits = found[0].replace(/['’ \u00a0\u202f]/g, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let mark = '';
  if (lastDot >= 0 && lastComma >= 0) mark = lastDot > lastComma ? '.' : ',';
  else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const once = digits.split(sep).length === 2;
    const lone = once && digits.length - digits.lastIndexOf(sep) === 4;
    // Grouped digits before it ("1'299.50") make the other separator the decimal mark.
    if (!once) mark = '';
    else if (!lone || digits !== found[0]) mark = sep;
    else mark = point ? (point === sep ? sep : '') : sep === '.' ? '.' : '';
  }
  const cut = mark ? digits.lastIndexOf(mark) : -1;
  const whole = (cut < 0 ? digits : digits.slice(0, cut)).replace(/[.,]/g, '');
  const magnitude = Number(cut < 0 ? whole : `${whole}.${digits.slice(cut + 1)}`);
  const before = s.slice(0, found.index);
  const after = s.slice(found.index + found[0].length);
  // A ledger's debit sign set apart ("- 1.399,63") or after the amount ("114,26-"), when nothing but a currency is beside the amount (so a bullet "- 2 eggs" or a range stays unsigned).
  const bare = /^\s*(?:[A-Za-z]{1,3}|[€$£¥])?\s*$/;
  const detached =
    (/^\s*(?:[A-Za-z]{1,3}\s*|[€$£¥]\s*)?[-−]\s+(?:[€$£¥]\s*)?$/.test(before) && bare.test(after)) ||
    (bare.test(before) && /^[-−]/.test(after) && bare.test(after.slice(1)));
  // A sign or an accounting bracket with a currency and spaces between it and the amount ("-$ 5.00",
  // "-USD 9.50", "( $ 7.87 )"); a bracket is a sign only when it closes right after the amount (and
  // its currency), so "(2 items)" stays 2.
  const currency = String.raw`(?:[€$£¥]|[A-Za-z]{1,3})`;
  const leading =
    new RegExp(String.raw`^\s*(?:[A-Za-z]{1,3}\s*)?[-−]\s*${currency}?\s*$`).test(before) && bare.test(after);
  const bracketed =
    new RegExp(String.raw`\(\s*${currency}?\s*$`).test(before) &&
    new RegExp(String.raw`^\s*${currency}?\s*\)`).test(after);
  const negative = detached || leading || bracketed || /[-−][^\w\s]{0,3}$/.test(before);
  return negative ? -magnitude : magnitude;
}

// Drops binary floating-point noise from arithmetic: 1.15 * 100 is 115, not 114.99999999999999.
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

// Rounds to a number of decimals, correcting binary noise first (1.005 → 1.01).
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(12))) / factor;
}

// Writes a number with fixed decimals, a thousands separator and a decimal point (a review when no number was read).
export function formatNumber(value: number, decimals: number, grouping: string, point: string): string {
  if (!Number.isFinite(value)) cannotRead('formatNumber', '', 'no number was read');
  const rounded = round(value, decimals);
  const [whole = '', fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, grouping) : whole;
  return (rounded < 0 ? '-' : '') + grouped + (fraction ? point + fraction : '');
}

// True for yes-like text or values: true, yes, y, 1, on, t, x, checked, enabled, active.
export function isYes(value: unknown): boolean {
  return /^(true|yes|y|1|on|t|x|checked|enabled|active)$/i.test(text(value).trim());
}

// True when a value is null, missing, or only whitespace; typed as a null check so that past `isBlank(x) ? … : …` the compiler knows x is there (the blank branch never reads x).
export function isBlank(value: unknown): value is null | undefined {
  return value === null || value === undefined || text(value).trim() === '';
}

// Calendar date and time of day as written; `offset`: minutes ahead of UTC, when the text gives a zone offset ("+02:00", "-0500", "Z").
export type DateParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offset?: number;
  /** A month and year with no day ("Dec 2026"): `day` is 1 only as a place holder, never written. */
  noDay?: true;
};

// Reads a date (and optional time) from text or an epoch number; `order` settles dates like 03/04/2024.
// 'DMY|MDY' is a column that mixes both orders: a part over 12 is the day, a dotted date is day first
// (no country writes month first with dots), and a date the parts cannot settle (03/04/2024) is unread.
export function parseDate(value: unknown, order: 'DMY' | 'MDY' | 'YMD' | 'DMY|MDY'): DateParts | null {
  // An epoch that names its unit: ten digits of seconds ("1678147200s") or thirteen of milliseconds.
  const named = /^\s*(?:(\d{10})\s*s|(\d{13})\s*ms)\s*$/.exec(text(value));
  if (typeof value === 'number' || named || /^\s*\d{10}(\d{3})?\s*$/.test(text(value))) {
    const epoch = named ? Number(named[1] ?? named[2]) : Number(value);
    const date = new Date(Math.abs(epoch) >= 1e11 ? epoch : epoch * 1000);
    if (Number.isNaN(date.getTime())) return null;
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
    };
  }
  const s = text(value).trim();
  // Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (the window spreadsheets use).
  const full = (y: string): number => (y.length > 2 ? Number(y) : Number(y) + (Number(y) < 30 ? 2000 : 1900));
  let year = Number.NaN;
  let month: number;
  let day = Number.NaN;
  let rest: string;
  // A month and year alone, the whole text ("12/2026", "2026-12", and a card's "08/29"): no day to read.
  const monthYear = /^(\d{1,2})[-/.](\d{4})$/.exec(s) ?? /^(\d{2})\/(\d{2})$/.exec(s);
  const yearMonth = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (monthYear || yearMonth) {
    const [y, m] = monthYear ? [monthYear[2], monthYear[1]] : [yearMonth?.[1], yearMonth?.[2]];
    const parts = { year: full(y ?? ''), month: Number(m), day: 1, hour: 0, minute: 0, second: 0 };
    // A card's "08/35" could be 1935 by the window or 2035 by the card: left unread.
    const doubtful = (y ?? '').length === 2 && Number(y) >= 30;
    return parts.month >= 1 && parts.month <= 12 && !doubtful ? { ...parts, noDay: true } : null;
  }
  const ymd = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  const numeric = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})(?!\d)/.exec(s);
  if (ymd) {
    [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    rest = s.slice(ymd.index + ymd[0].length);
  } else if (numeric) {
    const [a, b, c] = [numeric[1] ?? '', numeric[2] ?? '', numeric[3] ?? ''];
    let settled = order;
    if (order === 'DMY|MDY') {
      const [first, second] = [Number(a), Number(b)];
      if (numeric[0].includes('.') || (first > 12 && second <= 12) || first === second) settled = 'DMY';
      else if (second > 12 && first <= 12) settled = 'MDY';
      else return null;
    }
    if (settled === 'YMD') [year, month, day] = [full(a), Number(b), Number(c)];
    else if (settled === 'MDY') [year, month, day] = [full(c), Number(a), Number(b)];
    else [year, month, day] = [full(c), Number(b), Number(a)];
    rest = s.slice(numeric.index + numeric[0].length);
  } else {
    // Month names and abbreviations in English, German, French, Spanish, Italian, Dutch and Portuguese.
    const names = [
      'jan january januar janvier janv enero ene gennaio januari janeiro',
      'feb february februar février févr fevrier febrero febbraio februari fevereiro',
      'mar march märz mär maerz mars marzo maart mrt março',
      'apr april avril avr abril abr aprile',
      'may mai mayo maggio mei maio',
      'jun june juni juin junio giugno junho',
      'jul july juli juillet juil julio luglio julho',
      'aug august août aout agosto augustus',
      'sep sept september septembre septiembre settembre setembro',
      'oct october oktober okt octobre octubre ottobre outubro',
      'nov november novembre noviembre',
      'dec december dezember dez décembre decembre diciembre dic dicembre dezembro',
    ].map((line) => line.split(' '));
    const monthOf = (w: string): number => names.findIndex((forms) => forms.includes(w.toLowerCase())) + 1;
    const word = (s.match(/\p{L}{3,}/gu) ?? []).find((w) => monthOf(w) > 0);
    const time = /\d{1,2}:\d{2}(:\d{2})?/.exec(s);
    rest = time ? s.slice(time.index) : '';
    const numbers = (time ? s.slice(0, time.index) : s).match(/\d+/g) ?? [];
    const yearAt = numbers.findIndex((n) => n.length === 4);
    month = word === undefined ? Number.NaN : monthOf(word);
    if (word === undefined) {
      // A time of day alone ("14:30", "2:30 pm") reads as that time on 1 January 1970.
      if (!time || time.index !== 0) return null;
      [year, month, day] = [1970, 1, 1];
    } else if (yearAt >= 0) {
      year = Number(numbers[yearAt]);
      day = Number(numbers.find((_n, i) => i !== yearAt) ?? Number.NaN);
      // A month name and a year alone ("Dec 2026"): that month, with no day to read.
      if (numbers.length === 1 && !time) {
        if (!(year > 0)) return null;
        return { year, month, day: 1, hour: 0, minute: 0, second: 0, noDay: true };
      }
    } else if (numbers.length >= 2) {
      [day, year] = [Number(numbers[0]), full(numbers[1] ?? '')];
    }
  }
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year > 0)) return null;
  const clock = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?m?\.?/i.exec(rest);
  let hour = clock ? Number(clock[1]) : 0;
  const meridiem = clock?.[4]?.toLowerCase();
  if (meridiem) hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  const zone = clock ? /(?:^|[\d\s.])(?:(Z|UTC|GMT)|([+-])(\d{2}):?(\d{2}))\s*$/i.exec(rest) : null;
  const sign = zone?.[2] === '-' ? -1 : 1;
  return {
    year,
    month,
    day,
    hour,
    minute: clock ? Number(clock[2]) : 0,
    second: clock?.[3] ? Number(clock[3]) : 0,
    ...(zone ? { offset: zone[1] ? 0 : sign * (Number(zone[3]) * 60 + Number(zone[4])) } : {}),
  };
}

// The same moment in UTC: the date and time moved back by the zone offset the text gave (unchanged without one).
export function toUtc(date: DateParts | null): DateParts | null {
  if (date === null || date.offset === undefined) return date;
  const moved = new Date(
    Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute - date.offset, date.second),
  );
  return {
    year: moved.getUTCFullYear(),
    month: moved.getUTCMonth() + 1,
    day: moved.getUTCDate(),
    hour: moved.getUTCHours(),
    minute: moved.getUTCMinutes(),
    second: moved.getUTCSeconds(),
    offset: 0,
  };
}

// Writes date parts with a pattern (yyyy yy MMMM MMM MM M dd d EEEE EEE HH H hh h mm ss a; 'quoted' text as is).
export function formatDate(date: DateParts | null, pattern: string): string {
  if (date === null) return cannotRead('formatDate', '', 'no date was read');
  const months = 'January February March April May June July August September October November December';
  const days = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday';
  const monthName = months.split(' ')[date.month - 1] ?? '';
  const dayName = days.split(' ')[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? '';
  const two = (n: number): string => String(n).padStart(2, '0');
  const hour12 = date.hour % 12 === 0 ? 12 : date.hour % 12;
  const parts: Record<string, string> = {
    yyyy: String(date.year).padStart(4, '0'),
    yy: two(date.year % 100),
    MMMM: monthName,
    MMM: monthName.slice(0, 3),
    MM: two(date.month),
    M: String(date.month),
    dd: two(date.day),
    d: String(date.day),
    EEEE: dayName,
    EEE: dayName.slice(0, 3),
    HH: two(date.hour),
    H: String(date.hour),
    hh: two(hour12),
    h: String(hour12),
    mm: two(date.minute),
    ss: two(date.second),
    a: date.hour < 12 ? 'AM' : 'PM',
  };
  return pattern.replace(/yyyy|yy|MMMM|MMM|MM|M|dd|d|EEEE|EEE|HH|H|hh|h|mm|ss|a|'[^']*'/g, (token) => {
    if (token.startsWith("'")) return token.slice(1, -1);
    // A month with no day ("Dec 2026") has no day or weekday to write: made up, it would be wrong.
    if (date.noDay && /^(?:d|dd|EEE|EEEE)$/.test(token))
      return cannotRead('formatDate', '', 'the date has no day');
    return parts[token] ?? token;
  });
}

// Looks a value up in a table learned from examples, ignoring case and spaces; the fallback when absent.
export function lookup<T>(table: Record<string, T>, value: unknown, fallback: T): T {
  const wanted = text(value).trim().toLowerCase();
  return Object.hasOwn(table, wanted) ? (table[wanted] as T) : fallback;
}

// A duration as a number of `unit`s: "1h 30m", "90 min", "2 hours 5 minutes", "45s", "1:02:03"; a
// two-part clock "1:30" is hours:minutes when `clock` is "hm", minutes:seconds when "ms"; a bare number is
// already in `unit`. NaN when the text is not a duration.
export function parseDuration(value: unknown, unit: 'h' | 'min' | 's', clock: 'hm' | 'ms'): number {
  const s = text(value).trim().toLowerCase();
  const per: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };
  const size = per[unit === 'min' ? 'm' : unit] ?? 1;
  const parts = /^(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?$/.exec(s);
  if (parts) {
    const [a, b, c] = [Number(parts[1]), Number(parts[2]), parts[3]];
    if (c !== undefined) return (a * 3600 + b * 60 + Number(c)) / size;
    return (clock === 'hm' ? a * 3600 + b * 60 : a * 60 + b) / size;
  }
  const piece =
    /(\d+(?:[.,]\d+)?)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)?(?:\s+and\b|,)?\s*/y;
  // ISO 8601: "PT1H30M", "P2DT18H57M14S".
  const iso = /^p(?:(\d+)d)?(?:t(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?)?$/.exec(s);
  if (iso && s !== 'p' && s !== 'pt') {
    const [d, h, m, sec] = [iso[1], iso[2], iso[3], iso[4]].map((n) => Number(n ?? 0));
    return ((d ?? 0) * 86400 + (h ?? 0) * 3600 + (m ?? 0) * 60 + (sec ?? 0)) / size;
  }
  let seconds = 0;
  let count = 0;
  let bare = false;
  let previous = '';
  for (let at = 0; at < s.length; at = piece.lastIndex) {
    piece.lastIndex = at;
    const found = piece.exec(s);
    if (!found || found[0] === '') return Number.NaN;
    const amount = Number((found[1] ?? '').replace(',', '.'));
    // A bare number glued to hours is minutes ("4h30"), to minutes seconds ("2m05"); "1h 2" is unclear.
    const name = found[2] ?? (previous === 'h' ? 'm' : previous === 'm' ? 's' : undefined);
    count += 1;
    if (name === undefined) bare = true;
    previous = found[2] !== undefined && !/\s$/.test(found[0]) ? (name?.charAt(0) ?? '') : '';
    seconds += name === undefined ? amount * size : amount * (per[name.charAt(0)] ?? Number.NaN);
  }
  if (count === 0 || (bare && count > 1)) return Number.NaN;
  return seconds / size;
}

// The value of the first table key found in the text (longest keys first, whole words for letter
// keys, case ignored): a currency symbol or code to its ISO code. The fallback when none is found.
export function findIn<T>(table: Record<string, T>, value: unknown, fallback: T): T {
  const s = text(value).toLowerCase();
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  for (const k of keys) {
    const wanted = k.toLowerCase();
    let at = s.indexOf(wanted);
    while (at >= 0) {
      const before = s.charAt(at - 1);
      const after = s.charAt(at + wanted.length);
      const word = /[\p{L}\p{N}]/u;
      const edges = !word.test(wanted.charAt(0)) || !word.test(before);
      const ends = !word.test(wanted.charAt(wanted.length - 1)) || !word.test(after);
      if (edges && ends) return table[k] as T;
      at = s.indexOf(wanted, at + 1);
    }
  }
  return fallback;
}

// ISO 4217 code of the currency a price names by symbol or code ("€", "R$", "CHF", "usd" → "EUR", "BRL", "CHF", "USD"); a review when none or ambiguous ("kr").
export function currencyCode(value: unknown): string {
  // Symbols in common use (general knowledge): "$" alone is the US dollar by convention; "kr" (SEK,
  // NOK, DKK, ISK) and bare "R" are left out as ambiguous. Prefixed dollars name their country.
  const symbols: Record<string, string> = {
    US$: 'USD',
    C$: 'CAD',
    CA$: 'CAD',
    A$: 'AUD',
    AU$: 'AUD',
    NZ$: 'NZD',
    HK$: 'HKD',
    S$: 'SGD',
    R$: 'BRL',
    MX$: 'MXN',
    NT$: 'TWD',
    $: 'USD',
    '€': 'EUR',
    '£': 'GBP',
    '¥': 'JPY',
    'JP¥': 'JPY',
    'CN¥': 'CNY',
    元: 'CNY',
    '₹': 'INR',
    '₩': 'KRW',
    '₽': 'RUB',
    '₺': 'TRY',
    '₪': 'ILS',
    '฿': 'THB',
    '₫': 'VND',
    '₱': 'PHP',
    '₦': 'NGN',
    '₴': 'UAH',
    zł: 'PLN',
    Kč: 'CZK',
    Ft: 'HUF',
    'Fr.': 'CHF',
    RMB: 'CNY',
    lei: 'RON',
  };
  const codes =
    'USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD SEK NOK DKK ISK PLN CZK HUF RON BGN HRK RUB UAH TRY ' +
    'INR PKR BDT IDR MYR THB VND PHP KRW TWD BRL MXN ARS CLP COP PEN ZAR NGN KES EGP MAD ILS AED SAR QAR';
  const s = text(value);
  const word = /[\p{L}\p{N}]/u;
  for (const found of s.matchAll(/\p{L}+/gu)) {
    const upper = found[0].toUpperCase();
    if (found[0].length === 3 && codes.split(' ').includes(upper)) return upper;
  }
  const keys = Object.keys(symbols).sort((a, b) => b.length - a.length);
  for (const k of keys) {
    for (let at = s.indexOf(k); at >= 0; at = s.indexOf(k, at + 1)) {
      const openStart = !word.test(k.charAt(0)) || !word.test(s.charAt(at - 1));
      const openEnd = !word.test(k.charAt(k.length - 1)) || !word.test(s.charAt(at + k.length));
      // "R$" must not read as "$" inside a longer symbol: a letter glued before a "$" is a prefix.
      const glued = k.startsWith('$') && /\p{L}/u.test(s.charAt(at - 1));
      if (openStart && openEnd && !glued) return symbols[k] ?? '';
    }
  }
  return cannotRead('currencyCode', value, 'it names no currency, or one several currencies share');
}

// The symbol a currency's ISO code is written with ("EUR" → "€", "GBP" → "£", "USD" → "$", "BRL" → "R$"), or the code itself for one with no symbol in common use abroad ("CHF", "SEK"); a review for no ISO code, and for one whose symbol differs by country (other dollars, the yuan: "$", "C$" or "CA$" is a convention the examples must show).
export function currencySymbol(value: unknown): string {
  const code = text(value).trim().toUpperCase();
  const symbols: Record<string, string> = {
    USD: '$',
    EUR: '€',
    GBP: '£',
    JPY: '¥',
    INR: '₹',
    KRW: '₩',
    RUB: '₽',
    TRY: '₺',
    ILS: '₪',
    THB: '฿',
    VND: '₫',
    PHP: '₱',
    NGN: '₦',
    UAH: '₴',
    PLN: 'zł',
    CZK: 'Kč',
    HUF: 'Ft',
    BRL: 'R$',
  };
  const contested = 'CAD AUD NZD HKD SGD MXN TWD CNY ARS CLP COP';
  const plain = 'CHF SEK NOK DKK ISK RON BGN HRK PKR BDT IDR MYR PEN ZAR KES EGP MAD AED SAR QAR';
  if (symbols[code] !== undefined) return symbols[code] ?? code;
  if (plain.split(' ').includes(code)) return code;
  return cannotRead(
    'currencySymbol',
    value,
    contested.split(' ').includes(code)
      ? 'its symbol differs by country ("$", "C$", "CA$")'
      : 'it is no ISO currency code',
  );
}

// A quantity converted to `unit` ("1.5 l" → 1500 in "ml", "2 lb" → 907.18474 in "g", "60 mph" → 96.56064 in "km/h", "2 GiB" → 2147483648 in "b"); NaN when the text has no number or no unit of the same kind. The number is read as parseNumber reads it, so digits grouped by a space or an apostrophe ("72 000 km") are one number; a "k" glued to it and followed by a space and a unit word is thousands ("45k mi" is 45000 mi), while "5kg" stays 5 kilograms.
export function toUnit(value: unknown, unit: string): number {
  const target = unitNamed(unit);
  const found =
    /(\d+(?:(?:[.,]|['’ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*)(?:([kK])(?=\s))?\s*(fl\.?\s*oz|sq\.?\s*(?:ft|m|yd|km|mi)\b\.?|(?:m|ft|km|cm|yd|mi)[²2](?!\d)|[a-zA-Zµ]+\/[a-zA-Z]+|[a-zA-Zµ]+|["'])?/.exec(
      text(value),
    );
  if (!target || !found || found[3] === undefined) return Number.NaN;
  const named = unitNamed(found[3]);
  if (!named || named[0] !== target[0]) return Number.NaN;
  return (parseNumber(found[1]) * (found[2] ? 1000 : 1) * named[1]) / target[1];
}

// The nth quantity of a text (0 the first, -1 the last) converted to `unit`: each number in the unit written right after it, or else in the next unit the text states after it ("12 x 8 x 3 in": every side in inches; "2 m x 40 cm"); NaN when there is no such number, or its unit is missing or of another kind.
export function toUnitAt(value: unknown, n: number, unit: string): number {
  const s = text(value);
  const numbers = [...s.matchAll(/\d+(?:[.,]\d+)*/g)];
  const at = n < 0 ? numbers.length + n : n;
  const own = numbers[at];
  if (!own) return Number.NaN;
  let named: [string, number, string] | undefined;
  for (const m of numbers.slice(at)) {
    const rest = s.slice((m.index ?? 0) + m[0].length);
    const word = /^\s*(°\s*[a-z]|fl\.?\s*oz|[a-zµ]+\/[a-z]+|[a-zµ]+|["'])(?![\p{L}\p{N}])/iu.exec(rest)?.[1];
    named = word === undefined ? undefined : unitNamed(word);
    if (named) break;
  }
  const target = unitNamed(unit);
  if (!target || !named || named[0] !== target[0]) return Number.NaN;
  return (parseNumber(own[0]) * named[1]) / target[1];
}

// The unit a word names, as [kind, size in the kind's base unit, the unit's first name] ("inches" → ["length", 0.0254, "in"]); undefined for a word that names no unit.
export function unitNamed(word: string): [string, number, string] | undefined {
  // Exact definitions (an inch is 2.54 cm, a pound 0.45359237 kg, a US fluid ounce 29.5735295625 ml,
  // a knot 1852 m per hour). Temperatures have no common size (their scales are shifted).
  const sizes: Record<string, [string, number, string]> = {};
  const define = (kind: string, size: number, names: string): void => {
    const list = names.split(' ');
    for (const name of list) sizes[name] = [kind, size, list[0] ?? name];
  };
  define('length', 0.001, 'mm millimeter millimeters millimetre millimetres');
  define('length', 0.01, 'cm centimeter centimeters centimetre centimetres');
  define('length', 1, 'm meter meters metre metres');
  define('length', 1000, 'km kilometer kilometers kilometre kilometres');
  define('length', 0.0254, 'in inch inches "');
  define('length', 0.3048, "ft foot feet '");
  define('length', 0.9144, 'yd yard yards');
  define('length', 1609.344, 'mi mile miles');
  define('mass', 0.000001, 'mg milligram milligrams');
  define('mass', 0.001, 'g gr gram grams gramme grammes');
  define('mass', 1, 'kg kgs kilo kilos kilogram kilograms');
  define('mass', 0.45359237, 'lb lbs pound pounds');
  define('mass', 0.028349523125, 'oz ounce ounces');
  define('mass', 6.35029318, 'st stone stones');
  define('mass', 1000, 't tonne tonnes');
  define('volume', 0.001, 'ml milliliter milliliters millilitre millilitres');
  define('volume', 0.01, 'cl centiliter centiliters centilitre centilitres');
  define('volume', 0.1, 'dl deciliter deciliters decilitre decilitres');
  define('volume', 1, 'l liter liters litre litres');
  define('volume', 0.0295735295625, 'floz fl.oz');
  define('volume', 3.785411784, 'gal gallon gallons');
  define('volume', 0.946352946, 'qt quart quarts');
  define('volume', 0.473176473, 'pt pint pints');
  define('speed', 1 / 3.6, 'km/h kmh kph kmph');
  define('speed', 1, 'm/s mps');
  define('speed', 0.44704, 'mph mi/h');
  define('speed', 1852 / 3600, 'kn kt knot knots');
  define('speed', 0.3048, 'ft/s fps');
  // Data sizes: kB, MB, GB, TB decimal (SI, as disks and networks count), KiB, MiB, GiB, TiB binary (IEC).
  define('data', 1, 'b byte bytes');
  define('data', 1e3, 'kb kilobyte kilobytes');
  define('data', 1e6, 'mb megabyte megabytes');
  define('data', 1e9, 'gb gigabyte gigabytes');
  define('data', 1e12, 'tb terabyte terabytes');
  define('data', 1024, 'kib kibibyte kibibytes');
  define('data', 1024 ** 2, 'mib mebibyte mebibytes');
  define('data', 1024 ** 3, 'gib gibibyte gibibytes');
  define('data', 1024 ** 4, 'tib tebibyte tebibytes');
  // Areas in square metres ("sq ft" and "ft²" alike; a foot is 0.3048 m, so its square is exact).
  define('area', 1, 'm2 m² sqm sq.m sq.m. sqmeter sqmetre');
  define('area', 0.0001, 'cm2 cm² sqcm');
  define('area', 1e6, 'km2 km² sqkm sq.km');
  define('area', 0.09290304, 'ft2 ft² sqft sq.ft sq.ft. sqfeet');
  define('area', 0.83612736, 'yd2 yd² sqyd sq.yd');
  define('area', 10000, 'ha hectare hectares');
  define('area', 4046.8564224, 'acre acres');
  // Battery charge in milliampere-hours; data rates in bits per second. "Mb/s" and "MB/s" are left
  // out: the case that tells bits from bytes is lost once a word is read without it.
  define('charge', 1, 'mah milliamphour milliamphours');
  define('charge', 1000, 'ah amphour amphours');
  define('rate', 1, 'bps bit/s');
  define('rate', 1e3, 'kbps kbit/s');
  define('rate', 1e6, 'mbps mbit/s');
  define('rate', 1e9, 'gbps gbit/s');
  // Pressures in pascals (weather feeds, tyre gauges): a millibar is a hectopascal; inches and
  // millimetres of mercury and psi by their definitions.
  define('pressure', 1, 'pa pascal pascals');
  define('pressure', 100, 'hpa hectopascal hectopascals');
  define('pressure', 100, 'mbar millibar millibars');
  define('pressure', 1000, 'kpa kilopascal kilopascals');
  define('pressure', 1e5, 'bar bars');
  define('pressure', 101325, 'atm atmosphere atmospheres');
  define('pressure', 3386.389, 'inhg');
  define('pressure', 133.322387415, 'mmhg torr');
  define('pressure', 6894.757293168, 'psi');
  define('temperature', Number.NaN, '°f f fahrenheit degf');
  define('temperature', Number.NaN, '°c c celsius centigrade degc');
  define('temperature', Number.NaN, '°k kelvin');
  return sizes[word.toLowerCase().replace(/\s+/g, '')];
}

// The units a text states right after its numbers ("6 x 2 ft" → ["ft"], "3 lbs 2 oz" → ["lb", "oz"], "72 °F" → ["°f"]), each once by its first name, sorted; words that name no unit ("x", "items") are left out, and so is "st" (an ordinal: "1st").
export function unitsIn(value: unknown): string[] {
  const found = new Set<string>();
  // A word glued to another number is no unit ("2024-03-05T14:07").
  const after = /\d\s*(°\s*[a-z]|fl\.?\s*oz|[a-zµ]+\/[a-z]+|[a-zµ]+|["'])(?![\p{L}\p{N}])/giu;
  for (const m of text(value).matchAll(after)) {
    const word = (m[1] ?? '').replace(/\s+/g, '');
    if (word.toLowerCase() === 'st') continue;
    const unit = unitNamed(word);
    if (unit) found.add(unit[2]);
  }
  return [...found].sort();
}

// The value itself when its text states exactly the units `units` (space-separated, as `unitsIn` names them) or holds no number at all (nothing to misread); a review otherwise: a number written in another unit, or in none, is not the quantity the examples showed.
export function inUnits<T>(value: T, units: string): T {
  const named = unitsIn(value).join(' ');
  return named === units || !/\d/.test(text(value))
    ? value
    : cannotRead('inUnits', value, `it is in ${named === '' ? 'no unit' : named}, the examples in ${units}`);
}

// The choice (a key of `choices`) the text names, by the key or one of its other names (`choices[key]`): the whole text as one of them, whatever its spacing, case and punctuation ("X-Large" for "xlarge"); else the first word naming one: the name itself, a longer or shorter form of three letters or more ("warning", "Err"), an abbreviation keeping the first letter and others in order ("Wrn", "dbg"), or a lone first letter leading the text ("W", "E0219"; a key's before another name's); a review when none does, or the first that does names two alike (a guess is left to a person).
export function oneOf(value: unknown, choices: Record<string, string[]>): string {
  const named = choiceNamed(value, choices);
  return named !== ''
    ? named
    : cannotRead('oneOf', value, `it names none of ${Object.keys(choices).join(', ')}, or two alike`);
}

// The choice `oneOf` reads, or "" when the text names none or two alike (a test, not an output).
export function choiceNamed(value: unknown, choices: Record<string, string[]>): string {
  const squeeze = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const keys = Object.keys(choices);
  const whole = squeeze(text(value));
  const exact = keys.filter((k) => [k, ...(choices[k] ?? [])].some((name) => squeeze(name) === whole));
  if (exact.length === 1) return exact[0] ?? '';
  const closeness = (word: string, name: string, first: boolean, isKey: boolean): number => {
    const c = name.toLowerCase();
    if (word === c) return 3;
    if (word.length >= 3 && c.length >= 3 && (word.startsWith(c) || c.startsWith(word))) return 2;
    if (word.length === 1) return first && c.startsWith(word) ? (isKey ? 0.5 : 0.4) : 0;
    if (word.length < 3 || word.charAt(0) !== c.charAt(0)) return 0;
    let at = 0;
    for (const ch of c) if (ch === word.charAt(at)) at++;
    return at === word.length ? 1 : 0;
  };
  const words =
    text(value)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const leading = /^[^\p{L}\p{N}]*\p{L}/u.test(text(value));
  for (const [i, word] of words.entries()) {
    const scores = keys.map((k) =>
      Math.max(
        closeness(word, k, i === 0 && leading, true),
        ...(choices[k] ?? []).map((name) => closeness(word, name, i === 0 && leading, false)),
      ),
    );
    const best = Math.max(0, ...scores);
    if (best === 0) continue;
    const named = keys.filter((_k, j) => scores[j] === best);
    return named.length === 1 ? (named[0] ?? '') : '';
  }
  return '';
}

// The 1-based place, in an ordered set, of the word the text names (each place lists its names, its word first): the longest name written whole inside the text ("3 - Neutral"), else the word `oneOf` finds ("Tues." → 2 in the weekdays from Monday); a review when the text names none, or two places alike.
export function rankOf(value: unknown, places: string[][]): number {
  // A name of three letters or more written whole inside the text ("1 - Strongly disagree"): the
  // longest such name decides, unless two places have one as long.
  const spaced = (s: string): string =>
    ` ${s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const inside = spaced(text(value));
  let found = -1;
  let longest = 0;
  places.forEach((names, place) => {
    for (const name of names) {
      const phrase = spaced(name);
      if (phrase.length < 5 || !inside.includes(phrase) || phrase.length < longest) continue;
      found = phrase.length > longest || found === place ? place : -2;
      longest = phrase.length;
    }
  });
  if (found >= 0) return found + 1;
  const choices: Record<string, string[]> = {};
  for (const names of places) choices[names[0] ?? ''] = names.slice(1);
  const word = choiceNamed(value, choices);
  const at = places.findIndex((names) => word !== '' && names[0] === word);
  return at < 0 ? cannotRead('rankOf', value, 'it names no place of the ordered set, or two alike') : at + 1;
}

// Minutes after midnight of a time of day however it is written ("9am", "5:30 PM", "9.15am", "0930h", "9h30", "16h", "15:30", "noon", "midnight"), and whether it was marked am or pm; a bare hour ("9") only with `bare`; null when the text holds no time of day (an hour past 12 with am or pm, past 23, minutes past 59).
export function clockParts(
  value: unknown,
  bare: boolean,
): { minutes: number; seconds: number; half: boolean; padded: boolean } | null {
  const t = text(value).trim().toLowerCase();
  if (/^(?:noon|midday)$/.test(t)) return { minutes: 720, seconds: 0, half: true, padded: true };
  if (/^midnight$/.test(t)) return { minutes: 0, seconds: 0, half: true, padded: true };
  const found =
    /^(\d{1,2})(?:\s*[:.h]\s*(\d{2})(?:\s*[:.]\s*(\d{2}))?)?\s*(a\.?\s*m\.?|p\.?\s*m\.?|h(?:rs)?)?$/.exec(
      t,
    ) ?? /^(\d{2})(\d{2})\s*(?:h(?:rs)?)?()()$/.exec(t);
  if (!found) return null;
  let h = Number(found[1]);
  const m = Number(found[2] ?? 0);
  const s = Number(found[3] ?? 0);
  const half = (found[4] ?? '').charAt(0);
  if (m > 59 || s > 59) return null;
  if (half === 'a' || half === 'p') {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half === 'p' ? 12 : 0);
  } else if (h > 23 || (found[2] === undefined && half !== 'h' && !/^\d{4}/.test(t) && !bare)) return null;
  return {
    minutes: h * 60 + m,
    seconds: s,
    half: half === 'a' || half === 'p',
    padded: /^\d{2}/.test(t) || half === 'h',
  };
}

// A time of day in 24 hours, "HH:MM" (and ":SS" with `seconds`), however it is written (see `clockParts`); a review when the text holds no time of day.
export function clock24(value: unknown, seconds: boolean): string {
  const parts = clockParts(value, false);
  if (!parts) return cannotRead('clock24', value, 'no time of day');
  const pad = (n: number): string => String(n).padStart(2, '0');
  const hm = `${pad(Math.floor(parts.minutes / 60))}:${pad(parts.minutes % 60)}`;
  return seconds ? `${hm}:${pad(parts.seconds)}` : hm;
}

// The start and end of a time range ("9am-5:30pm", "09:00 – 17:00", "10 a.m. to 10:30pm"), in minutes after midnight: an end with neither am/pm nor a 24-hour form (no leading zero, under 13) before a morning start is in the afternoon ("9–5", "8:15–1:45"), before an evening one the next morning ("20:00 – 4:00"); null when the text is not two times of day.
export function rangeParts(value: unknown): [number, number] | null {
  const sides = text(value)
    .trim()
    .split(/\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b)\s*/i)
    .filter((side) => side !== '');
  if (sides.length !== 2) return null;
  const start = clockParts(sides[0], true);
  const end = clockParts(sides[1], true);
  if (!start || !end) return null;
  let endMinutes = end.minutes;
  // A morning start: a bare end before it is the afternoon; after an evening start it is the next morning.
  if (!end.half && !end.padded && endMinutes < 780 && endMinutes <= start.minutes && start.minutes < 720)
    endMinutes += 720;
  return [start.minutes, endMinutes];
}

// The start or the end of a time range in 24 hours, "HH:MM" (see `rangeParts`); a review when the text is not a range.
export function timeRange(value: unknown, part: 'start' | 'end'): string {
  const range = rangeParts(value);
  if (!range) return cannotRead('timeRange', value, 'not a range of two times of day');
  const at = part === 'start' ? range[0] : range[1];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(at / 60))}:${pad(at % 60)}`;
}

// The length of a time range in minutes ("09:00-17:30" → 510); an end before the start is the next day ("22:00–06:00" → 480); a review when the text is not a range.
export function rangeMinutes(value: unknown): number {
  const range = rangeParts(value);
  if (!range) return cannotRead('rangeMinutes', value, 'not a range of two times of day');
  const length = range[1] - range[0];
  return length > 0 ? length : length + 1440;
}

// A UTC offset in minutes east of UTC (west negative): the whole text ("+05:30" → 330, "-0800" → -480, "+01" → 60, "UTC+5:30", "GMT-8", "UTC", "GMT", "Z" → 0) or the offset after a clock time that ends the text ("2024-03-05T14:30:00-03:30" → -210); the sign applies to the minutes too. A review for any other text: a number with no sign is no offset, hours above 14 or minutes above 59 are not one.
export function utcOffsetMinutes(value: unknown): number {
  const s = text(value).trim();
  const zone = '(?:UTC|GMT|UT)';
  const offset = `(?:(Z)|${zone}(?:\\s*[±+-]\\s*0{1,2}(?::?00)?)?|${zone}\\s*([+\u2212-])\\s*(\\d{1,2})(?::?(\\d{2}))?|([+\u2212-])(\\d{2})(?::?(\\d{2}))?)`;
  const found =
    new RegExp(`^${offset}$`, 'i').exec(s) ??
    new RegExp(`\\d:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*${offset}$`, 'i').exec(s);
  if (!found) return cannotRead('utcOffsetMinutes', value, 'not a UTC offset ("+05:30", "UTC-8", "Z")');
  const sign = found[2] ?? found[5];
  if (sign === undefined) return 0;
  const hours = Number(found[3] ?? found[6]);
  const minutes = Number(found[4] ?? found[7] ?? 0);
  if (hours > 14 || minutes > 59)
    return cannotRead('utcOffsetMinutes', value, 'hours above 14 or minutes above 59');
  return (sign === '+' ? 1 : -1) * (hours * 60 + minutes) || 0;
}

// The digits of a number dialled abroad, after its international prefix: "+", "00" (most of the world) or "011" (North America's) followed by a space, dash or dot (a national number may start 011: a Leeds one does); "" when the text has none.
export function internationalDigits(value: unknown): string {
  const s = text(value).trim();
  const digits = s.replace(/\D/g, '');
  if (s.startsWith('+')) return digits;
  if (digits.startsWith('00')) return digits.slice(2);
  return /^011[\s.-]/.test(s) ? digits.slice(3) : '';
}

// Calling codes (ITU-T E.164 assignments) of common countries, by ISO 3166 code ("GB" → "44").
export function callingCodes(): Record<string, string> {
  const table =
    'US:1 CA:1 GB:44 UK:44 IE:353 DE:49 FR:33 NL:31 BE:32 LU:352 CH:41 AT:43 IT:39 ES:34 ' +
    'PT:351 DK:45 SE:46 NO:47 FI:358 IS:354 PL:48 CZ:420 SK:421 HU:36 RO:40 BG:359 GR:30 ' +
    'HR:385 SI:386 EE:372 LV:371 LT:370 UA:380 RU:7 TR:90 IL:972 AE:971 SA:966 EG:20 ZA:27 ' +
    'NG:234 KE:254 MA:212 IN:91 PK:92 BD:880 CN:86 HK:852 TW:886 JP:81 KR:82 SG:65 MY:60 ' +
    'TH:66 VN:84 PH:63 ID:62 AU:61 NZ:64 MX:52 BR:55 AR:54 CL:56 CO:57 PE:51 ';
  return Object.fromEntries(
    table
      .trim()
      .split(' ')
      .map((pair) => pair.split(':')),
  ) as Record<string, string>;
}

// A phone number in E.164 ("+442079460958"): "+" or "00" starts an international number; any other is national in `country` (an ISO code such as "GB", or a calling code such as "44"), so its trunk prefix ("0", or "1" in North America) gives way to the country's calling code. An extension ("x12", "ext. 5", "#3") is left out; a review when the country is unknown or the length is not a phone number's.
export function e164(value: unknown, country: unknown): string {
  const codes = callingCodes();
  // Italy, San Marino and the Vatican keep the leading 0 of a national number after the code.
  const keepsZero = new Set(['39', '378']);
  const main = text(value)
    .trim()
    .replace(/\s*(?:x|ext\.?|extension|#)\s*\d{1,6}\s*$/i, '')
    .replace(/\(0\)/, '');
  const digits = main.replace(/\D/g, '');
  let full = internationalDigits(main);
  if (full === '') {
    const named = text(country).trim().toUpperCase().replace(/^\+/, '');
    const code = /^\d{1,3}$/.test(named) ? named : (codes[named] ?? '');
    if (code === '')
      return cannotRead(
        'e164',
        value,
        `a national number, and the country ${JSON.stringify(text(country))} is not known`,
      );
    // North American numbers have ten digits after the 1.
    if (code === '1') {
      full = digits.length === 11 && digits.startsWith('1') ? digits : `1${digits}`;
      if (full.length !== 11) return cannotRead('e164', value, 'a North American number has ten digits');
    } else if (digits.startsWith('0')) full = code + (keepsZero.has(code) ? digits : digits.slice(1));
    else full = code + digits;
  }
  if (full.length < 8 || full.length > 15 || full.startsWith('0'))
    return cannotRead('e164', value, 'not as many digits as a phone number has');
  return `+${full}`;
}

// A number as dialled from an office phone, in E.164: an outside-line digit (`outside`: "9" in North America, "0" in much of Europe; "" for none) may lead; then the international prefix of `country` ("011" in North America, "00" elsewhere) and a number abroad, or a number national to `country` (a calling code or ISO code, read as `e164` does). A review when it reads as neither, or as two numbers (with and without the outside-line digit).
export function dialled(value: unknown, country: string, outside: string): string {
  const digits = text(value)
    .trim()
    .replace(/\s*(?:x|ext\.?|extension|#)\s*\d{1,6}\s*$/i, '')
    .replace(/\D/g, '');
  const nanp = country === '1' || callingCodes()[country.toUpperCase()] === '1';
  const exit = nanp ? '011' : '00';
  const read = (d: string): string => {
    if (d.startsWith(exit)) {
      const abroad = d.slice(exit.length);
      return abroad.length >= 8 &&
        abroad.length <= 15 &&
        !abroad.startsWith('0') &&
        !(nanp && abroad.startsWith('1'))
        ? `+${abroad}`
        : '';
    }
    try {
      return e164(d, country);
    } catch {
      return '';
    }
  };
  const readings = [read(digits)];
  if (outside !== '' && digits.startsWith(outside)) readings.push(read(digits.slice(outside.length)));
  const found = [...new Set(readings.filter((r) => r !== ''))];
  if (found.length === 1) return found[0] ?? '';
  return cannotRead(
    'dialled',
    value,
    found.length === 0 ? 'not a number dialled from this country' : `it reads as ${found.join(' and as ')}`,
  );
}

// The check digit of a GTIN, EAN or UPC body (the digits before it): weights 3 and 1 from the right, as GS1 defines.
export function gtinCheckDigit(body: string): string {
  let sum = 0;
  [...body].reverse().forEach((digit, i) => {
    sum += Number(digit) * (i % 2 === 0 ? 3 : 1);
  });
  return String((10 - (sum % 10)) % 10);
}

// Whether a code's check digit is right by a scheme: "isbn" (an ISBN-10, its check 0–9 or X by mod 11, or an ISBN-13 starting 978 or 979), "gs1" (a GTIN-8, UPC-A, EAN-13 or GTIN-14), "luhn" (card and account numbers); false for a code of a length the scheme does not have. The code's digits after any label, hyphens and spaces left out.
export function checkDigitValid(value: unknown, scheme: 'isbn' | 'gs1' | 'luhn'): boolean {
  const code = codeDigits(value);
  const gs1 = (digits: string): boolean =>
    /^\d+$/.test(digits) && gtinCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
  if (scheme === 'gs1') return [8, 12, 13, 14].includes(code.length) && gs1(code);
  if (scheme === 'isbn') {
    if (/^97[89]\d{10}$/.test(code)) return gs1(code);
    if (!/^\d{9}[\dX]$/.test(code)) return false;
    let sum = 0;
    [...code].forEach((ch, i) => {
      sum += (10 - i) * (ch === 'X' ? 10 : Number(ch));
    });
    return sum % 11 === 0;
  }
  if (!/^\d{2,19}$/.test(code)) return false;
  let sum = 0;
  [...code].reverse().forEach((ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return sum % 10 === 0;
}

// A GTIN written with `length` digits ("UPC 0-36000-29145-2" → "0036000291452" for an EAN-13): the code's digits after any label, zeros put in front of a UPC or EAN-8; a review when it has more digits or fewer than 8.
export function gtin(value: unknown, length: number): string {
  const digits = codeDigits(value);
  if (!/^\d+$/.test(digits) || digits.length < 8 || digits.length > length)
    return cannotRead('gtin', value, `not a code of 8 to ${length} digits`);
  return digits.padStart(length, '0');
}

// An ISBN-13 from an ISBN-10 or ISBN-13, with any label and hyphens ("ISBN 0-306-40615-2" → "9780306406157"): an ISBN-10 gets the 978 prefix and a new check digit, but only when its own check digit is right (no valid-looking number is made from a misread one); a review otherwise.
export function isbn13(value: unknown): string {
  const code = codeDigits(value);
  if (/^97[89]\d{10}$/.test(code)) return code;
  if (!/^\d{9}[\dX]$/.test(code)) return cannotRead('isbn13', value, 'not an ISBN-10 or ISBN-13');
  let sum = 0;
  [...code].forEach((ch, i) => {
    sum += (10 - i) * (ch === 'X' ? 10 : Number(ch));
  });
  if (sum % 11 !== 0) return cannotRead('isbn13', value, 'its ISBN-10 check digit is wrong');
  const body = `978${code.slice(0, 9)}`;
  return body + gtinCheckDigit(body);
}

// An ISBN-10 from an ISBN-13 starting 978 (or an ISBN-10), with any label and hyphens: the middle nine digits and their check digit (0–9 or X); a review for a 979 ISBN, which has no ISBN-10, or a wrong ISBN-13 check digit.
export function isbn10(value: unknown): string {
  const code = codeDigits(value);
  if (/^\d{9}[\dX]$/.test(code)) return code;
  if (!/^978\d{10}$/.test(code) || gtinCheckDigit(code.slice(0, 12)) !== code.slice(12))
    return cannotRead(
      'isbn10',
      value,
      'not an ISBN-10, nor an ISBN-13 starting 978 with a right check digit',
    );
  const body = code.slice(3, 12);
  let sum = 0;
  [...body].forEach((ch, i) => {
    sum += (10 - i) * Number(ch);
  });
  const check = (11 - (sum % 11)) % 11;
  return body + (check === 10 ? 'X' : String(check));
}

// A part of a postal address found by its postcode, in the postcode style of a country or group ("UK", "CA", "NL", "JP", "US", five digits "5" as DE/FR/ES/IT, four digits "4" as AU/AT/CH/BE, six digits "6" as an Indian PIN, "560 001" read as "560001"): the street (the first line or comma piece, before the postcode's), the postcode itself (written the standard way), the city (the words before a postcode written last, a dash between them left out, or after one written first, or the part before), or the region (a state or province code beside it, "" when there is none); a review when the address has no postcode of the style, or not the part asked for. For six digits the city is only the words beside the PIN: Indian addresses put a door number, a street and a locality in comma pieces of their own, so the piece before is no city; a state name there ("Karnataka 560001") is the region, and the city is then a review.
export function addressPart(
  value: unknown,
  part: 'street' | 'postcode' | 'city' | 'region',
  style: string,
): string {
  const patterns: Record<string, RegExp> = {
    UK: /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b/gi,
    CA: /\b([A-Z]\d[A-Z]) ?(\d[A-Z]\d)\b/gi,
    NL: /\b(\d{4}) ?([A-Z]{2})\b/gi,
    JP: /(?:〒\s*)?\b(\d{3})-?(\d{4})\b/g,
    US: /\b(\d{5})(-\d{4})?\b/g,
    '5': /\b(\d{5})()\b/g,
    '4': /\b(\d{4})()\b/g,
    '6': /\b(\d{3}) ?(\d{3})\b/g,
  };
  const joiner: Record<string, string> = {
    UK: ' ',
    CA: ' ',
    NL: ' ',
    JP: '-',
    US: '',
    '5': '',
    '4': '',
    '6': '',
  };
  const pattern = patterns[style];
  if (!pattern) return cannotRead('addressPart', value, `no postcode style ${style}`);
  const pieces = text(value)
    .split(/[,\n]/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  for (let p = pieces.length - 1; p >= 0; p--) {
    const found = [...(pieces[p] ?? '').matchAll(pattern)].pop();
    if (!found) continue;
    if (part === 'street')
      return p > 0 ? (pieces[0] ?? '') : cannotRead('addressPart', value, 'no street before the postcode');
    if (part === 'postcode')
      return `${found[1] ?? ''}${joiner[style] ?? ''}${found[2] ?? ''}`.replace(/^-$/, '').toUpperCase();
    const piece = pieces[p] ?? '';
    const region = /^\p{Lu}{2,3}$/u;
    let before = piece
      .slice(0, found.index)
      .replace(/[\s\-–—:]+$/, '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const after = piece.slice(found.index + found[0].length).trim();
    let code = '';
    if (style === '6') {
      const words = before.join(' ');
      // India's states and union territories: beside a PIN they are the region, not the city.
      const states =
        'andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|punjab|rajasthan|sikkim|tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal|andaman and nicobar islands|chandigarh|dadra and nagar haveli and daman and diu|delhi|jammu and kashmir|ladakh|lakshadweep|puducherry';
      const state = states.split('|').includes(words.toLowerCase());
      if (part === 'region') return state ? words : '';
      return words !== '' && !state ? words : cannotRead('addressPart', value, 'no city beside the PIN');
    }
    // A region code is in capitals, or capitalized after the city's own words ("St Kilda Vic").
    const last = before[before.length - 1] ?? '';
    if (region.test(last) || (before.length > 1 && /^\p{Lu}\p{L}{1,2}$/u.test(last))) {
      code = last.toUpperCase();
      before = before.slice(0, -1);
    }
    let rest = p - 1;
    if (code === '' && before.length === 0 && region.test(pieces[rest] ?? '')) code = pieces[rest--] ?? '';
    if (part === 'region') return code;
    if (before.length > 0) return before.join(' ');
    if (after !== '') return after.replace(/\s+/g, ' ');
    return rest >= 1 ? (pieces[rest] ?? '') : cannotRead('addressPart', value, 'no city beside the postcode');
  }
  return cannotRead('addressPart', value, `no postcode of the style ${style}`);
}

// A part of a postcode written in a field of its own, however it is typed (lower case, no space, stray dots): for "UK" the outward code ("SW1A"), the inward code ("1AA"), the area (its leading letters, "SW") or the whole, upper case with one space ("SW1A 1AA"); for "CA" the forward sortation area ("K1A") as outward, the local delivery unit ("0B1") as inward, the first letter as area. A review when the text is no postcode of the style.
export function postcodePart(
  value: unknown,
  part: 'outward' | 'inward' | 'area' | 'whole',
  style: 'UK' | 'CA',
): string {
  const squeezed = text(value)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  const found =
    style === 'UK'
      ? /^(([A-Z]{1,2})\d[A-Z\d]?)(\d[A-Z]{2})$/.exec(squeezed)
      : /^(([A-Z])\d[A-Z])(\d[A-Z]\d)$/.exec(squeezed);
  if (!found) return cannotRead('postcodePart', value, `not a postcode of the style ${style}`);
  const [, outward = '', area = '', inward = ''] = found;
  if (part === 'outward') return outward;
  if (part === 'inward') return inward;
  return part === 'area' ? area : `${outward} ${inward}`;
}

// An international phone number ("+44 (0)20 7946 0018", "0049-30-1234567") split into its calling code ("+44", one of the known ones; "44" as `country`) or its national significant number ("2079460018"; Italy keeps its 0); a review when it is not written internationally with a known calling code.
export function phonePart(value: unknown, part: 'code' | 'country' | 'number'): string {
  const international = internationalDigits(text(value).trim().replace(/\(0\)/, ''));
  const known = new Set(Object.values(callingCodes()));
  const code = [1, 2, 3].map((n) => international.slice(0, n)).find((c) => known.has(c));
  if (code === undefined)
    return cannotRead('phonePart', value, 'not written internationally with a known calling code');
  return part === 'code' ? `+${code}` : part === 'country' ? code : international.slice(code.length);
}

// The digits of a code with their GS1 check digit put after them ("400638133393" → "4006381333931"); a review when it has fewer than 7 digits or more than 17.
export function withCheckDigit(value: unknown): string {
  const digits = codeDigits(value);
  return /^\d{7,17}$/.test(digits)
    ? digits + gtinCheckDigit(digits)
    : cannotRead('withCheckDigit', value, 'not a code of 7 to 17 digits');
}
