/**
 * Writes gate7 (bench/synth/tasks/gate7, every name starts with "g7-"): an adversarial batch for the
 * trust gate, written before any rule it measures (wip9/review, 2026-12-07).
 *
 * Each task's 3–4 examples show one or two input formats, as a user pastes them from one source;
 * the held records come from a merged feed: other formats of the same value (another date order,
 * another decimal mark, another unit, another layout of a code), near-misses of the shown format
 * (a missing part, an extra suffix, other letter case), empty and odd values ("", "n/a", "-") and
 * other locales (German, French, Swiss numbers and month names). These are the records where a
 * program that fits every example, or one that handles a second format by accident, writes a
 * plausible wrong value.
 *
 * Labels come from the true value a maker draws, never from parsing the text it writes. A record no
 * rule can settle from its own text (03/04 in a feed that mixes US and European order, "1,234" where
 * the comma may be a decimal mark, a national number of no stated country) keeps its true label and
 * is marked `review`: written, it counts as wrong even when it equals the label. An empty or
 * placeholder value has the label a person would give (null), not a review mark: a rule can read it.
 *
 * Deterministic (seeded): `node bench/synth/gate7-gen.ts && npx prettier --write
 * bench/synth/tasks/gate7` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  int,
  MONTH_NAMES,
  pad,
  pick,
  round,
  taskBuilder,
  type Pair,
  type R,
  pair as p,
  unsettled,
  group,
} from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const gate7Dir = join(here, 'tasks', 'gate7');
/** Held-back test records per task. */
export const TEST_RECORDS = 60;

const task = taskBuilder('g7-', TEST_RECORDS);
const tasks: BenchTask[] = [];
/** A placeholder a spreadsheet holds for "no value". */
const blank = (r: R): string => pick(r, ['', 'n/a', '-', 'N/A', '—', 'null']);

const MONTHS_EN: readonly string[] = MONTH_NAMES;
const MONTHS_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

// =============================================================== dates
{
  tasks.push(
    task(
      'invoice-date-iso',
      'dates',
      'Invoice dates from a merged supplier feed to ISO dates (null when the date is missing).',
      [
        p({ invoice_date: '15 Mar 2024' }, { date: '2024-03-15' }),
        p({ invoice_date: '02 Nov 2023' }, { date: '2023-11-02' }),
        p({ invoice_date: '28 Jan 2024' }, { date: '2024-01-28' }),
      ],
      (r) => {
        const y = int(r, 2021, 2025);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const out = { date: iso(y, m, d) };
        const k = r();
        if (k < 0.3) return p({ invoice_date: `${pad(d)} ${MONTHS_EN[m - 1]!.slice(0, 3)} ${y}` }, out);
        if (k < 0.42) return p({ invoice_date: `${MONTHS_EN[m - 1]} ${d}, ${y}` }, out);
        if (k < 0.54) return p({ invoice_date: `${pad(d)}.${pad(m)}.${y}` }, out);
        if (k < 0.64) return p({ invoice_date: iso(y, m, d) }, out);
        if (k < 0.74) return p({ invoice_date: `${d}. ${MONTHS_DE[m - 1]} ${y}` }, out);
        if (k < 0.82) return p({ invoice_date: `${d} ${MONTHS_FR[m - 1]} ${y}` }, out);
        if (k < 0.9)
          return p({ invoice_date: `${pad(d)} ${MONTHS_EN[m - 1]!.slice(0, 3).toUpperCase()} ${y}` }, out);
        return p({ invoice_date: blank(r) }, { date: null });
      },
      7001,
    ),
  );

  tasks.push(
    task(
      'shipped-on-slash',
      'dates',
      'Ship dates written with slashes (a US warehouse) to ISO dates.',
      [
        p({ shipped: '03/15/2024' }, { date: '2024-03-15' }),
        p({ shipped: '11/28/2023' }, { date: '2023-11-28' }),
        p({ shipped: '07/19/2024' }, { date: '2024-07-19' }),
      ],
      (r) => {
        const y = int(r, 2022, 2025);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const out = { date: iso(y, m, d) };
        const k = r();
        // The feed merges a European warehouse: a date is ambiguous when both parts are ≤ 12 and differ.
        const ambiguous = d <= 12 && m !== d;
        const either = (input: unknown): Pair => (ambiguous ? unsettled(input, out) : p(input, out));
        if (k < 0.4) return either({ shipped: `${pad(m)}/${pad(d)}/${y}` });
        if (k < 0.55) return either({ shipped: `${m}/${d}/${String(y).slice(2)}` });
        if (k < 0.75) return either({ shipped: `${pad(d)}/${pad(m)}/${y}` });
        if (k < 0.88) return p({ shipped: iso(y, m, d) }, out);
        return p({ shipped: `${pad(d)}.${pad(m)}.${y}` }, out);
      },
      7002,
    ),
  );
}

