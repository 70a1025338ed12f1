/**
 * Writes the "everyday" tuning tasks (bench/synth/tasks/everyday): the kinds of data issue 11 §4
 * names (logs in several formats, addresses of several countries, prices with currencies,
 * durations, units, identifiers, free-text dates, product codes), written before the synthesizer
 * was taught them and used to tune it. They are NOT the frozen held-out set (bench/synth/frozen),
 * which was written by someone else and is never read while tuning.
 *
 * Deterministic (seeded): `node bench/synth/everyday-gen.ts` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { int, pad, pick, rng, round, type Pair, type R } from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, 'tasks', 'everyday');

type Maker = (r: R, i: number) => Pair;

/** A task from hand-written training examples and generated test records. */
function task(
  name: string,
  category: string,
  description: string,
  train: Pair[],
  make: Maker,
  seed: number,
  count = 30,
  extra: Partial<BenchTask> = {},
): BenchTask {
  const r = rng(seed);
  const seen = new Set(train.map((p) => JSON.stringify(p.input)));
  const test: Pair[] = [];
  for (let i = 0; test.length < count && i < count * 20; i++) {
    const pair = make(r, i);
    const key = JSON.stringify(pair.input);
    if (seen.has(key)) continue;
    seen.add(key);
    test.push(pair);
  }
  return { name, category, description, ...extra, train, test };
}

const LEVELS = ['INFO', 'WARN', 'ERROR', 'DEBUG'] as const;
const MESSAGES = [
  'disk usage at 91%',
  'user alice logged in',
  'connection reset by peer',
  'cache miss for key user:42',
  'retrying job 7 (attempt 2)',
  'payment declined: insufficient funds',
  'GET /api/v1/items took 512ms',
  'shutting down',
  'config reloaded from /etc/app.yaml',
  'queue depth 1,204',
];
function stamp(r: () => number): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  return {
    y: int(r, 2019, 2025),
    mo: int(r, 1, 12),
    d: int(r, 1, 28),
    h: int(r, 0, 23),
    mi: int(r, 0, 59),
    s: int(r, 0, 59),
  };
}
const iso = (t: ReturnType<typeof stamp>) =>
  `${t.y}-${pad(t.mo)}-${pad(t.d)}T${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}Z`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
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

const tasks: BenchTask[] = [];

