/**
 * Writes the tenth set of "everyday" tuning tasks (bench/synth/tasks/everyday10, every name starts
 * with "e10-"), written before tuning (wip12/everyday10, 2026-12-07), without reading the engine's
 * rules.
 *
 * Its theme: kinds of other people's data the repository has little of — bank-statement lines
 * (signed amounts, thousands separators of several locales, DR/CR), shipping lines (carrier codes,
 * weights with units, "30x20x10 cm"), sensor readings (units, scientific notation, epoch seconds and
 * millis), payroll hours ("7.5h", "7h30") and rates, medical units (mg/g/mcg, mmol/L ↔ mg/dL with the
 * factor stated), dates in French, German, Spanish and Japanese, EAN-13 check digits, country names
 * ↔ ISO codes (a small table in the examples), file sizes (binary or decimal, stated), ISO 8601
 * durations, degree-minute coordinates, e-mail and user-name normalisation, free-text quantities.
 *
 * Each task gives 3–5 examples as a user pastes them, an output schema, and held-back records that
 * include formats the examples never show. Labels come from the true value each maker draws first
 * (the real-world rule), never from parsing the written text and never from what the engine can do.
 * A record no careful person could settle from its own text and the description is marked `review`.
 *
 * Deterministic (seeded): `node bench/synth/everyday10-gen.ts && npx prettier --write
 * bench/synth/tasks/everyday10` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cap,
  digits,
  int,
  MONTH_NAMES,
  pad,
  pick,
  round,
  spaced,
  taskBuilder,
  pair as p,
  unsettled,
  group,
  schema,
} from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const everyday10Dir = join(here, 'tasks', 'everyday10');
/** Held-back test records per task. */
export const TEST_RECORDS = 60;

const task = taskBuilder('e10-', TEST_RECORDS);
const tasks: BenchTask[] = [];
const MONTHS: readonly string[] = MONTH_NAMES;
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
/** A decimal with a comma as its mark. */
const comma = (x: number | string): string => String(x).replace('.', ',');
/** Cents as text with two decimals: integer part grouped by `thou`, decimal mark `dec`. */
const cents = (c: number, thou: string, dec: string): string =>
  `${group(Math.floor(c / 100), thou)}${dec}${pad(c % 100)}`;

const PAYEES = [
  'AMAZON MKTPLACE',
  'STARBUCKS',
  'SHELL OIL',
  'NETFLIX.COM',
  'WHOLE FOODS',
  'UBER TRIP',
  'CITY WATER DEPT',
  'PAYROLL ACME INC',
  'TESCO STORES',
  'IKEA',
  'APPLE.COM/BILL',
  'DELTA AIR',
];

