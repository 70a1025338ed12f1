/**
 * Writes the sixth set of "everyday" tuning tasks (bench/synth/tasks/everyday6, every name starts
 * with "e6-"). Written before tuning, for issue 11's "answering a question must never leave the user
 * worse off": the engine's rules were not read and the engine was not run while they were written.
 *
 * What they have in common: the data comes in several formats, the training examples show only one
 * or two of them, and later records (the ones a question will turn into examples) contradict the
 * cheapest program that fits the examples: mixed date formats, names with or without middle names,
 * suffixes and "Last, First" order, addresses with or without unit numbers, prices with ranges and
 * currencies, durations in several units, nested outputs (objects and arrays), codes with optional
 * parts, measurements in several units.
 *
 * How the labels are made: each maker draws a true value first and writes it the ways different
 * people's data writes it; the label comes from the true value, never from parsing the written text
 * and never from codify. So the generator is the reference solution. No record is labelled
 * `review`: every format is settled by the description.
 *
 * Deterministic (seeded): `node bench/synth/everyday6-gen.ts && npx prettier --write
 * bench/synth/tasks/everyday6` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digits, int, pad, pick, round, spaced, taskBuilder, type R, pair as p } from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const everyday6Dir = join(here, 'tasks', 'everyday6');
/** Held-back test records per task. */
export const TEST_RECORDS = 200;

const task = taskBuilder('e6-', TEST_RECORDS);
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
const day = (r: R, y0 = 2015, y1 = 2027): Day => {
  const y = int(r, y0, y1);
  const mo = int(r, 1, 12);
  return { y, mo, d: int(r, 1, daysIn(y, mo)) };
};
const iso = (t: Day): string => `${t.y}-${pad(t.mo)}-${pad(t.d)}`;
const mon = (t: Day): string => (MONTHS[t.mo - 1] ?? '').slice(0, 3);
const month = (t: Day): string => MONTHS[t.mo - 1] ?? '';
const DAY_MS = 86400000;
const toMs = (t: Day): number => Date.UTC(t.y, t.mo - 1, t.d);
const fromMs = (ms: number): Day => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate() };
};

const FIRST = [
  'James',
  'Mary',
  'Robert',
  'Linda',
  'Ahmed',
  'Sofia',
  'Wei',
  'Priya',
  'Lucas',
  'Chloe',
  'Mateo',
  'Olga',
  'Kwame',
  'Hannah',
  'Diego',
  'Aiko',
  'Noah',
  'Fatima',
  'Liam',
  'Elena',
];
const MIDDLE = ['Ann', 'Lee', 'Marie', 'James', 'Rose', 'Paul', 'Grace', 'John', 'Jean', 'Ray'];
const LAST = [
  'Smith',
  'Garcia',
  'Nguyen',
  'Okafor',
  'Kowalski',
  'Tanaka',
  'Johnson',
  'Müller',
  'Rossi',
  'Patel',
  'Andersson',
  'Brown',
  'Dubois',
  'Ivanova',
  'Silva',
  'Kim',
  'Walker',
  'Novak',
  'Haddad',
  'Lopez',
];
const SUFFIX = ['Jr.', 'Sr.', 'III', 'II', 'PhD', 'MD'];
interface Person {
  first: string;
  middle: string;
  last: string;
  suffix: string;
}
const person = (r: R, middleOdds = 0.35, suffixOdds = 0.15): Person => ({
  first: pick(r, FIRST),
  middle: r() < middleOdds ? pick(r, MIDDLE) : '',
  last: pick(r, LAST),
  suffix: r() < suffixOdds ? pick(r, SUFFIX) : '',
});
const midShown = (r: R, m: string): string => (m === '' ? '' : r() < 0.4 ? `${m[0]}.` : m);
/** A person written the way a form, a CRM or a signature writes them. */
const written = (r: R, x: Person): string => {
  const mid = midShown(r, x.middle);
  const given = [x.first, mid].filter(Boolean).join(' ');
  if (r() < 0.3) return `${x.last}${x.suffix ? ` ${x.suffix}` : ''}, ${given}`;
  return [given, x.last].join(' ') + (x.suffix ? (r() < 0.5 ? `, ${x.suffix}` : ` ${x.suffix}`) : '');
};

const STREETS = [
  'Oak',
  'Maple',
  'Cedar',
  'Elm',
  'Pine',
  'Washington',
  'Lake',
  'Hill',
  'Park',
  'River',
  'Sunset',
];
const TYPES: [string, string][] = [
  ['St', 'Street'],
  ['Ave', 'Avenue'],
  ['Rd', 'Road'],
  ['Blvd', 'Boulevard'],
  ['Dr', 'Drive'],
  ['Ln', 'Lane'],
];
const CITIES: [string, string][] = [
  ['Springfield', 'IL'],
  ['Portland', 'OR'],
  ['Austin', 'TX'],
  ['Salem', 'MA'],
  ['Madison', 'WI'],
  ['Denver', 'CO'],
  ['Raleigh', 'NC'],
  ['Boise', 'ID'],
  ['Fresno', 'CA'],
  ['Tampa', 'FL'],
];

