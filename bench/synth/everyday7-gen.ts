/**
 * Writes the seventh set of "everyday" tuning tasks (bench/synth/tasks/everyday7, every name starts
 * with "e7-"). Written before tuning, without reading the engine's rules or running it: data the way
 * other people's systems write it (Indian, UK and Japanese addresses, "from $X" and "up to $X"
 * prices, recipe quantities with unicode fractions, pack sizes "2 x 500 g", invoice and order lines,
 * salutations from titled names, dates with weekdays and RFC 2822 stamps, timezone offsets, HTTP log
 * lines and status lines, user agents, file paths, semantic versions with pre-release tags, phone
 * numbers with extensions, size pairs "12 x 8 in", screen resolutions, percent texts, yes/no answers
 * in several languages, bank sort codes, VAT numbers, airport routes, odometer readings, party sizes,
 * card expiry dates, invoice numbers, commit hashes).
 *
 * The examples show one or two formats, as a user would give them; the held-back records include
 * formats the examples never show. Labels come from the true value each maker draws first, never
 * from parsing the written text, so the generator is the reference solution.
 *
 * Deterministic (seeded): `node bench/synth/everyday7-gen.ts && npx prettier --write
 * bench/synth/tasks/everyday7` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  digits,
  int,
  MONTH_NAMES,
  pad,
  pick,
  round,
  spaced,
  taskBuilder,
  WEEKDAY_NAMES,
  type R,
  pair as p,
} from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const everyday7Dir = join(here, 'tasks', 'everyday7');
/** Held-back test records per task. */
export const TEST_RECORDS = 100;

const task = taskBuilder('e7-', TEST_RECORDS);
const tasks: BenchTask[] = [];
const money = (x: number): string =>
  x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const moneyShort = (x: number): string => (Number.isInteger(x) ? x.toLocaleString('en-US') : money(x));
const price = (r: R, lo: number, hi: number): number =>
  r() < 0.3 ? int(r, lo, hi) : round(int(r, lo * 100, hi * 100) / 100, 2);

const MONTHS: readonly string[] = MONTH_NAMES;
const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

// =============================================================== addresses
{
  const IN_CITIES: [string, string, number][] = [
    ['Bengaluru', 'Karnataka', 5],
    ['Mumbai', 'Maharashtra', 4],
    ['Chennai', 'Tamil Nadu', 6],
    ['Kolkata', 'West Bengal', 7],
    ['Hyderabad', 'Telangana', 5],
    ['Pune', 'Maharashtra', 4],
    ['New Delhi', 'Delhi', 1],
    ['Jaipur', 'Rajasthan', 3],
    ['Navi Mumbai', 'Maharashtra', 4],
  ];
  const IN_STREETS = [
    'MG Road',
    'Brigade Road',
    'Linking Road',
    'Park Street',
    'Anna Salai',
    'Residency Road',
    'Sector 17',
  ];
  tasks.push(
    task(
      'address-in-pin',
      'strings',
      'Indian delivery addresses as customers type them: "Flat 12B, MG Road, Bengaluru 560001", with "City - PIN", the state before the PIN, a PIN written "560 001", or ", India" at the end; to the city and the six-digit PIN (no space).',
      [
        p({ address: 'Flat 12B, MG Road, Bengaluru 560001' }, { city: 'Bengaluru', pin: '560001' }),
        p({ address: 'No. 45, Anna Salai, Chennai 600002' }, { city: 'Chennai', pin: '600002' }),
        p({ address: '221, Linking Road, Mumbai 400050' }, { city: 'Mumbai', pin: '400050' }),
      ],
      (r) => {
        const [city, state, first] = pick(r, IN_CITIES);
        const pin = `${first}${digits(r, 5)}`;
        const door = pick(r, [
          `Flat ${int(r, 1, 40)}${pick(r, ['', 'A', 'B'])}`,
          `No. ${int(r, 1, 300)}`,
          `${int(r, 1, 999)}`,
          `#${int(r, 1, 99)}`,
        ]);
        const street = pick(r, IN_STREETS);
        const pinShown = r() < 0.2 ? `${pin.slice(0, 3)} ${pin.slice(3)}` : pin;
        const text = pick(r, [
          `${door}, ${street}, ${city} ${pinShown}`,
          `${door}, ${street}, ${city} - ${pinShown}`,
          `${door}, ${street}, ${city}, ${state} ${pinShown}`,
          `${door}, ${street}, ${city}, ${state} - ${pinShown}, India`,
          `${door} ${street}, ${city}-${pinShown}`,
        ]);
        return p({ address: spaced(r, text) }, { city, pin });
      },
      7101,
    ),
  );

  const UK: [string, string, (r: R) => string][] = [
    ['York', 'YO', (r) => `YO${int(r, 1, 32)}`],
    ['Leeds', 'LS', (r) => `LS${int(r, 1, 29)}`],
    ['Bristol', 'BS', (r) => `BS${int(r, 1, 49)}`],
    ['Milton Keynes', 'MK', (r) => `MK${int(r, 1, 19)}`],
    ['Newcastle upon Tyne', 'NE', (r) => `NE${int(r, 1, 15)}`],
    ['Glasgow', 'G', (r) => `G${int(r, 1, 84)}`],
    [
      'London',
      'W',
      (r) => pick(r, [`W1${pick(r, ['A', 'B', 'D', 'F'])}`, `SW1A`, `EC1V`, `N${int(r, 1, 22)}`]),
    ],
    ['Cardiff', 'CF', (r) => `CF${int(r, 3, 72)}`],
  ];
  const INWARD = 'ABDEFGHJLNPQRSTUWXYZ';
  const UK_STREETS = [
    'Church Lane',
    'High Street',
    'Station Road',
    'Victoria Road',
    'Mill Lane',
    'The Green',
    'Kings Road',
  ];
  tasks.push(
    task(
      'address-uk-town-postcode',
      'strings',
      'UK addresses on one line from a web form: "14 Church Lane, York YO1 7HH", sometimes "Flat 2, …", a comma before the postcode, the postcode in lower case or without its space, or ", UK" at the end; to the post town and the postcode in capitals with one space before its last three characters.',
      [
        p({ line: '14 Church Lane, York YO1 7HH' }, { town: 'York', postcode: 'YO1 7HH' }),
        p({ line: '3 Station Road, Leeds LS6 2AB' }, { town: 'Leeds', postcode: 'LS6 2AB' }),
        p({ line: '88 High Street, Bristol BS8 1TH' }, { town: 'Bristol', postcode: 'BS8 1TH' }),
      ],
      (r) => {
        const [town, , outward] = pick(r, UK);
        const out = outward(r);
        const inward = `${int(r, 0, 9)}${pick(r, [...INWARD])}${pick(r, [...INWARD])}`;
        const postcode = `${out} ${inward}`;
        const k = r();
        const pcShown = k < 0.15 ? postcode.toLowerCase() : k < 0.3 ? `${out}${inward}` : postcode;
        const door = r() < 0.3 ? `Flat ${int(r, 1, 12)}, ${int(r, 1, 200)}` : `${int(r, 1, 200)}`;
        const street = pick(r, UK_STREETS);
        const text = pick(r, [
          `${door} ${street}, ${town} ${pcShown}`,
          `${door} ${street}, ${town} ${pcShown}`,
          `${door} ${street}, ${town}, ${pcShown}`,
          `${door} ${street}, ${town}, ${pcShown}, UK`,
        ]);
        return p({ line: spaced(r, text) }, { town, postcode });
      },
      7102,
    ),
  );

  const JP: [string, string, string][] = [
    ['東京都', '渋谷区渋谷', '1'],
    ['東京都', '新宿区西新宿', '1'],
    ['大阪府', '大阪市北区梅田', '5'],
    ['京都府', '京都市中京区', '6'],
    ['北海道', '札幌市中央区', '0'],
    ['神奈川県', '横浜市西区', '2'],
    ['愛知県', '名古屋市中区', '4'],
    ['福岡県', '福岡市博多区', '8'],
  ];
  const wide = (s: string): string =>
    s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  tasks.push(
    task(
      'address-jp-postal',
      'strings',
      'Japanese shipping addresses: "〒150-0002 東京都渋谷区渋谷2-21-1", sometimes without 〒, the postal code without its hyphen, written at the end, or in full-width digits (１５０-０００２); to the postal code as 123-4567 in ASCII digits and the prefecture (都, 道, 府 or 県, as written).',
      [
        p({ addr: '〒150-0002 東京都渋谷区渋谷2-21-1' }, { postal: '150-0002', prefecture: '東京都' }),
        p({ addr: '〒530-0001 大阪府大阪市北区梅田3-1-1' }, { postal: '530-0001', prefecture: '大阪府' }),
        p(
          { addr: '〒812-0012 福岡県福岡市博多区博多駅中央街1-1' },
          { postal: '812-0012', prefecture: '福岡県' },
        ),
      ],
      (r) => {
        const [pref, city, first] = pick(r, JP);
        const a = `${first}${digits(r, 2)}`;
        const b = digits(r, 4);
        const postal = `${a}-${b}`;
        const block = `${int(r, 1, 9)}-${int(r, 1, 30)}-${int(r, 1, 20)}`;
        const k = int(r, 0, 9);
        const codeShown = k === 0 ? `${a}${b}` : k === 1 ? wide(postal) : postal;
        const rest = `${pref}${city}${block}`;
        const text = pick(r, [
          `〒${codeShown} ${rest}`,
          `〒${codeShown} ${rest}`,
          `${codeShown} ${rest}`,
          `〒 ${codeShown} ${rest}`,
          `${rest} 〒${codeShown}`,
        ]);
        return p({ addr: text }, { postal, prefecture: pref });
      },
      7103,
    ),
  );
}

