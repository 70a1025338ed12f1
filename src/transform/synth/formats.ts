/**
 * Readers for everyday formats a person knows without being shown (issue 11 §4): words of a closed
 * set (log levels, priorities, or a schema enum) in any spelling, phone numbers in E.164, GTINs and
 * ISBNs with their check digits, and address parts found by the postcode of a country's style. Each
 * is offered as a string atom only when every example fits it, and costs a little less than the
 * positional reading it generalizes (a token, a regex match, the digits), which stays a rival.
 */
import { derive, key, lit, type Expr } from './expr.ts';
import * as H from './helpers.ts';
import { softly } from './softly.ts';
import type { Source } from './sources.ts';

type Add = (expr: Expr) => string[] | null;

/** A word of a closed set and its other names; `joins` marks one used only when an example shows it, else its names go to that family (trace → debug). */
interface Family {
  names: string[];
  joins?: number;
}

/**
 * Closed sets of words everyone uses (general knowledge, like the currency table): log severities
 * as syslog and logging libraries name them, ticket priorities and garment sizes.
 */
const KNOWN_SETS: Family[][] = [
  [
    { names: ['debug', 'dbg'] },
    { names: ['info', 'information', 'informational', 'inf'] },
    { names: ['warn', 'warning', 'wrn'] },
    { names: ['error', 'err'] },
    { names: ['critical', 'crit'] },
    { names: ['trace', 'trc', 'verbose'], joins: 0 },
    { names: ['notice'], joins: 1 },
    { names: ['fatal'], joins: 4 },
    { names: ['alert'], joins: 4 },
    { names: ['emergency', 'emerg'], joins: 4 },
  ],
  [{ names: ['low'] }, { names: ['medium', 'normal', 'med'] }, { names: ['high'] }, { names: ['urgent'] }],
  [
    { names: ['xs', 'extra small', 'x-small'] },
    { names: ['s', 'small', 'sm'] },
    { names: ['m', 'medium', 'med', 'md'] },
    { names: ['l', 'large', 'lg'] },
    { names: ['xl', 'extra large', 'x-large', '1xl'] },
    { names: ['xxl', 'xx-large', '2xl', '2x', 'extra extra large'] },
    { names: ['xxxl', 'xxx-large', '3xl', '3x'] },
  ],
  // The order lifecycle shops and carriers name (a status outside these names goes to a person).
  [
    { names: ['open', 'pending', 'new', 'processing', 'placed'] },
    { names: ['shipped', 'dispatched', 'in transit', 'out for delivery', 'fulfilled'] },
    { names: ['delivered', 'completed', 'complete'] },
    { names: ['cancelled', 'canceled', 'void', 'voided'] },
    { names: ['returned', 'refunded', 'rma'] },
  ],
];

/** The outputs' letter case, so words added to their set are written alike. */
function styleOf(words: string[]): (w: string) => string {
  if (words.every((w) => w === w.toUpperCase())) return (w) => w.toUpperCase();
  if (words.every((w) => w === w.toLowerCase())) return (w) => w.toLowerCase();
  if (words.every((w) => w === H.capitalize(w))) return (w) => H.capitalize(w);
  return (w) => w;
}

/**
 * The closed set of words a field's outputs come from, with each word's other names, when there is
 * evidence of one: the schema's enum, or a known set every output belongs to (the outputs' words,
 * and the set's other members written in the outputs' case: "WARN", "ERROR", "INFO" bring "DEBUG"
 * and "CRITICAL", and "fatal" names "CRITICAL" unless an example shows "FATAL"). Null otherwise.
 */