// =============================================================== dates
{
  tasks.push(
    task(
      'date-mixed-to-iso',
      'dates',
      'Order dates from a shop that changed systems several times: ISO (2024-03-05), US month/day/year (3/5/2024 or 03/05/2024), "5 Mar 2024", "March 5, 2024" or "Mar 5 2024"; all to ISO yyyy-mm-dd.',
      [
        p({ order: 'SO-20931', placed: '2024-03-05' }, { date: '2024-03-05' }),
        p({ order: 'SO-20932', placed: '2023-11-28' }, { date: '2023-11-28' }),
        p({ order: 'SO-20933', placed: '2025-07-01' }, { date: '2025-07-01' }),
      ],
      (r) => {
        const t = day(r);
        const text = pick(r, [
          iso(t),
          iso(t),
          `${t.mo}/${t.d}/${t.y}`,
          `${pad(t.mo)}/${pad(t.d)}/${t.y}`,
          `${t.d} ${mon(t)} ${t.y}`,
          `${month(t)} ${t.d}, ${t.y}`,
          `${mon(t)} ${t.d} ${t.y}`,
        ]);
        return p({ order: id(r, 'SO-'), placed: spaced(r, text) }, { date: iso(t) });
      },
      6101,
    ),
  );

  tasks.push(
    task(
      'date-eu-dotted-or-iso',
      'dates',
      'Invoice dates from European suppliers: day.month.year with a four- or two-digit year (05.03.2024, 5.3.24; two-digit years are 20xx), or ISO 2024-03-05, or day/month/year with a four-digit year (05/03/2024); all to ISO yyyy-mm-dd.',
      [
        p({ invoice: '05.03.2024' }, { date: '2024-03-05' }),
        p({ invoice: '28.11.2023' }, { date: '2023-11-28' }),
        p({ invoice: '01.07.2025' }, { date: '2025-07-01' }),
      ],
      (r) => {
        const t = day(r, 2010, 2029);
        const text = pick(r, [
          `${pad(t.d)}.${pad(t.mo)}.${t.y}`,
          `${pad(t.d)}.${pad(t.mo)}.${t.y}`,
          `${t.d}.${t.mo}.${String(t.y).slice(2)}`,
          iso(t),
          `${pad(t.d)}/${pad(t.mo)}/${t.y}`,
        ]);
        return p({ invoice: text }, { date: iso(t) });
      },
      6102,
    ),
  );

  tasks.push(
    task(
      'stay-nights',
      'dates',
      'Hotel stays written as a check-in and check-out: "2024-03-05 to 2024-03-08", "Mar 5–8, 2024", "Mar 30 – Apr 2, 2024" or "Dec 30, 2024 – Jan 2, 2025"; the number of nights.',
      [
        p({ stay: '2024-03-05 to 2024-03-08' }, { nights: 3 }),
        p({ stay: '2023-12-20 to 2023-12-27' }, { nights: 7 }),
        p({ stay: '2025-06-01 to 2025-06-02' }, { nights: 1 }),
      ],
      (r) => {
        const a = day(r, 2018, 2027);
        const nights = int(r, 1, 14);
        const b = fromMs(toMs(a) + nights * DAY_MS);
        const dash = pick(r, ['–', '-', ' – ', ' - ']);
        const text =
          r() < 0.4
            ? `${iso(a)} to ${iso(b)}`
            : a.y !== b.y
              ? `${mon(a)} ${a.d}, ${a.y}${dash}${mon(b)} ${b.d}, ${b.y}`
              : a.mo !== b.mo
                ? `${mon(a)} ${a.d}${dash}${mon(b)} ${b.d}, ${b.y}`
                : `${mon(a)} ${a.d}${dash}${b.d}, ${b.y}`;
        return p({ stay: text }, { nights });
      },
      6103,
    ),
  );

  tasks.push(
    task(
      'time-to-24h',
      'dates',
      'Pickup times typed by customers: "3:05 PM", "3:05pm", "3pm", "15:05", "9 AM", "noon" or "midnight" (noon is 12:00, midnight 00:00; 12 AM is 00:xx, 12 PM is 12:xx); to 24-hour HH:MM.',
      [
        p({ pickup: '3:05 PM' }, { time: '15:05' }),
        p({ pickup: '9:30 AM' }, { time: '09:30' }),
        p({ pickup: '11:45 PM' }, { time: '23:45' }),
      ],
      (r) => {
        const k = int(r, 0, 19);
        if (k === 0) return p({ pickup: pick(r, ['noon', 'Noon', '12 noon']) }, { time: '12:00' });
        if (k === 1) return p({ pickup: pick(r, ['midnight', 'Midnight']) }, { time: '00:00' });
        const h = int(r, 0, 23);
        const m = r() < 0.3 ? 0 : int(r, 0, 59);
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const ap = h < 12 ? 'AM' : 'PM';
        const apShown = pick(r, [` ${ap}`, ap.toLowerCase(), ` ${ap.toLowerCase()}`, ap]);
        const text =
          k < 9
            ? `${h12}:${pad(m)}${apShown}`
            : k < 13 && m === 0
              ? `${h12}${apShown}`
              : k < 17
                ? `${pad(h)}:${pad(m)}`
                : `${h}:${pad(m)}`;
        return p({ pickup: text }, { time: `${pad(h)}:${pad(m)}` });
      },
      6104,
    ),
  );
}

