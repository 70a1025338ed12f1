/**
 * Writes the "asks" set of tuning tasks (bench/synth/tasks/asks, every name starts with "q9-"),
 * written before tuning (wip11/asks, 2026-12-07) to measure the QUESTION LOOP: each task's 3
 * examples show one or two formats of a column, the held-back records add one or two formats the
 * examples never show, and every new format is regular enough that one answered record of it
 * should teach it (no constant the text does not carry, no convention a person could not read off
 * one record). So a task here should generalize after at most 2–3 well-chosen questions; one that
 * does not shows where the loop fails (the wrong record asked, an answer that does not become a
 * branch, a shape rule that keeps flagging covered records, a build that writes nothing).
 *
 * Labels come from the true value each maker draws first, never from parsing the written text, so
 * the generator is the reference solution.
 *
 * Deterministic (seeded): `node bench/synth/asks-gen.ts && npx prettier --write
 * bench/synth/tasks/asks` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digits, int, MONTH_NAMES, pad, pick, round, taskBuilder, pair as p } from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const asksDir = join(here, 'tasks', 'asks');
/** Held-back test records per task. */
export const TEST_RECORDS = 40;

const task = taskBuilder('q9-', TEST_RECORDS);
const tasks: BenchTask[] = [];
const MON = MONTH_NAMES.map((m) => m.slice(0, 3));
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

// An order-date column from a shop that moved from ISO to German dates, and some typed by hand.
tasks.push(
  task(
    'order-date-iso',
    'dates',
    'Order dates from a shop export: ISO and "4 Mar 2026" in the examples; the older half of the file writes German "04.03.2026"; to ISO.',
    [
      p({ ordered: '2026-03-04' }, { date: '2026-03-04' }),
      p({ ordered: '17 Nov 2025' }, { date: '2025-11-17' }),
      p({ ordered: '2025-12-30' }, { date: '2025-12-30' }),
    ],
    (r) => {
      const y = int(r, 2024, 2026);
      const m = int(r, 1, 12);
      const d = int(r, 1, 28);
      const date = `${y}-${pad(m)}-${pad(d)}`;
      const k = r();
      const text = k < 0.4 ? date : k < 0.6 ? `${d} ${MON[m - 1]} ${y}` : `${pad(d)}.${pad(m)}.${y}`;
      return p({ ordered: text }, { date });
    },
    9101,
  ),
);

// US phone numbers typed three ways.
tasks.push(
  task(
    'phone-us-dashes',
    'strings',
    'US phone numbers from a sign-up form to "415-555-0132": the examples are "(415) 555-0132"; the file also has "415.555.0132" and bare "4155550132".',
    [
      p({ phone: '(415) 555-0132' }, { phone: '415-555-0132' }),
      p({ phone: '(212) 734-9081' }, { phone: '212-734-9081' }),
      p({ phone: '(617) 203-4410' }, { phone: '617-203-4410' }),
    ],
    (r) => {
      const a = `${int(r, 2, 9)}${digits(r, 2)}`;
      const b = `${int(r, 2, 9)}${digits(r, 2)}`;
      const c = digits(r, 4);
      const k = r();
      const text = k < 0.4 ? `(${a}) ${b}-${c}` : k < 0.7 ? `${a}.${b}.${c}` : `${a}${b}${c}`;
      return p({ phone: text }, { phone: `${a}-${b}-${c}` });
    },
    9102,
  ),
);

// Names "First Last" in the examples, "Last, First" in part of the file.
tasks.push(
  task(
    'name-split',
    'strings',
    'Contact names to first and last: the examples are "Maria Garcia"; records from the old CRM write "Garcia, Maria".',
    [
      p({ name: 'Maria Garcia' }, { first: 'Maria', last: 'Garcia' }),
      p({ name: 'Kenji Tanaka' }, { first: 'Kenji', last: 'Tanaka' }),
      p({ name: 'Emma Brown' }, { first: 'Emma', last: 'Brown' }),
    ],
    (r) => {
      const first = pick(r, FIRST);
      const last = pick(r, LAST);
      return p({ name: r() < 0.5 ? `${first} ${last}` : `${last}, ${first}` }, { first, last });
    },
    9103,
  ),
);