// =============================================================== prices and quantities
{
  tasks.push(
    task(
      'price-from',
      'numbers',
      'Listing prices shown as a floor: "from $12.99", "From $12", "$12.99+", "starting at $9.50", "$1,299 and up" or "from 12.99 USD"; to the lowest price as a number.',
      [
        p({ price: 'from $12.99' }, { min: 12.99 }),
        p({ price: 'from $45.00' }, { min: 45 }),
        p({ price: 'from $8.50' }, { min: 8.5 }),
      ],
      (r) => {
        const x = price(r, 1, 2500);
        const m = r() < 0.5 ? money(x) : moneyShort(x);
        const text = pick(r, [
          `from $${m}`,
          `From $${m}`,
          `$${m}+`,
          `starting at $${m}`,
          `Starting at $${m}`,
          `$${m} and up`,
          `from ${m} USD`,
        ]);
        return p({ price: text }, { min: x });
      },
      7201,
    ),
  );

  tasks.push(
    task(
      'price-upto',
      'numbers',
      'Budgets from a request form: "up to $50", "under $30", "less than 30 EUR", "max. £45", "≤ $80", "below 1,200 USD" or "$50 max"; to the upper bound as a number.',
      [
        p({ budget: 'up to $50' }, { max: 50 }),
        p({ budget: 'up to $120' }, { max: 120 }),
        p({ budget: 'up to $75.50' }, { max: 75.5 }),
      ],
      (r) => {
        const x = r() < 0.7 ? int(r, 5, 3000) : round(int(r, 500, 30000) / 100, 2);
        const m = moneyShort(x);
        const text = pick(r, [
          `up to $${m}`,
          `Up to $${m}`,
          `under $${m}`,
          `less than ${m} EUR`,
          `max. £${m}`,
          `≤ $${m}`,
          `below ${m} USD`,
          `$${m} max`,
        ]);
        return p({ budget: text }, { max: x });
      },
      7202,
    ),
  );

  // recipe lines: amount, unit, ingredient, an optional preparation after a comma
  const FRACTIONS: [string, number, string][] = [
    ['½', 0.5, '1/2'],
    ['¼', 0.25, '1/4'],
    ['¾', 0.75, '3/4'],
    ['⅓', 1 / 3, '1/3'],
    ['⅔', 2 / 3, '2/3'],
  ];
  const UNITS: [string, string[]][] = [
    ['cup', ['cup', 'cups', 'c.']],
    ['tbsp', ['tbsp', 'Tbsp', 'tablespoons', 'tablespoon', 'T']],
    ['tsp', ['tsp', 'teaspoons', 'teaspoon', 't']],
    ['g', ['g', 'grams', 'gr']],
    ['ml', ['ml', 'mL', 'millilitres']],
    ['oz', ['oz', 'ounces']],
  ];
  const INGREDIENTS = [
    'flour',
    'sugar',
    'brown sugar',
    'butter',
    'olive oil',
    'milk',
    'rolled oats',
    'cocoa powder',
    'rice',
    'honey',
    'baking soda',
    'sea salt',
  ];
  const PREP = ['', '', '', ', sifted', ', melted', ', softened', ', divided', ' (packed)'];
  interface Qty {
    amount: number;
    shown: string;
  }
  const qty = (r: R): Qty => {
    const whole = int(r, 0, 4);
    const k = r();
    if (k < 0.4 || whole === 0) {
      if (whole === 0 || k < 0.2) {
        const [u, v, a] = pick(r, FRACTIONS);
        if (whole === 0) return { amount: v, shown: r() < 0.6 ? u : a };
        return { amount: whole + v, shown: r() < 0.6 ? `${whole}${u}` : `${whole} ${a}` };
      }
      return { amount: whole, shown: String(whole) };
    }
    if (k < 0.55) return { amount: whole + 0.5, shown: `${whole}.5` };
    return { amount: whole, shown: String(whole) };
  };
  const recipe = (r: R): { line: string; amount: number; unit: string; ingredient: string } => {
    const q = qty(r);
    const [unit, forms] = pick(r, UNITS);
    const big = unit === 'g' || unit === 'ml';
    const amount = big ? int(r, 1, 50) * 10 : q.amount;
    const shown = big ? String(amount) : q.shown;
    const unitShown = pick(r, forms);
    const ingredient = pick(r, INGREDIENTS);
    const glue = big && r() < 0.4 && unitShown.length <= 2 ? '' : ' ';
    return {
      line: `${shown}${glue}${unitShown} ${ingredient}${pick(r, PREP)}`,
      amount: round(amount, 2),
      unit,
      ingredient,
    };
  };
  tasks.push(
    task(
      'recipe-quantity',
      'numbers',
      'Ingredient lines from recipe sites: "1½ cups flour", "1 1/2 cups", "½ cup", "2 Tbsp", "3 teaspoons", "250g rice", "c." for cup, T for tablespoon and t for teaspoon; to the amount (fractions as decimals, rounded to 2 places) and the unit as one of cup, tbsp, tsp, g, ml, oz.',
      [
        p({ line: '2 cups flour' }, { amount: 2, unit: 'cup' }),
        p({ line: '1½ cups sugar' }, { amount: 1.5, unit: 'cup' }),
        p({ line: '3 tbsp butter, melted' }, { amount: 3, unit: 'tbsp' }),
        p({ line: '250 g rice' }, { amount: 250, unit: 'g' }),
      ],
      (r) => {
        const x = recipe(r);
        return p({ line: x.line }, { amount: x.amount, unit: x.unit });
      },
      7203,
    ),
  );

  tasks.push(
    task(
      'ingredient-name',
      'strings',
      'The same recipe lines ("1½ cups brown sugar (packed)", "2 Tbsp olive oil, divided", "250g rice"); to the ingredient alone: no amount, no unit, nothing after a comma or in parentheses.',
      [
        p({ line: '2 cups flour, sifted' }, { ingredient: 'flour' }),
        p({ line: '1 tbsp olive oil' }, { ingredient: 'olive oil' }),
        p({ line: '3 tsp baking soda' }, { ingredient: 'baking soda' }),
      ],
      (r) => {
        const x = recipe(r);
        return p({ line: x.line }, { ingredient: x.ingredient });
      },
      7204,
    ),
  );

  tasks.push(
    task(
      'pack-total-grams',
      'numbers',
      'Pack sizes from a grocery feed: "2 x 500 g", "500 g", "500g", "6×250g", "3 x 1 kg", "1.5 kg" or "2 x 1.5 kg"; to the total weight in grams (1 kg = 1000 g).',
      [
        p({ pack: '2 x 500 g' }, { grams: 1000 }),
        p({ pack: '500 g' }, { grams: 500 }),
        p({ pack: '4 x 125 g' }, { grams: 500 }),
      ],
      (r) => {
        const n = r() < 0.5 ? 1 : int(r, 2, 12);
        const kg = r() < 0.35;
        const each = kg
          ? pick(r, [1, 1.5, 2, 2.5, 5])
          : pick(r, [50, 100, 125, 150, 200, 250, 400, 500, 750]);
        const unit = kg ? pick(r, [' kg', 'kg']) : pick(r, [' g', 'g']);
        const x = pick(r, [' x ', 'x', '×', ' × ', ' X ']);
        const text = n === 1 && r() < 0.8 ? `${each}${unit}` : `${n}${x}${each}${unit}`;
        return p({ pack: text }, { grams: Math.round(n * each * (kg ? 1000 : 1)) });
      },
      7205,
    ),
  );

  const PRODUCTS = [
    'Blue Widget',
    'Hex Bolt M8',
    'USB-C Cable 2m',
    'Notebook A5',
    'Coffee Beans 1kg',
    'Desk Lamp',
    'Paper Clips',
  ];
  tasks.push(
    task(
      'invoice-line',
      'nested',
      'Invoice lines pasted from suppliers\' PDFs: "3 x Blue Widget @ 4.50", "Blue Widget x3 @ $4.50", "3 pcs Blue Widget at 4.50 each" or "Qty 3 – Blue Widget – 4.50/ea"; to the quantity and the line total (quantity × unit price, rounded to cents).',
      [
        p({ line: '3 x Blue Widget @ 4.50' }, { qty: 3, total: 13.5 }),
        p({ line: '10 x Paper Clips @ 0.99' }, { qty: 10, total: 9.9 }),
        p({ line: '1 x Desk Lamp @ 24.00' }, { qty: 1, total: 24 }),
      ],
      (r) => {
        const q = int(r, 1, 48);
        const unit = round(int(r, 10, 9999) / 100, 2);
        const u = unit.toFixed(2);
        const name = pick(r, PRODUCTS);
        const text = pick(r, [
          `${q} x ${name} @ ${u}`,
          `${q} x ${name} @ ${u}`,
          `${name} x${q} @ $${u}`,
          `${q} pcs ${name} at ${u} each`,
          `Qty ${q} – ${name} – ${u}/ea`,
        ]);
        return p({ line: text }, { qty: q, total: round(q * unit, 2) });
      },
      7206,
    ),
  );

  tasks.push(
    task(
      'order-line-sku-qty',
      'nested',
      'Order lines from a chat-ordering bot: "AB-1042 x 3", "AB-1042 ×3", "3 × AB-1042", "AB-1042 (qty 3)", "AB-1042 qty: 3" or a bare "AB-1042" (quantity 1); SKUs are two or three capitals, a hyphen, four digits and sometimes a size suffix (-S, -M, -XL); to the SKU and the quantity.',
      [
        p({ item: 'AB-1042 x 3' }, { sku: 'AB-1042', qty: 3 }),
        p({ item: 'KT-2210 x 1' }, { sku: 'KT-2210', qty: 1 }),
        p({ item: 'ZX-7781 x 12' }, { sku: 'ZX-7781', qty: 12 }),
      ],
      (r) => {
        const letters = 'ABCDEFGHJKLMNPRSTUVWXZ';
        const pre = Array.from({ length: int(r, 2, 3) }, () => pick(r, [...letters])).join('');
        const sku = `${pre}-${int(r, 1000, 9999)}${r() < 0.25 ? `-${pick(r, ['S', 'M', 'L', 'XL'])}` : ''}`;
        const q = r() < 0.2 ? 1 : int(r, 1, 20);
        const text =
          q === 1 && r() < 0.5
            ? sku
            : pick(r, [
                `${sku} x ${q}`,
                `${sku} ×${q}`,
                `${q} × ${sku}`,
                `${sku} (qty ${q})`,
                `${sku} qty: ${q}`,
              ]);
        return p({ item: spaced(r, text) }, { sku, qty: q });
      },
      7207,
    ),
  );
}