export function closedSet(outputs: unknown[], choices?: string[]): Record<string, string[]> | null {
  if (!outputs.every((o): o is string => typeof o === 'string' && /^\p{L}+$/u.test(o))) return null;
  if (choices && choices.length > 0)
    return outputs.every((o) => choices.includes(o))
      ? Object.fromEntries(choices.map((c) => [c, [] as string[]]))
      : null;
  const distinct = [...new Set(outputs)];
  for (const families of KNOWN_SETS) {
    const familyOf = (word: string): number =>
      families.findIndex((f) => f.names.includes(word.toLowerCase()));
    const seen = distinct.map(familyOf);
    if (seen.some((f) => f < 0) || new Set(seen).size !== seen.length) continue;
    const style = styleOf(distinct);
    const set = new Map<number, { word: string; names: string[] }>();
    families.forEach((family, f) => {
      const at = seen.indexOf(f);
      if (at >= 0) set.set(f, { word: distinct[at] ?? '', names: [] });
      else if (family.joins === undefined) set.set(f, { word: style(family.names[0] ?? ''), names: [] });
    });
    families.forEach((family, f) => {
      const home = set.get(f) ?? (family.joins === undefined ? undefined : set.get(family.joins));
      home?.names.push(...family.names.filter((n) => n !== home.word.toLowerCase()));
    });
    return Object.fromEntries([...set.values()].map(({ word, names }) => [word, names]));
  }
  return null;
}

/** The words of a short text, squeezed for comparison ("In Transit" → "intransit"). */
const squeeze = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * `oneOf(text, { word: [other names] })`: a word of a closed set however the input spells it
 * ("Wrn", "warning" → "WARN"). The set is the schema's enum or a known set ({@link closedSet});
 * without either, the outputs' own words when some repeat and at least one is not written as is in
 * its input (a category normalized, not a word copied), at a higher cost. A short input the rules
 * do not read as its output's word ("Attending" → "yes") becomes another name of that word.
 */
export function addOneOf(
  source: Source,
  outputs: string[],
  add: Add,
  choices?: string[],
  /** Per example, the texts of the record's other fields: an output copied from one is not this field's category. */
  others?: string[][],
): void {
  if (!source.values.every((v) => typeof v === 'string')) return;
  const texts = source.values.map((v) => H.text(v));
  let set = closedSet(outputs, choices);
  // With a known set (or the schema's), the reader beats the copy it ties with on the examples: a
  // spelling no example had is read as its word, or stops for review, never copied through.
  const copied = outputs.every((o, i) => o === texts[i]);
  let cost = copied ? -0.05 : 0.9;
  if (!set) {
    if (!outputs.every((o) => /^\p{L}+$/u.test(o)) || new Set(outputs).size === outputs.length) return;
    // A word another field of the same record holds as is ("Kasia" beside the first name
    // "Katarzyna") was copied from that field, not named by this one.
    const held = (o: string, i: number): boolean =>
      (others?.[i] ?? []).some((t) => t.trim().toLowerCase() === o.toLowerCase());
    if (outputs.some((o, i) => held(o, i))) return;
    // Category words: a few words without digits ("Attending", "in transit"), not codes or prices.
    if (texts.some((t) => /\d/.test(t) || t.trim().split(/\s+/).length > 3)) return;
    // A word written in other letters only ("ab" → "AB") is copied, not normalized.
    const words = (i: number): string[] => texts[i]?.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (outputs.every((o, i) => words(i).includes(o.toLowerCase()))) return;
    set = Object.fromEntries(outputs.map((o) => [o, [] as string[]]));
    // Evidence of a closed set read by its words, not a table of the examples: two words at least,
    // and at least half the examples read by the words themselves.
    const plain = set;
    const read = outputs.filter((o, i) => H.choiceNamed(texts[i], plain) === o).length;
    if (Object.keys(set).length < 2 || read * 2 < outputs.length) return;
    cost = 1.4;
  }
  const table: Record<string, string[]> = Object.fromEntries(
    Object.entries(set).map(([word, names]) => [word, [...names]]),
  );
  outputs.forEach((o, i) => {
    const t = texts[i] ?? '';
    if (H.choiceNamed(t, table) === o || t.trim().split(/\s+/).length > 3 || squeeze(t) === '') return;
    const names = table[o];
    if (names && !names.includes(t.trim().toLowerCase())) names.push(t.trim().toLowerCase());
  });
  const words = Object.keys(table).sort();
  const literal = `{ ${words.map((w) => `${key(w)}: [${(table[w] ?? []).map(lit).join(', ')}]`).join(', ')} }`;
  const sorted = Object.fromEntries(words.map((w) => [w, table[w] ?? []]));
  add(
    derive(
      source.expr,
      (c) => `oneOf(${c}, ${literal})`,
      (v) => H.oneOf(v, sorted),
      cost,
      ['oneOf'],
      (c) => `the word of ${c} naming one of ${words.join(', ')}`,
    ),
  );
}

