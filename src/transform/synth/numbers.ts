/**
 * Number programs: copies, parses of formatted text, affine maps fitted from the examples (unit
 * conversions, percentages, scaling), arithmetic between two fields, aggregates over arrays, rounding.
 */
import { derive, lit, num, sameValue, type Expr } from './expr.ts';
import * as H from './helpers.ts';
import { offsetReads, rangeReads, rankReads } from './formats.ts';
import type { Source, Task } from './sources.ts';

/** A number-valued candidate and its values on the examples. */
interface NumberSource {
  expr: Expr;
  values: number[];
  /** What the input field it reads says about units: its name's words and its examples' text. */
  unitContext?: { words: string[]; texts: string[] };
  /** Computed by a conversion (not read as written): rounds to the decimals the field shows. */
  converted?: boolean;
}

/** Conversion factors people actually use; fits snap to these first. */
const KNOWN_FACTORS = [
  100, 1000, 60, 3600, 24, 12, 1e6, 2.20462, 0.453592, 2.54, 0.3937, 1.60934, 0.621371, 0.3048, 3.28084, 1.8,
  0.9144, 1.09361, 28.3495, 0.035274, 3.78541, 0.264172, 1024, 7, 365,
];

/** Number-valued reads of the input: numeric fields, parsed text, nth number in text, lengths, sums. */
export function numberSources(sources: Source[], arrays: Source[], task: Task): NumberSource[] {
  const out: NumberSource[] = [];
  let context: NumberSource['unitContext'];
  const push = (expr: Expr, converted = false): void => {
    const values = task.roots.map((root) => {
      try {
        const v = expr.run(root);
        return typeof v === 'number' ? v : Number.NaN;
      } catch {
        return Number.NaN;
      }
    });
    if (values.every((v) => Number.isFinite(v)))
      out.push({
        expr,
        values,
        ...(context ? { unitContext: context } : {}),
        ...(converted ? { converted } : {}),
      });
  };
  for (const source of sources) {
    context = {
      words: source.path
        .filter((seg): seg is string => typeof seg === 'string')
        .flatMap((seg) =>
          seg
            .replace(/([a-z])([A-Z])/g, '$1 $2')
            .toLowerCase()
            .split(/[^a-z]+/),
        )
        .filter(Boolean),
      texts: source.values.map((v) => H.text(v)),
    };
    const present = source.values.filter((v) => v !== null && v !== undefined);
    if (present.every((v) => typeof v === 'number')) {
      // An optional path reads as number | undefined, so it goes through Number() to stay typed.
      const optional = source.expr.code('input').includes('?.') || present.length < source.values.length;
      push(
        optional
          ? derive(
              source.expr,
              (c) => `Number(${c})`,
              (v) => Number(v),
              0.1,
            )
          : source.expr,
      );
      continue;
    }
    if (present.every((v) => typeof v === 'boolean')) continue;
    // Plain number reads of a text whose examples all state the same units ("12 x 8 x 3 in") hold
    // only for a record that states them too: "30 x 20 cm" read as those numbers is another quantity.
    const read = statedUnitsCheck(source);
    const marked = decimalMarkReads(read);
    // When the examples show one decimal mark, reading "1.299" by it is what a person would do;
    // the mark-blind reading would only be a rival that guesses otherwise.
    if (marked.length !== 1)
      push(
        derive(
          read.expr,
          (c) => `parseNumber(${c})`,
          (v) => H.parseNumber(v),
          0.5,
          ['parseNumber'],
        ),
      );
    for (const reading of marked) push(reading);
    for (const duration of durationReads(source)) push(duration);
    for (const quantity of quantityReads(source)) push(quantity, true);
    for (const rank of rankReads(source)) push(rank);
    for (const range of rangeReads(source)) push(range);
    for (const offset of offsetReads(source)) push(offset);
    const counts = source.values.map((v) => (H.text(v).match(/\d+(?:[.,]\d+)*/g) ?? []).length);
    if (counts.some((c) => c > 1)) {
      // Every position from the start, and from the end as far back as the examples reach (the
      // status code before the byte count of an access-log line).
      const most = Math.min(5, Math.max(...counts));
      const positions = [...Array(most).keys()].slice(1).concat([-1, -2, -3].filter((n) => -n <= most));
      for (const n of positions) {
        push(
          derive(
            read.expr,
            (c) => `parseNumber(nthMatch(${c}, /\\d+(?:[.,]\\d+)*/g, ${n}))`,
            (v) => H.parseNumber(H.nthMatch(v, /\d+(?:[.,]\d+)*/g, n)),
            1.5 + 0.1 * Math.abs(n),
            ['parseNumber', 'nthMatch'],
          ),
        );
      }
    }
    // Digits joined by two dots or more ("2.14.3", "10.0.4.17", "07.03.2024") are no decimal
    // number: each run of digits is a number of its own, as a person splitting at the dots reads it.
    if (source.values.some((v) => /\d+\.\d+\.\d+/.test(H.text(v)))) {
      const runs = source.values.map((v) => (H.text(v).match(/\d+/g) ?? []).length);
      const most = Math.min(5, Math.max(...runs));
      const positions = [...Array(most).keys()].concat([-1].filter((n) => -n <= most));
      for (const n of positions)
        push(
          derive(
            read.expr,
            (c) => `parseNumber(nthMatch(${c}, /\\d+/g, ${n}))`,
            (v) => H.parseNumber(H.nthMatch(v, /\d+/g, n)),
            1.5 + 0.1 * Math.abs(n),
            ['parseNumber', 'nthMatch'],
          ),
        );
    }
    if (present.every((v) => typeof v === 'string')) {
      push(
        derive(
          source.expr,
          (c) => `text(${c}).trim().length`,
          (v) => H.text(v).trim().length,
          2.5,
          ['text'],
        ),
      );
    }
  }
  context = undefined;
  for (const array of arrays) {
    const arrayCode = (c: string): string => `(${c} ?? [])`;
    push(
      derive(
        array.expr,
        (c) => `${arrayCode(c)}.length`,
        (v) => (Array.isArray(v) ? v.length : 0),
        1.5,
      ),
    );
    const first = array.values.find((v) => Array.isArray(v) && v.length > 0) as unknown[] | undefined;
    const sample = first?.[0];
    const fields =
      sample !== null && typeof sample === 'object' && !Array.isArray(sample)
        ? Object.keys(sample).filter((k) => typeof (sample as Record<string, unknown>)[k] === 'number')
        : typeof sample === 'number'
          ? ['']
          : [];
    const access = (field: string): string =>
      field === '' ? '' : /^[A-Za-z_$][\w$]*$/.test(field) ? `.${field}` : `[${lit(field)}]`;
    const fieldOf = (item: unknown, field: string): number =>
      Number(field === '' ? item : (item as Record<string, unknown> | null)?.[field]) || 0;
    // Sum of a product per element: an invoice total from quantity × price lines.
    const named = fields.filter((f) => f !== '');
    for (let a = 0; a < named.length; a++) {
      for (let b = a + 1; b < named.length; b++) {
        const [fa, fb] = [named[a] ?? '', named[b] ?? ''];
        push(
          derive(
            array.expr,
            (c) =>
              `${arrayCode(c)}.reduce((sum, item) => sum + Number(item${access(fa)}) * Number(item${access(fb)}), 0)`,
            (v) =>
              Array.isArray(v)
                ? v.reduce((sum: number, item: unknown) => sum + fieldOf(item, fa) * fieldOf(item, fb), 0)
                : 0,
            3.5,
          ),
        );
      }
    }
    for (const field of fields) {
      const read = (item: unknown): number =>
        Number(field === '' ? item : (item as Record<string, unknown> | null)?.[field]) || 0;
      push(
        derive(
          array.expr,
          (c) => `${arrayCode(c)}.reduce((sum, item) => sum + (Number(item${access(field)}) || 0), 0)`,
          (v) => (Array.isArray(v) ? v.reduce((sum: number, item: unknown) => sum + read(item), 0) : 0),
          2.5,
        ),
      );
    }
  }
  return out;
}

