/**
 * String programs, FlashFill style: every output is learned as a concatenation of atoms (constants
 * and substrings/reformattings of input values). The search is a cheapest-path walk over the joint
 * output positions of all examples, so one program must explain every example at once.
 */
import { derive, key, lit, type Expr } from './expr.ts';
import * as H from './helpers.ts';
import {
  addAddressParts,
  addClockTimes,
  addCurrencySymbol,
  addDialled,
  addE164,
  addOneOf,
  addPhoneParts,
  addPostcodeParts,
  addProductCodes,
} from './formats.ts';
import { softly } from './softly.ts';
import type { Source, Task } from './sources.ts';

/** A string-valued candidate with its value on each example and unlabeled input. */
export interface Atom {
  expr: Expr;
  values: string[];
  score: number;
  /** Set for date-part atoms, so neighbouring parts can be printed as one formatDate call. */
  date?: { key: string; token: string; source: Expr; order: string; utc?: boolean };
  /**
   * Other programs with the same value on every example (the second word and the last word of
   * two-word names), cheapest first: the search keeps one, the version space needs the others.
   */
  twins?: Expr[];
}

type Order = 'DMY' | 'MDY' | 'YMD' | 'DMY|MDY';

const DELIMITERS = [
  ' ',
  ',',
  ';',
  '|',
  '/',
  '-',
  '_',
  '.',
  '@',
  ':',
  '#',
  '\t',
  '+',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '"',
  '=',
  '&',
  '~',
];
const CASES: [string, (s: string) => string, (c: string) => string, string[]][] = [
  ['upper', (s) => s.toUpperCase(), (c) => `${c}.toUpperCase()`, []],
  ['lower', (s) => s.toLowerCase(), (c) => `${c}.toLowerCase()`, []],
  ['title', (s) => H.titleCase(s), (c) => `titleCase(${c})`, ['titleCase']],
  ['capitalize', (s) => H.capitalize(s), (c) => `capitalize(${c})`, ['capitalize']],
];
const PATTERNS: [string, RegExp, string][] = [
  ['digits', /\d+/g, '/\\d+/g'],
  ['letters', /\p{L}+/gu, '/\\p{L}+/gu'],
  ['alphanumerics', /[\p{L}\p{N}]+/gu, '/[\\p{L}\\p{N}]+/gu'],
  ['numbers', /\d+(?:[.,]\d+)*/g, '/\\d+(?:[.,]\\d+)*/g'],
];
const DATE_TOKENS = [
  'yyyy',
  'yy',
  'MMMM',
  'MMM',
  'MM',
  'M',
  'dd',
  'd',
  'EEEE',
  'EEE',
  'HH',
  'H',
  'hh',
  'h',
  'mm',
  'ss',
  'a',
];

/** Text expression of a source: `text(value)`, which reads a missing value as "". */
export function textOf(source: Source): Expr {
  return derive(
    source.expr,
    (c) => `text(${c})`,
    (v) => H.text(v),
    0.1,
    ['text'],
    (c) => c,
  );
}

/** Date orders worth trying for a source, most plausible first (and only those that parse every example). */
function dateOrders(values: unknown[]): Order[] {
  const sample = values.map((v) => H.text(v)).join(' ');
  const prefer: Order[] =
    /\d\.\d/.test(sample) || /\d-\d{1,2}-\d/.test(sample) ? ['DMY', 'MDY'] : ['MDY', 'DMY'];
  const reads = (order: Order): boolean =>
    values.every((v) => v === null || v === undefined || H.parseDate(v, order) !== null);
  const orders = (['YMD', ...prefer] as Order[]).filter(reads);
  // Only when no one order reads every example (they show both): then each date's own parts decide.
  return orders.length === 0 && reads('DMY|MDY') ? ['DMY|MDY'] : orders;
}

/** Non-alphanumeric runs in the outputs: candidate separators for replace and join. */
function separatorsIn(outputs: string[]): string[] {
  const found = new Set<string>(['']);
  for (const out of outputs)
    for (const m of out.match(/[^\p{L}\p{N}]+/gu) ?? []) if (m.length <= 3) found.add(m);
  return [...found];
}

/**
 * All string atoms worth considering for these outputs. Atoms whose value is not a substring of the
 * output in every example are dropped early; duplicates (same values everywhere) keep the best score.
 */