// =============================================================== names
{
  tasks.push(
    task(
      'name-first-last',
      'strings',
      'Attendee names from a sign-up sheet: "First Last", "First Middle Last", "First M. Last", with a suffix ("Jr.", "III", "PhD") after the surname or after a comma, or "Last, First Middle"; to the first given name and the surname (no middle name, no suffix).',
      [
        p({ attendee: 'James Smith' }, { first: 'James', last: 'Smith' }),
        p({ attendee: 'Priya Patel' }, { first: 'Priya', last: 'Patel' }),
        p({ attendee: 'Lucas Dubois' }, { first: 'Lucas', last: 'Dubois' }),
      ],
      (r) => {
        const x = person(r);
        return p({ attendee: written(r, x) }, { first: x.first, last: x.last });
      },
      6201,
    ),
  );

  tasks.push(
    task(
      'name-display-order',
      'strings',
      'Customer names from a CRM export, either "Last, First" or "First Last" (sometimes a middle name or initial, which is kept as written); to display order "First [Middle] Last".',
      [
        p({ customer: 'Smith, James' }, { display: 'James Smith' }),
        p({ customer: 'Garcia, Elena' }, { display: 'Elena Garcia' }),
        p({ customer: 'Kim, Wei' }, { display: 'Wei Kim' }),
      ],
      (r) => {
        const x = person(r, 0.4, 0);
        const mid = midShown(r, x.middle);
        const given = [x.first, mid].filter(Boolean).join(' ');
        const text = r() < 0.5 ? `${x.last}, ${given}` : `${given} ${x.last}`;
        return p({ customer: spaced(r, text) }, { display: `${given} ${x.last}` });
      },
      6202,
    ),
  );

  tasks.push(
    task(
      'name-initials',
      'strings',
      'Staff names to initials for a rota: one capital letter per name part, middle names included ("Mary Ann Smith" → MAS); a suffix (Jr., III) is not a name part.',
      [
        p({ staff: 'James Smith' }, { initials: 'JS' }),
        p({ staff: 'Fatima Haddad' }, { initials: 'FH' }),
        p({ staff: 'noah walker' }, { initials: 'NW' }),
      ],
      (r) => {
        const x = person(r, 0.4, 0.15);
        const parts = [x.first, x.middle, x.last].filter(Boolean);
        const text = parts.join(' ') + (x.suffix ? ` ${x.suffix}` : '');
        const shown = r() < 0.2 ? text.toLowerCase() : text;
        return p({ staff: shown }, { initials: parts.map((s) => s[0]).join('') });
      },
      6203,
    ),
  );

  tasks.push(
    task(
      'name-to-object',
      'nested',
      'Authors of a reference list as written ("Given Family", "Family, Given", sometimes a middle initial or name) to an object {given, family}; the given name keeps a middle name or initial as written.',
      [
        p({ author: 'Okafor, Kwame' }, { name: { given: 'Kwame', family: 'Okafor' } }),
        p({ author: 'Tanaka, Aiko' }, { name: { given: 'Aiko', family: 'Tanaka' } }),
        p({ author: 'Rossi, Mateo' }, { name: { given: 'Mateo', family: 'Rossi' } }),
      ],
      (r) => {
        const x = person(r, 0.4, 0);
        const given = [x.first, midShown(r, x.middle)].filter(Boolean).join(' ');
        const text = r() < 0.45 ? `${x.last}, ${given}` : `${given} ${x.last}`;
        return p({ author: text }, { name: { given, family: x.last } });
      },
      6204,
    ),
  );

  tasks.push(
    task(
      'email-contact',
      'nested',
      'Recipients as mail clients write them: "Jane Doe <jane@example.com>", "\\"Doe, Jane\\" <jane@example.com>", or a bare address; to {name, email} with the name in "First Last" order (empty when only an address is given) and the address lower case.',
      [
        p(
          { to: 'James Smith <james.smith@acme.com>' },
          { contact: { name: 'James Smith', email: 'james.smith@acme.com' } },
        ),
        p(
          { to: 'Linda Brown <lbrown@mail.org>' },
          { contact: { name: 'Linda Brown', email: 'lbrown@mail.org' } },
        ),
        p({ to: 'Wei Kim <wei@kim.dev>' }, { contact: { name: 'Wei Kim', email: 'wei@kim.dev' } }),
      ],
      (r) => {
        const x = person(r, 0, 0);
        const local = pick(r, [
          `${x.first}.${x.last}`,
          `${x.first[0]}${x.last}`,
          x.first,
          `${x.first}${int(r, 1, 99)}`,
        ])
          .toLowerCase()
          .replace(/ü/g, 'u');
        const email = `${local}@${pick(r, ['acme.com', 'mail.org', 'example.net', 'uni.edu', 'shop.co'])}`;
        const shownEmail = r() < 0.2 ? email.toUpperCase() : email;
        const k = int(r, 0, 9);
        const name = `${x.first} ${x.last}`;
        if (k < 4) return p({ to: `${name} <${shownEmail}>` }, { contact: { name, email } });
        if (k < 7) return p({ to: `"${x.last}, ${x.first}" <${shownEmail}>` }, { contact: { name, email } });
        return p({ to: r() < 0.5 ? shownEmail : `<${shownEmail}>` }, { contact: { name: '', email } });
      },
      6205,
    ),
  );
}

// =============================================================== addresses
{
  tasks.push(
    task(
      'address-street-unit',
      'strings',
      'Street lines from a delivery form, with or without a unit ("Apt 4B", "Unit 7", "Suite 210", "#12", sometimes after a comma); to the street part and the unit number alone ("" when there is none).',
      [
        p({ line: '12 Oak St' }, { street: '12 Oak St', unit: '' }),
        p({ line: '455 Maple Ave' }, { street: '455 Maple Ave', unit: '' }),
        p({ line: '9 Cedar Rd' }, { street: '9 Cedar Rd', unit: '' }),
      ],
      (r) => {
        const street = `${int(r, 1, 9999)} ${pick(r, STREETS)} ${pick(r, TYPES)[0]}`;
        if (r() < 0.45) return p({ line: street }, { street, unit: '' });
        const unit = r() < 0.5 ? String(int(r, 1, 999)) : `${int(r, 1, 30)}${pick(r, ['A', 'B', 'C', 'D'])}`;
        const label = pick(r, ['Apt ', 'Apt. ', 'Unit ', 'Suite ', '#', 'Ste ']);
        const sep = r() < 0.5 ? ', ' : ' ';
        return p({ line: `${street}${sep}${label}${unit}` }, { street, unit });
      },
      6301,
    ),
  );

  tasks.push(
    task(
      'address-zip5',
      'strings',
      'The last line of US addresses ("Springfield, IL 62704", "Springfield IL 62704-1234", "SPRINGFIELD, IL  62704"); to the five-digit ZIP code (the +4 part is dropped).',
      [
        p({ last_line: 'Springfield, IL 62704' }, { zip: '62704' }),
        p({ last_line: 'Austin, TX 73301' }, { zip: '73301' }),
        p({ last_line: 'Denver, CO 80202' }, { zip: '80202' }),
      ],
      (r) => {
        const [city, st] = pick(r, CITIES);
        const zip = digits(r, 5);
        const plus = r() < 0.45 ? `-${digits(r, 4)}` : '';
        const c = r() < 0.2 ? city.toUpperCase() : city;
        const text = pick(r, [
          `${c}, ${st} ${zip}${plus}`,
          `${c} ${st} ${zip}${plus}`,
          `${c}, ${st}  ${zip}${plus}`,
        ]);
        return p({ last_line: text }, { zip });
      },
      6302,
    ),
  );

  tasks.push(
    task(
      'address-parse',
      'nested',
      'One-line US addresses ("12 Oak St, Springfield, IL 62704", with an optional unit "Apt 4B" after the street, and an optional ZIP+4) to an object {street, unit, city, state, zip}; unit is "" when absent and zip keeps five digits.',
      [
        p(
          { address: '12 Oak St, Springfield, IL 62704' },
          { parsed: { street: '12 Oak St', unit: '', city: 'Springfield', state: 'IL', zip: '62704' } },
        ),
        p(
          { address: '455 Maple Ave, Portland, OR 97201' },
          { parsed: { street: '455 Maple Ave', unit: '', city: 'Portland', state: 'OR', zip: '97201' } },
        ),
        p(
          { address: '9 Lake Dr, Tampa, FL 33602' },
          { parsed: { street: '9 Lake Dr', unit: '', city: 'Tampa', state: 'FL', zip: '33602' } },
        ),
      ],
      (r) => {
        const street = `${int(r, 1, 9999)} ${pick(r, STREETS)} ${pick(r, TYPES)[0]}`;
        const unit = r() < 0.4 ? `${int(r, 1, 40)}${r() < 0.4 ? pick(r, ['A', 'B']) : ''}` : '';
        const [city, state] = pick(r, CITIES);
        const zip = digits(r, 5);
        const plus = r() < 0.3 ? `-${digits(r, 4)}` : '';
        const unitText = unit ? pick(r, [` Apt ${unit}`, `, Apt ${unit}`, ` Unit ${unit}`, ` #${unit}`]) : '';
        return p(
          { address: `${street}${unitText}, ${city}, ${state} ${zip}${plus}` },
          { parsed: { street, unit, city, state, zip } },
        );
      },
      6303,
    ),
  );

  tasks.push(
    task(
      'street-type-expand',
      'strings',
      'Street lines with abbreviated street types (St, St., Ave, Rd, Blvd, Dr, Ln) to the full word (Street, Avenue, Road, Boulevard, Drive, Lane); a unit after the street ("Apt 4", "#12") is kept as written.',
      [
        p({ street: '12 Oak St' }, { full: '12 Oak Street' }),
        p({ street: '455 Maple St' }, { full: '455 Maple Street' }),
        p({ street: '9 Cedar St' }, { full: '9 Cedar Street' }),
      ],
      (r) => {
        const [ab, full] = pick(r, TYPES);
        const base = `${int(r, 1, 9999)} ${pick(r, STREETS)}`;
        const dot = r() < 0.25 ? '.' : '';
        const unit =
          r() < 0.35
            ? pick(r, [` Apt ${int(r, 1, 40)}`, ` #${int(r, 1, 300)}`, `, Unit ${int(r, 1, 20)}`])
            : '';
        return p({ street: `${base} ${ab}${dot}${unit}` }, { full: `${base} ${full}${unit}` });
      },
      6304,
    ),
  );
}