/** Country codes a column may hold: ISO 3166 alpha-2 or a calling code. */
const COUNTRYISH = /^(?:[A-Za-z]{2}|\+?\d{1,3})$/;

/**
 * `e164(phone, country)`: phone numbers written the national way (or already international) in
 * E.164. The country is a column of ISO or calling codes when one fits, else the one country every
 * example is from (the calling code the outputs start with), written as a constant.
 */
export function addE164(sources: Source[], outputs: string[], add: Add): void {
  if (!outputs.every((o) => /^\+[1-9]\d{7,14}$/.test(o))) return;
  // Seven digits or more, however grouped ("+33 1 42 68 53 00" has no three in a row).
  const phones = sources.filter((s) =>
    s.values.every((v) => typeof v === 'string' && v.replace(/\D/g, '').length >= 7),
  );
  const countries = sources.filter((s) =>
    s.values.every((v) => typeof v === 'string' && COUNTRYISH.test(v.trim())),
  );
  for (const phone of phones) {
    for (const country of countries) {
      if (country === phone) continue;
      add({
        code: (root) => `e164(${phone.expr.code(root)}, ${country.expr.code(root)})`,
        run: (root) => H.e164(phone.expr.run(root), country.expr.run(root)),
        cost: phone.expr.cost + 0.3 * country.expr.cost + 0.9,
        helpers: ['e164'],
        describe: (root) =>
          `${phone.expr.describe(root)} in E.164, national numbers in ${country.expr.describe(root)}`,
      });
    }
    // Every example written internationally (+, 00 or 011): no country needed, none assumed.
    if (phone.values.every((v) => H.internationalDigits(v) !== '')) {
      add(
        derive(
          phone.expr,
          (c) => `e164(${c}, '')`,
          (v) => H.e164(v, ''),
          0.9,
          ['e164'],
          (c) => `${c} in E.164 (written internationally)`,
        ),
      );
    }
    // One country for every example: the calling code the outputs share, read from the shortest prefix.
    for (const digits of [1, 2, 3]) {
      const codes = new Set(outputs.map((o) => o.slice(1, 1 + digits)));
      const [code] = codes;
      if (codes.size !== 1 || code === undefined) continue;
      const values = phone.values.map((v) => softly(() => H.e164(v, code), ''));
      if (!values.every((v, i) => v === outputs[i])) continue;
      add(
        derive(
          phone.expr,
          (c) => `e164(${c}, ${lit(code)})`,
          (v) => H.e164(v, code),
          1,
          ['e164'],
          (c) => `${c} in E.164, national numbers with calling code ${code}`,
        ),
      );
      break;
    }
  }
}

/** Digits an outside line is commonly taken with on an office phone system. */
const OUTSIDE_LINE_DIGITS = ['9', '0', '8'];

/**
 * `dialled(number, country, outside)`: numbers as dialled from an office phone (a call log) in
 * E.164, when some example carries an outside-line digit before the number (a cut by position would
 * read "9011 44…" and "011 55…" alike). The country is North America's (its "011" prefix) or the one
 * calling code every output shares; the outside-line digit one some example starts with.
 */
