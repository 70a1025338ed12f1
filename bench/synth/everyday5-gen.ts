/**
 * Writes the fifth set of "everyday" tuning tasks (bench/synth/tasks/everyday5, every name starts
 * with "e5-"). Written before tuning: before anyone changed the synthesizer for them, by someone
 * who has not read the frozen held-out set (issue 11 §4). The engine was not run on these tasks
 * while they were written.
 *
 * Kinds and styles the earlier sets lack: money displayed for people (US accounting parentheses,
 * German separators with the symbol after), accounting strings to cents, long dates in five
 * European languages, ISO ↔ US long dates, US 12-hour date-times, ages on a date, ISO 8601
 * durations, clock durations, UK and French phone numbers to E.164 and US E.164 to display form,
 * mailto links and recipient lists, registry-style upper-case names, letter greetings, US PO boxes,
 * German street numbers, price ranges and multi-buy deals, package dimensions, pounds and ounces,
 * JSON lines mixed with Python logging, klog lines, VIN check digits, part numbers with revisions,
 * URL canonical forms and registrable domains, semver order and caret/tilde ranges, ratios and
 * screen aspect ratios, multilingual booleans, employment types and payment terms from free text,
 * fuel economy and tyre pressure units, relative dates, ISO weeks, fiscal quarters, card brands,
 * CIDR blocks, file paths and colours.
 *
 * How the labels are made: each maker draws a true value first and writes it the ways different
 * people's data writes it; the label comes from the true value, never from parsing the written text
 * and never from codify. Check digits and calendar facts are computed by their own formulas. So
 * the generator is the reference solution. Records the examples cannot settle keep their true
 * label (as in e4): NOTES.md says which a cautious tool should send to review.
 *
 * Deterministic (seeded): `node bench/synth/everyday5-gen.ts && npx prettier --write
 * bench/synth/tasks/everyday5` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cap,
  digits,
  int,
  pad,
  pick,
  round,
  spaced,
  taskBuilder,
  type R,
  pair as p,
  group,
} from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const everyday5Dir = join(here, 'tasks', 'everyday5');
/** Held-back test records per task. */
export const TEST_RECORDS = 200;

const task = taskBuilder('e5-', TEST_RECORDS);
const tasks: BenchTask[] = [];
const id = (r: R, prefix: string): string => `${prefix}${int(r, 10000, 99999)}`;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const daysIn = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();
interface Day {
  y: number;
  mo: number;
  d: number;
}
const day = (r: R, y0 = 2019, y1 = 2027): Day => {
  const y = int(r, y0, y1);
  const mo = int(r, 1, 12);
  return { y, mo, d: int(r, 1, daysIn(y, mo)) };
};
const iso = (t: Day): string => `${t.y}-${pad(t.mo)}-${pad(t.d)}`;
const toMs = (t: Day): number => Date.UTC(t.y, t.mo - 1, t.d);
const fromMs = (ms: number): Day => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const DAY_MS = 86400000;
/** Cents as "1,234.56" (or with other separators). */
const money = (cents: number, thousands = ',', decimal = '.'): string =>
  `${group(Math.floor(Math.abs(cents) / 100), thousands)}${decimal}${pad(Math.abs(cents) % 100)}`;
/** An amount in cents over several orders of magnitude (most small, some large). */
const cents = (r: R): number => {
  const k = int(r, 0, 9);
  return k < 3
    ? int(r, 1, 9999)
    : k < 7
      ? int(r, 10000, 999999)
      : k < 9
        ? int(r, 1000000, 99999999)
        : int(r, 100000000, 9999999999);
};

// =============================================================== money
{
  const usd = (c: number): string => (c < 0 ? `($${money(c)})` : `$${money(c)}`);
  tasks.push(
    task(
      'money-display-us',
      'prices',
      'Signed amounts from a ledger export (numbers in dollars) to the display a US finance report shows: dollar sign, comma thousands, two decimals, negatives in parentheses, e.g. -1234.5 → ($1,234.50).',
      [
        p({ account: 'A-2201', amount: 1234.5 }, { display: '$1,234.50' }),
        p({ account: 'A-2202', amount: -42 }, { display: '($42.00)' }),
        p({ account: 'A-2203', amount: 18.05 }, { display: '$18.05' }),
      ],
      (r) => {
        const c = r() < 0.03 ? 0 : (r() < 0.35 ? -1 : 1) * cents(r);
        return p({ account: id(r, 'A-'), amount: c / 100 }, { display: usd(c) });
      },
      5101,
    ),
  );

  const SYM: Record<string, string> = { EUR: '€', CHF: 'CHF', GBP: '£', USD: '$' };
  const de = (c: number, cur: string): string => `${c < 0 ? '-' : ''}${money(c, '.', ',')} ${SYM[cur]}`;
  tasks.push(
    task(
      'money-display-de',
      'prices',
      'Invoice totals (amount and ISO currency) shown the German way: dot thousands, comma decimals, minus sign in front, currency after a space as its symbol (€, £, $) or CHF, e.g. 1234.5 EUR → 1.234,50 €.',
      [
        p({ total: 1234.5, currency: 'EUR' }, { display: de(123450, 'EUR') }),
        p({ total: 89.9, currency: 'EUR' }, { display: de(8990, 'EUR') }),
        p({ total: -15, currency: 'EUR' }, { display: de(-1500, 'EUR') }),
      ],
      (r) => {
        const cur = pick(r, ['EUR', 'EUR', 'EUR', 'CHF', 'GBP', 'USD']);
        const c = (r() < 0.2 ? -1 : 1) * cents(r);
        return p({ total: c / 100, currency: cur }, { display: de(c, cur) });
      },
      5102,
    ),
  );

  tasks.push(
    task(
      'money-accounting-to-cents',
      'prices',
      'Amounts typed into an accounting sheet (dollar sign or USD or none, comma thousands, negatives as parentheses, a leading minus or a trailing minus) to integer cents.',
      [
        p({ value: '$1,234.56' }, { cents: 123456 }),
        p({ value: '(45.10)' }, { cents: -4510 }),
        p({ value: '-$3.00' }, { cents: -300 }),
        p({ value: '12.00-' }, { cents: -1200 }),
      ],
      (r) => {
        const c = cents(r);
        const neg = r() < 0.4;
        const num = r() < 0.15 ? money(c).replace(/,/g, '') : money(c);
        const sym = pick(r, ['$', '$', '$ ', '', 'USD ']);
        const body = `${sym}${num}`;
        const text = !neg
          ? body
          : pick(r, [`(${body})`, `-${body}`, `${body}-`, `( ${body} )`, `${sym}(${num})`]);
        return p({ value: spaced(r, text) }, { cents: neg ? -c : c });
      },
      5103,
    ),
  );

  // ------------------------------------------------------------- ranges and deals
  const dollars = (r: R): number => (r() < 0.5 ? int(r, 1, 300) : round(int(r, 100, 150000) / 100, 2));
  const show = (x: number, r: R): string => {
    const s = Number.isInteger(x) ? (r() < 0.3 ? `${x}.00` : String(x)) : x.toFixed(2);
    return `$${s.replace(/^(\d+)(\d{3})/, '$1,$2')}`;
  };
  tasks.push(
    task(
      'price-range',
      'prices',
      'Price fields from a marketplace listing: a range ("$10–$20", "$10 - 20"), a floor ("from $9.99", "$25+"), a ceiling ("up to $50", "under $30") or one price, to min and max in dollars (null when open).',
      [
        p({ price: '$10–$20' }, { min: 10, max: 20 }),
        p({ price: 'from $9.99' }, { min: 9.99, max: null }),
        p({ price: '$15' }, { min: 15, max: 15 }),
        p({ price: 'up to $50' }, { min: null, max: 50 }),
      ],
      (r) => {
        const a = dollars(r);
        const b = round(a + dollars(r), 2);
        const k = int(r, 0, 9);
        if (k < 4) {
          const dash = pick(r, ['–', '-', ' - ', ' – ', ' to ', '—']);
          const right = r() < 0.3 ? show(b, r).slice(1) : show(b, r);
          return p({ price: `${show(a, r)}${dash}${right}` }, { min: a, max: b });
        }
        if (k < 6)
          return p(
            {
              price: pick(r, [
                `from ${show(a, r)}`,
                `From ${show(a, r)}`,
                `${show(a, r)}+`,
                `starting at ${show(a, r)}`,
              ]),
            },
            { min: a, max: null },
          );
        if (k < 8)
          return p(
            { price: pick(r, [`up to ${show(b, r)}`, `under ${show(b, r)}`, `Up to ${show(b, r)}`]) },
            { min: null, max: b },
          );
        return p({ price: show(a, r) }, { min: a, max: a });
      },
      5104,
    ),
  );

  tasks.push(
    task(
      'multi-buy-deal',
      'prices',
      'Grocery shelf deals ("3 for $5", "2/$6", "Buy 4 for $10") to quantity, total price and price each (rounded to cents); "2 @ $3.49" means $3.49 each.',
      [
        p({ deal: '3 for $5' }, { qty: 3, total: 5, each: 1.67 }),
        p({ deal: '2/$6' }, { qty: 2, total: 6, each: 3 }),
        p({ deal: '4 for $10.00' }, { qty: 4, total: 10, each: 2.5 }),
      ],
      (r) => {
        const qty = int(r, 2, 12);
        if (r() < 0.15) {
          const each = round(int(r, 49, 1299) / 100, 2);
          return p({ deal: `${qty} @ $${each.toFixed(2)}` }, { qty, total: round(each * qty, 2), each });
        }
        const total = r() < 0.6 ? int(r, 2, 30) : round(int(r, 200, 3000) / 100, 2);
        const t = Number.isInteger(total) && r() < 0.6 ? String(total) : total.toFixed(2);
        const deal = pick(r, [
          `${qty} for $${t}`,
          `${qty}/$${t}`,
          `Buy ${qty} for $${t}`,
          `${qty} FOR $${t}`,
          `${qty} for ${t}`,
        ]);
        return p({ deal: spaced(r, deal) }, { qty, total, each: round(total / qty, 2) });
      },
      5105,
    ),
  );
}