// Product codes with dashes in the examples; slashes and spaces in the warehouse's part of the file.
tasks.push(
  task(
    'sku-parts',
    'strings',
    'Warehouse SKUs "AB-1234-RED" to family, number and colour; the second warehouse writes "AB/1234/RED" and "AB 1234 RED".',
    [
      p({ sku: 'AB-1234-RED' }, { family: 'AB', number: 1234, color: 'RED' }),
      p({ sku: 'KX-0071-BLU' }, { family: 'KX', number: 71, color: 'BLU' }),
      p({ sku: 'TT-5520-GRN' }, { family: 'TT', number: 5520, color: 'GRN' }),
    ],
    (r) => {
      const family = pick(r, ['AB', 'KX', 'TT', 'MQ', 'ZR', 'PL']);
      const number = int(r, 1, 9999);
      const color = pick(r, ['RED', 'BLU', 'GRN', 'BLK', 'WHT']);
      const sep = pick(r, ['-', '-', '/', ' ']);
      return p({ sku: [family, pad(number, 4), color].join(sep) }, { family, number, color });
    },
    9104,
  ),
);

// Durations "1h 30m" and "45m" in the examples; the file also writes "2h" and "1:15".
tasks.push(
  task(
    'duration-minutes',
    'numbers',
    'Support call durations to minutes: "1h 30m" and "45m" in the examples; the file also has hours alone ("2h") and clock style "1:15".',
    [
      p({ took: '1h 30m' }, { minutes: 90 }),
      p({ took: '45m' }, { minutes: 45 }),
      p({ took: '2h 05m' }, { minutes: 125 }),
    ],
    (r) => {
      const h = int(r, 0, 4);
      const m = int(r, 0, 59);
      const k = r();
      if (k < 0.2) {
        const hours = int(r, 1, 5);
        return p({ took: `${hours}h` }, { minutes: hours * 60 });
      }
      if (k < 0.5) return p({ took: `${h}:${pad(m)}` }, { minutes: h * 60 + m });
      if (h === 0) return p({ took: `${m}m` }, { minutes: m });
      return p({ took: `${h}h ${pad(m)}m` }, { minutes: h * 60 + m });
    },
    9105,
  ),
);

// Dollar prices with a symbol in the examples; code before or after the amount in the file.
tasks.push(
  task(
    'price-usd',
    'numbers',
    'Prices from a marketplace feed to a number: "$12.50" and "$1,299.00" in the examples; other sellers write "USD 45.10" and "45.10 USD".',
    [
      p({ price: '$12.50' }, { amount: 12.5 }),
      p({ price: '$1,299.00' }, { amount: 1299 }),
      p({ price: '$7.05' }, { amount: 7.05 }),
    ],
    (r) => {
      const cents = int(r, 100, 250000);
      const amount = cents / 100;
      const text = amount.toFixed(2).replace(/\B(?=(\d{3})+(?!\d)\.)/g, ',');
      const k = r();
      return p({ price: k < 0.4 ? `$${text}` : k < 0.7 ? `USD ${text}` : `${text} USD` }, { amount });
    },
    9106,
  ),
);

// Log lines: bracketed level first in the examples; another service writes ISO time first.
tasks.push(
  task(
    'log-level-message',
    'strings',
    'Log lines to level (lower case) and message: "[ERROR] 2026-03-04 12:00:01 disk full" in the examples; the other service writes "2026-03-04T12:00:01Z WARN disk full".',
    [
      p({ line: '[ERROR] 2026-03-04 12:00:01 disk full' }, { level: 'error', message: 'disk full' }),
      p({ line: '[INFO] 2026-03-04 12:00:05 job started' }, { level: 'info', message: 'job started' }),
      p({ line: '[WARN] 2026-03-05 08:14:59 slow response' }, { level: 'warn', message: 'slow response' }),
    ],
    (r) => {
      const level = pick(r, ['ERROR', 'INFO', 'WARN', 'DEBUG']);
      const message = pick(r, [
        'disk full',
        'job started',
        'slow response',
        'cache miss',
        'user login failed',
        'retrying upload',
        'connection reset',
      ]);
      const date = `2026-0${int(r, 1, 9)}-${pad(int(r, 1, 28))}`;
      const time = `${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}`;
      const line =
        r() < 0.5 ? `[${level}] ${date} ${time} ${message}` : `${date}T${time}Z ${level} ${message}`;
      return p({ line }, { level: level.toLowerCase(), message });
    },
    9107,
  ),
);

