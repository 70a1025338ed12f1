/**
 * Writes the eighth set of "everyday" tuning tasks (bench/synth/tasks/everyday8, every name starts
 * with "e8-"), written before tuning (wip10/e8, 2026-12-07), without reading the engine's rules.
 *
 * Its theme: one column of other people's data that comes in SEVERAL FORMATS at once, each needing
 * its own reading — phone numbers of several countries, dates in US/EU/ISO order mixed in one column,
 * weights in kg/lb/oz, temperatures in °C/°F, clock times 12h/24h, money with the symbol before or
 * after and a decimal comma or point, names "Last, First" or "First Last", addresses and postcodes
 * of several countries, firmware versions, runtimes and race times, inch fractions "3½"", screen
 * diagonals in inches or cm, "Dec 2026" month-years, quarters, speeds, volumes, areas, storage and
 * bandwidth units, battery capacities, epoch or ISO timestamps, log stamps, time zones, coordinates.
 *
 * The 3–4 examples show one or two formats, as a user pastes them from one source; the held-back
 * records include formats the examples never show. Labels come from the true value each maker draws
 * first, never from parsing the written text, so the generator is the reference solution. A record
 * no rule can settle from its own text (03/04/2026 in a column mixing US and European order, a
 * "pint" of no stated country, a syslog stamp with no year, "IST" that is three time zones, three
 * name words with no sign which are the surname) keeps its true label and is marked `review`:
 * written, it counts as wrong.
 *
 * Deterministic (seeded): `node bench/synth/everyday8-gen.ts && npx prettier --write
 * bench/synth/tasks/everyday8` rewrites the same files.
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
} from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const everyday8Dir = join(here, 'tasks', 'everyday8');
/** Held-back test records per task. */
export const TEST_RECORDS = 60;

const task = taskBuilder('e8-', TEST_RECORDS);
const tasks: BenchTask[] = [];
const MONTHS: readonly string[] = MONTH_NAMES;
const MON = MONTHS.map((m) => m.slice(0, 3));
const MONTHS_DE = [
  'Jan.',
  'Feb.',
  'März',
  'Apr.',
  'Mai',
  'Juni',
  'Juli',
  'Aug.',
  'Sep.',
  'Okt.',
  'Nov.',
  'Dez.',
];
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
/** A decimal with a comma as its mark. */
const comma = (x: number | string): string => String(x).replace('.', ',');