// =============================================================== dates and times
{
  const LANGS: Record<string, string[]> = {
    de: [
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
    ],
    fr: [
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
    ],
    es: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    it: [
      'gennaio',
      'febbraio',
      'marzo',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ],
    nl: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
  };
  const write = (lang: string, t: Day, r: R): string => {
    const m = (LANGS[lang] ?? [])[t.mo - 1] ?? '';
    if (lang === 'de') return `${t.d}. ${m} ${t.y}`;
    if (lang === 'fr') return `${t.d === 1 ? '1er' : t.d} ${r() < 0.2 ? cap(m) : m} ${t.y}`;
    if (lang === 'es') return `${t.d} de ${m} de ${t.y}`;
    return `${t.d} ${m} ${t.y}`;
  };
  tasks.push(
    task(
      'date-eu-long-multilang',
      'dates',
      'Dates written out in European languages (German "5. März 2024", French "1er avril 2024", and Spanish, Italian or Dutch from other offices) to ISO dates.',
      [
        p({ date: '5. März 2024' }, { iso: '2024-03-05' }),
        p({ date: '17. Oktober 2023' }, { iso: '2023-10-17' }),
        p({ date: '1er avril 2024' }, { iso: '2024-04-01' }),
        p({ date: '28 décembre 2022' }, { iso: '2022-12-28' }),
      ],
      (r) => {
        const t = day(r);
        const lang = pick(r, ['de', 'de', 'fr', 'fr', 'es', 'it', 'nl']);
        return p({ date: spaced(r, write(lang, t, r)) }, { iso: iso(t) });
      },
      5201,
    ),
  );

  tasks.push(
    task(
      'date-iso-to-us-long',
      'dates',
      'ISO dates (some with a time after them, which is ignored) to the long US form for a letter: full month name, day without zero, comma, year.',
      [
        p({ due: '2024-03-05' }, { text: 'March 5, 2024' }),
        p({ due: '2023-11-21' }, { text: 'November 21, 2023' }),
        p({ due: '2025-07-09' }, { text: 'July 9, 2025' }),
      ],
      (r) => {
        const t = day(r, 1998, 2031);
        const k = int(r, 0, 9);
        const due =
          k < 7
            ? iso(t)
            : k < 9
              ? `${iso(t)}T${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:00Z`
              : `${iso(t)} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}`;
        return p({ due }, { text: `${MONTHS[t.mo - 1]} ${t.d}, ${t.y}` });
      },
      5202,
    ),
  );

  tasks.push(
    task(
      'datetime-us-12h-to-iso',
      'dates',
      'US date-times from a point-of-sale export (M/D/YYYY or M/D/YY, 12-hour clock with AM/PM, optional seconds) to ISO local date-time with seconds. 12 AM is midnight.',
      [
        p({ sold: '3/5/2024 2:07 PM' }, { iso: '2024-03-05T14:07:00' }),
        p({ sold: '11/23/2023 9:45 AM' }, { iso: '2023-11-23T09:45:00' }),
        p({ sold: '7/4/2024 12:15 PM' }, { iso: '2024-07-04T12:15:00' }),
      ],
      (r) => {
        const t = day(r, 2015, 2029);
        const h = int(r, 0, 23);
        const mi = int(r, 0, 59);
        const s = r() < 0.3 ? int(r, 0, 59) : 0;
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const ap = h < 12 ? 'AM' : 'PM';
        const date =
          r() < 0.2
            ? `${t.mo}/${t.d}/${pad(t.y % 100)}`
            : r() < 0.2
              ? `${pad(t.mo)}/${pad(t.d)}/${t.y}`
              : `${t.mo}/${t.d}/${t.y}`;
        const time = `${r() < 0.15 ? pad(h12) : h12}:${pad(mi)}${s ? `:${pad(s)}` : ''}`;
        const apw = r() < 0.2 ? pick(r, [ap.toLowerCase(), `${ap[0]?.toLowerCase()}.m.`]) : ap;
        return p(
          { sold: `${date} ${time}${r() < 0.15 ? '' : ' '}${apw}` },
          { iso: `${iso(t)}T${pad(h)}:${pad(mi)}:${pad(s)}` },
        );
      },
      5203,
    ),
  );

  tasks.push(
    task(
      'datetime-iso-to-eu-display',
      'dates',
      'ISO 8601 timestamps from an API (Z or an offset, optional fractions of a second) to the European display DD.MM.YYYY HH:MM, the wall-clock time as written (the offset is dropped, not converted).',
      [
        p({ ts: '2024-03-05T14:07:00Z' }, { display: '05.03.2024 14:07' }),
        p({ ts: '2023-12-31T23:59:59Z' }, { display: '31.12.2023 23:59' }),
        p({ ts: '2025-01-09T08:30:12Z' }, { display: '09.01.2025 08:30' }),
      ],
      (r) => {
        const t = day(r);
        const h = int(r, 0, 23);
        const mi = int(r, 0, 59);
        const frac = r() < 0.3 ? `.${digits(r, pick(r, [3, 6]))}` : '';
        const zone = pick(r, ['Z', 'Z', 'Z', '+01:00', '+02:00', '-05:00', '+05:30']);
        return p(
          { ts: `${iso(t)}T${pad(h)}:${pad(mi)}:${pad(int(r, 0, 59))}${frac}${zone}` },
          { display: `${pad(t.d)}.${pad(t.mo)}.${t.y} ${pad(h)}:${pad(mi)}` },
        );
      },
      5204,
    ),
  );

  const age = (b: Day, on: Day): number =>
    on.y - b.y - (on.mo < b.mo || (on.mo === b.mo && on.d < b.d) ? 1 : 0);
  tasks.push(
    task(
      'age-on-date',
      'dates',
      'Age in whole years on a given date (a member list: date of birth and the date of the event), counting a birthday on the day itself as reached.',
      [
        p({ born: '1990-07-14', on: '2024-03-01' }, { age: 33 }),
        p({ born: '1985-01-02', on: '2024-03-01' }, { age: 39 }),
        p({ born: '2001-03-01', on: '2024-03-01' }, { age: 23 }),
      ],
      (r) => {
        let b = day(r, 1930, 2020);
        if (b.mo === 2 && b.d === 29) b = { ...b, d: 28 };
        const on =
          r() < 0.2 ? { y: int(r, b.y + 1, 2026), mo: b.mo, d: b.d } : day(r, Math.max(b.y + 1, 2000), 2026);
        return p({ born: iso(b), on: iso(on) }, { age: age(b, on) });
      },
      5205,
    ),
  );

  const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  tasks.push(
    task(
      'relative-date',
      'dates',
      'Relative dates typed into a support form ("today", "yesterday", "3 days ago", "2 weeks ago", "in 5 days", "tomorrow", "last Friday" = the most recent Friday before that day) with the date the form was sent, to an ISO date.',
      [
        p({ when: 'yesterday', sent: '2024-03-05' }, { date: '2024-03-04' }),
        p({ when: '3 days ago', sent: '2024-03-05' }, { date: '2024-03-02' }),
        p({ when: '2 weeks ago', sent: '2024-03-05' }, { date: '2024-02-20' }),
        p({ when: 'today', sent: '2024-04-11' }, { date: '2024-04-11' }),
      ],
      (r) => {
        const sent = day(r, 2021, 2026);
        const at = toMs(sent);
        const k = int(r, 0, 9);
        let when: string;
        let delta: number;
        if (k === 0) [when, delta] = [pick(r, ['today', 'Today', 'TODAY']), 0];
        else if (k === 1) [when, delta] = [pick(r, ['yesterday', 'Yesterday']), -1];
        else if (k === 2) [when, delta] = [pick(r, ['tomorrow', 'Tomorrow']), 1];
        else if (k <= 4) {
          const n = int(r, 2, 60);
          [when, delta] = [`${n} days ago`, -n];
        } else if (k === 5) {
          const n = int(r, 1, 8);
          [when, delta] = [n === 1 ? 'a week ago' : `${n} weeks ago`, -7 * n];
        } else if (k === 6) {
          const n = int(r, 2, 30);
          [when, delta] = [`in ${n} days`, n];
        } else {
          const wd = int(r, 0, 6);
          const dow = new Date(at).getUTCDay();
          const back = (dow - wd + 7) % 7 || 7;
          [when, delta] = [`last ${WEEKDAYS[wd]}`, -back];
        }
        return p({ when, sent: iso(sent) }, { date: iso(fromMs(at + delta * DAY_MS)) });
      },
      5206,
    ),
  );

  const isoWeek = (t: Day): string => {
    const ms = toMs(t);
    const dow = (new Date(ms).getUTCDay() + 6) % 7;
    const thu = fromMs(ms + (3 - dow) * DAY_MS);
    const week = Math.floor((toMs(thu) - Date.UTC(thu.y, 0, 1)) / DAY_MS / 7) + 1;
    return `${thu.y}-W${pad(week)}`;
  };
  tasks.push(
    task(
      'iso-week',
      'dates',
      "Order dates to the ISO 8601 week they fall in (weeks start on Monday; week 1 holds the year's first Thursday), written YYYY-Www, for a weekly report.",
      [
        p({ ordered: '2024-03-05' }, { week: isoWeek({ y: 2024, mo: 3, d: 5 }) }),
        p({ ordered: '2023-06-15' }, { week: isoWeek({ y: 2023, mo: 6, d: 15 }) }),
        p({ ordered: '2025-09-22' }, { week: isoWeek({ y: 2025, mo: 9, d: 22 }) }),
      ],
      (r) => {
        const t = r() < 0.35 ? { y: int(r, 2015, 2030), mo: pick(r, [1, 12]), d: 0 } : day(r, 2015, 2030);
        const d = t.d === 0 ? (t.mo === 1 ? int(r, 1, 4) : int(r, 28, 31)) : t.d;
        const u = { ...t, d };
        return p({ ordered: iso(u) }, { week: isoWeek(u) });
      },
      5207,
    ),
  );

  const fq = (t: Day): string => `FY${t.mo >= 10 ? t.y + 1 : t.y} Q${Math.floor(((t.mo + 2) % 12) / 3) + 1}`;
  tasks.push(
    task(
      'fiscal-quarter',
      'dates',
      'Invoice dates to the fiscal quarter of a company whose fiscal year starts on 1 October and is named by the calendar year it ends in (October 2024 is FY2025 Q1).',
      [
        p({ invoiced: '2024-10-15' }, { quarter: 'FY2025 Q1' }),
        p({ invoiced: '2024-03-05' }, { quarter: 'FY2024 Q2' }),
        p({ invoiced: '2024-07-04' }, { quarter: 'FY2024 Q4' }),
        p({ invoiced: '2023-12-31' }, { quarter: 'FY2024 Q1' }),
      ],
      (r) => {
        const t = day(r, 2016, 2030);
        return p({ invoiced: iso(t) }, { quarter: fq(t) });
      },
      5208,
    ),
  );
}