export function addDialled(sources: Source[], outputs: string[], add: Add): void {
  if (!outputs.every((o) => /^\+[1-9]\d{7,14}$/.test(o))) return;
  const countries = ['1'];
  for (const digits of [1, 2, 3]) {
    const codes = new Set(outputs.map((o) => o.slice(1, 1 + digits)));
    if (codes.size === 1 && !countries.includes(outputs[0]?.slice(1, 1 + digits) ?? '1'))
      countries.push(outputs[0]?.slice(1, 1 + digits) ?? '');
  }
  for (const phone of sources) {
    const texts = phone.values.map((v) =>
      typeof v === 'string' || typeof v === 'number' ? String(v) : null,
    );
    if (!texts.every((t) => t !== null && /^[\d\s().+-]{7,}$/.test(t.trim()))) continue;
    for (const outside of OUTSIDE_LINE_DIGITS) {
      if (!texts.some((t) => (t ?? '').trim().startsWith(outside))) continue;
      for (const country of countries) {
        const read = texts.map((t) => softly(() => H.dialled(t, country, outside), ''));
        // Only where the outside-line digit is what makes the number (else e164 reads it).
        if (!read.every((r, i) => r === outputs[i])) continue;
        if (read.every((r, i) => softly(() => H.dialled(texts[i], country, ''), '') === r)) continue;
        add(
          derive(
            phone.expr,
            (c) => `dialled(${c}, ${lit(country)}, ${lit(outside)})`,
            (v) => H.dialled(v, country, outside),
            1,
            ['dialled'],
            (c) =>
              `${c} as dialled (outside line ${outside}) in E.164, national numbers with calling code ${country}`,
          ),
        );
      }
    }
  }
}

/** The calling code ("+44") or the national number of international phone numbers. */
export function addPhoneParts(source: Source, outputs: string[], add: Add): void {
  if (!source.values.every((v) => typeof v === 'string' && /^\s*(?:\+|00|011[\s.-])/.test(v))) return;
  const part = outputs.every((o) => /^\+\d{1,3}$/.test(o))
    ? 'code'
    : outputs.every((o) => /^\d{1,3}$/.test(o))
      ? 'country'
      : outputs.every((o) => /^\d{6,14}$/.test(o))
        ? 'number'
        : null;
  if (!part) return;
  add(
    derive(
      source.expr,
      (c) => `phonePart(${c}, ${lit(part)})`,
      (v) => H.phonePart(v, part),
      0.9,
      ['phonePart'],
      (c) => `${part === 'number' ? 'national number' : 'calling code'} of ${c}`,
    ),
  );
}

/**
 * A time of day in 24 hours (`clock24`), when every output is one ("HH:MM", or "HH:MM:SS"): cheaper
 * than the pieces it replaces; and the start and the end of a time range ("9am-5:30pm") when every
 * input is one.
 */
export function addClockTimes(source: Source, outputs: string[], add: Add): void {
  if (!source.values.every((v) => typeof v === 'string' && v.trim() !== '')) return;
  if (outputs.every((o) => /^\d{2}:\d{2}$/.test(o)) && source.values.every((v) => H.rangeParts(v) !== null)) {
    for (const part of ['start', 'end'] as const)
      add(
        derive(
          source.expr,
          (c) => `timeRange(${c}, ${lit(part)})`,
          (v) => H.timeRange(v, part),
          0.9,
          ['timeRange'],
          (c) => `the ${part} of the time range ${c}, in 24 hours`,
        ),
      );
  }
  const seconds = outputs.every((o) => /^\d{2}:\d{2}:\d{2}$/.test(o));
  if (!seconds && !outputs.every((o) => /^\d{2}:\d{2}$/.test(o))) return;
  add(
    derive(
      source.expr,
      (c) => `clock24(${c}, ${String(seconds)})`,
      (v) => H.clock24(v, seconds),
      0.9,
      ['clock24'],
      (c) => `the time of day in ${c}, in 24 hours`,
    ),
  );
}

/** GS1 check digit of a whole code is right. */
const validGtin = (code: string): boolean => H.gtinCheckDigit(code.slice(0, -1)) === code.slice(-1);

/**
 * Product codes read as what they are, when every output is one: GTINs of one length whose check
 * digits are right (a UPC-A gets the zero that makes it an EAN-13), and ISBNs (an ISBN-10 becomes
 * an ISBN-13 with a computed check digit, and back).
 */