// =============================================================== names and dates
{
  const TITLES: [string, string[]][] = [
    ['Dr', ['Dr.', 'Dr']],
    ['Mr', ['Mr.', 'Mr']],
    ['Mrs', ['Mrs.', 'Mrs']],
    ['Ms', ['Ms.', 'Ms']],
    ['Prof', ['Prof.', 'Prof']],
    ['Rev', ['Rev.']],
  ];
  const FIRST = ['Maria', 'James', 'Priya', 'Kwame', 'Elena', 'Hiro', 'Sofia', 'Liam', 'Aisha', 'Tomás'];
  const MIDDLE = ['A.', 'J.', 'Lee', 'Anne', 'K.'];
  const LAST = [
    'Rossi',
    'Smith',
    'Patel',
    'Mensah',
    'Novak',
    "O'Brien",
    'Tanaka',
    'van der Berg',
    'García',
    'Lee-Jones',
  ];
  tasks.push(
    task(
      'name-salutation',
      'strings',
      'Contacts with a title, for letter greetings: "Dr. Maria Rossi", "Ms Priya Patel", sometimes a middle name or initial, a suffix after a comma ("Jr.", "PhD", "MBE"), a surname with a particle or apostrophe; to the title without its dot and the surname: "Dr Rossi".',
      [
        p({ name: 'Dr. Maria Rossi' }, { salutation: 'Dr Rossi' }),
        p({ name: 'Mr. James Smith' }, { salutation: 'Mr Smith' }),
        p({ name: 'Ms Priya Patel' }, { salutation: 'Ms Patel' }),
      ],
      (r) => {
        const [title, forms] = pick(r, TITLES);
        const last = pick(r, LAST);
        const mid = r() < 0.3 ? ` ${pick(r, MIDDLE)}` : '';
        const suffix = r() < 0.2 ? `, ${pick(r, ['Jr.', 'PhD', 'MBE', 'III'])}` : '';
        const text = `${pick(r, forms)} ${pick(r, FIRST)}${mid} ${last}${suffix}`;
        return p({ name: text }, { salutation: `${title} ${last}` });
      },
      7301,
    ),
  );

  tasks.push(
    task(
      'date-weekday-text',
      'dates',
      'Dates written with their weekday, from emails and calendar exports: "Tuesday, 5 March 2024", "Tue 5 Mar 2024", "Tuesday, March 5, 2024", "Tue 5th March 2024" or an e-mail Date header "Tue, 05 Mar 2024 14:30:00 +0000"; to ISO yyyy-mm-dd.',
      [
        p({ when: 'Tuesday, 5 March 2024' }, { date: '2024-03-05' }),
        p({ when: 'Friday, 17 November 2023' }, { date: '2023-11-17' }),
        p({ when: 'Monday, 30 June 2025' }, { date: '2025-06-30' }),
      ],
      (r) => {
        const ms = Date.UTC(2015, 0, 1) + int(r, 0, 4700) * 86400000;
        const dt = new Date(ms);
        const y = dt.getUTCFullYear();
        const mo = dt.getUTCMonth();
        const d = dt.getUTCDate();
        const wd = WEEKDAYS[dt.getUTCDay()] ?? '';
        const M = MONTHS[mo] ?? '';
        const text = pick(r, [
          `${wd}, ${d} ${M} ${y}`,
          `${wd.slice(0, 3)} ${d} ${M.slice(0, 3)} ${y}`,
          `${wd}, ${M} ${d}, ${y}`,
          `${wd.slice(0, 3)} ${ordinal(d)} ${M} ${y}`,
          `${wd.slice(0, 3)}, ${pad(d)} ${M.slice(0, 3)} ${y} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))} ${pick(r, ['+0000', '-0500', '+0100', '+0900'])}`,
        ]);
        return p({ when: text }, { date: `${y}-${pad(mo + 1)}-${pad(d)}` });
      },
      7302,
    ),
  );

  const OFFSETS = [
    0, 60, 120, 180, 330, 345, 540, 570, 600, 780, -180, -240, -300, -360, -420, -480, -210, 480, 300, 240,
  ];
  tasks.push(
    task(
      'tz-offset-minutes',
      'numbers',
      'Timezone offsets from user profiles and log headers: "+05:30", "-08:00", "UTC+5:30", "GMT-8", "-0800", "+01", "UTC", "GMT" or "Z"; to the offset in minutes east of UTC (negative west).',
      [
        p({ user: 'u1042', tz: '+05:30' }, { minutes: 330 }),
        p({ user: 'u2210', tz: '-08:00' }, { minutes: -480 }),
        p({ user: 'u3307', tz: '+01:00' }, { minutes: 60 }),
      ],
      (r) => {
        const m = pick(r, OFFSETS);
        const user = `u${int(r, 1000, 9999)}`;
        if (m === 0 && r() < 0.6)
          return p({ user, tz: pick(r, ['UTC', 'GMT', 'Z', 'UTC±0']) }, { minutes: 0 });
        const s = m < 0 ? '-' : '+';
        const h = Math.floor(Math.abs(m) / 60);
        const mm = Math.abs(m) % 60;
        const text = pick(r, [
          `${s}${pad(h)}:${pad(mm)}`,
          `${s}${pad(h)}:${pad(mm)}`,
          `UTC${s}${h}${mm ? `:${pad(mm)}` : ''}`,
          `GMT${s}${h}${mm ? `:${pad(mm)}` : ''}`,
          `${s}${pad(h)}${pad(mm)}`,
          mm ? `${s}${pad(h)}:${pad(mm)}` : `${s}${pad(h)}`,
        ]);
        return p({ user, tz: text }, { minutes: m });
      },
      7303,
    ),
  );

  tasks.push(
    task(
      'card-expiry',
      'nested',
      'Card expiry dates typed at checkout: "12/26", "12/2026", "12-26", "1/27", "12 / 26", "Exp 03/27" or "Dec 2026"; two-digit years are 20xx; to the month and the four-digit year.',
      [
        p({ exp: '12/26' }, { month: 12, year: 2026 }),
        p({ exp: '03/27' }, { month: 3, year: 2027 }),
        p({ exp: '08/25' }, { month: 8, year: 2025 }),
      ],
      (r) => {
        const mo = int(r, 1, 12);
        const y = int(r, 2024, 2035);
        const yy = pad(y % 100);
        const text = pick(r, [
          `${pad(mo)}/${yy}`,
          `${pad(mo)}/${yy}`,
          `${pad(mo)}/${y}`,
          `${pad(mo)}-${yy}`,
          `${mo}/${yy}`,
          `${pad(mo)} / ${yy}`,
          `Exp ${pad(mo)}/${yy}`,
          `${(MONTHS[mo - 1] ?? '').slice(0, 3)} ${y}`,
        ]);
        return p({ exp: text }, { month: mo, year: y });
      },
      7304,
    ),
  );
}