// German postcodes and towns: "10115 Berlin" in the examples; the file adds "D-10115 Berlin".
tasks.push(
  task(
    'postcode-town-de',
    'strings',
    'German "PLZ Ort" to zip and town: "10115 Berlin" in the examples; older records write "D-10115 Berlin" and "Berlin (10115)".',
    [
      p({ place: '10115 Berlin' }, { zip: '10115', town: 'Berlin' }),
      p({ place: '80331 München' }, { zip: '80331', town: 'München' }),
      p({ place: '50667 Köln' }, { zip: '50667', town: 'Köln' }),
    ],
    (r) => {
      // A town's postcodes share its first two digits; the rest varies by district.
      const [prefix, town] = pick(r, [
        ['10', 'Berlin'],
        ['80', 'München'],
        ['50', 'Köln'],
        ['20', 'Hamburg'],
        ['60', 'Frankfurt'],
        ['70', 'Stuttgart'],
        ['04', 'Leipzig'],
        ['01', 'Dresden'],
        ['28', 'Bremen'],
        ['90', 'Nürnberg'],
      ] as [string, string][]);
      const zip = `${prefix}${digits(r, 3)}`;
      const k = r();
      const place = k < 0.4 ? `${zip} ${town}` : k < 0.7 ? `D-${zip} ${town}` : `${town} (${zip})`;
      return p({ place }, { zip, town });
    },
    9108,
  ),
);

// File sizes in MB and KB in the examples; GB in the file.
tasks.push(
  task(
    'file-size-bytes',
    'numbers',
    'Attachment sizes to bytes (decimal units): "1.5 MB" and "200 KB" in the examples; the file also has "2 GB" and sizes with no space "750KB".',
    [
      p({ size: '1.5 MB' }, { bytes: 1500000 }),
      p({ size: '200 KB' }, { bytes: 200000 }),
      p({ size: '12 MB' }, { bytes: 12000000 }),
    ],
    (r) => {
      const k = r();
      if (k < 0.35) {
        const mb = round(int(r, 1, 999) / (r() < 0.5 ? 1 : 10), 1);
        return p({ size: `${mb} MB` }, { bytes: Math.round(mb * 1e6) });
      }
      if (k < 0.6) {
        const kb = int(r, 1, 999);
        return p({ size: r() < 0.5 ? `${kb} KB` : `${kb}KB` }, { bytes: kb * 1000 });
      }
      const gb = round(int(r, 1, 40) / (r() < 0.5 ? 1 : 10), 1);
      return p({ size: `${gb} GB` }, { bytes: Math.round(gb * 1e9) });
    },
    9109,
  ),
);

// Email addresses inside display names in the examples; bare and trailing-comment forms in the file.
tasks.push(
  task(
    'email-address',
    'strings',
    'Mail "From" fields to the address alone: "Maria Garcia <maria@example.com>" in the examples; the file also has bare addresses and "maria@example.com (Maria Garcia)".',
    [
      p({ from: 'Maria Garcia <maria.garcia@example.com>' }, { email: 'maria.garcia@example.com' }),
      p({ from: 'John Smith <jsmith@mail.example.org>' }, { email: 'jsmith@mail.example.org' }),
      p({ from: 'Aisha Khan <aisha@shop.example.net>' }, { email: 'aisha@shop.example.net' }),
    ],
    (r) => {
      const first = pick(r, FIRST);
      const last = pick(r, LAST);
      const user = pick(r, [`${first}.${last}`, `${first[0]}${last}`, first]).toLowerCase();
      const domain = pick(r, ['example.com', 'mail.example.org', 'shop.example.net', 'corp.example.de']);
      const email = `${user}@${domain}`;
      const k = r();
      const from = k < 0.4 ? `${first} ${last} <${email}>` : k < 0.7 ? email : `${email} (${first} ${last})`;
      return p({ from }, { email });
    },
    9110,
  ),
);

// Clock times 12-hour in the examples; 24-hour and "2pm" in the file.
tasks.push(
  task(
    'time-24h',
    'dates',
    'Pick-up times to 24-hour "HH:MM": "2:30 PM" and "9:05 AM" in the examples; the file also has times already 24-hour ("14:30") and "2pm".',
    [
      p({ at: '2:30 PM' }, { time: '14:30' }),
      p({ at: '9:05 AM' }, { time: '09:05' }),
      p({ at: '11:45 PM' }, { time: '23:45' }),
    ],
    (r) => {
      const h = int(r, 0, 23);
      const m = pick(r, [0, 5, 10, 15, 20, 30, 40, 45, 50]);
      const time = `${pad(h)}:${pad(m)}`;
      const h12 = h % 12 === 0 ? 12 : h % 12;
      const half = h < 12 ? 'AM' : 'PM';
      const k = r();
      if (k < 0.45) return p({ at: `${h12}:${pad(m)} ${half}` }, { time });
      if (k < 0.75) return p({ at: time }, { time });
      return p({ at: `${h12}${half.toLowerCase()}` }, { time: `${pad(h)}:00` });
    },
    9111,
  ),
);