/**
 * The source with its value checked by `inUnits` when every example's text states the same units
 * after its numbers (see `unitsIn`); the source itself otherwise (no units, or examples that differ).
 */
function statedUnitsCheck(source: Source): Source {
  const stated = source.values.map((v) => H.unitsIn(v).join(' '));
  const units = stated[0] ?? '';
  if (units === '' || stated.some((u) => u !== units)) return source;
  return {
    ...source,
    expr: derive(
      source.expr,
      (c) => `inUnits(${c}, ${lit(units)})`,
      (v) => H.inUnits(v, units),
      0,
      ['inUnits'],
      (c) => c,
    ),
  };
}

/** A lone "." or "," before exactly three digits ("1.299", "4,500"): grouping or decimal mark? */
const LONE_SEPARATOR = /(?<![\d.,'’ \u00a0\u202f])\d{1,3}([.,])\d{3}(?![\d.,])/;

/**
 * The decimal mark the examples show, where the text decides it: "1.299,00" and "12,50" use ",",
 * "1,299.00" and "4.75" use ".". Both when the examples mix locales.
 */
function decimalMarksShown(texts: string[]): Set<'.' | ','> {
  const marks = new Set<'.' | ','>();
  for (const t of texts) {
    for (const found of t.matchAll(/\d+(?:[.,'’ \u00a0\u202f]\d+)*/g)) {
      const n = found[0];
      if (LONE_SEPARATOR.test(n) && LONE_SEPARATOR.exec(n)?.[0] === n) continue;
      const last = Math.max(n.lastIndexOf('.'), n.lastIndexOf(','));
      if (last < 0) continue;
      const mark = n.charAt(last) as '.' | ',';
      // A separator that repeats is grouping ("1,299,000"): the other one would be the mark.
      if (n.split(mark).length > 2) marks.add(mark === '.' ? ',' : '.');
      else marks.add(mark);
    }
  }
  return marks;
}

/**
 * Amounts read with a decimal mark for the one case the text cannot decide ("1.299 €"): one reading
 * per mark the examples show, so a person's evidence decides, and rivals are kept when the examples
 * mix conventions (a record "1.299" then goes to review instead of being guessed).
 */
function decimalMarkReads(source: Source): Expr[] {
  const texts = source.values.map((v) => H.text(v));
  const extras = source.extra.map((v) => H.text(v));
  if (![...texts, ...extras].some((t) => /\d[.,]\d/.test(t))) return [];
  const shown = decimalMarksShown(texts);
  const marks: ('.' | ',')[] = shown.size === 0 ? ['.', ','] : [...shown].sort();
  return marks.map((mark) =>
    derive(
      source.expr,
      (c) => `parseNumber(${c}, ${lit(mark)})`,
      (v) => H.parseNumber(v, mark),
      marks.length === 1 ? 0.5 : 0.6,
      ['parseNumber'],
      (c) => `${c} as a number ("${mark}" the decimal mark)`,
    ),
  );
}

/** Units a quantity may be wanted in, by kind (see `toUnit` for the units it reads). */
const TARGET_UNITS = [
  ['mm', 'cm', 'm', 'km', 'in', 'ft', 'yd', 'mi'],
  ['mg', 'g', 'kg', 'lb', 'oz'],
  ['ml', 'cl', 'dl', 'l', 'floz', 'gal'],
  ['km/h', 'm/s', 'mph', 'kn'],
  ['b', 'kb', 'mb', 'gb', 'kib', 'mib', 'gib'],
  ['m2', 'ft2', 'ha'],
  ['mah', 'ah'],
  ['kbps', 'mbps', 'gbps'],
  ['hpa', 'kpa', 'pa', 'bar', 'mbar', 'psi', 'inhg', 'mmhg'],
];

/**
 * Quantities converted to one unit ("1.5 l" → 1500 ml, "12 fl oz" → 355 ml): only for a field whose
 * every example names a unit of one kind, once per unit of that kind (the examples' rounding decides
 * which), so units the examples never showed are read by their definitions.
 */
function quantityReads(source: Source): Expr[] {
  const texts = source.values.map((v) => H.text(v));
  if (texts.length === 0 || texts.some((t) => !/\d/.test(t))) return [];
  const reads: Expr[] = [];
  // Texts of several quantities ("12 x 8 x 3 in"): each one by its place, in the unit stated after it.
  const most = Math.min(5, Math.max(...texts.map((t) => (t.match(/\d+(?:[.,]\d+)*/g) ?? []).length)));
  const places = most > 1 ? [...Array(most).keys()].concat([-1, -2, -3].filter((n) => -n <= most)) : [];
  for (const kind of TARGET_UNITS) {
    for (const unit of kind) {
      const fits = places.filter((n) => texts.every((t) => Number.isFinite(H.toUnitAt(t, n, unit))));
      for (const n of fits)
        reads.push(
          derive(
            source.expr,
            (c) => `toUnitAt(${c}, ${n}, ${lit(unit)})`,
            (v) => H.toUnitAt(v, n, unit),
            1 + 0.1 * Math.abs(n),
            ['toUnitAt'],
            (c) => `quantity ${n} of ${c} in ${unit}`,
          ),
        );
      if (fits.length === 0 && !texts.every((t) => Number.isFinite(H.toUnit(t, unit)))) break;
      if (!texts.every((t) => Number.isFinite(H.toUnit(t, unit)))) continue;
      reads.push(
        derive(
          source.expr,
          (c) => `toUnit(${c}, ${lit(unit)})`,
          (v) => H.toUnit(v, unit),
          0.9,
          ['toUnit'],
          (c) => `${c} in ${unit}`,
        ),
      );
    }
  }
  return reads;
}

/** Duration units a number may be wanted in, and how a two-part clock ("1:30") may be read. */
const DURATION_READS: ['h' | 'min' | 's', 'hm' | 'ms'][] = [
  ['min', 'hm'],
  ['s', 'ms'],
  ['s', 'hm'],
  ['h', 'hm'],
  ['min', 'ms'],
];

/**
 * Durations read from text ("1h 30m", "90 min", "1:02:03"), in each unit: only for a field whose every
 * example reads as a duration and at least one says so (a unit word or a clock), so plain numbers
 * stay plain numbers.
 */
function durationReads(source: Source): Expr[] {
  const texts = source.values.filter((v) => !H.isBlank(v)).map((v) => H.text(v));
  if (texts.length === 0 || !texts.every((t) => typeof t === 'string')) return [];
  if (!texts.some((t) => /\d\s*(?:d|h|m|s)|\d:\d/i.test(t))) return [];
  const reads: Expr[] = [];
  for (const [unit, clock] of DURATION_READS) {
    if (!texts.every((t) => Number.isFinite(H.parseDuration(t, unit, clock)))) continue;
    reads.push(
      derive(
        source.expr,
        (c) => `parseDuration(${c}, ${lit(unit)}, ${lit(clock)})`,
        (v) => H.parseDuration(v, unit, clock),
        0.8,
        ['parseDuration'],
        (c) =>
          `${c} as a duration in ${unit}${texts.some((t) => /^\d+:\d+$/.test(t.trim())) ? ` (a:b read as ${clock === 'hm' ? 'h:mm' : 'm:ss'})` : ''}`,
      ),
    );
  }
  return reads;
}

/**
 * Units, by how a field's name or text says them: name words (`weight_lb`, `tempF` gives "f") and a
 * pattern for values ("68 °F", "12 lbs").
 */
const UNITS: Record<string, { words: string[]; text: RegExp }> = {
  '°F': { words: ['f', 'fahrenheit', 'degf'], text: /°\s*f\b|\d\s*f\b|fahrenheit/i },
  '°C': { words: ['c', 'celsius', 'degc', 'centigrade'], text: /°\s*c\b|\d\s*c\b|celsius|centigrade/i },
  K: { words: ['k', 'kelvin'], text: /\d\s*k\b|kelvin/i },
  lb: { words: ['lb', 'lbs', 'pound', 'pounds'], text: /\d\s*(?:lbs?|pounds?)\b/i },
  kg: { words: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'], text: /\d\s*(?:kgs?|kilo)/i },
  mi: { words: ['mi', 'mile', 'miles'], text: /\d\s*(?:mi|miles?)\b/i },
  km: { words: ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres'], text: /\d\s*(?:km|kilomet)/i },
  in: { words: ['in', 'inch', 'inches'], text: /\d\s*(?:in\b|inch|")/i },
  cm: {
    words: ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'],
    text: /\d\s*(?:cm\b|centimet)/i,
  },
  ft: { words: ['ft', 'feet', 'foot'], text: /\d\s*(?:ft\b|feet|foot|')/i },
  m: { words: ['m', 'meter', 'meters', 'metre', 'metres'], text: /\d\s*(?:m\b|met(?:er|re)s?\b)/i },
  yd: { words: ['yd', 'yds', 'yard', 'yards'], text: /\d\s*(?:yds?|yards?)\b/i },
  oz: { words: ['oz', 'ounce', 'ounces'], text: /\d\s*(?:oz|ounces?)\b/i },
  g: { words: ['g', 'gram', 'grams'], text: /\d\s*(?:g|grams?)\b/i },
  gal: { words: ['gal', 'gallon', 'gallons'], text: /\d\s*(?:gal|gallons?)\b/i },
  L: { words: ['l', 'liter', 'liters', 'litre', 'litres'], text: /\d\s*(?:l|lit(?:er|re)s?)\b/i },
  mph: { words: ['mph'], text: /\d\s*mph\b/i },
  'km/h': { words: ['kmh', 'kph'], text: /\d\s*(?:km\/h|kph)\b/i },
};

/**
 * Unit conversions with their exact definitions, as a person writes them (°F to °C is (x − 32) × 5/9,
 * a pound is 0.45359237 kg): preferred over a factor fitted from a few examples, which rounds
 * differently on some unseen values. Tried only on a field that names its unit.
 */
const UNIT_CONVERSIONS: {
  from: string;
  to: string;
  code: (c: string) => string;
  run: (x: number) => number;
}[] = [
  { from: '°F', to: '°C', code: (c) => `(${c} - 32) * 5 / 9`, run: (x) => ((x - 32) * 5) / 9 },
  { from: '°C', to: '°F', code: (c) => `${c} * 9 / 5 + 32`, run: (x) => (x * 9) / 5 + 32 },
  { from: 'K', to: '°C', code: (c) => `${c} - 273.15`, run: (x) => x - 273.15 },
  { from: '°C', to: 'K', code: (c) => `${c} + 273.15`, run: (x) => x + 273.15 },
  ...(
    [
      ['lb', 'kg', 0.45359237],
      ['mi', 'km', 1.609344],
      ['in', 'cm', 2.54],
      ['ft', 'm', 0.3048],
      ['yd', 'm', 0.9144],
      ['oz', 'g', 28.349523125],
      ['gal', 'L', 3.785411784],
      ['mph', 'km/h', 1.609344],
    ] as const
  ).flatMap(([from, to, factor]) => [
    { from, to, code: (c: string) => `${c} * ${num(factor)}`, run: (x: number) => x * factor },
    { from: to, to: from, code: (c: string) => `${c} / ${num(factor)}`, run: (x: number) => x / factor },
  ]),
];

/** Units a number source names, by its input field's name or its examples' text. */
function unitsNamed(source: NumberSource): Set<string> {
  const words = new Set(source.unitContext?.words ?? []);
  const texts = source.unitContext?.texts ?? [];
  const named = new Set<string>();
  for (const [unit, how] of Object.entries(UNITS)) {
    if (how.words.some((w) => words.has(w)) || texts.some((t) => how.text.test(t))) named.add(unit);
  }
  return named;
}

/** Exact unit conversions of one number source that fit every example (after a rounding). */
function unitConversions(
  source: NumberSource,
  outputs: number[],
  rounds: Rounding[],
  offer: (expr: Expr) => void,
): void {
  const named = unitsNamed(source);
  if (named.size === 0) return;
  for (const conversion of UNIT_CONVERSIONS) {
    if (!named.has(conversion.from)) continue;
    for (const r of rounds) {
      if (!fitsAll(source.values, outputs, (x) => r.run(conversion.run(x)))) continue;
      offer(
        derive(
          source.expr,
          (c) => r.code(conversion.code(c)),
          (v) => r.run(conversion.run(v as number)),
          // A converted value is rounded to the decimals the field shows; left unrounded only when
          // no rounding fits.
          1.8 + r.cost + (r === TIDY ? 1 : 0),
          r.helpers,
          (c) => r.code(`${conversion.from} → ${conversion.to} of ${c}`),
        ),
      );
    }
  }
}

export function decimalsOf(n: number): number {
  const s = String(n);
  if (s.includes('e')) return 10;
  return s.includes('.') ? (s.split('.')[1]?.length ?? 0) : 0;
}

/** Nice versions of a fitted coefficient: known factors (or their inverses) and short roundings. */
/** A coefficient candidate; `known` ones (1, −1, unit factors) are priors, not fitted parameters. */
type Snap = { value: number; cost: number; divide: boolean; known: boolean };

function snaps(raw: number): Snap[] {
  if (!Number.isFinite(raw) || raw === 0) return [];
  const out: Snap[] = [];
  if (Math.abs(raw - 1) < 0.02) out.push({ value: 1, cost: 0, divide: false, known: true });
  if (Math.abs(raw + 1) < 0.02) out.push({ value: -1, cost: 0.5, divide: false, known: true });
  for (const f of KNOWN_FACTORS) {
    if (Math.abs(raw / f - 1) < 0.02) out.push({ value: f, cost: 1, divide: false, known: true });
    if (Math.abs(raw * f - 1) < 0.02) out.push({ value: f, cost: 1, divide: true, known: true });
  }
  for (let digits = 1; digits <= 6; digits++) {
    out.push({
      value: Number(raw.toPrecision(digits)),
      cost: 1.2 + 0.3 * digits,
      divide: false,
      known: false,
    });
    out.push({
      value: Number((1 / raw).toPrecision(digits)),
      cost: 1.25 + 0.3 * digits,
      divide: true,
      known: false,
    });
  }
  return out;
}

/** Coefficients tried when combining two fields (hours × 60 + minutes, price − discount). */
const COMBINATION_FACTORS = [1, -1, 2, 10, 12, 24, 60, 100, 1000, 3600, 0.5, 0.01];

/** y = a·x1 + b·x2 with both coefficients from a short list of plain factors. */
function combinations(sources: NumberSource[], outputs: number[], offer: (expr: Expr) => void): void {
  const term = (k: number, c: string): string => (k === 1 ? c : `${c} * ${num(k)}`);
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const x1 = sources[i] as NumberSource;
      const x2 = sources[j] as NumberSource;
      for (const a of COMBINATION_FACTORS) {
        if (a < 0) continue;
        for (const b of COMBINATION_FACTORS) {
          if (a === 1 && Math.abs(b) === 1) continue;
          const f = (p: number, q: number): number => a * p + b * q;
          if (!outputs.every((y, k) => sameValue(f(x1.values[k] ?? 0, x2.values[k] ?? 0), y))) continue;
          const render = (p: string, q: string): string =>
            `${term(a, p)} ${b < 0 ? '-' : '+'} ${term(Math.abs(b), q)}`;
          offer({
            code: (root) => render(x1.expr.code(root), x2.expr.code(root)),
            run: (root) => f(x1.expr.run(root) as number, x2.expr.run(root) as number),
            cost: x1.expr.cost + x2.expr.cost + 2.5 + (a === 1 ? 0 : 0.5) + (Math.abs(b) === 1 ? 0 : 0.5),
            helpers: [...x1.expr.helpers, ...x2.expr.helpers],
            describe: (root) => render(x1.expr.describe(root), x2.expr.describe(root)),
          });
        }
      }
    }
  }
}

type Rounding = { code: (c: string) => string; run: (n: number) => number; cost: number; helpers: string[] };

const NO_ROUNDING: Rounding = { code: (c) => c, run: (n) => n, cost: 0, helpers: [] };

/**
 * Arithmetic on decimals leaves binary noise (0.1 + 0.2 = 0.30000000000000004) that breaks
 * equality and integer schemas on unseen inputs, so computed values are tidied instead of left raw.
 */
const TIDY: Rounding = { code: (c) => `tidy(${c})`, run: H.tidy, cost: 0, helpers: ['tidy'] };

function roundings(outputs: number[], minDecimals: number): Rounding[] {
  const list: Rounding[] = [NO_ROUNDING];
  const maxDecimals = Math.max(minDecimals, ...outputs.map(decimalsOf));
  if (maxDecimals <= 6) {
    for (let d = maxDecimals; d <= Math.min(maxDecimals + 1, 6); d++) {
      if (d === 0) list.push({ code: (c) => `Math.round(${c})`, run: Math.round, cost: 0.5, helpers: [] });
      else
        list.push({
          code: (c) => `round(${c}, ${d})`,
          run: (n) => H.round(n, d),
          cost: 0.6,
          helpers: ['round'],
        });
    }
  }
  if (maxDecimals === 0) {
    list.push({ code: (c) => `Math.floor(${c})`, run: Math.floor, cost: 0.7, helpers: [] });
    list.push({ code: (c) => `Math.ceil(${c})`, run: Math.ceil, cost: 0.7, helpers: [] });
  }
  return list;
}

function fitsAll(values: number[], outputs: number[], f: (x: number, i: number) => number): boolean {
  return outputs.every((y, i) => sameValue(f(values[i] ?? Number.NaN, i), y));
}

/**
 * Cheapest number program consistent with every output, or null. `minDecimals` is the precision seen
 * across the whole field (a branch may only see round numbers). `all`, when given, receives every
 * consistent program found.
 */
export function synthNumber(
  sources: NumberSource[],
  outputs: number[],
  deadline: number,
  minDecimals = 0,
  all?: Expr[],
): Expr | null {
  let best: Expr | null = null;
  const offer = (expr: Expr): void => {
    all?.push(expr); // Every consistent program, for the version space.
    if (!best || expr.cost < best.cost) best = expr;
  };
  const rounds = roundings(outputs, minDecimals);
  const arithmeticRounds = rounds.map((r) => (r === NO_ROUNDING ? TIDY : r));
  const apply = (inner: Expr, r: Rounding, extra: number): Expr =>
    derive(inner, r.code, (v) => r.run(v as number), r.cost + extra, r.helpers);

  for (const source of sources) {
    if (Date.now() > deadline) break;
    let roundedFits = false;
    for (const r of rounds) {
      // A converted quantity is rounded like the field ("whole millilitres"); left as computed
      // only when no rounding fits.
      const extra = source.converted && r === NO_ROUNDING ? 1 : 0;
      // Rounding down or up instead is a reading of its own only when rounding does not fit.
      if (source.converted && roundedFits && /^Math\.(?:floor|ceil)\(/.test(r.code('x'))) continue;
      if (!fitsAll(source.values, outputs, (x) => r.run(x))) continue;
      if (r !== NO_ROUNDING) roundedFits = true;
      offer(apply(source.expr, r, extra));
    }
    // A converted quantity is already in the wanted unit: a factor fitted on top is noise.
    if (source.converted) continue;
    unitConversions(source, outputs, arithmeticRounds, offer);
    affineFits(source, outputs, arithmeticRounds, offer);
  }
  // Two-field arithmetic (qty × price, net + tax, end − start), also as a percentage
  // (share, change or discount relative to the first field).
  const ops: [string, (a: number, b: number) => number, (a: string, b: string) => string][] = [
    ['*', (a, b) => a * b, (a, b) => `${a} * ${b}`],
    ['+', (a, b) => a + b, (a, b) => `${a} + ${b}`],
    ['-', (a, b) => a - b, (a, b) => `${a} - ${b}`],
    ['/', (a, b) => a / b, (a, b) => `${a} / ${b}`],
    ['rel', (a, b) => (a - b) / a, (a, b) => `(${a} - ${b}) / ${a}`],
    // A rate in percent added to or taken off an amount (VAT, a tip, a discount).
    ['+%', (a, b) => a * (1 + b / 100), (a, b) => `${a} * (1 + ${b} / 100)`],
    ['-%', (a, b) => a * (1 - b / 100), (a, b) => `${a} * (1 - ${b} / 100)`],
  ];
  const scales: [number, (c: string) => string, number][] = [
    [1, (c) => c, 0],
    [100, (c) => `(${c}) * 100`, 1],
  ];
  for (let i = 0; i < sources.length && Date.now() <= deadline; i++) {
    for (let j = 0; j < sources.length; j++) {
      if (i === j) continue;
      const a = sources[i] as NumberSource;
      const b = sources[j] as NumberSource;
      for (const [op, f, print] of ops) {
        if ((op === '*' || op === '+') && j < i) continue;
        for (const [factor, scaled, scaleCost] of scales) {
          if (op === 'rel' && factor === 1) continue;
          if (op.endsWith('%') && factor !== 1) continue;
          const values = a.values.map((x, k) => f(x, b.values[k] ?? Number.NaN) * factor);
          for (const r of arithmeticRounds) {
            if (!fitsAll(values, outputs, (x) => r.run(x))) continue;
            const render = (p: string, q: string): string =>
              r.code(factor === 1 ? print(p, q) : scaled(print(p, q)));
            offer({
              code: (root) => render(a.expr.code(root), b.expr.code(root)),
              run: (root) => r.run(f(a.expr.run(root) as number, b.expr.run(root) as number) * factor),
              cost:
                a.expr.cost +
                b.expr.cost +
                1.5 +
                scaleCost +
                (op === '*' || op === '+' || op === '-' || op === '/' ? 0 : 0.5) +
                r.cost,
              helpers: [...a.expr.helpers, ...b.expr.helpers, ...r.helpers],
              describe: (root) => render(a.expr.describe(root), b.expr.describe(root)),
            });
          }
        }
      }
    }
  }
  if (Date.now() <= deadline) combinations(sources, outputs, offer);
  if (outputs.every((y) => sameValue(y, outputs[0]))) {
    const value = outputs[0] as number;
    offer({ code: () => num(value), run: () => value, cost: 6, helpers: [], describe: () => num(value) });
  }
  return best;
}

/**
 * Whether rounding `f(x)` to an output moves it by half that output or more, for some example: the
 * rounding, not the arithmetic, then makes the answer.
 */
function absorbs(xs: number[], outputs: number[], f: (x: number) => number): boolean {
  return outputs.some((y, i) => {
    const raw = f(xs[i] ?? Number.NaN);
    return Math.abs(raw - y) >= 0.5 * Math.max(Math.abs(y), 1e-9) && Math.abs(raw - y) > 1e-9;
  });
}

/** Fits y = round(x·a + b) (or x / k + b) from pairs of examples, snapping to nice constants. */
function affineFits(
  source: NumberSource,
  outputs: number[],
  rounds: Rounding[],
  offer: (expr: Expr) => void,
): void {
  const xs = source.values;
  const pairs: [number, number][] = [];
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) if (xs[i] !== xs[j]) pairs.push([i, j]);
  const slopes = new Map<number, number>();
  for (const [i, j] of pairs.slice(0, 3)) {
    const slope = ((outputs[j] ?? 0) - (outputs[i] ?? 0)) / ((xs[j] ?? 0) - (xs[i] ?? 0));
    slopes.set(slope, slope);
  }
  if (pairs.length === 0 && xs[0]) slopes.set((outputs[0] ?? 0) / xs[0], 0);
  const distinct = new Set(xs).size;
  for (const raw of slopes.keys()) {
    for (const snap of snaps(raw)) {
      const scale = (x: number): number => (snap.divide ? x / snap.value : x * snap.value);
      if (!snap.divide && snap.value === 1) continue;
      const intercepts = new Map<number, number>([[0, 0]]);
      const b0 = (outputs[0] ?? 0) - scale(xs[0] ?? 0);
      for (let digits = 1; digits <= 5; digits++) {
        const b = Number(b0.toPrecision(digits));
        if (b !== 0 && !intercepts.has(b)) intercepts.set(b, 1 + 0.3 * digits);
      }
      for (const [b, bCost] of intercepts) {
        // Fitted parameters must be fewer than the distinct examples, or any data would "fit".
        const parameters = (snap.known ? 0 : 1) + (b === 0 ? 0 : 1);
        if (parameters >= distinct) continue;
        for (const r of rounds) {
          if (!fitsAll(xs, outputs, (x) => r.run(scale(x) + b))) continue;
          // A fitted factor whose rounding absorbs half an output or more (ceil(107 × 0.0009) = 1)
          // is a coincidence of few examples, not a scale a person would write.
          if (!snap.known && absorbs(xs, outputs, (x) => scale(x) + b)) continue;
          // Rounded to whole units, a fitted factor must be pinned down by the examples: when 1% more
          // or 1% less fits them as well, the examples did not show the factor: the rounding hid it.
          const whole = /^Math\.(?:round|floor|ceil)\(/.test(r.code('x'));
          const loose = (k: number): boolean =>
            fitsAll(xs, outputs, (x) => r.run((snap.divide ? x / (snap.value * k) : x * snap.value * k) + b));
          if (!snap.known && whole && (loose(1.01) || loose(0.99))) continue;
          const negate = !snap.divide && snap.value === -1;
          const scaled = (c: string): string =>
            negate ? `-${c}` : `${c} ${snap.divide ? '/' : '*'} ${num(snap.value)}`;
          const affine = (c: string): string =>
            b === 0
              ? scaled(c)
              : negate
                ? `${num(b)} - ${c}`
                : `${scaled(c)} ${b < 0 ? '-' : '+'} ${num(Math.abs(b))}`;
          offer(
            derive(
              source.expr,
              (c) => r.code(affine(c)),
              (v) => r.run(scale(v as number) + b),
              1 + snap.cost + bCost + r.cost,
              r.helpers,
            ),
          );
        }
      }
    }
  }
}
