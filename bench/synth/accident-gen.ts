/**
 * Writes the "accident" set of tuning tasks (bench/synth/tasks/accident, every name starts with
 * "a12-"), written before tuning (wip12/accident, 2026-12-07) to measure PROGRAMS THAT FIT THE
 * EXAMPLES BY ACCIDENT (issue 11): each task's 2–4 examples are ordinary data that happen to admit
 * a coincidental program besides the real rule: the wanted number also equals arithmetic over
 * another feature; the wanted token is also the last / first token; every example shares one
 * currency, country, unit, rate or year, so a constant fits; the examples are all lower case; they
 * are all in one order; a lookup's values coincide with a substring of the key. The held-back
 * records break the coincidence the way real data does, and some show formats the examples never
 * do. Six control tasks (`control` in the description) are ones where the simple program IS the
 * rule, so a gate that refuses everything shows as lost recall there.
 *
 * Labels come from the true value each maker draws first (the real-world rule), never from the
 * text as written, so the generator is the reference solution.
 *
 * Deterministic (seeded): `node bench/synth/accident-gen.ts && npx prettier --write
 * bench/synth/tasks/accident` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cap,
  digits,
  int,
  pick,
  round,
  taskBuilder,
  WEEKDAY_NAMES,
  MONTH_NAMES,
  pair as p,
} from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const accidentDir = join(here, 'tasks', 'accident');
/** Held-back test records per task. */
export const TEST_RECORDS = 30;

const task = taskBuilder('a12-', TEST_RECORDS);
const tasks: BenchTask[] = [];
const FIRST = [
  'Maria',
  'John',
  'Aisha',
  'Kenji',
  'Lars',
  'Sofia',
  'Pedro',
  'Emma',
  'Omar',
  'Chloe',
  'Ivan',
  'Nora',
];
const LAST = [
  'Garcia',
  'Smith',
  'Khan',
  'Tanaka',
  'Nielsen',
  'Rossi',
  'Silva',
  'Brown',
  'Haddad',
  'Martin',
  'Petrov',
  'Berg',
];
const time = (r: () => number): string =>
  `${String(int(r, 0, 23)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}`;

// ---- a number that also equals arithmetic over another feature --------------------------------

// An auth log: in the examples the user id is the last number on the line.
tasks.push(
  task(
    'user-id-log',
    'strings',
    'Auth log lines to the user id (the number after "user"); in the examples it ends the line, in the file a source address, an attempt count or a session number often follows or precedes it.',
    [
      p({ line: '2026-03-01 09:14:02 INFO login ok user 4821' }, { user_id: '4821' }),
      p({ line: '2026-03-01 09:20:45 INFO logout user 377' }, { user_id: '377' }),
      p({ line: '2026-03-02 11:02:13 WARN password reset user 90215' }, { user_id: '90215' }),
    ],
    (r) => {
      const id = String(int(r, 10, 99999));
      const head = `2026-03-${String(int(r, 1, 28)).padStart(2, '0')} ${time(r)}`;
      const k = r();
      const line =
        k < 0.35
          ? `${head} INFO ${pick(r, ['login ok', 'logout', 'password reset'])} user ${id}`
          : k < 0.55
            ? `${head} WARN login failed user ${id} attempt ${int(r, 2, 5)}`
            : k < 0.8
              ? `${head} INFO login ok user ${id} from 10.0.${int(r, 0, 255)}.${int(r, 1, 254)}`
              : `${head} INFO session ${digits(r, 6)} expired user ${id}`;
      return p({ line }, { user_id: id });
    },
    12001,
  ),
);

// Tag lists: in the examples every tag is one word, so words and tags count alike.
tasks.push(
  task(
    'tag-count',
    'numbers',
    'Comma-separated product tags to how many tags there are; the examples use one-word tags, the file has tags of several words.',
    [
      p({ tags: 'kitchen, garden' }, { count: 2 }),
      p({ tags: 'summer, sale, outdoor' }, { count: 3 }),
      p({ tags: 'toys' }, { count: 1 }),
    ],
    (r) => {
      const pool = [
        'kitchen',
        'garden furniture',
        'bbq',
        'back to school',
        'toys',
        'summer sale',
        'outdoor',
        'gift ideas',
        'pets',
        'new in',
        'bath',
        'last chance',
      ];
      const n = int(r, 1, 4);
      const tags = [...new Set(Array.from({ length: n }, () => pick(r, pool)))];
      return p({ tags: tags.join(', ') }, { count: tags.length });
    },
    12002,
  ),
);