// =============================================================== durations
{
  const isoDur = (m: number): string => {
    const h = Math.floor(m / 60);
    const mi = m % 60;
    return `PT${h ? `${h}H` : ''}${mi || !h ? `${mi}M` : ''}`;
  };
  tasks.push(
    task(
      'minutes-to-iso-duration',
      'durations',
      'Meeting lengths in whole minutes to ISO 8601 durations for a calendar feed: hours and minutes, no days (1500 → PT25H), a zero part left out, zero itself PT0M.',
      [
        p({ minutes: 90 }, { duration: 'PT1H30M' }),
        p({ minutes: 45 }, { duration: 'PT45M' }),
        p({ minutes: 120 }, { duration: 'PT2H' }),
      ],
      (r) => {
        const m = r() < 0.03 ? 0 : r() < 0.6 ? int(r, 1, 240) : int(r, 241, 4000);
        return p({ minutes: m }, { duration: isoDur(m) });
      },
      5301,
    ),
  );

  const clock = (s: number): string => {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
  };
  tasks.push(
    task(
      'seconds-to-clock',
      'durations',
      'Track and video lengths in seconds to the clock form players show: m:ss under an hour, h:mm:ss from an hour up (hours not padded).',
      [
        p({ length: 3723 }, { clock: '1:02:03' }),
        p({ length: 125 }, { clock: '2:05' }),
        p({ length: 59 }, { clock: '0:59' }),
      ],
      (r) => {
        const s = r() < 0.5 ? int(r, 0, 3599) : int(r, 3600, 200000);
        return p({ length: s }, { clock: clock(s) });
      },
      5302,
    ),
  );
}

// =============================================================== phones
{
  const ukNumber = (r: R): { nat: string; parts: string[] } => {
    const k = int(r, 0, 3);
    if (k === 0) {
      const a = digits(r, 4);
      const b = digits(r, 4);
      return { nat: `20${a}${b}`, parts: ['020', a, b] };
    }
    if (k === 1) {
      const a = `7${pick(r, ['700', '400', '911', '534', '865'])}`;
      const b = digits(r, 6);
      return { nat: `${a}${b}`, parts: [`0${a}`, b] };
    }
    const area = pick(r, ['161', '113', '117', '131', '151']);
    const a = digits(r, 3);
    const b = digits(r, 4);
    return { nat: `${area}${a}${b}`, parts: [`0${area}`, a, b] };
  };
  tasks.push(
    task(
      'phone-uk-to-e164',
      'phones',
      'UK phone numbers from a CRM (national with a leading 0, +44 with or without the (0), 0044, any spacing, brackets round the area code) to E.164.',
      [
        p({ phone: '020 7946 0958' }, { e164: '+442079460958' }),
        p({ phone: '07700 900123' }, { e164: '+447700900123' }),
        p({ phone: '0161 496 0123' }, { e164: '+441614960123' }),
      ],
      (r) => {
        const { nat, parts } = ukNumber(r);
        const rest = parts.slice(1).join(pick(r, [' ', ' ', '', '-']));
        const first = parts[0] ?? '';
        const k = int(r, 0, 9);
        const phone =
          k < 4
            ? `${first} ${rest}`
            : k === 4
              ? `(${first}) ${rest}`
              : k === 5
                ? `+44 ${first.slice(1)} ${rest}`
                : k === 6
                  ? `+44 (0)${first.slice(1)} ${rest}`
                  : k === 7
                    ? `0044 ${first.slice(1)} ${rest}`
                    : k === 8
                      ? `+44${nat}`
                      : `${first}${rest.replace(/\D/g, '')}`;
        return p({ phone: spaced(r, phone) }, { e164: `+44${nat}` });
      },
      5401,
    ),
  );

  tasks.push(
    task(
      'phone-fr-to-e164',
      'phones',
      'French phone numbers as people write them (pairs of digits with spaces, dots or dashes, ten digits run together, +33 with or without the (0), 0033) to E.164.',
      [
        p({ tel: '01 23 45 67 89' }, { e164: '+33123456789' }),
        p({ tel: '06.12.34.56.78' }, { e164: '+33612345678' }),
        p({ tel: '+33 4 91 00 11 22' }, { e164: '+33491001122' }),
      ],
      (r) => {
        const nat = `${pick(r, ['1', '2', '3', '4', '5', '6', '7', '9'])}${digits(r, 8)}`;
        const pairs = (s: string, sep: string): string => (s.match(/\d\d/g) ?? []).join(sep);
        const k = int(r, 0, 9);
        const tel =
          k < 3
            ? `0${nat[0]}${' '}${pairs(nat.slice(1), ' ')}`
            : k === 3
              ? `0${nat[0]}.${pairs(nat.slice(1), '.')}`
              : k === 4
                ? `0${nat[0]}-${pairs(nat.slice(1), '-')}`
                : k === 5
                  ? `0${nat}`
                  : k === 6
                    ? `+33 ${nat[0]} ${pairs(nat.slice(1), ' ')}`
                    : k === 7
                      ? `+33 (0)${nat[0]} ${pairs(nat.slice(1), ' ')}`
                      : k === 8
                        ? `0033 ${nat[0]} ${pairs(nat.slice(1), ' ')}`
                        : `+33${nat}`;
        return p({ tel: spaced(r, tel) }, { e164: `+33${nat}` });
      },
      5402,
    ),
  );

  tasks.push(
    task(
      'phone-us-display',
      'phones',
      'Phone numbers stored as E.164 (some with spaces) to what a US support screen shows: US and Canadian (+1) numbers as (AAA) NNN-NNNN; numbers of other countries left in E.164 without spaces.',
      [
        p({ e164: '+12025550143' }, { display: '(202) 555-0143' }),
        p({ e164: '+14155550199' }, { display: '(415) 555-0199' }),
        p({ e164: '+16175550123' }, { display: '(617) 555-0123' }),
      ],
      (r) => {
        if (r() < 0.2) {
          const n = `${pick(r, ['44', '49', '33', '61', '81'])}${digits(r, pick(r, [9, 10]))}`;
          const shown = r() < 0.3 ? `+${n.slice(0, 2)} ${n.slice(2)}` : `+${n}`;
          return p({ e164: shown }, { display: `+${n}` });
        }
        const a = `${int(r, 2, 9)}${digits(r, 2)}`;
        const b = `${int(r, 2, 9)}${digits(r, 2)}`;
        const c = digits(r, 4);
        const e = r() < 0.2 ? `+1 ${a} ${b} ${c}` : `+1${a}${b}${c}`;
        return p({ e164: e }, { display: `(${a}) ${b}-${c}` });
      },
      5403,
    ),
  );
}