// =============================================================== phones of several countries
{
  const national: Record<string, (r: R) => [string, string]> = {
    US: (r) => {
      const a = `${int(r, 2, 9)}${digits(r, 2)}`;
      const b = `${int(r, 2, 9)}${digits(r, 2)}`;
      const c = digits(r, 4);
      return [pick(r, [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`]), `+1${a}${b}${c}`];
    },
    GB: (r) => {
      const a = `20${int(r, 3, 8)}${digits(r, 3)}`;
      const b = digits(r, 4);
      return [pick(r, [`0${a.slice(0, 2)} ${a.slice(2)} ${b}`, `0${a}${b}`]), `+44${a}${b}`];
    },
    DE: (r) => {
      const area = pick(r, ['30', '40', '89', '221', '69']);
      const n = digits(r, area.length === 2 ? 8 : 7);
      return [pick(r, [`0${area} ${n}`, `0${area}/${n}`, `(0${area}) ${n}`]), `+49${area}${n}`];
    },
    FR: (r) => {
      const n = `${int(r, 1, 5)}${digits(r, 8)}`;
      const pairs = n.slice(1).match(/../g)!.join(' ');
      return [pick(r, [`0${n[0]} ${pairs}`, `0${n}`, `0${n[0]}.${pairs.replace(/ /g, '.')}`]), `+33${n}`];
    },
    NL: (r) => {
      const n = `20${digits(r, 7)}`;
      return [pick(r, [`020-${n.slice(2)}`, `020 ${n.slice(2, 5)} ${n.slice(5)}`]), `+31${n}`];
    },
  };
  tasks.push(
    task(
      'phone-country-e164',
      'strings',
      'A CRM export of customer phone numbers with the customer country beside each, written the way each country writes them nationally (sometimes already international); to E.164.',
      [
        p({ country: 'US', phone: '(415) 555-0132' }, { e164: '+14155550132' }),
        p({ country: 'GB', phone: '020 7946 0958' }, { e164: '+442079460958' }),
        p({ country: 'DE', phone: '030 12345678' }, { e164: '+493012345678' }),
        p({ country: 'FR', phone: '01 42 68 53 00' }, { e164: '+33142685300' }),
      ],
      (r) => {
        const country = pick(r, ['US', 'GB', 'DE', 'FR', 'NL', 'US', 'DE']);
        const [text, e164] = national[country]!(r);
        const shown =
          r() < 0.2
            ? `${e164.slice(0, e164.startsWith('+1') ? 2 : 3)} ${e164.slice(e164.startsWith('+1') ? 2 : 3)}`
            : text;
        return p({ country, phone: spaced(r, shown) }, { e164 });
      },
      8101,
    ),
  );

  tasks.push(
    task(
      'phone-intl-mixed',
      'strings',
      'Phone numbers typed into a German web shop: German numbers written nationally ("030 …", "0171 …"), foreign ones with "+" or "00"; to E.164. A national number in another country’s layout, "(415) 555-0132", names no country: review.',
      [
        p({ tel: '030 12345678' }, { e164: '+493012345678' }),
        p({ tel: '+44 20 7946 0958' }, { e164: '+442079460958' }),
        p({ tel: '0171 2345678' }, { e164: '+491712345678' }),
      ],
      (r) => {
        const k = r();
        if (k < 0.3) {
          const area = pick(r, ['30', '40', '89', '171', '151', '221']);
          const n = digits(r, area.length === 2 ? 8 : 7);
          const e164 = `+49${area}${n}`;
          return p(
            { tel: pick(r, [`0${area} ${n}`, `0${area}/${n}`, `0${area}-${n}`, `+49 ${area} ${n}`]) },
            { e164 },
          );
        }
        if (k < 0.55) {
          const n = `20${int(r, 3, 8)}${digits(r, 7)}`;
          const e164 = `+44${n}`;
          return p(
            {
              tel: pick(r, [
                `+44 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`,
                `0044 ${n}`,
                `+44 (0)${n}`,
              ]),
            },
            { e164 },
          );
        }
        if (k < 0.75) {
          const n = `${int(r, 2, 9)}${digits(r, 9)}`;
          const e164 = `+1${n}`;
          return p(
            {
              tel: pick(r, [
                `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
                `001 ${n}`,
                `+1 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
              ]),
            },
            { e164 },
          );
        }
        if (k < 0.9) {
          const n = `6${digits(r, 8)}`;
          return p(
            { tel: pick(r, [`+33 ${n[0]} ${n.slice(1).match(/../g)!.join(' ')}`, `0033 ${n}`]) },
            { e164: `+33${n}` },
          );
        }
        const n = `${int(r, 2, 9)}${digits(r, 9)}`;
        return unsettled({ tel: `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}` }, { e164: `+1${n}` });
      },
      8102,
    ),
  );
}

// =============================================================== dates
{
  tasks.push(
    task(
      'date-offices-mixed',
      'dates',
      'Contract start dates keyed in by offices in New York, Berlin and London into one column: ISO dates, US "MM/DD/YYYY", German "DD.MM.YYYY", British "DD/MM/YYYY", "4 Mar 2026", "Mar 4, 2026"; to ISO. A slashed date whose two parts are both 12 or less and differ cannot be told: review.',
      [
        p({ start: '2026-03-04' }, { date: '2026-03-04' }),
        p({ start: '03/24/2026' }, { date: '2026-03-24' }),
        p({ start: '24.03.2026' }, { date: '2026-03-24' }),
        p({ start: '24/03/2026' }, { date: '2026-03-24' }),
      ],
      (r) => {
        const y = int(r, 2024, 2027);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const out = { date: iso(y, m, d) };
        const ambiguous = d <= 12 && d !== m;
        const k = r();
        if (k < 0.15) return p({ start: iso(y, m, d) }, out);
        if (k < 0.35) return (ambiguous ? unsettled : p)({ start: `${pad(m)}/${pad(d)}/${y}` }, out);
        if (k < 0.5) return p({ start: `${pad(d)}.${pad(m)}.${y}` }, out);
        if (k < 0.7) return (ambiguous ? unsettled : p)({ start: `${pad(d)}/${pad(m)}/${y}` }, out);
        if (k < 0.8) return p({ start: `${d} ${MON[m - 1]} ${y}` }, out);
        if (k < 0.9) return p({ start: `${MON[m - 1]} ${d}, ${y}` }, out);
        return p({ start: `${d}.${m}.${y}` }, out);
      },
      8201,
    ),
  );

  tasks.push(
    task(
      'month-year',
      'dates',
      'Subscription end months from several billing systems: "Dec 2026", "December 2026", "12/2026", "2026-12", "12/26" (card style) or German "Dez. 2026"; to YYYY-MM.',
      [
        p({ ends: 'Dec 2026' }, { month: '2026-12' }),
        p({ ends: 'Mar 2027' }, { month: '2027-03' }),
        p({ ends: '08/2026' }, { month: '2026-08' }),
      ],
      (r) => {
        const y = int(r, 2025, 2031);
        const m = int(r, 1, 12);
        const text = pick(r, [
          `${MON[m - 1]} ${y}`,
          `${MONTHS[m - 1]} ${y}`,
          `${pad(m)}/${y}`,
          `${y}-${pad(m)}`,
          `${pad(m)}/${String(y).slice(2)}`,
          `${MONTHS_DE[m - 1]} ${y}`,
          `${MON[m - 1]}. ${y}`,
          `${MON[m - 1]!.toUpperCase()} ${y}`,
        ]);
        return p({ ends: spaced(r, text) }, { month: `${y}-${pad(m)}` });
      },
      8202,
    ),
  );

  tasks.push(
    task(
      'quarter-label',
      'dates',
      'Reporting periods from several finance teams: "Q3 2026", "2026-Q3", "Q3/26", "3rd quarter 2026", "Jul–Sep 2026"; to "2026-Q3".',
      [
        p({ period: 'Q3 2026' }, { quarter: '2026-Q3' }),
        p({ period: 'Q1 2025' }, { quarter: '2025-Q1' }),
        p({ period: '2026-Q4' }, { quarter: '2026-Q4' }),
      ],
      (r) => {
        const y = int(r, 2022, 2029);
        const q = int(r, 1, 4);
        const ord = ['1st', '2nd', '3rd', '4th'][q - 1];
        const text = pick(r, [
          `Q${q} ${y}`,
          `${y}-Q${q}`,
          `Q${q}/${String(y).slice(2)}`,
          `${ord} quarter ${y}`,
          `${MON[q * 3 - 3]}–${MON[q * 3 - 1]} ${y}`,
          `${y} Q${q}`,
          `Q${q}-${y}`,
        ]);
        return p({ period: text }, { quarter: `${y}-Q${q}` });
      },
      8203,
    ),
  );

  tasks.push(
    task(
      'event-datetime',
      'dates',
      'Event listings merged from US and European ticket sites: "Dec 7, 2026 7:30 PM", "07.12.2026 19:30", "2026-12-07 19:30", "7 December 2026, 19:30"; to a local ISO date-time without seconds.',
      [
        p({ starts: 'Dec 7, 2026 7:30 PM' }, { at: '2026-12-07T19:30' }),
        p({ starts: 'Jan 15, 2027 11:00 AM' }, { at: '2027-01-15T11:00' }),
        p({ starts: '07.12.2026 19:30' }, { at: '2026-12-07T19:30' }),
      ],
      (r) => {
        const y = int(r, 2026, 2027);
        const m = int(r, 1, 12);
        const d = int(r, 1, 28);
        const h = int(r, 0, 23);
        const mi = pick(r, [0, 15, 30, 45, int(r, 0, 59)]);
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const ap = h < 12 ? 'AM' : 'PM';
        const text = pick(r, [
          `${MON[m - 1]} ${d}, ${y} ${h12}:${pad(mi)} ${ap}`,
          `${pad(d)}.${pad(m)}.${y} ${pad(h)}:${pad(mi)}`,
          `${iso(y, m, d)} ${pad(h)}:${pad(mi)}`,
          `${d} ${MONTHS[m - 1]} ${y}, ${pad(h)}:${pad(mi)}`,
          `${MON[m - 1]} ${d}, ${y} ${h12}:${pad(mi)}${ap.toLowerCase()}`,
          `${iso(y, m, d)}T${pad(h)}:${pad(mi)}:00`,
        ]);
        return p({ starts: text }, { at: `${iso(y, m, d)}T${pad(h)}:${pad(mi)}` });
      },
      8204,
    ),
  );

  const epoch = (y: number, m: number, d: number, h: number, mi: number, s: number): number =>
    Date.UTC(y, m - 1, d, h, mi, s) / 1000;
  tasks.push(
    task(
      'timestamp-epoch-or-iso',
      'dates',
      'Created-at values from three APIs: Unix seconds, Unix milliseconds, or ISO 8601 in UTC ("…Z", "… UTC", "+00:00"); to ISO 8601 UTC to the second.',
      [
        p({ created: '1767225600' }, { utc: '2026-01-01T00:00:00Z' }),
        p({ created: '1767312000' }, { utc: '2026-01-02T00:00:00Z' }),
        p({ created: '2026-03-04T05:06:07Z' }, { utc: '2026-03-04T05:06:07Z' }),
      ],
      (r) => {
        const y = int(r, 2023, 2028);
        const [m, d, h, mi, s] = [int(r, 1, 12), int(r, 1, 28), int(r, 0, 23), int(r, 0, 59), int(r, 0, 59)];
        const e = epoch(y, m, d, h, mi, s);
        const out = { utc: `${iso(y, m, d)}T${pad(h)}:${pad(mi)}:${pad(s)}Z` };
        const text = pick(r, [
          String(e),
          String(e),
          String(e * 1000 + int(r, 0, 999)),
          out.utc,
          `${iso(y, m, d)} ${pad(h)}:${pad(mi)}:${pad(s)} UTC`,
          `${iso(y, m, d)}T${pad(h)}:${pad(mi)}:${pad(s)}+00:00`,
          `${iso(y, m, d)}T${pad(h)}:${pad(mi)}:${pad(s)}.${digits(r, 3)}Z`,
        ]);
        return p({ created: text }, out);
      },
      8205,
    ),
  );

  tasks.push(
    task(
      'log-stamp',
      'dates',
      'Time stamps from mixed server logs (all UTC): Apache "07/Dec/2026:10:00:00 +0000", "2026-12-07 10:00:00", "2026-12-07T10:00:00.123Z"; to ISO to the second. A syslog stamp "Dec  7 10:00:00" has no year: review.',
      [
        p({ ts: '07/Dec/2026:10:00:00 +0000' }, { utc: '2026-12-07T10:00:00Z' }),
        p({ ts: '2026-12-07 10:00:00' }, { utc: '2026-12-07T10:00:00Z' }),
        p({ ts: '15/Mar/2026:23:59:01 +0000' }, { utc: '2026-03-15T23:59:01Z' }),
      ],
      (r) => {
        const y = int(r, 2025, 2027);
        const [m, d, h, mi, s] = [int(r, 1, 12), int(r, 1, 28), int(r, 0, 23), int(r, 0, 59), int(r, 0, 59)];
        const time = `${pad(h)}:${pad(mi)}:${pad(s)}`;
        const out = { utc: `${iso(y, m, d)}T${time}Z` };
        const k = r();
        if (k < 0.3) return p({ ts: `${pad(d)}/${MON[m - 1]}/${y}:${time} +0000` }, out);
        if (k < 0.55) return p({ ts: `${iso(y, m, d)} ${time}` }, out);
        if (k < 0.75) return p({ ts: `${iso(y, m, d)}T${time}.${digits(r, 3)}Z` }, out);
        if (k < 0.88) return p({ ts: `${iso(y, m, d)}T${time}Z` }, out);
        return unsettled({ ts: `${MON[m - 1]} ${String(d).padStart(2, ' ')} ${time}` }, out);
      },
      8206,
    ),
  );

  const ZONES: [string, number][] = [
    ['UTC', 0],
    ['GMT', 0],
    ['CET', 60],
    ['CEST', 120],
    ['EST', -300],
    ['EDT', -240],
    ['PST', -480],
    ['JST', 540],
  ];
  tasks.push(
    task(
      'meeting-time-utc',
      'dates',
      'Meeting times pasted from invitations of several countries: "10:00 CET", "4:30 PM EST", "09:15 UTC", "9am PST"; to the UTC clock time HH:MM. "IST" names three time zones (India, Ireland, Israel): review.',
      [
        p({ time: '10:00 CET' }, { utc: '09:00' }),
        p({ time: '4:30 PM EST' }, { utc: '21:30' }),
        p({ time: '09:15 UTC' }, { utc: '09:15' }),
      ],
      (r) => {
        const h = int(r, 6, 20);
        const mi = pick(r, [0, 15, 30, 45]);
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const ap = h < 12 ? 'AM' : 'PM';
        const clock = pick(r, [
          `${pad(h)}:${pad(mi)}`,
          `${h12}:${pad(mi)} ${ap}`,
          mi === 0 ? `${h12}${ap.toLowerCase()}` : `${h12}:${pad(mi)}${ap.toLowerCase()}`,
        ]);
        if (r() < 0.08) {
          const t = (((h * 60 + mi - 330) % 1440) + 1440) % 1440;
          return unsettled({ time: `${clock} IST` }, { utc: `${pad(Math.floor(t / 60))}:${pad(t % 60)}` });
        }
        const [zone, off] = pick(r, ZONES);
        const t = (((h * 60 + mi - off) % 1440) + 1440) % 1440;
        return p({ time: `${clock} ${zone}` }, { utc: `${pad(Math.floor(t / 60))}:${pad(t % 60)}` });
      },
      8207,
    ),
  );

  tasks.push(
    task(
      'shift-start-minutes',
      'numbers',
      'Clock-in times from three time-clock vendors: "9:05 AM", "17:30", "5:30pm", "0930", "12:00 PM", "noon"; to minutes since midnight.',
      [
        p({ clock_in: '9:05 AM' }, { minutes: 545 }),
        p({ clock_in: '5:30 PM' }, { minutes: 1050 }),
        p({ clock_in: '17:30' }, { minutes: 1050 }),
      ],
      (r) => {
        const h = int(r, 0, 23);
        const mi = int(r, 0, 59);
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const ap = h < 12 ? 'AM' : 'PM';
        if (r() < 0.05) return p({ clock_in: pick(r, ['noon', 'Noon']) }, { minutes: 720 });
        const text = pick(r, [
          `${h12}:${pad(mi)} ${ap}`,
          `${pad(h)}:${pad(mi)}`,
          `${h12}:${pad(mi)}${ap.toLowerCase()}`,
          `${pad(h)}${pad(mi)}`,
          `${h12}:${pad(mi)} ${ap.split('').join('.')}.`.toLowerCase(),
          `${h}h${pad(mi)}`,
        ]);
        return p({ clock_in: text }, { minutes: h * 60 + mi });
      },
      8208,
    ),
  );
}

// =============================================================== units
{
  tasks.push(
    task(
      'parcel-grams',
      'numbers',
      'Parcel weights from a marketplace where US and European sellers type their own: "2.5 kg", "3 lb", "12 oz", "1 lb 4 oz", "500 g", "1,2 kg"; to grams, rounded to a whole gram (1 lb = 453.59237 g, 1 oz = 28.349523125 g).',
      [
        p({ weight: '2.5 kg' }, { grams: 2500 }),
        p({ weight: '3 lb' }, { grams: 1361 }),
        p({ weight: '500 g' }, { grams: 500 }),
      ],
      (r) => {
        const k = r();
        const LB = 453.59237;
        const OZ = 28.349523125;
        if (k < 0.25) {
          const kg = round(int(r, 1, 300) / 10, 1);
          return p(
            { weight: pick(r, [`${kg} kg`, `${comma(kg)} kg`, `${kg}kg`]) },
            { grams: Math.round(kg * 1000) },
          );
        }
        if (k < 0.45) {
          const lb = pick(r, [int(r, 1, 40), round(int(r, 5, 400) / 10, 1)]);
          return p({ weight: pick(r, [`${lb} lb`, `${lb} lbs`, `${lb}lb`]) }, { grams: Math.round(lb * LB) });
        }
        if (k < 0.6) {
          const oz = int(r, 1, 15);
          return p({ weight: pick(r, [`${oz} oz`, `${oz}oz`]) }, { grams: Math.round(oz * OZ) });
        }
        if (k < 0.78) {
          const lb = int(r, 1, 20);
          const oz = int(r, 1, 15);
          return p(
            { weight: pick(r, [`${lb} lb ${oz} oz`, `${lb} lbs ${oz} oz`, `${lb}lb ${oz}oz`]) },
            { grams: Math.round(lb * LB + oz * OZ) },
          );
        }
        const g = int(r, 20, 2000);
        return p({ weight: pick(r, [`${g} g`, `${g}g`, `${g} gr`]) }, { grams: g });
      },
      8301,
    ),
  );

  tasks.push(
    task(
      'fridge-log-fahrenheit',
      'numbers',
      'Cold-chain temperature logs from European and US sensors: "4 °C", "39°F", "-18 °C", "4C", "0 F", "3,5 °C"; to degrees Fahrenheit, one decimal.',
      [
        p({ reading: '39°F' }, { f: 39 }),
        p({ reading: '4 °C' }, { f: 39.2 }),
        p({ reading: '-18 °C' }, { f: -0.4 }),
      ],
      (r) => {
        if (r() < 0.4) {
          const f = int(r, -10, 50);
          return p({ reading: pick(r, [`${f}°F`, `${f} °F`, `${f} F`, `${f}F`]) }, { f });
        }
        const c = pick(r, [int(r, -25, 10), round(int(r, -250, 100) / 10, 1)]);
        const f = round((c * 9) / 5 + 32, 1);
        return p({ reading: pick(r, [`${c} °C`, `${c}°C`, `${c}C`, `${comma(c)} °C`, `${c} ℃`]) }, { f });
      },
      8302,
    ),
  );

  tasks.push(
    task(
      'speed-kmh',
      'numbers',
      'Speeds from cycling and sailing apps of several countries: "25 km/h", "15 mph", "7.5 m/s", "30 kph", "12 kn"; to km/h, one decimal (1 mi = 1.609344 km, 1 kn = 1.852 km/h).',
      [
        p({ speed: '25 km/h' }, { kmh: 25 }),
        p({ speed: '15 mph' }, { kmh: 24.1 }),
        p({ speed: '40 km/h' }, { kmh: 40 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.3) {
          const v = int(r, 5, 130);
          return p({ speed: pick(r, [`${v} km/h`, `${v} kph`, `${v}km/h`, `${v} kmh`]) }, { kmh: v });
        }
        if (k < 0.6) {
          const v = pick(r, [int(r, 5, 80), round(int(r, 50, 800) / 10, 1)]);
          return p({ speed: pick(r, [`${v} mph`, `${v}mph`, `${v} MPH`]) }, { kmh: round(v * 1.609344, 1) });
        }
        if (k < 0.8) {
          const v = round(int(r, 10, 300) / 10, 1);
          return p({ speed: pick(r, [`${v} m/s`, `${v}m/s`]) }, { kmh: round(v * 3.6, 1) });
        }
        const v = int(r, 2, 35);
        return p({ speed: pick(r, [`${v} kn`, `${v} knots`, `${v} kts`]) }, { kmh: round(v * 1.852, 1) });
      },
      8303,
    ),
  );

  tasks.push(
    task(
      'drink-volume-ml',
      'numbers',
      'Drink sizes from an import list: "330 ml", "1.5 l", "75 cl", "12 fl oz", "2 L", "0,5 l"; to millilitres, whole (US fl oz = 29.5735295625 ml). A bare "pint" is a UK or a US pint: review.',
      [
        p({ size: '330 ml' }, { ml: 330 }),
        p({ size: '1.5 l' }, { ml: 1500 }),
        p({ size: '500 ml' }, { ml: 500 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.25) {
          const ml = pick(r, [200, 250, 330, 355, 440, 500, 750, int(r, 50, 990)]);
          return p({ size: pick(r, [`${ml} ml`, `${ml}ml`, `${ml} mL`]) }, { ml });
        }
        if (k < 0.5) {
          const l = pick(r, [0.5, 0.75, 1, 1.5, 2, 0.33, 3, 5]);
          return p(
            { size: pick(r, [`${l} l`, `${l} L`, `${comma(l)} l`, `${l} litre`]) },
            { ml: Math.round(l * 1000) },
          );
        }
        if (k < 0.65) {
          const cl = pick(r, [25, 33, 50, 70, 75, 100, 150]);
          return p({ size: pick(r, [`${cl} cl`, `${cl}cl`]) }, { ml: cl * 10 });
        }
        if (k < 0.92) {
          const oz = pick(r, [8, 12, 16, 20, 24, 32, 7.5, 64]);
          return p(
            { size: pick(r, [`${oz} fl oz`, `${oz} fl. oz.`, `${oz}oz`]) },
            { ml: Math.round(oz * 29.5735295625) },
          );
        }
        const n = int(r, 1, 2);
        return unsettled({ size: `${n} pint${n > 1 ? 's' : ''}` }, { ml: n * 568 });
      },
      8304,
    ),
  );

  tasks.push(
    task(
      'flat-area-m2',
      'numbers',
      'Floor areas from an international rentals feed: "85 m²", "85 sqm", "900 sq ft", "900 ft²", "72,5 m2"; to square metres, one decimal (1 sq ft = 0.09290304 m²).',
      [
        p({ area: '85 m²' }, { m2: 85 }),
        p({ area: '900 sq ft' }, { m2: 83.6 }),
        p({ area: '120 m²' }, { m2: 120 }),
      ],
      (r) => {
        if (r() < 0.5) {
          const m2 = pick(r, [int(r, 18, 250), round(int(r, 180, 2500) / 10, 1)]);
          return p(
            { area: pick(r, [`${m2} m²`, `${m2} sqm`, `${comma(m2)} m2`, `${m2}m²`, `${m2} sq m`]) },
            { m2 },
          );
        }
        const ft = int(r, 250, 3500);
        return p(
          { area: pick(r, [`${ft} sq ft`, `${ft} ft²`, `${group(ft, ',')} sq. ft.`, `${ft} sqft`]) },
          { m2: round(ft * 0.09290304, 1) },
        );
      },
      8305,
    ),
  );

  tasks.push(
    task(
      'storage-gb',
      'numbers',
      'Drive capacities from laptop listings in several languages: "512 GB", "1 TB", "256GB", "2 To", "500 Go", "1,5 TB"; to decimal gigabytes (1 TB = 1000 GB).',
      [
        p({ storage: '512 GB' }, { gb: 512 }),
        p({ storage: '1 TB' }, { gb: 1000 }),
        p({ storage: '256 GB' }, { gb: 256 }),
      ],
      (r) => {
        if (r() < 0.5) {
          const gb = pick(r, [64, 128, 256, 500, 512, 240, 480, 960]);
          return p(
            {
              storage: `${pick(r, ['', 'SSD ', 'eMMC ', 'NVMe '])}${pick(r, [`${gb} GB`, `${gb}GB`, `${gb} Go`, `${gb} gb`])}`,
            },
            { gb },
          );
        }
        const tb = pick(r, [1, 2, 4, 8, 1.5, 0.5, 16]);
        return p(
          {
            storage: `${pick(r, ['', 'SSD ', 'NVMe ', 'HDD '])}${pick(r, [`${tb} TB`, `${tb}TB`, `${comma(tb)} To`, `${comma(tb)} TB`])}`,
          },
          { gb: tb * 1000 },
        );
      },
      8306,
    ),
  );

  tasks.push(
    task(
      'bandwidth-mbps',
      'numbers',
      'Internet plan speeds from several providers: "100 Mbps", "1 Gbps", "500 kbps", "250 Mbit/s", "1 Gbit/s", "50 Mb/s"; to megabits per second.',
      [
        p({ speed: '100 Mbps' }, { mbps: 100 }),
        p({ speed: '1 Gbps' }, { mbps: 1000 }),
        p({ speed: '250 Mbps' }, { mbps: 250 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.5) {
          const v = pick(r, [10, 16, 25, 50, 100, 150, 250, 300, 500, 600]);
          return p({ speed: pick(r, [`${v} Mbps`, `${v} Mbit/s`, `${v} Mb/s`, `${v}Mbps`]) }, { mbps: v });
        }
        if (k < 0.8) {
          const v = pick(r, [1, 2, 2.5, 5, 10]);
          return p(
            { speed: pick(r, [`${v} Gbps`, `${v} Gbit/s`, `${v}Gbps`, `${v} Gb/s`]) },
            { mbps: v * 1000 },
          );
        }
        const v = pick(r, [256, 512, 768, 384, 128, 500]);
        return p({ speed: pick(r, [`${v} kbps`, `${v} kbit/s`, `${v} Kbps`]) }, { mbps: v / 1000 });
      },
      8307,
    ),
  );

  tasks.push(
    task(
      'battery-mah',
      'numbers',
      'Battery capacities from power-bank and phone listings: "5000 mAh", "5,000 mAh", "5 Ah", "4.2Ah", "10000mAh"; to milliampere-hours.',
      [
        p({ battery: '5000 mAh' }, { mah: 5000 }),
        p({ battery: '3200 mAh' }, { mah: 3200 }),
        p({ battery: '10000 mAh' }, { mah: 10000 }),
      ],
      (r) => {
        if (r() < 0.55) {
          const v = int(r, 10, 300) * 100;
          return p(
            { battery: pick(r, [`${v} mAh`, `${group(v, ',')} mAh`, `${v}mAh`, `${v} mah`]) },
            { mah: v },
          );
        }
        const ah = pick(r, [int(r, 1, 30), round(int(r, 10, 300) / 10, 1)]);
        return p(
          { battery: pick(r, [`${ah} Ah`, `${ah}Ah`, `${comma(ah)} Ah`]) },
          { mah: Math.round(ah * 1000) },
        );
      },
      8308,
    ),
  );

  tasks.push(
    task(
      'tv-diagonal-inches',
      'numbers',
      'Screen sizes from electronics shops of several countries: \'55"\', "55 in", "55-inch", "139 cm", "65 Zoll", "55″"; to whole inches (cm are rounded: 139 cm → 55).',
      [
        p({ screen: '55"' }, { inches: 55 }),
        p({ screen: '65"' }, { inches: 65 }),
        p({ screen: '43 in' }, { inches: 43 }),
      ],
      (r) => {
        const inch = pick(r, [24, 27, 32, 40, 43, 50, 55, 58, 65, 75, 77, 85]);
        const cm = Math.round(inch * 2.54);
        const text = pick(r, [
          `${inch}"`,
          `${inch} in`,
          `${inch}-inch`,
          `${inch} inch`,
          `${cm} cm`,
          `${inch} Zoll`,
          `${inch}″`,
          `${cm} cm (${inch}")`,
        ]);
        return p({ screen: `${pick(r, ['', 'TV ', 'Monitor '])}${text}` }, { inches: inch });
      },
      8309,
    ),
  );

  const FRAC: [string, number, string][] = [
    ['½', 0.5, '1/2'],
    ['¼', 0.25, '1/4'],
    ['¾', 0.75, '3/4'],
    ['⅛', 0.125, '1/8'],
    ['⅜', 0.375, '3/8'],
  ];
  tasks.push(
    task(
      'pipe-size-mm',
      'numbers',
      "Fitting sizes from a hardware catalogue merged from US and European suppliers: '3½\"', '3-1/2 in', '3.5\"', '¾\"', \"22 mm\"; to millimetres, one decimal (1 in = 25.4 mm).",
      [p({ size: '3½"' }, { mm: 88.9 }), p({ size: '2"' }, { mm: 50.8 }), p({ size: '22 mm' }, { mm: 22 })],
      (r) => {
        if (r() < 0.25) {
          const mm = pick(r, [12, 15, 22, 28, 35, 42, 54, 110]);
          return p({ size: pick(r, [`${mm} mm`, `${mm}mm`]) }, { mm });
        }
        const whole = int(r, 0, 4);
        const [u, f, ascii] = pick(r, FRAC);
        const inches = whole + (r() < 0.2 && whole > 0 ? 0 : f);
        const frac = inches === whole ? '' : u;
        const fracAscii = inches === whole ? '' : ascii;
        const head = whole === 0 ? '' : String(whole);
        const text = pick(r, [
          `${head}${frac}"`,
          `${head}${frac} in`,
          fracAscii ? `${whole ? `${whole}-` : ''}${fracAscii} in` : `${whole} in`,
          `${inches}"`,
          fracAscii ? `${whole ? `${whole} ` : ''}${fracAscii}"` : `${whole}"`,
        ]);
        if (inches === 0) return p({ size: '1"' }, { mm: 25.4 });
        return p({ size: text }, { mm: round(inches * 25.4, 1) });
      },
      8310,
    ),
  );
}