// ---- logs ----
{
  const spaceLog = (t: ReturnType<typeof stamp>, level: string, msg: string) =>
    `${t.y}-${pad(t.mo)}-${pad(t.d)} ${pad(t.h)}:${pad(t.mi)}:${pad(t.s)} [${level}] ${msg}`;
  const isoLog = (t: ReturnType<typeof stamp>, level: string, msg: string) => `${level} ${iso(t)} ${msg}`;
  const make =
    (both: boolean): Maker =>
    (r) => {
      const t = stamp(r);
      const level = pick(r, LEVELS);
      const msg = pick(r, MESSAGES);
      const line = both && r() < 0.5 ? isoLog(t, level, msg) : spaceLog(t, level, msg);
      return { input: { line }, output: { level, time: iso(t), message: msg } };
    };
  const ex = (t: ReturnType<typeof stamp>, level: string, msg: string, f: typeof spaceLog) => ({
    input: { line: f(t, level, msg) },
    output: { level, time: iso(t), message: msg },
  });
  tasks.push(
    task(
      'log-bracket-level',
      'logs',
      'Bracketed-level log lines to level, ISO time and message.',
      [
        ex({ y: 2024, mo: 3, d: 5, h: 9, mi: 1, s: 2 }, 'WARN', 'disk low', spaceLog),
        ex({ y: 2023, mo: 11, d: 20, h: 23, mi: 59, s: 0 }, 'ERROR', 'db timeout after 30s', spaceLog),
        ex({ y: 2025, mo: 1, d: 2, h: 12, mi: 0, s: 30 }, 'INFO', 'started worker 3', spaceLog),
      ],
      make(false),
      11,
    ),
    task(
      'log-two-formats',
      'logs',
      'Two log-line formats (bracketed level after a space date; level first then ISO time) to level, ISO time and message.',
      [
        ex({ y: 2024, mo: 3, d: 5, h: 9, mi: 1, s: 2 }, 'WARN', 'disk low', spaceLog),
        ex({ y: 2023, mo: 11, d: 20, h: 23, mi: 59, s: 0 }, 'ERROR', 'db timeout after 30s', isoLog),
        ex({ y: 2025, mo: 1, d: 2, h: 12, mi: 0, s: 30 }, 'INFO', 'started worker 3', isoLog),
        ex({ y: 2022, mo: 7, d: 14, h: 6, mi: 45, s: 9 }, 'DEBUG', 'cache warm', spaceLog),
      ],
      make(true),
      12,
    ),
  );
  const METHODS = ['GET', 'POST', 'PUT', 'DELETE'];
  const PATHS = ['/index.html', '/api/items/42', '/login', '/static/app.js', '/search?q=red+shoes', '/'];
  const access = (
    ip: string,
    t: ReturnType<typeof stamp>,
    m: string,
    p: string,
    status: number,
    size: number,
  ) =>
    `${ip} - - [${pad(t.d)}/${MONTHS[t.mo - 1]}/${t.y}:${pad(t.h)}:${pad(t.mi)}:${pad(t.s)} +0000] "${m} ${p} HTTP/1.1" ${status} ${size}`;
  const acc = (
    ip: string,
    t: ReturnType<typeof stamp>,
    m: string,
    p: string,
    status: number,
    size: number,
  ) => ({
    input: { line: access(ip, t, m, p, status, size) },
    output: { ip, method: m, path: p, status },
  });
  tasks.push(
    task(
      'log-access-line',
      'logs',
      'Web server access-log lines to ip, method, path and numeric status.',
      [
        acc('127.0.0.1', { y: 2023, mo: 10, d: 10, h: 13, mi: 55, s: 36 }, 'GET', '/index.html', 200, 2326),
        acc('10.1.22.7', { y: 2024, mo: 2, d: 1, h: 0, mi: 3, s: 9 }, 'POST', '/api/items/42', 404, 0),
        acc('192.168.0.15', { y: 2022, mo: 6, d: 30, h: 21, mi: 10, s: 0 }, 'DELETE', '/login', 500, 17),
      ],
      (r) => {
        const ip = `${int(r, 1, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
        const m = pick(r, METHODS);
        const p = pick(r, PATHS);
        const status = pick(r, [200, 201, 301, 304, 400, 403, 404, 500, 503]);
        return acc(ip, stamp(r), m, p, status, int(r, 0, 90000));
      },
      13,
    ),
  );
  const kv = (level: string, t: ReturnType<typeof stamp>, msg: string) =>
    `ts=${iso(t)} level=${level.toLowerCase()} msg="${msg}"`;
  tasks.push(
    task(
      'log-key-value',
      'logs',
      'logfmt lines to upper-case level and message.',
      [
        {
          input: { line: kv('ERROR', { y: 2024, mo: 1, d: 2, h: 3, mi: 4, s: 5 }, 'db timeout') },
          output: { level: 'ERROR', message: 'db timeout' },
        },
        {
          input: { line: kv('INFO', { y: 2023, mo: 5, d: 6, h: 7, mi: 8, s: 9 }, 'user bob logged in') },
          output: { level: 'INFO', message: 'user bob logged in' },
        },
        {
          input: { line: kv('WARN', { y: 2025, mo: 8, d: 9, h: 10, mi: 11, s: 12 }, 'slow query (2.3s)') },
          output: { level: 'WARN', message: 'slow query (2.3s)' },
        },
      ],
      (r) => {
        const level = pick(r, LEVELS);
        const msg = pick(r, MESSAGES);
        return { input: { line: kv(level, stamp(r), msg) }, output: { level, message: msg } };
      },
      14,
    ),
  );
}

// ---- addresses ----
{
  const STREETS = [
    'Main St',
    'Oak Avenue',
    'Elm Street',
    'Martin Luther King Jr Blvd',
    '5th Ave',
    'Old Mill Rd',
  ];
  const US_CITIES: [string, string, string][] = [
    ['Wilkes-Barre', 'PA', '18701'],
    ['Austin', 'TX', '73301'],
    ['San Francisco', 'CA', '94103'],
    ['Salt Lake City', 'UT', '84101'],
    ['Winston-Salem', 'NC', '27101'],
    ['Boise', 'ID', '83702'],
    ['St. Louis', 'MO', '63101'],
    ['New York', 'NY', '10001'],
  ];
  const us = (n: number, street: string, [city, state, zip]: [string, string, string]) => ({
    input: { address: `${n} ${street}, ${city}, ${state} ${zip}` },
    output: { street: `${n} ${street}`, city, state, zip },
  });
  tasks.push(
    task(
      'address-us',
      'addresses',
      'US one-line addresses to street, city, state and zip.',
      [
        us(12, 'Main St', ['Springfield', 'IL', '62701']),
        us(400, 'Oak Avenue', ['Fort Worth', 'TX', '76102']),
        us(7, 'Elm Street', ['Reno', 'NV', '89501']),
      ],
      (r) => us(int(r, 1, 9999), pick(r, STREETS), pick(r, US_CITIES)),
      21,
    ),
  );
  const UK: [string, string][] = [
    ['London', 'SW1A 2AA'],
    ['Manchester', 'M1 1AE'],
    ['Leeds', 'LS1 4DY'],
    ['Bristol', 'BS1 5TR'],
    ['Newcastle upon Tyne', 'NE1 7RU'],
    ['Stoke-on-Trent', 'ST4 2RU'],
  ];
  const UK_STREETS = ['Downing Street', 'High Street', 'Church Lane', 'Victoria Road', 'Station Rd'];
  const uk = (n: number, street: string, [city, postcode]: [string, string]) => ({
    input: { address: `${n} ${street}, ${city} ${postcode}` },
    output: { street: `${n} ${street}`, city, postcode },
  });
  tasks.push(
    task(
      'address-uk',
      'addresses',
      'UK addresses (postcode after the town) to street, city and postcode.',
      [
        uk(10, 'Downing Street', ['London', 'SW1A 2AA']),
        uk(3, 'High Street', ['Oxford', 'OX1 4AP']),
        uk(221, 'Baker Street', ['London', 'NW1 6XE']),
      ],
      (r) => uk(int(r, 1, 300), pick(r, UK_STREETS), pick(r, UK)),
      22,
    ),
  );
  const DE: [string, string][] = [
    ['10115', 'Berlin'],
    ['80331', 'München'],
    ['50667', 'Köln'],
    ['60311', 'Frankfurt am Main'],
    ['01067', 'Dresden'],
    ['20095', 'Hamburg'],
  ];
  const DE_STREETS = ['Hauptstraße', 'Bahnhofstr.', 'Schillerweg', 'Am Markt', 'Lindenallee'];
  const de = (street: string, n: number, [zip, city]: [string, string]) => ({
    input: { address: `${street} ${n}, ${zip} ${city}` },
    output: { street: `${street} ${n}`, zip, city },
  });
  tasks.push(
    task(
      'address-de',
      'addresses',
      'German addresses (number after the street, postcode before the town) to street, zip and city.',
      [
        de('Hauptstraße', 5, ['10115', 'Berlin']),
        de('Goethestr.', 12, ['04109', 'Leipzig']),
        de('Am Ring', 101, ['53111', 'Bonn']),
      ],
      (r) => de(pick(r, DE_STREETS), int(r, 1, 250), pick(r, DE)),
      23,
    ),
  );
  const FR: [string, string][] = [
    ['75002', 'Paris'],
    ['69001', 'Lyon'],
    ['13001', 'Marseille'],
    ['33000', 'Bordeaux'],
    ['44000', 'Nantes'],
    ['63000', 'Clermont-Ferrand'],
  ];
  const FR_STREETS = [
    'rue de la Paix',
    'avenue Jean Jaurès',
    'boulevard Voltaire',
    "place de l'Église",
    'rue Victor Hugo',
  ];
  const fr = (n: number, street: string, [zip, city]: [string, string]) => ({
    input: { address: `${n} ${street}, ${zip} ${city}` },
    output: { street: `${n} ${street}`, zip, city },
  });
  tasks.push(
    task(
      'address-fr',
      'addresses',
      'French addresses to street, zip and city.',
      [
        fr(12, 'rue de la Paix', ['75002', 'Paris']),
        fr(3, 'avenue Foch', ['06000', 'Nice']),
        fr(48, 'quai des Chartrons', ['33000', 'Bordeaux']),
      ],
      (r) => fr(int(r, 1, 150), pick(r, FR_STREETS), pick(r, FR)),
      24,
    ),
  );
}

// ---- prices ----
{
  const group = (n: number, sep: string) => {
    const s = String(Math.floor(n));
    return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  };
  const us = (amount: number) => `${group(amount, ',')}.${pad(Math.round((amount % 1) * 100))}`;
  const eu = (amount: number) => `${group(amount, '.')},${pad(Math.round((amount % 1) * 100))}`;
  const amountOf = (r: () => number) =>
    round(int(r, 0, 250000) / 100 + (r() < 0.2 ? int(r, 1000, 9000) : 0), 2);
  const styles: ((a: number) => { text: string; currency: string })[] = [
    (a) => ({ text: `$${us(a)}`, currency: 'USD' }),
    (a) => ({ text: `${eu(a)} €`, currency: 'EUR' }),
    (a) => ({ text: `£${us(a)}`, currency: 'GBP' }),
    (a) => ({ text: `USD ${us(a)}`, currency: 'USD' }),
    (a) => ({ text: `EUR ${eu(a)}`, currency: 'EUR' }),
    (a) => ({ text: `${us(a)} GBP`, currency: 'GBP' }),
  ];
  const lookups = { currency: { $: 'USD', '€': 'EUR', '£': 'GBP', USD: 'USD', EUR: 'EUR', GBP: 'GBP' } };
  tasks.push(
    task(
      'price-symbol-or-code',
      'prices',
      'Prices with a currency symbol or ISO code, US or European digit grouping, to amount and ISO currency (symbol table given).',
      [
        { input: { price: '$1,299.00' }, output: { amount: 1299, currency: 'USD' } },
        { input: { price: '1.299,00 €' }, output: { amount: 1299, currency: 'EUR' } },
        { input: { price: 'USD 12.00' }, output: { amount: 12, currency: 'USD' } },
        { input: { price: '£4.50' }, output: { amount: 4.5, currency: 'GBP' } },
      ],
      (r) => {
        const a = amountOf(r);
        const s = pick(r, styles)(a);
        return { input: { price: s.text }, output: { amount: a, currency: s.currency } };
      },
      31,
      30,
      { lookups },
    ),
    task(
      'price-us-amount',
      'prices',
      'US-style dollar prices to a number.',
      [
        { input: { price: '$1,299.00' }, output: { amount: 1299 } },
        { input: { price: '$12.50' }, output: { amount: 12.5 } },
        { input: { price: '$0.99' }, output: { amount: 0.99 } },
      ],
      (r) => {
        const a = amountOf(r);
        return { input: { price: `$${us(a)}` }, output: { amount: a } };
      },
      32,
    ),
    task(
      'price-eu-amount',
      'prices',
      'European-style euro prices to a number.',
      [
        { input: { price: '1.299,00 €' }, output: { amount: 1299 } },
        { input: { price: '12,50 €' }, output: { amount: 12.5 } },
        { input: { price: '0,99 €' }, output: { amount: 0.99 } },
      ],
      (r) => {
        const a = amountOf(r);
        return { input: { price: `${eu(a)} €` }, output: { amount: a } };
      },
      33,
    ),
  );
}

// ---- durations ----
{
  const forms: ((m: number) => string | null)[] = [
    (m) => (m % 60 === 0 ? `${m / 60}h` : m > 60 ? `${Math.floor(m / 60)}h ${m % 60}m` : `${m}m`),
    (m) => `${m} min`,
    (m) => `${Math.floor(m / 60)}:${pad(m % 60)}`,
    (m) => (m >= 60 ? `${Math.floor(m / 60)} hr ${m % 60} min` : null),
  ];
  tasks.push(
    task(
      'duration-to-minutes',
      'durations',
      'Durations written as "1h 30m", "90 min", "1:30" or "2 hr 5 min", to minutes.',
      [
        { input: { took: '1h 30m' }, output: { minutes: 90 } },
        { input: { took: '45 min' }, output: { minutes: 45 } },
        { input: { took: '2:15' }, output: { minutes: 135 } },
        { input: { took: '3 hr 5 min' }, output: { minutes: 185 } },
      ],
      (r) => {
        const m = int(r, 1, 600);
        const text = pick(r, forms)(m) ?? `${m} min`;
        return { input: { took: text }, output: { minutes: m } };
      },
      41,
    ),
    task(
      'duration-hms-to-seconds',
      'durations',
      'Clock durations h:mm:ss to seconds.',
      [
        { input: { elapsed: '1:02:03' }, output: { seconds: 3723 } },
        { input: { elapsed: '0:00:45' }, output: { seconds: 45 } },
        { input: { elapsed: '12:30:00' }, output: { seconds: 45000 } },
      ],
      (r) => {
        const h = int(r, 0, 30);
        const m = int(r, 0, 59);
        const s = int(r, 0, 59);
        return { input: { elapsed: `${h}:${pad(m)}:${pad(s)}` }, output: { seconds: h * 3600 + m * 60 + s } };
      },
      42,
    ),
  );
}

// ---- units ----
{
  tasks.push(
    task(
      'temperature-to-celsius',
      'units',
      'Temperatures in °C or °F to Celsius, one decimal.',
      [
        { input: { temp: '20 °C' }, output: { celsius: 20 } },
        { input: { temp: '68 °F' }, output: { celsius: 20 } },
        { input: { temp: '212 °F' }, output: { celsius: 100 } },
        { input: { temp: '-5.5 °C' }, output: { celsius: -5.5 } },
      ],
      (r) => {
        const f = r() < 0.5;
        const v = round(int(r, -400, 1100) / 10, 1);
        return {
          input: { temp: `${v} °${f ? 'F' : 'C'}` },
          output: { celsius: f ? round(((v - 32) * 5) / 9, 1) : v },
        };
      },
      51,
    ),
    task(
      'distance-to-km',
      'units',
      'Distances in km or mi to kilometres, one decimal.',
      [
        { input: { distance: '5 km' }, output: { km: 5 } },
        { input: { distance: '10 mi' }, output: { km: 16.1 } },
        { input: { distance: '42.2 km' }, output: { km: 42.2 } },
        { input: { distance: '3 mi' }, output: { km: 4.8 } },
      ],
      (r) => {
        const mi = r() < 0.5;
        const v = round(int(r, 1, 2000) / 10, 1);
        return {
          input: { distance: `${v} ${mi ? 'mi' : 'km'}` },
          output: { km: mi ? round(v * 1.609344, 1) : v },
        };
      },
      52,
    ),
    task(
      'weight-lb-to-kg',
      'units',
      'Weights in pounds to kilograms, two decimals.',
      [
        { input: { weight: '10 lb' }, output: { kg: 4.54 } },
        { input: { weight: '2.2 lb' }, output: { kg: 1 } },
        { input: { weight: '150 lb' }, output: { kg: 68.04 } },
      ],
      (r) => {
        const v = round(int(r, 1, 3000) / 10, 1);
        return { input: { weight: `${v} lb` }, output: { kg: round(v * 0.45359237, 2) } };
      },
      53,
    ),
  );
}

// ---- identifiers ----
{
  tasks.push(
    task(
      'order-number',
      'identifiers',
      'Zero-padded order ids to the number.',
      [
        { input: { id: 'ORD-000123' }, output: { order: 123 } },
        { input: { id: 'ORD-004560' }, output: { order: 4560 } },
        { input: { id: 'ORD-100001' }, output: { order: 100001 } },
      ],
      (r) => {
        const n = int(r, 1, 999999);
        return { input: { id: `ORD-${pad(n, 6)}` }, output: { order: n } };
      },
      61,
    ),
    task(
      'isbn-digits',
      'identifiers',
      'Hyphenated ISBN-13 to its 13 digits.',
      [
        { input: { isbn: '978-3-16-148410-0' }, output: { isbn13: '9783161484100' } },
        { input: { isbn: '978-0-306-40615-7' }, output: { isbn13: '9780306406157' } },
        { input: { isbn: '979-10-90636-07-1' }, output: { isbn13: '9791090636071' } },
      ],
      (r) => {
        const digits = Array.from({ length: 13 }, () => String(int(r, 0, 9))).join('');
        const cuts = pick(r, [
          [3, 1, 2, 6, 1],
          [3, 1, 3, 5, 1],
          [3, 2, 5, 2, 1],
          [3, 1, 4, 4, 1],
        ]);
        let at = 0;
        const parts = cuts.map((c) => digits.slice(at, (at += c)));
        return { input: { isbn: parts.join('-') }, output: { isbn13: digits } };
      },
      62,
    ),
    task(
      'user-handle',
      'identifiers',
      'Email address to lower-case handle and domain.',
      [
        {
          input: { email: 'Alice.Smith@Example.com' },
          output: { handle: 'alice.smith', domain: 'example.com' },
        },
        { input: { email: 'bob@mail.co.uk' }, output: { handle: 'bob', domain: 'mail.co.uk' } },
        { input: { email: 'J_Doe99@Corp.IO' }, output: { handle: 'j_doe99', domain: 'corp.io' } },
      ],
      (r) => {
        const h = pick(r, ['Carol', 'dave.k', 'Eve_W', 'frank77', 'G.Hopper', 'ivan-p']);
        const d = pick(r, ['Example.org', 'uni.edu', 'Shop.Co.Uk', 'startup.io', 'MAIL.com']);
        return {
          input: { email: `${h}@${d}` },
          output: { handle: h.toLowerCase(), domain: d.toLowerCase() },
        };
      },
      63,
    ),
  );
}

// ---- free-text dates ----
{
  const forms: ((y: number, m: number, d: number) => string)[] = [
    (y, m, d) => `${LONG_MONTHS[m - 1]} ${d}, ${y}`,
    (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
    (y, m, d) => `${y}/${pad(m)}/${pad(d)}`,
  ];
  tasks.push(
    task(
      'date-free-text',
      'free-dates',
      'Dates as "March 5, 2024", "5 Mar 2024" or "2024/03/05" to ISO.',
      [
        { input: { when: 'March 5, 2024' }, output: { date: '2024-03-05' } },
        { input: { when: '17 Nov 2023' }, output: { date: '2023-11-17' } },
        { input: { when: '2022/07/01' }, output: { date: '2022-07-01' } },
        { input: { when: 'December 25, 2021' }, output: { date: '2021-12-25' } },
      ],
      (r) => {
        const y = int(r, 1990, 2030);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        return { input: { when: pick(r, forms)(y, m, d) }, output: { date: `${y}-${pad(m)}-${pad(d)}` } };
      },
      71,
    ),
    task(
      'date-long-to-iso',
      'free-dates',
      'Dates like "Tuesday, 5 March 2024" to ISO.',
      [
        { input: { when: 'Tuesday, 5 March 2024' }, output: { date: '2024-03-05' } },
        { input: { when: 'Friday, 17 November 2023' }, output: { date: '2023-11-17' } },
        { input: { when: 'Saturday, 25 December 2021' }, output: { date: '2021-12-25' } },
      ],
      (r) => {
        const y = int(r, 1990, 2030);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const day = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', {
          weekday: 'long',
          timeZone: 'UTC',
        });
        return {
          input: { when: `${day}, ${d} ${LONG_MONTHS[m - 1]} ${y}` },
          output: { date: `${y}-${pad(m)}-${pad(d)}` },
        };
      },
      72,
    ),
  );
}

// ---- product codes ----
{
  tasks.push(
    task(
      'sku-parts',
      'product-codes',
      'SKUs "AB-1234-XL" to family, number and size.',
      [
        { input: { sku: 'AB-1234-XL' }, output: { family: 'AB', number: '1234', size: 'XL' } },
        { input: { sku: 'KT-0042-S' }, output: { family: 'KT', number: '0042', size: 'S' } },
        { input: { sku: 'ZZ-9001-M' }, output: { family: 'ZZ', number: '9001', size: 'M' } },
      ],
      (r) => {
        const fam = pick(r, ['AB', 'KT', 'QX', 'MN', 'RB', 'TT']);
        const n = pad(int(r, 0, 9999), 4);
        const size = pick(r, ['XS', 'S', 'M', 'L', 'XL', 'XXL']);
        return { input: { sku: `${fam}-${n}-${size}` }, output: { family: fam, number: n, size } };
      },
      81,
    ),
    task(
      'gtin-or-sku',
      'product-codes',
      'Product codes that are either a 13-digit GTIN or a vendor SKU, to kind and normalized code.',
      [
        { input: { code: '4006381333931' }, output: { kind: 'gtin', code: '4006381333931' } },
        { input: { code: 'ab-778-x' }, output: { kind: 'sku', code: 'AB-778-X' } },
        { input: { code: '0012345678905' }, output: { kind: 'gtin', code: '0012345678905' } },
        { input: { code: 'kt-12-m' }, output: { kind: 'sku', code: 'KT-12-M' } },
      ],
      (r) => {
        if (r() < 0.5) {
          const g = Array.from({ length: 13 }, () => String(int(r, 0, 9))).join('');
          return { input: { code: g }, output: { kind: 'gtin', code: g } };
        }
        const s = `${pick(r, ['ab', 'kt', 'qx', 'mn'])}-${int(r, 1, 999)}-${pick(r, ['x', 'm', 's', 'l'])}`;
        return { input: { code: s }, output: { kind: 'sku', code: s.toUpperCase() } };
      },
      82,
    ),
  );
}

mkdirSync(outDir, { recursive: true });
for (const t of tasks) writeFileSync(join(outDir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
console.log(`wrote ${tasks.length} tasks to ${outDir}`);