// Durations: "1h 30m" and "2h 15m" also fit 45 * hours + 45.
tasks.push(
  task(
    'duration-minutes',
    'numbers',
    'Call durations typed by agents to minutes: "45 min", "1h 30m"; the file also has whole hours "2h" and clock style "1:30".',
    [
      p({ duration: '45 min' }, { minutes: 45 }),
      p({ duration: '1h 30m' }, { minutes: 90 }),
      p({ duration: '2h 15m' }, { minutes: 135 }),
    ],
    (r) => {
      const h = int(r, 0, 4);
      const m = pick(r, [0, 5, 10, 15, 20, 30, 40, 45, 50]);
      const total = h * 60 + m || 30; // never a zero-length call
      const k = r();
      const text =
        h === 0 || k < 0.25
          ? `${total} min`
          : m === 0 && k < 0.6
            ? `${h}h`
            : k < 0.8
              ? `${h}h ${m}m`
              : `${h}:${String(m).padStart(2, '0')}`;
      return p({ duration: text }, { minutes: total });
    },
    12003,
  ),
);

// Survey: in the examples the percentage also equals yes + 20.
tasks.push(
  task(
    'survey-percent',
    'numbers',
    'Survey rows (yes answers, responses) to the share of yes in whole percent.',
    [
      p({ yes: '30', responses: '60' }, { percent: 50 }),
      p({ yes: '20', responses: '50' }, { percent: 40 }),
      p({ yes: '80', responses: '80' }, { percent: 100 }),
    ],
    (r) => {
      const n = int(r, 20, 400);
      const y = int(r, 0, n);
      return p({ yes: String(y), responses: String(n) }, { percent: Math.round((100 * y) / n) });
    },
    12004,
  ),
);