// =============================================================== prices
{
  const show = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));
  const dollars = (r: R): number => (r() < 0.5 ? int(r, 1, 500) : round(int(r, 100, 50000) / 100, 2));
  tasks.push(
    task(
      'price-low-end',
      'prices',
      'Price fields from a services directory: one price ("$45"), a range ("$45–$60", "$45 - 60", "45 to 60 dollars") or a floor ("from $45", "$45+"); to the lowest price quoted, in dollars.',
      [
        p({ price: '$45' }, { from: 45 }),
        p({ price: '$120' }, { from: 120 }),
        p({ price: '$9.99' }, { from: 9.99 }),
      ],
      (r) => {
        const a = dollars(r);
        const b = round(a + dollars(r), 2);
        const k = int(r, 0, 9);
        const text =
          k < 4
            ? `$${show(a)}`
            : k < 6
              ? `$${show(a)}${pick(r, ['–', '-', ' - ', ' – '])}${r() < 0.5 ? '$' : ''}${show(b)}`
              : k < 7
                ? `${show(a)} to ${show(b)} dollars`
                : pick(r, [`from $${show(a)}`, `$${show(a)}+`, `From $${show(a)}`]);
        return p({ price: text }, { from: a });
      },
      6401,
    ),
  );

  const SYMS: [string, string][] = [
    ['$', 'USD'],
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['¥', 'JPY'],
  ];
  tasks.push(
    task(
      'price-amount-currency',
      'nested',
      'Prices scraped from shops in several countries: a symbol before ($12.50, €9.99, £7, ¥1200), a symbol after (9,99 €), or an ISO code before or after (EUR 9.99, 12.50 USD); a comma before two final digits is a decimal comma. To {amount, currency} with the ISO code.',
      [
        p({ listed: '$12.50' }, { price: { amount: 12.5, currency: 'USD' } }),
        p({ listed: '$7.00' }, { price: { amount: 7, currency: 'USD' } }),
        p({ listed: '$199.99' }, { price: { amount: 199.99, currency: 'USD' } }),
      ],
      (r) => {
        const [sym, code] = pick(r, SYMS);
        const amount = code === 'JPY' ? int(r, 50, 50000) : round(int(r, 100, 99999) / 100, 2);
        const num = code === 'JPY' ? String(amount) : amount.toFixed(2);
        const k = int(r, 0, 9);
        const text =
          k < 4
            ? `${sym}${num}`
            : k < 6 && code === 'EUR'
              ? `${num.replace('.', ',')} €`
              : k < 8
                ? `${code} ${num}`
                : `${num} ${code}`;
        return p({ listed: text }, { price: { amount, currency: code } });
      },
      6402,
    ),
  );

  tasks.push(
    task(
      'price-to-cents',
      'prices',
      'Prices typed into a point-of-sale import ("$1,299.99", "1299.5", "$1,299", "12", "$0.99", "USD 4.50") to integer cents.',
      [
        p({ price: '$1,299.99' }, { cents: 129999 }),
        p({ price: '$4.50' }, { cents: 450 }),
        p({ price: '$0.99' }, { cents: 99 }),
      ],
      (r) => {
        const c = r() < 0.4 ? int(r, 1, 3000) * 100 : int(r, 1, 999999);
        const whole = Math.floor(c / 100);
        const frac = c % 100;
        const w = r() < 0.5 ? whole.toLocaleString('en-US') : String(whole);
        const num =
          frac === 0
            ? r() < 0.5
              ? w
              : `${w}.00`
            : frac % 10 === 0 && r() < 0.4
              ? `${w}.${frac / 10}`
              : `${w}.${pad(frac)}`;
        const text = pick(r, [`$${num}`, `$${num}`, num, `USD ${num}`]);
        return p({ price: text }, { cents: c });
      },
      6403,
    ),
  );

  tasks.push(
    task(
      'salary-annual',
      'prices',
      'Salaries from job ads: "$85,000", "$85k", "$40/hr" or "$40 an hour" (2080 hours a year), "$6,500/month" (12 months), or a range ("$80k–$95k", whose low end counts); to the annual amount in dollars.',
      [
        p({ pay: '$85,000' }, { annual: 85000 }),
        p({ pay: '$120,000' }, { annual: 120000 }),
        p({ pay: '$62,500' }, { annual: 62500 }),
      ],
      (r) => {
        const k = int(r, 0, 9);
        if (k < 3) {
          const a = int(r, 30, 250) * 1000 + (r() < 0.3 ? 500 : 0);
          return p({ pay: `$${a.toLocaleString('en-US')}` }, { annual: a });
        }
        if (k < 5) {
          const a = int(r, 30, 250);
          return p({ pay: pick(r, [`$${a}k`, `$${a}K`]) }, { annual: a * 1000 });
        }
        if (k < 7) {
          const h = int(r, 15, 120);
          return p({ pay: pick(r, [`$${h}/hr`, `$${h} an hour`, `$${h}/hour`]) }, { annual: h * 2080 });
        }
        if (k < 8) {
          const m = int(r, 25, 150) * 100;
          return p({ pay: `$${m.toLocaleString('en-US')}/month` }, { annual: m * 12 });
        }
        const a = int(r, 30, 200);
        const b = a + int(r, 5, 40);
        return p({ pay: `$${a}k${pick(r, ['–', '-', ' - '])}$${b}k` }, { annual: a * 1000 });
      },
      6404,
    ),
  );
}