// =============================================================== durations
{
  tasks.push(
    task(
      'runtime-minutes',
      'numbers',
      'Film runtimes from three catalogues: "2h 5m", "125 min", "2:05", "PT2H5M", "2 hrs 5 mins", "1h"; to minutes.',
      [
        p({ runtime: '2h 5m' }, { minutes: 125 }),
        p({ runtime: '1h 42m' }, { minutes: 102 }),
        p({ runtime: '98 min' }, { minutes: 98 }),
      ],
      (r) => {
        const t = int(r, 60, 200);
        const h = Math.floor(t / 60);
        const m = t % 60;
        const text = pick(r, [
          m ? `${h}h ${m}m` : `${h}h`,
          `${t} min`,
          `${h}:${pad(m)}`,
          `PT${h}H${m ? `${m}M` : ''}`,
          `${h} hr${h > 1 ? 's' : ''} ${m} min${m === 1 ? '' : 's'}`,
          `${h}h${pad(m)}`,
          `${t} mins`,
        ]);
        return p({ runtime: text }, { minutes: t });
      },
      8401,
    ),
  );

  tasks.push(
    task(
      'race-time-seconds',
      'numbers',
      'Finish times from race-timing services: "2:05:30" (h:mm:ss), "45:12" (mm:ss, under an hour), "1h05m30s", "45m12s", "1:05:30.4" (tenths dropped); to whole seconds.',
      [
        p({ finish: '2:05:30' }, { seconds: 7530 }),
        p({ finish: '1:48:02' }, { seconds: 6482 }),
        p({ finish: '45:12' }, { seconds: 2712 }),
      ],
      (r) => {
        const s = int(r, 900, 18000);
        const h = Math.floor(s / 3600);
        const m = Math.floor((s % 3600) / 60);
        const sec = s % 60;
        const text =
          h === 0
            ? pick(r, [`${m}:${pad(sec)}`, `${m}m${pad(sec)}s`, `0:${pad(m)}:${pad(sec)}`])
            : pick(r, [
                `${h}:${pad(m)}:${pad(sec)}`,
                `${h}h${pad(m)}m${pad(sec)}s`,
                `${h}:${pad(m)}:${pad(sec)}.${int(r, 0, 9)}`,
                `${pad(h)}:${pad(m)}:${pad(sec)}`,
              ]);
        return p({ finish: text }, { seconds: s });
      },
      8402,
    ),
  );
}