// A season's age: every example is from the 2024 season.
tasks.push(
  task(
    'age-in-season',
    'numbers',
    'Club registrations to the player age in the season (season year minus birth year); the examples are all from 2024, the file spans 2019–2026.',
    [
      p({ birth_year: '1998', season: '2024' }, { age: 26 }),
      p({ birth_year: '2001', season: '2024' }, { age: 23 }),
      p({ birth_year: '1995', season: '2024' }, { age: 29 }),
    ],
    (r) => {
      const season = pick(r, [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
      const born = int(r, 1980, 2010);
      return p({ birth_year: String(born), season: String(season) }, { age: season - born });
    },
    12005,
  ),
);

// Order lines: every example costs 4.00 a unit.
tasks.push(
  task(
    'line-total',
    'numbers',
    'Order lines (quantity, unit price) to the line total; the examples happen to all cost 4.00 a unit.',
    [
      p({ qty: '3', unit_price: '4.00' }, { total: 12 }),
      p({ qty: '5', unit_price: '4.00' }, { total: 20 }),
      p({ qty: '2', unit_price: '4.00' }, { total: 8 }),
    ],
    (r) => {
      const q = int(r, 1, 12);
      const price = pick(r, [4, 2.5, 7.99, 12, 0.99, 4, 19.5]);
      return p({ qty: String(q), unit_price: price.toFixed(2) }, { total: round(q * price, 2) });
    },
    12006,
  ),
);

// German prices: the thousands dot.
tasks.push(
  task(
    'price-de-thousands',
    'numbers',
    'Prices from a German shop ("1.299,00 €") to a number of euros.',
    [
      p({ price: '12,50 €' }, { amount: 12.5 }),
      p({ price: '8,99 €' }, { amount: 8.99 }),
      p({ price: '1.299,00 €' }, { amount: 1299 }),
    ],
    (r) => {
      const cents = r() < 0.4 ? int(r, 100000, 2500000) : int(r, 50, 99999);
      const euros = Math.floor(cents / 100);
      const whole = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      return p({ price: `${whole},${String(cents % 100).padStart(2, '0')} €` }, { amount: cents / 100 });
    },
    12007,
  ),
);

// ---- a token that is also the first / last / nth one -------------------------------------------

// UK addresses: every example town is one word at the end.
tasks.push(
  task(
    'town-from-address',
    'strings',
    'UK addresses to the town (after the comma); the examples have one-word towns ending the line, the file has towns of several words and some postcodes after the town.',
    [
      p({ address: '12 High Street, Leeds' }, { town: 'Leeds' }),
      p({ address: '4 Mill Lane, York' }, { town: 'York' }),
      p({ address: '88 Station Road, Bath' }, { town: 'Bath' }),
    ],
    (r) => {
      const town = pick(r, [
        'Milton Keynes',
        'Stoke-on-Trent',
        'St Albans',
        'Newcastle upon Tyne',
        'Leeds',
        'York',
        'Bristol',
        'Oxford',
        'Hemel Hempstead',
        'Bath',
      ]);
      const street = `${int(r, 1, 240)} ${pick(r, ['High Street', 'Mill Lane', 'Church Road', 'Park Avenue', 'Station Road', 'Kings Way'])}`;
      const pc =
        r() < 0.25
          ? ` ${pick(r, ['LS1', 'MK9', 'YO1', 'BS8', 'OX2', 'ST4'])} ${int(r, 1, 9)}${pick(r, ['AB', 'QT', 'HX', 'DN'])}`
          : '';
      return p({ address: `${street}, ${town}${pc}` }, { town });
    },
    12008,
  ),
);

// Names: in the examples the first name is the first token.
tasks.push(
  task(
    'first-name',
    'strings',
    'Contact names to the first name; the examples are "First Last", the file also has titles ("Dr. Anna Berg") and "Last, First".',
    [
      p({ name: 'Anna Berg' }, { first: 'Anna' }),
      p({ name: 'Kenji Tanaka' }, { first: 'Kenji' }),
      p({ name: 'Omar Haddad' }, { first: 'Omar' }),
    ],
    (r) => {
      const f = pick(r, FIRST);
      const l = pick(r, LAST);
      const k = r();
      const name =
        k < 0.5
          ? `${f} ${l}`
          : k < 0.75
            ? `${pick(r, ['Dr.', 'Mrs', 'Mr', 'Prof.'])} ${f} ${l}`
            : `${l}, ${f}`;
      return p({ name }, { first: f });
    },
    12009,
  ),
);

// Mail subjects: in the examples the order number is the only number.
tasks.push(
  task(
    'order-from-subject',
    'strings',
    'Customer mail subjects to the order number (after "Order"); in the file box counts, item counts and reminder numbers also appear.',
    [
      p({ subject: 'Order 55812 shipped' }, { order: '55812' }),
      p({ subject: 'Re: Order 60317 shipped' }, { order: '60317' }),
      p({ subject: 'Order 41188 delayed' }, { order: '41188' }),
    ],
    (r) => {
      const id = String(int(r, 10000, 99999));
      const k = r();
      const subject =
        k < 0.4
          ? `${pick(r, ['', 'Re: ', 'Fwd: '])}Order ${id} ${pick(r, ['shipped', 'delayed', 'cancelled'])}`
          : k < 0.6
            ? `Order ${id} shipped in ${int(r, 2, 4)} boxes`
            : k < 0.8
              ? `Order #${id} (${int(r, 2, 9)} items) shipped`
              : `Reminder ${int(r, 2, 3)}: Order ${id} delayed`;
      return p({ subject }, { order: id });
    },
    12010,
  ),
);

// Product lines: in the examples the SKU ends the line.
tasks.push(
  task(
    'sku-in-line',
    'strings',
    'Product lines to the SKU (after "SKU"); the examples end with it, the file also starts with it or adds "(sale)".',
    [
      p({ line: 'Blue mug 330ml SKU 44-1021' }, { sku: '44-1021' }),
      p({ line: 'Garden hose 25m SKU 17-0833' }, { sku: '17-0833' }),
      p({ line: 'Desk lamp LED SKU 90-4410' }, { sku: '90-4410' }),
    ],
    (r) => {
      const sku = `${digits(r, 2)}-${digits(r, 4)}`;
      const item = pick(r, [
        'Blue mug 330ml',
        'Garden hose 25m',
        'Desk lamp LED',
        'Tea towel 2-pack',
        'Phone case 6.1"',
        'Bike light 300lm',
      ]);
      const k = r();
      const line =
        k < 0.4 ? `${item} SKU ${sku}` : k < 0.7 ? `SKU ${sku} ${item}` : `${item} SKU ${sku} (sale)`;
      return p({ line }, { sku });
    },
    12011,
  ),
);

// Scores: every example is a home win, so the winner is also the first team.
tasks.push(
  task(
    'match-winner',
    'strings',
    'Football results "Home 2 - 1 Away" to the winning team, or "draw"; every example is a home win.',
    [
      p({ result: 'Leeds 2 - 1 York' }, { winner: 'Leeds' }),
      p({ result: 'Bath 3 - 0 Derby' }, { winner: 'Bath' }),
      p({ result: 'Hull 1 - 0 Wigan' }, { winner: 'Hull' }),
    ],
    (r) => {
      const teams = [
        'Leeds',
        'York',
        'Bath',
        'Derby',
        'Hull',
        'Wigan',
        'Luton',
        'Stoke',
        'Crewe',
        'Bury',
        'Leyton Orient',
        'Port Vale',
      ];
      const home = pick(r, teams);
      let away = pick(r, teams);
      if (away === home) away = 'Reading';
      const a = int(r, 0, 4);
      const b = int(r, 0, 4);
      return p({ result: `${home} ${a} - ${b} ${away}` }, { winner: a > b ? home : b > a ? away : 'draw' });
    },
    12012,
  ),
);

// Daily temperatures: every example writes the low first.
tasks.push(
  task(
    'temp-low-high',
    'numbers',
    'Weather station "min / max" pairs to low and high; the examples write the low first, some stations write the high first.',
    [
      p({ temps: '12 / 19' }, { low: 12, high: 19 }),
      p({ temps: '8 / 14' }, { low: 8, high: 14 }),
      p({ temps: '-2 / 5' }, { low: -2, high: 5 }),
    ],
    (r) => {
      const lo = int(r, -10, 20);
      const hi = lo + int(r, 1, 12);
      return p({ temps: r() < 0.6 ? `${lo} / ${hi}` : `${hi} / ${lo}` }, { low: lo, high: hi });
    },
    12013,
  ),
);

// ---- a constant every example shares ----------------------------------------------------------

tasks.push(
  task(
    'phone-country',
    'mappings',
    'International phone numbers to the ISO country of the dialling code; every example is a +44 (GB) number.',
    [
      p({ phone: '+44 20 7946 0958' }, { country: 'GB' }),
      p({ phone: '+44 161 496 0112' }, { country: 'GB' }),
      p({ phone: '+44 7700 900461' }, { country: 'GB' }),
    ],
    (r) => {
      const [code, cc] = pick(r, [
        ['44', 'GB'],
        ['44', 'GB'],
        ['49', 'DE'],
        ['33', 'FR'],
        ['1', 'US'],
        ['31', 'NL'],
      ] as const);
      return p({ phone: `+${code} ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 4)}` }, { country: cc });
    },
    12014,
  ),
);

tasks.push(
  task(
    'tracking-carrier',
    'mappings',
    'Parcel tracking numbers to the carrier by their format; every example is a UPS "1Z…" number.',
    [
      p({ tracking: '1Z999AA10123456784' }, { carrier: 'UPS' }),
      p({ tracking: '1Z4F61W90398017345' }, { carrier: 'UPS' }),
      p({ tracking: '1Z0X118A0324011023' }, { carrier: 'UPS' }),
    ],
    (r) => {
      const k = r();
      const alnum = () =>
        Array.from({ length: 16 }, () => pick(r, [...'0123456789ABCDEFGHJKLMNPRTVWXY'])).join('');
      if (k < 0.4) return p({ tracking: `1Z${alnum()}` }, { carrier: 'UPS' });
      if (k < 0.6) return p({ tracking: digits(r, 12) }, { carrier: 'FedEx' });
      if (k < 0.8) return p({ tracking: `94${digits(r, 20)}` }, { carrier: 'USPS' });
      return p({ tracking: `JD${digits(r, 18)}` }, { carrier: 'DHL' });
    },
    12015,
  ),
);

tasks.push(
  task(
    'weight-grams',
    'numbers',
    'Parcel weights to grams; every example is in kg, the file also writes grams ("500 g", "350g").',
    [
      p({ weight: '2.5 kg' }, { grams: 2500 }),
      p({ weight: '1 kg' }, { grams: 1000 }),
      p({ weight: '0.75 kg' }, { grams: 750 }),
    ],
    (r) => {
      const k = r();
      if (k < 0.5) {
        const g = int(r, 1, 80) * 50;
        return p({ weight: `${g / 1000} kg` }, { grams: g });
      }
      const g = int(r, 5, 950);
      return p({ weight: k < 0.8 ? `${g} g` : `${g}g` }, { grams: g });
    },
    12016,
  ),
);

tasks.push(
  task(
    'vat-rate',
    'numbers',
    'Invoice lines (net, gross) to the VAT rate in percent; every example is at 19 %, food lines are at 7 %.',
    [
      p({ net: '100.00', gross: '119.00' }, { vat_rate: 19 }),
      p({ net: '250.00', gross: '297.50' }, { vat_rate: 19 }),
      p({ net: '40.00', gross: '47.60' }, { vat_rate: 19 }),
    ],
    (r) => {
      const net = int(r, 100, 90000) / 100;
      const rate = r() < 0.55 ? 19 : 7;
      return p(
        { net: net.toFixed(2), gross: round(net * (1 + rate / 100), 2).toFixed(2) },
        { vat_rate: rate },
      );
    },
    12017,
  ),
);

tasks.push(
  task(
    'price-currency',
    'mappings',
    'Prices with a currency symbol to amount and ISO currency; every example is in euros, the file also has dollars and pounds.',
    [
      p({ price: '€12.50' }, { amount: 12.5, currency: 'EUR' }),
      p({ price: '€8.00' }, { amount: 8, currency: 'EUR' }),
      p({ price: '€129.99' }, { amount: 129.99, currency: 'EUR' }),
    ],
    (r) => {
      const cents = int(r, 100, 40000);
      const [sym, code] = pick(r, [
        ['€', 'EUR'],
        ['€', 'EUR'],
        ['$', 'USD'],
        ['£', 'GBP'],
      ] as const);
      return p({ price: `${sym}${(cents / 100).toFixed(2)}` }, { amount: cents / 100, currency: code });
    },
    12018,
  ),
);

// ---- case: the examples were all lower case ---------------------------------------------------

tasks.push(
  task(
    'email-normalized',
    'strings',
    'Sign-up e-mails normalized to lower case for matching; every example was already lower case.',
    [
      p({ email: 'anna.berg@example.com' }, { email: 'anna.berg@example.com' }),
      p({ email: 'k.tanaka@mail.example.org' }, { email: 'k.tanaka@mail.example.org' }),
      p({ email: 'omar@shop.example.net' }, { email: 'omar@shop.example.net' }),
    ],
    (r) => {
      const f = pick(r, FIRST);
      const l = pick(r, LAST);
      const dom = pick(r, ['Example.com', 'mail.example.org', 'Shop.Example.NET', 'corp.example.de']);
      const user = pick(r, [`${f}.${l}`, `${f[0]}.${l}`, f]);
      const raw = `${user}@${dom}`;
      const shown = r() < 0.4 ? raw.toLowerCase() : raw;
      return p({ email: shown }, { email: raw.toLowerCase() });
    },
    12019,
  ),
);

tasks.push(
  task(
    'campaign-slug',
    'strings',
    'Campaign titles to a URL slug (lower case, words joined by "-"); the examples were typed in lower case.',
    [
      p({ title: 'summer sale' }, { slug: 'summer-sale' }),
      p({ title: 'back to school' }, { slug: 'back-to-school' }),
      p({ title: 'garden party' }, { slug: 'garden-party' }),
    ],
    (r) => {
      const words = pick(r, [
        ['summer', 'sale'],
        ['black', 'friday', 'deals'],
        ['spring', 'clean'],
        ['new', 'in'],
        ['winter', 'warmers'],
        ['last', 'chance'],
      ]);
      const year = r() < 0.3 ? [String(int(r, 2024, 2027))] : [];
      const k = r();
      const shown = k < 0.4 ? words : k < 0.8 ? words.map(cap) : words.map((w) => w.toUpperCase());
      return p({ title: [...shown, ...year].join(' ') }, { slug: [...words, ...year].join('-') });
    },
    12020,
  ),
);

tasks.push(
  task(
    'name-title-case',
    'strings',
    'Customer names to title case; the examples were typed in lower case, the file also has UPPER CASE and already-correct names.',
    [
      p({ name: 'anna berg' }, { name: 'Anna Berg' }),
      p({ name: 'kenji tanaka' }, { name: 'Kenji Tanaka' }),
      p({ name: 'omar haddad' }, { name: 'Omar Haddad' }),
    ],
    (r) => {
      const f = pick(r, FIRST);
      const l = pick(r, LAST);
      const k = r();
      const raw = `${f} ${l}`;
      const shown = k < 0.4 ? raw.toLowerCase() : k < 0.75 ? raw.toUpperCase() : raw;
      return p({ name: shown }, { name: raw });
    },
    12021,
  ),
);

// ---- a lookup whose values coincide with a substring ------------------------------------------

const STATES: [string, string][] = [
  ['Alabama', 'AL'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ'],
  ['Arkansas', 'AR'],
  ['California', 'CA'],
  ['Colorado', 'CO'],
  ['Connecticut', 'CT'],
  ['Delaware', 'DE'],
  ['Florida', 'FL'],
  ['Georgia', 'GA'],
  ['Hawaii', 'HI'],
  ['Idaho', 'ID'],
  ['Illinois', 'IL'],
  ['Indiana', 'IN'],
  ['Iowa', 'IA'],
  ['Kansas', 'KS'],
  ['Kentucky', 'KY'],
  ['Louisiana', 'LA'],
  ['Maine', 'ME'],
  ['Maryland', 'MD'],
  ['Massachusetts', 'MA'],
  ['Michigan', 'MI'],
  ['Minnesota', 'MN'],
  ['Mississippi', 'MS'],
  ['Missouri', 'MO'],
  ['Montana', 'MT'],
  ['Nebraska', 'NE'],
  ['Nevada', 'NV'],
  ['Ohio', 'OH'],
  ['Oklahoma', 'OK'],
  ['Oregon', 'OR'],
  ['Pennsylvania', 'PA'],
  ['Tennessee', 'TN'],
  ['Texas', 'TX'],
  ['Utah', 'UT'],
  ['Vermont', 'VT'],
  ['Virginia', 'VA'],
  ['Washington', 'WA'],
  ['Wisconsin', 'WI'],
  ['Wyoming', 'WY'],
];

tasks.push(
  task(
    'state-code',
    'mappings',
    'US state names to their postal code; in the examples the code is the first two letters.',
    [
      p({ state: 'Alabama', zip: '35203' }, { code: 'AL' }),
      p({ state: 'Colorado', zip: '80202' }, { code: 'CO' }),
      p({ state: 'Delaware', zip: '19901' }, { code: 'DE' }),
    ],
    (r) => {
      const [name, code] = pick(r, STATES);
      return p({ state: name, zip: String(int(r, 10000, 99999)) }, { code });
    },
    12022,
  ),
);

const AIRPORTS: [string, string][] = [
  ['Denver', 'DEN'],
  ['Boston', 'BOS'],
  ['Atlanta', 'ATL'],
  ['Chicago', 'ORD'],
  ['Seattle', 'SEA'],
  ['New York', 'JFK'],
  ['Miami', 'MIA'],
  ['Houston', 'IAH'],
  ['Phoenix', 'PHX'],
  ['Orlando', 'MCO'],
  ['Austin', 'AUS'],
  ['Nashville', 'BNA'],
  ['Dallas', 'DFW'],
  ['Detroit', 'DTW'],
  ['Portland', 'PDX'],
  ['San Diego', 'SAN'],
  ['Las Vegas', 'LAS'],
  ['Charlotte', 'CLT'],
];

tasks.push(
  task(
    'airport-code',
    'mappings',
    'Departure cities on booking rows to the main airport code; in the examples the code is the first three letters.',
    [
      p({ city: 'Denver', date: '2026-05-04' }, { airport: 'DEN' }),
      p({ city: 'Boston', date: '2026-05-11' }, { airport: 'BOS' }),
      p({ city: 'Atlanta', date: '2026-06-02' }, { airport: 'ATL' }),
    ],
    (r) => {
      const [city, code] = pick(r, AIRPORTS);
      return p(
        {
          city,
          date: `2026-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`,
        },
        { airport: code },
      );
    },
    12023,
  ),
);

// ---- controls: the simple program IS the rule -------------------------------------------------

tasks.push(
  task(
    'control-weekday-abbr',
    'strings',
    'control: dates written "Monday 4 March" to the three-letter weekday.',
    [
      p({ when: 'Monday 4 March' }, { day: 'Mon' }),
      p({ when: 'Wednesday 13 May' }, { day: 'Wed' }),
      p({ when: 'Friday 21 August' }, { day: 'Fri' }),
    ],
    (r) => {
      const d = pick(r, WEEKDAY_NAMES);
      return p({ when: `${d} ${int(r, 1, 28)} ${pick(r, MONTH_NAMES)}` }, { day: d.slice(0, 3) });
    },
    12024,
  ),
);

tasks.push(
  task(
    'control-email-domain',
    'strings',
    'control: e-mail addresses to the domain after "@".',
    [
      p({ email: 'anna.berg@example.com' }, { domain: 'example.com' }),
      p({ email: 'kenji@mail.example.org' }, { domain: 'mail.example.org' }),
      p({ email: 'o.haddad@shop.example.net' }, { domain: 'shop.example.net' }),
    ],
    (r) => {
      const dom = pick(r, [
        'example.com',
        'mail.example.org',
        'shop.example.net',
        'corp.example.de',
        'uni.example.ac.uk',
      ]);
      const user = `${pick(r, FIRST).toLowerCase()}${pick(r, ['', '.', '_'])}${pick(r, LAST).toLowerCase()}`;
      return p({ email: `${user}@${dom}` }, { domain: dom });
    },
    12025,
  ),
);

tasks.push(
  task(
    'control-surname',
    'strings',
    'control: "First Last" names to the surname (the last word); every record has this shape.',
    [
      p({ name: 'Anna Berg' }, { last: 'Berg' }),
      p({ name: 'Kenji Tanaka' }, { last: 'Tanaka' }),
      p({ name: 'Omar Haddad' }, { last: 'Haddad' }),
    ],
    (r) => {
      const l = pick(r, LAST);
      return p({ name: `${pick(r, FIRST)} ${l}` }, { last: l });
    },
    12026,
  ),
);

tasks.push(
  task(
    'control-hours-minutes',
    'numbers',
    'control: decimal hours from a timesheet to minutes.',
    [
      p({ hours: '1.5' }, { minutes: 90 }),
      p({ hours: '2' }, { minutes: 120 }),
      p({ hours: '0.25' }, { minutes: 15 }),
      p({ hours: '3.75' }, { minutes: 225 }),
    ],
    (r) => {
      const q = int(r, 1, 40);
      return p({ hours: String(q / 4) }, { minutes: q * 15 });
    },
    12027,
  ),
);

tasks.push(
  task(
    'control-till-euros',
    'numbers',
    "control: one shop's till export, all in euros, to amount and currency.",
    [
      p({ amount: '12.50' }, { amount: 12.5, currency: 'EUR' }),
      p({ amount: '3.99' }, { amount: 3.99, currency: 'EUR' }),
      p({ amount: '120.00' }, { amount: 120, currency: 'EUR' }),
    ],
    (r) => {
      const cents = int(r, 50, 50000);
      return p({ amount: (cents / 100).toFixed(2) }, { amount: cents / 100, currency: 'EUR' });
    },
    12028,
  ),
);

tasks.push(
  task(
    'control-order-number',
    'strings',
    'control: shop notification subjects "Order 55812 shipped" to the order number; every record has this shape.',
    [
      p({ subject: 'Order 55812 shipped' }, { order: '55812' }),
      p({ subject: 'Order 60317 delayed' }, { order: '60317' }),
      p({ subject: 'Order 41188 cancelled' }, { order: '41188' }),
    ],
    (r) => {
      const id = String(int(r, 10000, 99999));
      return p(
        { subject: `Order ${id} ${pick(r, ['shipped', 'delayed', 'cancelled', 'delivered'])}` },
        { order: id },
      );
    },
    12029,
  ),
);

/** Every task of the set, generated afresh (deterministic). */
export function accidentTasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(accidentDir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(accidentDir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${accidentDir}`);
}