// =============================================================== numbers in several locales
{
  tasks.push(
    task(
      'amount-locale',
      'money',
      'Amounts typed by staff in several offices to a number.',
      [
        p({ amount: '1,234.50' }, { value: 1234.5 }),
        p({ amount: '89.99' }, { value: 89.99 }),
        p({ amount: '12,000.00' }, { value: 12000 }),
      ],
      (r) => {
        const whole = pick(r, [int(r, 1, 999), int(r, 1000, 99999)]);
        const cents = int(r, 0, 99);
        const value = whole + cents / 100;
        const c = pad(cents);
        const k = r();
        if (k < 0.3) return p({ amount: `${group(whole, ',')}.${c}` }, { value });
        if (k < 0.5) return p({ amount: `${group(whole, '.')},${c}` }, { value });
        if (k < 0.62) return p({ amount: `${group(whole, ' ')},${c}` }, { value });
        if (k < 0.72) return p({ amount: `${group(whole, "'")}.${c}` }, { value });
        if (k < 0.82) return p({ amount: `${whole}` }, { value: whole });
        if (k < 0.9) {
          // "1,234" or "1.234": a thousands mark or a decimal mark, no way to tell.
          const w = int(r, 1000, 9999);
          return unsettled({ amount: group(w, pick(r, [',', '.'])) }, { value: w });
        }
        return p({ amount: blank(r) }, { value: null });
      },
      7101,
    ),
  );

  tasks.push(
    task(
      'percent-to-fraction',
      'numbers',
      'Discount rates to a fraction of one.',
      [
        p({ discount: '45%' }, { rate: 0.45 }),
        p({ discount: '10%' }, { rate: 0.1 }),
        p({ discount: '5%' }, { rate: 0.05 }),
      ],
      (r) => {
        const tenths = int(r, 1, 950);
        const pct = tenths / 10;
        const rate = round(pct / 100, 4);
        const t = Number.isInteger(pct) ? String(pct) : pct.toFixed(1);
        const k = r();
        if (k < 0.3) return p({ discount: `${Math.round(pct)}%` }, { rate: round(Math.round(pct) / 100, 4) });
        if (k < 0.45) return p({ discount: `${t}%` }, { rate });
        if (k < 0.58) return p({ discount: `${t.replace('.', ',')} %` }, { rate });
        if (k < 0.7)
          return p({ discount: `${Math.round(pct)} percent` }, { rate: round(Math.round(pct) / 100, 4) });
        if (k < 0.8) return p({ discount: String(rate) }, { rate });
        if (k < 0.9)
          return p({ discount: `-${Math.round(pct)}%` }, { rate: round(Math.round(pct) / 100, 4) });
        return p({ discount: blank(r) }, { rate: null });
      },
      7102,
    ),
  );

  tasks.push(
    task(
      'price-cents',
      'money',
      'Shop prices to whole cents (refunds in parentheses or with a minus are negative).',
      [
        p({ price: '$1,299.00' }, { cents: 129900 }),
        p({ price: '$4.95' }, { cents: 495 }),
        p({ price: '$18.50' }, { cents: 1850 }),
      ],
      (r) => {
        const whole = pick(r, [int(r, 0, 99), int(r, 100, 9999)]);
        const c = int(r, 0, 99);
        const cents = whole * 100 + c;
        const k = r();
        if (k < 0.3) return p({ price: `$${group(whole, ',')}.${pad(c)}` }, { cents });
        if (k < 0.42) return p({ price: `$${whole}` }, { cents: whole * 100 });
        if (k < 0.52) return p({ price: `-$${whole}.${pad(c)}` }, { cents: -cents });
        if (k < 0.62) return p({ price: `($${whole}.${pad(c)})` }, { cents: -cents });
        if (k < 0.72) return p({ price: `USD ${whole}.${pad(c)}` }, { cents });
        if (k < 0.8) return p({ price: `$.${pad(c)}` }, { cents: c });
        if (k < 0.9) return p({ price: `${whole}.${pad(c)} $` }, { cents });
        return p({ price: blank(r) }, { cents: null });
      },
      7103,
    ),
  );

  tasks.push(
    task(
      'currency-and-amount',
      'money',
      'Prices with a currency to an ISO currency code and an amount.',
      [
        p({ price: '$12.50' }, { currency: 'USD', amount: 12.5 }),
        p({ price: '$3.00' }, { currency: 'USD', amount: 3 }),
        p({ price: '€7.20' }, { currency: 'EUR', amount: 7.2 }),
      ],
      (r) => {
        const amount = int(r, 100, 99999) / 100;
        const a = amount.toFixed(2);
        const k = r();
        if (k < 0.25) return p({ price: `$${a}` }, { currency: 'USD', amount });
        if (k < 0.4) return p({ price: `€${a}` }, { currency: 'EUR', amount });
        if (k < 0.52) return p({ price: `${a.replace('.', ',')} €` }, { currency: 'EUR', amount });
        if (k < 0.62) return p({ price: `£${a}` }, { currency: 'GBP', amount });
        if (k < 0.72) return p({ price: `CHF ${a}` }, { currency: 'CHF', amount });
        if (k < 0.82) return p({ price: `${a} USD` }, { currency: 'USD', amount });
        if (k < 0.9)
          return p(
            { price: `¥${Math.round(amount * 100)}` },
            { currency: 'JPY', amount: Math.round(amount * 100) },
          );
        return unsettled({ price: `kr ${a}` }, { currency: 'SEK', amount });
      },
      7104,
    ),
  );
}