// =============================================================== bank statements
{
  tasks.push(
    task(
      'bank-amount-de',
      'numbers',
      'The "Betrag" column of a German bank export: "." groups thousands, "," marks decimals, a minus (ASCII "-" or the typographic "−") or a trailing "-" is a debit, "+" or nothing a credit; some rows carry "EUR". To a signed number.',
      [
        p({ betrag: '-1.234,56' }, { amount: -1234.56 }),
        p({ betrag: '2.500,00' }, { amount: 2500 }),
        p({ betrag: '-12,90' }, { amount: -12.9 }),
        p({ betrag: '+87,15' }, { amount: 87.15 }),
      ],
      (r) => {
        const c = int(r, 1, 900000);
        const neg = r() < 0.6;
        const body = cents(c, '.', ',');
        const amount = (neg ? -c : c) / 100;
        const text = neg
          ? pick(r, [`-${body}`, `−${body}`, `${body}-`, `-${body} EUR`, `- ${body}`])
          : pick(r, [body, `+${body}`, `${body} EUR`, `+ ${body}`]);
        return p({ betrag: spaced(r, text) }, { amount });
      },
      10101,
      schema({ amount: 'number' }),
    ),
  );

  tasks.push(
    task(
      'bank-debit-credit-suffix',
      'numbers',
      'A UK bank statement amount column: "1,234.56 DR" is money out (negative), "CR" money in (positive); some rows write "Dr"/"Cr" or put the mark first ("DR 12.00"), some omit the pence. To a signed number.',
      [
        p({ amount: '1,234.56 DR' }, { value: -1234.56 }),
        p({ amount: '12.00 CR' }, { value: 12 }),
        p({ amount: '87.10 DR' }, { value: -87.1 }),
      ],
      (r) => {
        const c = int(r, 1, 500000);
        const dr = r() < 0.55;
        const body = r() < 0.15 && c % 100 === 0 ? group(c / 100, ',') : cents(c, ',', '.');
        const mark = pick(r, dr ? ['DR', 'Dr', 'dr'] : ['CR', 'Cr', 'cr']);
        const text = r() < 0.75 ? `${body} ${mark}` : `${mark} ${body}`;
        return p({ amount: text }, { value: (dr ? -c : c) / 100 });
      },
      10102,
      schema({ value: 'number' }),
    ),
  );

  tasks.push(
    task(
      'bank-line-split',
      'nested',
      'Lines of a US credit-card statement as pasted from the bank’s web page: posting date (MM/DD/YYYY), payee, amount with "," thousands and a leading "-" for refunds; separated by two or more spaces or a tab. To {date (ISO), payee, amount}.',
      [
        p({ line: '03/14/2026  STARBUCKS  4.75' }, { date: '2026-03-14', payee: 'STARBUCKS', amount: 4.75 }),
        p(
          { line: '03/15/2026  AMAZON MKTPLACE  1,299.00' },
          { date: '2026-03-15', payee: 'AMAZON MKTPLACE', amount: 1299 },
        ),
        p(
          { line: '03/17/2026  UBER TRIP  -12.40' },
          { date: '2026-03-17', payee: 'UBER TRIP', amount: -12.4 },
        ),
        p(
          { line: '04/02/2026\tNETFLIX.COM\t15.49' },
          { date: '2026-04-02', payee: 'NETFLIX.COM', amount: 15.49 },
        ),
      ],
      (r) => {
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const payee = pick(r, PAYEES);
        const c = int(r, 1, 400000);
        const neg = r() < 0.2;
        const sep = pick(r, ['  ', '   ', '\t', '    ']);
        const line = `${pad(m)}/${pad(d)}/2026${sep}${payee}${sep}${neg ? '-' : ''}${cents(c, ',', '.')}`;
        return p({ line }, { date: iso(2026, m, d), payee, amount: (neg ? -c : c) / 100 });
      },
      10103,
      schema({ date: 'string', payee: 'string', amount: 'number' }),
    ),
  );

  tasks.push(
    task(
      'amount-currency-locales',
      'nested',
      'Invoice totals from suppliers in several countries: "CHF 1\'234.50" (Swiss apostrophe groups), "1 234,50 €" (space groups, comma decimals), "£1,234.50", "$1,234.50" (this company’s $ is always USD), "1.234,50 EUR", "SEK 12 500,00". To {amount, currency (ISO code)}.',
      [
        p({ total: "CHF 1'234.50" }, { amount: 1234.5, currency: 'CHF' }),
        p({ total: '1 234,50 €' }, { amount: 1234.5, currency: 'EUR' }),
        p({ total: '£89.99' }, { amount: 89.99, currency: 'GBP' }),
        p({ total: '$2,100.00' }, { amount: 2100, currency: 'USD' }),
        p({ total: 'SEK 12 500,00' }, { amount: 12500, currency: 'SEK' }),
      ],
      (r) => {
        const c = int(r, 100, 2000000);
        const cur = pick(r, ['CHF', 'EUR', 'GBP', 'USD', 'SEK']);
        let text: string;
        if (cur === 'CHF')
          text = pick(r, [
            `CHF ${cents(c, "'", '.')}`,
            `${cents(c, "'", '.')} CHF`,
            `Fr. ${cents(c, "'", '.')}`,
          ]);
        else if (cur === 'EUR')
          text = pick(r, [
            `${cents(c, ' ', ',')} €`,
            `${cents(c, '.', ',')} EUR`,
            `€${cents(c, '.', ',')}`,
            `EUR ${cents(c, ' ', ',')}`,
          ]);
        else if (cur === 'GBP') text = pick(r, [`£${cents(c, ',', '.')}`, `GBP ${cents(c, ',', '.')}`]);
        else if (cur === 'USD')
          text = pick(r, [`$${cents(c, ',', '.')}`, `USD ${cents(c, ',', '.')}`, `US$${cents(c, ',', '.')}`]);
        else
          text = pick(r, [
            `SEK ${cents(c, ' ', ',')}`,
            `${cents(c, ' ', ',')} kr`,
            `${cents(c, ' ', ',')} SEK`,
          ]);
        return p({ total: text }, { amount: c / 100, currency: cur });
      },
      10104,
      schema({ amount: 'number', currency: 'string' }),
    ),
  );

  tasks.push(
    task(
      'iban-compact',
      'nested',
      'IBANs typed by customers, with spaces in groups of four, without, in lower case, sometimes with an "IBAN" prefix. To {country (the two letters), iban (upper case, no spaces)}.',
      [
        p({ iban: 'DE89 3704 0044 0532 0130 00' }, { country: 'DE', iban: 'DE89370400440532013000' }),
        p({ iban: 'fr1420041010050500013m02606' }, { country: 'FR', iban: 'FR1420041010050500013M02606' }),
        p({ iban: 'GB29 NWBK 6016 1331 9268 19' }, { country: 'GB', iban: 'GB29NWBK60161331926819' }),
      ],
      (r) => {
        const cc = pick(r, ['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'BE', 'AT']);
        const bank = cc === 'GB' || cc === 'NL' ? pick(r, ['NWBK', 'BARC', 'ABNA', 'INGB', 'RABO']) : '';
        const len = { DE: 22, FR: 27, GB: 22, NL: 18, ES: 24, IT: 27, BE: 16, AT: 20 }[cc]!;
        const iban = `${cc}${digits(r, 2)}${bank}${digits(r, len - 4 - bank.length)}`;
        const grouped = iban.replace(/(.{4})/g, '$1 ').trim();
        const text = pick(r, [
          grouped,
          iban,
          iban.toLowerCase(),
          `IBAN ${grouped}`,
          `IBAN: ${iban}`,
          grouped.toLowerCase(),
        ]);
        return p({ iban: text }, { country: cc, iban });
      },
      10105,
      schema({ country: 'string', iban: 'string' }),
    ),
  );
}

// =============================================================== shipping
{
  tasks.push(
    task(
      'parcel-weight-kg',
      'numbers',
      'Parcel weights from a warehouse scan log: "2.5 kg", "500 g", "1,2 kg" (a European scanner writes decimal commas), "3 lb" or "3 lbs" (1 lb = 0.45359237 kg). To kilograms, rounded to 3 decimals.',
      [
        p({ weight: '2.5 kg' }, { kg: 2.5 }),
        p({ weight: '500 g' }, { kg: 0.5 }),
        p({ weight: '3 lb' }, { kg: 1.361 }),
        p({ weight: '1,2 kg' }, { kg: 1.2 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.35) {
          const kg = round(int(r, 1, 300) / 10, 1);
          return p({ weight: pick(r, [`${kg} kg`, `${kg}kg`, `${comma(kg)} kg`, `${kg} KG`]) }, { kg });
        }
        if (k < 0.65) {
          const g = int(r, 20, 4000);
          return p({ weight: pick(r, [`${g} g`, `${g}g`, `${g} gr`]) }, { kg: round(g / 1000, 3) });
        }
        const lb = pick(r, [int(r, 1, 60), round(int(r, 5, 400) / 10, 1)]);
        return p(
          { weight: pick(r, [`${lb} lb`, `${lb} lbs`, `${lb}lb`, `${lb} LBS`]) },
          { kg: round(lb * 0.45359237, 3) },
        );
      },
      10201,
      schema({ kg: 'number' }),
    ),
  );

  tasks.push(
    task(
      'parcel-dimensions',
      'nested',
      'Box sizes typed by sellers: "30x20x10 cm", "30 x 20 x 10cm", "30×20×10 cm", "12x8x4 in" (1 in = 2.54 cm), "300x200x100 mm". Length × width × height. To {length, width, height} in centimetres, rounded to 1 decimal.',
      [
        p({ size: '30x20x10 cm' }, { length: 30, width: 20, height: 10 }),
        p({ size: '45 x 35 x 12.5cm' }, { length: 45, width: 35, height: 12.5 }),
        p({ size: '12x8x4 in' }, { length: 30.5, width: 20.3, height: 10.2 }),
        p({ size: '300x200x150 mm' }, { length: 30, width: 20, height: 15 }),
      ],
      (r) => {
        const unit = pick(r, ['cm', 'cm', 'in', 'mm']);
        const dims = [int(r, 10, 80), int(r, 5, 60), int(r, 2, 40)];
        const x = pick(r, ['x', ' x ', '×', ' × ', 'X']);
        const u = pick(r, [` ${unit}`, unit]);
        const text = `${dims.join(x)}${u}`;
        const cm = dims.map((d) => round(unit === 'in' ? d * 2.54 : unit === 'mm' ? d / 10 : d, 1));
        return p({ size: text }, { length: cm[0], width: cm[1], height: cm[2] });
      },
      10202,
      schema({ length: 'number', width: 'number', height: 'number' }),
    ),
  );

  tasks.push(
    task(
      'tracking-carrier',
      'strings',
      'Tracking numbers pasted by customers: which carrier? UPS numbers start "1Z" (18 characters), USPS are 22 digits starting 92, 93 or 94, FedEx are 12 digits, DHL Express are 10 digits, Royal Mail are two letters, 9 digits and "GB". Spaces may appear. To the carrier name: UPS, USPS, FedEx, DHL, Royal Mail.',
      [
        p({ tracking: '1Z999AA10123456784' }, { carrier: 'UPS' }),
        p({ tracking: '9400111899223197428490' }, { carrier: 'USPS' }),
        p({ tracking: '449044304137' }, { carrier: 'FedEx' }),
        p({ tracking: '1234567890' }, { carrier: 'DHL' }),
        p({ tracking: 'RR123456785GB' }, { carrier: 'Royal Mail' }),
      ],
      (r) => {
        const c = pick(r, ['UPS', 'USPS', 'FedEx', 'DHL', 'Royal Mail']);
        const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
        let t: string;
        if (c === 'UPS')
          t = `1Z${Array.from({ length: 6 }, () => pick(r, [...L, ...'0123456789'])).join('')}${digits(r, 10)}`;
        else if (c === 'USPS') t = `${pick(r, ['92', '93', '94'])}${digits(r, 20)}`;
        else if (c === 'FedEx') t = `${int(r, 1, 9)}${digits(r, 11)}`;
        else if (c === 'DHL') t = `${int(r, 1, 9)}${digits(r, 9)}`;
        else t = `${pick(r, [...L])}${pick(r, [...L])}${digits(r, 9)}GB`;
        const text = r() < 0.25 ? t.replace(/(.{4})/g, '$1 ').trim() : r() < 0.1 ? t.toLowerCase() : t;
        return p({ tracking: text }, { carrier: c });
      },
      10203,
      schema({ carrier: 'string' }),
    ),
  );

  tasks.push(
    task(
      'ship-scan-line',
      'nested',
      'Scan lines from a depot: carrier code, tracking number, weight with a unit, in that order, separated by spaces or " | ". Carrier codes: DHL, UPS, FDX, TNT, GLS. Weight in kg (grams divided by 1000), as written otherwise.',
      [
        p({ scan: 'DHL 1234567890 2.4kg' }, { carrier: 'DHL', tracking: '1234567890', kg: 2.4 }),
        p(
          { scan: 'UPS | 1Z999AA10123456784 | 850 g' },
          { carrier: 'UPS', tracking: '1Z999AA10123456784', kg: 0.85 },
        ),
        p({ scan: 'GLS 51234567890 12 kg' }, { carrier: 'GLS', tracking: '51234567890', kg: 12 }),
      ],
      (r) => {
        const carrier = pick(r, ['DHL', 'UPS', 'FDX', 'TNT', 'GLS']);
        const tracking =
          carrier === 'UPS'
            ? `1Z${digits(r, 3)}AA${digits(r, 11)}`
            : `${int(r, 1, 9)}${digits(r, int(r, 9, 11))}`;
        const grams = r() < 0.4;
        const kg = grams ? round(int(r, 50, 990) / 1000, 3) : round(int(r, 1, 300) / 10, 1);
        const w = grams
          ? pick(r, [`${kg * 1000}g`, `${kg * 1000} g`])
          : pick(r, [`${kg}kg`, `${kg} kg`, `${kg} KG`]);
        const sep = pick(r, [' ', ' | ', '  ', ' |']);
        return p({ scan: `${carrier}${sep}${tracking}${sep}${w}` }, { carrier, tracking, kg });
      },
      10204,
      schema({ carrier: 'string', tracking: 'string', kg: 'number' }),
    ),
  );
}

// =============================================================== sensors / IoT
{
  /** An ISO UTC timestamp and its epoch seconds, drawn in 2023–2026. */
  const moment = (r: () => number): { iso: string; secs: number } => {
    const secs = int(r, 1672531200, 1798761599);
    return { iso: new Date(secs * 1000).toISOString().replace('.000Z', 'Z'), secs };
  };

  tasks.push(
    task(
      'epoch-to-iso',
      'dates',
      'Sensor timestamps: some gateways send epoch seconds (10 digits), newer ones epoch milliseconds (13 digits, always a whole second here), a few as a string with a trailing "s" or "ms". To an ISO 8601 UTC timestamp "YYYY-MM-DDTHH:MM:SSZ".',
      [
        p({ ts: '1741948800' }, { time: '2025-03-14T10:40:00Z' }),
        p({ ts: '1700000000' }, { time: '2023-11-14T22:13:20Z' }),
        p({ ts: '1767225600000' }, { time: '2026-01-01T00:00:00Z' }),
      ],
      (r) => {
        const m = moment(r);
        const text = pick(r, [
          String(m.secs),
          String(m.secs),
          `${m.secs}000`,
          `${m.secs}s`,
          `${m.secs}000ms`,
          `${m.secs}000`,
        ]);
        return p({ ts: text }, { time: m.iso });
      },
      10301,
      schema({ time: 'string' }),
    ),
  );

  tasks.push(
    task(
      'sci-notation-reading',
      'numbers',
      'Current readings in amperes from a lab logger: plain decimals, scientific notation in either case ("1.2e-3", "1.2E-03", "4.5e2"), sometimes with "A" after. To a number.',
      [
        p({ current: '1.2e-3' }, { amps: 0.0012 }),
        p({ current: '0.045' }, { amps: 0.045 }),
        p({ current: '3.3E+01' }, { amps: 33 }),
      ],
      (r) => {
        const mant = int(r, 10, 99) / 10;
        const e = int(r, -6, 3);
        const amps = Number(`${mant}e${e}`);
        const es = e < 0 ? `-${pad(-e)}` : `+${pad(e)}`;
        const text = pick(r, [
          `${mant}e${e}`,
          `${mant}E${es}`,
          `${mant}e${es}`,
          `${mant}E${e}`,
          `${mant}e${e} A`,
          String(amps),
        ]);
        return p({ current: text }, { amps });
      },
      10302,
      schema({ amps: 'number' }),
    ),
  );

  tasks.push(
    task(
      'sensor-line-temp-humidity',
      'nested',
      'Lines from home weather stations: "dev-04 temp=21.5C hum=40%". Some older stations report Fahrenheit ("temp=70.7F"): convert with C = (F − 32) × 5/9, rounded to 1 decimal. Key order may change and keys may be upper case. To {device, temp_c, humidity (integer percent)}.',
      [
        p({ line: 'dev-04 temp=21.5C hum=40%' }, { device: 'dev-04', temp_c: 21.5, humidity: 40 }),
        p({ line: 'dev-11 temp=70.7F hum=55%' }, { device: 'dev-11', temp_c: 21.5, humidity: 55 }),
        p({ line: 'dev-02 hum=38% temp=19.0C' }, { device: 'dev-02', temp_c: 19, humidity: 38 }),
        p({ line: 'dev-07 temp=-3.5C hum=81%' }, { device: 'dev-07', temp_c: -3.5, humidity: 81 }),
      ],
      (r) => {
        const device = `dev-${pad(int(r, 1, 40))}`;
        const hum = int(r, 15, 99);
        const f = r() < 0.35;
        const c10 = int(r, -150, 350);
        const tF = round((c10 / 10) * 1.8 + 32, 1);
        const temp_c = f ? round(((tF - 32) * 5) / 9, 1) : c10 / 10;
        const t = f ? `${tF}F` : `${(c10 / 10).toFixed(1)}C`;
        const up = r() < 0.2;
        const tk = up ? 'TEMP' : 'temp';
        const hk = up ? 'HUM' : 'hum';
        const line = r() < 0.6 ? `${device} ${tk}=${t} ${hk}=${hum}%` : `${device} ${hk}=${hum}% ${tk}=${t}`;
        return p({ line }, { device, temp_c: temp_c === 0 ? 0 : temp_c, humidity: hum });
      },
      10303,
      schema({ device: 'string', temp_c: 'number', humidity: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'pressure-to-hpa',
      'numbers',
      'Air pressure from mixed weather feeds: "1013 hPa", "1013 mbar" (same as hPa), "101.3 kPa" (× 10), "29.92 inHg" (× 33.8639), "14.7 psi" (× 68.9476). To hPa rounded to 1 decimal.',
      [
        p({ pressure: '1013 hPa' }, { hpa: 1013 }),
        p({ pressure: '101.3 kPa' }, { hpa: 1013 }),
        p({ pressure: '29.92 inHg' }, { hpa: 1013.2 }),
        p({ pressure: '1008.5 mbar' }, { hpa: 1008.5 }),
      ],
      (r) => {
        const unit = pick(r, ['hPa', 'mbar', 'kPa', 'inHg', 'psi']);
        if (unit === 'hPa' || unit === 'mbar') {
          const v = int(r, 9600, 10450) / 10;
          return p({ pressure: pick(r, [`${v} ${unit}`, `${v}${unit}`]) }, { hpa: v });
        }
        if (unit === 'kPa') {
          const v = int(r, 9600, 10450) / 100;
          return p({ pressure: pick(r, [`${v} kPa`, `${v}kPa`]) }, { hpa: round(v * 10, 1) });
        }
        if (unit === 'inHg') {
          const v = int(r, 2850, 3080) / 100;
          return p({ pressure: pick(r, [`${v} inHg`, `${v} in Hg`]) }, { hpa: round(v * 33.8639, 1) });
        }
        const v = int(r, 139, 152) / 10;
        return p({ pressure: pick(r, [`${v} psi`, `${v}psi`]) }, { hpa: round(v * 68.9476, 1) });
      },
      10304,
      schema({ hpa: 'number' }),
    ),
  );

  tasks.push(
    task(
      'battery-percent',
      'numbers',
      'Battery levels from trackers of three makes: "bat 87%", "battery: 0.87" (a fraction), "87 %", "BAT=87". To an integer percent.',
      [
        p({ battery: 'bat 87%' }, { percent: 87 }),
        p({ battery: 'battery: 0.42' }, { percent: 42 }),
        p({ battery: 'BAT=5' }, { percent: 5 }),
      ],
      (r) => {
        const n = int(r, 1, 100);
        const text = pick(r, [
          `bat ${n}%`,
          `battery: ${round(n / 100, 2)}`,
          `${n} %`,
          `BAT=${n}`,
          `bat ${n} %`,
          `Battery: ${n}%`,
        ]);
        return p({ battery: text }, { percent: n });
      },
      10305,
      schema({ percent: 'integer' }),
    ),
  );
}

// =============================================================== HR / payroll
{
  tasks.push(
    task(
      'hours-worked-decimal',
      'numbers',
      'Hours worked per day from timesheets filled in by hand: "7.5h", "7,5 h", "7h30", "7:30", "7h 30m", "450 min", "8". To decimal hours (rounded to 2 decimals).',
      [
        p({ worked: '7.5h' }, { hours: 7.5 }),
        p({ worked: '7h30' }, { hours: 7.5 }),
        p({ worked: '8:15' }, { hours: 8.25 }),
        p({ worked: '6h' }, { hours: 6 }),
      ],
      (r) => {
        const h = int(r, 1, 11);
        const m = pick(r, [0, 15, 30, 45, 20, 40, 10, 50, 5]);
        const hours = round(h + m / 60, 2);
        const quarter = m % 15 === 0;
        const forms = [`${h}h${pad(m)}`, `${h}:${pad(m)}`, `${h}h ${m}m`, `${h * 60 + m} min`];
        if (quarter) forms.push(`${h + m / 60}h`, `${comma(h + m / 60)} h`, `${h + m / 60}`);
        return p({ worked: pick(r, forms) }, { hours });
      },
      10401,
      schema({ hours: 'number' }),
    ),
  );

  tasks.push(
    task(
      'hourly-rate-currency',
      'nested',
      'Contractors’ hourly rates as they quote them: "$18.50/hr", "18,50 €/h", "EUR 18.5 per hour", "£22/hour", "18.50 USD/h". To {rate, currency (ISO)}.',
      [
        p({ rate: '$18.50/hr' }, { rate: 18.5, currency: 'USD' }),
        p({ rate: '18,50 €/h' }, { rate: 18.5, currency: 'EUR' }),
        p({ rate: '£22/hour' }, { rate: 22, currency: 'GBP' }),
      ],
      (r) => {
        const c = int(r, 1200, 9500);
        const v = c / 100;
        const cur = pick(r, ['USD', 'EUR', 'GBP']);
        const per = pick(r, ['/hr', '/h', '/hour', ' per hour', ' an hour']);
        const num = pick(r, [v.toFixed(2), String(v)]);
        let text: string;
        if (cur === 'USD') text = pick(r, [`$${num}${per}`, `${num} USD${per}`, `USD ${num}${per}`]);
        else if (cur === 'EUR')
          text = pick(r, [`${comma(num)} €${per}`, `EUR ${num}${per}`, `€${comma(num)}${per}`]);
        else text = pick(r, [`£${num}${per}`, `GBP ${num}${per}`]);
        return p({ rate: text }, { rate: v, currency: cur });
      },
      10402,
      schema({ rate: 'number', currency: 'string' }),
    ),
  );

  tasks.push(
    task(
      'day-pay',
      'numbers',
      'A day’s pay for a shift: hours as written on the timesheet ("7h30", "7.5", "7:30") times the hourly rate (a plain number). To pay rounded to 2 decimals.',
      [
        p({ hours: '7h30', rate: '20' }, { pay: 150 }),
        p({ hours: '8', rate: '15.5' }, { pay: 124 }),
        p({ hours: '6:45', rate: '18' }, { pay: 121.5 }),
        p({ hours: '4.5', rate: '22' }, { pay: 99 }),
      ],
      (r) => {
        const h = int(r, 2, 11);
        const m = pick(r, [0, 15, 30, 45]);
        const rate = pick(r, [int(r, 12, 40), int(r, 240, 800) / 20]);
        const text = pick(r, [`${h}h${pad(m)}`, `${h}:${pad(m)}`, `${h + m / 60}`, `${h}h`]);
        const hours = text === `${h}h` ? h : h + m / 60;
        return p({ hours: text, rate: String(rate) }, { pay: round(hours * rate, 2) });
      },
      10403,
      schema({ pay: 'number' }),
    ),
  );

  tasks.push(
    task(
      'employee-id',
      'strings',
      'Employee numbers typed by managers into an expense form: "emp 00123", "E-123", "e123", "EMP123", "123". The payroll id is "E" and the number padded to 5 digits.',
      [
        p({ employee: 'emp 00123' }, { id: 'E00123' }),
        p({ employee: 'E-4521' }, { id: 'E04521' }),
        p({ employee: 'e77' }, { id: 'E00077' }),
      ],
      (r) => {
        const n = int(r, 1, 99999);
        const text = pick(r, [
          `emp ${pad(n, 5)}`,
          `E-${n}`,
          `e${n}`,
          `EMP${n}`,
          String(n),
          `E${pad(n, 5)}`,
          `Emp. ${n}`,
        ]);
        return p({ employee: spaced(r, text) }, { id: `E${pad(n, 5)}` });
      },
      10404,
      schema({ id: 'string' }),
    ),
  );
}

// =============================================================== medical units
{
  tasks.push(
    task(
      'glucose-mgdl',
      'numbers',
      'Blood glucose from patients’ meters: US meters write mg/dL, European ones mmol/L. To mg/dL as an integer, with mg/dL = mmol/L × 18 (rounded to the nearest integer).',
      [
        p({ glucose: '5.5 mmol/L' }, { mgdl: 99 }),
        p({ glucose: '126 mg/dL' }, { mgdl: 126 }),
        p({ glucose: '7.8 mmol/l' }, { mgdl: 140 }),
      ],
      (r) => {
        if (r() < 0.5) {
          const mm = int(r, 30, 200) / 10;
          return p(
            { glucose: pick(r, [`${mm} mmol/L`, `${mm} mmol/l`, `${comma(mm)} mmol/L`, `${mm}mmol/L`]) },
            { mgdl: Math.round(mm * 18) },
          );
        }
        const v = int(r, 50, 350);
        return p({ glucose: pick(r, [`${v} mg/dL`, `${v} mg/dl`, `${v}mg/dL`]) }, { mgdl: v });
      },
      10501,
      schema({ mgdl: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'dose-to-mg',
      'numbers',
      'Doses from a pharmacy export: "250 mg", "0.5 g", "1,5 g", "500 mcg" or "500 µg" (1 mg = 1000 mcg). To milligrams.',
      [
        p({ dose: '250 mg' }, { mg: 250 }),
        p({ dose: '0.5 g' }, { mg: 500 }),
        p({ dose: '500 mcg' }, { mg: 0.5 }),
        p({ dose: '1,5 g' }, { mg: 1500 }),
      ],
      (r) => {
        const u = pick(r, ['mg', 'g', 'mcg']);
        if (u === 'mg') {
          const v = pick(r, [int(r, 1, 1000), int(r, 5, 200) / 10]);
          return p({ dose: pick(r, [`${v} mg`, `${v}mg`, `${comma(v)} mg`]) }, { mg: v });
        }
        if (u === 'g') {
          const v = int(r, 1, 40) / 10;
          return p({ dose: pick(r, [`${v} g`, `${v}g`, `${comma(v)} g`]) }, { mg: round(v * 1000, 3) });
        }
        const v = int(r, 5, 1000);
        return p({ dose: pick(r, [`${v} mcg`, `${v} µg`, `${v}mcg`, `${v} ug`]) }, { mg: v / 1000 });
      },
      10502,
      schema({ mg: 'number' }),
    ),
  );
}

// =============================================================== multilingual dates
{
  const FR = [
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
  const DE = [
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
  const ES = [
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
  ];

  tasks.push(
    task(
      'date-multilingual',
      'dates',
      'Event dates collected from partner sites in France, Germany and Japan, plus a few English ones: "3 mars 2026", "14. März 2026", "2026年3月14日", "March 14, 2026". To ISO.',
      [
        p({ date: '3 mars 2026' }, { iso: '2026-03-03' }),
        p({ date: '14. März 2026' }, { iso: '2026-03-14' }),
        p({ date: '2026年3月14日' }, { iso: '2026-03-14' }),
        p({ date: 'March 14, 2026' }, { iso: '2026-03-14' }),
      ],
      (r) => {
        const y = int(r, 2025, 2027);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const text = pick(r, [
          `${d} ${FR[m - 1]} ${y}`,
          `${d === 1 ? '1er' : d} ${FR[m - 1]} ${y}`,
          `${d}. ${DE[m - 1]} ${y}`,
          `${pad(d)}. ${DE[m - 1]} ${y}`,
          `${y}年${m}月${d}日`,
          `${MONTHS[m - 1]} ${d}, ${y}`,
        ]);
        return p({ date: text }, { iso: iso(y, m, d) });
      },
      10601,
      schema({ iso: 'string' }),
    ),
  );

  tasks.push(
    task(
      'date-spanish',
      'dates',
      'Delivery dates from a Spanish and Mexican supplier portal: "14 de marzo de 2026", "14 mar 2026", "14/03/2026" (day first), "14-mar-26" (years 2020–2029). To ISO.',
      [
        p({ fecha: '14 de marzo de 2026' }, { date: '2026-03-14' }),
        p({ fecha: '2 de enero de 2025' }, { date: '2025-01-02' }),
        p({ fecha: '14/03/2026' }, { date: '2026-03-14' }),
      ],
      (r) => {
        const y = int(r, 2020, 2029);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const text = pick(r, [
          `${d} de ${ES[m - 1]} de ${y}`,
          `${d} de ${ES[m - 1]} de ${y}`,
          `${d} ${ES[m - 1]!.slice(0, 3)} ${y}`,
          `${pad(d)}/${pad(m)}/${y}`,
          `${d}-${ES[m - 1]!.slice(0, 3)}-${pad(y % 100)}`,
          `${cap(ES[m - 1]!)} ${d}, ${y}`,
        ]);
        return p({ fecha: text }, { date: iso(y, m, d) });
      },
      10602,
      schema({ date: 'string' }),
    ),
  );

  tasks.push(
    task(
      'utc-offset-to-utc',
      'dates',
      'Booking times from hotels in several time zones, ISO 8601 with an offset ("2026-03-14T10:00:00+02:00", "…-05:00", "…Z", "+0530" without colon). To the UTC time "YYYY-MM-DDTHH:MM:SSZ".',
      [
        p({ at: '2026-03-14T10:00:00+02:00' }, { utc: '2026-03-14T08:00:00Z' }),
        p({ at: '2026-03-14T22:30:00-05:00' }, { utc: '2026-03-15T03:30:00Z' }),
        p({ at: '2026-06-01T09:15:00Z' }, { utc: '2026-06-01T09:15:00Z' }),
      ],
      (r) => {
        const base = Date.UTC(2026, int(r, 0, 11), int(r, 1, 28), int(r, 0, 23), pick(r, [0, 15, 30, 45]), 0);
        const off = pick(r, [0, 60, 120, 330, -300, -240, 540, -420, 60]);
        const local = new Date(base + off * 60000).toISOString().slice(0, 19);
        const sign = off < 0 ? '-' : '+';
        const hh = pad(Math.floor(Math.abs(off) / 60));
        const mm = pad(Math.abs(off) % 60);
        const z = off === 0 ? pick(r, ['Z', '+00:00']) : pick(r, [`${sign}${hh}:${mm}`, `${sign}${hh}${mm}`]);
        return p({ at: `${local}${z}` }, { utc: new Date(base).toISOString().replace('.000Z', 'Z') });
      },
      10603,
      schema({ utc: 'string' }),
    ),
  );
}

// =============================================================== product codes
{
  /** The EAN-13 / GTIN check digit of 12 digits. */
  const check = (d12: string): number => {
    const s = [...d12].reduce((a, c, i) => a + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
    return (10 - (s % 10)) % 10;
  };

  tasks.push(
    task(
      'ean13-add-check-digit',
      'strings',
      'A product catalogue keeps the first 12 digits of each EAN-13; add the check digit (GS1: weights 1,3,1,3… from the left, the digit that brings the sum to a multiple of 10). Some rows have a space after the 1st and 7th digit.',
      [
        p({ ean12: '400638133393' }, { ean13: '4006381333931' }),
        p({ ean12: '590123412345' }, { ean13: '5901234123457' }),
        p({ ean12: '978020137962' }, { ean13: '9780201379624' }),
        p({ ean12: '871125300120' }, { ean13: '8711253001202' }),
      ],
      (r) => {
        const d12 = `${int(r, 1, 9)}${digits(r, 11)}`;
        const text = r() < 0.25 ? `${d12[0]} ${d12.slice(1, 7)} ${d12.slice(7)}` : d12;
        return p({ ean12: text }, { ean13: `${d12}${check(d12)}` });
      },
      10701,
      schema({ ean13: 'string' }),
    ),
  );

  tasks.push(
    task(
      'ean13-valid',
      'strings',
      'Barcodes scanned or typed at goods-in: is the EAN-13 valid (13 digits and the GS1 check digit right)? Typed ones may have spaces or dashes.',
      [
        p({ code: '4006381333931' }, { valid: true }),
        p({ code: '4006381333932' }, { valid: false }),
        p({ code: '5901234123457' }, { valid: true }),
        p({ code: '590123412345' }, { valid: false }),
      ],
      (r) => {
        const d12 = `${int(r, 1, 9)}${digits(r, 11)}`;
        const k = r();
        let code = `${d12}${check(d12)}`;
        let valid = true;
        if (k < 0.3) {
          code = `${d12}${(check(d12) + int(r, 1, 9)) % 10}`;
          valid = false;
        } else if (k < 0.4) {
          code = d12;
          valid = false;
        }
        const text =
          r() < 0.2
            ? `${code[0]} ${code.slice(1, 7)} ${code.slice(7)}`
            : r() < 0.1
              ? `${code.slice(0, 7)}-${code.slice(7)}`
              : code;
        return p({ code: text }, { valid });
      },
      10702,
      schema({ valid: 'boolean' }),
    ),
  );

  tasks.push(
    task(
      'sku-parts',
      'nested',
      'Apparel SKUs from three sellers: BRAND-STYLE-COLOUR-SIZE with "-", "_" or "/" between parts, any case. To {brand, style, colour, size}, all upper case.',
      [
        p({ sku: 'ACME-TSH01-BLU-XL' }, { brand: 'ACME', style: 'TSH01', colour: 'BLU', size: 'XL' }),
        p({ sku: 'nord_jkt22_blk_m' }, { brand: 'NORD', style: 'JKT22', colour: 'BLK', size: 'M' }),
        p({ sku: 'Zeta/Hd7/Red/S' }, { brand: 'ZETA', style: 'HD7', colour: 'RED', size: 'S' }),
      ],
      (r) => {
        const brand = pick(r, ['ACME', 'NORD', 'ZETA', 'KORU', 'VALE', 'OX']);
        const style = `${pick(r, ['TSH', 'JKT', 'HD', 'PNT', 'SCK', 'CAP'])}${int(r, 1, 99)}`;
        const colour = pick(r, ['BLU', 'BLK', 'RED', 'WHT', 'GRN', 'NVY', 'GRY']);
        const size = pick(r, ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL']);
        const sep = pick(r, ['-', '_', '/']);
        const parts = [brand, style, colour, size];
        const c = r();
        const text = (c < 0.5 ? parts : c < 0.75 ? parts.map((x) => x.toLowerCase()) : parts.map(cap)).join(
          sep,
        );
        return p({ sku: text }, { brand, style, colour, size });
      },
      10703,
      schema({ brand: 'string', style: 'string', colour: 'string', size: 'string' }),
    ),
  );
}

// =============================================================== countries
{
  const TABLE: [string, string][] = [
    ['Germany', 'DE'],
    ['France', 'FR'],
    ['United Kingdom', 'GB'],
    ['Netherlands', 'NL'],
    ['Spain', 'ES'],
  ];
  const OTHERS: [string, string][] = [
    ['Italy', 'IT'],
    ['Austria', 'AT'],
    ['Belgium', 'BE'],
    ['Poland', 'PL'],
  ];

  tasks.push(
    task(
      'country-name-to-code',
      'strings',
      'The country column of a web shop’s orders, typed by customers; the shop ships to Germany (DE), France (FR), United Kingdom (GB), Netherlands (NL), Spain (ES), Italy (IT), Austria (AT), Belgium (BE) and Poland (PL). To the ISO 3166-1 alpha-2 code.',
      TABLE.map(([n, c], i) => p({ order: `ORD-${40211 + i * 37}`, country: n }, { code: c })),
      (r) => {
        const [n, c] = r() < 0.7 ? pick(r, TABLE) : pick(r, OTHERS);
        const text = pick(r, [n, n.toUpperCase(), n.toLowerCase(), ` ${n}`, `${n} `]);
        return p({ order: `ORD-${digits(r, 5)}`, country: text }, { code: c });
      },
      10801,
      schema({ code: 'string' }),
    ),
  );

  tasks.push(
    task(
      'country-code-to-name',
      'strings',
      'A report shows ISO alpha-2 codes from a payment gateway (upper or lower case, sometimes alpha-3 "DEU"); the finance team wants the English name. Countries: DE/DEU Germany, FR/FRA France, GB/GBR United Kingdom, NL/NLD Netherlands, ES/ESP Spain.',
      [
        p({ txn: 'T104522', cc: 'DE' }, { country: 'Germany' }),
        p({ txn: 'T104530', cc: 'FR' }, { country: 'France' }),
        p({ txn: 'T104561', cc: 'GB' }, { country: 'United Kingdom' }),
        p({ txn: 'T104577', cc: 'nl' }, { country: 'Netherlands' }),
        p({ txn: 'T104602', cc: 'ESP' }, { country: 'Spain' }),
      ],
      (r) => {
        const i = int(r, 0, 4);
        const [n, c] = TABLE[i]!;
        const a3 = ['DEU', 'FRA', 'GBR', 'NLD', 'ESP'][i]!;
        const text = pick(r, [c, c, c.toLowerCase(), a3, a3.toLowerCase(), ` ${c} `]);
        return p({ txn: `T${digits(r, 6)}`, cc: text }, { country: n });
      },
      10802,
      schema({ country: 'string' }),
    ),
  );
}

// =============================================================== file sizes, durations
{
  tasks.push(
    task(
      'file-size-binary',
      'numbers',
      'File sizes from a backup tool that uses binary units (1 KB = 1024 bytes, 1 MB = 1024 KB, 1 GB = 1024 MB, also written KiB/MiB/GiB, or "K"/"M"/"G"); "bytes" or "B" are bytes. To bytes, rounded to an integer.',
      [
        p({ size: '1.5 GB' }, { bytes: 1610612736 }),
        p({ size: '512 KB' }, { bytes: 524288 }),
        p({ size: '2 MB' }, { bytes: 2097152 }),
        p({ size: '700 bytes' }, { bytes: 700 }),
      ],
      (r) => {
        const u = pick(r, ['KB', 'MB', 'GB', 'B']);
        const pow = { B: 0, KB: 1, MB: 2, GB: 3 }[u]!;
        const v = u === 'B' ? int(r, 1, 1023) : pick(r, [int(r, 1, 999), int(r, 10, 999) / 10]);
        const text =
          u === 'B'
            ? pick(r, [`${v} bytes`, `${v} B`, `${v}B`])
            : pick(r, [`${v} ${u}`, `${v}${u}`, `${v} ${u.replace('B', 'iB')}`, `${v}${u[0]}`]);
        return p({ size: text }, { bytes: Math.round(v * 1024 ** pow) });
      },
      10901,
      schema({ bytes: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'file-size-decimal',
      'numbers',
      'Download sizes from a storage vendor’s invoice, in decimal units (1 kB = 1000 bytes, 1 MB = 1000 kB, 1 GB = 1000 MB, 1 TB = 1000 GB). To bytes, rounded to an integer.',
      [
        p({ size: '4.7 GB' }, { bytes: 4700000000 }),
        p({ size: '650 MB' }, { bytes: 650000000 }),
        p({ size: '12 kB' }, { bytes: 12000 }),
      ],
      (r) => {
        const u = pick(r, ['kB', 'MB', 'GB', 'TB']);
        const pow = { kB: 1, MB: 2, GB: 3, TB: 4 }[u]!;
        const v = pick(r, [int(r, 1, 999), int(r, 10, 999) / 10, int(r, 100, 9999) / 100]);
        const text = pick(r, [`${v} ${u}`, `${v}${u}`, `${v} ${u.toUpperCase()}`]);
        return p({ size: text }, { bytes: Math.round(v * 1000 ** pow) });
      },
      10902,
      schema({ bytes: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'iso-duration-minutes',
      'numbers',
      'Video lengths from a media API in ISO 8601 durations ("PT1H30M", "PT45M", "PT2H", "PT1H5M30S", "P1DT2H"). To minutes (seconds as a fraction, rounded to 2 decimals).',
      [
        p({ duration: 'PT1H30M' }, { minutes: 90 }),
        p({ duration: 'PT45M' }, { minutes: 45 }),
        p({ duration: 'PT2H' }, { minutes: 120 }),
        p({ duration: 'PT1H5M30S' }, { minutes: 65.5 }),
      ],
      (r) => {
        const d = r() < 0.1 ? int(r, 1, 2) : 0;
        const h = r() < 0.7 ? int(r, 0, 5) : 0;
        const m = r() < 0.8 ? int(r, 0, 59) : 0;
        const s = r() < 0.3 ? pick(r, [15, 30, 45, 6, 12]) : 0;
        const parts = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
        const text = d ? `P${d}D${parts ? `T${parts}` : ''}` : `PT${parts || '0M'}`;
        return p({ duration: text }, { minutes: round(d * 1440 + h * 60 + m + s / 60, 2) });
      },
      10903,
      schema({ minutes: 'number' }),
    ),
  );

  tasks.push(
    task(
      'minutes-to-iso-duration',
      'strings',
      'A scheduling system needs ISO 8601 durations from whole minutes: 90 → "PT1H30M", 45 → "PT45M", 120 → "PT2H" (no zero parts), 0 → "PT0M".',
      [
        p({ minutes: 90 }, { duration: 'PT1H30M' }),
        p({ minutes: 45 }, { duration: 'PT45M' }),
        p({ minutes: 120 }, { duration: 'PT2H' }),
      ],
      (r) => {
        const n = int(r, 0, 1500);
        const h = Math.floor(n / 60);
        const m = n % 60;
        const d = n === 0 ? 'PT0M' : `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
        return p({ minutes: n }, { duration: d });
      },
      10904,
      schema({ duration: 'string' }),
    ),
  );
}

// =============================================================== coordinates, e-mail, quantities
{
  tasks.push(
    task(
      'coordinates-dms',
      'nested',
      'Locations from a surveyor’s notes in degrees and minutes, sometimes seconds ("48°51′N 2°21′E", "48°51\'24\\"N, 2°21\'3\\"E", "33°52′S 151°12′E"); S and W are negative. To {lat, lon} in decimal degrees rounded to 4 decimals.',
      [
        p({ pos: '48°51′N 2°21′E' }, { lat: 48.85, lon: 2.35 }),
        p({ pos: '33°52′S 151°12′E' }, { lat: -33.8667, lon: 151.2 }),
        p({ pos: '40°42′46″N 74°0′22″W' }, { lat: 40.7128, lon: -74.0061 }),
      ],
      (r) => {
        const la = int(r, 0, 70);
        const lm = int(r, 0, 59);
        const lo = int(r, 0, 179);
        const om = int(r, 0, 59);
        const secs = r() < 0.4;
        const ls = secs ? int(r, 0, 59) : 0;
        const os = secs ? int(r, 0, 59) : 0;
        const ns = pick(r, ['N', 'S']);
        const ew = pick(r, ['E', 'W']);
        const lat = round((ns === 'S' ? -1 : 1) * (la + lm / 60 + ls / 3600), 4);
        const lon = round((ew === 'W' ? -1 : 1) * (lo + om / 60 + os / 3600), 4);
        const ascii = r() < 0.35;
        const [pm, ps] = ascii ? ["'", '"'] : ['′', '″'];
        const part = (d: number, m: number, s: number, h: string): string =>
          `${d}°${m}${pm}${secs ? `${s}${ps}` : ''}${h}`;
        const sep = pick(r, [' ', ', ', ' ']);
        return p(
          { pos: `${part(la, lm, ls, ns)}${sep}${part(lo, om, os, ew)}` },
          { lat: lat === 0 ? 0 : lat, lon: lon === 0 ? 0 : lon },
        );
      },
      11001,
      schema({ lat: 'number', lon: 'number' }),
    ),
  );

  const FIRST = ['john', 'maria', 'li', 'ahmed', 'sophie', 'lars', 'ana', 'kenji', 'olga', 'peter'];
  const LAST = ['doe', 'garcia', 'wang', 'khan', 'martin', 'berg', 'silva', 'sato', 'ivanova', 'smith'];
  const DOMAINS = ['example.com', 'corp.io', 'mail.de', 'uni-wien.ac.at', 'gmail.com', 'outlook.com'];

  tasks.push(
    task(
      'email-normalise',
      'strings',
      'E-mail addresses from a sign-up form: trim spaces, lower-case the whole address, drop a trailing dot. Do not change anything else.',
      [
        p({ email: ' John.Doe@Example.COM ' }, { email: 'john.doe@example.com' }),
        p({ email: 'maria.garcia@corp.io' }, { email: 'maria.garcia@corp.io' }),
        p({ email: 'LI.WANG@MAIL.DE.' }, { email: 'li.wang@mail.de' }),
      ],
      (r) => {
        const f = pick(r, FIRST);
        const l = pick(r, LAST);
        const dom = pick(r, DOMAINS);
        const local = pick(r, [
          `${f}.${l}`,
          `${f}_${l}`,
          `${f[0]}${l}`,
          `${f}.${l}${int(r, 1, 99)}`,
          `${f}+shop`,
        ]);
        const addr = `${local}@${dom}`;
        const k = r();
        const shown = k < 0.3 ? addr.toUpperCase() : k < 0.6 ? `${cap(local)}@${cap(dom)}` : addr;
        const text = pick(r, [shown, ` ${shown}`, `${shown} `, `${shown}.`, shown]);
        return p({ email: text }, { email: addr });
      },
      11002,
      schema({ email: 'string' }),
    ),
  );

  tasks.push(
    task(
      'username-from-email',
      'strings',
      'Usernames for a new wiki, made from staff e-mail addresses: the part before "@", lower case, without any "+tag".',
      [
        p({ email: 'Jane.Doe+news@corp.io' }, { username: 'jane.doe' }),
        p({ email: 'psmith@example.com' }, { username: 'psmith' }),
        p({ email: 'Olga_Ivanova@mail.de' }, { username: 'olga_ivanova' }),
      ],
      (r) => {
        const f = pick(r, FIRST);
        const l = pick(r, LAST);
        const local = pick(r, [`${f}.${l}`, `${f}_${l}`, `${f[0]}${l}`, `${f}${int(r, 1, 99)}`, `${f}-${l}`]);
        const tag = r() < 0.35 ? `+${pick(r, ['news', 'jira', 'x', 'billing2'])}` : '';
        const k = r();
        const shownLocal = k < 0.3 ? local.toUpperCase() : k < 0.6 ? cap(local) : local;
        return p({ email: `${shownLocal}${tag}@${pick(r, DOMAINS)}` }, { username: local });
      },
      11003,
      schema({ username: 'string' }),
    ),
  );

  tasks.push(
    task(
      'quantity-words',
      'numbers',
      'Quantities from a bakery’s phone orders, typed by staff: "a dozen", "half a dozen", "two dozen", "3", "a pair", "a baker’s dozen" (13), "1 doz". To a count.',
      [
        p({ qty: 'a dozen' }, { count: 12 }),
        p({ qty: 'half a dozen' }, { count: 6 }),
        p({ qty: '3' }, { count: 3 }),
        p({ qty: 'two dozen' }, { count: 24 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.3) {
          const n = int(r, 1, 40);
          return p({ qty: pick(r, [String(n), `${n} pcs`, `${n}x`]) }, { count: n });
        }
        const [t, n] = pick(r, [
          ['a dozen', 12],
          ['one dozen', 12],
          ['1 doz', 12],
          ['2 doz', 24],
          ['three dozen', 36],
          ['half a dozen', 6],
          ['half dozen', 6],
          ['a pair', 2],
          ['a couple', 2],
          ["a baker's dozen", 13],
          ['a baker’s dozen', 13],
          ['four dozen', 48],
          ['A Dozen', 12],
          ['a score', 20],
        ] as [string, number][]);
        return p({ qty: t }, { count: n });
      },
      11004,
      schema({ count: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'grocery-weight-grams',
      'numbers',
      'Weights from a market stall’s notes: "half a kilo", "250g", "1 kg", "a quarter kilo", "1.5 kg", "1,5 kg", "2 kilos", "750 grams". To grams.',
      [
        p({ weight: 'half a kilo' }, { grams: 500 }),
        p({ weight: '250g' }, { grams: 250 }),
        p({ weight: '1.5 kg' }, { grams: 1500 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.3) {
          const g = int(r, 5, 95) * 10;
          return p({ weight: pick(r, [`${g}g`, `${g} g`, `${g} grams`, `${g} gr`]) }, { grams: g });
        }
        if (k < 0.65) {
          const kg = int(r, 1, 40) / 4;
          return p(
            { weight: pick(r, [`${kg} kg`, `${kg}kg`, `${comma(kg)} kg`, `${kg} kilos`, `${kg} kilo`]) },
            { grams: kg * 1000 },
          );
        }
        const [t, g] = pick(r, [
          ['half a kilo', 500],
          ['a quarter kilo', 250],
          ['a kilo', 1000],
          ['two kilos', 2000],
          ['a pound', 454],
          ['half a pound', 227],
          ['three quarters of a kilo', 750],
          ['a kilo and a half', 1500],
        ] as [string, number][]);
        // "a pound" has no stated factor: a person asks whether the stall means 454 g or 500 g (a German "Pfund")
        return (t.includes('pound') ? unsettled : p)({ weight: t }, { grams: g });
      },
      11005,
      schema({ grams: 'integer' }),
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function everyday10Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(everyday10Dir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(everyday10Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${everyday10Dir}`);
}