export function addProductCodes(source: Source, outputs: string[], add: Add): void {
  if (!source.values.every((v) => typeof v === 'string' || typeof v === 'number')) return;
  const lengths = new Set(outputs.map((o) => o.length));
  const [length] = lengths;
  if (lengths.size === 1 && length !== undefined && [8, 12, 13, 14].includes(length)) {
    if (outputs.every((o) => /^\d+$/.test(o) && validGtin(o)))
      add(
        derive(
          source.expr,
          (c) => `gtin(${c}, ${length})`,
          (v) => H.gtin(v, length),
          0.9,
          ['gtin'],
          (c) => `${c} as a GTIN of ${length} digits`,
        ),
      );
  }
  if (outputs.every((o) => /^\d{8,18}$/.test(o) && validGtin(o)))
    add(
      derive(
        source.expr,
        (c) => `withCheckDigit(${c})`,
        (v) => H.withCheckDigit(v),
        0.9,
        ['withCheckDigit'],
        (c) => `${c} with its check digit`,
      ),
    );
  if (outputs.every((o) => /^97[89]\d{10}$/.test(o) && validGtin(o)))
    add(
      derive(
        source.expr,
        (c) => `isbn13(${c})`,
        (v) => H.isbn13(v),
        0.9,
        ['isbn13'],
        (c) => `${c} as an ISBN-13`,
      ),
    );
  if (outputs.every((o) => /^\d{9}[\dX]$/.test(o) && softly(() => H.isbn10(o), '') === o))
    add(
      derive(
        source.expr,
        (c) => `isbn10(${c})`,
        (v) => H.isbn10(v),
        0.9,
        ['isbn10'],
        (c) => `${c} as an ISBN-10`,
      ),
    );
}

const POSTCODE_STYLES = ['UK', 'CA', 'NL', 'JP', 'US', '5', '4', '6'];
const ADDRESS_PARTS = ['street', 'postcode', 'city', 'region'] as const;

/**
 * Parts of postal addresses found by the postcode (issue 11: addresses of several countries): for
 * each postcode style every example holds, the postcode, the city before or after it and the region
 * code beside it. Unlike "the 4th word", these read "Newcastle upon Tyne" and "Frankfurt am Main"
 * whole.
 */
export function addAddressParts(source: Source, outputs: string[], add: Add): void {
  const texts = source.values.map((v) => (typeof v === 'string' ? v : null));
  if (texts.some((t) => t === null || !t.includes(','))) return;
  for (const style of POSTCODE_STYLES) {
    if (!texts.every((t) => softly(() => H.addressPart(t, 'postcode', style), '') !== '')) continue;
    for (const part of ADDRESS_PARTS) {
      add(
        derive(
          source.expr,
          (c) => `addressPart(${c}, ${lit(part)}, ${lit(style)})`,
          (v) => H.addressPart(v, part, style),
          0.9,
          ['addressPart'],
          (c) => `${part} of ${c} (postcode style ${style})`,
        ),
      );
    }
  }
}

const POSTCODE_PARTS = ['outward', 'inward', 'area', 'whole'] as const;

/**
 * Parts of postcodes written in a field of their own (UK outward and inward codes, the area; the
 * Canadian forward sortation area and local delivery unit), when every example is one: read by the
 * postcode's structure, whatever its case and spacing, where a cut by position reads "sw1a0qd" as
 * written and a postcode of another length wrong.
 */
export function addPostcodeParts(source: Source, outputs: string[], add: Add): void {
  if (!outputs.every((o) => /^[A-Z0-9 ]+$/.test(o))) return;
  for (const style of ['UK', 'CA'] as const) {
    if (
      !source.values.every(
        (v) => typeof v === 'string' && softly(() => H.postcodePart(v, 'whole', style), '') !== '',
      )
    )
      continue;
    for (const part of POSTCODE_PARTS)
      add(
        derive(
          source.expr,
          (c) => `postcodePart(${c}, ${lit(part)}, ${lit(style)})`,
          (v) => H.postcodePart(v, part, style),
          0.8,
          ['postcodePart'],
          (c) => `the ${part} part of the ${style} postcode ${c}`,
        ),
      );
  }
}