// =============================================================== money
{
  tasks.push(
    task(
      'price-currency-cents',
      'nested',
      'Prices scraped from shops in several countries: "€12,50", "12,50 €", "$1,234.56", "1.234,56 €", "£3.20", "CHF 12.50", "12.50 USD"; to the ISO currency and the amount in cents.',
      [
        p({ price: '$1,234.56' }, { currency: 'USD', cents: 123456 }),
        p({ price: '12,50 €' }, { currency: 'EUR', cents: 1250 }),
        p({ price: '£3.20' }, { currency: 'GBP', cents: 320 }),
      ],
      (r) => {
        const cents = pick(r, [int(r, 50, 9999), int(r, 100000, 999999)]);
        const whole = Math.floor(cents / 100);
        const fr = pad(cents % 100);
        const us = `${group(whole, ',')}.${fr}`;
        const eu = `${group(whole, '.')},${fr}`;
        const cur = pick(r, ['USD', 'EUR', 'GBP', 'CHF', 'EUR']);
        const text =
          cur === 'USD'
            ? pick(r, [`$${us}`, `${us} USD`, `US$${us}`, `USD ${us}`])
            : cur === 'EUR'
              ? pick(r, [`${eu} €`, `€${eu}`, `€${us}`, `${eu}€`, `EUR ${eu}`])
              : cur === 'GBP'
                ? pick(r, [`£${us}`, `${us} GBP`])
                : pick(r, [`CHF ${group(whole, "'")}.${fr}`, `${us} CHF`, `Fr. ${us}`]);
        return p({ price: text }, { currency: cur, cents });
      },
      8501,
    ),
  );

  tasks.push(
    task(
      'statement-signed-amount',
      'numbers',
      'Amounts from bank statements of several banks: "-1,234.56", "(1,234.56)", "1.234,56 CR", "1.234,56 DR", "1 234,56-", "+45.00"; to a signed number (debits, brackets, trailing minus and DR negative; CR positive).',
      [
        p({ amount: '-1,234.56' }, { value: -1234.56 }),
        p({ amount: '45.00' }, { value: 45 }),
        p({ amount: '(89.90)' }, { value: -89.9 }),
      ],
      (r) => {
        const cents = pick(r, [int(r, 100, 99999), int(r, 100000, 9999999)]);
        const v = cents / 100;
        const neg = r() < 0.5;
        const whole = Math.floor(cents / 100);
        const fr = pad(cents % 100);
        const us = `${group(whole, ',')}.${fr}`;
        const eu = `${group(whole, '.')},${fr}`;
        const fr2 = `${group(whole, ' ')},${fr}`;
        const text = neg
          ? pick(r, [`-${us}`, `(${us})`, `${eu} DR`, `${fr2}-`, `-${eu}`])
          : pick(r, [us, `+${us}`, `${eu} CR`, fr2, eu]);
        return p({ amount: text }, { value: neg ? -v : v });
      },
      8502,
    ),
  );

  tasks.push(
    task(
      'fuel-price-per-litre',
      'nested',
      'Fuel prices reported by drivers in several countries: "€1.799/l", "1,849 €/L", "$3.45/gal", "£1.52 per litre"; to the currency and the price per litre, three decimals (US gallon = 3.785411784 l).',
      [
        p({ fuel: '€1.799/l' }, { currency: 'EUR', per_litre: 1.799 }),
        p({ fuel: '$3.45/gal' }, { currency: 'USD', per_litre: 0.911 }),
        p({ fuel: '€1.659/l' }, { currency: 'EUR', per_litre: 1.659 }),
      ],
      (r) => {
        const k = r();
        if (k < 0.4) {
          const v = round(int(r, 1500, 2100) / 1000, 3);
          return p(
            {
              fuel: pick(r, [
                `€${v.toFixed(3)}/l`,
                `${comma(v.toFixed(3))} €/L`,
                `${comma(v.toFixed(3))} € pro Liter`,
              ]),
            },
            { currency: 'EUR', per_litre: v },
          );
        }
        if (k < 0.75) {
          const v = round(int(r, 250, 599) / 100, 2);
          return p(
            {
              fuel: pick(r, [
                `$${v.toFixed(2)}/gal`,
                `$${v.toFixed(2)} per gallon`,
                `${v.toFixed(2)} USD/gal`,
              ]),
            },
            { currency: 'USD', per_litre: round(v / 3.785411784, 3) },
          );
        }
        if (r() < 0.35) {
          // UK forecourts price in pence with a tenth: "152.9p/l" is £1.529.
          const tenths = int(r, 1300, 1700);
          return p({ fuel: `${(tenths / 10).toFixed(1)}p/l` }, { currency: 'GBP', per_litre: tenths / 1000 });
        }
        const v = round(int(r, 130, 170) / 100, 2);
        return p(
          { fuel: pick(r, [`£${v.toFixed(2)} per litre`, `£${v.toFixed(2)}/l`]) },
          { currency: 'GBP', per_litre: v },
        );
      },
      8503,
    ),
  );
}

