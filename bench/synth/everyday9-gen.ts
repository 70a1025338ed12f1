/**
 * Writes the ninth set of "everyday" tuning tasks (bench/synth/tasks/everyday9, every name starts
 * with "e9-"), written before tuning (wip11/e9, 2026-12-07), without reading the engine's rules.
 *
 * Its theme: other people's everyday data where a record can be genuinely AMBIGUOUS or unlike the
 * examples, so an engine that deserves trust must send it to review instead of guessing — slash
 * dates mixing US and European order, "1.234" / "1,234" / "1.234,5" (thousands or decimals),
 * percentages as "12%", "12 percent", "0.12", "12 pct" or words, amounts whose currency symbol is
 * shared ($ for USD/CAD/AUD, kr for SEK/NOK/DKK), two-digit years, phone numbers and postcodes of
 * several countries, clock times with and without am/pm, durations, quantities with and without
 * units, names with particles and suffixes.
 *
 * Each task gives 2–5 examples as a user pastes them, an output schema, and held-back records that
 * include formats the examples never show. Labels come from the true value each maker draws first,
 * never from parsing the written text, so the generator is the reference solution. A record no
 * careful person could settle from its own text and the task's description ("04/03/2026" in a column
 * mixing US and European order, "$12" with no country, "1.234" in a column mixing decimal marks, a
 * bare "500" with no unit, "7:30" with no am/pm in a column that has both) keeps the true label and
 * is marked `review`: written, it counts as wrong.
 *
 * Deterministic (seeded): `node bench/synth/everyday9-gen.ts && npx prettier --write
 * bench/synth/tasks/everyday9` rewrites the same files.
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
  type R,
  pair as p,
  unsettled,
  group,
  schema,
} from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const everyday9Dir = join(here, 'tasks', 'everyday9');
/** Held-back test records per task. */
export const TEST_RECORDS = 60;