// =============================================================== e-mail
{
  const USERS = [
    'sales',
    'info',
    'jane.doe',
    'm.rossi',
    'support',
    'hr-team',
    'bob_k',
    'orders',
    'li.wei',
    'press',
  ];
  const HOSTS = ['acme.io', 'shop.example', 'example.org', 'mail.co.uk', 'firma.de', 'startup.dev'];
  const SUBJECTS = ['Quote request', 'Hi', 'Order 1234', 'Question about invoice', 'Résumé', 'Meeting?'];
  const enc = (s: string): string => encodeURIComponent(s);
  tasks.push(
    task(
      'mailto-parts',
      'emails',
      'mailto links scraped from web pages (bare, inside an <a href>, any case, with a percent-encoded subject and other parameters) to the address (lower case) and the decoded subject (null when none).',
      [
        p(
          { link: 'mailto:sales@acme.io?subject=Quote%20request' },
          { email: 'sales@acme.io', subject: 'Quote request' },
        ),
        p({ link: 'mailto:info@example.org' }, { email: 'info@example.org', subject: null }),
        p({ link: 'mailto:hr-team@firma.de?subject=Hi' }, { email: 'hr-team@firma.de', subject: 'Hi' }),
      ],
      (r) => {
        const email = `${pick(r, USERS)}${r() < 0.4 ? int(r, 1, 99) : ''}@${pick(r, HOSTS)}`;
        const shown =
          r() < 0.2
            ? email
                .replace(/^./, (c) => c.toUpperCase())
                .replace(/@(.)/, (_, c: string) => `@${c.toUpperCase()}`)
            : email;
        const subject = r() < 0.6 ? pick(r, SUBJECTS) : null;
        const params = [
          ...(r() < 0.2 ? [`cc=${pick(r, USERS)}@${pick(r, HOSTS)}`] : []),
          ...(subject ? [`subject=${enc(subject)}`] : []),
          ...(r() < 0.15 ? [`body=${enc('Hello there')}`] : []),
        ];
        const url = `${r() < 0.1 ? 'MAILTO' : 'mailto'}:${shown}${params.length ? `?${params.join('&')}` : ''}`;
        const link = r() < 0.3 ? `<a href="${url}">${pick(r, ['Contact us', 'Email', shown])}</a>` : url;
        return p({ link }, { email: email.toLowerCase(), subject });
      },
      5501,
    ),
  );

  const FIRST = ['Anna', 'Bob', 'Chen', 'Dana', 'Émile', 'Farah', 'Gus', 'Hiro', 'Ines', 'Jon'];
  const LAST = ['Lee', 'Smith', 'Okafor', 'Müller', 'García', 'Nguyen', 'Brown', 'Rossi'];
  tasks.push(
    task(
      'recipients-list',
      'emails',
      'The To: field of exported e-mails (addresses with or without display names, names quoted when they hold a comma, separated by commas or semicolons) to the addresses alone, lower case, in order, joined by ";".',
      [
        p({ to: 'anna@acme.io, Bob Smith <bob@example.org>' }, { emails: 'anna@acme.io;bob@example.org' }),
        p({ to: '"Lee, Chen" <chen.lee@startup.dev>' }, { emails: 'chen.lee@startup.dev' }),
        p(
          { to: 'Dana <dana@firma.de>; info@shop.example; Gus Brown <GUS@mail.co.uk>' },
          { emails: 'dana@firma.de;info@shop.example;gus@mail.co.uk' },
        ),
      ],
      (r) => {
        const n = pick(r, [1, 1, 2, 2, 3, 4, 6]);
        const sep = pick(r, [', ', '; ', ',', ';']);
        const parts: string[] = [];
        const emails: string[] = [];
        for (let i = 0; i < n; i++) {
          const f = pick(r, FIRST);
          const l = pick(r, LAST);
          const e = `${f
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z]/g, '')}.${l
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z]/g, '')}@${pick(r, HOSTS)}`;
          const shown = r() < 0.15 ? e.toUpperCase() : e;
          emails.push(e);
          const k = int(r, 0, 3);
          parts.push(
            k === 0
              ? shown
              : k === 1
                ? `${f} ${l} <${shown}>`
                : k === 2
                  ? `"${l}, ${f}" <${shown}>`
                  : `<${shown}>`,
          );
        }
        return p({ to: parts.join(sep) }, { emails: emails.join(';') });
      },
      5502,
    ),
  );
}