// =============================================================== logs, web and files
{
  const ip = (r: R): string =>
    r() < 0.15
      ? `2001:db8::${int(r, 1, 0xffff).toString(16)}`
      : `${int(r, 1, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  const PATHS = [
    '/index.html',
    '/api/v1/orders',
    '/login',
    '/static/app.js',
    '/images/logo.png',
    '/search?q=shoes&page=2',
    '/cart',
    '/api/v2/users/42',
  ];
  tasks.push(
    task(
      'http-log-request',
      'nested',
      'Web server access log lines (combined format): client, identity, user, [time], "METHOD path PROTOCOL", status, bytes, referrer, user agent; bytes is "-" when nothing was sent (0), the user may be a name, the client an IPv6 address, the protocol HTTP/1.0, 1.1 or 2.0; to the method, the status and the bytes.',
      [
        p(
          {
            line: '203.0.113.7 - - [05/Mar/2024:14:30:00 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"',
          },
          { method: 'GET', status: 200, bytes: 5120 },
        ),
        p(
          {
            line: '198.51.100.23 - - [05/Mar/2024:14:31:12 +0000] "GET /static/app.js HTTP/1.1" 200 48213 "https://example.com/" "Mozilla/5.0"',
          },
          { method: 'GET', status: 200, bytes: 48213 },
        ),
        p(
          {
            line: '192.0.2.44 - - [05/Mar/2024:14:32:40 +0000] "GET /missing HTTP/1.1" 404 312 "-" "curl/8.4.0"',
          },
          { method: 'GET', status: 404, bytes: 312 },
        ),
      ],
      (r) => {
        const method = pick(r, ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH']);
        const status = pick(r, [200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 500, 502]);
        const empty = status === 204 || status === 304 || method === 'HEAD' || r() < 0.05;
        const bytes = empty ? 0 : int(r, 20, 250000);
        const user = r() < 0.2 ? pick(r, ['frank', 'alice', 'svc-backup']) : '-';
        const proto = pick(r, ['HTTP/1.1', 'HTTP/1.1', 'HTTP/2.0', 'HTTP/1.0']);
        const when = `${pad(int(r, 1, 28))}/${pick(r, ['Jan', 'Mar', 'Jul', 'Oct'])}/2024:${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))} ${pick(r, ['+0000', '-0700', '+0200'])}`;
        const ref = pick(r, ['-', 'https://example.com/', 'https://www.google.com/']);
        const ua = pick(r, ['Mozilla/5.0', 'curl/8.4.0', 'python-requests/2.31.0', 'Googlebot/2.1']);
        const line = `${ip(r)} - ${user} [${when}] "${method} ${pick(r, PATHS)} ${proto}" ${status} ${empty ? (r() < 0.7 ? '-' : '0') : bytes} "${ref}" "${ua}"`;
        return p({ line }, { method, status, bytes });
      },
      7401,
    ),
  );

  const REASONS: [number, string][] = [
    [200, 'OK'],
    [201, 'Created'],
    [301, 'Moved Permanently'],
    [302, 'Found'],
    [400, 'Bad Request'],
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [404, 'Not Found'],
    [429, 'Too Many Requests'],
    [500, 'Internal Server Error'],
    [503, 'Service Unavailable'],
  ];
  tasks.push(
    task(
      'http-status-code',
      'numbers',
      'First lines of HTTP responses captured by a monitoring tool: "HTTP/1.1 404 Not Found", "HTTP/2 200", "HTTP/1.0 301 Moved Permanently", or from other tools "404 Not Found", "Status: 503 Service Unavailable", "status=201"; to the status code.',
      [
        p({ check: 'chk-1042', response: 'HTTP/1.1 404 Not Found' }, { status: 404 }),
        p({ check: 'chk-1043', response: 'HTTP/1.1 200 OK' }, { status: 200 }),
        p({ check: 'chk-1044', response: 'HTTP/1.1 503 Service Unavailable' }, { status: 503 }),
      ],
      (r) => {
        const [code, reason] = pick(r, REASONS);
        const text = pick(r, [
          `HTTP/1.1 ${code} ${reason}`,
          `HTTP/1.1 ${code} ${reason}`,
          `HTTP/2 ${code}`,
          `HTTP/1.0 ${code} ${reason}`,
          `${code} ${reason}`,
          `Status: ${code} ${reason}`,
          `status=${code}`,
        ]);
        return p({ check: `chk-${int(r, 1000, 9999)}`, response: text }, { status: code });
      },
      7402,
    ),
  );

  const OS = ['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64'];
  tasks.push(
    task(
      'user-agent-browser',
      'nested',
      'User-agent strings from an analytics export; to the browser (Chrome, Firefox, Edge, Safari or Opera) and its major version. Edge and Opera also say "Chrome/…" but add "Edg/…" or "OPR/…", which decide; Safari\'s version is "Version/…" (its "Safari/605…" is the engine build).',
      [
        p(
          {
            ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36',
          },
          { browser: 'Chrome', major: 120 },
        ),
        p(
          {
            ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.88 Safari/537.36',
          },
          { browser: 'Chrome', major: 118 },
        ),
        p(
          { ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0' },
          { browser: 'Firefox', major: 121 },
        ),
      ],
      (r) => {
        const os = pick(r, OS);
        const k = int(r, 0, 9);
        const cv = int(r, 100, 131);
        const chrome = `Mozilla/5.0 (${os}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${cv}.0.${int(r, 4000, 6999)}.${int(r, 10, 200)} Safari/537.36`;
        if (k < 4) return p({ ua: chrome }, { browser: 'Chrome', major: cv });
        if (k < 6) {
          const fv = int(r, 100, 132);
          return p(
            { ua: `Mozilla/5.0 (${os}; rv:${fv}.0) Gecko/20100101 Firefox/${fv}.0` },
            { browser: 'Firefox', major: fv },
          );
        }
        if (k < 8) {
          const ev = int(r, 100, 131);
          return p(
            { ua: `${chrome} Edg/${ev}.0.${int(r, 1000, 2999)}.${int(r, 10, 99)}` },
            { browser: 'Edge', major: ev },
          );
        }
        if (k < 9) {
          const sv = int(r, 14, 18);
          return p(
            {
              ua: `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${sv}.${int(r, 0, 6)} Safari/605.1.15`,
            },
            { browser: 'Safari', major: sv },
          );
        }
        const ov = int(r, 90, 115);
        return p(
          { ua: `${chrome} OPR/${ov}.0.${int(r, 1000, 5999)}.${int(r, 10, 99)}` },
          { browser: 'Opera', major: ov },
        );
      },
      7403,
    ),
  );

  const DIRS = [
    '/home/ana/docs',
    '/var/log',
    '/srv/data/exports',
    'C:\\Users\\Bo\\Pictures',
    'D:\\Projects\\site',
    '~/Downloads',
    './build',
  ];
  const STEMS = [
    'report',
    'report.final',
    'photo_0012',
    'backup-2024-03-05',
    'README',
    'app',
    'data.v2',
    'Invoice 2024-118',
  ];
  const EXTS = ['pdf', 'log', 'JPG', 'jpeg', 'csv', 'tar.gz', 'json', 'PNG', 'md', 'xlsx', ''];
  const filePath = (r: R): { path: string; stem: string; ext: string } => {
    const dir = pick(r, DIRS);
    const stem = pick(r, STEMS);
    const ext = pick(r, EXTS);
    const sep = dir.includes('\\') ? '\\' : '/';
    const name = ext === '' ? stem : `${stem}.${ext}`;
    const lastDot = name.lastIndexOf('.');
    return {
      path: `${dir}${sep}${name}`,
      stem: lastDot > 0 ? name.slice(0, lastDot) : name,
      ext: lastDot > 0 ? name.slice(lastDot + 1).toLowerCase() : '',
    };
  };
  tasks.push(
    task(
      'file-extension',
      'strings',
      'File paths from a backup report, Unix or Windows: the extension of the file name in lower case, without the dot; only the last extension counts ("archive.tar.gz" → "gz"); "" when the name has no dot (README).',
      [
        p({ path: '/home/ana/docs/report.pdf' }, { ext: 'pdf' }),
        p({ path: '/var/log/app.log' }, { ext: 'log' }),
        p({ path: '/srv/data/exports/orders.csv' }, { ext: 'csv' }),
      ],
      (r) => {
        const f = filePath(r);
        return p({ path: f.path }, { ext: f.ext });
      },
      7404,
    ),
  );

  tasks.push(
    task(
      'file-stem',
      'strings',
      'The same backup paths, Unix or Windows; to the file name without its directory and without its last extension ("report.final.pdf" → "report.final", "README" stays "README", "Invoice 2024-118.xlsx" → "Invoice 2024-118").',
      [
        p({ path: '/home/ana/docs/report.pdf' }, { name: 'report' }),
        p({ path: '/var/log/app.log' }, { name: 'app' }),
        p({ path: '/srv/data/exports/photo_0012.png' }, { name: 'photo_0012' }),
      ],
      (r) => {
        const f = filePath(r);
        return p({ path: f.path }, { name: f.stem });
      },
      7405,
    ),
  );

  tasks.push(
    task(
      'semver-channel',
      'nested',
      'Release tags from a changelog: "v1.4.0", "1.4.0-rc.2", "v2.0.0-beta.11", "1.0.0-alpha", "3.1.2+build.7" (build metadata ignored); to the version "major.minor.patch" and the channel: the pre-release tag\'s first word (alpha, beta, rc) or "stable" when there is none.',
      [
        p({ tag: 'v1.4.0' }, { version: '1.4.0', channel: 'stable' }),
        p({ tag: 'v1.5.0-rc.2' }, { version: '1.5.0', channel: 'rc' }),
        p({ tag: 'v2.0.0-beta.1' }, { version: '2.0.0', channel: 'beta' }),
      ],
      (r) => {
        const version = `${int(r, 0, 12)}.${int(r, 0, 30)}.${int(r, 0, 40)}`;
        const ch = pick(r, ['stable', 'stable', 'rc', 'beta', 'alpha']);
        const pre = ch === 'stable' ? '' : `-${ch}${r() < 0.8 ? `.${int(r, 0, 14)}` : ''}`;
        const build = r() < 0.15 ? `+build.${int(r, 1, 999)}` : '';
        const v = r() < 0.5 ? 'v' : '';
        return p({ tag: `${v}${version}${pre}${build}` }, { version, channel: ch });
      },
      7406,
    ),
  );
}

// =============================================================== phones, sizes, percentages, answers
{
  tasks.push(
    task(
      'phone-main-e164',
      'strings',
      'US office numbers with extensions from a CRM: "+1 (415) 555-2671 ext. 204", "415-555-2671 x204", "(415) 555-2671", "415.555.2671 #12", "1-415-555-2671 extension 7"; to the main number in E.164 (+1 and ten digits), the extension dropped.',
      [
        p({ phone: '+1 (415) 555-2671 ext. 204' }, { number: '+14155552671' }),
        p({ phone: '+1 (212) 555-0199 ext. 12' }, { number: '+12125550199' }),
        p({ phone: '+1 (646) 555-8810 ext. 3301' }, { number: '+16465558810' }),
      ],
      (r) => {
        const a = `${int(r, 2, 9)}${digits(r, 2)}`;
        const b = `${int(r, 2, 9)}${digits(r, 2)}`;
        const c = digits(r, 4);
        const ext = String(int(r, 1, 9999));
        const main = pick(r, [
          `+1 (${a}) ${b}-${c}`,
          `${a}-${b}-${c}`,
          `(${a}) ${b}-${c}`,
          `${a}.${b}.${c}`,
          `1-${a}-${b}-${c}`,
        ]);
        const tail = pick(r, [
          '',
          ` ext. ${ext}`,
          ` x${ext}`,
          ` #${ext}`,
          ` extension ${ext}`,
          ` ext ${ext}`,
        ]);
        return p({ phone: `${main}${tail}` }, { number: `+1${a}${b}${c}` });
      },
      7501,
    ),
  );

  tasks.push(
    task(
      'size-pair',
      'nested',
      'Frame and print sizes from a shop catalogue: "12 x 8 in", "12x8in", "12 × 8 inches", "8.5 x 11 in", "12\\" x 8\\"", "30 x 20 cm" or "300 x 200 mm"; to width, height and the unit as in, cm or mm.',
      [
        p({ size: '12 x 8 in' }, { width: 12, height: 8, unit: 'in' }),
        p({ size: '16 x 20 in' }, { width: 16, height: 20, unit: 'in' }),
        p({ size: '5 x 7 in' }, { width: 5, height: 7, unit: 'in' }),
      ],
      (r) => {
        const unit = pick(r, ['in', 'in', 'in', 'cm', 'mm']);
        const w =
          unit === 'mm'
            ? int(r, 5, 60) * 10
            : unit === 'in' && r() < 0.2
              ? int(r, 4, 20) + 0.5
              : int(r, 3, 60);
        const h = unit === 'mm' ? int(r, 5, 60) * 10 : int(r, 3, 60);
        const text =
          unit === 'in'
            ? pick(r, [
                `${w} x ${h} in`,
                `${w}x${h}in`,
                `${w} × ${h} inches`,
                `${w}" x ${h}"`,
                `${w} in x ${h} in`,
              ])
            : pick(r, [`${w} x ${h} ${unit}`, `${w}x${h}${unit}`, `${w} × ${h} ${unit}`]);
        return p({ size: text }, { width: w, height: h, unit });
      },
      7502,
    ),
  );

  const RES: [number, number, string][] = [
    [1280, 720, 'HD'],
    [1366, 768, ''],
    [1920, 1080, 'Full HD'],
    [2560, 1440, 'QHD'],
    [3440, 1440, 'UWQHD'],
    [3840, 2160, '4K UHD'],
    [1600, 900, 'HD+'],
    [2880, 1800, ''],
  ];
  tasks.push(
    task(
      'screen-resolution',
      'nested',
      'Monitor resolutions from product titles: "1920x1080", "1920 × 1080", "Full HD (1920x1080)", "4K UHD 3840 x 2160 px", "2560x1440@144Hz" or "1920*1080"; to width and height in pixels.',
      [
        p({ display: '1920x1080' }, { width: 1920, height: 1080 }),
        p({ display: '2560x1440' }, { width: 2560, height: 1440 }),
        p({ display: '1280x720' }, { width: 1280, height: 720 }),
      ],
      (r) => {
        const [w, h, label] = pick(r, RES);
        const hz = pick(r, [60, 75, 144, 165, 240]);
        const text = pick(r, [
          `${w}x${h}`,
          `${w} × ${h}`,
          label ? `${label} (${w}x${h})` : `${w}x${h}`,
          `${label ? `${label} ` : ''}${w} x ${h} px`,
          `${w}x${h}@${hz}Hz`,
          `${w}*${h}`,
        ]);
        return p({ display: text, model: `MON-${int(r, 100, 999)}` }, { width: w, height: h });
      },
      7503,
    ),
  );

  tasks.push(
    task(
      'percent-number',
      'numbers',
      'Rates typed into a form: "45%", "45 %", "45.5%", "45 percent", "12,5 %" (comma decimal), "+3.2%" or "-1.5%"; to the percentage as a number (45, 45.5, 12.5, 3.2, -1.5).',
      [
        p({ rate: '45%' }, { percent: 45 }),
        p({ rate: '12%' }, { percent: 12 }),
        p({ rate: '7.5%' }, { percent: 7.5 }),
      ],
      (r) => {
        const neg = r() < 0.15;
        const x = r() < 0.5 ? int(r, 0, 100) : round(int(r, 0, 1000) / 10, 1);
        const v = neg ? -x : x;
        const s = String(Math.abs(x));
        const sign = neg ? '-' : r() < 0.1 ? '+' : '';
        const text = pick(r, [
          `${sign}${s}%`,
          `${sign}${s}%`,
          `${sign}${s} %`,
          `${sign}${s} percent`,
          `${sign}${s.replace('.', ',')} %`,
        ]);
        return p({ rate: text }, { percent: v });
      },
      7504,
    ),
  );

  const YES = [
    'Yes',
    'yes',
    'Y',
    'y',
    'YES',
    'oui',
    'Oui',
    'ja',
    'Ja',
    'sí',
    'si',
    'да',
    'はい',
    'yep',
    'sure',
    'true',
    '1',
    '✓',
  ];
  const NO = [
    'No',
    'no',
    'N',
    'n',
    'NO',
    'non',
    'Non',
    'nein',
    'Nein',
    'нет',
    'いいえ',
    'nope',
    'false',
    '0',
    '✗',
  ];
  tasks.push(
    task(
      'consent-answer',
      'mappings',
      'Newsletter consent answers from forms in several countries: yes/no in English, French (oui/non), German (ja/nein), Spanish (sí/si/no), Russian (да/нет), Japanese (はい/いいえ), and yep, nope, sure, true, false, 1, 0, ✓, ✗, Y, N in any case; to true or false.',
      [
        p({ answer: 'Yes', email: 'ana@example.com' }, { consent: true }),
        p({ answer: 'No', email: 'bo@example.org' }, { consent: false }),
        p({ answer: 'yes', email: 'cy@example.net' }, { consent: true }),
      ],
      (r) => {
        const yes = r() < 0.5;
        const user = pick(r, ['kim', 'lee', 'max', 'noa', 'eva', 'raj', 'tom', 'zoe']) + int(r, 1, 999);
        const ans = pick(r, yes ? YES : NO);
        return p({ answer: spaced(r, ans), email: `${user}@example.com` }, { consent: yes });
      },
      7505,
    ),
  );
}