const task = taskBuilder('e9-', TEST_RECORDS);
const tasks: BenchTask[] = [];
/** Picks `p` or `unsettled` by whether the record can be settled. */
const settle = (ambiguous: boolean): typeof p => (ambiguous ? unsettled : p);
const MONTHS: readonly string[] = MONTH_NAMES;
const MON = MONTHS.map((m) => m.slice(0, 3));
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
/** A decimal with a comma as its mark. */
const comma = (x: number | string): string => String(x).replace('.', ',');
/** Money to two decimals, as text. */
const money = (x: number): string => x.toFixed(2);

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** An English number word for 0–99 ("twenty-five"). */
const words = (n: number): string =>
  n < 20 ? SMALL[n]! : `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${SMALL[n % 10]}` : ''}`;

// =============================================================== dates
{
  tasks.push(
    task(
      'date-slash-us-eu',
      'dates',
      'Payment dates from a card processor feed that merges the US site (MM/DD/YYYY) and the EU site (DD/MM/YYYY) into one column with no site column; some rows are ISO. To ISO. A slashed date whose two parts are both 12 or less and differ cannot be told apart: review. One part over 12 decides it.',
      [
        p({ paid: '12/31/2025' }, { date: '2025-12-31' }),
        p({ paid: '31/12/2025' }, { date: '2025-12-31' }),
        p({ paid: '2026-02-14' }, { date: '2026-02-14' }),
        p({ paid: '07/07/2026' }, { date: '2026-07-07' }),
      ],
      (r) => {
        const y = int(r, 2024, 2027);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const out = { date: iso(y, m, d) };
        const ambiguous = d <= 12 && d !== m;
        const k = r();
        if (k < 0.15) return p({ paid: iso(y, m, d) }, out);
        if (k < 0.55) return settle(ambiguous)({ paid: `${pad(m)}/${pad(d)}/${y}` }, out);
        if (k < 0.9) return settle(ambiguous)({ paid: `${pad(d)}/${pad(m)}/${y}` }, out);
        return settle(ambiguous)({ paid: `${m}/${d}/${y}` }, out);
      },
      9101,
      schema({ date: 'string' }),
    ),
  );

  tasks.push(
    task(
      'date-two-digit-year',
      'dates',
      'Order dates from an old US point-of-sale export: "3/14/26", "03-14-26", "14-Mar-26", "Mar 14 26"; all orders are from 2019–2027. To ISO.',
      [
        p({ ordered: '3/14/26' }, { date: '2026-03-14' }),
        p({ ordered: '11/02/19' }, { date: '2019-11-02' }),
        p({ ordered: '14-Mar-26' }, { date: '2026-03-14' }),
      ],
      (r) => {
        const y = int(r, 2019, 2027);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const yy = pad(y % 100);
        const text = pick(r, [
          `${m}/${d}/${yy}`,
          `${pad(m)}/${pad(d)}/${yy}`,
          `${pad(m)}-${pad(d)}-${yy}`,
          `${pad(d)}-${MON[m - 1]}-${yy}`,
          `${d}-${MON[m - 1]!.toUpperCase()}-${yy}`,
          `${MON[m - 1]} ${d} ${yy}`,
          `${m}/${d}/${y}`,
        ]);
        return p({ ordered: text }, { date: iso(y, m, d) });
      },
      9102,
      schema({ date: 'string' }),
    ),
  );

  tasks.push(
    task(
      'birth-year-two-digit',
      'dates',
      'Members’ birth dates from a sports club’s paper forms, typed as "DD.MM.YY", "DD.MM.YYYY", "D.M.YY" or with slashes "DD/MM/YY" (the club is German: day first); members are aged 5 to 90 in 2026. To ISO (a two-digit year over 26 is 19xx, else 20xx unless that would make the member under 5).',
      [
        p({ born: '14.03.87' }, { date: '1987-03-14' }),
        p({ born: '02.11.2012' }, { date: '2012-11-02' }),
        p({ born: '30.06.1954' }, { date: '1954-06-30' }),
      ],
      (r) => {
        const y = int(r, 1937, 2021);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const yy = pad(y % 100);
        const text = pick(r, [
          `${pad(d)}.${pad(m)}.${yy}`,
          `${pad(d)}.${pad(m)}.${y}`,
          `${d}.${m}.${yy}`,
          `${pad(d)}/${pad(m)}/${yy}`,
          `${d}.${m}.${y}`,
        ]);
        return p({ born: text }, { date: iso(y, m, d) });
      },
      9103,
      schema({ date: 'string' }),
    ),
  );

  tasks.push(
    task(
      'card-expiry',
      'dates',
      'Card expiry dates typed by customers: "03/27", "3/27", "03-2027", "0327", "03 / 27", "Mar 2027"; to YYYY-MM. All expiries are 2025–2034.',
      [
        p({ exp: '03/27' }, { month: '2027-03' }),
        p({ exp: '11/29' }, { month: '2029-11' }),
        p({ exp: '08/2026' }, { month: '2026-08' }),
      ],
      (r) => {
        const y = int(r, 2025, 2034);
        const m = int(r, 1, 12);
        const yy = pad(y % 100);
        const text = pick(r, [
          `${pad(m)}/${yy}`,
          `${m}/${yy}`,
          `${pad(m)}-${y}`,
          `${pad(m)}${yy}`,
          `${pad(m)} / ${yy}`,
          `${MON[m - 1]} ${y}`,
          `${pad(m)}/${y}`,
        ]);
        return p({ exp: spaced(r, text) }, { month: `${y}-${pad(m)}` });
      },
      9104,
      schema({ month: 'string' }),
    ),
  );

  tasks.push(
    task(
      'date-free-text-mixed',
      'dates',
      'Delivery dates typed by a UK and a US warehouse into one sheet: "4 March 2026", "March 4, 2026", "2026-03-04", "04/03/2026" (UK) or "03/04/2026" (US) with no warehouse column. To ISO. A slashed date with both parts 12 or less and different is review.',
      [
        p({ delivered: '4 March 2026' }, { date: '2026-03-04' }),
        p({ delivered: 'March 4, 2026' }, { date: '2026-03-04' }),
        p({ delivered: '25/03/2026' }, { date: '2026-03-25' }),
      ],
      (r) => {
        const y = int(r, 2025, 2027);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const out = { date: iso(y, m, d) };
        const ambiguous = d <= 12 && d !== m;
        const k = r();
        if (k < 0.2) return p({ delivered: `${d} ${MONTHS[m - 1]} ${y}` }, out);
        if (k < 0.35) return p({ delivered: `${MONTHS[m - 1]} ${d}, ${y}` }, out);
        if (k < 0.45) return p({ delivered: `${d} ${MON[m - 1]} ${y}` }, out);
        if (k < 0.55) return p({ delivered: iso(y, m, d) }, out);
        if (k < 0.78) return settle(ambiguous)({ delivered: `${pad(d)}/${pad(m)}/${y}` }, out);
        return settle(ambiguous)({ delivered: `${pad(m)}/${pad(d)}/${y}` }, out);
      },
      9105,
      schema({ date: 'string' }),
    ),
  );
}

// =============================================================== numbers: decimal marks
{
  tasks.push(
    task(
      'number-decimal-mark-mixed',
      'numbers',
      'Quantities from a spreadsheet filled in by German and American staff: "1.234,5", "1,234.5", "12,5", "0.75", "1234". To a number. "1.234" or "1,234" alone could be a thousand or a decimal: review. "1.234.567" or "12,50" decide themselves.',
      [
        p({ qty: '1.234,5' }, { value: 1234.5 }),
        p({ qty: '1,234.5' }, { value: 1234.5 }),
        p({ qty: '12,5' }, { value: 12.5 }),
        p({ qty: '0.75' }, { value: 0.75 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.2) {
          // an integer in the thousands, grouped: dot or comma, with one group → undecidable
          const n = int(r, 1001, 9999);
          if (n % 1000 === 0) return p({ qty: String(n) }, { value: n });
          const sep = pick(r, ['.', ',']);
          return unsettled({ qty: group(n, sep) }, { value: n });
        }
        if (k < 0.35) {
          const n = int(r, 1_000_001, 99_999_999);
          return p({ qty: group(n, pick(r, ['.', ','])) }, { value: n });
        }
        if (k < 0.6) {
          const x = round(int(r, 100000, 9999999) / 100, 2);
          const [i, f] = x.toFixed(2).split('.') as [string, string];
          return p(
            { qty: pick(r, [`${group(Number(i), '.')},${f}`, `${group(Number(i), ',')}.${f}`]) },
            { value: Number(`${i}.${f}`) },
          );
        }
        if (k < 0.8) {
          const x = round(int(r, 1, 9999) / 100, 2);
          const t = x.toFixed(2);
          return p({ qty: pick(r, [t, comma(t)]) }, { value: x });
        }
        if (k < 0.9) {
          const n = int(r, 1, 999);
          return p({ qty: String(n) }, { value: n });
        }
        const x = round(int(r, 1, 999) / 10, 1);
        return p({ qty: pick(r, [String(x), comma(x)]) }, { value: x });
      },
      9201,
      schema({ value: 'number' }),
    ),
  );

  tasks.push(
    task(
      'price-eu-us-marks',
      'numbers',
      'Product prices scraped from a US and a German shop: "$1,299.00", "1.299,00 €", "€ 12,50", "$12.5", "1 299,00 €" (thin space), "EUR 1.299"; to amount (number) and currency code. Prices have at most two decimals, so "1.299" with three digits after the mark is a thousand.',
      [
        p({ price: '$1,299.00' }, { amount: 1299, currency: 'USD' }),
        p({ price: '1.299,00 €' }, { amount: 1299, currency: 'EUR' }),
        p({ price: '€ 12,50' }, { amount: 12.5, currency: 'EUR' }),
      ],
      (r) => {
        const cents = pick(r, [int(r, 100, 9999), int(r, 100000, 999999), int(r, 1000, 99999)]);
        const x = cents / 100;
        const usd = r() < 0.5;
        const [i, f] = money(x).split('.') as [string, string];
        const whole = f === '00';
        if (usd) {
          const num = pick(r, [
            `${group(Number(i), ',')}.${f}`,
            whole ? group(Number(i), ',') : `${group(Number(i), ',')}.${f}`,
            `${i}.${f}`,
          ]);
          return p(
            { price: pick(r, [`$${num}`, `$ ${num}`, `USD ${num}`, `${num} USD`]) },
            { amount: x, currency: 'USD' },
          );
        }
        const num = pick(r, [
          `${group(Number(i), '.')},${f}`,
          whole ? group(Number(i), '.') : `${group(Number(i), '.')},${f}`,
          `${group(Number(i), '\u202f')},${f}`,
          `${i},${f}`,
        ]);
        return p(
          { price: pick(r, [`${num} €`, `€ ${num}`, `EUR ${num}`, `${num}€`]) },
          { amount: x, currency: 'EUR' },
        );
      },
      9202,
      schema({ amount: 'number', currency: 'string' }),
    ),
  );

  tasks.push(
    task(
      'invoice-total-locale',
      'numbers',
      'Invoice totals from suppliers in several countries, without a currency: "1,234.56", "1.234,56", "1 234,56", "1\'234.56" (Swiss), "1234.56", "0,99". To a number. A total with one group of three digits after a single mark and no other mark ("4.500", "4,500") is a thousand in one country and a decimal in another: review.',
      [
        p({ total: '1,234.56' }, { total: 1234.56 }),
        p({ total: '1.234,56' }, { total: 1234.56 }),
        p({ total: '0,99' }, { total: 0.99 }),
        p({ total: '250.00' }, { total: 250 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.18) {
          const n = int(r, 1, 99) * 1000 + int(r, 0, 999);
          return unsettled({ total: group(n, pick(r, ['.', ','])) }, { total: n });
        }
        const x = int(r, 1, 9_999_999) / 100;
        const [i, f] = money(x).split('.') as [string, string];
        const n = Number(i);
        const text = pick(r, [
          `${group(n, ',')}.${f}`,
          `${group(n, '.')},${f}`,
          `${group(n, ' ')},${f}`,
          `${group(n, "'")}.${f}`,
          `${i}.${f}`,
          `${i},${f}`,
        ]);
        return p({ total: text }, { total: x });
      },
      9203,
      schema({ total: 'number' }),
    ),
  );

  tasks.push(
    task(
      'big-number-suffix',
      'numbers',
      'Follower and revenue counts from social and finance dashboards: "1.2k", "3.4M", "12K", "1,2 Mio.", "2 Mrd.", "850", "1.5 million", "2bn"; to a whole number. German "Mio." is million and "Mrd." is billion (10⁹).',
      [
        p({ count: '1.2k' }, { n: 1200 }),
        p({ count: '3.4M' }, { n: 3400000 }),
        p({ count: '850' }, { n: 850 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.15) {
          const n = int(r, 1, 999);
          return p({ count: String(n) }, { n });
        }
        const tenth = int(r, 10, 999);
        const x = tenth / 10;
        const [mult, forms] = pick(r, [
          [1e3, [`${x}k`, `${x}K`, `${comma(x)}k`, `${x} thousand`]],
          [1e6, [`${x}M`, `${x}m`, `${comma(x)} Mio.`, `${x} million`, `${x}MM`]],
          [1e9, [`${x}B`, `${x}bn`, `${comma(x)} Mrd.`, `${x} billion`]],
        ] as [number, string[]][]);
        return p({ count: pick(r, forms) }, { n: Math.round(tenth * mult) / 10 });
      },
      9204,
      schema({ n: 'integer' }),
    ),
  );
}

// =============================================================== percentages
{
  tasks.push(
    task(
      'percent-to-fraction',
      'numbers',
      'Discount rates typed by sales reps in a CRM: "12%", "12 %", "12 percent", "12 pct", "0.12" (already a fraction), "12.5%", "twelve percent"; to a fraction (0.12). A bare whole number with no sign ("12") could be percent or not: review.',
      [
        p({ discount: '12%' }, { rate: 0.12 }),
        p({ discount: '12 percent' }, { rate: 0.12 }),
        p({ discount: '0.125' }, { rate: 0.125 }),
        p({ discount: '7.5%' }, { rate: 0.075 }),
      ],
      (r) => {
        const whole = int(r, 1, 60);
        const half = r() < 0.25;
        const pct = half ? whole + 0.5 : whole;
        const out = { rate: round(pct / 100, 4) };
        const k = r();
        if (k < 0.2) return p({ discount: `${pct}%` }, out);
        if (k < 0.3) return p({ discount: `${pct} %` }, out);
        if (k < 0.42) return p({ discount: `${pct} ${pick(r, ['percent', 'per cent', 'Percent'])}` }, out);
        if (k < 0.54) return p({ discount: `${pct} ${pick(r, ['pct', 'pct.', 'PCT'])}` }, out);
        if (k < 0.7) return p({ discount: String(out.rate) }, out);
        if (k < 0.82 && !half)
          return p({ discount: `${words(whole)} ${pick(r, ['percent', 'per cent'])}` }, out);
        if (k < 0.9) return p({ discount: `${comma(pct)} %` }, out);
        if (half) return p({ discount: `${pct}%` }, out);
        return unsettled({ discount: String(pct) }, out);
      },
      9301,
      schema({ rate: 'number' }),
    ),
  );

  tasks.push(
    task(
      'rate-change-signed',
      'numbers',
      'Month-on-month changes from analysts’ notes: "+3.5%", "-2.1 %", "−0.8%" (Unicode minus), "(1.2%)" (accounting negative), "+3,5 %", "up 4%", "down 2.5%", "flat"; to a signed fraction to four decimals.',
      [
        p({ change: '+3.5%' }, { change: 0.035 }),
        p({ change: '-2.1 %' }, { change: -0.021 }),
        p({ change: '+12%' }, { change: 0.12 }),
      ],
      (r) => {
        if (r() < 0.06) return p({ change: pick(r, ['flat', 'unchanged', '0%', '±0%']) }, { change: 0 });
        const x = round(int(r, 1, 250) / 10, 1);
        const neg = r() < 0.5;
        const out = { change: round((neg ? -x : x) / 100, 4) };
        const text = neg
          ? pick(r, [`-${x}%`, `-${x} %`, `−${x}%`, `(${x}%)`, `-${comma(x)} %`, `down ${x}%`])
          : pick(r, [`+${x}%`, `+${x} %`, `${x}%`, `+${comma(x)} %`, `up ${x}%`]);
        return p({ change: text }, out);
      },
      9302,
      schema({ change: 'number' }),
    ),
  );

  tasks.push(
    task(
      'interest-rate-bps',
      'numbers',
      'Loan rates from several lenders’ rate sheets: "4.5%", "4,5 %", "450 bps", "450bp", "0.045", "4.50 % p.a."; to an annual fraction (0.045).',
      [
        p({ rate: '4.5%' }, { rate: 0.045 }),
        p({ rate: '450 bps' }, { rate: 0.045 }),
        p({ rate: '0.0375' }, { rate: 0.0375 }),
      ],
      (r) => {
        const bps = int(r, 4, 40) * 25;
        const pct = bps / 100;
        const out = { rate: round(bps / 10000, 6) };
        const text = pick(r, [
          `${pct}%`,
          `${comma(pct)} %`,
          `${bps} bps`,
          `${bps}bp`,
          String(out.rate),
          `${pct.toFixed(2)} % p.a.`,
          `${pct.toFixed(2)}%`,
        ]);
        return p({ rate: text }, out);
      },
      9303,
      schema({ rate: 'number' }),
    ),
  );
}

// =============================================================== money with shared symbols
{
  tasks.push(
    task(
      'currency-shared-symbol',
      'nested',
      'Amounts from expense receipts of travelling staff: "US$12.50", "C$8.00", "A$15", "€5,00", "£3.20", "CHF 9.50", "SEK 120", "12.50 USD"; to amount and ISO currency. A bare "$" is US, Canadian or Australian dollars and a bare "kr" is Swedish, Norwegian or Danish kronor: review.',
      [
        p({ paid: 'US$12.50' }, { amount: 12.5, currency: 'USD' }),
        p({ paid: 'C$8.00' }, { amount: 8, currency: 'CAD' }),
        p({ paid: '€5,00' }, { amount: 5, currency: 'EUR' }),
        p({ paid: '£3.20' }, { amount: 3.2, currency: 'GBP' }),
      ],
      (r) => {
        const x = int(r, 100, 25000) / 100;
        const t = money(x);
        const k = r();
        const cur = pick(r, ['USD', 'CAD', 'AUD', 'EUR', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK']);
        const out = { amount: x, currency: cur };
        if (k < 0.22 && ['USD', 'CAD', 'AUD'].includes(cur))
          return unsettled({ paid: pick(r, [`$${t}`, `$ ${t}`, `${t} $`]) }, out);
        if (k < 0.3 && ['SEK', 'NOK', 'DKK'].includes(cur))
          return unsettled({ paid: pick(r, [`${comma(t)} kr`, `kr ${comma(t)}`, `${comma(t)} kr.`]) }, out);
        const forms: Record<string, string[]> = {
          USD: [`US$${t}`, `${t} USD`, `USD ${t}`, `US$ ${t}`],
          CAD: [`C$${t}`, `CA$${t}`, `${t} CAD`, `CAD ${t}`],
          AUD: [`A$${t}`, `AU$${t}`, `${t} AUD`, `AUD ${t}`],
          EUR: [`€${comma(t)}`, `${comma(t)} €`, `EUR ${t}`, `€ ${t}`],
          GBP: [`£${t}`, `GBP ${t}`, `${t} GBP`],
          CHF: [`CHF ${t}`, `${t} CHF`, `Fr. ${t}`],
          SEK: [`SEK ${t}`, `${comma(t)} SEK`],
          NOK: [`NOK ${t}`, `${comma(t)} NOK`],
          DKK: [`DKK ${t}`, `${comma(t)} DKK`],
        };
        return p({ paid: pick(r, forms[cur]!) }, out);
      },
      9401,
      schema({ amount: 'number', currency: 'string' }),
    ),
  );

  const COUNTRY_CUR: Record<string, [string, string]> = {
    US: ['$', 'USD'],
    CA: ['$', 'CAD'],
    AU: ['$', 'AUD'],
    NZ: ['$', 'NZD'],
    SE: ['kr', 'SEK'],
    NO: ['kr', 'NOK'],
    DK: ['kr', 'DKK'],
    GB: ['£', 'GBP'],
    DE: ['€', 'EUR'],
  };
  tasks.push(
    task(
      'price-symbol-by-country',
      'nested',
      'Marketplace listings with the seller’s country and a price written with the local symbol ("$12.99", "kr 149", "149 kr", "£4.50", "12,99 €"); to amount and ISO currency, the country deciding which dollar or krone.',
      [
        p({ country: 'US', price: '$12.99' }, { amount: 12.99, currency: 'USD' }),
        p({ country: 'CA', price: '$12.99' }, { amount: 12.99, currency: 'CAD' }),
        p({ country: 'SE', price: '149 kr' }, { amount: 149, currency: 'SEK' }),
        p({ country: 'GB', price: '£4.50' }, { amount: 4.5, currency: 'GBP' }),
      ],
      (r) => {
        const country = pick(r, Object.keys(COUNTRY_CUR));
        const [sym, cur] = COUNTRY_CUR[country]!;
        const whole = r() < 0.4;
        const x = whole ? int(r, 5, 2000) : int(r, 100, 99999) / 100;
        const t = whole ? String(x) : money(x);
        let text: string;
        if (sym === '$') text = pick(r, [`$${t}`, `$ ${t}`]);
        else if (sym === 'kr') text = pick(r, [`${comma(t)} kr`, `kr ${comma(t)}`, `kr. ${comma(t)}`]);
        else if (sym === '£') text = `£${t}`;
        else text = pick(r, [`${comma(t)} €`, `€${comma(t)}`]);
        return p({ country, price: text }, { amount: x, currency: cur });
      },
      9402,
      schema({ amount: 'number', currency: 'string' }),
    ),
  );
}

// =============================================================== phones
{
  const NAT: Record<string, (r: R) => [string, string]> = {
    US: (r) => {
      const a = `${int(r, 2, 9)}${digits(r, 2)}`;
      const b = `${int(r, 2, 9)}${digits(r, 2)}`;
      const c = digits(r, 4);
      return [
        pick(r, [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]),
        `+1${a}${b}${c}`,
      ];
    },
    GB: (r) => {
      const n = `7${int(r, 4, 9)}${digits(r, 8)}`;
      return [
        pick(r, [`0${n.slice(0, 4)} ${n.slice(4)}`, `0${n}`, `+44 (0)${n.slice(0, 4)} ${n.slice(4)}`]),
        `+44${n}`,
      ];
    },
    NL: (r) => {
      const n = `6${digits(r, 8)}`;
      return [pick(r, [`06-${n.slice(1)}`, `06 ${n.slice(1, 5)} ${n.slice(5)}`, `0${n}`]), `+31${n}`];
    },
    AU: (r) => {
      const n = `4${digits(r, 8)}`;
      return [pick(r, [`0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `0${n}`]), `+61${n}`];
    },
    IE: (r) => {
      const n = `8${int(r, 3, 9)}${digits(r, 7)}`;
      return [pick(r, [`0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, `0${n}`]), `+353${n}`];
    },
    DE: (r) => {
      const n = `1${pick(r, ['51', '60', '70', '76'])}${digits(r, 8)}`;
      return [
        pick(r, [`0${n.slice(0, 3)} ${n.slice(3)}`, `0${n.slice(0, 3)}/${n.slice(3)}`, `0${n}`]),
        `+49${n}`,
      ];
    },
  };
  tasks.push(
    task(
      'phone-with-country',
      'strings',
      'Mobile numbers from a newsletter sign-up form with a country drop-down, typed the way each country writes them nationally (sometimes already international); to E.164.',
      [
        p({ country: 'US', mobile: '(415) 555-0132' }, { e164: '+14155550132' }),
        p({ country: 'GB', mobile: '07700 900123' }, { e164: '+447700900123' }),
        p({ country: 'NL', mobile: '06-12345678' }, { e164: '+31612345678' }),
      ],
      (r) => {
        const country = pick(r, Object.keys(NAT));
        const [text, e164] = NAT[country]!(r);
        const code = e164.match(/^\+(1|44|31|61|353|49)/)![1]!;
        const shown = r() < 0.15 ? `+${code} ${e164.slice(code.length + 1)}` : text;
        return p({ country, mobile: spaced(r, shown) }, { e164 });
      },
      9501,
      schema({ e164: 'string' }),
    ),
  );

  tasks.push(
    task(
      'phone-no-country-nl',
      'strings',
      'Phone numbers from a Dutch web shop’s orders (no country column): Dutch numbers written nationally ("06-12345678", "020-1234567", "020 123 4567"), foreign ones with "+" or "00"; to E.164. A number with neither a leading 0 nor a country code ("12345678", "415 555 0132") names no country: review.',
      [
        p({ phone: '06-12345678' }, { e164: '+31612345678' }),
        p({ phone: '020-1234567' }, { e164: '+31201234567' }),
        p({ phone: '+32 470 12 34 56' }, { e164: '+32470123456' }),
      ],
      (r) => {
        const k = r();
        if (k < 0.3) {
          const n = `6${digits(r, 8)}`;
          return p(
            { phone: pick(r, [`06-${n.slice(1)}`, `06 ${n.slice(1)}`, `0${n}`, `+31 6 ${n.slice(1)}`]) },
            { e164: `+31${n}` },
          );
        }
        if (k < 0.5) {
          const area = pick(r, ['20', '10', '30', '70']);
          const rest = digits(r, 7);
          return p(
            {
              phone: pick(r, [
                `0${area}-${rest}`,
                `0${area} ${rest.slice(0, 3)} ${rest.slice(3)}`,
                `+31 ${area} ${rest}`,
                `0031 ${area} ${rest}`,
              ]),
            },
            { e164: `+31${area}${rest}` },
          );
        }
        if (k < 0.65) {
          const n = `4${int(r, 6, 9)}${digits(r, 7)}`;
          return p(
            {
              phone: pick(r, [
                `+32 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
                `0032 ${n}`,
                `+32${n}`,
              ]),
            },
            { e164: `+32${n}` },
          );
        }
        if (k < 0.8) {
          const n = `1${pick(r, ['51', '60', '70'])}${digits(r, 8)}`;
          return p(
            { phone: pick(r, [`+49 ${n.slice(0, 3)} ${n.slice(3)}`, `0049 ${n}`, `+49 (0)${n}`]) },
            { e164: `+49${n}` },
          );
        }
        if (k < 0.9) {
          const n = `6${digits(r, 8)}`;
          return unsettled(
            { phone: pick(r, [n.slice(1), `${n.slice(1, 5)} ${n.slice(5)}`]) },
            { e164: `+31${n}` },
          );
        }
        const n = `${int(r, 2, 9)}${digits(r, 9)}`;
        return unsettled({ phone: `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` }, { e164: `+1${n}` });
      },
      9502,
      schema({ e164: 'string' }),
    ),
  );
}