/** Weekdays from Monday, in English, French, German and Spanish, full and abbreviated. */
const WEEKDAYS = [
  ['monday', 'mon', 'mo', 'lundi', 'lun', 'montag', 'lunes'],
  ['tuesday', 'tue', 'tues', 'tu', 'mardi', 'mar', 'dienstag', 'di', 'martes'],
  ['wednesday', 'wed', 'we', 'mercredi', 'mer', 'mittwoch', 'mi', 'miércoles', 'miercoles', 'mié', 'mie'],
  ['thursday', 'thu', 'thur', 'thurs', 'th', 'jeudi', 'jeu', 'donnerstag', 'do', 'jueves', 'jue'],
  ['friday', 'fri', 'fr', 'vendredi', 'ven', 'freitag', 'viernes', 'vie'],
  ['saturday', 'sat', 'sa', 'samedi', 'sam', 'samstag', 'sonnabend', 'sábado', 'sabado', 'sáb', 'sab'],
  ['sunday', 'sun', 'su', 'dimanche', 'dim', 'sonntag', 'so', 'domingo', 'dom'],
];

/**
 * Ordered sets everyone knows, read as numbers by the place of the word a text names: weekdays (from
 * Monday as ISO 8601 counts them, and from Sunday as US calendars and most date APIs do) and months
 * in English, French, German and Spanish, levels (priorities, risks) from none to critical, a
 * five-point agreement scale, garment sizes from XS. The examples decide the first number and the
 * direction (an affine fit: Sunday 0, or "urgent" 1 counted from the top).
 */
const ORDERED_SETS: { name: string; places: string[][] }[] = [
  { name: 'weekdays from Monday', places: WEEKDAYS },
  { name: 'weekdays from Sunday', places: [...WEEKDAYS.slice(6), ...WEEKDAYS.slice(0, 6)] },
  {
    name: 'months',
    places: [
      ['january', 'jan', 'janvier', 'janv', 'januar', 'jän', 'enero', 'ene'],
      ['february', 'feb', 'février', 'fevrier', 'févr', 'fév', 'februar', 'febrero'],
      ['march', 'mar', 'mars', 'märz', 'maerz', 'mär', 'marzo'],
      ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
      ['may', 'mai', 'mayo'],
      ['june', 'jun', 'juin', 'juni', 'junio'],
      ['july', 'jul', 'juillet', 'juil', 'juli', 'julio'],
      ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
      ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre'],
      ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre'],
      ['november', 'nov', 'novembre', 'noviembre'],
      ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic'],
    ],
  },
  {
    // One scale for priorities and risks: none, low, medium, high, critical (a 1–3 low/medium/high
    // scale is this one counted from 0; urgent-first priorities, counted from the last).
    name: 'levels',
    places: [
      ['none', 'negligible', 'nil', 'no risk', 'minimal'],
      ['low', 'lo', 'minor', 'l'],
      // Not "elevated": one scale puts it at medium, another at high; it is left to a person.
      ['medium', 'normal', 'moderate', 'med', 'mid', 'm'],
      ['high', 'hi', 'major', 'h'],
      ['critical', 'urgent', 'crit', 'very high', 'severe', 'extreme'],
    ],
  },
  {
    name: 'agreement scale',
    places: [
      ['strongly disagree', 'sd', 'disagree strongly'],
      ['disagree', 'd', 'somewhat disagree', 'tend to disagree'],
      ['neutral', 'n', 'neither agree nor disagree', 'undecided'],
      ['agree', 'a', 'somewhat agree', 'tend to agree'],
      ['strongly agree', 'sa', 'agree strongly'],
    ],
  },
  {
    name: 'garment sizes',
    places: [
      ['xs', 'extra small', 'x-small'],
      ['s', 'small', 'sm'],
      ['m', 'medium', 'med', 'md'],
      ['l', 'large', 'lg'],
      ['xl', 'extra large', 'x-large', '1xl'],
      ['xxl', 'xx-large', '2xl', '2x', 'extra extra large'],
      ['xxxl', 'xxx-large', '3xl', '3x'],
    ],
  },
];

/** Each ordered set's reading of the texts met so far (the sets are fixed, so are the readings). */
const RANKS = new Map<object, Map<unknown, number>>();

/**
 * Number readings of a text field by the place of its word in each known ordered set every example
 * names a member of (`rankOf`), counted from the first place (from 1 and from 0) and from the last; an affine fit on
 * them gives the numbering the examples use.
 */