// =============================================================== names
{
  const FIRST = [
    'JOHN',
    'MARY',
    'ROBERT',
    'LINDA',
    'JAMES',
    'PATRICIA',
    'DAVID',
    'SUSAN',
    'KEVIN',
    'ANGELA',
    'OMAR',
    'YUKI',
  ];
  const LAST = [
    'SMITH',
    'JOHNSON',
    'WILLIAMS',
    'GARCIA',
    'MARTINEZ',
    'TAYLOR',
    'THOMAS',
    'WHITE',
    'SMITH-JONES',
    "O'BRIEN",
    'DE LA CRUZ',
  ];
  const SUFFIX: [string, string][] = [
    ['JR', 'Jr.'],
    ['SR', 'Sr.'],
    ['II', 'II'],
    ['III', 'III'],
    ['IV', 'IV'],
  ];
  const title = (s: string): string =>
    s.toLowerCase().replace(/(^|[\s'-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
  tasks.push(
    task(
      'name-registry-upper',
      'names',
      'Names from a county registry export, upper case as LAST, FIRST [MIDDLE INITIAL] [SUFFIX], to first, middle initial, last (each in title case; hyphens, apostrophes and particles keep their parts capitalised) and suffix (Jr., Sr., II, III, IV); absent parts null.',
      [
        p({ name: 'SMITH, JOHN A JR' }, { first: 'John', middle: 'A', last: 'Smith', suffix: 'Jr.' }),
        p({ name: 'GARCIA, MARY' }, { first: 'Mary', middle: null, last: 'Garcia', suffix: null }),
        p({ name: 'TAYLOR, ROBERT J' }, { first: 'Robert', middle: 'J', last: 'Taylor', suffix: null }),
      ],
      (r) => {
        const f = pick(r, FIRST);
        const l = pick(r, LAST);
        const m = r() < 0.5 ? String.fromCharCode(65 + int(r, 0, 25)) : null;
        const s = r() < 0.25 ? pick(r, SUFFIX) : null;
        const text = `${l},${r() < 0.15 ? '' : ' '}${f}${m ? ` ${m}${r() < 0.2 ? '.' : ''}` : ''}${s ? ` ${s[0]}${r() < 0.2 ? '.' : ''}` : ''}`;
        return p(
          { name: spaced(r, text) },
          { first: title(f), middle: m, last: title(l), suffix: s ? s[1] : null },
        );
      },
      5601,
    ),
  );

  const TITLES: [string, string][] = [
    ['MR', 'Mr'],
    ['MRS', 'Mrs'],
    ['MS', 'Ms'],
    ['DR', 'Dr'],
    ['PROF', 'Prof'],
    ['MX', 'Mx'],
  ];
  tasks.push(
    task(
      'greeting-line',
      'names',
      'Mail-merge greeting from a name field as a mailing list holds it (any case, title with or without a dot): "Dear <Title> <Last>" with the title in British style without a dot; with no title, "Dear <First> <Last>".',
      [
        p({ name: 'MR JOHN SMITH' }, { greeting: 'Dear Mr Smith' }),
        p({ name: 'Dr. Angela White' }, { greeting: 'Dear Dr White' }),
        p({ name: 'ms linda taylor' }, { greeting: 'Dear Ms Taylor' }),
      ],
      (r) => {
        const f = pick(r, FIRST);
        const l = pick(
          r,
          LAST.filter((x) => !x.includes(' ')),
        );
        const t = r() < 0.75 ? pick(r, TITLES) : null;
        const raw = `${t ? `${t[0]}${r() < 0.3 ? '.' : ''} ` : ''}${f} ${l}`;
        const cased = pick(r, [raw, raw.toLowerCase(), title(raw)]);
        return p(
          { name: spaced(r, cased) },
          { greeting: t ? `Dear ${t[1]} ${title(l)}` : `Dear ${title(f)} ${title(l)}` },
        );
      },
      5602,
    ),
  );
}

// =============================================================== addresses
{
  const CITIES: [string, string, string][] = [
    ['Austin', 'TX', '787'],
    ['Denver', 'CO', '802'],
    ['Boise', 'ID', '837'],
    ['Salt Lake City', 'UT', '841'],
    ['St. Paul', 'MN', '551'],
    ['Winston-Salem', 'NC', '271'],
    ['Portland', 'OR', '972'],
  ];
  const STREETS = [
    'Main St',
    'Oak Ave',
    'Elm Street',
    'N 5th St',
    'Martin Luther King Jr Blvd',
    'Route 9',
    'W 34th St',
  ];
  tasks.push(
    task(
      'address-us-pobox',
      'addresses',
      'US mailing addresses on one line (street or PO box, optional unit, city, state, ZIP or ZIP+4; commas not always there) to line1 (PO boxes written "PO Box N"), unit as written or null, city, state and zip as written.',
      [
        p(
          { address: 'PO Box 123, Austin, TX 78701' },
          { line1: 'PO Box 123', unit: null, city: 'Austin', state: 'TX', zip: '78701' },
        ),
        p(
          { address: '123 Main St Apt 4B, Boise, ID 83702' },
          { line1: '123 Main St', unit: 'Apt 4B', city: 'Boise', state: 'ID', zip: '83702' },
        ),
        p(
          { address: '77 Oak Ave, Denver, CO 80202' },
          { line1: '77 Oak Ave', unit: null, city: 'Denver', state: 'CO', zip: '80202' },
        ),
      ],
      (r) => {
        const [city, state, z3] = pick(r, CITIES);
        const zip = `${z3}${digits(r, 2)}${r() < 0.2 ? `-${digits(r, 4)}` : ''}`;
        let line1: string;
        let written: string;
        let unit: string | null = null;
        if (r() < 0.35) {
          const n = int(r, 1, 99999);
          line1 = `PO Box ${n}`;
          written = `${pick(r, ['PO Box', 'P.O. Box', 'POB', 'Post Office Box', 'PO BOX', 'P O Box'])} ${n}`;
        } else {
          line1 = `${int(r, 1, 9999)} ${pick(r, STREETS)}`;
          unit =
            r() < 0.4
              ? pick(r, [
                  `Apt ${int(r, 1, 40)}${pick(r, ['', 'A', 'B'])}`,
                  `#${int(r, 1, 900)}`,
                  `Suite ${int(r, 100, 950)}`,
                  `Unit ${int(r, 1, 12)}`,
                ])
              : null;
          written = unit ? `${line1}${r() < 0.7 ? ' ' : ', '}${unit}` : line1;
        }
        const commas = r() < 0.75;
        const address = commas
          ? `${written}, ${city}, ${state} ${zip}`
          : `${written} ${city} ${state} ${zip}`;
        return p({ address: spaced(r, address) }, { line1, unit, city, state, zip });
      },
      5701,
    ),
  );

  const DE_STREETS = [
    'Hauptstraße',
    'Lindenweg',
    'Am Markt',
    'Bahnhofstraße',
    'Platz der Republik',
    'Schillerstr.',
    'Straße des 17. Juni',
    'An der Alster',
    'Kirchgasse',
  ];
  tasks.push(
    task(
      'street-number-de',
      'addresses',
      'German street lines (street name then house number, the number may have a letter, a range or a space before the letter) to street name and house number (letter attached, lower case, no space).',
      [
        p({ strasse: 'Hauptstraße 12a' }, { street: 'Hauptstraße', number: '12a' }),
        p({ strasse: 'Am Markt 3' }, { street: 'Am Markt', number: '3' }),
        p({ strasse: 'Lindenweg 27' }, { street: 'Lindenweg', number: '27' }),
      ],
      (r) => {
        const s = pick(r, DE_STREETS);
        const n = int(r, 1, 240);
        const k = int(r, 0, 9);
        const letter = pick(r, ['a', 'b', 'c']);
        const [written, number] =
          k < 5
            ? [String(n), String(n)]
            : k < 7
              ? [`${n}${letter}`, `${n}${letter}`]
              : k === 7
                ? [`${n} ${r() < 0.5 ? letter.toUpperCase() : letter}`, `${n}${letter}`]
                : [`${n}-${n + 2}`, `${n}-${n + 2}`];
        return p({ strasse: spaced(r, `${s} ${written}`) }, { street: s, number });
      },
      5702,
    ),
  );
}

// =============================================================== sizes and units
{
  const IN = 2.54;
  tasks.push(
    task(
      'dimensions-to-cm',
      'units',
      'Package dimensions from supplier sheets (length × width × height, in inches unless cm is written; x, X, × or "by", units after each number or once at the end, " for inches) to length, width and height in cm rounded to 1 decimal.',
      [
        p({ size: '12 x 8 x 3 in' }, { l: 30.5, w: 20.3, h: 7.6 }),
        p({ size: '10 x 10 x 4 in' }, { l: 25.4, w: 25.4, h: 10.2 }),
        p({ size: '24 x 18 x 6 in' }, { l: 61, w: 45.7, h: 15.2 }),
      ],
      (r) => {
        const cm = r() < 0.2;
        const v = (): number => (r() < 0.7 ? int(r, 1, 48) : int(r, 5, 480) / 10);
        const [a, b, c] = [v(), v(), v()];
        const x = pick(r, [' x ', 'x', ' X ', ' × ', ' by ']);
        const u = cm ? pick(r, [' cm', 'cm']) : pick(r, [' in', ' in.', ' inches', '"', 'in']);
        const size = r() < 0.3 ? `${a}${u}${x}${b}${u}${x}${c}${u}` : `${a}${x}${b}${x}${c}${u}`;
        const f = (n: number): number => (cm ? round(n, 1) : round(n * IN, 1));
        return p({ size: spaced(r, size) }, { l: f(a), w: f(b), h: f(c) });
      },
      5801,
    ),
  );

  tasks.push(
    task(
      'weight-lb-oz-to-oz',
      'units',
      'Shipping weights as warehouse staff type them (pounds and ounces together, ounces alone, decimal pounds, lb/lbs/#) to total ounces (16 oz to the pound).',
      [
        p({ weight: '2 lb 4 oz' }, { ounces: 36 }),
        p({ weight: '12 oz' }, { ounces: 12 }),
        p({ weight: '1.5 lbs' }, { ounces: 24 }),
      ],
      (r) => {
        const k = int(r, 0, 9);
        if (k < 4) {
          const lb = int(r, 0, 40);
          const oz = r() < 0.8 ? int(r, 0, 15) : int(r, 1, 31) / 2;
          const w = pick(r, [
            `${lb} lb ${oz} oz`,
            `${lb} lbs ${oz} oz`,
            `${lb}lb ${oz}oz`,
            `${lb} lb, ${oz} oz`,
          ]);
          return p({ weight: w }, { ounces: lb * 16 + oz });
        }
        if (k < 6) {
          const oz = int(r, 1, 200);
          return p({ weight: pick(r, [`${oz} oz`, `${oz}oz`, `${oz} OZ`]) }, { ounces: oz });
        }
        const lb = int(r, 1, 400) / 4;
        return p(
          { weight: pick(r, [`${lb} lbs`, `${lb} lb`, `${lb}#`, `${lb} LBS`, `${lb} pounds`]) },
          { ounces: lb * 16 },
        );
      },
      5802,
    ),
  );

  tasks.push(
    task(
      'fuel-economy-l100km',
      'units',
      'Fuel economy from car listings of several countries (US mpg, UK mpg marked "(UK)" or "imp", L/100 km, km/L) to litres per 100 km, 1 decimal.',
      [
        p({ economy: '30 mpg' }, { lPer100km: 7.8 }),
        p({ economy: '25 mpg' }, { lPer100km: 9.4 }),
        p({ economy: '40 MPG' }, { lPer100km: 5.9 }),
      ],
      (r) => {
        const k = int(r, 0, 9);
        if (k < 4) {
          const m = int(r, 12, 60);
          return p(
            { economy: pick(r, [`${m} mpg`, `${m} MPG`, `${m}mpg`, `${m} mpg (US)`]) },
            { lPer100km: round(235.214583 / m, 1) },
          );
        }
        if (k < 5) {
          const m = int(r, 20, 70);
          return p(
            { economy: pick(r, [`${m} mpg (UK)`, `${m} mpg imp`]) },
            { lPer100km: round(282.480936 / m, 1) },
          );
        }
        if (k < 8) {
          const l = int(r, 30, 180) / 10;
          return p(
            { economy: pick(r, [`${l} L/100km`, `${l} l/100 km`, `${String(l).replace('.', ',')} l/100km`]) },
            { lPer100km: l },
          );
        }
        const kmL = int(r, 50, 300) / 10;
        return p({ economy: pick(r, [`${kmL} km/L`, `${kmL} km/l`]) }, { lPer100km: round(100 / kmL, 1) });
      },
      5803,
    ),
  );

  tasks.push(
    task(
      'tyre-pressure-psi',
      'units',
      'Tyre pressures from service records in psi, bar or kPa to psi, 1 decimal (1 bar = 14.5038 psi, 1 kPa = 0.145038 psi).',
      [
        p({ pressure: '32 psi' }, { psi: 32 }),
        p({ pressure: '2.4 bar' }, { psi: 34.8 }),
        p({ pressure: '35 PSI' }, { psi: 35 }),
      ],
      (r) => {
        const k = int(r, 0, 9);
        if (k < 4) {
          const v = r() < 0.8 ? int(r, 20, 80) : int(r, 200, 800) / 10;
          return p(
            { pressure: pick(r, [`${v} psi`, `${v} PSI`, `${v}psi`, `${v} lbf/in²`]) },
            { psi: round(v, 1) },
          );
        }
        if (k < 7) {
          const v = int(r, 15, 55) / 10;
          return p(
            { pressure: pick(r, [`${v} bar`, `${v} BAR`, `${String(v).replace('.', ',')} bar`, `${v}bar`]) },
            { psi: round(v * 14.5038, 1) },
          );
        }
        const v = int(r, 150, 550);
        return p({ pressure: pick(r, [`${v} kPa`, `${v} kpa`, `${v}kPa`]) }, { psi: round(v * 0.145038, 1) });
      },
      5804,
    ),
  );

  tasks.push(
    task(
      'percent-from-ratio',
      'units',
      'Scores recorded by different graders ("3 of 4", "3/4", "3 out of 4", "75%", "0.75") to a percentage with at most 1 decimal.',
      [
        p({ score: '3 of 4' }, { percent: 75 }),
        p({ score: '7/8' }, { percent: 87.5 }),
        p({ score: '90%' }, { percent: 90 }),
        p({ score: '0.6' }, { percent: 60 }),
      ],
      (r) => {
        const d = int(r, 2, 60);
        const n = int(r, 0, d);
        const pc = round((100 * n) / d, 1);
        const k = int(r, 0, 9);
        const score =
          k < 3
            ? `${n}/${d}`
            : k < 5
              ? `${n} of ${d}`
              : k < 6
                ? `${n} out of ${d}`
                : k < 8
                  ? `${pc}%`
                  : `${round(n / d, 3)}`;
        const label = k >= 8 ? round(round(n / d, 3) * 100, 1) : pc;
        return p({ score: spaced(r, score) }, { percent: label });
      },
      5805,
    ),
  );

  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const RES: [number, number][] = [
    [1920, 1080],
    [1280, 720],
    [3840, 2160],
    [2560, 1440],
    [1024, 768],
    [1600, 1200],
    [1280, 1024],
    [1366, 768],
    [2560, 1080],
    [3440, 1440],
    [1440, 900],
    [1680, 1050],
    [800, 600],
    [720, 576],
    [2048, 1536],
  ];
  tasks.push(
    task(
      'aspect-ratio',
      'units',
      'Screen or video resolutions from device logs (width × height, x/X/×/"by", optional px) to the reduced aspect ratio W:H.',
      [
        p({ device: 'd-101', resolution: '1920x1080' }, { ratio: '16:9' }),
        p({ device: 'd-102', resolution: '1024x768' }, { ratio: '4:3' }),
        p({ device: 'd-103', resolution: '1280x1024' }, { ratio: '5:4' }),
      ],
      (r) => {
        const [w, h] = r() < 0.7 ? pick(r, RES) : [int(r, 32, 800) * 8, int(r, 24, 600) * 8];
        const res = `${w}${pick(r, ['x', 'x', ' x ', 'X', ' × ', ' by '])}${h}${r() < 0.15 ? ' px' : ''}`;
        const g = gcd(w, h);
        return p({ device: id(r, 'd-'), resolution: res }, { ratio: `${w / g}:${h / g}` });
      },
      5806,
    ),
  );
}

// =============================================================== logs
{
  const MSGS = [
    'connection reset by peer',
    'cache miss for key user:42',
    'retrying request (attempt 2)',
    'worker started',
    'disk usage at 91%',
    'payment declined: code=51',
    'timeout after 30s',
  ];
  const ts = (r: R): { t: Day; h: number; mi: number; s: number; ms: number } => ({
    t: day(r, 2023, 2025),
    h: int(r, 0, 23),
    mi: int(r, 0, 59),
    s: int(r, 0, 59),
    ms: int(r, 0, 999),
  });
  tasks.push(
    task(
      'log-json-or-python',
      'logs',
      'One log file with two writers: JSON lines ({"level":..,"time":..,"msg":..}) and Python logging lines ("2024-03-05 14:07:01,123 - name - WARNING - message"), to level (lower case: debug, info, warning, error, critical), ISO UTC time with milliseconds and message.',
      [
        p(
          { line: '2024-03-05 14:07:01,123 - app.db - WARNING - connection reset by peer' },
          { level: 'warning', time: '2024-03-05T14:07:01.123Z', message: 'connection reset by peer' },
        ),
        p(
          { line: '2024-03-05 14:07:02,009 - app.web - INFO - worker started' },
          { level: 'info', time: '2024-03-05T14:07:02.009Z', message: 'worker started' },
        ),
        p(
          { line: '{"level":"error","time":"2024-03-05T14:07:03.500Z","msg":"timeout after 30s"}' },
          { level: 'error', time: '2024-03-05T14:07:03.500Z', message: 'timeout after 30s' },
        ),
      ],
      (r) => {
        const { t, h, mi, s, ms } = ts(r);
        const level = pick(r, ['debug', 'info', 'info', 'warning', 'error', 'critical']);
        const msg = pick(r, MSGS);
        const time = `${iso(t)}T${pad(h)}:${pad(mi)}:${pad(s)}.${pad(ms, 3)}Z`;
        const line =
          r() < 0.5
            ? `${iso(t)} ${pad(h)}:${pad(mi)}:${pad(s)},${pad(ms, 3)} - ${pick(r, ['app.db', 'app.web', 'worker', 'root'])} - ${level.toUpperCase()} - ${msg}`
            : r() < 0.8
              ? JSON.stringify({ level, time, msg })
              : JSON.stringify({ time, level, msg, pid: int(r, 100, 9999) });
        return p({ line }, { level, time, message: msg });
      },
      5901,
    ),
  );

  const KLOG: [string, string][] = [
    ['I', 'info'],
    ['W', 'warning'],
    ['E', 'error'],
    ['F', 'fatal'],
  ];
  tasks.push(
    task(
      'log-klog',
      'logs',
      'Kubernetes component logs in klog format ("E0305 14:07:01.123456   12345 controller.go:123] message") to level (I info, W warning, E error, F fatal), source file, line number and message.',
      [
        p(
          { line: 'I0305 14:07:01.123456       1 server.go:87] worker started' },
          { level: 'info', file: 'server.go', lineNo: 87, message: 'worker started' },
        ),
        p(
          { line: 'W0305 14:07:02.000100   12345 reflector.go:324] cache miss for key user:42' },
          { level: 'warning', file: 'reflector.go', lineNo: 324, message: 'cache miss for key user:42' },
        ),
        p(
          { line: 'E1130 23:59:59.999999     731 controller.go:1123] timeout after 30s' },
          { level: 'error', file: 'controller.go', lineNo: 1123, message: 'timeout after 30s' },
        ),
      ],
      (r) => {
        const { t, h, mi, s } = ts(r);
        const [c, level] = r() < 0.9 ? pick(r, KLOG.slice(0, 3)) : (KLOG[3] as [string, string]);
        const file = pick(r, [
          'server.go',
          'reflector.go',
          'controller.go',
          'kubelet.go',
          'round_trippers.go',
          'leaderelection.go',
        ]);
        const lineNo = int(r, 1, 2500);
        const pid = String(int(r, 1, 99999)).padStart(7, ' ');
        const msg = pick(r, MSGS);
        return p(
          {
            line: `${c}${pad(t.mo)}${pad(t.d)} ${pad(h)}:${pad(mi)}:${pad(s)}.${digits(r, 6)} ${pid} ${file}:${lineNo}] ${msg}`,
          },
          { level, file, lineNo, message: msg },
        );
      },
      5902,
    ),
  );
}

// =============================================================== identifiers
{
  const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const TRANS: Record<string, number> = Object.fromEntries(
    [...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((c) => [
      c,
      [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][
        [...'ABCDEFGHJKLMNPRSTUVWXYZ'].indexOf(c)
      ] ?? 0,
    ]),
  );
  const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const vinCheck = (v: string): string => {
    const sum =
      [...v].reduce((s, c, i) => s + (/\d/.test(c) ? Number(c) : (TRANS[c] ?? 0)) * (WEIGHTS[i] ?? 0), 0) %
      11;
    return sum === 10 ? 'X' : String(sum);
  };
  const vin = (r: R, valid: boolean): string => {
    const body = Array.from({ length: 17 }, () => pick(r, [...VIN_CHARS])).join('');
    const right = vinCheck(body);
    const check = valid
      ? right
      : pick(
          r,
          [...'0123456789X'].filter((c) => c !== right),
        );
    return body.slice(0, 8) + check + body.slice(9);
  };
  tasks.push(
    task(
      'vin-valid',
      'identifiers',
      'Vehicle identification numbers from a dealer feed (17 characters, no I, O or Q) to whether the check digit (position 9, North American rule) is right.',
      [
        p({ vin: '1M8GDM9AXKP042788' }, { valid: true }),
        p({ vin: '1HGCM82633A004352' }, { valid: true }),
        p({ vin: '1M8GDM9A1KP042788' }, { valid: false }),
        p({ vin: '1HGCM82613A004352' }, { valid: false }),
      ],
      (r) => {
        const valid = r() < 0.5;
        const v = vin(r, valid);
        return p({ vin: r() < 0.1 ? v.toLowerCase() : spaced(r, v) }, { valid });
      },
      6001,
    ),
  );

  tasks.push(
    task(
      'part-number-revision',
      'identifiers',
      'Engineering part references ("PN 4521-003 Rev C", "4521-003-C", "P/N 4521-003, rev. b", a bare part number) to the part number and the revision letter in upper case (null when none is given).',
      [
        p({ ref: 'PN 4521-003 Rev C' }, { part: '4521-003', rev: 'C' }),
        p({ ref: 'P/N 7710-120, Rev B' }, { part: '7710-120', rev: 'B' }),
        p({ ref: '3302-015 Rev A' }, { part: '3302-015', rev: 'A' }),
      ],
      (r) => {
        const part = `${digits(r, 4)}-${digits(r, 3)}`;
        const rev = r() < 0.8 ? pick(r, [...'ABCDEFGH']) : null;
        const lead = pick(r, ['PN ', 'P/N ', 'Part ', '', '']);
        const tail = !rev
          ? ''
          : pick(r, [
              ` Rev ${rev}`,
              ` rev. ${rev.toLowerCase()}`,
              `, Rev ${rev}`,
              `-${rev}`,
              ` REV ${rev}`,
              ` (rev ${rev})`,
            ]);
        return p({ ref: `${lead}${part}${tail}` }, { part, rev });
      },
      6002,
    ),
  );

  const BRANDS = ['Visa', 'Mastercard', 'American Express', 'Discover'] as const;
  const card = (r: R, brand: (typeof BRANDS)[number]): string => {
    if (brand === 'Visa') return `4${digits(r, 15)}`;
    if (brand === 'Mastercard')
      return r() < 0.6 ? `5${int(r, 1, 5)}${digits(r, 14)}` : `${int(r, 2221, 2720)}${digits(r, 12)}`;
    if (brand === 'American Express') return `3${pick(r, ['4', '7'])}${digits(r, 13)}`;
    return r() < 0.5 ? `6011${digits(r, 12)}` : `65${digits(r, 14)}`;
  };
  const groups = (n: string): string =>
    n.length === 15
      ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`
      : (n.match(/.{4}/g) ?? []).join(' ');
  tasks.push(
    task(
      'card-brand-last4',
      'identifiers',
      'Card numbers pasted into a refund form (spaces, dashes or none) to the brand by its leading digits (Visa 4; Mastercard 51–55 and 2221–2720; American Express 34, 37; Discover 6011, 65) and the last four digits.',
      [
        p({ card: '4111 1111 1111 1111' }, { brand: 'Visa', last4: '1111' }),
        p({ card: '5500 0000 0000 0004' }, { brand: 'Mastercard', last4: '0004' }),
        p({ card: '3782 822463 10005' }, { brand: 'American Express', last4: '0005' }),
        p({ card: '4012888888881881' }, { brand: 'Visa', last4: '1881' }),
      ],
      (r) => {
        const brand = pick(r, [...BRANDS, 'Visa', 'Mastercard'] as const);
        const n = card(r, brand);
        const shown = pick(r, [groups(n), groups(n), n, groups(n).replace(/ /g, '-')]);
        return p({ card: spaced(r, shown) }, { brand, last4: n.slice(-4) });
      },
      6003,
    ),
  );

  tasks.push(
    task(
      'cidr-network',
      'identifiers',
      'IPv4 addresses with a prefix length from a firewall export ("192.168.1.17/24") to the network address and the number of usable hosts (2^(32−prefix) − 2).',
      [
        p({ cidr: '192.168.1.17/24' }, { network: '192.168.1.0', hosts: 254 }),
        p({ cidr: '10.20.30.40/16' }, { network: '10.20.0.0', hosts: 65534 }),
        p({ cidr: '172.16.5.77/28' }, { network: '172.16.5.64', hosts: 14 }),
      ],
      (r) => {
        const o = [pick(r, [10, 172, 192, int(r, 1, 223)]), int(r, 0, 255), int(r, 0, 255), int(r, 0, 255)];
        const len = pick(r, [8, 16, 20, 22, 23, 24, 24, 24, 25, 26, 27, 28, 29, 30]);
        const ip = ((o[0] ?? 0) * 2 ** 24 + (o[1] ?? 0) * 2 ** 16 + (o[2] ?? 0) * 2 ** 8 + (o[3] ?? 0)) >>> 0;
        const net = Math.floor(ip / 2 ** (32 - len)) * 2 ** (32 - len);
        const dotted = [24, 16, 8, 0].map((s) => Math.floor(net / 2 ** s) % 256).join('.');
        return p({ cidr: `${o.join('.')}/${len}` }, { network: dotted, hosts: 2 ** (32 - len) - 2 });
      },
      6004,
    ),
  );

  tasks.push(
    task(
      'file-path-parts',
      'identifiers',
      'File paths from a backup manifest (Windows with backslashes or Unix) to directory (as written, no trailing separator), file name without its last extension, and the extension in lower case (null when none; a leading dot alone is not an extension).',
      [
        p({ path: '/home/ana/reports/q1.xlsx' }, { dir: '/home/ana/reports', name: 'q1', ext: 'xlsx' }),
        p(
          { path: 'C:\\Users\\bob\\Documents\\invoice.PDF' },
          { dir: 'C:\\Users\\bob\\Documents', name: 'invoice', ext: 'pdf' },
        ),
        p({ path: '/var/log/nginx/access.log' }, { dir: '/var/log/nginx', name: 'access', ext: 'log' }),
      ],
      (r) => {
        const win = r() < 0.4;
        const segs = Array.from({ length: int(r, 1, 4) }, () =>
          pick(r, ['data', 'home', 'ana', 'Projects', 'backup 2024', 'src', 'tmp', 'Users', 'var']),
        );
        const dir = win ? `${pick(r, ['C:', 'D:'])}\\${segs.join('\\')}` : `/${segs.join('/')}`;
        const base = pick(r, [
          'report',
          'q1',
          'photo_001',
          'report.final',
          'archive.tar',
          '.bashrc',
          'Makefile',
          'notes v2',
          'README',
        ]);
        const rawExt = ['.bashrc', 'Makefile', 'README'].includes(base)
          ? null
          : pick(r, ['xlsx', 'PDF', 'gz', 'jpg', 'txt', 'JPEG', 'csv']);
        const file = rawExt ? `${base}.${rawExt}` : base;
        const dot = file.lastIndexOf('.');
        const [name, ext] = dot > 0 ? [file.slice(0, dot), file.slice(dot + 1).toLowerCase()] : [file, null];
        return p({ path: `${dir}${win ? '\\' : '/'}${file}` }, { dir, name, ext });
      },
      6005,
    ),
  );

  const hex2 = (n: number): string => n.toString(16).padStart(2, '0');
  tasks.push(
    task(
      'color-to-rgb',
      'identifiers',
      'Colours from a design tool export (#rrggbb in any case, #rgb shorthand, without the #, or rgb(r, g, b)) to red, green and blue 0–255.',
      [
        p({ color: '#1a2b3c' }, { r: 26, g: 43, b: 60 }),
        p({ color: '#FF8800' }, { r: 255, g: 136, b: 0 }),
        p({ color: '#00ccff' }, { r: 0, g: 204, b: 255 }),
      ],
      (r) => {
        const k = int(r, 0, 9);
        if (k < 2) {
          const [a, b, c] = [int(r, 0, 15), int(r, 0, 15), int(r, 0, 15)];
          const s = `#${a.toString(16)}${b.toString(16)}${c.toString(16)}`;
          return p({ color: r() < 0.5 ? s.toUpperCase() : s }, { r: a * 17, g: b * 17, b: c * 17 });
        }
        const [a, b, c] = [int(r, 0, 255), int(r, 0, 255), int(r, 0, 255)];
        const hex = `${hex2(a)}${hex2(b)}${hex2(c)}`;
        const color =
          k < 6
            ? `#${r() < 0.5 ? hex : hex.toUpperCase()}`
            : k < 8
              ? hex.toUpperCase()
              : pick(r, [`rgb(${a}, ${b}, ${c})`, `rgb(${a},${b},${c})`]);
        return p({ color }, { r: a, g: b, b: c });
      },
      6006,
    ),
  );

  // ------------------------------------------------------------- URLs
  const HOSTS = ['example.com', 'shop.example.com', 'blog.acme.org', 'acme.org', 'docs.startup.io'];
  tasks.push(
    task(
      'url-canonical',
      'identifiers',
      'Landing-page URLs from ad clicks to one canonical form for joining: https, host lower case without "www.", no default port, path without a trailing slash (a bare host keeps "/"), utm_* parameters and the fragment removed, other parameters kept in order.',
      [
        p(
          { url: 'http://www.Example.com/shoes/?utm_source=news&id=5' },
          { canonical: 'https://example.com/shoes?id=5' },
        ),
        p(
          { url: 'https://blog.acme.org:443/post/12#comments' },
          { canonical: 'https://blog.acme.org/post/12' },
        ),
        p({ url: 'HTTPS://WWW.ACME.ORG/?utm_medium=cpc' }, { canonical: 'https://acme.org/' }),
      ],
      (r) => {
        const host = pick(r, HOSTS);
        const path = pick(r, ['', '/', '/shoes', '/shoes/', '/post/12', '/a/b/c/', '/Sale/Summer']);
        const params = [
          ...(r() < 0.5 ? [`utm_source=${pick(r, ['news', 'fb', 'google'])}`] : []),
          ...(r() < 0.4 ? [`id=${int(r, 1, 999)}`] : []),
          ...(r() < 0.3 ? [`utm_campaign=${pick(r, ['spring', 'bf24'])}`] : []),
          ...(r() < 0.2 ? [`ref=${pick(r, ['home', 'email'])}`] : []),
        ];
        const scheme = pick(r, ['http', 'https', 'https', 'HTTPS']);
        const port = r() < 0.15 ? (scheme.toLowerCase() === 'http' ? ':80' : ':443') : '';
        const shownHost = `${r() < 0.4 ? 'www.' : ''}${host}`;
        const cased = r() < 0.25 ? shownHost.toUpperCase() : shownHost;
        const frag = r() < 0.2 ? `#${pick(r, ['top', 'reviews'])}` : '';
        const url = `${scheme}://${cased}${port}${path}${params.length ? `?${params.join('&')}` : ''}${frag}`;
        const kept = params.filter((x) => !x.startsWith('utm_'));
        const cpath = path.replace(/\/+$/, '') || '/';
        return p({ url }, { canonical: `https://${host}${cpath}${kept.length ? `?${kept.join('&')}` : ''}` });
      },
      6101,
    ),
  );

  const DOMAINS: [string, string][] = [
    ['example.com', 'example.com'],
    ['acme.org', 'acme.org'],
    ['startup.io', 'startup.io'],
    ['bbc.co.uk', 'bbc.co.uk'],
    ['abc.net.au', 'abc.net.au'],
    ['rakuten.co.jp', 'rakuten.co.jp'],
    ['tienda.com.mx', 'tienda.com.mx'],
    ['firma.de', 'firma.de'],
  ];
  tasks.push(
    task(
      'registrable-domain',
      'identifiers',
      'Referrer URLs from web analytics to the registrable domain (the public suffix and one label before it: shop.bbc.co.uk → bbc.co.uk), lower case.',
      [
        p({ referrer: 'https://www.example.com/products?id=4' }, { domain: 'example.com' }),
        p({ referrer: 'http://news.acme.org/2024/03/' }, { domain: 'acme.org' }),
        p({ referrer: 'https://app.eu.startup.io/login' }, { domain: 'startup.io' }),
      ],
      (r) => {
        const [d, reg] = pick(r, DOMAINS);
        const sub = pick(r, ['', 'www.', 'shop.', 'm.', 'news.', 'app.eu.', 'a.b.c.']);
        const host = `${sub}${d}`;
        const path = pick(r, ['', '/', '/search?q=shoes', '/2024/03/', `/p/${int(r, 1, 9999)}`]);
        return p(
          { referrer: `${pick(r, ['https', 'http'])}://${r() < 0.15 ? host.toUpperCase() : host}${path}` },
          { domain: reg },
        );
      },
      6102,
    ),
  );

  // ------------------------------------------------------------- semver
  type V = { maj: number; min: number; pat: number; pre: string | null };
  const vs = (v: V): string => `${v.maj}.${v.min}.${v.pat}${v.pre ? `-${v.pre}` : ''}`;
  const cmpPre = (a: string | null, b: string | null): number => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    const [pa, pb] = [a.split('.'), b.split('.')];
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const [x, y] = [pa[i], pb[i]];
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
      if (nx && ny && Number(x) !== Number(y)) return Number(x) < Number(y) ? -1 : 1;
      if (nx !== ny) return nx ? -1 : 1;
      if (!nx && x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  const cmp = (a: V, b: V): number =>
    a.maj !== b.maj
      ? Math.sign(a.maj - b.maj)
      : a.min !== b.min
        ? Math.sign(a.min - b.min)
        : a.pat !== b.pat
          ? Math.sign(a.pat - b.pat)
          : cmpPre(a.pre, b.pre);
  const drawV = (r: R): V => ({
    maj: int(r, 0, 3),
    min: int(r, 0, 12),
    pat: int(r, 0, 12),
    pre: r() < 0.2 ? pick(r, ['alpha', 'beta', 'rc.1', 'rc.2', 'alpha.10', 'alpha.9']) : null,
  });
  const ORDER = ['lt', 'eq', 'gt'];
  tasks.push(
    task(
      'semver-compare',
      'identifiers',
      'Pairs of package versions from a dependency audit (optional "v", pre-release tags, build metadata after "+") to how a compares with b by semantic-versioning precedence: lt, eq or gt (build metadata is ignored).',
      [
        p({ a: '1.2.10', b: '1.10.0' }, { order: 'lt' }),
        p({ a: '2.0.0', b: '1.9.9' }, { order: 'gt' }),
        p({ a: '1.4.2', b: '1.4.2' }, { order: 'eq' }),
        p({ a: '0.9.1', b: '0.9.0' }, { order: 'gt' }),
      ],
      (r) => {
        const a = drawV(r);
        const k = int(r, 0, 4);
        const b =
          k === 0 ? { ...a } : k === 1 ? { ...a, pre: a.pre ? null : pick(r, ['rc.1', 'beta']) } : drawV(r);
        const show = (v: V): string =>
          `${r() < 0.2 ? 'v' : ''}${vs(v)}${r() < 0.1 ? `+build.${int(r, 1, 99)}` : ''}`;
        return p({ a: show(a), b: show(b) }, { order: ORDER[cmp(a, b) + 1] });
      },
      6103,
    ),
  );

  tasks.push(
    task(
      'semver-range-bounds',
      'identifiers',
      'npm version ranges with a caret or a tilde to the lowest allowed version and the first version not allowed (^ keeps the leftmost non-zero part: ^1.2.3 → 2.0.0, ^0.2.3 → 0.3.0, ^0.0.3 → 0.0.4; ~ keeps major.minor: ~1.2.3 → 1.3.0).',
      [
        p({ range: '^1.2.3' }, { min: '1.2.3', below: '2.0.0' }),
        p({ range: '~1.4.0' }, { min: '1.4.0', below: '1.5.0' }),
        p({ range: '^2.0.1' }, { min: '2.0.1', below: '3.0.0' }),
      ],
      (r) => {
        const v = {
          maj: r() < 0.35 ? 0 : int(r, 1, 20),
          min: r() < 0.15 ? 0 : int(r, 0, 30),
          pat: int(r, 0, 40),
          pre: null,
        };
        const caret = r() < 0.6;
        const below = caret
          ? v.maj > 0
            ? `${v.maj + 1}.0.0`
            : v.min > 0
              ? `0.${v.min + 1}.0`
              : `0.0.${v.pat + 1}`
          : `${v.maj}.${v.min + 1}.0`;
        return p({ range: `${caret ? '^' : '~'}${vs(v)}` }, { min: vs(v), below });
      },
      6104,
    ),
  );
}

// =============================================================== enumerations
{
  const TRUE = [
    'yes',
    'Yes',
    'YES',
    'y',
    'Y',
    'true',
    'TRUE',
    '1',
    'ja',
    'Ja',
    'oui',
    'Oui',
    'sí',
    'si',
    'da',
    'sim',
    'x',
  ];
  const FALSE = [
    'no',
    'No',
    'NO',
    'n',
    'N',
    'false',
    'FALSE',
    '0',
    'nein',
    'Nein',
    'non',
    'Non',
    'nej',
    'nee',
    'não',
    '-',
  ];
  const NULL = ['', 'n/a', 'N/A', '?', 'unknown', ' '];
  tasks.push(
    task(
      'bool-multilingual',
      'enums',
      'A "has parking" column from a survey run in several countries (yes/no in English, German, French, Spanish, Portuguese, Dutch, Scandinavian; y/n, true/false, 1/0, x and -) to true or false; empty, n/a, ? or unknown to null.',
      [
        p({ site: 's-1001', parking: 'yes' }, { parking: true }),
        p({ site: 's-1002', parking: 'nein' }, { parking: false }),
        p({ site: 's-1003', parking: 'oui' }, { parking: true }),
        p({ site: 's-1004', parking: '0' }, { parking: false }),
      ],
      (r) => {
        const k = r();
        const [v, out] =
          k < 0.45 ? [pick(r, TRUE), true] : k < 0.9 ? [pick(r, FALSE), false] : [pick(r, NULL), null];
        return p({ site: id(r, 's-'), parking: v }, { parking: out });
      },
      6201,
    ),
  );

  const EMP: [string, string[]][] = [
    [
      'full_time',
      [
        'Full time',
        'full-time',
        'FT',
        'Full-Time',
        'FULL TIME',
        'full time permanent',
        'Permanent, full time',
        'FTE',
      ],
    ],
    [
      'part_time',
      ['PT', 'part time', 'Part-time', 'Part-time (20h)', 'part time - 3 days/week', 'PART-TIME'],
    ],
    [
      'contract',
      ['contractor', 'Contract', 'freelance', '1099', 'Contract (6 months)', 'consultant', 'Freelancer'],
    ],
    ['temporary', ['temp', 'Temporary', 'seasonal', 'Temp to perm', 'TEMP']],
  ];
  tasks.push(
    task(
      'employment-type',
      'enums',
      'Employment type typed by hiring managers to one of full_time, part_time, contract, temporary.',
      [
        p({ req: 'JR-1001', type: 'Full time' }, { kind: 'full_time' }),
        p({ req: 'JR-1002', type: 'PT' }, { kind: 'part_time' }),
        p({ req: 'JR-1003', type: 'contractor' }, { kind: 'contract' }),
        p({ req: 'JR-1004', type: 'temp' }, { kind: 'temporary' }),
      ],
      (r) => {
        const [kind, words] = pick(r, EMP);
        return p({ req: id(r, 'JR-'), type: spaced(r, pick(r, words)) }, { kind });
      },
      6202,
    ),
  );

  tasks.push(
    task(
      'payment-terms-days',
      'enums',
      'Payment terms from supplier master data ("Net 30", "NET30", "N45", "30 days net", "2/10 net 30" = 2% off if paid in 10 days else due in 30, "Due on receipt", "COD", "CIA" = cash in advance) to the number of days until payment is due (0 for receipt, COD and cash in advance).',
      [
        p({ supplier: 'V-1001', terms: 'Net 30' }, { days: 30 }),
        p({ supplier: 'V-1002', terms: 'Due on receipt' }, { days: 0 }),
        p({ supplier: 'V-1003', terms: 'net 60' }, { days: 60 }),
      ],
      (r) => {
        const n = pick(r, [7, 10, 14, 15, 21, 30, 30, 45, 60, 90, 120]);
        const k = int(r, 0, 9);
        const [terms, days] =
          k < 4
            ? [pick(r, [`Net ${n}`, `NET${n}`, `net ${n}`, `N${n}`, `Net ${n} days`]), n]
            : k < 5
              ? [`${n} days net`, n]
              : k < 7
                ? [`${pick(r, [1, 2, 3])}/${pick(r, [5, 10])} net ${n}`, n]
                : [
                    pick(r, [
                      'Due on receipt',
                      'DUE ON RECEIPT',
                      'COD',
                      'C.O.D.',
                      'CIA',
                      'Cash in advance',
                      'Upon receipt',
                    ]),
                    0,
                  ];
        return p({ supplier: id(r, 'V-'), terms: spaced(r, String(terms)) }, { days });
      },
      6203,
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function everyday5Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(everyday5Dir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(everyday5Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${everyday5Dir}`);
}