export function stringAtoms(
  sources: Source[],
  task: Task,
  outputs: string[],
  arrays: Source[] = [],
  /** The words the schema allows (an enum), when it lists them. */
  choices?: string[],
): Atom[] {
  const roots = task.roots;
  const extraRoots = task.extraRoots;
  const best = new Map<string, Atom>();
  const twins = new Map<string, { expr: Expr; score: number }[]>();
  const separators = separatorsIn(outputs);
  const outDigitRuns = new Set(outputs.flatMap((o) => (o.match(/\d+/g) ?? []).map((d) => d.length)));
  const outDecimals = new Set<number>([0]);
  for (const o of outputs) for (const m of o.matchAll(/\d[.,](\d+)/g)) outDecimals.add(m[1]?.length ?? 0);

  const consider = (expr: Expr): string[] | null => {
    const values: string[] = [];
    for (const root of roots) {
      let v: unknown;
      try {
        v = expr.run(root);
      } catch {
        return null;
      }
      if (typeof v !== 'string') return null;
      values.push(v);
    }
    return values;
  };
  const fits = (values: string[]): boolean =>
    values.some((v) => v !== '') && values.every((v, i) => v === '' || (outputs[i] ?? '').includes(v));
  const record = (expr: Expr, values: string[], date?: Atom['date']): void => {
    // On unlabeled inputs, a piece that comes out empty, or (when every example gave the same length)
    // at another length, probably does not mean what the examples meant.
    let offShape = 0;
    const fixedLength = new Set(values.map((v) => v.length)).size === 1 ? (values[0]?.length ?? 0) : -1;
    if (extraRoots.length > 0 && values.every((v) => v !== '')) {
      for (const root of extraRoots) {
        try {
          const v = expr.run(root);
          if (typeof v !== 'string' || v === '') offShape += 1;
          else if (fixedLength > 0 && v.length !== fixedLength) offShape += 0.7;
        } catch {
          offShape += 1;
        }
      }
    }
    const score = expr.cost + (extraRoots.length ? (1.5 * offShape) / extraRoots.length : 0);
    const id = values.join('\u0000');
    const previous = best.get(id);
    const family = twins.get(id) ?? [];
    family.push({ expr, score });
    twins.set(id, family);
    if (!previous || score < previous.score) best.set(id, { expr, values, score, ...(date ? { date } : {}) });
  };
  /** Adds an atom and (when it has letters) its case variants. */
  const add = (expr: Expr, date?: Atom['date']): string[] | null => {
    if (Date.now() > task.deadline) return null;
    const values = consider(expr);
    if (!values) return null;
    if (fits(values)) record(expr, values, date);
    if (values.some((v) => /\p{L}/u.test(v))) {
      for (const [name, fn, code, helpers] of CASES) {
        const variant = values.map(fn);
        if (variant.every((v, i) => v === values[i]) || !fits(variant)) continue;
        record(
          derive(
            expr,
            code,
            (v) => fn(v as string),
            0.8,
            helpers,
            (c) => `${name}(${c})`,
          ),
          variant,
          undefined,
        );
      }
    }
    return values;
  };
  const addDigitsPadding = (expr: Expr, values: string[]): void => {
    if (!values.every((v) => /^\d+$/.test(v))) return;
    for (const width of outDigitRuns) {
      if (width < 2 || values.every((v) => v.length >= width)) continue;
      add(
        derive(
          expr,
          (c) => `${c}.padStart(${width}, '0')`,
          (v) => (v as string).padStart(width, '0'),
          1,
        ),
      );
    }
  };

  /** Pieces of a piece: "the name part of the last path segment", "the first word after the comma". */
  const addSecondLevel = (tok: Expr, values: string[], outer: string): void => {
    for (const d of DELIMITERS) {
      if (d === outer || !values.some((v) => v.includes(d))) continue;
      for (const m of [0, 1, -1]) {
        add(
          derive(
            tok,
            (c) => `token(${c}, ${lit(d)}, ${m})`,
            (v) => H.token(v, d, m),
            1.3 + 0.1 * Math.abs(m),
            ['token'],
          ),
        );
      }
      add(
        derive(
          tok,
          (c) => `beforeLast(${c}, ${lit(d)})`,
          (v) => H.beforeLast(v, d),
          1.5,
          ['beforeLast'],
        ),
      );
      add(
        derive(
          tok,
          (c) => `after(${c}, ${lit(d)})`,
          (v) => H.after(v, d),
          1.5,
          ['after'],
        ),
      );
    }
  };

  const outputLengths = [...new Set(outputs.map((o) => o.length))].filter((k) => k > 12 && k <= 500);
  for (const source of sources) {
    if (Date.now() > task.deadline) break;
    const base = textOf(source);
    const texts = roots.map((r) => H.text(source.expr.run(r)));
    const baseValues = add(base) ?? [];
    addDigitsPadding(base, baseValues);
    add(
      derive(
        base,
        (c) => `${c}.trim().replace(/\\s+/g, ' ')`,
        (v) => (v as string).trim().replace(/\s+/g, ' '),
        0.3,
      ),
    );

    const delimiters = DELIMITERS.filter((d) => texts.some((t) => t.includes(d)));
    const longest = Math.max(0, ...texts.map((t) => t.length));
    const maxTokens = Math.max(0, ...texts.map((t) => t.split(/\s+|[,;|/\-_.@:#+()=&~]/).length));
    for (const d of delimiters) {
      const count = Math.min(
        6,
        Math.max(...texts.map((t) => (d === ' ' ? t.trim().split(/\s+/) : t.split(d)).length)),
      );
      // From the end as far back as from the start: when every example has the same number of
      // pieces, "the 4th word" and "the 3rd word from the end" both fit, and only the version space
      // can tell a record where they part ("Newcastle upon Tyne NE1 7RU").
      const fewest = Math.min(
        6,
        ...texts.map((t) => (d === ' ' ? t.trim().split(/\s+/) : t.split(d)).length),
      );
      const fromEnd = [...Array(Math.max(2, fewest)).keys()].map((k) => -(k + 1));
      for (const n of [...Array(count).keys(), ...fromEnd]) {
        const tok = derive(
          source.expr,
          (c) => `token(${c}, ${lit(d)}, ${n})`,
          (v) => H.token(v, d, n),
          // On a tie, punctuation beats whitespace: it marks fields, while the number of words
          // varies ("SMITH, John" vs "DE LA CRUZ, Ana": the first name is after the comma).
          1 + 0.1 * Math.abs(n) + (n < 0 ? 0.1 : 0) + (d === ' ' ? 0.05 : 0),
          ['token'],
        );
        const values = add(tok);
        if (values) {
          // Cutting pieces again is for short structured text, not long free text.
          if ((n === 0 || n === 1 || n === -1) && longest <= 120) addSecondLevel(tok, values, d);
          addDigitsPadding(tok, values);
          add(
            derive(
              tok,
              (c) => `${c}.charAt(0)`,
              (v) => (v as string).charAt(0),
              1.2,
            ),
          );
        }
      }
      add(
        derive(
          source.expr,
          (c) => `after(${c}, ${lit(d)})`,
          (v) => H.after(v, d),
          1.3,
          ['after'],
        ),
      );
      // The rest after the first few fields (a log message after its level and time): the words it
      // holds vary in number and in punctuation, so no token or second-level cut reaches its end.
      for (let n = 2; n <= Math.min(4, fewest - 1); n++) {
        add(
          derive(
            source.expr,
            (c) => `afterNth(${c}, ${lit(d)}, ${n})`,
            (v) => H.afterNth(v, d, n),
            1.3 + 0.1 * n,
            ['afterNth'],
          ),
        );
      }
      add(
        derive(
          source.expr,
          (c) => `beforeLast(${c}, ${lit(d)})`,
          (v) => H.beforeLast(v, d),
          1.3,
          ['beforeLast'],
        ),
      );
      for (const sep of separators) {
        if (sep === d) continue;
        add(
          derive(
            base,
            (c) => `${c}.split(${lit(d)}).map((part) => part.trim()).filter(Boolean).join(${lit(sep)})`,
            (v) =>
              (v as string)
                .split(d)
                .map((part) => part.trim())
                .filter(Boolean)
                .join(sep),
            1.4,
          ),
        );
      }
    }
    void maxTokens;
    for (const [name, pattern, code] of PATTERNS) {
      const count = Math.min(4, Math.max(0, ...texts.map((t) => (t.match(pattern) ?? []).length)));
      for (const n of [...Array(count).keys(), -1]) {
        const match = derive(
          source.expr,
          (c) => `nthMatch(${c}, ${code}, ${n})`,
          (v) => H.nthMatch(v, pattern, n),
          1.5 + 0.1 * Math.abs(n),
          ['nthMatch'],
          (c) => `${name} #${n} of ${c}`,
        );
        const values = add(match);
        if (values) {
          addDigitsPadding(match, values);
          add(
            derive(
              match,
              (c) => `${c}.charAt(0)`,
              (v) => (v as string).charAt(0),
              1.2,
            ),
          );
        }
      }
    }
    const digitsOnly = derive(
      base,
      (c) => `${c}.replace(/\\D/g, '')`,
      (v) => (v as string).replace(/\D/g, ''),
      1,
    );
    const digitValues = add(digitsOnly);
    add(
      derive(
        base,
        (c) => `${c}.replace(/[^\\p{L}]/gu, '')`,
        (v) => (v as string).replace(/[^\p{L}]/gu, ''),
        1,
      ),
    );
    add(
      derive(
        base,
        (c) => `${c}.replace(/[^\\p{L}\\p{N}]/gu, '')`,
        (v) => (v as string).replace(/[^\p{L}\p{N}]/gu, ''),
        1.1,
      ),
    );
    for (const sep of ['-', '_', '.', ' ']) {
      add(
        derive(
          source.expr,
          (c) => `slugify(${c}, ${lit(sep)})`,
          (v) => H.slugify(v, sep),
          1.5,
          ['slugify'],
        ),
      );
    }
    add(
      derive(
        source.expr,
        (c) => `camelCase(${c})`,
        (v) => H.camelCase(v),
        1.5,
        ['camelCase'],
      ),
    );
    add(
      derive(
        source.expr,
        (c) => `pascalCase(${c})`,
        (v) => H.pascalCase(v),
        1.5,
        ['pascalCase'],
      ),
    );
    for (const sep of separators) {
      if (sep.length > 2) continue;
      add(
        derive(
          source.expr,
          (c) => `initials(${c}, ${lit(sep)})`,
          (v) => H.initials(v, sep),
          1.8,
          ['initials'],
        ),
      );
    }
    for (const d of delimiters) {
      for (const sep of separators) {
        if (sep === d) continue;
        add(
          derive(
            base,
            (c) => `${c}.replaceAll(${lit(d)}, ${lit(sep)})`,
            (v) => (v as string).replaceAll(d, sep),
            1.5,
          ),
        );
      }
    }
    // Position-based slices: less general than tokens, so they cost more. Also on the text with
    // spaces and punctuation removed, so "sw1a1aa" and "SW1A 1AA" cut alike.
    const alnumOnly = derive(
      base,
      (c) => `${c}.replace(/[^\\p{L}\\p{N}]/gu, '')`,
      (v) => (v as string).replace(/[^\p{L}\p{N}]/gu, ''),
      1.1,
    );
    const sliceBases = texts.some((t) => /[^\p{L}\p{N}]/u.test(t)) ? [base, alnumOnly] : [base];
    const maxLen = Math.min(12, Math.max(0, ...texts.map((t) => t.length)));
    // Truncation to a fixed length longer than a short code ("first 40 characters").
    for (const k of outputLengths) {
      add(
        derive(
          base,
          (c) => `${c}.trim().slice(0, ${k})`,
          (v) => (v as string).trim().slice(0, k),
          2.6,
        ),
      );
    }
    for (const sliced of sliceBases) {
      for (let k = 1; k <= maxLen; k++) {
        add(
          derive(
            sliced,
            (c) => `${c}.slice(0, ${k})`,
            (v) => (v as string).slice(0, k),
            2.5 + 0.01 * k,
          ),
        );
        add(
          derive(
            sliced,
            (c) => `${c}.slice(-${k})`,
            (v) => (v as string).slice(-k),
            2.6 + 0.01 * k,
          ),
        );
        add(
          derive(
            sliced,
            (c) => `${c}.slice(0, -${k})`,
            (v) => (v as string).slice(0, -k),
            2.7 + 0.01 * k,
          ),
        );
      }
    }
    if (digitValues && digitValues.some((v) => v.length >= 4)) {
      const maxDigits = Math.min(15, Math.max(...digitValues.map((v) => v.length)));
      for (let i = 0; i < maxDigits; i++) {
        for (let j = i + 1; j <= maxDigits; j++) {
          add(
            derive(
              digitsOnly,
              (c) => `${c}.slice(${i}, ${j})`,
              (v) => (v as string).slice(i, j),
              2 + 0.01 * j,
            ),
          );
          add(
            derive(
              digitsOnly,
              (c) => `${c}.slice(-${j}${i === 0 ? '' : `, -${i}`})`,
              (v) => (v as string).slice(-j, i === 0 ? undefined : -i),
              2 + 0.01 * j,
            ),
          );
        }
      }
    }
    for (const [name, table] of Object.entries(task.tables ?? {})) addTableLookup(source, name, table, add);
    if (!userNamesCurrencies(task.tables)) addCurrencyCode(source, add);
    addCodeNormalisations(source, outputs, add);
    addCodeDigits(source, outputs, add);
    addProductCodes(source, outputs, add);
    addOneOf(
      source,
      outputs,
      add,
      choices,
      roots.map((_r, i) => sources.filter((s) => s !== source).map((s) => H.text(s.values[i]))),
    );
    addAddressParts(source, outputs, add);
    addPhoneParts(source, outputs, add);
    addPostcodeParts(source, outputs, add);
    addClockTimes(source, outputs, add);
    addCurrencySymbol(source, outputs, add);
    addNumberFormats(source, outDecimals, outputs, add);
    addDateParts(source, add);
  }
  addE164(sources, outputs, add);
  addDialled(sources, outputs, add);
  // Lists joined into one text: each element (or one field of each element) with a separator.
  for (const array of arrays) {
    if (Date.now() > task.deadline) break;
    const elements = array.values.flatMap((v) => (Array.isArray(v) ? v : []));
    const first = elements.find((e) => e !== null && e !== undefined);
    const fields =
      first !== null && typeof first === 'object' && !Array.isArray(first)
        ? Object.keys(first).filter((k) =>
            ['string', 'number'].includes(typeof (first as Record<string, unknown>)[k]),
          )
        : typeof first === 'string' || typeof first === 'number'
          ? ['']
          : [];
    for (const field of fields) {
      const access = field === '' ? '' : /^[A-Za-z_$][\w$]*$/.test(field) ? `.${field}` : `[${lit(field)}]`;
      const read = (e: unknown): string =>
        H.text(field === '' ? e : (e as Record<string, unknown> | null)?.[field]);
      for (const sep of separators) {
        add(
          derive(
            array.expr,
            (c) => `(${c} ?? []).map((item) => text(item${access})).join(${lit(sep)})`,
            (v) => (Array.isArray(v) ? v.map(read).join(sep) : ''),
            2.5,
            ['text'],
          ),
        );
      }
    }
  }
  return [...best.entries()].map(([id, atom]) => {
    const seen = new Set([atom.expr.code('input')]);
    const others = (twins.get(id) ?? [])
      .sort((a, b) => a.score - b.score)
      .filter(({ expr }) => {
        const code = expr.code('input');
        if (seen.has(code)) return false;
        seen.add(code);
        return true;
      })
      .slice(0, 3)
      .map(({ expr }) => expr);
    return others.length > 0 ? { ...atom, twins: others } : atom;
  });
}

/**
 * The value of the first key of a user's table found in the text ("1.299,00 €" → "EUR"): cheap,
 * because the user said what the keys mean; unseen text without any key gives "".
 */
function addTableLookup(
  source: Source,
  name: string,
  table: Record<string, string>,
  add: (expr: Expr) => string[] | null,
): void {
  const entries = Object.entries(table).filter(([k, v]) => k !== '' && typeof v === 'string');
  if (entries.length === 0) return;
  const literal = `{ ${entries.map(([k, v]) => `${key(k)}: ${lit(v)}`).join(', ')} }`;
  const lookupTable = Object.fromEntries(entries);
  add(
    derive(
      source.expr,
      (c) => `findIn(${literal}, ${c}, '')`,
      (v) => H.findIn(lookupTable, v, ''),
      1.2,
      ['findIn'],
      (c) => `${name} table entry found in ${c}`,
    ),
  );
}

/** Letters and digits only, lower-cased: what a code is, whatever its punctuation and case. */
const codeChars = (t: string): string => t.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/**
 * Codes written the way the outputs write them, whatever punctuation the input has: a fixed layout
 * ("123e4567-e89b-…", letters and digits in slots) when every output has the same one, or the code's
 * letter and digit runs joined by the one separator the outputs use ("AB-778-X" from "ab_778_x").
 * Only where each output holds exactly the input's letters and digits (a reformatted code, not a
 * piece of it); then they cost no more than copying (`text(…)`), which would keep the examples' punctuation.
 */
function addCodeNormalisations(
  source: Source,
  outputs: string[],
  add: (expr: Expr) => string[] | null,
): void {
  const texts = source.values.map((v) => H.text(v));
  const same = outputs.every(
    (o, i) => codeChars(o) === codeChars(texts[i] ?? '') && codeChars(o).length >= 4,
  );
  if (!same || !outputs.every((o) => /[^\p{L}\p{N}]/u.test(o))) return;
  // Dates are rewritten by reading them as dates ("2024-3-5" has a month, not a missing slot).
  if (texts.every((t) => H.parseDate(t, 'YMD') !== null)) return;
  const patterns = new Set(outputs.map((o) => o.replace(/[\p{L}\p{N}]/gu, 'X')));
  const [pattern] = patterns;
  // Two examples in one layout are a coincidence as often as a rule ("SW1A 1AA", "EC1A 1BB").
  if (patterns.size === 1 && pattern !== undefined && outputs.length >= 3)
    add(
      derive(
        source.expr,
        (c) => `layout(${c}, ${lit(pattern)})`,
        (v) => H.layout(v, pattern),
        0,
        ['layout'],
        (c) => `${c} laid out as ${pattern}`,
      ),
    );
  const separators = new Set(outputs.flatMap((o) => o.match(/[^\p{L}\p{N}]+/gu) ?? []));
  const [separator] = separators;
  if (separators.size === 1 && separator !== undefined && separator.trim() !== '')
    add(
      derive(
        source.expr,
        (c) => `joinRuns(${c}, ${lit(separator)})`,
        (v) => H.joinRuns(v, separator),
        0.05,
        ['joinRuns'],
        (c) => `letter and digit runs of ${c} joined by ${JSON.stringify(separator)}`,
      ),
    );
}

/**
 * The digits of a labelled code ("ISBN-13: 978-…", "isbn:0306406152"), for outputs that are digit
 * codes (a final check X allowed): the digits of the label are not the code's, which cutting every
 * non-digit would keep. Cheaper than that cut, with which it agrees wherever there is no label.
 */
function addCodeDigits(source: Source, outputs: string[], add: (expr: Expr) => string[] | null): void {
  if (!outputs.every((o) => /^\d{5,}X?$/.test(o))) return;
  add(
    derive(
      source.expr,
      (c) => `codeDigits(${c})`,
      (v) => H.codeDigits(v),
      0.95,
      ['codeDigits'],
      (c) => `digits of the code in ${c} (a label left out)`,
    ),
  );
}

/** The user gave a table whose values are currency codes: theirs decides, not the built-in one. */
function userNamesCurrencies(tables: Task['tables']): boolean {
  return Object.values(tables ?? {}).some((table) =>
    Object.values(table).some((v) => /^[A-Z]{3}$/.test(v) && softly(() => H.currencyCode(v), '') === v),
  );
}

/**
 * The ISO code of the currency a price names ("R$ 10,50" → "BRL"), from a built-in table of common
 * symbols and codes: general knowledge a person brings, so one "€ → EUR" example is enough.
 */
function addCurrencyCode(source: Source, add: (expr: Expr) => string[] | null): void {
  const texts = source.values.map((v) => H.text(v));
  if (!texts.some((t) => softly(() => H.currencyCode(t), '') !== '')) return;
  add(
    derive(
      source.expr,
      (c) => `currencyCode(${c})`,
      (v) => H.currencyCode(v),
      1.4,
      ['currencyCode'],
      (c) => `currency code named in ${c}`,
    ),
  );
}

function addNumberFormats(
  source: Source,
  decimals: Set<number>,
  outputs: string[],
  add: (expr: Expr) => string[] | null,
): void {
  const present = source.values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length === 0 || present.some((v) => Number.isNaN(H.parseNumber(v)))) return;
  if (present.every((v) => typeof v === 'string' && /^\d+$/.test(v))) return;
  const isNumber = source.values.every((v) => typeof v === 'number');
  const value = isNumber
    ? source.expr
    : derive(
        source.expr,
        (c) => `parseNumber(${c})`,
        (v) => H.parseNumber(v),
        0.5,
        ['parseNumber'],
      );
  const joined = outputs.join(' ');
  const groupings = ['', ...[',', '.', ' ', "'"].filter((g) => new RegExp(`\\d\\${g}\\d{3}`).test(joined))];
  for (const d of decimals) {
    for (const grouping of groupings) {
      for (const point of d === 0 ? ['.'] : ['.', ',']) {
        if (point === grouping) continue;
        add(
          derive(
            value,
            (c) => `formatNumber(${c}, ${d}, ${lit(grouping)}, ${lit(point)})`,
            (v) => H.formatNumber(v as number, d, grouping, point),
            1.2 + (grouping ? 0.1 : 0),
            ['formatNumber'],
          ),
        );
      }
    }
  }
  // Shortest form after rounding ("12.5", "50"), also as a percentage or from cents.
  const most = Math.max(...decimals);
  const scalings: [string, (x: number) => number, number][] = [
    ['', (x) => x, 0],
    [' * 100', (x) => x * 100, 0.6],
    [' / 100', (x) => x / 100, 0.6],
  ];
  for (const [op, scale, cost] of scalings) {
    add(
      derive(
        value,
        (c) => `String(round(${c}${op}, ${most}))`,
        (v) => String(H.round(scale(v as number), most)),
        1.4 + cost,
        ['round'],
      ),
    );
    if (op === '') continue;
    for (const d of decimals) {
      add(
        derive(
          value,
          (c) => `formatNumber(${c}${op}, ${d}, ${lit(groupings[groupings.length - 1] ?? '')}, '.')`,
          (v) => H.formatNumber(scale(v as number), d, groupings[groupings.length - 1] ?? '', '.'),
          1.3 + cost,
          ['formatNumber'],
        ),
      );
    }
  }
}

function addDateParts(source: Source, add: (expr: Expr, date?: Atom['date']) => string[] | null): void {
  const present = source.values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length === 0) return;
  if (present.some((v) => typeof v === 'boolean' || (typeof v === 'number' && Math.abs(v) < 1e8))) return;
  if (present.some((v) => typeof v === 'string' && !/\d/.test(v))) return;
  const orders = dateOrders(present);
  // Times with a zone offset may be wanted as the same moment in UTC: both readings are offered.
  const zoned = present.some((v) => (H.parseDate(v, 'YMD')?.offset ?? 0) !== 0);
  orders.forEach((order, rank) => {
    const failsOnExtra = source.extra.some(
      (v) => v !== null && v !== undefined && H.parseDate(v, order) === null,
    );
    for (const utc of zoned ? [false, true] : [false]) {
      const read = (c: string): string =>
        utc ? `toUtc(parseDate(${c}, ${lit(order)}))` : `parseDate(${c}, ${lit(order)})`;
      for (const token of DATE_TOKENS) {
        const expr = derive(
          source.expr,
          (c) => `formatDate(${read(c)}, ${lit(token)})`,
          (v) => H.formatDate(utc ? H.toUtc(H.parseDate(v, order)) : H.parseDate(v, order), token),
          0.8 + 0.01 * rank + (failsOnExtra ? 1 : 0),
          utc ? ['formatDate', 'parseDate', 'toUtc'] : ['formatDate', 'parseDate'],
          (c) => `date ${token} of ${c} (${order}${utc ? ', in UTC' : ''})`,
        );
        const key = `${JSON.stringify(source.path)}|${order}${utc ? '|utc' : ''}`;
        add(expr, { key, token, source: source.expr, order, ...(utc ? { utc } : {}) });
      }
    }
  });
}

/** A piece of a concatenation. */
export type Part = { kind: 'const'; text: string } | { kind: 'atom'; atom: Atom };

const CONST_BASE = 1.5;
const PART_COST = 0.2;

/**
 * Cheapest concatenation of atoms and constants that reproduces every output exactly, or null.
 * Constants must be the same text in every example.
 */
export function searchConcat(
  outputs: string[],
  atoms: Atom[],
  deadline: number,
  inputTexts: string[] = [],
): Part[] | null {
  return searchConcatBest(outputs, atoms, deadline, inputTexts, 1)[0] ?? null;
}

/**
 * The `limit` cheapest concatenations (a k-shortest-paths walk: each joint position may be settled up to
 * `limit` times), cheapest first. With k = 1 it is the plain cheapest-path search. Used to keep the
 * competing programs of a field (the version space), not just the winner.
 */
export function searchConcatBest(
  outputs: string[],
  atoms: Atom[],
  deadline: number,
  inputTexts: string[],
  limit: number,
): Part[][] {
  // Letters and digits every input already has are better taken from the input than written as constants.
  const derivable = (ch: string): boolean =>
    /[\p{L}\p{N}]/u.test(ch) &&
    inputTexts.length > 0 &&
    inputTexts.every((t) => t.includes(ch.toLowerCase()));
  // Values some atom derives from the input that happen to be the same in every example (every
  // date in March): a constant holding one copies the examples instead of reading the input.
  // One example alone cannot show that a value stays the same.
  const fixed =
    outputs.length < 2
      ? []
      : [
          ...new Set(
            atoms
              .map((atom) => atom.values[0] ?? '')
              .filter((v, a) => /[\p{L}\p{N}\p{Sc}]/u.test(v) && atoms[a]?.values.every((w) => w === v)),
          ),
        ];
  const copiedCost = (textPart: string): number => {
    const covered = new Set<number>();
    for (const v of fixed) {
      for (let at = textPart.indexOf(v); at >= 0; at = textPart.indexOf(v, at + 1))
        for (let i = at; i < at + v.length; i++) covered.add(i);
    }
    // Digits copied from the examples are data (a month, a year), so the derived value wins
    // clearly; copied letters may be a label a person meant, so they stay a close rival.
    let cost = 0;
    // A currency symbol read from the record's currency is data too (every example in euros).
    for (const i of covered) cost += /[\p{N}\p{Sc}]/u.test(textPart.charAt(i)) ? 3 : 0.5;
    return cost;
  };
  const constantCosts = new Map<string, number>();
  const constantCost = (textPart: string): number => {
    const known = constantCosts.get(textPart);
    if (known !== undefined) return known;
    const cost =
      CONST_BASE + 0.2 * textPart.length + [...textPart].filter(derivable).length + copiedCost(textPart);
    constantCosts.set(textPart, cost);
    return cost;
  };
  const n = outputs.length;
  // matches[a][k] = positions in output k where atom a's value occurs.
  const matches = atoms.map((atom) =>
    outputs.map((out, k) => {
      const v = atom.values[k] ?? '';
      const at = new Set<number>();
      if (v === '') {
        for (let p = 0; p <= out.length; p++) at.add(p);
        return at;
      }
      for (let p = out.indexOf(v); p >= 0; p = out.indexOf(v, p + 1)) at.add(p);
      return at;
    }),
  );
  type State = { pos: number[]; cost: number; parts: Part[] };
  const done = (pos: number[]): boolean => pos.every((p, k) => p === (outputs[k] ?? '').length);
  const settled = new Map<string, number>();
  const found: Part[][] = [];
  const heap: State[] = [{ pos: new Array<number>(n).fill(0), cost: 0, parts: [] }];
  let expansions = 0;
  while (heap.length > 0) {
    const state = popMin(heap);
    const id = state.pos.join(',');
    const times = settled.get(id) ?? 0;
    if (times >= limit) continue;
    settled.set(id, times + 1);
    if (done(state.pos)) {
      found.push(state.parts);
      if (found.length >= limit) return found;
      continue;
    }
    if (++expansions > 5000 * limit || Date.now() > deadline) return found;
    const push = (pos: number[], cost: number, part: Part): void => {
      if ((settled.get(pos.join(',')) ?? 0) < limit)
        pushHeap(heap, { pos, cost, parts: [...state.parts, part] });
    };
    atoms.forEach((atom, a) => {
      let advances = false;
      for (let k = 0; k < n; k++) {
        if (!matches[a]?.[k]?.has(state.pos[k] ?? 0)) return;
        if ((atom.values[k] ?? '') !== '') advances = true;
      }
      if (!advances) return;
      const pos = state.pos.map((p, k) => p + (atom.values[k] ?? '').length);
      push(pos, state.cost + atom.score + PART_COST, { kind: 'atom', atom });
    });
    // Constants: any prefix shared by the rest of every output.
    const rests = outputs.map((out, k) => out.slice(state.pos[k]));
    let common = 0;
    const first = rests[0] ?? '';
    while (common < first.length && rests.every((r) => r[common] === first[common])) common++;
    for (let len = 1; len <= common; len++) {
      push(
        state.pos.map((p) => p + len),
        state.cost + constantCost(first.slice(0, len)) + PART_COST,
        { kind: 'const', text: first.slice(0, len) },
      );
    }
  }
  return found;
}

function pushHeap<T extends { cost: number }>(heap: T[], item: T): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((heap[parent] as T).cost <= item.cost) break;
    heap[i] = heap[parent] as T;
    i = parent;
  }
  heap[i] = item;
}