// =============================================================== postcodes
{
  const L = 'ABCDEFGHJKLMNPRSTUVWXY';
  const letter = (r: R): string => pick(r, [...L]);
  const ukCode = (r: R): string => {
    const out = pick(r, [
      `${letter(r)}${int(r, 1, 9)}`,
      `${letter(r)}${letter(r)}${int(r, 1, 9)}`,
      `${letter(r)}${letter(r)}${int(r, 10, 99)}`,
      `${letter(r)}${int(r, 1, 9)}${letter(r)}`,
      `${letter(r)}${letter(r)}${int(r, 1, 9)}${letter(r)}`,
    ]);
    return `${out} ${int(r, 0, 9)}${letter(r)}${letter(r)}`;
  };
  const nlCode = (r: R): string => `${int(r, 1000, 9999)} ${letter(r)}${letter(r)}`;
  const caCode = (r: R): string =>
    `${pick(r, [...'ABCEGHJKLMNPRSTVXY'])}${int(r, 0, 9)}${letter(r)} ${int(r, 0, 9)}${letter(r)}${int(r, 0, 9)}`;
  tasks.push(
    task(
      'postcode-by-country-normalize',
      'strings',
      'Shipping postcodes typed by customers with the country beside each: lower case, no space, extra spaces; to the country’s written form ("SW1A 1AA", "1234 AB", "K1A 0B1", "12345-6789", "01067").',
      [
        p({ country: 'GB', postcode: 'sw1a1aa' }, { postcode: 'SW1A 1AA' }),
        p({ country: 'NL', postcode: '1234ab' }, { postcode: '1234 AB' }),
        p({ country: 'US', postcode: '123456789' }, { postcode: '12345-6789' }),
      ],
      (r) => {
        const country = pick(r, ['GB', 'NL', 'CA', 'US', 'DE', 'GB']);
        let code: string;
        if (country === 'GB') code = ukCode(r);
        else if (country === 'NL') code = nlCode(r);
        else if (country === 'CA') code = caCode(r);
        else if (country === 'US') code = r() < 0.5 ? `${digits(r, 5)}-${digits(r, 4)}` : digits(r, 5);
        else code = `${pad(int(r, 1, 99))}${digits(r, 3)}`;
        const raw = code.replace(/[\s-]/g, '');
        const typed = pick(r, [
          raw.toLowerCase(),
          raw,
          code.toLowerCase(),
          code,
          ` ${code} `,
          code.replace(' ', '  '),
        ]);
        return p({ country, postcode: typed }, { postcode: code });
      },
      9601,
      schema({ postcode: 'string' }),
    ),
  );

  tasks.push(
    task(
      'postcode-which-country',
      'strings',
      'Postcodes from a European and North American mailing list with no country column; to the ISO country it can only belong to: UK ("SW1A 1AA"), Dutch ("1234 AB"), Canadian ("K1A 0B1"), US ZIP+4 ("12345-6789"). A bare five digits (US, German, French…) or four digits (Dutch without letters, Belgian, Swiss, Danish…) belongs to several countries: review.',
      [
        p({ postcode: 'SW1A 1AA' }, { country: 'GB' }),
        p({ postcode: '1234 AB' }, { country: 'NL' }),
        p({ postcode: 'K1A 0B1' }, { country: 'CA' }),
        p({ postcode: '12345-6789' }, { country: 'US' }),
      ],
      (r) => {
        const k = r();
        if (k < 0.22) return p({ postcode: ukCode(r) }, { country: 'GB' });
        if (k < 0.42)
          return p({ postcode: pick(r, [nlCode(r), nlCode(r).replace(' ', '')]) }, { country: 'NL' });
        if (k < 0.6) return p({ postcode: caCode(r) }, { country: 'CA' });
        if (k < 0.75) return p({ postcode: `${digits(r, 5)}-${digits(r, 4)}` }, { country: 'US' });
        if (k < 0.9) {
          const c = pick(r, ['US', 'DE', 'FR']);
          return unsettled({ postcode: `${int(r, 1, 9)}${digits(r, 4)}` }, { country: c });
        }
        return unsettled(
          { postcode: String(int(r, 1000, 9999)) },
          { country: pick(r, ['BE', 'CH', 'DK', 'AT']) },
        );
      },
      9602,
      schema({ country: 'string' }),
    ),
  );

  tasks.push(
    task(
      'zip-plus4-split',
      'nested',
      'US ZIP codes from a mailing house, some read through a spreadsheet that dropped leading zeros: "02134", "2134" (was 02134), "12345-6789", "123456789", "02134-1234"; to the five-digit ZIP and the +4 part (null when absent).',
      [
        p({ zip: '12345-6789' }, { zip5: '12345', plus4: '6789' }),
        p({ zip: '90210' }, { zip5: '90210', plus4: null }),
        p({ zip: '2134' }, { zip5: '02134', plus4: null }),
      ],
      (r) => {
        const z = int(r, 501, 99950);
        const zip5 = pad(z, 5);
        const plus = r() < 0.5 ? digits(r, 4) : null;
        const text = plus
          ? pick(r, [`${zip5}-${plus}`, `${zip5}${plus}`, `${zip5} ${plus}`])
          : pick(r, [zip5, String(z), zip5]);
        return p({ zip: text }, { zip5, plus4: plus });
      },
      9603,
      schema({ zip5: 'string', plus4: 'string|null' }),
    ),
  );
}