// =============================================================== durations and units
{
  const minutesText = (r: R, m: number): string => {
    const h = Math.floor(m / 60);
    const mm = m % 60;
    const k = int(r, 0, 9);
    if (k < 3) return pick(r, [`${m} min`, `${m} minutes`, `${m}m`]);
    if (k < 5 && mm === 0) return pick(r, [`${h} h`, `${h} hours`, `${h}h`, h === 1 ? '1 hour' : `${h} hrs`]);
    if (k < 7 && h > 0) return pick(r, [`${h}h ${mm}m`, `${h} h ${mm} min`, `${h}h${pad(mm)}`]);
    if (k < 9) return `${h}:${pad(mm)}`;
    return `${round(m / 60, 2)} h`;
  };
  tasks.push(
    task(
      'duration-to-minutes',
      'numbers',
      'Meeting lengths typed into a calendar tool: "45 min", "90 minutes", "2 h", "1h 30m", "1:30" (hours:minutes), "1.5 h"; to whole minutes.',
      [
        p({ length: '45 min' }, { minutes: 45 }),
        p({ length: '90 min' }, { minutes: 90 }),
        p({ length: '30 min' }, { minutes: 30 }),
      ],
      (r) => {
        const m = pick(r, [15, 20, 30, 45, 60, 75, 90, 120, 150, 180, 240]) + (r() < 0.3 ? int(r, 1, 14) : 0);
        let text = minutesText(r, m);
        // decimal hours only where they are exact (quarter hours)
        if (/^\d+(\.\d+)? h$/.test(text) && m % 15 !== 0) text = `${m} min`;
        return p({ length: text }, { minutes: m });
      },
      6501,
    ),
  );

  tasks.push(
    task(
      'duration-to-seconds',
      'numbers',
      'Track lengths from several music catalogues: "3:25" (minutes:seconds), "1:02:10" (hours:minutes:seconds), "205s", "3m 25s", ISO 8601 "PT3M25S"; to whole seconds.',
      [
        p({ track: '3:25' }, { seconds: 205 }),
        p({ track: '4:02' }, { seconds: 242 }),
        p({ track: '0:58' }, { seconds: 58 }),
      ],
      (r) => {
        const s = r() < 0.1 ? int(r, 3600, 7200) : int(r, 20, 900);
        const h = Math.floor(s / 3600);
        const m = Math.floor((s % 3600) / 60);
        const sec = s % 60;
        const k = int(r, 0, 9);
        const text =
          h > 0
            ? pick(r, [`${h}:${pad(m)}:${pad(sec)}`, `PT${h}H${m}M${sec}S`])
            : k < 5
              ? `${m}:${pad(sec)}`
              : k < 6
                ? `${s}s`
                : k < 8
                  ? `${m}m ${sec}s`
                  : `PT${m > 0 ? `${m}M` : ''}${sec}S`;
        return p({ track: text }, { seconds: s });
      },
      6502,
    ),
  );

  tasks.push(
    task(
      'weight-to-kg',
      'numbers',
      'Parcel weights from several carriers: "12 kg", "12kg", "500 g", "3 lb", "3 lbs", "8 oz", "2 lb 8 oz" (1 lb = 0.45359237 kg, 1 oz = 1/16 lb); to kilograms rounded to 3 decimals.',
      [
        p({ weight: '12 kg' }, { kg: 12 }),
        p({ weight: '2.5 kg' }, { kg: 2.5 }),
        p({ weight: '0.75 kg' }, { kg: 0.75 }),
      ],
      (r) => {
        const k = int(r, 0, 9);
        if (k < 3) {
          const kg = round(int(r, 1, 5000) / 100, 2);
          return p({ weight: pick(r, [`${kg} kg`, `${kg}kg`, `${kg} KG`]) }, { kg });
        }
        if (k < 5) {
          const g = int(r, 10, 999);
          return p({ weight: pick(r, [`${g} g`, `${g}g`]) }, { kg: round(g / 1000, 3) });
        }
        if (k < 7) {
          const lb = int(r, 1, 80);
          return p(
            { weight: pick(r, [`${lb} lb`, `${lb} lbs`, `${lb}lb`]) },
            { kg: round(lb * 0.45359237, 3) },
          );
        }
        if (k < 8) {
          const oz = int(r, 1, 15);
          return p({ weight: `${oz} oz` }, { kg: round((oz / 16) * 0.45359237, 3) });
        }
        const lb = int(r, 1, 30);
        const oz = int(r, 1, 15);
        return p({ weight: `${lb} lb ${oz} oz` }, { kg: round((lb + oz / 16) * 0.45359237, 3) });
      },
      6503,
    ),
  );

  tasks.push(
    task(
      'height-to-cm',
      'numbers',
      'Heights from a sign-up form: feet and inches (5\'11", 5 ft 11 in, 5\'11), centimetres ("180 cm", "180cm") or metres ("1.80 m"); to whole centimetres (1 in = 2.54 cm, rounded).',
      [
        p({ height: '5\'11"' }, { cm: 180 }),
        p({ height: '6\'2"' }, { cm: 188 }),
        p({ height: '5\'4"' }, { cm: 163 }),
      ],
      (r) => {
        const k = int(r, 0, 9);
        if (k < 5) {
          const ft = int(r, 4, 6);
          const inch = int(r, 0, 11);
          const text = pick(r, [`${ft}'${inch}"`, `${ft} ft ${inch} in`, `${ft}'${inch}`, `${ft}' ${inch}"`]);
          return p({ height: text }, { cm: Math.round((ft * 12 + inch) * 2.54) });
        }
        const cm = int(r, 140, 210);
        if (k < 8) return p({ height: pick(r, [`${cm} cm`, `${cm}cm`]) }, { cm });
        return p({ height: `${(cm / 100).toFixed(2)} m` }, { cm });
      },
      6504,
    ),
  );

  tasks.push(
    task(
      'distance-to-km',
      'numbers',
      'Run distances logged by a club: "5 km", "5k", "10K", "800 m", "3.1 mi", "26.2 miles" (1 mi = 1.609344 km); to kilometres rounded to 2 decimals.',
      [
        p({ run: '5 km' }, { km: 5 }),
        p({ run: '12.5 km' }, { km: 12.5 }),
        p({ run: '21.1 km' }, { km: 21.1 }),
      ],
      (r) => {
        const k = int(r, 0, 9);
        if (k < 3) {
          const km = round(int(r, 10, 500) / 10, 1);
          return p({ run: pick(r, [`${km} km`, `${km}km`]) }, { km });
        }
        if (k < 5) {
          const km = int(r, 1, 50);
          return p({ run: pick(r, [`${km}k`, `${km}K`]) }, { km });
        }
        if (k < 7) {
          const m = int(r, 1, 39) * 100;
          return p({ run: `${m} m` }, { km: round(m / 1000, 2) });
        }
        const mi = round(int(r, 5, 300) / 10, 1);
        return p({ run: pick(r, [`${mi} mi`, `${mi} miles`]) }, { km: round(mi * 1.609344, 2) });
      },
      6505,
    ),
  );

  tasks.push(
    task(
      'temperature-to-c',
      'numbers',
      'Temperatures from sensors of several makes: "72°F", "72 F", "22°C", "22 C", "22.5C", "295.15 K"; to degrees Celsius rounded to 1 decimal.',
      [
        p({ reading: '72°F' }, { celsius: 22.2 }),
        p({ reading: '32°F' }, { celsius: 0 }),
        p({ reading: '98.6°F' }, { celsius: 37 }),
      ],
      (r) => {
        const k = int(r, 0, 9);
        if (k < 4) {
          const f = r() < 0.7 ? int(r, -20, 110) : round(int(r, -200, 1100) / 10, 1);
          return p(
            { reading: pick(r, [`${f}°F`, `${f} F`, `${f}°F`]) },
            { celsius: round(((f - 32) * 5) / 9, 1) },
          );
        }
        if (k < 8) {
          const c = r() < 0.6 ? int(r, -30, 45) : round(int(r, -300, 450) / 10, 1);
          return p({ reading: pick(r, [`${c}°C`, `${c} C`, `${c}C`]) }, { celsius: c });
        }
        const kel = round(int(r, 24315, 31815) / 100, 2);
        return p({ reading: `${kel} K` }, { celsius: round(kel - 273.15, 1) });
      },
      6506,
    ),
  );

  tasks.push(
    task(
      'file-size-bytes',
      'numbers',
      'File sizes from several tools: "1.5 MB", "1536 KB", "2 GB", "512 B", "1.5M", "700K" (binary units: 1 KB = 1024 B, 1 MB = 1024 KB, 1 GB = 1024 MB); to bytes, rounded to a whole number.',
      [
        p({ size: '1.5 MB' }, { bytes: 1572864 }),
        p({ size: '2 MB' }, { bytes: 2097152 }),
        p({ size: '10 MB' }, { bytes: 10485760 }),
      ],
      (r) => {
        const unit = pick(r, ['B', 'KB', 'MB', 'MB', 'GB']);
        const MULT: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
        const mult = MULT[unit] ?? 1;
        const v =
          unit === 'B' ? int(r, 1, 1023) : r() < 0.5 ? int(r, 1, 999) : round(int(r, 10, 9999) / 10, 1);
        const short = unit === 'B' ? 'B' : unit[0];
        const text = r() < 0.7 ? `${v} ${unit}` : `${v}${short}`;
        return p({ size: text }, { bytes: Math.round(v * mult) });
      },
      6507,
    ),
  );

  tasks.push(
    task(
      'percent-to-fraction',
      'numbers',
      'Discount rates from several spreadsheets: "45%", "45 %", "45 percent", "0.45", "12.5%"; a bare number at most 1 is already a fraction. To the fraction (45% → 0.45), rounded to 4 decimals.',
      [
        p({ rate: '45%' }, { fraction: 0.45 }),
        p({ rate: '10%' }, { fraction: 0.1 }),
        p({ rate: '75%' }, { fraction: 0.75 }),
      ],
      (r) => {
        const pc = r() < 0.7 ? int(r, 1, 99) : round(int(r, 10, 990) / 10, 1);
        const fr = round(pc / 100, 4);
        const text = pick(r, [`${pc}%`, `${pc}%`, `${pc} %`, `${pc} percent`, String(fr)]);
        return p({ rate: text }, { fraction: fr });
      },
      6508,
    ),
  );
}