// =============================================================== units
{
  tasks.push(
    task(
      'parcel-weight-kg',
      'units',
      'Parcel weights to kilograms.',
      [
        p({ weight: '12 kg' }, { kg: 12 }),
        p({ weight: '3.5 kg' }, { kg: 3.5 }),
        p({ weight: '0.8 kg' }, { kg: 0.8 }),
      ],
      (r) => {
        const grams = int(r, 50, 40000);
        const kg = grams / 1000;
        const k = r();
        if (k < 0.3) return p({ weight: `${round(kg, 1)} kg` }, { kg: round(kg, 1) });
        if (k < 0.45) return p({ weight: `${grams} g` }, { kg });
        if (k < 0.57)
          return p({ weight: `${String(round(kg, 1)).replace('.', ',')} kg` }, { kg: round(kg, 1) });
        if (k < 0.67) return p({ weight: `${round(kg, 1)}kg` }, { kg: round(kg, 1) });
        if (k < 0.8) {
          const lb = int(r, 1, 80);
          return p({ weight: `${lb} lb` }, { kg: round(lb * 0.45359237, 3) });
        }
        if (k < 0.9) return p({ weight: `${round(kg, 1)} KG` }, { kg: round(kg, 1) });
        return p({ weight: blank(r) }, { kg: null });
      },
      7201,
    ),
  );

  tasks.push(
    task(
      'height-cm',
      'units',
      'Heights from a sign-up form to whole centimetres.',
      [
        p({ height: '180 cm' }, { cm: 180 }),
        p({ height: '165 cm' }, { cm: 165 }),
        p({ height: '172 cm' }, { cm: 172 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.3) {
          const cm = int(r, 145, 205);
          return p({ height: `${cm} cm` }, { cm });
        }
        if (k < 0.5) {
          const cm = int(r, 145, 205);
          return p({ height: `${(cm / 100).toFixed(2)} m` }, { cm });
        }
        if (k < 0.6) {
          const cm = int(r, 145, 205);
          return p({ height: `${(cm / 100).toFixed(2).replace('.', ',')} m` }, { cm });
        }
        if (k < 0.8) {
          const ft = int(r, 4, 6);
          const inch = int(r, 0, 11);
          return p({ height: `${ft}'${inch}"` }, { cm: Math.round((ft * 12 + inch) * 2.54) });
        }
        if (k < 0.9) {
          const cm = int(r, 145, 205);
          return p({ height: `${cm}cm` }, { cm });
        }
        return p({ height: blank(r) }, { cm: null });
      },
      7202,
    ),
  );

  tasks.push(
    task(
      'temperature-celsius',
      'units',
      'Sensor readings to degrees Celsius, one decimal.',
      [
        p({ reading: '21.5 °C' }, { celsius: 21.5 }),
        p({ reading: '-3.0 °C' }, { celsius: -3 }),
        p({ reading: '18.2 °C' }, { celsius: 18.2 }),
      ],
      (r) => {
        const c = int(r, -200, 400) / 10;
        const k = r();
        if (k < 0.3) return p({ reading: `${c.toFixed(1)} °C` }, { celsius: c });
        if (k < 0.45) return p({ reading: `${c.toFixed(1)}C` }, { celsius: c });
        if (k < 0.55) return p({ reading: `${c.toFixed(1).replace('.', ',')} °C` }, { celsius: c });
        if (k < 0.75) {
          const f = round(c * 1.8 + 32, 1);
          return p({ reading: `${f.toFixed(1)} °F` }, { celsius: round((f - 32) / 1.8, 1) });
        }
        if (k < 0.85) {
          const kel = round(c + 273.15, 2);
          return p({ reading: `${kel} K` }, { celsius: round(kel - 273.15, 1) });
        }
        if (k < 0.92) return p({ reading: `${c.toFixed(1)}` }, { celsius: c });
        return p({ reading: pick(r, ['ERR', '', '--.- °C', 'sensor offline']) }, { celsius: null });
      },
      7203,
    ),
  );

  tasks.push(
    task(
      'duration-minutes',
      'durations',
      'Call lengths to whole minutes.',
      [
        p({ length: '1h 30m' }, { minutes: 90 }),
        p({ length: '2h 05m' }, { minutes: 125 }),
        p({ length: '0h 45m' }, { minutes: 45 }),
      ],
      (r) => {
        const h = int(r, 0, 5);
        const m = int(r, 0, 59);
        const minutes = h * 60 + m;
        const k = r();
        if (k < 0.3) return p({ length: `${h}h ${pad(m)}m` }, { minutes });
        if (k < 0.42) return p({ length: `${minutes} min` }, { minutes });
        if (k < 0.54) return p({ length: `${h}:${pad(m)}` }, { minutes });
        if (k < 0.64) return p({ length: `${h}h` }, { minutes: h * 60 });
        if (k < 0.74) return p({ length: `${m}m` }, { minutes: m });
        if (k < 0.82) return p({ length: `PT${h}H${m}M` }, { minutes });
        if (k < 0.9) return p({ length: `${h}.5 h` }, { minutes: h * 60 + 30 });
        return p({ length: blank(r) }, { minutes: null });
      },
      7204,
    ),
  );

  tasks.push(
    task(
      'pack-count-size',
      'units',
      'Pack descriptions to the number of items and the size of one item in grams.',
      [
        p({ pack: '3 x 250 g' }, { count: 3, grams: 250 }),
        p({ pack: '6 x 100 g' }, { count: 6, grams: 100 }),
        p({ pack: '2 x 500 g' }, { count: 2, grams: 500 }),
      ],
      (r) => {
        const n = int(r, 2, 24);
        const g = pick(r, [50, 100, 125, 200, 250, 400, 500, 750]);
        const k = r();
        if (k < 0.3) return p({ pack: `${n} x ${g} g` }, { count: n, grams: g });
        if (k < 0.42) return p({ pack: `${n}x${g}g` }, { count: n, grams: g });
        if (k < 0.52) return p({ pack: `${n} × ${g} g` }, { count: n, grams: g });
        if (k < 0.64) return p({ pack: `${g} g` }, { count: 1, grams: g });
        if (k < 0.76) {
          const kg = pick(r, [1, 1.5, 2]);
          return p({ pack: `${n} x ${kg} kg` }, { count: n, grams: kg * 1000 });
        }
        if (k < 0.88) {
          // Millilitres are not grams: a person would ask.
          return unsettled({ pack: `${n} x ${g} ml` }, { count: n, grams: g });
        }
        return p({ pack: `${g} g x ${n}` }, { count: n, grams: g });
      },
      7205,
    ),
  );

  tasks.push(
    task(
      'file-size-bytes',
      'units',
      'File sizes from a report to bytes (decimal units: 1 kB = 1000 B).',
      [
        p({ size: '1.5 MB' }, { bytes: 1500000 }),
        p({ size: '2.0 MB' }, { bytes: 2000000 }),
        p({ size: '0.3 MB' }, { bytes: 300000 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.3) {
          const t = int(r, 1, 999) / 10;
          return p({ size: `${t.toFixed(1)} MB` }, { bytes: Math.round(t * 1e6) });
        }
        if (k < 0.45) {
          const t = int(r, 1, 999);
          return p({ size: `${t} kB` }, { bytes: t * 1000 });
        }
        if (k < 0.6) {
          const t = int(r, 1, 99) / 10;
          return p({ size: `${t.toFixed(1)} GB` }, { bytes: Math.round(t * 1e9) });
        }
        if (k < 0.7) {
          const t = int(r, 1, 999);
          return p({ size: `${t} B` }, { bytes: t });
        }
        if (k < 0.8) {
          const t = int(r, 1, 999) / 10;
          return p({ size: `${t.toFixed(1).replace('.', ',')} MB` }, { bytes: Math.round(t * 1e6) });
        }
        if (k < 0.9) {
          // MiB is binary: 1 MiB = 1,048,576 B.
          const t = int(r, 1, 99);
          return p({ size: `${t} MiB` }, { bytes: t * 1048576 });
        }
        return p({ size: blank(r) }, { bytes: null });
      },
      7206,
    ),
  );
}

// =============================================================== codes and identifiers
{
  tasks.push(
    task(
      'order-ref-parts',
      'codes',
      'Order references to the order year and sequence number.',
      [
        p({ ref: 'ORD-2024-00123' }, { year: 2024, seq: 123 }),
        p({ ref: 'ORD-2023-04410' }, { year: 2023, seq: 4410 }),
        p({ ref: 'ORD-2024-00007' }, { year: 2024, seq: 7 }),
      ],
      (r) => {
        const year = int(r, 2019, 2025);
        const seq = int(r, 1, 99999);
        const k = r();
        if (k < 0.3) return p({ ref: `ORD-${year}-${pad(seq, 5)}` }, { year, seq });
        if (k < 0.42) return p({ ref: `ord-${year}-${pad(seq, 5)}` }, { year, seq });
        if (k < 0.54) return p({ ref: `ORD/${year}/${seq}` }, { year, seq });
        if (k < 0.66) return p({ ref: `ORD-${String(year).slice(2)}-${pad(seq, 5)}` }, { year, seq });
        if (k < 0.78) return p({ ref: `ORD-${year}-${pad(seq, 5)}-R${int(r, 1, 3)}` }, { year, seq });
        if (k < 0.9) return p({ ref: `${year}-${pad(seq, 5)}` }, { year, seq });
        return p({ ref: blank(r) }, { year: null, seq: null });
      },
      7301,
    ),
  );

  tasks.push(
    task(
      'vat-id-split',
      'codes',
      'EU VAT identifiers to the country code and the national number.',
      [
        p({ vat: 'DE123456789' }, { country: 'DE', number: '123456789' }),
        p({ vat: 'DE811907980' }, { country: 'DE', number: '811907980' }),
        p({ vat: 'FR40303265045' }, { country: 'FR', number: '40303265045' }),
      ],
      (r) => {
        const digits = (n: number): string => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
        const k = r();
        if (k < 0.25) {
          const n = digits(9);
          return p({ vat: `DE${n}` }, { country: 'DE', number: n });
        }
        if (k < 0.38) {
          const n = digits(9);
          return p(
            { vat: `DE ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` },
            { country: 'DE', number: n },
          );
        }
        if (k < 0.5) {
          const n = `U${digits(8)}`;
          return p({ vat: `AT${n}` }, { country: 'AT', number: n });
        }
        if (k < 0.62) {
          const n = digits(11);
          return p({ vat: `FR${n}` }, { country: 'FR', number: n });
        }
        if (k < 0.72) {
          const n = `${digits(9)}B${digits(2)}`;
          return p({ vat: `NL${n}` }, { country: 'NL', number: n });
        }
        if (k < 0.8) {
          const n = digits(9);
          return p({ vat: `de${n}` }, { country: 'DE', number: n });
        }
        if (k < 0.9) {
          const n = digits(9);
          return unsettled({ vat: n }, { country: 'DE', number: n });
        }
        return p({ vat: blank(r) }, { country: null, number: null });
      },
      7302,
    ),
  );

  tasks.push(
    task(
      'semver-parts',
      'codes',
      'Release tags to major, minor and patch numbers.',
      [
        p({ tag: 'v1.2.3' }, { major: 1, minor: 2, patch: 3 }),
        p({ tag: 'v2.0.1' }, { major: 2, minor: 0, patch: 1 }),
        p({ tag: 'v4.5.0' }, { major: 4, minor: 5, patch: 0 }),
      ],
      (r) => {
        const a = int(r, 0, 12);
        const b = int(r, 0, 30);
        const c = int(r, 0, 40);
        const k = r();
        if (k < 0.3) return p({ tag: `v${a}.${b}.${c}` }, { major: a, minor: b, patch: c });
        if (k < 0.45) return p({ tag: `${a}.${b}.${c}` }, { major: a, minor: b, patch: c });
        if (k < 0.6)
          return p(
            { tag: `v${a}.${b}.${c}-${pick(r, ['beta.1', 'rc.2', 'alpha'])}` },
            { major: a, minor: b, patch: c },
          );
        if (k < 0.72) return p({ tag: `v${a}.${b}` }, { major: a, minor: b, patch: 0 });
        if (k < 0.82) return p({ tag: `release-${a}.${b}.${c}` }, { major: a, minor: b, patch: c });
        if (k < 0.9)
          return p({ tag: `V${a}.${b}.${c}+build.${int(r, 1, 999)}` }, { major: a, minor: b, patch: c });
        return p({ tag: pick(r, ['latest', 'main', '']) }, { major: null, minor: null, patch: null });
      },
      7303,
    ),
  );

  tasks.push(
    task(
      'iban-country-check',
      'codes',
      'IBANs to the country code and the two check digits.',
      [
        p({ iban: 'DE89 3704 0044 0532 0130 00' }, { country: 'DE', check: '89' }),
        p({ iban: 'DE12 5001 0517 0648 4898 90' }, { country: 'DE', check: '12' }),
        p({ iban: 'DE44 5001 0517 5407 3249 31' }, { country: 'DE', check: '44' }),
      ],
      (r) => {
        const cc = pick(r, ['DE', 'DE', 'FR', 'GB', 'NL', 'ES', 'IT']);
        const check = pad(int(r, 2, 98));
        const len = { DE: 18, FR: 23, GB: 18, NL: 14, ES: 20, IT: 23 }[cc] ?? 18;
        const body = Array.from({ length: len }, () => String(int(r, 0, 9))).join('');
        const compact = `${cc}${check}${body}`;
        const spacedOut = compact.replace(/(.{4})(?=.)/g, '$1 ');
        const k = r();
        if (k < 0.45) return p({ iban: spacedOut }, { country: cc, check });
        if (k < 0.7) return p({ iban: compact }, { country: cc, check });
        if (k < 0.8) return p({ iban: spacedOut.toLowerCase() }, { country: cc, check });
        if (k < 0.9) return p({ iban: `IBAN ${spacedOut}` }, { country: cc, check });
        return p({ iban: blank(r) }, { country: null, check: null });
      },
      7304,
    ),
  );

  tasks.push(
    task(
      'sku-size-color',
      'codes',
      'Product codes "STYLE-SIZE-COLOR" to size and colour code.',
      [
        p({ sku: 'TSH-M-BLK' }, { size: 'M', color: 'BLK' }),
        p({ sku: 'TSH-L-WHT' }, { size: 'L', color: 'WHT' }),
        p({ sku: 'HOD-S-NVY' }, { size: 'S', color: 'NVY' }),
      ],
      (r) => {
        const style = pick(r, ['TSH', 'HOD', 'JKT', 'CAP', 'SCK']);
        const size = pick(r, ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL']);
        const color = pick(r, ['BLK', 'WHT', 'NVY', 'RED', 'GRN', 'GRY']);
        const k = r();
        if (k < 0.35) return p({ sku: `${style}-${size}-${color}` }, { size, color });
        if (k < 0.5) return p({ sku: `${style}-${size}-${color}`.toLowerCase() }, { size, color });
        if (k < 0.62) return p({ sku: `${style}_${size}_${color}` }, { size, color });
        if (k < 0.74) return p({ sku: `${style}-${color}` }, { size: null, color });
        if (k < 0.86) {
          const num = pick(r, ['38', '40', '42', '44']);
          return p({ sku: `${style}-${num}-${color}` }, { size: num, color });
        }
        return p({ sku: `${style}-${size}-${color}-${pick(r, ['V2', 'OUTLET', '2024'])}` }, { size, color });
      },
      7305,
    ),
  );
}

// =============================================================== contacts
{
  tasks.push(
    task(
      'phone-e164-us',
      'phones',
      'Customer phone numbers (a US shop, now selling abroad) to E.164.',
      [
        p({ phone: '(415) 555-0132' }, { e164: '+14155550132' }),
        p({ phone: '(212) 555-0199' }, { e164: '+12125550199' }),
        p({ phone: '(617) 555-0107' }, { e164: '+16175550107' }),
      ],
      (r) => {
        const area = pick(r, ['415', '212', '617', '303', '512', '206']);
        const line = `555${pad(int(r, 100, 199), 4)}`;
        const us = `+1${area}${line}`;
        const k = r();
        if (k < 0.3) return p({ phone: `(${area}) ${line.slice(0, 3)}-${line.slice(3)}` }, { e164: us });
        if (k < 0.42) return p({ phone: `${area}.${line.slice(0, 3)}.${line.slice(3)}` }, { e164: us });
        if (k < 0.52) return p({ phone: `+1 ${area} ${line.slice(0, 3)} ${line.slice(3)}` }, { e164: us });
        if (k < 0.62) {
          const n = `20 7946 ${pad(int(r, 0, 9999), 4)}`;
          return p({ phone: `+44 ${n}` }, { e164: `+44${n.replace(/ /g, '')}` });
        }
        if (k < 0.72) {
          const n = `30 ${int(r, 1000, 9999)} ${int(r, 1000, 9999)}`;
          return p({ phone: `+49 ${n}` }, { e164: `+49${n.replace(/ /g, '')}` });
        }
        if (k < 0.8) {
          // Seven digits, no area code: no rule can give the number.
          return unsettled({ phone: `${line.slice(0, 3)}-${line.slice(3)}` }, { e164: us });
        }
        if (k < 0.9)
          return p(
            { phone: `(${area}) ${line.slice(0, 3)}-${line.slice(3)} ext. ${int(r, 10, 99)}` },
            { e164: us },
          );
        return p({ phone: blank(r) }, { e164: null });
      },
      7401,
    ),
  );

  tasks.push(
    task(
      'email-domain',
      'email',
      'The domain of a contact e-mail address, lower case (null when there is no address).',
      [
        p({ email: 'alice@example.com' }, { domain: 'example.com' }),
        p({ email: 'bob.smith@acme.org' }, { domain: 'acme.org' }),
        p({ email: 'c.ng@shop.example.net' }, { domain: 'shop.example.net' }),
      ],
      (r) => {
        const user = pick(r, ['ana', 'j.doe', 'k_lee', 'sales', 'info', 'm.ortiz']);
        const domain = pick(r, ['example.com', 'acme.org', 'mail.example.co.uk', 'firma.de', 'startup.io']);
        const k = r();
        if (k < 0.3) return p({ email: `${user}@${domain}` }, { domain });
        if (k < 0.45) return p({ email: `${user}@${domain.toUpperCase()}` }, { domain });
        if (k < 0.6) return p({ email: `Ana Lopez <${user}@${domain}>` }, { domain });
        if (k < 0.7) return p({ email: ` ${user}@${domain} ` }, { domain });
        if (k < 0.8) return p({ email: `mailto:${user}@${domain}` }, { domain });
        if (k < 0.9) return p({ email: pick(r, ['', 'none', 'n/a', 'ask at desk']) }, { domain: null });
        return unsettled({ email: `${user} at ${domain.replace(/\./g, ' dot ')}` }, { domain });
      },
      7402,
    ),
  );

  tasks.push(
    task(
      'name-last-first',
      'names',
      'Names exported as "Last, First" to given and family name.',
      [
        p({ name: 'Novak, Ingrid' }, { given: 'Ingrid', family: 'Novak' }),
        p({ name: 'Okafor, Femi' }, { given: 'Femi', family: 'Okafor' }),
        p({ name: 'Sato, Aiko' }, { given: 'Aiko', family: 'Sato' }),
      ],
      (r) => {
        const g = pick(r, ['Priya', 'Jonas', 'Carmen', 'Tariq', 'Lucia', 'Oskar', 'Mateo']);
        const f = pick(r, ['Natarajan', 'Lindqvist', 'Ortiz', 'Haddad', 'Brennan', 'Moreau', 'Quinn']);
        const k = r();
        if (k < 0.35) return p({ name: `${f}, ${g}` }, { given: g, family: f });
        if (k < 0.55) return p({ name: `${g} ${f}` }, { given: g, family: f });
        if (k < 0.67) return p({ name: `${f.toUpperCase()}, ${g}` }, { given: g, family: f.toUpperCase() });
        if (k < 0.79)
          return p({ name: `${f}, ${g} ${pick(r, ['A.', 'M.', 'J.'])}` }, { given: g, family: f });
        if (k < 0.9) return p({ name: `${f},${g}` }, { given: g, family: f });
        return p({ name: `${pick(r, ['Dr.', 'Prof.'])} ${g} ${f}` }, { given: g, family: f });
      },
      7403,
    ),
  );

  tasks.push(
    task(
      'city-state-zip',
      'addresses',
      'City lines of North American addresses to city, region code and postal code.',
      [
        p({ line: 'Springfield, IL 62704' }, { city: 'Springfield', region: 'IL', postal: '62704' }),
        p({ line: 'Austin, TX 78701' }, { city: 'Austin', region: 'TX', postal: '78701' }),
        p({ line: 'Boise, ID 83702' }, { city: 'Boise', region: 'ID', postal: '83702' }),
      ],
      (r) => {
        const us: [string, string, string][] = [
          ['Springfield', 'IL', 'Illinois'],
          ['Austin', 'TX', 'Texas'],
          ['Portland', 'OR', 'Oregon'],
          ['Salt Lake City', 'UT', 'Utah'],
          ['St. Louis', 'MO', 'Missouri'],
        ];
        const [city, st, stateName] = pick(r, us);
        const zip = pad(int(r, 10001, 99950), 5);
        const k = r();
        if (k < 0.35) return p({ line: `${city}, ${st} ${zip}` }, { city, region: st, postal: zip });
        if (k < 0.47) return p({ line: `${city} ${st} ${zip}` }, { city, region: st, postal: zip });
        if (k < 0.59) {
          const z = `${zip}-${pad(int(r, 1, 9999), 4)}`;
          return p({ line: `${city}, ${st} ${z}` }, { city, region: st, postal: z });
        }
        if (k < 0.71) return p({ line: `${city}, ${stateName} ${zip}` }, { city, region: st, postal: zip });
        if (k < 0.83) {
          const [cc, pr, pc] = pick(r, [
            ['Toronto', 'ON', 'M5V 2T6'],
            ['Vancouver', 'BC', 'V6B 1A1'],
            ['Montréal', 'QC', 'H3B 4W8'],
          ] as const);
          return p({ line: `${cc}, ${pr} ${pc}` }, { city: cc, region: pr, postal: pc });
        }
        if (k < 0.92) return p({ line: `${city}, ${st}` }, { city, region: st, postal: null });
        return p(
          { line: `${city.toUpperCase()}, ${st} ${zip}` },
          { city: city.toUpperCase(), region: st, postal: zip },
        );
      },
      7404,
    ),
  );
}

// =============================================================== words and closed sets
{
  tasks.push(
    task(
      'yes-no-flag',
      'booleans',
      'The newsletter opt-in column to a boolean (null when not answered).',
      [
        p({ id: 'C-1037', opt_in: 'yes' }, { subscribed: true }),
        p({ id: 'C-1074', opt_in: 'no' }, { subscribed: false }),
        p({ id: 'C-1111', opt_in: 'yes' }, { subscribed: true }),
        p({ id: 'C-1148', opt_in: 'no' }, { subscribed: false }),
      ],
      (r) => {
        const yes = r() < 0.5;
        const k = r();
        if (k < 0.25)
          return p({ id: `C-${int(r, 1000, 99999)}`, opt_in: yes ? 'yes' : 'no' }, { subscribed: yes });
        if (k < 0.4)
          return p({ id: `C-${int(r, 1000, 99999)}`, opt_in: yes ? 'Yes' : 'NO' }, { subscribed: yes });
        if (k < 0.5)
          return p({ id: `C-${int(r, 1000, 99999)}`, opt_in: yes ? 'Y' : 'N' }, { subscribed: yes });
        if (k < 0.6)
          return p({ id: `C-${int(r, 1000, 99999)}`, opt_in: yes ? 'true' : 'false' }, { subscribed: yes });
        if (k < 0.7)
          return p({ id: `C-${int(r, 1000, 99999)}`, opt_in: yes ? '1' : '0' }, { subscribed: yes });
        if (k < 0.8)
          return p(
            { opt_in: yes ? pick(r, ['ja', 'oui', 'sí']) : pick(r, ['nein', 'non']) },
            { subscribed: yes },
          );
        if (k < 0.9)
          return p(
            { id: `C-${int(r, 1000, 99999)}`, opt_in: pick(r, ['', 'n/a', '-']) },
            { subscribed: null },
          );
        return unsettled(
          { id: `C-${int(r, 1000, 99999)}`, opt_in: pick(r, ['maybe', 'later', 'ask me']) },
          { subscribed: null },
        );
      },
      7501,
    ),
  );

  tasks.push(
    task(
      'country-iso2',
      'lookups',
      'Country names typed by customers to ISO 3166 alpha-2 codes.',
      [
        p({ id: 'CU-1037', country: 'Germany' }, { iso2: 'DE' }),
        p({ id: 'CU-1074', country: 'France' }, { iso2: 'FR' }),
        p({ id: 'CU-1111', country: 'Spain' }, { iso2: 'ES' }),
      ],
      (r) => {
        const rows: [string, string[]][] = [
          ['DE', ['Germany', 'germany', 'Deutschland', 'DE', 'GERMANY']],
          ['FR', ['France', 'france', 'FR', 'République française']],
          ['ES', ['Spain', 'España', 'ES', 'spain']],
          ['GB', ['United Kingdom', 'UK', 'Great Britain', 'GB']],
          ['US', ['United States', 'USA', 'U.S.', 'US']],
          ['NL', ['Netherlands', 'Holland', 'Nederland', 'NL']],
        ];
        const [code, names] = pick(r, rows);
        const name = pick(r, names);
        return p(
          { id: `CU-${int(r, 1000, 99999)}`, country: `${name}${r() < 0.1 ? ' ' : ''}` },
          { iso2: code },
        );
      },
      7502,
    ),
  );

  tasks.push(
    task(
      'month-number',
      'dates',
      'Month names from a survey to the month number.',
      [
        p({ id: 'R1037', month: 'January' }, { month: 1 }),
        p({ id: 'R1074', month: 'March' }, { month: 3 }),
        p({ id: 'R1111', month: 'October' }, { month: 10 }),
      ],
      (r) => {
        const m = int(r, 1, 12);
        const k = r();
        if (k < 0.3) return p({ id: `R${int(r, 1000, 99999)}`, month: MONTHS_EN[m - 1] }, { month: m });
        if (k < 0.45)
          return p({ id: `R${int(r, 1000, 99999)}`, month: MONTHS_EN[m - 1]!.slice(0, 3) }, { month: m });
        if (k < 0.55)
          return p(
            { id: `R${int(r, 1000, 99999)}`, month: `${MONTHS_EN[m - 1]!.slice(0, 3).toLowerCase()}.` },
            { month: m },
          );
        if (k < 0.67) return p({ id: `R${int(r, 1000, 99999)}`, month: MONTHS_DE[m - 1] }, { month: m });
        if (k < 0.77) return p({ id: `R${int(r, 1000, 99999)}`, month: MONTHS_FR[m - 1] }, { month: m });
        if (k < 0.87) return p({ id: `R${int(r, 1000, 99999)}`, month: pad(m) }, { month: m });
        if (k < 0.94)
          return p({ id: `R${int(r, 1000, 99999)}`, month: MONTHS_EN[m - 1]!.toUpperCase() }, { month: m });
        return p({ id: `R${int(r, 1000, 99999)}`, month: blank(r) }, { month: null });
      },
      7503,
    ),
  );

  tasks.push(
    task(
      'rating-stars',
      'numbers',
      'Review ratings to a whole number of stars out of five.',
      [
        p({ id: 'RV-1037', rating: '★★★☆☆' }, { stars: 3 }),
        p({ id: 'RV-1074', rating: '★★★★★' }, { stars: 5 }),
        p({ id: 'RV-1111', rating: '★☆☆☆☆' }, { stars: 1 }),
      ],
      (r) => {
        const s = int(r, 1, 5);
        const k = r();
        if (k < 0.3)
          return p(
            { id: `RV-${int(r, 1000, 99999)}`, rating: '★'.repeat(s) + '☆'.repeat(5 - s) },
            { stars: s },
          );
        if (k < 0.45) return p({ id: `RV-${int(r, 1000, 99999)}`, rating: `${s}/5` }, { stars: s });
        if (k < 0.58)
          return p(
            { id: `RV-${int(r, 1000, 99999)}`, rating: `${s} star${s === 1 ? '' : 's'}` },
            { stars: s },
          );
        if (k < 0.68) return p({ id: `RV-${int(r, 1000, 99999)}`, rating: '★'.repeat(s) }, { stars: s });
        if (k < 0.78) return p({ id: `RV-${int(r, 1000, 99999)}`, rating: `${s * 2}/10` }, { stars: s });
        if (k < 0.88) return p({ id: `RV-${int(r, 1000, 99999)}`, rating: String(s) }, { stars: s });
        if (k < 0.94) return unsettled({ id: `RV-${int(r, 1000, 99999)}`, rating: `${s}.5/5` }, { stars: s });
        return p({ id: `RV-${int(r, 1000, 99999)}`, rating: blank(r) }, { stars: null });
      },
      7504,
    ),
  );

  tasks.push(
    task(
      'log-level',
      'logs',
      'Log lines from several services to their level, lower case.',
      [
        p({ line: '[ERROR] db: connection refused' }, { level: 'error' }),
        p({ line: '[WARN] cache: miss rate 41%' }, { level: 'warn' }),
        p({ line: '[INFO] api: started on :8080' }, { level: 'info' }),
      ],
      (r) => {
        const level = pick(r, ['error', 'warn', 'info', 'debug']);
        const msg = pick(r, [
          'db: timeout after 30s',
          'api: request done',
          'cache: evicted 12 keys',
          'auth: token expired',
        ]);
        const k = r();
        if (k < 0.3) return p({ line: `[${level.toUpperCase()}] ${msg}` }, { level });
        if (k < 0.45) return p({ line: `${level.toUpperCase()}: ${msg}` }, { level });
        if (k < 0.57) return p({ line: `2024-05-01T10:00:00Z level=${level} msg="${msg}"` }, { level });
        if (k < 0.69) return p({ line: JSON.stringify({ level, msg }) }, { level });
        if (k < 0.79) return p({ line: `${level[0]!.toUpperCase()}/${msg}` }, { level });
        if (k < 0.89) {
          const word = { error: 'ERR', warn: 'WARNING', info: 'INFO', debug: 'DBG' }[level] ?? level;
          return p({ line: `[${word}] ${msg}` }, { level });
        }
        return p({ line: `${msg}` }, { level: null });
      },
      7505,
    ),
  );

  tasks.push(
    task(
      'clock-24h',
      'times',
      'Appointment times to 24-hour "HH:MM".',
      [
        p({ time: '3:45 PM' }, { hhmm: '15:45' }),
        p({ time: '9:05 AM' }, { hhmm: '09:05' }),
        p({ time: '11:30 AM' }, { hhmm: '11:30' }),
      ],
      (r) => {
        const h = int(r, 0, 23);
        const m = pick(r, [0, 5, 15, 30, 45, int(r, 0, 59)]);
        const out = { hhmm: `${pad(h)}:${pad(m)}` };
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const ap = h < 12 ? 'AM' : 'PM';
        const k = r();
        if (k < 0.3) return p({ time: `${h12}:${pad(m)} ${ap}` }, out);
        if (k < 0.45) return p({ time: `${pad(h)}:${pad(m)}` }, out);
        if (k < 0.55) return p({ time: `${h12}:${pad(m)}${ap.toLowerCase()}` }, out);
        if (k < 0.65) return p({ time: `${h12}.${pad(m)} ${ap.toLowerCase().split('').join('.')}.` }, out);
        if (k < 0.73) return p({ time: `${h}h${pad(m)}` }, out);
        if (k < 0.8) return p({ time: `${h12} ${ap}` }, { hhmm: `${pad(h)}:00` });
        if (k < 0.88) return timeWord(r);
        if (k < 0.94) return unsettled({ time: `${h12}:${pad(m)}` }, out);
        return p({ time: blank(r) }, { hhmm: null });
      },
      7506,
    ),
  );
}

/** "noon" / "midnight" with their labels. */
function timeWord(r: R): Pair {
  return r() < 0.5 ? p({ time: 'noon' }, { hhmm: '12:00' }) : p({ time: 'midnight' }, { hhmm: '00:00' });
}

/** Every task of the set, generated afresh (deterministic). */
export function gate7Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(gate7Dir, { recursive: true });
  for (const t of tasks) writeFileSync(join(gate7Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${gate7Dir}`);
}