// Versions "v1.2.3" in the examples; "1.4" (no patch) and "release-2.0.1" in the file.
tasks.push(
  task(
    'version-parts',
    'strings',
    'App versions from crash reports to major, minor, patch: "v1.2.3" in the examples; other builds report "release-2.0.1" and two-part "1.4" (patch 0).',
    [
      p({ version: 'v1.2.3' }, { major: 1, minor: 2, patch: 3 }),
      p({ version: 'v2.10.0' }, { major: 2, minor: 10, patch: 0 }),
      p({ version: 'v3.1.14' }, { major: 3, minor: 1, patch: 14 }),
    ],
    (r) => {
      const major = int(r, 0, 5);
      const minor = int(r, 0, 20);
      const patch = int(r, 0, 30);
      const k = r();
      if (k < 0.4) return p({ version: `v${major}.${minor}.${patch}` }, { major, minor, patch });
      if (k < 0.7) return p({ version: `release-${major}.${minor}.${patch}` }, { major, minor, patch });
      return p({ version: `${major}.${minor}` }, { major, minor, patch: 0 });
    },
    9112,
  ),
);

// Yes/no answers in a survey, written several ways.
tasks.push(
  task(
    'consent-flag',
    'mappings',
    'Survey consent answers to a boolean: "yes"/"no" in the examples; the paper forms were keyed as "Y"/"N" and some as "YES"/"NO".',
    [
      p({ id: 1, consent: 'yes' }, { consent: true }),
      p({ id: 2, consent: 'no' }, { consent: false }),
      p({ id: 3, consent: 'no' }, { consent: false }),
    ],
    (r) => {
      const yes = r() < 0.5;
      const text = pick(r, [yes ? 'yes' : 'no', yes ? 'Y' : 'N', yes ? 'YES' : 'NO']);
      return p({ id: int(r, 4, 99999), consent: text }, { consent: yes });
    },
    9113,
  ),
);

// Temperatures with a decimal point in the examples; decimal comma in the European part.
tasks.push(
  task(
    'temperature-celsius',
    'numbers',
    'Sensor readings to a number of °C: "21.5 °C" in the examples; the European gateways write "21,5 °C" and "21,5°C".',
    [
      p({ reading: '21.5 °C' }, { celsius: 21.5 }),
      p({ reading: '-3.0 °C' }, { celsius: -3 }),
      p({ reading: '18.25 °C' }, { celsius: 18.25 }),
    ],
    (r) => {
      const c = round(int(r, -200, 400) / 10, 1);
      const text = c.toFixed(1);
      const k = r();
      const reading =
        k < 0.45 ? `${text} °C` : k < 0.75 ? `${text.replace('.', ',')} °C` : `${text.replace('.', ',')}°C`;
      return p({ reading }, { celsius: c });
    },
    9114,
  ),
);

// Street addresses with house number first in the examples; German order in the file.
tasks.push(
  task(
    'street-number',
    'strings',
    'Street lines to street and house number: "221 Baker Street" in the examples; the German branch writes "Hauptstraße 12" and "Hauptstraße 12a".',
    [
      p({ street: '221 Baker Street' }, { street: 'Baker Street', number: '221' }),
      p({ street: '10 Downing Street' }, { street: 'Downing Street', number: '10' }),
      p({ street: '1600 Pennsylvania Avenue' }, { street: 'Pennsylvania Avenue', number: '1600' }),
    ],
    (r) => {
      const n = String(int(r, 1, 250));
      if (r() < 0.45) {
        const street = pick(r, ['Baker Street', 'High Street', 'Elm Avenue', 'Park Road', 'Mill Lane']);
        return p({ street: `${n} ${street}` }, { street, number: n });
      }
      const street = pick(r, ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Lindenallee', 'Schulstraße']);
      const number = r() < 0.25 ? `${n}${pick(r, ['a', 'b'])}` : n;
      return p({ street: `${street} ${number}` }, { street, number });
    },
    9115,
  ),
);

/** Every task of the set, generated afresh (deterministic). */
export function asksTasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(asksDir, { recursive: true });
  for (const t of tasks) writeFileSync(join(asksDir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${asksDir}`);
}