// =============================================================== names and addresses
{
  const FIRST = [
    'Anna',
    'Jan',
    'Marie',
    'Lukas',
    'Sofia',
    'Pierre',
    'Emma',
    'Olivier',
    'Chloé',
    'Jörg',
    'Ines',
    'Tomás',
  ];
  const LAST = [
    'Müller',
    'Dubois',
    'Schmidt',
    'Lefèvre',
    'Keller',
    'Martin',
    'Novak',
    'García',
    'Bernard',
    'Weber',
    'Rossi',
  ];
  tasks.push(
    task(
      'name-either-order',
      'nested',
      'Attendee names from registration forms of several countries: "Müller, Anna", "Anna Müller", "MÜLLER Anna" (French style, surname in capitals first), "Dr. Anna Müller"; to first and last name (surname as written in mixed case). Three plain words name no surname: review.',
      [
        p({ name: 'Müller, Anna' }, { first: 'Anna', last: 'Müller' }),
        p({ name: 'Anna Müller' }, { first: 'Anna', last: 'Müller' }),
        p({ name: 'Dubois, Pierre' }, { first: 'Pierre', last: 'Dubois' }),
      ],
      (r) => {
        const first = pick(r, FIRST);
        const last = pick(r, LAST);
        const out = { first, last };
        const k = r();
        if (k < 0.08) {
          const second = pick(
            r,
            FIRST.filter((f) => f !== first),
          );
          return unsettled({ name: `${first} ${second} ${last}` }, { first: `${first} ${second}`, last });
        }
        return p(
          {
            name: spaced(
              r,
              pick(r, [
                `${last}, ${first}`,
                `${first} ${last}`,
                `${last.toUpperCase()} ${first}`,
                `${pick(r, ['Dr.', 'Mr.', 'Ms.', 'Prof.'])} ${first} ${last}`,
                `${last},${first}`,
                `${first} ${last.toUpperCase()}`,
              ]),
            ),
          },
          out,
        );
      },
      8601,
    ),
  );

  const PLACES: ((r: R) => [string, string, string])[] = [
    (r) => {
      const city = pick(r, ['Berlin', 'München', 'Köln', 'Hamburg']);
      const pc = `${pick(r, ['1', '8', '5', '2'])}${digits(r, 4)}`;
      return [
        `${pick(r, ['Hauptstr.', 'Bahnhofstraße', 'Lindenallee'])} ${int(r, 1, 120)}, ${pc} ${city}`,
        pc,
        city,
      ];
    },
    (r) => {
      const city = pick(r, ['Paris', 'Lyon', 'Marseille']);
      const pc = `${pick(r, ['75', '69', '13'])}0${digits(r, 2)}`;
      return [
        `${int(r, 1, 99)} ${pick(r, ['rue de Rivoli', 'avenue Foch', 'boulevard Voltaire'])}, ${pc} ${city}`,
        pc,
        city,
      ];
    },
    (r) => {
      const city = pick(r, ['Amsterdam', 'Utrecht', 'Rotterdam']);
      const pc = `${int(r, 1011, 3099)} ${pick(r, ['AB', 'LG', 'CX', 'PN'])}`;
      return [
        `${pick(r, ['Damrak', 'Oudegracht', 'Coolsingel'])} ${int(r, 1, 200)}, ${pc} ${city}`,
        pc,
        city,
      ];
    },
    (r) => {
      const city = pick(r, ['London', 'Manchester', 'Leeds']);
      const pc = pick(r, [
        `SW1A ${int(r, 1, 9)}AA`,
        `M${int(r, 1, 40)} ${int(r, 1, 9)}${pick(r, ['AB', 'QD', 'NW'])}`,
        `LS${int(r, 1, 29)} ${int(r, 1, 9)}HT`,
      ]);
      return [
        `${int(r, 1, 200)} ${pick(r, ['High Street', 'Station Road', 'Church Lane'])}, ${city} ${pc}`,
        pc,
        city,
      ];
    },
    (r) => {
      const [city, st] = pick(r, [
        ['New York', 'NY'],
        ['Austin', 'TX'],
        ['Portland', 'OR'],
      ] as [string, string][]);
      const pc = digits(r, 5).replace(/^0/, '1');
      return [
        `${int(r, 1, 9999)} ${pick(r, ['Main St', '5th Ave', 'Oak Blvd'])}, ${city}, ${st} ${pc}`,
        pc,
        city,
      ];
    },
    (r) => {
      const [city, prov] = pick(r, [
        ['Toronto', 'ON'],
        ['Vancouver', 'BC'],
        ['Ottawa', 'ON'],
      ] as [string, string][]);
      const L = 'ABCEGHJKLMNPRSTVXY';
      const pc = `${pick(r, [...'KLM'])}${int(r, 0, 9)}${pick(r, [...L])} ${int(r, 0, 9)}${pick(r, [...L])}${int(r, 0, 9)}`;
      return [
        `${int(r, 1, 999)} ${pick(r, ['King St W', 'Sussex Dr', 'Granville St'])}, ${city}, ${prov} ${pc}`,
        pc,
        city,
      ];
    },
  ];
  tasks.push(
    task(
      'address-postcode-city',
      'nested',
      'One-line shipping addresses from a European and North American customer base (German, French, Dutch, British, US, Canadian layouts); to the postcode as written and the city.',
      [
        p({ address: 'Hauptstr. 5, 10115 Berlin' }, { postcode: '10115', city: 'Berlin' }),
        p({ address: '12 rue de Rivoli, 75001 Paris' }, { postcode: '75001', city: 'Paris' }),
        p({ address: '350 5th Ave, New York, NY 10118' }, { postcode: '10118', city: 'New York' }),
      ],
      (r) => {
        const [text, postcode, city] = pick(r, PLACES)(r);
        return p({ address: spaced(r, text) }, { postcode, city });
      },
      8602,
    ),
  );

  tasks.push(
    task(
      'postcode-by-country',
      'strings',
      'Postcodes typed loosely into a form with a country picker: UK "sw1a1aa", Dutch "1012ab", Canadian "k1a0b1", German "10115", US ZIP+4 "10118-1234", Polish "00950"; to the country’s official layout (UK/CA with one space before the last three, NL "1012 AB", PL "00-950", upper case).',
      [
        p({ country: 'GB', postcode: 'sw1a1aa' }, { postcode: 'SW1A 1AA' }),
        p({ country: 'NL', postcode: '1012ab' }, { postcode: '1012 AB' }),
        p({ country: 'DE', postcode: '10115' }, { postcode: '10115' }),
      ],
      (r) => {
        const country = pick(r, ['GB', 'NL', 'DE', 'CA', 'US', 'PL', 'GB']);
        const L = 'ABDEFGHJLNPQRSTUWXYZ';
        if (country === 'GB') {
          const out = pick(r, [
            `SW1A`,
            `M${int(r, 1, 40)}`,
            `LS${int(r, 1, 29)}`,
            `EC${int(r, 1, 4)}A`,
            `B${int(r, 1, 99)}`,
          ]);
          const inw = `${int(r, 0, 9)}${pick(r, [...L])}${pick(r, [...L])}`;
          const pc = `${out} ${inw}`;
          return p(
            {
              country,
              postcode: pick(r, [`${out}${inw}`.toLowerCase(), pc.toLowerCase(), `${out}${inw}`, pc]),
            },
            { postcode: pc },
          );
        }
        if (country === 'NL') {
          const n = int(r, 1011, 9999);
          const l = `${pick(r, [...L])}${pick(r, [...L])}`;
          return p(
            { country, postcode: pick(r, [`${n}${l}`.toLowerCase(), `${n} ${l.toLowerCase()}`, `${n}${l}`]) },
            { postcode: `${n} ${l}` },
          );
        }
        if (country === 'CA') {
          const C = 'ABCEGHJKLMNPRSTVXY';
          const a = `${pick(r, [...C])}${int(r, 0, 9)}${pick(r, [...C])}`;
          const b = `${int(r, 0, 9)}${pick(r, [...C])}${int(r, 0, 9)}`;
          return p(
            { country, postcode: pick(r, [`${a}${b}`.toLowerCase(), `${a} ${b}`.toLowerCase(), `${a}${b}`]) },
            { postcode: `${a} ${b}` },
          );
        }
        if (country === 'US') {
          const z = `${int(r, 1, 9)}${digits(r, 4)}`;
          const z4 = digits(r, 4);
          return r() < 0.5
            ? p({ country, postcode: z }, { postcode: z })
            : p(
                { country, postcode: pick(r, [`${z}-${z4}`, `${z}${z4}`, `${z} ${z4}`]) },
                { postcode: `${z}-${z4}` },
              );
        }
        if (country === 'PL') {
          const a = digits(r, 2);
          const b = digits(r, 3);
          return p(
            { country, postcode: pick(r, [`${a}${b}`, `${a}-${b}`, `${a} ${b}`]) },
            { postcode: `${a}-${b}` },
          );
        }
        const z = `${int(r, 1, 9)}${digits(r, 4)}`;
        return p({ country, postcode: pick(r, [z, ` ${z}`, `D-${z}`]) }, { postcode: z });
      },
      8603,
    ),
  );
}

