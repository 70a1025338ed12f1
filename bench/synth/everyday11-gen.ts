/**
 * Writes the eleventh set of "everyday" tuning tasks (bench/synth/tasks/everyday11, every name
 * starts with "e11-"), written before tuning (wip13/e11, 2026-12-08), without reading the engine's
 * rules.
 *
 * Its theme: other people's working data the tuned set has little of — shipping manifests (pallets,
 * gross weights in lb or kg, ISO 6346 container numbers, HS codes), lab results beside reference
 * ranges, time-sheets as people type them ("9-5:30 w/ 45m lunch"), invoice line items, METAR
 * weather groups (wind, temperature/dew point, pressure, cloud), sports results (football, tennis
 * sets, golf to par, cricket), recipe ingredient lines with fractions, key=value log lines,
 * European spreadsheet exports (";" columns, "," decimals), names with particles as a citation
 * writes them, academic citations (year, pages, DOI), ticket references in mail subjects and
 * status words in mixed case.
 *
 * Each task gives 3–4 examples as a user pastes them (not always every format of the data), an
 * output schema, and held-back records that include formats the examples never show. Labels come
 * from the true value each maker draws first (the real-world rule), never from parsing the written
 * text and never from what the engine can do. Every record here can be settled from its own text and
 * the description, so none is marked `review`.
 *
 * Deterministic (seeded): `node bench/synth/everyday11-gen.ts && npx prettier --write
 * bench/synth/tasks/everyday11` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { group, int, pad, pick, round, schema, spaced, taskBuilder, pair as p } from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const everyday11Dir = join(here, 'tasks', 'everyday11');
/** Held-back test records per task. */
export const TEST_RECORDS = 40;

const task = taskBuilder('e11-', TEST_RECORDS);
const tasks: BenchTask[] = [];
/** A decimal with a comma as its mark. */
const comma = (x: number | string): string => String(x).replace('.', ',');
/** Fixed decimals. */
const fx = (x: number, d: number): string => x.toFixed(d);