// =============================================================== codes
{
  tasks.push(
    task(
      'sort-code',
      'strings',
      'UK bank sort codes from payee forms: "12-34-56", "12 34 56", "123456", "12.34.56" or "Sort code: 12-34-56"; to the six digits.',
      [
        p({ sort: '12-34-56' }, { code: '123456' }),
        p({ sort: '40-11-62' }, { code: '401162' }),
        p({ sort: '20-00-00' }, { code: '200000' }),
      ],
      (r) => {
        const a = digits(r, 2);
        const b = digits(r, 2);
        const c = digits(r, 2);
        const text = pick(r, [
          `${a}-${b}-${c}`,
          `${a}-${b}-${c}`,
          `${a} ${b} ${c}`,
          `${a}${b}${c}`,
          `${a}.${b}.${c}`,
          `Sort code: ${a}-${b}-${c}`,
        ]);
        return p({ sort: spaced(r, text) }, { code: `${a}${b}${c}` });
      },
      7601,
    ),
  );

  tasks.push(
    task(
      'vat-number',
      'strings',
      'EU and UK VAT numbers from supplier records: "DE 123 456 789", "DE123456789", "de123456789", "VAT: GB 123 4567 89", "FR 12 345678901", "NL123456789B01"; to the country prefix and the rest in capitals with no spaces or punctuation.',
      [
        p({ vat: 'DE 123 456 789' }, { vat: 'DE123456789' }),
        p({ vat: 'DE 811 907 980' }, { vat: 'DE811907980' }),
        p({ vat: 'DE 129 273 398' }, { vat: 'DE129273398' }),
      ],
      (r) => {
        const k = int(r, 0, 3);
        let canon: string;
        let shown: string;
        if (k === 0) {
          const d = digits(r, 9);
          canon = `DE${d}`;
          shown = pick(r, [
            `DE ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
            `DE${d}`,
            `de${d}`,
            `DE-${d}`,
          ]);
        } else if (k === 1) {
          const d = digits(r, 9);
          canon = `GB${d}`;
          shown = pick(r, [
            `GB ${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`,
            `GB${d}`,
            `VAT: GB ${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`,
          ]);
        } else if (k === 2) {
          const key = digits(r, 2);
          const d = digits(r, 9);
          canon = `FR${key}${d}`;
          shown = pick(r, [
            `FR ${key} ${d}`,
            `FR${key}${d}`,
            `fr ${key} ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
          ]);
        } else {
          const d = digits(r, 9);
          const b = `B${digits(r, 2)}`;
          canon = `NL${d}${b}`;
          shown = pick(r, [
            `NL${d}${b}`,
            `NL ${d} ${b}`,
            `nl${d}${b.toLowerCase()}`,
            `NL${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}.${b}`,
          ]);
        }
        return p({ vat: spaced(r, shown) }, { vat: canon });
      },
      7602,
    ),
  );

  const AIRPORTS: [string, string][] = [
    ['LHR', 'London Heathrow'],
    ['JFK', 'New York JFK'],
    ['CDG', 'Paris Charles de Gaulle'],
    ['FRA', 'Frankfurt'],
    ['NRT', 'Tokyo Narita'],
    ['SIN', 'Singapore'],
    ['DXB', 'Dubai'],
    ['SFO', 'San Francisco'],
    ['AMS', 'Amsterdam'],
    ['BOM', 'Mumbai'],
  ];
  tasks.push(
    task(
      'route-airports',
      'nested',
      'Flight routes from travel bookings: "LHR → JFK", "LHR-JFK", "LHR to JFK", "lhr/jfk", "London Heathrow (LHR) – New York JFK (JFK)" or "LHR ✈ JFK"; to the origin and destination IATA codes in capitals.',
      [
        p({ route: 'LHR → JFK' }, { from: 'LHR', to: 'JFK' }),
        p({ route: 'CDG → SIN' }, { from: 'CDG', to: 'SIN' }),
        p({ route: 'SFO → NRT' }, { from: 'SFO', to: 'NRT' }),
      ],
      (r) => {
        const [a, an] = pick(r, AIRPORTS);
        let [b, bn] = pick(r, AIRPORTS);
        if (b === a)
          [b, bn] = AIRPORTS[(AIRPORTS.findIndex((x) => x[0] === a) + 1) % AIRPORTS.length] as [
            string,
            string,
          ];
        const text = pick(r, [
          `${a} → ${b}`,
          `${a} → ${b}`,
          `${a}-${b}`,
          `${a} to ${b}`,
          `${a.toLowerCase()}/${b.toLowerCase()}`,
          `${an} (${a}) – ${bn} (${b})`,
          `${a} ✈ ${b}`,
        ]);
        return p({ route: text }, { from: a, to: b });
      },
      7603,
    ),
  );

  tasks.push(
    task(
      'invoice-number-parts',
      'nested',
      'Invoice numbers from several accounting tools: "INV-2024-00123", "INV/2024/123", "inv-2024-0123", "Invoice #2024-00123" or "2024/00123"; to the year and the sequence number (leading zeros dropped).',
      [
        p({ invoice: 'INV-2024-00123' }, { year: 2024, seq: 123 }),
        p({ invoice: 'INV-2023-04410' }, { year: 2023, seq: 4410 }),
        p({ invoice: 'INV-2025-00007' }, { year: 2025, seq: 7 }),
      ],
      (r) => {
        const y = int(r, 2015, 2026);
        const n = r() < 0.3 ? int(r, 1, 99) : int(r, 100, 99999);
        const text = pick(r, [
          `INV-${y}-${pad(n, 5)}`,
          `INV-${y}-${pad(n, 5)}`,
          `INV/${y}/${n}`,
          `inv-${y}-${pad(n, 4)}`,
          `Invoice #${y}-${pad(n, 5)}`,
          `${y}/${pad(n, 5)}`,
        ]);
        return p({ invoice: text }, { year: y, seq: n });
      },
      7604,
    ),
  );

  tasks.push(
    task(
      'commit-short',
      'strings',
      'Commit references from CI logs and chat: a full 40-character hash, "commit <hash>", "sha: <HASH>" in capitals, or "<hash> (HEAD -> main)"; to the short hash: the first seven characters in lower case.',
      [
        p({ ref: '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39' }, { short: '3f2a9c1' }),
        p({ ref: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' }, { short: 'a1b2c3d' }),
        p({ ref: '0be4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8' }, { short: '0be4f1c' }),
      ],
      (r) => {
        const hash = Array.from({ length: 40 }, () => pick(r, [...'0123456789abcdef'])).join('');
        const text = pick(r, [
          hash,
          hash,
          `commit ${hash}`,
          `sha: ${hash.toUpperCase()}`,
          `${hash} (HEAD -> main)`,
        ]);
        return p({ ref: text }, { short: hash.slice(0, 7) });
      },
      7605,
    ),
  );

  tasks.push(
    task(
      'odometer-to-km',
      'numbers',
      'Odometer readings from used-car listings in the US and Europe: "45,000 mi", "45000 miles", "45k mi", "72,000 km" or "72 000 km"; to kilometres rounded to a whole number (1 mi = 1.609344 km).',
      [
        p({ odometer: '45,000 mi' }, { km: 72420 }),
        p({ odometer: '12,500 mi' }, { km: 20117 }),
        p({ odometer: '80,000 mi' }, { km: 128748 }),
      ],
      (r) => {
        const miles = r() < 0.55;
        const n = r() < 0.3 ? int(r, 5, 250) * 1000 : int(r, 1000, 250000);
        const grouped = n.toLocaleString('en-US');
        const text = miles
          ? pick(r, [`${grouped} mi`, `${n} miles`, n % 1000 === 0 ? `${n / 1000}k mi` : `${grouped} miles`])
          : pick(r, [`${grouped} km`, `${grouped.replace(/,/g, ' ')} km`, `${n} km`]);
        return p({ odometer: text }, { km: miles ? Math.round(n * 1.609344) : n });
      },
      7606,
    ),
  );

  tasks.push(
    task(
      'party-size',
      'nested',
      'Guest counts from booking requests: "2 adults, 1 child", "2 adults", "1 adult + 2 children", "Adults: 2, Children: 0", "2 adults and 3 kids" or "2A 1C"; to the number of adults and of children (0 when none is named).',
      [
        p({ guests: '2 adults, 1 child' }, { adults: 2, children: 1 }),
        p({ guests: '2 adults, 2 children' }, { adults: 2, children: 2 }),
        p({ guests: '1 adult, 3 children' }, { adults: 1, children: 3 }),
      ],
      (r) => {
        const a = int(r, 1, 6);
        const c = r() < 0.3 ? 0 : int(r, 1, 4);
        const ad = `${a} adult${a === 1 ? '' : 's'}`;
        const ch = `${c} ${c === 1 ? 'child' : 'children'}`;
        const text =
          c === 0
            ? pick(r, [ad, `Adults: ${a}, Children: 0`, `${a}A`])
            : pick(r, [
                `${ad}, ${ch}`,
                `${ad}, ${ch}`,
                `${ad} + ${ch}`,
                `Adults: ${a}, Children: ${c}`,
                `${ad} and ${c} kid${c === 1 ? '' : 's'}`,
                `${a}A ${c}C`,
              ]);
        return p({ guests: text }, { adults: a, children: c });
      },
      7607,
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function everyday7Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(everyday7Dir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(everyday7Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${everyday7Dir}`);
}