// =============================================================== versions and places
{
  tasks.push(
    task(
      'firmware-version',
      'strings',
      'Firmware versions reported by devices of several vendors: "FW 3.2.1", "v3.2", "3.2.1 (build 455)", "3_2_1", "Version 3.2.1", "3.2.1-r4"; to major.minor.patch (a missing patch is 0).',
      [
        p({ fw: 'FW 3.2.1' }, { version: '3.2.1' }),
        p({ fw: 'v3.2' }, { version: '3.2.0' }),
        p({ fw: 'FW 10.0.4' }, { version: '10.0.4' }),
      ],
      (r) => {
        const a = int(r, 0, 12);
        const b = int(r, 0, 20);
        const c = r() < 0.25 ? 0 : int(r, 0, 30);
        const full = `${a}.${b}.${c}`;
        const short = c === 0 && r() < 0.5;
        const v = short ? `${a}.${b}` : full;
        const text = pick(r, [
          `FW ${v}`,
          `v${v}`,
          `${v} (build ${int(r, 100, 9999)})`,
          v.replace(/\./g, '_'),
          `Version ${v}`,
          `${v}-r${int(r, 1, 9)}`,
          `V${v}`,
          `firmware ${v}`,
        ]);
        return p({ fw: text }, { version: full });
      },
      8701,
    ),
  );

  const dms = (x: number, pos: string, neg: string): string => {
    const a = Math.abs(x);
    const d = Math.floor(a);
    const m = Math.floor((a - d) * 60);
    const s = Math.round((a - d - m / 60) * 3600);
    return `${d}°${m}'${s}"${x < 0 ? neg : pos}`;
  };
  tasks.push(
    task(
      'coordinates-dms-or-decimal',
      'nested',
      'Meeting-point coordinates from hikers’ and sailors’ logs: decimal "52.52, 13.405", degrees-minutes-seconds "52°31\'12"N 13°24\'18"E", or "52.52N 13.405E"; to signed decimal latitude and longitude, four decimals (south and west negative).',
      [
        p({ pos: '52.52, 13.405' }, { lat: 52.52, lon: 13.405 }),
        p({ pos: '48.8566, 2.3522' }, { lat: 48.8566, lon: 2.3522 }),
        p({ pos: '52°31\'12"N 13°24\'18"E' }, { lat: 52.52, lon: 13.405 }),
      ],
      (r) => {
        // Whole seconds, so the decimal label is exact to four places from the DMS text too.
        const sec = (lo: number, hi: number): number => int(r, lo * 3600, hi * 3600) / 3600;
        const lat = (r() < 0.25 ? -1 : 1) * sec(0, 70);
        const lon = (r() < 0.4 ? -1 : 1) * sec(0, 170);
        const out = { lat: round(lat, 4), lon: round(lon, 4) };
        const k = r();
        if (k < 0.35) return p({ pos: `${out.lat}, ${out.lon}` }, out);
        if (k < 0.75) return p({ pos: `${dms(lat, 'N', 'S')} ${dms(lon, 'E', 'W')}` }, out);
        return p(
          { pos: `${Math.abs(out.lat)}${lat < 0 ? 'S' : 'N'} ${Math.abs(out.lon)}${lon < 0 ? 'W' : 'E'}` },
          out,
        );
      },
      8702,
    ),
  );

  tasks.push(
    task(
      'photo-print-size-mm',
      'nested',
      'Print sizes ordered from a photo lab with US and European shops: "4x6 in", "10 x 15 cm", "8×10\\"", "A4", "13x18"; to width and height in millimetres (whole; A4 is 210 × 297).',
      [
        p({ print: '4x6 in' }, { w: 102, h: 152 }),
        p({ print: '10 x 15 cm' }, { w: 100, h: 150 }),
        p({ print: '8x10 in' }, { w: 203, h: 254 }),
      ],
      (r) => {
        const finish = (r2: R): string => pick(r2, ['', '', 'Glossy ', 'Matte ', 'Lustre ']);
        const k = r();
        if (k < 0.4) {
          const [w, h] = pick(r, [
            [4, 6],
            [5, 7],
            [8, 10],
            [11, 14],
            [8, 12],
            [12, 18],
          ] as [number, number][]);
          return p(
            {
              print:
                finish(r) +
                pick(r, [`${w}x${h} in`, `${w} x ${h} in`, `${w}×${h}"`, `${w}x${h}"`, `${w}x${h} inch`]),
            },
            { w: Math.round(w * 25.4), h: Math.round(h * 25.4) },
          );
        }
        if (k < 0.85) {
          const [w, h] = pick(r, [
            [10, 15],
            [13, 18],
            [20, 30],
            [30, 40],
            [15, 20],
            [40, 60],
          ] as [number, number][]);
          return p(
            { print: finish(r) + pick(r, [`${w} x ${h} cm`, `${w}x${h} cm`, `${w}×${h} cm`, `${w}x${h}cm`]) },
            { w: w * 10, h: h * 10 },
          );
        }
        const [name, w, h] = pick(r, [
          ['A4', 210, 297],
          ['A3', 297, 420],
          ['A5', 148, 210],
        ] as [string, number, number][]);
        return p({ print: finish(r) + name }, { w, h });
      },
      8703,
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function everyday8Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(everyday8Dir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(everyday8Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${everyday8Dir}`);
}
