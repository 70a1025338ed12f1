/**
 * Writes compose (bench/synth/tasks/compose, every name starts with "c8-"): output fields BUILT from
 * several pieces of the input, written before any rule it measures (wip10/compose, 2026-12-07).
 *
 * Kinds: templates ("{last}, {first}", "SKU-{cat}-{num:04}"), initials, slugs from titles, full
 * names from parts, e-mails from names and a fixed domain, keys joined from two fields, a field
 * taken from whichever input is present (coalesce), zero-filled numbers, case changes of pieces, a
 * small lookup table the user gives, arithmetic of two fields, a label chosen by an amount, nested
 * output objects from flat input and flat output from nested input, arrays split from a delimited
 * string.
 *
 * Each task's 3–5 examples are a user's first rows; the held records come later from the same feed:
 * the ordinary case with other values, then what the examples never show: a missing piece, stray
 * spaces, other letter case, a code not in the table, an amount between two examples' tiers. Labels
 * come from the true values a maker draws, never from parsing the text it writes. A record no rule
 * can settle from the examples and its own text (a tier boundary the examples leave open, a name
 * with an apostrophe in an e-mail address, a code the table lacks) keeps what a person would answer
 * and is marked `review`: written, it counts as wrong even when it equals the label.
 *
 * Deterministic (seeded): `node bench/synth/compose-gen.ts && npx prettier --write
 * bench/synth/tasks/compose` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cap, int, pad, pick, round, taskBuilder, type R, pair as p, unsettled } from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const composeDir = join(here, 'tasks', 'compose');
/** Held-back test records per task. */
export const TEST_RECORDS = 40;

const task = taskBuilder('c8-', TEST_RECORDS);
const tasks: BenchTask[] = [];
/** Stray spaces around a value (always some). */
const padded = (r: R, s: string): string => pick(r, [` ${s}`, `${s} `, `  ${s}  `]);

const FIRST = [
  'Anna',
  'Ben',
  'Chloé',
  'David',
  'Emma',
  'Farid',
  'Grace',
  'Hiroshi',
  'Ingrid',
  'Jonas',
  'Katarzyna',
  'Liam',
  'María',
  'Nils',
  'Olivia',
  'Priya',
  'Rafael',
  'Sofia',
  'Tomás',
  'Yuki',
];
const LAST = [
  'Andersen',
  'Brown',
  'Costa',
  'Dubois',
  'Eriksson',
  'Fischer',
  'García',
  'Haddad',
  'Ito',
  'Jansen',
  'Kowalski',
  'Lopez',
  'Müller',
  'Novak',
  'Okafor',
  'Patel',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Weber',
];
/** Plain ASCII names (for e-mail addresses and user names, where accents are a question of their own). */
const FIRST_ASCII = FIRST.filter((s) => /^[A-Za-z]+$/.test(s));
const LAST_ASCII = LAST.filter((s) => /^[A-Za-z]+$/.test(s));
const id = (r: R, prefix: string): string => `${prefix}-${int(r, 1000, 99999)}`;