export function rankReads(source: Source): Expr[] {
  if (!source.values.every((v) => typeof v === 'string' && v.trim() !== '')) return [];
  const reads: Expr[] = [];
  for (const set of ORDERED_SETS) {
    // The search runs these readings on the same few texts many times: each text is read once.
    const seen = RANKS.get(set) ?? new Map<unknown, number>();
    RANKS.set(set, seen);
    const rankSoftly = (v: unknown): number => {
      let found = seen.get(v);
      if (found === undefined) {
        found = softly(() => H.rankOf(v, set.places), Number.NaN);
        if (seen.size < 10_000) seen.set(v, found);
      }
      return found;
    };
    // A program run on a text naming no place stops for review, as the helper in the generated code does.
    const rank = (v: unknown): number => {
      const found = rankSoftly(v);
      return Number.isFinite(found) ? found : H.rankOf(v, set.places);
    };
    if (!source.values.every((v) => Number.isFinite(rankSoftly(v)))) continue;
    const literal = `[${set.places.map((names) => `[${names.map(lit).join(', ')}]`).join(', ')}]`;
    const count = set.places.length;
    reads.push(
      derive(
        source.expr,
        (c) => `rankOf(${c}, ${literal})`,
        (v) => rank(v),
        0.9,
        ['rankOf'],
        (c) => `the place of ${c} in the ${set.name}`,
      ),
      derive(
        source.expr,
        (c) => `${count + 1} - rankOf(${c}, ${literal})`,
        (v) => count + 1 - rank(v),
        1,
        ['rankOf'],
        (c) => `the place of ${c} in the ${set.name}, counted from the last`,
      ),
      // Counted from 0, as date APIs number weekdays and months.
      derive(
        source.expr,
        (c) => `rankOf(${c}, ${literal}) - 1`,
        (v) => rank(v) - 1,
        1,
        ['rankOf'],
        (c) => `the place of ${c} in the ${set.name}, counted from 0`,
      ),
    );
  }
  return reads;
}

/** The length in minutes of a time range ("09:00-17:30", "9–5"), when every example is one. */
export function rangeReads(source: Source): Expr[] {
  if (!source.values.every((v) => typeof v === 'string' && H.rangeParts(v) !== null)) return [];
  return [
    derive(
      source.expr,
      (c) => `rangeMinutes(${c})`,
      (v) => H.rangeMinutes(v),
      0.9,
      ['rangeMinutes'],
      (c) => `the minutes of the time range ${c}`,
    ),
  ];
}

/**
 * The symbol of the currency an input code names (`currencySymbol`: "EUR" → "€"), when every input
 * is a currency code and every output shows its symbol: a price displayed for people takes its
 * symbol from the record's currency, not from the examples (which may all be in euros).
 */
export function addCurrencySymbol(source: Source, outputs: string[], add: Add): void {
  const symbols = source.values.map((v) => softly(() => H.currencySymbol(v), ''));
  if (symbols.some((s, i) => s === '' || !(outputs[i] ?? '').includes(s))) return;
  add(
    derive(
      source.expr,
      (c) => `currencySymbol(${c})`,
      (v) => H.currencySymbol(v),
      0.9,
      ['currencySymbol'],
      (c) => `the symbol of the currency ${c}`,
    ),
  );
}

/**
 * A UTC offset in minutes ("+05:30" → 330, "GMT-8" → -480, "Z" → 0, or the offset ending a
 * timestamp): only for a text field whose every example reads as one, so "-03:30" is -210 minutes
 * (the sign covers the minutes) and not -3 × 60 + 30.
 */
export function offsetReads(source: Source): Expr[] {
  const reads = (v: unknown): boolean =>
    typeof v === 'string' && Number.isFinite(softly(() => H.utcOffsetMinutes(v), Number.NaN));
  if (!source.values.every(reads)) return [];
  return [
    derive(
      source.expr,
      (c) => `utcOffsetMinutes(${c})`,
      (v) => H.utcOffsetMinutes(v),
      0.8,
      ['utcOffsetMinutes'],
      (c) => `the UTC offset of ${c} in minutes`,
    ),
  ];
}