// =============================================================== codes with optional parts
{
  const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const letters = (r: R, n: number): string =>
    Array.from({ length: n }, () => pick(r, [...LETTERS])).join('');
  tasks.push(
    task(
      'sku-parts',
      'nested',
      'Product SKUs "FAMILY-NUMBER[-SIZE][-COLOR]" (e.g. TS-1042, TS-1042-XL, TS-1042-XL-RED; size is one of XS S M L XL XXL, colour a word) to {family, number, size, color}; absent parts are "".',
      [
        p({ sku: 'TS-1042' }, { item: { family: 'TS', number: '1042', size: '', color: '' } }),
        p({ sku: 'HD-2210' }, { item: { family: 'HD', number: '2210', size: '', color: '' } }),
        p({ sku: 'CP-0077' }, { item: { family: 'CP', number: '0077', size: '', color: '' } }),
      ],
      (r) => {
        const family = letters(r, 2);
        const number = digits(r, 4);
        const size = r() < 0.55 ? pick(r, ['XS', 'S', 'M', 'L', 'XL', 'XXL']) : '';
        const color = r() < 0.4 ? pick(r, ['RED', 'BLUE', 'BLACK', 'WHITE', 'GREEN', 'NAVY']) : '';
        const sku = [family, number, size, color].filter(Boolean).join('-');
        return p({ sku }, { item: { family, number, size, color } });
      },
      6601,
    ),
  );

  tasks.push(
    task(
      'postcode-uk-format',
      'strings',
      'UK postcodes typed any way ("sw1a1aa", "SW1A 1AA", "m1 1ae", "B33 8TH", "cr26xh") to the standard form: upper case, one space before the last three characters (the inward code).',
      [
        p({ postcode: 'sw1a1aa' }, { formatted: 'SW1A 1AA' }),
        p({ postcode: 'ec1a1bb' }, { formatted: 'EC1A 1BB' }),
        p({ postcode: 'w1a0ax' }, { formatted: 'W1A 0AX' }),
      ],
      (r) => {
        const area = letters(r, int(r, 1, 2));
        const district =
          r() < 0.3 ? `${int(r, 1, 9)}${pick(r, ['A', 'B', 'W', 'R'])}` : String(int(r, 1, 39));
        const outward = `${area}${district}`;
        const inward = `${int(r, 0, 9)}${letters(r, 2)}`;
        const formatted = `${outward} ${inward}`;
        const k = int(r, 0, 3);
        const text =
          k === 0
            ? formatted.toLowerCase().replace(' ', '')
            : k === 1
              ? formatted
              : k === 2
                ? formatted.toLowerCase()
                : formatted.replace(' ', '');
        return p({ postcode: text }, { formatted });
      },
      6602,
    ),
  );

  tasks.push(
    task(
      'phone-with-extension',
      'nested',
      'US phone numbers from a contact import ("555-123-4567", "(555) 123-4567", "555.123.4567", with an optional extension "x12", "ext. 12", "ext 12" or "#12") to {number, ext}: the ten digits and the extension digits ("" when none).',
      [
        p({ phone: '555-123-4567' }, { phone: { number: '5551234567', ext: '' } }),
        p({ phone: '212-555-0199' }, { phone: { number: '2125550199', ext: '' } }),
        p({ phone: '415-555-2671' }, { phone: { number: '4155552671', ext: '' } }),
      ],
      (r) => {
        const a = `${int(r, 2, 9)}${digits(r, 2)}`;
        const b = `${int(r, 2, 9)}${digits(r, 2)}`;
        const c = digits(r, 4);
        const body = pick(r, [`${a}-${b}-${c}`, `(${a}) ${b}-${c}`, `${a}.${b}.${c}`, `${a}-${b}-${c}`]);
        const ext = r() < 0.45 ? String(int(r, 1, 9999)) : '';
        const extText = ext
          ? pick(r, [` x${ext}`, ` ext. ${ext}`, ` ext ${ext}`, ` #${ext}`, ` X${ext}`])
          : '';
        return p({ phone: `${body}${extText}` }, { phone: { number: `${a}${b}${c}`, ext } });
      },
      6603,
    ),
  );

  tasks.push(
    task(
      'version-parts',
      'nested',
      'Version strings from package manifests ("1.2.3", "v1.2.3", "1.2" meaning patch 0, "2.0.0-beta.1" with a pre-release tag) to {major, minor, patch, pre}; pre is "" when there is none.',
      [
        p({ version: '1.2.3' }, { semver: { major: 1, minor: 2, patch: 3, pre: '' } }),
        p({ version: '4.10.0' }, { semver: { major: 4, minor: 10, patch: 0, pre: '' } }),
        p({ version: '0.9.12' }, { semver: { major: 0, minor: 9, patch: 12, pre: '' } }),
      ],
      (r) => {
        const major = int(r, 0, 12);
        const minor = int(r, 0, 30);
        const patch = r() < 0.25 ? 0 : int(r, 0, 40);
        const pre = r() < 0.3 ? `${pick(r, ['alpha', 'beta', 'rc'])}.${int(r, 1, 9)}` : '';
        const short = patch === 0 && pre === '' && r() < 0.4;
        const core = short ? `${major}.${minor}` : `${major}.${minor}.${patch}`;
        const text = `${r() < 0.3 ? 'v' : ''}${core}${pre ? `-${pre}` : ''}`;
        return p({ version: text }, { semver: { major, minor, patch, pre } });
      },
      6604,
    ),
  );

  tasks.push(
    task(
      'flight-code',
      'strings',
      'Flight numbers as passengers type them ("BA 117", "ba117", "BA0117", "U2 8421", "ba-117") to the airline code and the number without leading zeros, as "BA117".',
      [
        p({ flight: 'BA 117' }, { code: 'BA117' }),
        p({ flight: 'LH 400' }, { code: 'LH400' }),
        p({ flight: 'AF 1234' }, { code: 'AF1234' }),
      ],
      (r) => {
        const air = pick(r, ['BA', 'LH', 'AF', 'KL', 'U2', 'DL', 'UA', 'AA', 'IB', 'EK', 'QF', 'W6', 'FR']);
        const n = r() < 0.5 ? int(r, 1, 999) : int(r, 1000, 9999);
        const num = r() < 0.2 ? pad(n, 4) : String(n);
        const sep = pick(r, [' ', '', '', '-']);
        const a = r() < 0.35 ? air.toLowerCase() : air;
        return p({ flight: `${a}${sep}${num}` }, { code: `${air}${n}` });
      },
      6605,
    ),
  );

  const isbnCheck = (d12: string): string => {
    const s = [...d12].reduce((acc, c, i) => acc + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
    return String((10 - (s % 10)) % 10);
  };
  tasks.push(
    task(
      'isbn-digits',
      'strings',
      'ISBN-13s as catalogue records write them ("978-0-306-40615-7", "9780306406157", "ISBN 978 0 306 40615 7", "ISBN-13: 978-0306406157") to the thirteen digits alone.',
      [
        p({ isbn: '978-0-306-40615-7' }, { digits: '9780306406157' }),
        p({ isbn: '978-1-86197-876-9' }, { digits: '9781861978769' }),
        p({ isbn: '978-3-16-148410-0' }, { digits: '9783161484100' }),
      ],
      (r) => {
        const d12 = `978${digits(r, 9)}`;
        const d = `${d12}${isbnCheck(d12)}`;
        const parts = [d.slice(0, 3), d.slice(3, 4), d.slice(4, 8), d.slice(8, 12), d.slice(12)];
        const text = pick(r, [
          parts.join('-'),
          d,
          `ISBN ${parts.join(' ')}`,
          `ISBN-13: ${d.slice(0, 3)}-${d.slice(3)}`,
          `ISBN ${d}`,
        ]);
        return p({ isbn: text }, { digits: d });
      },
      6606,
    ),
  );
}

// =============================================================== lists and coordinates
{
  tasks.push(
    task(
      'tags-to-list',
      'nested',
      'Tag fields from a notes app export, separated by commas, semicolons or " | " (sometimes a single tag); to a list of tags, lower case, trimmed, in the order written.',
      [
        p({ tags: 'Work, Urgent' }, { list: ['work', 'urgent'] }),
        p({ tags: 'home, garden, weekend' }, { list: ['home', 'garden', 'weekend'] }),
        p({ tags: 'Travel, Family' }, { list: ['travel', 'family'] }),
      ],
      (r) => {
        const pool = [
          'work',
          'urgent',
          'home',
          'garden',
          'travel',
          'family',
          'ideas',
          'health',
          'money',
          'books',
          'music',
          'later',
        ];
        const n = int(r, 1, 4);
        const list: string[] = [];
        while (list.length < n) {
          const t = pick(r, pool);
          if (!list.includes(t)) list.push(t);
        }
        const sep = pick(r, [', ', ',', '; ', ';', ' | ']);
        const text = list.map((t) => (r() < 0.4 ? t[0]?.toUpperCase() + t.slice(1) : t)).join(sep);
        return p({ tags: text }, { list });
      },
      6701,
    ),
  );

  tasks.push(
    task(
      'phones-list',
      'nested',
      'A "phones" cell from a church directory holding one number or several (separated by "/", ";" or " or "), each written 555-123-4567, (555) 123-4567 or 555.123.4567; to a list of ten-digit strings, in order.',
      [
        p({ phones: '555-123-4567' }, { numbers: ['5551234567'] }),
        p({ phones: '212-555-0199' }, { numbers: ['2125550199'] }),
        p({ phones: '415-555-2671' }, { numbers: ['4155552671'] }),
      ],
      (r) => {
        const n = r() < 0.5 ? 1 : int(r, 2, 3);
        const nums: string[] = [];
        const shown: string[] = [];
        for (let i = 0; i < n; i++) {
          const a = `${int(r, 2, 9)}${digits(r, 2)}`;
          const b = `${int(r, 2, 9)}${digits(r, 2)}`;
          const c = digits(r, 4);
          nums.push(`${a}${b}${c}`);
          shown.push(pick(r, [`${a}-${b}-${c}`, `(${a}) ${b}-${c}`, `${a}.${b}.${c}`]));
        }
        return p({ phones: shown.join(pick(r, [' / ', '; ', ' or ', '/'])) }, { numbers: nums });
      },
      6702,
    ),
  );

  /** Whole seconds of arc as degrees-minutes-seconds (no sign: the hemisphere letter says it). */
  const dms = (seconds: number): string => {
    const a = Math.abs(seconds);
    return `${Math.floor(a / 3600)}°${Math.floor((a % 3600) / 60)}'${a % 60}"`;
  };
  tasks.push(
    task(
      'coordinates',
      'nested',
      'Site locations from field notes: decimal "40.7128, -74.0060", hemisphere letters "40.7128 N, 74.0060 W" (S and W are negative), or degrees-minutes-seconds "40°42\'46\\"N 74°0\'22\\"W"; to {lat, lon} in decimal degrees rounded to 4 decimals.',
      [
        p({ site: '40.7128, -74.0060' }, { position: { lat: 40.7128, lon: -74.006 } }),
        p({ site: '51.5074, -0.1278' }, { position: { lat: 51.5074, lon: -0.1278 } }),
        p({ site: '-33.8688, 151.2093' }, { position: { lat: -33.8688, lon: 151.2093 } }),
      ],
      (r) => {
        const k = int(r, 0, 9);
        if (k < 7) {
          const lat = round((int(r, 0, 1) ? 1 : -1) * (int(r, 0, 890000) / 10000), 4);
          const lon = round((int(r, 0, 1) ? 1 : -1) * (int(r, 0, 1790000) / 10000), 4);
          const text =
            k < 4
              ? `${lat.toFixed(4)}, ${lon.toFixed(4)}`
              : `${Math.abs(lat).toFixed(4)} ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(4)} ${lon < 0 ? 'W' : 'E'}`;
          return p({ site: text }, { position: { lat, lon } });
        }
        // whole seconds, so the label is the degrees-minutes-seconds value itself
        const sLat = (int(r, 0, 1) ? 1 : -1) * int(r, 0, 89 * 3600);
        const sLon = (int(r, 0, 1) ? 1 : -1) * int(r, 0, 179 * 3600);
        const lat = round(sLat / 3600, 4);
        const lon = round(sLon / 3600, 4);
        return p(
          { site: `${dms(sLat)}${sLat < 0 ? 'S' : 'N'} ${dms(sLon)}${sLon < 0 ? 'W' : 'E'}` },
          { position: { lat, lon } },
        );
      },
      6703,
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function everyday6Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(everyday6Dir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(everyday6Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${everyday6Dir}`);
}