// =============================================================== names
{
  tasks.push(
    task(
      'name-last-comma-first',
      'templates',
      'Contact names for a printed directory: "Last, First".',
      [
        p({ id: 'P-1001', first_name: 'Anna', last_name: 'Brown' }, { display: 'Brown, Anna' }),
        p({ id: 'P-1002', first_name: 'David', last_name: 'Fischer' }, { display: 'Fischer, David' }),
        p({ id: 'P-1003', first_name: 'Priya', last_name: 'Patel' }, { display: 'Patel, Priya' }),
      ],
      (r) => {
        const f = pick(r, FIRST);
        const l = pick(r, LAST);
        const k = r();
        if (k < 0.65) return p({ id: id(r, 'P'), first_name: f, last_name: l }, { display: `${l}, ${f}` });
        if (k < 0.78)
          return p({ id: id(r, 'P'), first_name: padded(r, f), last_name: l }, { display: `${l}, ${f}` });
        if (k < 0.86) {
          const l2 = `${l}-${pick(r, LAST)}`;
          return p({ id: id(r, 'P'), first_name: f, last_name: l2 }, { display: `${l2}, ${f}` });
        }
        if (k < 0.93) return unsettled({ id: id(r, 'P'), first_name: '', last_name: l }, { display: l });
        return unsettled(
          { id: id(r, 'P'), first_name: f.toLowerCase(), last_name: l.toUpperCase() },
          { display: `${l}, ${f}` },
        );
      },
      8001,
    ),
  );

  tasks.push(
    task(
      'full-name-parts',
      'templates',
      'Full names from first, middle and last name columns (no middle name: no double space).',
      [
        p({ first: 'Grace', middle: 'Ann', last: 'Okafor' }, { full_name: 'Grace Ann Okafor' }),
        p({ first: 'Liam', middle: '', last: 'Jansen' }, { full_name: 'Liam Jansen' }),
        p({ first: 'Sofia', middle: 'Maria', last: 'Rossi' }, { full_name: 'Sofia Maria Rossi' }),
        p({ first: 'Ben', middle: '', last: 'Weber' }, { full_name: 'Ben Weber' }),
      ],
      (r) => {
        const f = pick(r, FIRST);
        const l = pick(r, LAST);
        const m = pick(r, ['', '', 'Ann', 'James', 'Lee', 'Marie', 'Paul', 'Rose', 'J.']);
        const full = [f, m, l].filter(Boolean).join(' ');
        const k = r();
        if (k < 0.75) return p({ first: f, middle: m, last: l }, { full_name: full });
        if (k < 0.87) return p({ first: f, middle: m, last: padded(r, l) }, { full_name: full });
        return p({ first: f, middle: null, last: l }, { full_name: `${f} ${l}` });
      },
      8002,
    ),
  );

  tasks.push(
    task(
      'initials-dotted',
      'templates',
      'Initials for a badge: "A.B." from first and last name.',
      [
        p({ first_name: 'Anna', last_name: 'Brown' }, { initials: 'A.B.' }),
        p({ first_name: 'Jonas', last_name: 'Weber' }, { initials: 'J.W.' }),
        p({ first_name: 'Olivia', last_name: 'Costa' }, { initials: 'O.C.' }),
      ],
      (r) => {
        const f = pick(r, FIRST);
        const l = pick(r, LAST);
        const ini = `${f[0]}.${l[0]}.`;
        const k = r();
        if (k < 0.7) return p({ first_name: f, last_name: l }, { initials: ini });
        if (k < 0.82)
          return p({ first_name: f.toLowerCase(), last_name: l.toLowerCase() }, { initials: ini });
        if (k < 0.9) return p({ first_name: padded(r, f), last_name: l }, { initials: ini });
        return unsettled({ first_name: f, last_name: '' }, { initials: `${f[0]}.` });
      },
      8003,
    ),
  );

  tasks.push(
    task(
      'username-initial-last',
      'templates',
      'Log-in names: first initial and last name, lower case.',
      [
        p({ first: 'Ben', last: 'Schmidt', dept: 'IT' }, { username: 'bschmidt' }),
        p({ first: 'Grace', last: 'Novak', dept: 'HR' }, { username: 'gnovak' }),
        p({ first: 'Liam', last: 'Patel', dept: 'Sales' }, { username: 'lpatel' }),
      ],
      (r) => {
        const f = pick(r, FIRST_ASCII);
        const l = pick(r, LAST_ASCII);
        const dept = pick(r, ['IT', 'HR', 'Sales', 'Ops', 'Finance']);
        const out = { username: `${f[0]}${l}`.toLowerCase() };
        const k = r();
        if (k < 0.7) return p({ first: f, last: l, dept }, out);
        if (k < 0.82) return p({ first: f.toUpperCase(), last: l.toUpperCase(), dept }, out);
        if (k < 0.9) return p({ first: f, last: padded(r, l), dept }, out);
        return unsettled({ first: f, last: `O'${l}`, dept }, { username: `${f[0]}o${l}`.toLowerCase() });
      },
      8004,
    ),
  );

  tasks.push(
    task(
      'email-from-name',
      'templates',
      'Work e-mail addresses "first.last@northwind.example" from the name columns.',
      [
        p({ first_name: 'Emma', last_name: 'Brown' }, { email: 'emma.brown@northwind.example' }),
        p({ first_name: 'Nils', last_name: 'Jansen' }, { email: 'nils.jansen@northwind.example' }),
        p({ first_name: 'Priya', last_name: 'Haddad' }, { email: 'priya.haddad@northwind.example' }),
      ],
      (r) => {
        const f = pick(r, FIRST_ASCII);
        const l = pick(r, LAST_ASCII);
        const out = { email: `${f}.${l}@northwind.example`.toLowerCase() };
        const k = r();
        if (k < 0.7) return p({ first_name: f, last_name: l }, out);
        if (k < 0.8) return p({ first_name: f.toUpperCase(), last_name: l }, out);
        if (k < 0.88) return p({ first_name: padded(r, f), last_name: l }, out);
        if (k < 0.94)
          return unsettled(
            { first_name: f, last_name: `Van ${l}` },
            { email: `${f}.van${l}@northwind.example`.toLowerCase() },
          );
        return unsettled({ first_name: '', last_name: l }, { email: null });
      },
      8005,
    ),
  );

  tasks.push(
    task(
      'author-year-cite',
      'templates',
      'Short citations "Last (Year)" from a reference list.',
      [
        p(
          { author_last: 'Tanaka', year: 2019, title: 'Soil carbon in rice paddies' },
          { cite: 'Tanaka (2019)' },
        ),
        p({ author_last: 'Eriksson', year: 2021, title: 'Winter road salt' }, { cite: 'Eriksson (2021)' }),
        p({ author_last: 'Dubois', year: 2008, title: 'Urban bees' }, { cite: 'Dubois (2008)' }),
      ],
      (r) => {
        const l = pick(r, LAST);
        const y = int(r, 1975, 2024);
        const title = pick(r, [
          'Coastal erosion',
          'Sleep and memory',
          'Bridge fatigue',
          'Trade routes',
          'Moss',
        ]);
        const k = r();
        if (k < 0.75) return p({ author_last: l, year: y, title }, { cite: `${l} (${y})` });
        if (k < 0.87) return p({ author_last: l, year: String(y), title }, { cite: `${l} (${y})` });
        return unsettled({ author_last: l, year: null, title }, { cite: `${l} (n.d.)` });
      },
      8006,
    ),
  );
}