// =============================================================== shipping manifests
/** ISO 6346 check digit of a container's owner code, category and serial (10 characters). */
export function iso6346Check(first10: string): number {
  const val = (ch: string): number => {
    if (/\d/.test(ch)) return Number(ch);
    // letters count from 10, skipping multiples of 11
    let v = 10;
    for (let c = 65; c < ch.charCodeAt(0); c++) {
      v++;
      if (v % 11 === 0) v++;
    }
    return v;
  };
  const sum = [...first10].reduce((a, ch, i) => a + val(ch) * 2 ** i, 0);
  return (sum % 11) % 10;
}
const OWNERS = ['MSC', 'MAE', 'CMA', 'HLX', 'OOL', 'TGH', 'CSQ', 'EMC', 'ZIM', 'APZ'];
{
  tasks.push(
    task(
      'container-number-valid',
      'strings',
      'Container numbers from a shipping manifest (ISO 6346: 3-letter owner code, category letter U/J/Z, 6-digit serial, check digit). Some clerks type spaces or a dash before the check digit. Is the check digit right?',
      [
        p({ container: 'MSCU1234566' }, { valid: iso6346Check('MSCU123456') === 6 }),
        p({ container: 'CSQU3054383' }, { valid: iso6346Check('CSQU305438') === 3 }),
        p({ container: 'MAEU 123456 5' }, { valid: iso6346Check('MAEU123456') === 5 }),
        p({ container: 'TGHU-876543-0' }, { valid: iso6346Check('TGHU876543') === 0 }),
      ],
      (r) => {
        const owner = pick(r, OWNERS).slice(0, 3);
        const body = `${owner}${pick(r, ['U', 'U', 'U', 'J', 'Z'])}${pad(int(r, 0, 999999), 6)}`;
        const right = iso6346Check(body);
        const valid = r() < 0.55;
        const cd = valid ? right : (right + int(r, 1, 9)) % 10;
        const text = pick(r, [
          `${body}${cd}`,
          `${body}${cd}`,
          `${body.slice(0, 4)} ${body.slice(4)} ${cd}`,
          `${body}-${cd}`,
          `${body.slice(0, 4)} ${body.slice(4)}${cd}`,
          `${body.toLowerCase()}${cd}`,
        ]);
        return p({ container: text }, { valid });
      },
      11101,
      schema({ valid: 'boolean' }),
    ),
  );

  tasks.push(
    task(
      'manifest-gross-kg',
      'numbers',
      'Gross weight column of a freight manifest, in kg or lb as the shipper wrote it ("lb"/"lbs"/"LBS", "kg"/"KGS", a metric tonne as "t"). To kilograms, one decimal (1 lb = 0.45359237 kg).',
      [
        p({ gross: '1,250 KG' }, { kg: 1250 }),
        p({ gross: '2,204 lbs' }, { kg: 999.7 }),
        p({ gross: '18.5 t' }, { kg: 18500 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.4) {
          const kg = int(r, 20, 24000);
          return p(
            { gross: pick(r, [`${group(kg, ',')} KG`, `${kg} kg`, `${group(kg, ',')} KGS`, `${kg}kg`]) },
            { kg },
          );
        }
        if (k < 0.8) {
          const lb = int(r, 40, 50000);
          return p(
            { gross: pick(r, [`${group(lb, ',')} lbs`, `${lb} LBS`, `${group(lb, ',')} lb`, `${lb}lb`]) },
            { kg: round(lb * 0.45359237, 1) },
          );
        }
        const t = int(r, 10, 300) / 10;
        return p({ gross: pick(r, [`${t} t`, `${t}t`, `${t} T`]) }, { kg: round(t * 1000, 1) });
      },
      11102,
      schema({ kg: 'number' }),
    ),
  );

  tasks.push(
    task(
      'manifest-line-split',
      'nested',
      'One line per consignment in a packing list: pallets, gross weight in kg and volume in cubic metres, separated by "/" (some lines use "|" or ","-free spacing; "PLT"/"PLTS"/"pallets"; "CBM" or "m3"). To {pallets, kg, cbm}.',
      [
        p({ line: 'PLT 3 / 1,250 KG / 2.4 CBM' }, { pallets: 3, kg: 1250, cbm: 2.4 }),
        p({ line: 'PLTS 12 / 8,430 KG / 19.2 CBM' }, { pallets: 12, kg: 8430, cbm: 19.2 }),
        p({ line: '1 pallet / 310 kg / 0.8 m3' }, { pallets: 1, kg: 310, cbm: 0.8 }),
      ],
      (r) => {
        const n = int(r, 1, 33);
        const kg = n * int(r, 80, 900);
        const cbm = round((n * int(r, 4, 20)) / 10, 1);
        const pl = pick(r, [`PLT ${n}`, `PLTS ${n}`, `${n} pallets`, `${n} PLT`]);
        const w = pick(r, [`${group(kg, ',')} KG`, `${kg} kg`, `${group(kg, ',')} KGS`]);
        const v = pick(r, [`${cbm} CBM`, `${cbm} m3`, `${cbm} m³`, `${cbm}CBM`]);
        const sep = pick(r, [' / ', ' / ', ' | ', '/']);
        return p({ line: [pl, w, v].join(sep) }, { pallets: n, kg, cbm });
      },
      11103,
      schema({ pallets: 'integer', kg: 'integer', cbm: 'number' }),
    ),
  );

  tasks.push(
    task(
      'hs-code-heading',
      'strings',
      'Customs tariff codes as declared ("8471.30.01", "847130", "8471 30 01 00", "HS 6204.62"). The chapter is the first two digits, the heading the first four. To {chapter, heading}.',
      [
        p({ hs: '8471.30.01' }, { chapter: '84', heading: '8471' }),
        p({ hs: '6204.62' }, { chapter: '62', heading: '6204' }),
        p({ hs: '0901 21 00' }, { chapter: '09', heading: '0901' }),
      ],
      (r) => {
        const ch = int(r, 1, 97);
        const hd = `${pad(ch)}${pad(int(r, 1, 90))}`;
        const sub = pad(int(r, 10, 99));
        const tail = pad(int(r, 0, 99));
        const text = pick(r, [
          `${hd}.${sub}`,
          `${hd}.${sub}.${tail}`,
          `${hd}${sub}`,
          `${hd} ${sub} ${tail}`,
          `HS ${hd}.${sub}`,
          `HS${hd}${sub}${tail}`,
          `${hd}.${sub.slice(0, 1)}${sub.slice(1)}.${tail}00`,
        ]);
        return p({ hs: text }, { chapter: pad(ch), heading: hd });
      },
      11104,
      schema({ chapter: 'string', heading: 'string' }),
    ),
  );
}

// =============================================================== lab results
const ANALYTES: [string, string, number, number, number][] = [
  // name, unit, low, high, decimals
  ['Potassium', 'mmol/L', 3.5, 5.1, 1],
  ['Sodium', 'mmol/L', 135, 145, 0],
  ['Haemoglobin', 'g/dL', 12.0, 16.0, 1],
  ['Glucose', 'mmol/L', 3.9, 5.6, 1],
  ['Creatinine', 'umol/L', 60, 110, 0],
  ['TSH', 'mIU/L', 0.4, 4.0, 2],
  ['ALT', 'U/L', 7, 56, 0],
  ['Ferritin', 'ng/mL', 30, 400, 0],
];
{
  tasks.push(
    task(
      'lab-flag-range',
      'conditionals',
      'Lab results beside the lab’s reference range ("3.5-5.1", "3.5 – 5.1", "135-145"). Below the range is "low", above it "high", inside it (ends included) "normal".',
      [
        p({ result: '5.8', range: '3.5-5.1' }, { flag: 'high' }),
        p({ result: '4.2', range: '3.5-5.1' }, { flag: 'normal' }),
        p({ result: '131', range: '135-145' }, { flag: 'low' }),
      ],
      (r) => {
        const [, , lo, hi, d] = pick(r, ANALYTES);
        const span = hi - lo;
        const k = r();
        const v = round(
          k < 0.35 ? lo - r() * span * 0.5 : k < 0.7 ? hi + r() * span * 0.5 : lo + r() * span,
          d,
        );
        const val = Math.max(v, 10 ** -d);
        const flag = val < lo ? 'low' : val > hi ? 'high' : 'normal';
        const dash = pick(r, ['-', ' - ', '–', ' – ']);
        return p({ result: fx(val, d), range: `${fx(lo, d)}${dash}${fx(hi, d)}` }, { flag });
      },
      11201,
      schema({ flag: 'string' }),
    ),
  );

  tasks.push(
    task(
      'lab-line-parse',
      'nested',
      'Lines of a lab report as printed: analyte, value, unit, reference range in brackets, sometimes an "H" or "L" flag after the value. To {analyte, value, unit}.',
      [
        p({ line: 'Potassium 4.2 mmol/L (3.5-5.1)' }, { analyte: 'Potassium', value: 4.2, unit: 'mmol/L' }),
        p({ line: 'Sodium 131 L mmol/L (135-145)' }, { analyte: 'Sodium', value: 131, unit: 'mmol/L' }),
        p({ line: 'TSH 0.85 mIU/L (0.40-4.00)' }, { analyte: 'TSH', value: 0.85, unit: 'mIU/L' }),
      ],
      (r) => {
        const [name, unit, lo, hi, d] = pick(r, ANALYTES);
        const span = hi - lo;
        const v = Math.max(round(lo - span * 0.4 + r() * span * 1.8, d), 10 ** -d);
        const flag = v < lo ? ' L' : v > hi ? ' H' : '';
        const shown = r() < 0.5 ? flag : '';
        const range = `(${fx(lo, d)}-${fx(hi, d)})`;
        const line = pick(r, [
          `${name} ${fx(v, d)}${shown} ${unit} ${range}`,
          `${name}: ${fx(v, d)}${shown} ${unit} ${range}`,
          `${name}  ${fx(v, d)}${shown}  ${unit}  ${range}`,
        ]);
        return p({ line }, { analyte: name, value: v, unit });
      },
      11202,
      schema({ analyte: 'string', value: 'number', unit: 'string' }),
    ),
  );

  tasks.push(
    task(
      'lab-below-detection',
      'numbers',
      'A lab export where results under the detection limit are written "<0.5" (or "< 0.5", "ND" for none detected). The column should hold the number, half the limit for "<" values as the study protocol says, and 0 for "ND". Some results use a decimal comma.',
      [
        p({ result: '2.4' }, { value: 2.4 }),
        p({ result: '<0.5' }, { value: 0.25 }),
        p({ result: 'ND' }, { value: 0 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.45) {
          const v = int(r, 1, 999) / 10;
          return p({ result: pick(r, [String(v), String(v), comma(v), ` ${v}`]) }, { value: v });
        }
        if (k < 0.85) {
          const lim = pick(r, [0.1, 0.2, 0.5, 1, 2, 5, 0.05]);
          return p(
            { result: pick(r, [`<${lim}`, `< ${lim}`, `<${comma(lim)}`, `< ${lim}`]) },
            { value: round(lim / 2, 3) },
          );
        }
        return p({ result: pick(r, ['ND', 'nd', 'N.D.', 'n.d.']) }, { value: 0 });
      },
      11203,
      schema({ value: 'number' }),
    ),
  );
}

// =============================================================== time-sheets
/** "9", "9:30", "5:30" on a 12-hour clock (no am/pm), as minutes since midnight, given the end must be after the start. */
const clock12 = (m: number): string => {
  const h = Math.floor(m / 60) % 12 || 12;
  const mi = m % 60;
  return mi === 0 ? String(h) : `${h}:${pad(mi)}`;
};
const clock24 = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
{
  tasks.push(
    task(
      'timesheet-shift-hours',
      'numbers',
      'Time-sheet entries as staff type them: start–end on a 12-hour clock without am/pm (a shift starts in the morning and ends in the afternoon or evening, none runs past 11 pm), or on a 24-hour clock, minus the lunch break ("w/ 45m lunch", "30 min break", "lunch 1h", "no lunch"). Hours worked, two decimals.',
      [
        p({ entry: '9-5:30 w/ 45m lunch' }, { hours: 7.75 }),
        p({ entry: '8:30-4 w/ 30m lunch' }, { hours: 7 }),
        p({ entry: '07:00-15:30, 30 min break' }, { hours: 8 }),
        p({ entry: '10-2 no lunch' }, { hours: 4 }),
      ],
      (r) => {
        const start = int(r, 6 * 4, 11 * 4) * 15;
        const end = int(r, 13 * 4, 22 * 4) * 15;
        const br = pick(r, [0, 15, 30, 30, 45, 60, 60, 90]);
        const hours = round((end - start - br) / 60, 2);
        const twelve = r() < 0.55;
        const s = twelve ? clock12(start) : clock24(start);
        const e = twelve ? clock12(end) : clock24(end);
        const dash = pick(r, ['-', '-', '–', ' - ', ' to ']);
        const bText =
          br === 0
            ? pick(r, [' no lunch', ' no break', ''])
            : pick(r, [
                ` w/ ${br}m lunch`,
                `, ${br} min break`,
                ` (lunch ${br % 60 === 0 ? `${br / 60}h` : `${br}m`})`,
                ` w/ ${br} min lunch`,
                ` - ${br}m break`,
              ]);
        return p({ entry: `${s}${dash}${e}${bText}` }, { hours });
      },
      11301,
      schema({ hours: 'number' }),
    ),
  );

  tasks.push(
    task(
      'timesheet-week-total',
      'numbers',
      'A weekly time-sheet cell listing days with hours ("Mon 8h, Tue 7.5h, Wed 8h15"); "8h15" is 8 hours 15 minutes, "7.5h" seven and a half, "7:45" seven hours 45. Total hours for the week, two decimals.',
      [
        p({ week: 'Mon 8h, Tue 7.5h, Wed 8h15' }, { total: 23.75 }),
        p({ week: 'Mon 6h, Thu 4h' }, { total: 10 }),
        p({ week: 'Tue 7h45, Wed 8h, Fri 5.5h' }, { total: 21.25 }),
      ],
      (r) => {
        const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].filter(() => r() < 0.6);
        if (days.length === 0) days.push('Mon');
        let total = 0;
        const parts = days.map((d) => {
          const q = int(r, 8, 40); // quarter hours
          total += q / 4;
          const h = Math.floor(q / 4);
          const mi = (q % 4) * 15;
          const t =
            mi === 0
              ? pick(r, [`${h}h`, `${h}h`, `${h} h`, `${h}:00`])
              : pick(r, [`${h}h${mi}`, `${q / 4}h`, `${h}:${pad(mi)}`, `${h}h ${mi}m`]);
          return `${d} ${t}`;
        });
        return p({ week: parts.join(pick(r, [', ', ', ', '; ', ' | '])) }, { total: round(total, 2) });
      },
      11302,
      schema({ total: 'number' }),
    ),
  );
}

// =============================================================== invoice line items
const ITEMS = [
  'Widget',
  'USB-C cable',
  'Office chair',
  'A4 paper (500)',
  'Toner TN-243',
  'Desk lamp',
  'HDMI 2m',
  'Stapler',
];
{
  tasks.push(
    task(
      'invoice-line-total',
      'numbers',
      'Invoice line items as a supplier writes them: quantity, item, unit price ("3 x Widget @ 4.50", "Widget ×3 @ $4.50", "2 pcs Desk lamp 19.90 ea"). The line total, two decimals.',
      [
        p({ line: '3 x Widget @ 4.50' }, { total: 13.5 }),
        p({ line: 'Stapler ×2 @ $7.25' }, { total: 14.5 }),
        p({ line: '10 x A4 paper (500) @ 5.99' }, { total: 59.9 }),
      ],
      (r) => {
        const q = int(r, 1, 48);
        const c = int(r, 50, 25000);
        const item = pick(r, ITEMS);
        const price = fx(c / 100, 2);
        const cur = pick(r, ['', '', '$', '€', '£']);
        const line = pick(r, [
          `${q} x ${item} @ ${cur}${price}`,
          `${q}x ${item} @ ${cur}${price}`,
          `${item} ×${q} @ ${cur}${price}`,
          `${q} pcs ${item} ${cur}${price} ea`,
          `${item} x ${q} @ ${cur}${price}`,
        ]);
        return p({ line }, { total: round((q * c) / 100, 2) });
      },
      11401,
      schema({ total: 'number' }),
    ),
  );

  tasks.push(
    task(
      'invoice-line-split',
      'nested',
      'The same invoice line items split into their parts: quantity, item text, unit price (no currency sign).',
      [
        p({ line: '3 x Widget @ 4.50' }, { qty: 3, item: 'Widget', unit_price: 4.5 }),
        p({ line: '1 x Office chair @ 189.00' }, { qty: 1, item: 'Office chair', unit_price: 189 }),
        p({ line: '12 x HDMI 2m @ 6.99' }, { qty: 12, item: 'HDMI 2m', unit_price: 6.99 }),
      ],
      (r) => {
        const q = int(r, 1, 48);
        const c = int(r, 50, 25000);
        const item = pick(r, ITEMS);
        const price = fx(c / 100, 2);
        const line = pick(r, [
          `${q} x ${item} @ ${price}`,
          `${q} x ${item} @ ${price}`,
          `${q}x ${item} @ $${price}`,
          `${q} × ${item} @ ${price}`,
          `${q} X ${item} @ €${price}`,
        ]);
        return p({ line }, { qty: q, item, unit_price: c / 100 });
      },
      11402,
      schema({ qty: 'integer', item: 'string', unit_price: 'number' }),
    ),
  );

  tasks.push(
    task(
      'invoice-gross-from-net-vat',
      'numbers',
      'German invoice summaries: net amount with "." thousands and "," decimals, the VAT rate in percent ("19 %", "7%", "USt 19%"). The gross amount (net plus VAT), rounded to cents.',
      [
        p({ summary: 'Netto 1.000,00 € zzgl. 19 % USt' }, { gross: 1190 }),
        p({ summary: 'Netto 250,00 € zzgl. 7 % USt' }, { gross: 267.5 }),
        p({ summary: 'Netto 84,03 € zzgl. 19 % USt' }, { gross: 100 }),
      ],
      (r) => {
        const c = int(r, 100, 2500000);
        const rate = pick(r, [19, 19, 7, 0]);
        const net = `${group(Math.floor(c / 100), '.')},${pad(c % 100)}`;
        const summary = pick(r, [
          `Netto ${net} € zzgl. ${rate} % USt`,
          `Netto ${net} € zzgl. ${rate}% USt`,
          `Netto: ${net} EUR, USt ${rate}%`,
          `${net} € netto + ${rate} % MwSt.`,
        ]);
        return p({ summary }, { gross: Math.round((c * (100 + rate)) / 100) / 100 });
      },
      11403,
      schema({ gross: 'number' }),
    ),
  );
}

// =============================================================== METAR weather
{
  tasks.push(
    task(
      'metar-wind',
      'nested',
      'The wind group of METAR weather reports: direction in degrees (three digits, "VRB" variable), speed, optional gust after "G", in knots ("KT"). To {direction (null when variable), speed_kt, gust_kt (null when none)}.',
      [
        p({ wind: '27015G25KT' }, { direction: 270, speed_kt: 15, gust_kt: 25 }),
        p({ wind: '09008KT' }, { direction: 90, speed_kt: 8, gust_kt: null }),
        p({ wind: '32012KT' }, { direction: 320, speed_kt: 12, gust_kt: null }),
      ],
      (r) => {
        const vrb = r() < 0.15;
        const dir = int(r, 0, 35) * 10;
        const sp = vrb ? int(r, 1, 5) : int(r, 0, 45);
        const gust = !vrb && sp >= 10 && r() < 0.4 ? sp + int(r, 8, 20) : null;
        const text = `${vrb ? 'VRB' : String(dir).padStart(3, '0')}${pad(sp)}${gust ? `G${gust}` : ''}KT`;
        return p({ wind: text }, { direction: vrb ? null : dir, speed_kt: sp, gust_kt: gust });
      },
      11501,
      schema({ direction: 'number|null', speed_kt: 'integer', gust_kt: 'number|null' }),
    ),
  );

  const STATIONS = ['EGLL', 'EDDF', 'LFPG', 'KJFK', 'EHAM', 'LSZH', 'ESSA', 'ENGM', 'CYYZ', 'EIDW'];
  tasks.push(
    task(
      'metar-temp-dewpoint',
      'nested',
      'Whole METAR reports; the temperature/dew-point group "12/08" is in °C, "M" means minus ("M05/M12"). To {temp_c, dewpoint_c}.',
      [
        p({ metar: 'EGLL 081250Z 24012KT 9999 FEW030 12/08 Q1013' }, { temp_c: 12, dewpoint_c: 8 }),
        p({ metar: 'ESSA 080950Z 36008KT 9999 BKN015 M05/M12 Q1021' }, { temp_c: -5, dewpoint_c: -12 }),
        p({ metar: 'LFPG 081300Z 20010KT CAVOK 18/11 Q1009' }, { temp_c: 18, dewpoint_c: 11 }),
      ],
      (r) => {
        const t = int(r, -25, 38);
        const dp = t - int(r, 0, 15);
        const enc = (x: number): string => (x < 0 ? `M${pad(-x)}` : pad(x));
        const st = pick(r, STATIONS);
        const time = `${pad(int(r, 1, 28))}${pad(int(r, 0, 23))}${pick(r, ['20', '50'])}Z`;
        const wind = `${pad(int(r, 0, 35) * 10, 3)}${pad(int(r, 2, 25))}KT`;
        const vis = pick(r, ['9999', 'CAVOK', '6000', '0800 FG', '4000 -RA', '9999 -SN']);
        const cloud =
          vis === 'CAVOK' ? '' : ` ${pick(r, ['FEW', 'SCT', 'BKN', 'OVC'])}${pad(int(r, 2, 60), 3)}`;
        const pres =
          st.startsWith('K') || st.startsWith('C') ? `A${int(r, 2900, 3060)}` : `Q${int(r, 985, 1040)}`;
        return p(
          { metar: `${st} ${time} ${wind} ${vis}${cloud} ${enc(t)}/${enc(dp)} ${pres}` },
          { temp_c: t, dewpoint_c: dp },
        );
      },
      11502,
      schema({ temp_c: 'integer', dewpoint_c: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'metar-pressure-hpa',
      'numbers',
      'The pressure group of METAR reports: "Q1013" is hectopascals, "A2992" is inches of mercury times 100 (North America; 1 inHg = 33.8639 hPa). To hPa, whole number.',
      [
        p({ pressure: 'Q1013' }, { hpa: 1013 }),
        p({ pressure: 'Q0998' }, { hpa: 998 }),
        p({ pressure: 'A2992' }, { hpa: 1013 }),
      ],
      (r) => {
        if (r() < 0.55) {
          const h = int(r, 960, 1045);
          return p({ pressure: `Q${pad(h, 4)}` }, { hpa: h });
        }
        const a = int(r, 2850, 3085);
        return p({ pressure: `A${a}` }, { hpa: Math.round((a / 100) * 33.8639) });
      },
      11503,
      schema({ hpa: 'integer' }),
    ),
  );

  const COVER: Record<string, string> = { FEW: 'few', SCT: 'scattered', BKN: 'broken', OVC: 'overcast' };
  tasks.push(
    task(
      'metar-cloud-layer',
      'nested',
      'A METAR cloud group: cover code (FEW, SCT, BKN, OVC) and base in hundreds of feet, sometimes with "CB"/"TCU" after it. To {cover (the word), base_ft}.',
      [
        p({ cloud: 'BKN030' }, { cover: 'broken', base_ft: 3000 }),
        p({ cloud: 'FEW012' }, { cover: 'few', base_ft: 1200 }),
        p({ cloud: 'OVC008' }, { cover: 'overcast', base_ft: 800 }),
        p({ cloud: 'SCT250' }, { cover: 'scattered', base_ft: 25000 }),
      ],
      (r) => {
        const code = pick(r, Object.keys(COVER));
        const h = int(r, 1, 250);
        const suffix = pick(r, ['', '', '', 'CB', 'TCU']);
        return p({ cloud: `${code}${pad(h, 3)}${suffix}` }, { cover: COVER[code], base_ft: h * 100 });
      },
      11504,
      schema({ cover: 'string', base_ft: 'integer' }),
    ),
  );
}

// =============================================================== sports results
const CLUBS = [
  'Arsenal',
  'Chelsea',
  'Ajax',
  'PSV',
  'Real Madrid',
  'Atlético Madrid',
  'Bayern',
  'St. Pauli',
  'Inter',
  'AC Milan',
  'Celtic',
  'Rangers',
];
{
  tasks.push(
    task(
      'football-result-winner',
      'conditionals',
      'Football results as typed in a club chat: "Home 2-1 Away" ("2 - 1", "2–1", "2:1"). The winning team, or "draw".',
      [
        p({ result: 'Arsenal 2-1 Chelsea' }, { winner: 'Arsenal' }),
        p({ result: 'Ajax 0-3 PSV' }, { winner: 'PSV' }),
        p({ result: 'Celtic 1-1 Rangers' }, { winner: 'draw' }),
      ],
      (r) => {
        const h = pick(r, CLUBS);
        let a = pick(r, CLUBS);
        while (a === h) a = pick(r, CLUBS);
        const hs = int(r, 0, 5);
        const as = int(r, 0, 5);
        const sep = pick(r, ['-', '-', ' - ', '–', ':']);
        const winner = hs > as ? h : as > hs ? a : 'draw';
        return p({ result: `${h} ${hs}${sep}${as} ${a}` }, { winner });
      },
      11601,
      schema({ winner: 'string' }),
    ),
  );

  tasks.push(
    task(
      'tennis-sets-won',
      'nested',
      'Tennis scores from the first-named player’s side: sets separated by spaces, a tie-break’s points in brackets ("7-6(5)"). Sets won and lost by the first-named player.',
      [
        p({ score: '6-4 3-6 7-6(5)' }, { won: 2, lost: 1 }),
        p({ score: '6-2 6-3' }, { won: 2, lost: 0 }),
        p({ score: '4-6 6-7(3) 6-4 2-6' }, { won: 1, lost: 3 }),
      ],
      (r) => {
        const sets: string[] = [];
        let won = 0;
        let lost = 0;
        const need = r() < 0.7 ? 2 : 3;
        while (won < need && lost < need) {
          const iWin = r() < 0.55;
          const tb = r() < 0.2;
          let a: number;
          let b: number;
          let t = '';
          if (tb) {
            [a, b] = iWin ? [7, 6] : [6, 7];
            t = `(${int(r, 0, 12)})`;
          } else {
            const loser = pick(r, [0, 1, 2, 3, 4, 5]);
            const w = loser === 5 ? 7 : 6;
            [a, b] = iWin ? [w, loser] : [loser, w];
          }
          if (iWin) won++;
          else lost++;
          sets.push(`${a}-${b}${t}`);
        }
        const sep = r() < 0.8 ? ' ' : ', ';
        return p({ score: sets.join(sep) }, { won, lost });
      },
      11602,
      schema({ won: 'integer', lost: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'golf-to-par',
      'numbers',
      'Golf leaderboard scores relative to par: "-3", "+2", "E" for even par; some sites print "−3" with a typographic minus or "Even". To an integer.',
      [
        p({ score: '-3' }, { to_par: -3 }),
        p({ score: '+2' }, { to_par: 2 }),
        p({ score: 'E' }, { to_par: 0 }),
      ],
      (r) => {
        const v = int(r, -20, 15);
        const text =
          v === 0
            ? pick(r, ['E', 'E', 'Even', 'even', 'E '])
            : v < 0
              ? pick(r, [`-${-v}`, `−${-v}`, `-${-v}`])
              : pick(r, [`+${v}`, `+${v}`, `${v}`]);
        // a round score against par within a ±20 field: unique per text
        return p({ score: `${text}` }, { to_par: v });
      },
      11603,
      schema({ to_par: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'cricket-innings',
      'nested',
      'Cricket innings totals: runs/wickets, sometimes with overs in brackets ("245/6 (50 ov)"); a side bowled out is written with runs alone ("187 all out", "187"), which means 10 wickets. To {runs, wickets}.',
      [
        p({ innings: '245/6 (50 ov)' }, { runs: 245, wickets: 6 }),
        p({ innings: '187 all out' }, { runs: 187, wickets: 10 }),
        p({ innings: '312/4' }, { runs: 312, wickets: 4 }),
      ],
      (r) => {
        const runs = int(r, 60, 420);
        if (r() < 0.3) {
          return p(
            {
              innings: pick(r, [
                `${runs} all out`,
                `${runs} all out (${int(r, 25, 49)}.${int(r, 0, 5)} ov)`,
                `${runs} ao`,
              ]),
            },
            { runs, wickets: 10 },
          );
        }
        const w = int(r, 0, 9);
        const text = pick(r, [
          `${runs}/${w}`,
          `${runs}/${w} (50 ov)`,
          `${runs}/${w} (${int(r, 20, 50)} overs)`,
          `${runs}-${w}`,
        ]);
        // "245-6" is the Australian order runs-wickets too; a single number with no wickets is ambiguous and not drawn
        return p({ innings: text }, { runs, wickets: w });
      },
      11604,
      schema({ runs: 'integer', wickets: 'integer' }),
    ),
  );
}

// =============================================================== recipes
const FRAC: [string, number][] = [
  ['1/2', 0.5],
  ['½', 0.5],
  ['1/4', 0.25],
  ['¼', 0.25],
  ['3/4', 0.75],
  ['¾', 0.75],
  ['1/3', 1 / 3],
];
const UNITS: [string[], string][] = [
  [['cup', 'cups', 'c.'], 'cup'],
  [['tbsp', 'Tbsp', 'tablespoons', 'tablespoon', 'T'], 'tbsp'],
  [['tsp', 'teaspoons', 'teaspoon', 't'], 'tsp'],
  [['g', 'grams', 'gr'], 'g'],
  [['ml', 'mL', 'millilitres'], 'ml'],
];
const INGREDIENTS = [
  'flour',
  'sugar',
  'butter',
  'milk',
  'olive oil',
  'baking powder',
  'salt',
  'brown sugar',
  'cocoa powder',
  'vanilla extract',
];
{
  tasks.push(
    task(
      'recipe-ingredient',
      'nested',
      'Ingredient lines of recipes pasted from several sites: a quantity (whole, decimal, "1/2", "½", "2 1/2"), a unit (cups, tablespoons, teaspoons, grams, ml — written many ways) and the ingredient. To {qty (number, 2 decimals), unit (cup, tbsp, tsp, g or ml), ingredient}.',
      [
        p({ line: '2 1/2 cups flour' }, { qty: 2.5, unit: 'cup', ingredient: 'flour' }),
        p({ line: '1 tbsp olive oil' }, { qty: 1, unit: 'tbsp', ingredient: 'olive oil' }),
        p({ line: '200 g butter' }, { qty: 200, unit: 'g', ingredient: 'butter' }),
        p({ line: '½ tsp salt' }, { qty: 0.5, unit: 'tsp', ingredient: 'salt' }),
      ],
      (r) => {
        const [forms, unit] = pick(r, UNITS);
        const ing = pick(r, INGREDIENTS);
        let qty: number;
        let qt: string;
        if (unit === 'g' || unit === 'ml') {
          qty = int(r, 1, 50) * 10;
          qt = String(qty);
        } else {
          const whole = int(r, 0, 3);
          const f = r() < 0.5 ? pick(r, FRAC) : null;
          if (!f && whole === 0) {
            qty = 1;
            qt = '1';
          } else {
            qty = whole + (f ? f[1] : 0);
            qt = whole === 0 ? f![0] : f ? `${whole} ${f[0]}` : String(whole);
          }
        }
        const u = pick(r, forms);
        const glue = (unit === 'g' || unit === 'ml') && r() < 0.4 ? '' : ' ';
        return p({ line: `${qt}${glue}${u} ${ing}` }, { qty: round(qty, 2), unit, ingredient: ing });
      },
      11701,
      schema({ qty: 'number', unit: 'string', ingredient: 'string' }),
    ),
  );

  tasks.push(
    task(
      'recipe-scale-servings',
      'numbers',
      'Recipe amounts for 4 servings, to be scaled to the servings asked for ("250 g" for 4, 6 wanted). The scaled grams, whole number.',
      [
        p({ amount: '250 g', servings: 6 }, { grams: 375 }),
        p({ amount: '100g', servings: 2 }, { grams: 50 }),
        p({ amount: '400 g', servings: 8 }, { grams: 800 }),
      ],
      (r) => {
        const g = int(r, 1, 100) * 10;
        const s = int(r, 1, 12);
        return p(
          { amount: pick(r, [`${g} g`, `${g}g`, `${g} grams`]), servings: s },
          { grams: Math.round((g * s) / 4) },
        );
      },
      11702,
      schema({ grams: 'integer' }),
    ),
  );
}

// =============================================================== key=value logs
const PATHS = [
  '/api/orders',
  '/api/users/42',
  '/login',
  '/health',
  '/api/cart',
  '/static/app.js',
  '/api/search',
];
{
  tasks.push(
    task(
      'log-kv-status-duration',
      'nested',
      'Lines of an application log in key=value form (logfmt); keys come in any order, values may be quoted. Pull the HTTP status and the duration in milliseconds ("dur=35ms", "dur=1.2s", "duration=850µs").',
      [
        p(
          { line: 'ts=2026-03-01T10:00:00Z level=info method=GET path=/api/orders status=200 dur=35ms' },
          { status: 200, duration_ms: 35 },
        ),
        p(
          { line: 'level=warn status=504 path=/api/search dur=1.2s ts=2026-03-01T10:00:02Z' },
          { status: 504, duration_ms: 1200 },
        ),
        p(
          {
            line: 'ts=2026-03-01T10:00:05Z level=info msg="cart updated" status=201 dur=88ms path=/api/cart',
          },
          { status: 201, duration_ms: 88 },
        ),
      ],
      (r) => {
        const status = pick(r, [200, 200, 201, 204, 301, 400, 401, 404, 500, 502, 503]);
        const k = r();
        let ms: number;
        let dur: string;
        if (k < 0.6) {
          ms = int(r, 1, 999);
          dur = `${ms}ms`;
        } else if (k < 0.85) {
          ms = int(r, 10, 300) * 100;
          dur = `${ms / 1000}s`;
        } else {
          const us = int(r, 100, 999);
          ms = us / 1000;
          dur = `${us}µs`;
        }
        const fields = [
          `ts=2026-03-${pad(int(r, 1, 28))}T${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}Z`,
          `level=${status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info'}`,
          `path=${pick(r, PATHS)}`,
          `status=${status}`,
          `${r() < 0.8 ? 'dur' : 'duration'}=${dur}`,
        ];
        if (r() < 0.4)
          fields.push(pick(r, ['msg="request done"', 'msg="retry 2 of 3"', 'user_id=4412', 'bytes=5120']));
        for (let i = fields.length - 1; i > 0; i--) {
          const j = Math.floor(r() * (i + 1));
          [fields[i], fields[j]] = [fields[j]!, fields[i]!];
        }
        return p({ line: fields.join(' ') }, { status, duration_ms: ms });
      },
      11801,
      schema({ status: 'integer', duration_ms: 'number' }),
    ),
  );

  const USERS = ['Jane Doe', 'bob', 'Ana María López', "o'brien", 'svc-backup', 'Li Wei'];
  tasks.push(
    task(
      'log-kv-user',
      'strings',
      'logfmt lines: the value of the key "user" (quoted when it has spaces; the quotes are not part of it). Other keys like "user_id" or "username_hint" are not it.',
      [
        p({ line: 'level=info user="Jane Doe" action=login ip=10.0.0.4' }, { user: 'Jane Doe' }),
        p({ line: 'action=logout user=bob level=info' }, { user: 'bob' }),
        p({ line: 'user_id=77 user=svc-backup action=backup level=info' }, { user: 'svc-backup' }),
      ],
      (r) => {
        const u = pick(r, USERS);
        const uv = /[\s']/.test(u) || r() < 0.2 ? `"${u}"` : u;
        const fields = [
          `user=${uv}`,
          `action=${pick(r, ['login', 'logout', 'export', 'delete', 'backup'])}`,
          `level=${pick(r, ['info', 'warn', 'debug'])}`,
        ];
        if (r() < 0.5) fields.push(`user_id=${int(r, 1, 9999)}`);
        if (r() < 0.3) fields.push(`ip=10.0.${int(r, 0, 255)}.${int(r, 1, 254)}`);
        if (r() < 0.25) fields.push(`msg="user changed"`);
        for (let i = fields.length - 1; i > 0; i--) {
          const j = Math.floor(r() * (i + 1));
          [fields[i], fields[j]] = [fields[j]!, fields[i]!];
        }
        return p({ line: fields.join(' ') }, { user: u });
      },
      11802,
      schema({ user: 'string' }),
    ),
  );
}

// =============================================================== European spreadsheet exports
{
  tasks.push(
    task(
      'eu-spreadsheet-number',
      'numbers',
      'Numbers from a spreadsheet exported with European settings: "," is the decimal mark, thousands grouped by "." or a space (some exports use a non-breaking space), a leading "-" for negatives. To a number.',
      [
        p({ cell: '1.234,5' }, { value: 1234.5 }),
        p({ cell: '-0,75' }, { value: -0.75 }),
        p({ cell: '12' }, { value: 12 }),
      ],
      (r) => {
        const c = int(r, 100, 9999999);
        const neg = r() < 0.25;
        const dec = pick(r, [0, 1, 2, 2, 3]);
        const v = dec === 0 ? Math.floor(c / 100) : round(c / 10 ** dec, dec);
        const ip = Math.floor(Math.abs(v));
        const fp = dec === 0 ? '' : `,${fx(v, dec).split('.')[1]}`;
        const sep = pick(r, ['.', '.', ' ', '\u00a0', '']);
        const text = `${neg ? '-' : ''}${group(ip, sep)}${fp}`;
        return p({ cell: spaced(r, text) }, { value: neg ? -v : v });
      },
      11901,
      schema({ value: 'number' }),
    ),
  );

  const NAMES = ['Müller GmbH', 'Café Zoë', 'Bäckerei Schmidt', 'De Vries BV', 'Łukasz Nowak', 'Søren & Co'];
  tasks.push(
    task(
      'eu-csv-row',
      'nested',
      'Rows of a semicolon-separated export from a European accounting tool: supplier;price;quantity, price with "," decimals (and "." thousands), sometimes quoted fields. To {supplier, price, qty}.',
      [
        p({ row: 'Müller GmbH;12,50;3' }, { supplier: 'Müller GmbH', price: 12.5, qty: 3 }),
        p({ row: 'Café Zoë;1.299,00;1' }, { supplier: 'Café Zoë', price: 1299, qty: 1 }),
        p({ row: '"De Vries BV";0,99;120' }, { supplier: 'De Vries BV', price: 0.99, qty: 120 }),
      ],
      (r) => {
        const s = pick(r, NAMES);
        const c = int(r, 5, 500000);
        const q = int(r, 1, 500);
        const price = `${group(Math.floor(c / 100), pick(r, ['.', '']))},${pad(c % 100)}`;
        const quote = r() < 0.3;
        const row = `${quote ? `"${s}"` : s};${quote && r() < 0.5 ? `"${price}"` : price};${q}`;
        return p({ row }, { supplier: s, price: c / 100, qty: q });
      },
      11902,
      schema({ supplier: 'string', price: 'number', qty: 'integer' }),
    ),
  );
}

// =============================================================== names and citations
const GIVEN = [
  'Anna',
  'Jan',
  'Maria',
  'Pieter',
  'Lucía',
  'Ludwig',
  'Charles',
  'Ana Maria',
  'Jean Paul',
  'Karl',
];
const SURNAMES: [string, string][] = [
  // surname as a citation keeps it (particles lower case stay in front)
  ['van Beethoven', 'van Beethoven'],
  ['de la Cruz', 'de la Cruz'],
  ['van der Berg', 'van der Berg'],
  ['von Neumann', 'von Neumann'],
  ['da Silva', 'da Silva'],
  ['de Gaulle', 'de Gaulle'],
  ['Smith', 'Smith'],
  ['García Márquez', 'García Márquez'],
  ['ten Brink', 'ten Brink'],
  ["O'Neill", "O'Neill"],
];
{
  tasks.push(
    task(
      'name-to-citation',
      'strings',
      'Author names as given ("Given Surname", the surname may start with lower-case particles like van, de la, von, da, ten that belong to it; two given names are possible). As a reference list writes them: "Surname, G." with every given name as an initial ("Anna Maria van der Berg" → "van der Berg, A. M.").',
      [
        p({ name: 'Ludwig van Beethoven' }, { citation: 'van Beethoven, L.' }),
        p({ name: 'Maria de la Cruz' }, { citation: 'de la Cruz, M.' }),
        p({ name: 'Charles Smith' }, { citation: 'Smith, C.' }),
      ],
      (r) => {
        const g = pick(r, GIVEN);
        const [s, cite] = pick(r, SURNAMES);
        const initials = g
          .split(' ')
          .map((x) => `${x[0]}.`)
          .join(' ');
        return p({ name: spaced(r, `${g} ${s}`) }, { citation: `${cite}, ${initials}` });
      },
      12001,
      schema({ citation: 'string' }),
    ),
  );

  const AUTHORS = ['Smith', 'Müller', 'van der Berg', 'Okafor', 'Tanaka', 'de la Cruz', 'Nguyen', 'Kowalski'];
  const TITLES = [
    'Deep learning for weather',
    'Soil carbon in 2010 plots',
    'A study of 3 cohorts',
    'Ion channels revisited',
    'Urban heat islands',
  ];
  const JOURNALS = ['Nature', 'J Hydrol', 'PLoS One', 'Lancet', 'Phys Rev B'];
  tasks.push(
    task(
      'citation-year-first-author',
      'nested',
      'References from several styles (APA: "Smith, J. (2019). Title. Journal, 12(3), 45–67."; Vancouver: "Smith J, Doe A. Title. Nature. 2019;12(3):45-67."; Harvard: "Smith, J. and Doe, A. (2019) Title."). To {first_author (the surname), year}.',
      [
        p(
          { ref: 'Smith, J. (2019). Deep learning for weather. Nature, 12(3), 45–67.' },
          { first_author: 'Smith', year: 2019 },
        ),
        p(
          { ref: 'Okafor C, Tanaka H. Urban heat islands. Lancet. 2021;397(2):101-9.' },
          { first_author: 'Okafor', year: 2021 },
        ),
        p(
          { ref: 'Nguyen, T. and Smith, J. (2008) Ion channels revisited. PLoS One, 3(1), 1-12.' },
          { first_author: 'Nguyen', year: 2008 },
        ),
      ],
      (r) => {
        const a = pick(r, AUTHORS);
        let b = pick(r, AUTHORS);
        while (b === a) b = pick(r, AUTHORS);
        const y = int(r, 1975, 2026);
        const t = pick(r, TITLES);
        const j = pick(r, JOURNALS);
        const vol = int(r, 1, 400);
        const iss = int(r, 1, 12);
        const fp = int(r, 1, 900);
        const lp = fp + int(r, 2, 30);
        const ia = pick(r, ['J', 'A', 'M', 'K']);
        const ib = pick(r, ['T', 'R', 'L']);
        const ref = pick(r, [
          `${a}, ${ia}. (${y}). ${t}. ${j}, ${vol}(${iss}), ${fp}–${lp}.`,
          `${a}, ${ia}., & ${b}, ${ib}. (${y}). ${t}. ${j}, ${vol}(${iss}), ${fp}-${lp}.`,
          `${a} ${ia}, ${b} ${ib}. ${t}. ${j}. ${y};${vol}(${iss}):${fp}-${lp}.`,
          `${a}, ${ia}. and ${b}, ${ib}. (${y}) ${t}. ${j}, ${vol}(${iss}), ${fp}-${lp}.`,
          `${a} ${ia}. ${t}. ${j}. ${y} ${pick(r, ['Jan', 'Mar', 'Oct'])};${vol}:${fp}-${lp}.`,
        ]);
        return p({ ref }, { first_author: a, year: y });
      },
      12002,
      schema({ first_author: 'string', year: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'citation-pages',
      'nested',
      'Page ranges of references: "45–67", "pp. 45-67", "p. 12" (one page), and the abbreviated medical style where the last page drops the leading digits it shares with the first ("245-67" is 245 to 267, "1021-9" is 1021 to 1029). To {first_page, last_page}.',
      [
        p({ pages: 'pp. 45-67' }, { first_page: 45, last_page: 67 }),
        p({ pages: '245-67' }, { first_page: 245, last_page: 267 }),
        p({ pages: '101–119' }, { first_page: 101, last_page: 119 }),
      ],
      (r) => {
        const fp = int(r, 1, 2400);
        const single = r() < 0.12;
        const lp = single ? fp : fp + int(r, 1, 40);
        if (single)
          return p({ pages: pick(r, [`p. ${fp}`, `p.${fp}`, `${fp}`]) }, { first_page: fp, last_page: fp });
        const fs = String(fp);
        const ls = String(lp);
        let short = ls;
        if (ls.length === fs.length) {
          let i = 0;
          while (i < ls.length - 1 && ls[i] === fs[i]) i++;
          short = ls.slice(i);
        }
        const dash = pick(r, ['-', '–']);
        const text = pick(r, [
          `${fs}${dash}${ls}`,
          `pp. ${fs}${dash}${ls}`,
          `${fs}${dash}${short}`,
          `${fs}${dash}${short}`,
          `pp ${fs}-${ls}`,
        ]);
        return p({ pages: text }, { first_page: fp, last_page: lp });
      },
      12003,
      schema({ first_page: 'integer', last_page: 'integer' }),
    ),
  );

  tasks.push(
    task(
      'doi-normalise',
      'strings',
      'DOIs as people paste them: bare, with "doi:", as a doi.org or dx.doi.org link (http or https), sometimes with a trailing full stop from the sentence. DOIs are case-insensitive; store the bare DOI in lower case.',
      [
        p({ doi: 'https://doi.org/10.1038/NPHYS1170' }, { doi: '10.1038/nphys1170' }),
        p({ doi: 'doi:10.1000/xyz123' }, { doi: '10.1000/xyz123' }),
        p({ doi: '10.1371/journal.pone.0123456' }, { doi: '10.1371/journal.pone.0123456' }),
      ],
      (r) => {
        const prefix = pick(r, ['10.1038', '10.1016', '10.1371', '10.1002', '10.1103', '10.3390']);
        const suffix = pick(r, [
          `j.cell.${int(r, 2000, 2025)}.${pad(int(r, 1, 12))}.${pad(int(r, 1, 999), 3)}`,
          `NPHYS${int(r, 100, 9999)}`,
          `journal.pone.${pad(int(r, 0, 9999999), 7)}`,
          `PhysRevB.${int(r, 50, 110)}.${int(r, 100000, 999999)}`,
          `s${int(r, 41000, 41599)}-0${int(r, 10, 25)}-${int(r, 10000, 99999)}-${int(r, 0, 9)}`,
        ]);
        const bare = `${prefix}/${suffix}`;
        const text = pick(r, [
          bare,
          `doi:${bare}`,
          `DOI: ${bare}`,
          `https://doi.org/${bare}`,
          `http://dx.doi.org/${bare}`,
          `https://doi.org/${bare}.`,
          `${bare}.`,
        ]);
        return p({ doi: text }, { doi: bare.toLowerCase() });
      },
      12004,
      schema({ doi: 'string' }),
    ),
  );
}

// =============================================================== tickets, orders, status words
const PROJECTS = ['JIRA', 'OPS', 'WEB', 'PAY', 'HR', 'INFRA', 'APP2'];
{
  tasks.push(
    task(
      'ticket-from-subject',
      'strings',
      'Mail subjects that mention one ticket key (PROJECT-123; the project may be typed in lower case, or with "#"), among other numbers. The ticket key in upper case.',
      [
        p({ subject: 'Re: [JIRA-1234] login broken' }, { ticket: 'JIRA-1234' }),
        p({ subject: 'FW: ops-77 disk full on db2' }, { ticket: 'OPS-77' }),
        p({ subject: 'WEB-5 still open after 3 days' }, { ticket: 'WEB-5' }),
      ],
      (r) => {
        const pr = pick(r, PROJECTS);
        const n = int(r, 1, 9999);
        const key = `${pr}-${n}`;
        const shown = pick(r, [key, key, key.toLowerCase(), `#${key}`, `[${key}]`, `(${key})`]);
        const subject = pick(r, [
          `Re: ${shown} login broken`,
          `FW: ${shown} disk full on db${int(r, 1, 9)}`,
          `${shown} still open after ${int(r, 2, 30)} days`,
          `RE: RE: question about ${shown}`,
          `Invoice 2026-${pad(int(r, 1, 999), 3)} blocked by ${shown}`,
          `[External] ${shown}: 500 error on /api/v2`,
        ]);
        return p({ subject }, { ticket: key });
      },
      12101,
      schema({ ticket: 'string' }),
    ),
  );

  tasks.push(
    task(
      'order-ref-normalise',
      'strings',
      'Order references as customers type them into a contact form: the shop’s format is "ORD-" and 7 digits, but people drop the prefix, the dash or the leading zeros, add "#" or spaces, or type lower case ("ord 1234", "#0001234", "ORD0001234"). To "ORD-" + 7 digits.',
      [
        p({ ref: 'ORD-0001234' }, { order: 'ORD-0001234' }),
        p({ ref: '#1234' }, { order: 'ORD-0001234' }),
        p({ ref: 'ord 98765' }, { order: 'ORD-0098765' }),
      ],
      (r) => {
        const n = int(r, 1, 9999999);
        const seven = pad(n, 7);
        const text = pick(r, [
          `ORD-${seven}`,
          `ORD${seven}`,
          `ord-${n}`,
          `#${seven}`,
          `#${n}`,
          `${n}`,
          `Ord ${seven}`,
          ` ORD-${seven} `,
          `order ${n}`,
        ]);
        return p({ ref: text }, { order: `ORD-${seven}` });
      },
      12102,
      schema({ order: 'string' }),
    ),
  );

  const STATUS: [string[], string][] = [
    [['SHIPPED', 'Shipped', 'shipped', ' Shipped ', 'ShIpPeD'], 'shipped'],
    [['In Transit', 'IN-TRANSIT', 'in_transit', 'in transit', 'In transit '], 'in_transit'],
    [['Delivered', 'DELIVERED', 'delivered', 'Delivered ✓'], 'delivered'],
    [['Cancelled', 'CANCELED', 'canceled', 'cancelled'], 'cancelled'],
    [['Pending', 'PENDING', 'pending ', 'Pending…'], 'pending'],
  ];
  tasks.push(
    task(
      'status-word-canonical',
      'strings',
      'Order status words from three couriers’ feeds, in mixed case, with stray spaces, "-" or "_" between words, US or UK spelling of cancelled. To one of shipped, in_transit, delivered, cancelled, pending.',
      [
        p({ order: 'A-10031', status: 'SHIPPED' }, { status: 'shipped' }),
        p({ order: 'A-10032', status: 'In Transit' }, { status: 'in_transit' }),
        p({ order: 'B-2207', status: 'delivered' }, { status: 'delivered' }),
        p({ order: 'A-10040', status: 'Cancelled' }, { status: 'cancelled' }),
      ],
      (r) => {
        const [forms, canon] = pick(r, STATUS);
        return p(
          { order: `${pick(r, ['A', 'B'])}-${int(r, 1000, 19999)}`, status: pick(r, forms) },
          { status: canon },
        );
      },
      12103,
      schema({ status: 'string' }),
    ),
  );

  tasks.push(
    task(
      'account-active-flag',
      'conditionals',
      'The "status" column of a user export from two systems: "Active"/"ACTIVE"/"active", "Inactive"/"INACTIVE"/"in-active", "Y"/"N", "enabled"/"disabled", "suspended". Is the account active?',
      [
        p({ user: 'jdoe', status: 'Active' }, { active: true }),
        p({ user: 'mkowalski', status: 'INACTIVE' }, { active: false }),
        p({ user: 'a.tanaka', status: 'Y' }, { active: true }),
      ],
      (r) => {
        const on = r() < 0.5;
        const text = on
          ? pick(r, ['Active', 'ACTIVE', 'active', ' active', 'Y', 'y', 'enabled', 'Enabled'])
          : pick(r, [
              'Inactive',
              'INACTIVE',
              'inactive',
              'in-active',
              'N',
              'n',
              'disabled',
              'Disabled',
              'suspended',
              'SUSPENDED',
              'Not active',
            ]);
        // the examples never say what "N", "disabled" or "suspended" mean beside "INACTIVE"; a person infers them
        return p(
          {
            user: `${pick(r, ['j', 'm', 'a', 'l'])}${pick(r, ['doe', 'smith', 'nguyen', 'okafor', 'berg', 'silva'])}${int(r, 1, 99)}`,
            status: text,
          },
          { active: on },
        );
      },
      12104,
      schema({ active: 'boolean' }),
    ),
  );
}

// =============================================================== one more of each, mixed formats
{
  tasks.push(
    task(
      'temperature-obs-line',
      'numbers',
      'A volunteer weather observer’s notes: the air temperature as written ("T 12.3C", "temp -4,5 °C", "54 F", "air: 21°"), in °C or °F. To °C, one decimal; a reading with no unit and no letter is °C as the network’s form says.',
      [
        p({ obs: 'T 12.3C' }, { celsius: 12.3 }),
        p({ obs: '54 F' }, { celsius: 12.2 }),
        p({ obs: 'air: 21°' }, { celsius: 21 }),
      ],
      (r) => {
        const c10 = int(r, -250, 380);
        const f = r() < 0.35;
        if (f) {
          const fv = int(r, -10, 100);
          return p(
            { obs: pick(r, [`${fv} F`, `${fv}F`, `temp ${fv} °F`, `T ${fv}°F`]) },
            { celsius: round(((fv - 32) * 5) / 9, 1) },
          );
        }
        const c = c10 / 10;
        const text = pick(r, [
          `T ${c}C`,
          `temp ${comma(c)} °C`,
          `air: ${c}°`,
          `${c} °C`,
          `T ${c}`,
          `air ${c}°C`,
        ]);
        return p({ obs: text }, { celsius: c });
      },
      12201,
      schema({ celsius: 'number' }),
    ),
  );

  tasks.push(
    task(
      'race-bib-result',
      'nested',
      'Rows of a fun-run results sheet: place, bib number, runner name, finish time h:mm:ss or mm:ss, sometimes "DNF" for no finish. To {place (null for DNF), bib, seconds (null for DNF)}.',
      [
        p({ row: '1. #214 Anna de Vries 0:38:12' }, { place: 1, bib: 214, seconds: 2292 }),
        p({ row: '17. #9 Pieter van Dijk 52:40' }, { place: 17, bib: 9, seconds: 3160 }),
        p({ row: 'DNF #118 Karl Weber' }, { place: null, bib: 118, seconds: null }),
      ],
      (r) => {
        const name = `${pick(r, ['Anna', 'Jan', 'Lucía', 'Tom', 'Maria'])} ${pick(r, ['de Vries', 'van Dijk', 'Weber', "O'Brien", 'da Silva', 'Ng'])}`;
        const bib = int(r, 1, 999);
        if (r() < 0.12) return p({ row: `DNF #${bib} ${name}` }, { place: null, bib, seconds: null });
        const place = int(r, 1, 400);
        const s = int(r, 15 * 60, 130 * 60);
        const h = Math.floor(s / 3600);
        const m = Math.floor((s % 3600) / 60);
        const sec = s % 60;
        const t = h === 0 && r() < 0.6 ? `${m}:${pad(sec)}` : `${h}:${pad(m)}:${pad(sec)}`;
        return p({ row: `${place}. #${bib} ${name} ${t}` }, { place, bib, seconds: s });
      },
      12202,
      schema({ place: 'number|null', bib: 'integer', seconds: 'number|null' }),
    ),
  );

  tasks.push(
    task(
      'currency-code-amount-eu',
      'nested',
      'Amounts from a European payments export: a currency code before or after, "," decimals, "." or space thousands ("EUR 1.234,56", "1 234,56 SEK", "CHF 12,00"). To {currency, amount}.',
      [
        p({ amount: 'EUR 1.234,56' }, { currency: 'EUR', amount: 1234.56 }),
        p({ amount: '1 234,56 SEK' }, { currency: 'SEK', amount: 1234.56 }),
        p({ amount: 'CHF 12,00' }, { currency: 'CHF', amount: 12 }),
      ],
      (r) => {
        const cur = pick(r, ['EUR', 'SEK', 'CHF', 'DKK', 'NOK', 'PLN', 'CZK']);
        const c = int(r, 1, 9999999);
        const body = `${group(Math.floor(c / 100), pick(r, ['.', ' ', '']))},${pad(c % 100)}`;
        const text = r() < 0.5 ? `${cur} ${body}` : `${body} ${pick(r, [cur, cur.toLowerCase()])}`;
        return p({ amount: text }, { currency: cur, amount: c / 100 });
      },
      12203,
      schema({ currency: 'string', amount: 'number' }),
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function everyday11Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(everyday11Dir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(everyday11Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${everyday11Dir}`);
}