// =============================================================== times and durations
{
  tasks.push(
    task(
      'clock-time-24h',
      'dates',
      'Appointment times from a booking form where people typed freely: "7:30 PM", "19:30", "7.30pm", "7pm", "noon", "midnight", "12:15 AM", "0930"; to 24-hour HH:MM. A time with no am/pm whose hour is 1–11 ("7:30") could be morning or evening: review; a zero-padded hour ("07:30", "0730") is 24-hour.',
      [
        p({ at: '7:30 PM' }, { time: '19:30' }),
        p({ at: '19:30' }, { time: '19:30' }),
        p({ at: '9:15 AM' }, { time: '09:15' }),
        p({ at: '7pm' }, { time: '19:00' }),
      ],
      (r) => {
        if (r() < 0.06) {
          const [t, out] = pick(r, [
            ['noon', '12:00'],
            ['midnight', '00:00'],
            ['Noon', '12:00'],
          ] as [string, string][]);
          return p({ at: t }, { time: out });
        }
        const h = int(r, 0, 23);
        const mi = pick(r, [0, 15, 30, 45, int(r, 0, 59)]);
        const out = { time: `${pad(h)}:${pad(mi)}` };
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const ap = h < 12 ? 'am' : 'pm';
        const k = r();
        if (k < 0.35)
          return p(
            {
              at: pick(r, [
                `${h12}:${pad(mi)} ${ap.toUpperCase()}`,
                `${h12}.${pad(mi)}${ap}`,
                `${h12}:${pad(mi)}${ap}`,
                mi === 0 ? `${h12}${ap}` : `${h12}:${pad(mi)} ${ap}`,
              ]),
            },
            out,
          );
        if (k < 0.6) return p({ at: pick(r, [`${pad(h)}:${pad(mi)}`, `${pad(h)}${pad(mi)}`]) }, out);
        // no am/pm, hour as typed on a 12-hour clock
        if (h >= 13 || h === 0) return p({ at: `${pad(h)}:${pad(mi)}` }, out);
        if (h === 12) return p({ at: `12:${pad(mi)}` }, out);
        return unsettled({ at: `${h}:${pad(mi)}` }, out);
      },
      9701,
      schema({ time: 'string' }),
    ),
  );

  tasks.push(
    task(
      'opening-hours',
      'nested',
      'Shop opening hours from a directory: "9am-5pm", "09:00–17:30", "9:30 AM - 6 PM", "8.00-20.00", "10-18"; to opening and closing 24-hour times.',
      [
        p({ hours: '9am-5pm' }, { open: '09:00', close: '17:00' }),
        p({ hours: '09:00–17:30' }, { open: '09:00', close: '17:30' }),
        p({ hours: '10-18' }, { open: '10:00', close: '18:00' }),
      ],
      (r) => {
        const oh = int(r, 6, 11);
        const om = pick(r, [0, 0, 30]);
        const ch = int(r, 13, 22);
        const cm = pick(r, [0, 0, 30]);
        const out = { open: `${pad(oh)}:${pad(om)}`, close: `${pad(ch)}:${pad(cm)}` };
        const t12 = (h: number, m: number, sep: string): string =>
          `${h % 12 === 0 ? 12 : h % 12}${m ? `:${pad(m)}` : ''}${sep}${h < 12 ? 'am' : 'pm'}`;
        const text = pick(r, [
          `${t12(oh, om, '')}-${t12(ch, cm, '')}`,
          `${pad(oh)}:${pad(om)}–${pad(ch)}:${pad(cm)}`,
          `${t12(oh, om, ' ').toUpperCase()} - ${t12(ch, cm, ' ').toUpperCase()}`,
          `${oh}.${pad(om)}-${ch}.${pad(cm)}`,
          om === 0 && cm === 0 ? `${oh}-${ch}` : `${pad(oh)}:${pad(om)}-${pad(ch)}:${pad(cm)}`,
          `${pad(oh)}:${pad(om)} to ${pad(ch)}:${pad(cm)}`,
        ]);
        return p({ hours: text }, out);
      },
      9702,
      schema({ open: 'string', close: 'string' }),
    ),
  );

  tasks.push(
    task(
      'meeting-duration-minutes',
      'numbers',
      'Meeting lengths from calendar exports and people’s notes: "1h 30m", "90 min", "1:30" (hours:minutes), "1.5 hours", "2 hrs", "45m", "1 hr 5 min", "PT1H30M", "1,5 h"; to minutes.',
      [
        p({ length: '1h 30m' }, { minutes: 90 }),
        p({ length: '90 min' }, { minutes: 90 }),
        p({ length: '1:30' }, { minutes: 90 }),
      ],
      (r) => {
        const quarter = r() < 0.5;
        const total = quarter ? int(r, 1, 16) * 15 : int(r, 5, 240);
        const h = Math.floor(total / 60);
        const m = total % 60;
        const forms = [
          `${total} min`,
          `${total} minutes`,
          `${h}:${pad(m)}`,
          `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`,
          h ? `${h}h ${m}m` : `${m}m`,
          h ? `${h} hr ${m} min` : `${m} min`,
        ];
        if (total % 30 === 0) forms.push(`${total / 60} hours`, `${comma(total / 60)} h`);
        if (m === 0 && h) forms.push(`${h} hrs`, `${h}h`);
        return p({ length: pick(r, forms) }, { minutes: total });
      },
      9703,
      schema({ minutes: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'timesheet-hours-decimal',
      'numbers',
      'Hours worked from timesheets: "7:30" (hours and minutes), "7.5", "7,5", "7h30", "450 min", "8h"; to decimal hours (four decimals). "7.40" could be 7.3 hours or seven thirty: review (".25", ".5", ".75" and one decimal digit are decimal hours, as the examples show).',
      [
        p({ worked: '7:30' }, { hours: 7.5 }),
        p({ worked: '7.5' }, { hours: 7.5 }),
        p({ worked: '8h' }, { hours: 8 }),
        p({ worked: '6.25' }, { hours: 6.25 }),
      ],
      (r) => {
        const h = int(r, 1, 11);
        const m = pick(r, [0, 15, 30, 45, 10, 20, 40]);
        const out = { hours: round(h + m / 60, 4) };
        const k = r();
        if (k < 0.2) return p({ worked: `${h}:${pad(m)}` }, out);
        if (k < 0.35) return p({ worked: m ? `${h}h${pad(m)}` : `${h}h` }, out);
        if (k < 0.5) return p({ worked: `${h * 60 + m} min` }, out);
        if ([0, 15, 30, 45].includes(m)) {
          const dec = String(out.hours);
          return p({ worked: pick(r, [dec, comma(dec)]) }, out);
        }
        // hours.minutes: the minutes 10..50 read as a decimal would be another value
        return unsettled({ worked: `${h}.${pad(m)}` }, out);
      },
      9704,
      schema({ hours: 'number' }),
    ),
  );

  tasks.push(
    task(
      'track-length-seconds',
      'numbers',
      'Track lengths from music libraries: "3:45", "1:02:03", "225s", "3m45s", "3\' 45\\"", "3 min 45 sec"; to seconds.',
      [
        p({ length: '3:45' }, { seconds: 225 }),
        p({ length: '225s' }, { seconds: 225 }),
        p({ length: '12:03' }, { seconds: 723 }),
      ],
      (r) => {
        const total = r() < 0.15 ? int(r, 3600, 5400) : int(r, 60, 900);
        const h = Math.floor(total / 3600);
        const m = Math.floor((total % 3600) / 60);
        const s = total % 60;
        const forms = h
          ? [`${h}:${pad(m)}:${pad(s)}`, `${h}h${m}m${s}s`, `${total}s`]
          : [`${m}:${pad(s)}`, `${total}s`, `${m}m${s}s`, `${m}' ${s}"`, `${m} min ${s} sec`, `${total} sec`];
        return p({ length: pick(r, forms) }, { seconds: total });
      },
      9705,
      schema({ seconds: 'integer' }),
    ),
  );
}

// =============================================================== quantities and units
{
  tasks.push(
    task(
      'pack-weight-grams',
      'numbers',
      'Pack weights from grocery listings of several countries: "250 g", "0.5 kg", "1,5 kg", "250g", "8 oz", "1 lb", "2 x 125 g" (a multipack: the total); to grams (whole; 1 oz = 28.35 g, 1 lb = 453.6 g). A bare number with no unit ("500") could be grams or millilitres: review.',
      [
        p({ weight: '250 g' }, { grams: 250 }),
        p({ weight: '0.5 kg' }, { grams: 500 }),
        p({ weight: '8 oz' }, { grams: 227 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.3) {
          const g = int(r, 2, 99) * 10;
          return p({ weight: pick(r, [`${g} g`, `${g}g`, `${g} gr`, `${g} G`]) }, { grams: g });
        }
        if (k < 0.5) {
          const kg = int(r, 2, 50) / 4;
          return p(
            { weight: pick(r, [`${kg} kg`, `${comma(kg)} kg`, `${kg}kg`]) },
            { grams: Math.round(kg * 1000) },
          );
        }
        if (k < 0.62) {
          const oz = int(r, 1, 32);
          return p(
            { weight: pick(r, [`${oz} oz`, `${oz}oz`, `${oz} oz.`]) },
            { grams: Math.round(oz * 28.35) },
          );
        }
        if (k < 0.72) {
          const lb = int(r, 1, 10);
          return p(
            { weight: pick(r, [`${lb} lb`, `${lb} lbs`, `${lb}lb`]) },
            { grams: Math.round(lb * 453.6) },
          );
        }
        if (k < 0.85) {
          const n = int(r, 2, 6);
          const g = pick(r, [50, 100, 125, 150, 200]);
          return p({ weight: pick(r, [`${n} x ${g} g`, `${n}x${g}g`, `${n} × ${g} g`]) }, { grams: n * g });
        }
        const g = int(r, 2, 99) * 10;
        return unsettled({ weight: String(g) }, { grams: g });
      },
      9801,
      schema({ grams: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'drink-volume-ml',
      'numbers',
      'Drink sizes from bar menus in several countries: "330 ml", "0.5 l", "50cl", "12 fl oz" (US, 29.57 ml), "2 L", "33 cl"; to whole millilitres. A "pint" or "pt" is 568 ml in the UK and 473 ml in the US and the menu says neither: review.',
      [
        p({ size: '330 ml' }, { ml: 330 }),
        p({ size: '0.5 l' }, { ml: 500 }),
        p({ size: '12 fl oz' }, { ml: 355 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.25) {
          const ml = pick(r, [200, 250, 275, 330, 355, 440, 500, 750]);
          return p({ size: pick(r, [`${ml} ml`, `${ml}ml`, `${ml} mL`]) }, { ml });
        }
        if (k < 0.45) {
          const l = pick(r, [0.2, 0.25, 0.3, 0.33, 0.4, 0.5, 0.75, 1, 1.5, 2]);
          return p(
            { size: pick(r, [`${l} l`, `${comma(l)} l`, `${l}L`, `${l} litre`]) },
            { ml: Math.round(l * 1000) },
          );
        }
        if (k < 0.62) {
          const cl = pick(r, [4, 20, 25, 33, 50, 70, 75]);
          return p({ size: pick(r, [`${cl}cl`, `${cl} cl`]) }, { ml: cl * 10 });
        }
        if (k < 0.85) {
          const oz = pick(r, [8, 10, 12, 16, 20, 24]);
          return p(
            { size: pick(r, [`${oz} fl oz`, `${oz} fl. oz.`, `${oz}oz`]) },
            { ml: Math.round(oz * 29.5735) },
          );
        }
        const half = r() < 0.4;
        const uk = r() < 0.5;
        const ml = Math.round((half ? 0.5 : 1) * (uk ? 568.26 : 473.18));
        return unsettled(
          { size: half ? pick(r, ['half pint', '½ pint']) : pick(r, ['1 pint', 'pint', '1 pt']) },
          { ml },
        );
      },
      9802,
      schema({ ml: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'item-count',
      'numbers',
      'Order quantities typed by wholesale customers: "12 pcs", "12", "a dozen", "2 dozen", "x3", "3x", "3 boxes of 50" (the total), "1 gross"; to a whole count of items.',
      [
        p({ qty: '12 pcs' }, { count: 12 }),
        p({ qty: '7' }, { count: 7 }),
        p({ qty: '2 dozen' }, { count: 24 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.3) {
          const n = int(r, 1, 500);
          return p(
            { qty: pick(r, [`${n} pcs`, `${n}pcs`, `${n} pieces`, `${n} pc`, String(n)]) },
            { count: n },
          );
        }
        if (k < 0.45) {
          const n = int(r, 1, 9);
          return p({ qty: pick(r, [`x${n}`, `${n}x`, `× ${n}`]) }, { count: n });
        }
        if (k < 0.65) {
          const n = int(r, 1, 12);
          return p({ qty: n === 1 ? pick(r, ['a dozen', '1 dozen']) : `${n} dozen` }, { count: n * 12 });
        }
        if (k < 0.9) {
          const n = int(r, 2, 10);
          const per = pick(r, [10, 20, 25, 50, 100]);
          return p(
            { qty: pick(r, [`${n} boxes of ${per}`, `${n} x ${per}`, `${n} packs of ${per}`]) },
            { count: n * per },
          );
        }
        const n = int(r, 1, 3);
        return p({ qty: n === 1 ? '1 gross' : `${n} gross` }, { count: n * 144 });
      },
      9803,
      schema({ count: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'height-cm',
      'numbers',
      'Heights from sign-up forms of several countries: "180 cm", "1.80 m", "1,80 m", "5\'11\\"", "5 ft 11 in", "71 in", "6 ft"; to whole centimetres.',
      [
        p({ height: '180 cm' }, { cm: 180 }),
        p({ height: '1.80 m' }, { cm: 180 }),
        p({ height: '5\'11"' }, { cm: 180 }),
      ],
      (r) => {
        if (r() < 0.45) {
          const inches = int(r, 58, 78);
          const ft = Math.floor(inches / 12);
          const i = inches % 12;
          const text = pick(r, [
            `${ft}'${i}"`,
            `${ft}' ${i}"`,
            `${ft} ft ${i} in`,
            `${inches} in`,
            i === 0 ? `${ft} ft` : `${ft}ft${i}in`,
          ]);
          return p({ height: text }, { cm: Math.round(inches * 2.54) });
        }
        const cm = int(r, 145, 205);
        const m = (cm / 100).toFixed(2);
        return p({ height: pick(r, [`${cm} cm`, `${cm}cm`, `${m} m`, `${comma(m)} m`, `${m}m`]) }, { cm });
      },
      9804,
      schema({ cm: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'body-weight-kg',
      'numbers',
      'Body weights from a fitness app’s users of several countries: "72 kg", "72,5 kg", "160 lbs", "160 lb", "11 st 4 lb" (stone: 14 lb); to kilograms, one decimal (1 lb = 0.45359237 kg). A bare number ("72") could be kilograms or pounds: review.',
      [
        p({ weight: '72 kg' }, { kg: 72 }),
        p({ weight: '160 lbs' }, { kg: 72.6 }),
        p({ weight: '11 st 4 lb' }, { kg: 71.7 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.35) {
          const kg = int(r, 450, 1200) / 10;
          const t = String(kg);
          return p({ weight: pick(r, [`${t} kg`, `${comma(t)} kg`, `${t}kg`]) }, { kg });
        }
        if (k < 0.65) {
          const lb = int(r, 100, 260);
          return p(
            { weight: pick(r, [`${lb} lbs`, `${lb} lb`, `${lb}lbs`]) },
            { kg: round(lb * 0.45359237, 1) },
          );
        }
        if (k < 0.88) {
          const st = int(r, 7, 18);
          const lb = int(r, 0, 13);
          return p(
            { weight: lb ? pick(r, [`${st} st ${lb} lb`, `${st}st ${lb}lb`]) : `${st} st` },
            { kg: round((st * 14 + lb) * 0.45359237, 1) },
          );
        }
        const n = int(r, 60, 110);
        return unsettled({ weight: String(n) }, { kg: n });
      },
      9805,
      schema({ kg: 'number' }),
    ),
  );

  tasks.push(
    task(
      'run-distance-km',
      'numbers',
      'Race distances from a running club’s results: "5K", "10 km", "5 mi", "13.1 miles", "half marathon", "marathon", "21,1 km"; to kilometres, two decimals (1 mile = 1.609344 km; half marathon 21.1, marathon 42.2).',
      [p({ race: '5K' }, { km: 5 }), p({ race: '10 km' }, { km: 10 }), p({ race: '5 mi' }, { km: 8.05 })],
      (r) => {
        const k = r();
        if (k < 0.12) {
          const [t, km] = pick(r, [
            ['half marathon', 21.1],
            ['Half Marathon', 21.1],
            ['marathon', 42.2],
            ['Marathon', 42.2],
          ] as [string, number][]);
          return p({ race: t }, { km });
        }
        if (k < 0.55) {
          const km = pick(r, [3, 5, 8, 10, 12, 15, 21.1, 25, 30, 42.2, 50, 100]);
          return p({ race: pick(r, [`${km}K`, `${km} km`, `${comma(km)} km`, `${km}k`]) }, { km });
        }
        const mi = pick(r, [1, 2, 3, 4, 5, 6.2, 10, 13.1, 26.2, 50]);
        return p(
          { race: pick(r, [`${mi} mi`, `${mi} miles`, `${mi} mile`]) },
          { km: round(mi * 1.609344, 2) },
        );
      },
      9806,
      schema({ km: 'number' }),
    ),
  );
}

// =============================================================== names
{
  tasks.push(
    task(
      'name-particles-split',
      'nested',
      'Authors from a library catalogue, "Given Family" with particles ("van", "de", "von", "da", "de la") and suffixes ("Jr.", "Sr.", "III"); to given name, family name (with its particle) and suffix (null when none). Three plain words with no particle ("Mary Ann Evans": two given names, or a double surname?) cannot be told: review.',
      [
        p({ author: 'Vincent van Gogh' }, { given: 'Vincent', family: 'van Gogh', suffix: null }),
        p({ author: 'Martin King Jr.' }, { given: 'Martin', family: 'King', suffix: 'Jr.' }),
        p({ author: 'Jane Austen' }, { given: 'Jane', family: 'Austen', suffix: null }),
      ],
      (r) => {
        const given = pick(r, [
          'Anna',
          'Pieter',
          'Charles',
          'Maria',
          'Luis',
          'Otto',
          'Grace',
          'Henry',
          'Sofia',
          'Jan',
        ]);
        const surname = pick(r, [
          'Berg',
          'Gaulle',
          'Silva',
          'Bismarck',
          'Hopper',
          'Ford',
          'Cruz',
          'Dijk',
          'Vinci',
          'Leeuw',
        ]);
        const k = r();
        if (k < 0.35) {
          const particle = pick(r, ['van', 'de', 'von', 'da', 'de la', 'van der', 'di']);
          return p(
            { author: `${given} ${particle} ${surname}` },
            { given, family: `${particle} ${surname}`, suffix: null },
          );
        }
        if (k < 0.55) {
          const suffix = pick(r, ['Jr.', 'Sr.', 'III', 'II', 'Jr']);
          return p(
            { author: pick(r, [`${given} ${surname} ${suffix}`, `${given} ${surname}, ${suffix}`]) },
            { given, family: surname, suffix },
          );
        }
        if (k < 0.8) return p({ author: `${given} ${surname}` }, { given, family: surname, suffix: null });
        const second = pick(r, ['Ann', 'Louise', 'James', 'Marie', 'Paul']);
        return unsettled(
          { author: `${given} ${second} ${surname}` },
          { given: `${given} ${second}`, family: surname, suffix: null },
        );
      },
      9901,
      schema({ given: 'string', family: 'string', suffix: 'string|null' }),
    ),
  );

  tasks.push(
    task(
      'name-last-first-display',
      'strings',
      'Attendee names from a conference system, "Family, Given" (sometimes upper case, sometimes with a suffix after another comma) or already "Given Family"; to the display form "Given Family Suffix" with names in title case and particles ("van", "de", "von", "da") in lower case.',
      [
        p({ name: 'Gogh, Vincent van' }, { display: 'Vincent van Gogh' }),
        p({ name: 'KING, MARTIN, JR.' }, { display: 'Martin King Jr.' }),
        p({ name: 'Austen, Jane' }, { display: 'Jane Austen' }),
        p({ name: 'Grace Hopper' }, { display: 'Grace Hopper' }),
      ],
      (r) => {
        const given = pick(r, [
          'Anna',
          'Pieter',
          'Charles',
          'Maria',
          'Luis',
          'Otto',
          'Grace',
          'Henry',
          'Sofia',
          'Jan',
        ]);
        const surname = pick(r, [
          'Berg',
          'Gaulle',
          'Silva',
          'Bismarck',
          'Hopper',
          'Ford',
          "O'Brien",
          'Dijk',
          'Weber',
          'Leeuw',
        ]);
        const particle = r() < 0.3 ? pick(r, ['van', 'de', 'von', 'da']) : '';
        const suffix = r() < 0.2 ? pick(r, ['Jr.', 'Sr.', 'III']) : '';
        const display = [given, particle, surname, suffix].filter(Boolean).join(' ');
        const upper = r() < 0.3;
        const cased = (s: string): string => (upper ? s.toUpperCase() : s);
        const k = r();
        let text: string;
        if (k < 0.7) {
          const famFirst = particle && r() < 0.5 ? `${particle} ${surname}` : surname;
          const givenPart = particle && famFirst === surname ? `${given} ${particle}` : given;
          text = `${cased(famFirst)}, ${cased(givenPart)}${suffix ? `, ${cased(suffix)}` : ''}`;
        } else text = display;
        return p({ name: text }, { display });
      },
      9902,
      schema({ display: 'string' }),
    ),
  );

  tasks.push(
    task(
      'customer-name-title-case',
      'nested',
      'Customer names typed by call-centre staff with a title and sometimes a suffix: "Dr. Anna Berg", "MR JOHN SMITH", "mrs maria da silva", "Prof. Otto von Bismarck", "John Smith Jr"; to title (null when none, written "Dr", "Mr", "Mrs", "Ms", "Prof"), given and family (particles lower case).',
      [
        p({ customer: 'Dr. Anna Berg' }, { title: 'Dr', given: 'Anna', family: 'Berg' }),
        p({ customer: 'MR JOHN SMITH' }, { title: 'Mr', given: 'John', family: 'Smith' }),
        p({ customer: 'Grace Hopper' }, { title: null, given: 'Grace', family: 'Hopper' }),
      ],
      (r) => {
        const title = r() < 0.7 ? pick(r, ['Dr', 'Mr', 'Mrs', 'Ms', 'Prof']) : null;
        const given = pick(r, ['Anna', 'John', 'Maria', 'Otto', 'Grace', 'Henry', 'Sofia', 'Luis']);
        const particle = r() < 0.25 ? pick(r, ['da', 'von', 'van', 'de']) : '';
        const surname = pick(r, ['Berg', 'Smith', 'Silva', 'Bismarck', 'Hopper', 'Ford', 'Weber', 'Dijk']);
        const family = particle ? `${particle} ${surname}` : surname;
        const t = title ? `${title}${pick(r, ['.', '', '.'])} ` : '';
        const plain = `${t}${given} ${family}`;
        const text = pick(r, [plain, plain.toUpperCase(), plain.toLowerCase(), plain]);
        return p({ customer: spaced(r, text) }, { title, given, family });
      },
      9903,
      schema({ title: 'string|null', given: 'string', family: 'string' }),
    ),
  );
}

// =============================================================== identifiers and mixed
{
  tasks.push(
    task(
      'temperature-celsius',
      'numbers',
      'Oven and room temperatures from recipes and thermostats of several countries: "180 °C", "350°F", "180C", "350 F", "20,5 °C", "gas mark 4"; to whole °C. A bare number ("180") with no unit could be either scale: review.',
      [
        p({ temp: '180 °C' }, { celsius: 180 }),
        p({ temp: '350°F' }, { celsius: 177 }),
        p({ temp: '200C' }, { celsius: 200 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.4) {
          const c = int(r, 15, 250);
          return p(
            { temp: pick(r, [`${c} °C`, `${c}°C`, `${c}C`, `${c} C`, `${c} degrees C`]) },
            { celsius: c },
          );
        }
        if (k < 0.75) {
          const f = int(r, 60, 480);
          return p(
            { temp: pick(r, [`${f} °F`, `${f}°F`, `${f}F`, `${f} F`]) },
            { celsius: Math.round(((f - 32) * 5) / 9) },
          );
        }
        if (k < 0.87) {
          const g = int(r, 1, 9);
          const c = [140, 150, 165, 180, 190, 200, 220, 230, 240][g - 1]!;
          return p({ temp: pick(r, [`gas mark ${g}`, `Gas Mark ${g}`, `gas ${g}`]) }, { celsius: c });
        }
        const c = int(r, 120, 240);
        return unsettled({ temp: String(c) }, { celsius: c });
      },
      9951,
      schema({ celsius: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'screen-size-inches',
      'numbers',
      'Screen sizes from laptop listings of several shops: "15.6\\"", "15,6 Zoll", "39.6 cm", "13 inch", "14in", "35,6 cm (14 Zoll)"; to inches, one decimal (1 in = 2.54 cm).',
      [
        p({ screen: '15.6"' }, { inches: 15.6 }),
        p({ screen: '39.6 cm' }, { inches: 15.6 }),
        p({ screen: '13 inch' }, { inches: 13 }),
      ],
      (r) => {
        const inches = pick(r, [11.6, 12.5, 13, 13.3, 13.6, 14, 15, 15.6, 16, 17.3, 18]);
        const cm = round(inches * 2.54, 1);
        const text = pick(r, [
          `${inches}"`,
          `${comma(inches)} Zoll`,
          `${cm} cm`,
          `${comma(cm)} cm`,
          `${inches} inch`,
          `${inches}in`,
          `${comma(cm)} cm (${comma(inches)} Zoll)`,
          `${inches}-inch`,
        ]);
        return p({ screen: text }, { inches });
      },
      9952,
      schema({ inches: 'number' }),
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function everyday9Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(everyday9Dir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(everyday9Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${everyday9Dir}`);
}