function popMin<T extends { cost: number }>(heap: T[]): T {
  const top = heap[0] as T;
  const last = heap.pop() as T;
  if (heap.length > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && (heap[l] as T).cost < (m === i ? last.cost : (heap[m] as T).cost)) m = l;
      if (r < heap.length && (heap[r] as T).cost < (m === i ? last.cost : (heap[m] as T).cost)) m = r;
      if (m === i) break;
      heap[i] = heap[m] as T;
      i = m;
    }
    heap[i] = last;
  }
  return top;
}

/** Quotes constant text for a formatDate pattern, or null when it cannot be expressed. */
function patternLiteral(textPart: string): string | null {
  if (textPart.includes("'")) return null;
  return /[A-Za-z]/.test(textPart) ? `'${textPart}'` : textPart;
}

/** Merges runs of date parts from one source into single formatDate calls. */
function mergeDateRuns(parts: Part[]): (Part | { kind: 'expr'; expr: Expr })[] {
  const result: (Part | { kind: 'expr'; expr: Expr })[] = [];
  let i = 0;
  while (i < parts.length) {
    const part = parts[i] as Part;
    const date = part.kind === 'atom' ? part.atom.date : undefined;
    if (!date) {
      result.push(part);
      i++;
      continue;
    }
    let j = i;
    let lastDate = i;
    let pattern = '';
    let patternAtLast = '';
    while (j < parts.length) {
      const p = parts[j] as Part;
      if (p.kind === 'atom' && p.atom.date?.key === date.key) {
        pattern += p.atom.date.token;
        lastDate = j;
        patternAtLast = pattern;
      } else if (p.kind === 'const' && patternLiteral(p.text) !== null) {
        pattern += patternLiteral(p.text);
      } else break;
      j++;
    }
    if (lastDate === i) {
      result.push(part);
      i++;
      continue;
    }
    const finalPattern = patternAtLast;
    result.push({
      kind: 'expr',
      expr: {
        code: (root) => {
          const read = `parseDate(${date.source.code(root)}, ${lit(date.order)})`;
          return `formatDate(${date.utc ? `toUtc(${read})` : read}, ${lit(finalPattern)})`;
        },
        run: (root) => {
          const read = H.parseDate(date.source.run(root), date.order as Order);
          return H.formatDate(date.utc ? H.toUtc(read) : read, finalPattern);
        },
        cost: 0,
        helpers: date.utc ? ['formatDate', 'parseDate', 'toUtc'] : ['formatDate', 'parseDate'],
        describe: (root) =>
          `date ${date.source.describe(root)} (${date.order}${date.utc ? ', in UTC' : ''}) as ${finalPattern}`,
      },
    });
    i = lastDate + 1;
  }
  return result;
}