// =============================================================== codes and keys
{
  tasks.push(
    task(
      'sku-cat-num',
      'templates',
      'Stock-keeping codes "SKU-{category}-{number, four digits}".',
      [
        p({ category: 'TOY', item_no: 42 }, { sku: 'SKU-TOY-0042' }),
        p({ category: 'GDN', item_no: 917 }, { sku: 'SKU-GDN-0917' }),
        p({ category: 'KIT', item_no: 3 }, { sku: 'SKU-KIT-0003' }),
        p({ category: 'TOY', item_no: 1250 }, { sku: 'SKU-TOY-1250' }),
      ],
      (r) => {
        const cat = pick(r, ['TOY', 'GDN', 'KIT', 'BTH', 'OFF', 'PET']);
        const n = pick(r, [int(r, 1, 9), int(r, 10, 99), int(r, 100, 999), int(r, 1000, 9999)]);
        const out = { sku: `SKU-${cat}-${pad(n, 4)}` };
        const k = r();
        if (k < 0.72) return p({ category: cat, item_no: n }, out);
        if (k < 0.82) return p({ category: cat.toLowerCase(), item_no: n }, out);
        if (k < 0.9) return p({ category: cat, item_no: String(n) }, out);
        return unsettled({ category: '', item_no: n }, { sku: null });
      },
      8101,
    ),
  );

  tasks.push(
    task(
      'store-key',
      'keys',
      'A join key "{region}/{store number}" for two systems.',
      [
        p({ region: 'EU', store: 17, manager: 'Rossi' }, { key: 'EU/17' }),
        p({ region: 'NA', store: 203, manager: 'Brown' }, { key: 'NA/203' }),
        p({ region: 'APAC', store: 5, manager: 'Ito' }, { key: 'APAC/5' }),
      ],
      (r) => {
        const reg = pick(r, ['EU', 'NA', 'APAC', 'LATAM', 'MEA']);
        const n = int(r, 1, 999);
        const m = pick(r, LAST);
        const k = r();
        if (k < 0.75) return p({ region: reg, store: n, manager: m }, { key: `${reg}/${n}` });
        if (k < 0.87) return p({ region: padded(r, reg), store: n, manager: m }, { key: `${reg}/${n}` });
        return unsettled({ region: null, store: n, manager: m }, { key: null });
      },
      8102,
    ),
  );

  tasks.push(
    task(
      'invoice-ref-pad',
      'padding',
      'Invoice references "INV-" and the number zero-filled to six digits.',
      [
        p({ invoice_no: 73, customer: 'Acme' }, { ref: 'INV-000073' }),
        p({ invoice_no: 10452, customer: 'Globex' }, { ref: 'INV-010452' }),
        p({ invoice_no: 5, customer: 'Initech' }, { ref: 'INV-000005' }),
      ],
      (r) => {
        const n = pick(r, [int(r, 1, 99), int(r, 100, 9999), int(r, 10000, 999999)]);
        const c = pick(r, ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli']);
        const k = r();
        if (k < 0.8) return p({ invoice_no: n, customer: c }, { ref: `INV-${pad(n, 6)}` });
        if (k < 0.92) return p({ invoice_no: String(n), customer: c }, { ref: `INV-${pad(n, 6)}` });
        return unsettled({ invoice_no: null, customer: c }, { ref: null });
      },
      8103,
    ),
  );

  tasks.push(
    task(
      'zip-zero-fill',
      'padding',
      'US ZIP codes a spreadsheet stored as numbers (leading zeros lost) back to five digits.',
      [
        p({ city: 'Boston', zip: 2134 }, { zip: '02134' }),
        p({ city: 'Austin', zip: 78701 }, { zip: '78701' }),
        p({ city: 'Newark', zip: 7102 }, { zip: '07102' }),
      ],
      (r) => {
        const z = pick(r, [int(r, 501, 9999), int(r, 10000, 99950)]);
        const city = pick(r, ['Boston', 'Austin', 'Newark', 'Denver', 'Portland', 'Hartford']);
        const k = r();
        if (k < 0.8) return p({ city, zip: z }, { zip: pad(z, 5) });
        if (k < 0.9) return p({ city, zip: pad(z, 5) }, { zip: pad(z, 5) });
        return p({ city, zip: `${pad(z, 5)}-${pad(int(r, 1, 9999), 4)}` }, { zip: pad(z, 5) });
      },
      8104,
    ),
  );

  tasks.push(
    task(
      'order-id-year',
      'templates',
      'Order ids "{year}/{number, five digits}" from the order date and a counter.',
      [
        p({ ordered: '2024-03-15', seq: 42 }, { order_id: '2024/00042' }),
        p({ ordered: '2023-11-02', seq: 1307 }, { order_id: '2023/01307' }),
        p({ ordered: '2024-07-30', seq: 7 }, { order_id: '2024/00007' }),
      ],
      (r) => {
        const y = int(r, 2019, 2026);
        const d = `${y}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`;
        const n = pick(r, [int(r, 1, 99), int(r, 100, 9999), int(r, 10000, 99999)]);
        const out = { order_id: `${y}/${pad(n, 5)}` };
        const k = r();
        if (k < 0.85) return p({ ordered: d, seq: n }, out);
        return p({ ordered: `${d}T${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:00Z`, seq: n }, out);
      },
      8105,
    ),
  );

  tasks.push(
    task(
      'badge-dept-upper',
      'case',
      'Badge codes: department in capitals, a dash, the staff number in three digits.',
      [
        p({ dept: 'sales', staff_no: 7 }, { badge: 'SALES-007' }),
        p({ dept: 'finance', staff_no: 112 }, { badge: 'FINANCE-112' }),
        p({ dept: 'ops', staff_no: 45 }, { badge: 'OPS-045' }),
      ],
      (r) => {
        const d = pick(r, ['sales', 'finance', 'ops', 'legal', 'it', 'support']);
        const n = int(r, 1, 999);
        const out = { badge: `${d.toUpperCase()}-${pad(n, 3)}` };
        const k = r();
        if (k < 0.7) return p({ dept: d, staff_no: n }, out);
        if (k < 0.82) return p({ dept: cap(d), staff_no: n }, out);
        if (k < 0.9) return p({ dept: padded(r, d), staff_no: n }, out);
        return unsettled(
          { dept: 'customer success', staff_no: n },
          { badge: `CUSTOMER-SUCCESS-${pad(n, 3)}` },
        );
      },
      8106,
    ),
  );

  tasks.push(
    task(
      'city-country-label',
      'case',
      'Location labels "City (CC)": the city capitalized, the country code in capitals.',
      [
        p({ city: 'paris', cc: 'fr' }, { label: 'Paris (FR)' }),
        p({ city: 'MUNICH', cc: 'de' }, { label: 'Munich (DE)' }),
        p({ city: 'lisbon', cc: 'PT' }, { label: 'Lisbon (PT)' }),
        p({ city: 'Oslo', cc: 'no' }, { label: 'Oslo (NO)' }),
      ],
      (r) => {
        const [city, cc] = pick(r, [
          ['Paris', 'FR'],
          ['Munich', 'DE'],
          ['Lisbon', 'PT'],
          ['Oslo', 'NO'],
          ['Ghent', 'BE'],
          ['Turin', 'IT'],
          ['Porto', 'PT'],
          ['Lyon', 'FR'],
        ] as const);
        const out = { label: `${city} (${cc})` };
        const casing = pick(r, [
          (s: string) => s,
          (s: string) => s.toLowerCase(),
          (s: string) => s.toUpperCase(),
        ]);
        const k = r();
        if (k < 0.8) return p({ city: casing(city), cc: pick(r, [cc, cc.toLowerCase()]) }, out);
        if (k < 0.9) return p({ city: padded(r, casing(city)), cc: cc.toLowerCase() }, out);
        const [c2, o2] = pick(r, [
          ['new york', 'New York'],
          ['SAN JOSE', 'San Jose'],
          ['rio de janeiro', 'Rio de Janeiro'],
        ] as const);
        return unsettled({ city: c2, cc: 'us' }, { label: `${o2} (US)` });
      },
      8107,
    ),
  );

  tasks.push(
    task(
      'phone-e164-parts',
      'templates',
      'Phone numbers in E.164 from country code, area code and local number columns.',
      [
        p({ cc: '44', area: '20', local: '7946 0018' }, { phone: '+442079460018' }),
        p({ cc: '49', area: '30', local: '901820' }, { phone: '+4930901820' }),
        p({ cc: '33', area: '1', local: '42 68 53 00' }, { phone: '+33142685300' }),
      ],
      (r) => {
        const cc = pick(r, ['44', '49', '33', '31', '39', '34']);
        const area = String(int(r, 1, 89));
        const raw = String(int(r, 100000, 99999999));
        const out = { phone: `+${cc}${area}${raw}` };
        const spacedLocal = raw.length > 4 ? `${raw.slice(0, 3)} ${raw.slice(3)}` : raw;
        const k = r();
        if (k < 0.7) return p({ cc, area, local: pick(r, [raw, spacedLocal]) }, out);
        if (k < 0.8) return p({ cc: `+${cc}`, area, local: raw }, out);
        if (k < 0.9) return p({ cc, area, local: `${raw.slice(0, 3)}-${raw.slice(3)}` }, out);
        return unsettled({ cc: '', area, local: raw }, { phone: null });
      },
      8108,
    ),
  );

  tasks.push(
    task(
      'date-from-parts',
      'templates',
      'ISO dates from day, month and year columns.',
      [
        p({ day: 5, month: 3, year: 2024 }, { date: '2024-03-05' }),
        p({ day: 28, month: 11, year: 2023 }, { date: '2023-11-28' }),
        p({ day: 14, month: 7, year: 2022 }, { date: '2022-07-14' }),
      ],
      (r) => {
        const y = int(r, 1990, 2026);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const out = { date: `${y}-${pad(m)}-${pad(d)}` };
        const k = r();
        if (k < 0.8) return p({ day: d, month: m, year: y }, out);
        if (k < 0.9) return p({ day: String(d), month: pad(m), year: String(y) }, out);
        return unsettled({ day: d, month: m, year: null }, { date: null });
      },
      8109,
    ),
  );

  tasks.push(
    task(
      'price-display',
      'templates',
      'Price labels "12.50 EUR": the amount with two decimals and the currency code.',
      [
        p({ amount: 12.5, currency: 'EUR' }, { price: '12.50 EUR' }),
        p({ amount: 199, currency: 'USD' }, { price: '199.00 USD' }),
        p({ amount: 7.25, currency: 'GBP' }, { price: '7.25 GBP' }),
      ],
      (r) => {
        const cents = int(r, 50, 250000);
        const amt = cents / 100;
        const cur = pick(r, ['EUR', 'USD', 'GBP', 'CHF', 'SEK']);
        const out = { price: `${amt.toFixed(2)} ${cur}` };
        const k = r();
        if (k < 0.8) return p({ amount: amt, currency: cur }, out);
        if (k < 0.9) return p({ amount: amt, currency: cur.toLowerCase() }, out);
        return unsettled({ amount: amt, currency: '' }, { price: amt.toFixed(2) });
      },
      8110,
    ),
  );
}

// =============================================================== slugs
{
  const WORDS = [
    'garden',
    'winter',
    'soup',
    'recipes',
    'quick',
    'guide',
    'to',
    'home',
    'office',
    'budget',
    'travel',
    'tips',
    'for',
    'beginners',
    'the',
    'best',
    'bread',
    'small',
    'kitchens',
    'cycling',
  ];
  const title = (r: R): string[] => Array.from({ length: int(r, 2, 6) }, () => pick(r, WORDS));
  const titleCase = (ws: string[]): string => ws.map(cap).join(' ');
  tasks.push(
    task(
      'slug-from-title',
      'slugs',
      'URL slugs from blog post titles: lower case, words joined by hyphens.',
      [
        p({ title: 'Quick Winter Soup' }, { slug: 'quick-winter-soup' }),
        p({ title: 'Budget Travel Tips For Beginners' }, { slug: 'budget-travel-tips-for-beginners' }),
        p({ title: 'Home Office' }, { slug: 'home-office' }),
      ],
      (r) => {
        const ws = title(r);
        const out = { slug: ws.join('-') };
        const k = r();
        if (k < 0.65) return p({ title: titleCase(ws) }, out);
        if (k < 0.75) return p({ title: ws.join(' ') }, out);
        if (k < 0.83) return p({ title: padded(r, titleCase(ws)) }, out);
        if (k < 0.9) return p({ title: ws.map(cap).join('  ') }, out);
        if (k < 0.95) return p({ title: `${titleCase(ws)}!` }, out);
        return unsettled({ title: `${titleCase(ws)}: A Guide` }, { slug: `${ws.join('-')}-a-guide` });
      },
      8201,
    ),
  );

  tasks.push(
    task(
      'file-name-from-title',
      'slugs',
      'Export file names from report titles: words joined by underscores, lower case, and ".csv".',
      [
        p({ report: 'Monthly Sales', id: 4 }, { file: 'monthly_sales.csv' }),
        p({ report: 'Open Support Tickets', id: 9 }, { file: 'open_support_tickets.csv' }),
        p({ report: 'Stock Levels By Warehouse', id: 12 }, { file: 'stock_levels_by_warehouse.csv' }),
      ],
      (r) => {
        const ws = Array.from({ length: int(r, 1, 5) }, () =>
          pick(r, [
            'monthly',
            'sales',
            'open',
            'tickets',
            'stock',
            'levels',
            'by',
            'region',
            'weekly',
            'returns',
          ]),
        );
        const out = { file: `${ws.join('_')}.csv` };
        const k = r();
        if (k < 0.75) return p({ report: ws.map(cap).join(' '), id: int(r, 1, 99) }, out);
        if (k < 0.87) return p({ report: ws.join(' ').toUpperCase(), id: int(r, 1, 99) }, out);
        return p({ report: padded(r, ws.map(cap).join(' ')), id: int(r, 1, 99) }, out);
      },
      8202,
    ),
  );
}

// =============================================================== coalesce
{
  tasks.push(
    task(
      'phone-coalesce',
      'coalesce',
      'One contact phone: the mobile number when there is one, else the landline.',
      [
        p(
          { name: 'Anna', mobile: '+31 6 1234 5678', landline: '+31 20 555 0101' },
          { phone: '+31 6 1234 5678' },
        ),
        p({ name: 'Ben', mobile: '', landline: '+31 10 555 0199' }, { phone: '+31 10 555 0199' }),
        p({ name: 'Chloé', mobile: '+31 6 8765 4321', landline: '' }, { phone: '+31 6 8765 4321' }),
        p({ name: 'David', mobile: null, landline: '+31 30 555 0123' }, { phone: '+31 30 555 0123' }),
      ],
      (r) => {
        const mob = `+31 6 ${int(r, 1000, 9999)} ${int(r, 1000, 9999)}`;
        const land = `+31 ${pick(r, ['20', '10', '30', '70'])} 555 0${int(r, 100, 199)}`;
        const name = pick(r, FIRST);
        const k = r();
        if (k < 0.35) return p({ name, mobile: mob, landline: land }, { phone: mob });
        if (k < 0.6) return p({ name, mobile: pick(r, ['', null]), landline: land }, { phone: land });
        if (k < 0.8) return p({ name, mobile: mob, landline: pick(r, ['', null]) }, { phone: mob });
        if (k < 0.9) return p({ name, mobile: '', landline: '' }, { phone: null });
        return p({ name, mobile: ' ', landline: land }, { phone: land });
      },
      8301,
    ),
  );

  tasks.push(
    task(
      'email-coalesce',
      'coalesce',
      'The e-mail to write to: the work address, else the personal one.',
      [
        p(
          { work_email: 'a.brown@globex.example', personal_email: 'anna.b@mail.example' },
          { email: 'a.brown@globex.example' },
        ),
        p({ work_email: null, personal_email: 'ben.w@mail.example' }, { email: 'ben.w@mail.example' }),
        p({ work_email: 'd.ito@initech.example', personal_email: null }, { email: 'd.ito@initech.example' }),
      ],
      (r) => {
        const f = pick(r, FIRST_ASCII).toLowerCase();
        const l = pick(r, LAST_ASCII).toLowerCase();
        const work = `${f[0]}.${l}@${pick(r, ['globex', 'initech', 'hooli', 'acme'])}.example`;
        const pers = `${f}.${l[0]}@${pick(r, ['mail', 'post', 'inbox'])}.example`;
        const k = r();
        if (k < 0.4) return p({ work_email: work, personal_email: pers }, { email: work });
        if (k < 0.65) return p({ work_email: null, personal_email: pers }, { email: pers });
        if (k < 0.8) return p({ work_email: work, personal_email: null }, { email: work });
        if (k < 0.9) return p({ work_email: '', personal_email: pers }, { email: pers });
        return p({ work_email: null, personal_email: null }, { email: null });
      },
      8302,
    ),
  );

  tasks.push(
    task(
      'display-name-coalesce',
      'coalesce',
      'The name to greet: the nickname when given, else the first name.',
      [
        p({ first_name: 'Katarzyna', nickname: 'Kasia', last_name: 'Kowalski' }, { greet: 'Kasia' }),
        p({ first_name: 'Jonas', nickname: '', last_name: 'Weber' }, { greet: 'Jonas' }),
        p({ first_name: 'Rafael', nickname: 'Rafa', last_name: 'Costa' }, { greet: 'Rafa' }),
        p({ first_name: 'Ingrid', nickname: '', last_name: 'Eriksson' }, { greet: 'Ingrid' }),
      ],
      (r) => {
        const f = pick(r, FIRST);
        const l = pick(r, LAST);
        const nick = pick(r, ['Kasia', 'Rafa', 'Liz', 'Bobby', 'Sam', 'Max', 'Jo']);
        const k = r();
        if (k < 0.4) return p({ first_name: f, nickname: nick, last_name: l }, { greet: nick });
        if (k < 0.75) return p({ first_name: f, nickname: '', last_name: l }, { greet: f });
        if (k < 0.88) return p({ first_name: f, nickname: null, last_name: l }, { greet: f });
        return p({ first_name: f, nickname: padded(r, nick), last_name: l }, { greet: nick });
      },
      8303,
    ),
  );
}

// =============================================================== lookups
{
  const countries = {
    country: { DE: 'Germany', FR: 'France', NL: 'Netherlands', ES: 'Spain', IT: 'Italy', PL: 'Poland' },
  };
  tasks.push(
    task(
      'country-name-lookup',
      'lookups',
      'Country names from ISO codes, with the table the user gives.',
      [
        p({ order: 'O-1001', country_code: 'DE' }, { country: 'Germany' }),
        p({ order: 'O-1002', country_code: 'FR' }, { country: 'France' }),
        p({ order: 'O-1003', country_code: 'NL' }, { country: 'Netherlands' }),
      ],
      (r) => {
        const [code, name] = pick(r, Object.entries(countries.country));
        const k = r();
        if (k < 0.75) return p({ order: id(r, 'O'), country_code: code }, { country: name });
        if (k < 0.85) return p({ order: id(r, 'O'), country_code: code.toLowerCase() }, { country: name });
        if (k < 0.9) return p({ order: id(r, 'O'), country_code: padded(r, code) }, { country: name });
        return unsettled({ order: id(r, 'O'), country_code: pick(r, ['BE', 'AT', 'SE']) }, { country: null });
      },
      8401,
      { lookups: countries },
    ),
  );

  const statuses = {
    status: { '1': 'Received', '2': 'Packed', '3': 'Shipped', '4': 'Delivered', '9': 'Cancelled' },
  };
  tasks.push(
    task(
      'status-code-label',
      'lookups',
      'Order status labels from the warehouse status codes, with the table the user gives.',
      [
        p({ order: 'W-2201', status_code: 1 }, { status: 'Received' }),
        p({ order: 'W-2202', status_code: 3 }, { status: 'Shipped' }),
        p({ order: 'W-2203', status_code: 4 }, { status: 'Delivered' }),
      ],
      (r) => {
        const [code, label] = pick(r, Object.entries(statuses.status));
        const k = r();
        if (k < 0.8) return p({ order: id(r, 'W'), status_code: Number(code) }, { status: label });
        if (k < 0.9) return p({ order: id(r, 'W'), status_code: code }, { status: label });
        return unsettled({ order: id(r, 'W'), status_code: pick(r, [5, 7, 0]) }, { status: null });
      },
      8402,
      { lookups: statuses },
    ),
  );

  const units = { unit: { kg: 'kilogram', g: 'gram', l: 'litre', ml: 'millilitre', pc: 'piece' } };
  tasks.push(
    task(
      'qty-unit-label',
      'lookups',
      'Quantity labels "3 kilogram" from a number and a unit code looked up in the user\'s table.',
      [
        p({ qty: 3, unit: 'kg' }, { label: '3 kilogram' }),
        p({ qty: 250, unit: 'g' }, { label: '250 gram' }),
        p({ qty: 2, unit: 'l' }, { label: '2 litre' }),
      ],
      (r) => {
        const [u, name] = pick(r, Object.entries(units.unit));
        const q = int(r, 1, 500);
        const k = r();
        if (k < 0.8) return p({ qty: q, unit: u }, { label: `${q} ${name}` });
        if (k < 0.9) return p({ qty: q, unit: u.toUpperCase() }, { label: `${q} ${name}` });
        return unsettled({ qty: q, unit: pick(r, ['oz', 'lb', 'box']) }, { label: null });
      },
      8403,
      { lookups: units },
    ),
  );
}

// =============================================================== arithmetic and conditions
{
  tasks.push(
    task(
      'line-total',
      'arithmetic',
      'Order line totals: quantity times unit price, to the cent.',
      [
        p({ sku: 'A-1', qty: 3, unit_price: 4.5 }, { total: 13.5 }),
        p({ sku: 'B-7', qty: 12, unit_price: 0.99 }, { total: 11.88 }),
        p({ sku: 'C-2', qty: 1, unit_price: 249 }, { total: 249 }),
      ],
      (r) => {
        const q = int(r, 1, 60);
        const price = int(r, 5, 50000) / 100;
        const sku = `${pick(r, ['A', 'B', 'C', 'D'])}-${int(r, 1, 99)}`;
        const out = { total: round(q * price, 2) };
        const k = r();
        if (k < 0.85) return p({ sku, qty: q, unit_price: price }, out);
        if (k < 0.93) return p({ sku, qty: String(q), unit_price: price }, out);
        return unsettled({ sku, qty: null, unit_price: price }, { total: null });
      },
      8501,
    ),
  );

  tasks.push(
    task(
      'age-at-date',
      'arithmetic',
      'Age in whole years on the survey date, from the birth year (the survey takes the year only).',
      [
        p({ birth_year: 1980, surveyed: '2024-05-01' }, { age: 44 }),
        p({ birth_year: 1995, surveyed: '2023-09-12' }, { age: 28 }),
        p({ birth_year: 2001, surveyed: '2024-01-20' }, { age: 23 }),
      ],
      (r) => {
        const by = int(r, 1940, 2008);
        const sy = int(r, 2019, 2026);
        const s = `${sy}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`;
        const k = r();
        if (k < 0.85) return p({ birth_year: by, surveyed: s }, { age: sy - by });
        if (k < 0.93) return p({ birth_year: String(by), surveyed: s }, { age: sy - by });
        return unsettled({ birth_year: null, surveyed: s }, { age: null });
      },
      8502,
    ),
  );

  tasks.push(
    task(
      'gross-from-net-vat',
      'arithmetic',
      'Gross prices from the net price and the VAT rate in percent, to the cent.',
      [
        p({ net: 100, vat_pct: 19 }, { gross: 119 }),
        p({ net: 40, vat_pct: 7 }, { gross: 42.8 }),
        p({ net: 12.5, vat_pct: 20 }, { gross: 15 }),
        p({ net: 80, vat_pct: 21 }, { gross: 96.8 }),
      ],
      (r) => {
        const net = int(r, 100, 99999) / 100;
        const vat = pick(r, [0, 5, 7, 10, 19, 20, 21, 25]);
        const out = { gross: round(net * (1 + vat / 100), 2) };
        return r() < 0.9 ? p({ net, vat_pct: vat }, out) : p({ net, vat_pct: `${vat}%` }, out);
      },
      8503,
    ),
  );

  tasks.push(
    task(
      'duration-minutes',
      'arithmetic',
      'Total minutes from hours and minutes columns of a timesheet.',
      [
        p({ hours: 1, minutes: 30 }, { total_minutes: 90 }),
        p({ hours: 7, minutes: 45 }, { total_minutes: 465 }),
        p({ hours: 0, minutes: 20 }, { total_minutes: 20 }),
      ],
      (r) => {
        const h = int(r, 0, 12);
        const m = int(r, 0, 59);
        const k = r();
        if (k < 0.85) return p({ hours: h, minutes: m }, { total_minutes: h * 60 + m });
        if (k < 0.93) return p({ hours: h, minutes: null }, { total_minutes: h * 60 });
        return p({ hours: String(h), minutes: String(m) }, { total_minutes: h * 60 + m });
      },
      8504,
    ),
  );

  tasks.push(
    task(
      'tier-by-amount',
      'conditions',
      'Customer tier from the yearly spend: gold from 1000, silver from 250, bronze below.',
      [
        p({ customer: 'C-1', spend: 1840 }, { tier: 'gold' }),
        p({ customer: 'C-2', spend: 999 }, { tier: 'silver' }),
        p({ customer: 'C-3', spend: 249 }, { tier: 'bronze' }),
        p({ customer: 'C-4', spend: 1000 }, { tier: 'gold' }),
        p({ customer: 'C-5', spend: 250 }, { tier: 'silver' }),
      ],
      (r) => {
        const s = pick(r, [int(r, 0, 249), int(r, 250, 999), int(r, 1000, 20000)]);
        const tier = s >= 1000 ? 'gold' : s >= 250 ? 'silver' : 'bronze';
        const c = id(r, 'C');
        // Whole amounts: the examples pin both boundaries (249/250 and 999/1000), so every record is settled.
        if (r() < 0.9) return p({ customer: c, spend: s }, { tier });
        return p({ customer: c, spend: `${s}.00` }, { tier });
      },
      8505,
    ),
  );

  tasks.push(
    task(
      'stock-status',
      'conditions',
      'Stock status for the shop: "in stock" when some are left, else "sold out".',
      [
        p({ sku: 'T-100', on_hand: 12 }, { status: 'in stock' }),
        p({ sku: 'T-101', on_hand: 0 }, { status: 'sold out' }),
        p({ sku: 'T-102', on_hand: 3 }, { status: 'in stock' }),
      ],
      (r) => {
        const n = pick(r, [0, 0, int(r, 1, 5), int(r, 6, 500)]);
        const sku = `T-${int(r, 100, 999)}`;
        const status = n > 0 ? 'in stock' : 'sold out';
        const k = r();
        if (k < 0.85) return p({ sku, on_hand: n }, { status });
        if (k < 0.92) return unsettled({ sku, on_hand: -int(r, 1, 5) }, { status: 'sold out' });
        return unsettled({ sku, on_hand: null }, { status: null });
      },
      8506,
    ),
  );

  tasks.push(
    task(
      'shipping-band',
      'conditions',
      'Shipping band from parcel weight in kg: "small" up to 2, "medium" up to 10, else "large".',
      [
        p({ parcel: 'X1', kg: 0.8 }, { band: 'small' }),
        p({ parcel: 'X2', kg: 2 }, { band: 'small' }),
        p({ parcel: 'X3', kg: 2.1 }, { band: 'medium' }),
        p({ parcel: 'X4', kg: 10 }, { band: 'medium' }),
        p({ parcel: 'X5', kg: 10.5 }, { band: 'large' }),
      ],
      (r) => {
        const kg = round(pick(r, [int(r, 1, 20) / 10, int(r, 21, 100) / 10, int(r, 101, 400) / 10]), 1);
        const band = kg <= 2 ? 'small' : kg <= 10 ? 'medium' : 'large';
        const parcel = `X${int(r, 10, 9999)}`;
        // One decimal: the examples pin 2 / 2.1, but between 10 and 10.5 the boundary is open.
        if (kg > 10 && kg < 10.5) return unsettled({ parcel, kg }, { band });
        return p({ parcel, kg }, { band });
      },
      8507,
    ),
  );
}

// =============================================================== structure
{
  tasks.push(
    task(
      'address-nest',
      'nesting',
      'Flat customer rows to a record with a nested address object.',
      [
        p(
          { name: 'Anna Brown', street: '12 High St', city: 'Leeds', postcode: 'LS1 4AP' },
          { name: 'Anna Brown', address: { street: '12 High St', city: 'Leeds', postcode: 'LS1 4AP' } },
        ),
        p(
          { name: 'Ben Weber', street: '3 Mill Lane', city: 'York', postcode: 'YO1 7HH' },
          { name: 'Ben Weber', address: { street: '3 Mill Lane', city: 'York', postcode: 'YO1 7HH' } },
        ),
        p(
          { name: 'Grace Okafor', street: '88 Park Rd', city: 'Bath', postcode: 'BA1 2QT' },
          { name: 'Grace Okafor', address: { street: '88 Park Rd', city: 'Bath', postcode: 'BA1 2QT' } },
        ),
      ],
      (r) => {
        const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
        const street = `${int(r, 1, 200)} ${pick(r, ['High St', 'Mill Lane', 'Park Rd', 'Church Way', 'Station Rd'])}`;
        const city = pick(r, ['Leeds', 'York', 'Bath', 'Hull', 'Derby']);
        const postcode = `${pick(r, ['LS', 'YO', 'BA', 'HU', 'DE'])}${int(r, 1, 20)} ${int(r, 1, 9)}${pick(r, ['AP', 'HH', 'QT', 'XZ'])}`;
        const pc = r() < 0.12 ? '' : postcode;
        return p(
          { name, street, city, postcode: pc },
          { name, address: { street, city, postcode: pc === '' ? null : pc } },
        );
      },
      8601,
    ),
  );

  tasks.push(
    task(
      'customer-flatten',
      'nesting',
      'Nested CRM records to flat rows for a spreadsheet.',
      [
        p(
          { customer: { name: { first: 'Emma', last: 'Costa' }, contact: { email: 'emma@costa.example' } } },
          { first_name: 'Emma', last_name: 'Costa', email: 'emma@costa.example' },
        ),
        p(
          { customer: { name: { first: 'Hiroshi', last: 'Ito' }, contact: { email: 'h.ito@mail.example' } } },
          { first_name: 'Hiroshi', last_name: 'Ito', email: 'h.ito@mail.example' },
        ),
        p(
          { customer: { name: { first: 'Nils', last: 'Novak' }, contact: { email: 'nils@novak.example' } } },
          { first_name: 'Nils', last_name: 'Novak', email: 'nils@novak.example' },
        ),
      ],
      (r) => {
        const f = pick(r, FIRST);
        const l = pick(r, LAST);
        const email = `${f[0]!.toLowerCase()}${int(r, 1, 99)}@${pick(r, ['mail', 'post'])}.example`;
        const k = r();
        if (k < 0.8)
          return p(
            { customer: { name: { first: f, last: l }, contact: { email } } },
            { first_name: f, last_name: l, email },
          );
        if (k < 0.9)
          return p(
            { customer: { name: { first: f, last: l }, contact: {} } },
            {
              first_name: f,
              last_name: l,
              email: null,
            },
          );
        return p(
          { customer: { name: { first: f, last: l }, contact: { email: null } } },
          { first_name: f, last_name: l, email: null },
        );
      },
      8602,
    ),
  );

  tasks.push(
    task(
      'contact-card',
      'nesting',
      'Flat sign-up rows to a contact card: a full name and the e-mail under "contact".',
      [
        p(
          { first: 'Sofia', last: 'Rossi', email: 'sofia@rossi.example' },
          { contact: { name: 'Sofia Rossi', email: 'sofia@rossi.example' } },
        ),
        p(
          { first: 'Farid', last: 'Haddad', email: 'farid.h@mail.example' },
          { contact: { name: 'Farid Haddad', email: 'farid.h@mail.example' } },
        ),
        p(
          { first: 'Yuki', last: 'Tanaka', email: 'yuki.t@post.example' },
          { contact: { name: 'Yuki Tanaka', email: 'yuki.t@post.example' } },
        ),
      ],
      (r) => {
        const f = pick(r, FIRST);
        const l = pick(r, LAST);
        const email = `${f
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z]/g, '')}.${int(r, 1, 99)}@mail.example`;
        const k = r();
        if (k < 0.8) return p({ first: f, last: l, email }, { contact: { name: `${f} ${l}`, email } });
        if (k < 0.9)
          return p({ first: padded(r, f), last: l, email }, { contact: { name: `${f} ${l}`, email } });
        return unsettled({ first: '', last: l, email }, { contact: { name: l, email } });
      },
      8603,
    ),
  );

  tasks.push(
    task(
      'tags-split',
      'arrays',
      'Tags typed in one cell, separated by semicolons, to a list.',
      [
        p({ post: 17, tags: 'garden;spring;tools' }, { tags: ['garden', 'spring', 'tools'] }),
        p({ post: 18, tags: 'recipes;soup' }, { tags: ['recipes', 'soup'] }),
        p({ post: 19, tags: 'travel' }, { tags: ['travel'] }),
      ],
      (r) => {
        const pool = [
          'garden',
          'spring',
          'tools',
          'recipes',
          'soup',
          'travel',
          'budget',
          'diy',
          'kids',
          'winter',
        ];
        const n = int(r, 1, 5);
        const ts = Array.from({ length: n }, () => pick(r, pool));
        const post = int(r, 20, 9999);
        const k = r();
        if (k < 0.7) return p({ post, tags: ts.join(';') }, { tags: ts });
        if (k < 0.85) return p({ post, tags: ts.join('; ') }, { tags: ts });
        if (k < 0.93) return p({ post, tags: '' }, { tags: [] });
        return p({ post, tags: `${ts.join(';')};` }, { tags: ts });
      },
      8604,
    ),
  );

  tasks.push(
    task(
      'phones-array',
      'arrays',
      'Two phone columns to one list of the numbers given (an empty column adds nothing).',
      [
        p({ phone_1: '555-0101', phone_2: '555-0199' }, { phones: ['555-0101', '555-0199'] }),
        p({ phone_1: '555-0142', phone_2: '' }, { phones: ['555-0142'] }),
        p({ phone_1: '555-0177', phone_2: '555-0108' }, { phones: ['555-0177', '555-0108'] }),
      ],
      (r) => {
        const a = `555-0${int(r, 100, 199)}`;
        const b = `555-0${int(r, 100, 199)}`;
        const k = r();
        if (k < 0.5) return p({ phone_1: a, phone_2: b }, { phones: [a, b] });
        if (k < 0.75) return p({ phone_1: a, phone_2: '' }, { phones: [a] });
        if (k < 0.87) return p({ phone_1: '', phone_2: b }, { phones: [b] });
        return p({ phone_1: '', phone_2: '' }, { phones: [] });
      },
      8605,
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function composeTasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(composeDir, { recursive: true });
  for (const t of tasks) writeFileSync(join(composeDir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${composeDir}`);
}