/** Turns a found concatenation into one readable expression (template literal when mixed). */
export function concatExpr(parts: Part[]): Expr {
  const merged = mergeDateRuns(parts);
  const exprs = merged.map((p) => (p.kind === 'const' ? null : p.kind === 'atom' ? p.atom.expr : p.expr));
  const cost = parts.reduce(
    (sum, p) => sum + PART_COST + (p.kind === 'atom' ? p.atom.score : CONST_BASE + 0.2 * p.text.length),
    0,
  );
  const helpers = exprs.flatMap((e) => e?.helpers ?? []);
  if (merged.length === 0)
    return { code: () => "''", run: () => '', cost, helpers: [], describe: () => "''" };
  if (merged.length === 1 && exprs[0]) return { ...exprs[0], cost };
  const render = (root: string, pick: (e: Expr, root: string) => string): string =>
    '`' +
    merged
      .map((p, i) =>
        p.kind === 'const'
          ? p.text.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')
          : `\${${pick(exprs[i] as Expr, root)}}`,
      )
      .join('') +
    '`';
  return {
    code: (root) => render(root, (e, r) => e.code(r)),
    run: (root) =>
      merged.map((p, i) => (p.kind === 'const' ? p.text : String((exprs[i] as Expr).run(root)))).join(''),
    cost,
    helpers,
    describe: (root) => render(root, (e, r) => e.describe(r)),
  };
}
