/**
 * Writes the third set of "everyday" tuning tasks (bench/synth/tasks/everyday3, every name starts
 * with "e3-"). Written before tuning: before anyone tuned the synthesizer on them, by someone who
 * has not read the frozen held-out set (issue 11 §4). Nothing here was shaped to what the engine
 * can do; the engine was not run on these tasks while they were written.
 *
 * Kinds: level/category words from small closed sets, phone numbers of several countries, product
 * identifiers (UPC-A/EAN-13, ISBN-10/13, SKUs), postal addresses of six countries, free-text dates,
 * times and time zones, amounts with currencies, durations, percentages, sizes, names, e-mail
 * addresses and log lines in two or three formats.
 *
 * How the labels are made: each generator draws a true value first (a date, a number, a level, an
 * address's parts), then writes it the ways real data writes it (case, spacing, separators, missing
 * parts, alternative spellings, several formats in one column), and labels the record from the
 * true value, never by parsing the written text and never with codify. Check digits (EAN, ISBN)
 * are computed here by the standard's own formula. So the generator is the reference solution.
 *
 * Each task has 3–5 training examples as a user would give them (typical ones, not chosen to show
 * every rule) and TEST_RECORDS held-back records. Some tasks cannot be settled from their training
 * examples (a scale, a convention or a table the examples do not show): the right engine behaviour
 * there is a question or review. The task format has no "cannot tell" marker, so where the truth
 * cannot be told from the input (an ambiguous slash date with no locale, a national phone number
 * with no country, "kr" without a country, an empty RSVP) the label is an honest `null` in a field
 * that is null for exactly those records.
 *
 * Deterministic (seeded): `node bench/synth/everyday3-gen.ts && npx prettier --write
 * bench/synth/tasks/everyday3` rewrites the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cap,
  digits,
  int,
  pad,
  pick,
  rng,
  round,
  spaced,
  taskBuilder,
  type Pair,
  type R,
} from './gen-kit.ts';
import type { BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const everyday3Dir = join(here, 'tasks', 'everyday3');
/** Held-back test records per task. */
export const TEST_RECORDS = 240;

const task = taskBuilder('e3-', TEST_RECORDS);

const tasks: BenchTask[] = [];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = [
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
const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const daysIn = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();
interface Day {
  y: number;
  mo: number;
  d: number;
}
const day = (r: R, y0 = 2019, y1 = 2027): Day => {
  const y = int(r, y0, y1);
  const mo = int(r, 1, 12);
  return { y, mo, d: int(r, 1, daysIn(y, mo)) };
};
const iso = (t: Day): string => `${t.y}-${pad(t.mo)}-${pad(t.d)}`;
const weekday = (t: Day): number => new Date(Date.UTC(t.y, t.mo - 1, t.d)).getUTCDay();
const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const ref = (r: R, prefix: string): string => `${prefix}-${int(r, 1000, 99999)}`;

// =============================================================== closed sets (levels, sizes, …)
{
  // True level → the ways a dozen different loggers and people write it.
  const LEVEL_WORDS: Record<string, string[]> = {
    debug: ['DEBUG', 'debug', 'Debug', 'DBG', 'dbg', 'D', 'trace', 'TRACE', 'verbose'],
    info: ['INFO', 'info', 'Info', 'INF', 'I', 'information', 'Informational', 'notice', 'NOTICE'],
    warning: ['WARN', 'warn', 'Warning', 'WARNING', 'Wrn', 'WRN', 'W', 'warn.'],
    error: ['ERROR', 'error', 'Err', 'ERR', 'E', 'Error', 'failure'],
    critical: ['CRITICAL', 'crit', 'CRIT', 'FATAL', 'fatal', 'Fatal', 'emerg', 'alert', 'panic'],
  };
  const LEVELS = Object.keys(LEVEL_WORDS);
  const lv = (id: string, raw: string, level: string): Pair => ({
    input: { id, severity: raw },
    output: { level },
  });
  tasks.push(
    task(
      'level-words',
      'enums',
      'Severity words from several tools and people (WARN, warning, Wrn, W, FATAL, crit, …) to one of debug, info, warning, error, critical.',
      [
        lv('ev-1001', 'WARN', 'warning'),
        lv('ev-1002', 'error', 'error'),
        lv('ev-1003', 'Info', 'info'),
        lv('ev-1004', 'Wrn', 'warning'),
      ],
      (r) => {
        const level = pick(r, LEVELS);
        return lv(ref(r, 'ev'), spaced(r, pick(r, LEVEL_WORDS[level] ?? [])), level);
      },
      101,
    ),
  );

  const SIZE_WORDS: Record<string, string[]> = {
    XS: ['XS', 'xs', 'X-Small', 'extra small', 'Extra-Small', 'XSmall'],
    S: ['S', 's', 'Small', 'SMALL', 'sm', 'Sml'],
    M: ['M', 'm', 'Medium', 'MEDIUM', 'med', 'Med.'],
    L: ['L', 'l', 'Large', 'LARGE', 'lg', 'Lrg'],
    XL: ['XL', 'xl', 'X-Large', 'extra large', 'Extra Large', 'XLarge'],
    XXL: ['XXL', 'xxl', '2XL', '2xl', 'XX-Large', 'xx-large', '2X'],
    XXXL: ['XXXL', '3XL', '3xl', 'XXX-Large', '3X'],
  };
  const SIZES = Object.keys(SIZE_WORDS);
  const sz = (sku: string, raw: string, size: string): Pair => ({
    input: { sku, size: raw },
    output: { size },
  });
  tasks.push(
    task(
      'tshirt-size',
      'enums',
      'T-shirt sizes typed by several shops (Small, sm, X-Large, 2XL, xx-large, …) to XS, S, M, L, XL, XXL or XXXL.',
      [sz('TEE-0012', 'Small', 'S'), sz('TEE-0013', 'M', 'M'), sz('TEE-0014', 'X-Large', 'XL')],
      (r) => {
        const size = pick(r, SIZES);
        return sz(ref(r, 'TEE'), spaced(r, pick(r, SIZE_WORDS[size] ?? [])), size);
      },
      102,
    ),
  );

  // P1 is the most urgent; the words of three ticket trackers mapped onto P1–P4.
  const PRIORITY_WORDS: Record<number, string[]> = {
    1: ['P1', 'p1', 'P-1', 'urgent', 'Urgent', 'URGENT', 'critical', 'Blocker', 'highest', 'prio 1'],
    2: ['P2', 'p2', 'P-2', 'high', 'High', 'HIGH', 'important', 'major', 'prio 2'],
    3: ['P3', 'p3', 'P-3', 'medium', 'Medium', 'normal', 'Normal', 'med', 'prio 3'],
    4: ['P4', 'p4', 'P-4', 'low', 'Low', 'LOW', 'minor', 'trivial', 'lowest', 'prio 4'],
  };
  const pr = (ticket: string, raw: string, p: number): Pair => ({
    input: { ticket, priority: raw },
    output: { priority: p },
  });
  tasks.push(
    task(
      'priority-words',
      'enums',
      'Ticket priorities from three trackers (P1–P4, urgent/high/normal/low, blocker/major/minor) to a number 1 (most urgent) to 4.',
      [pr('OPS-311', 'P1', 1), pr('OPS-312', 'high', 2), pr('OPS-313', 'low', 4)],
      (r) => {
        const p = int(r, 1, 4);
        return pr(`OPS-${int(r, 314, 9999)}`, spaced(r, pick(r, PRIORITY_WORDS[p] ?? [])), p);
      },
      103,
    ),
  );

  const DAY_WORDS: string[][] = [
    [],
    ['Mon', 'Monday', 'MON', 'mon.', 'Mo', 'MO'],
    ['Tue', 'Tuesday', 'Tues', 'TUE', 'tu', 'Tu.'],
    ['Wed', 'Wednesday', 'WED', 'wed.', 'We', 'Weds'],
    ['Thu', 'Thursday', 'Thur', 'Thurs', 'THU', 'Th'],
    ['Fri', 'Friday', 'FRI', 'fri.', 'Fr', 'FR'],
    ['Sat', 'Saturday', 'SAT', 'sat.', 'Sa', 'SA'],
    ['Sun', 'Sunday', 'SUN', 'sun.', 'Su', 'SU'],
  ];
  const wd = (store: string, raw: string, n: number): Pair => ({
    input: { store, closed_on: raw },
    output: { isoWeekday: n },
  });
  tasks.push(
    task(
      'weekday-number',
      'enums',
      'Weekday names and abbreviations (Mon, Tues, Thurs, Su, …) to the ISO weekday number (Monday 1 … Sunday 7).',
      [wd('store 14', 'Monday', 1), wd('store 15', 'Sun', 7), wd('store 16', 'Wed', 3)],
      (r) => {
        const n = int(r, 1, 7);
        return wd(`store ${int(r, 17, 9999)}`, spaced(r, pick(r, DAY_WORDS[n] ?? [])), n);
      },
      104,
    ),
  );

  // An empty or unreadable answer cannot be told: the label is null for exactly those records.
  const RSVP_WORDS: Record<string, string[]> = {
    yes: ['Yes', 'yes', 'Y', 'Attending', 'attending', 'Accepted', 'accept', 'Will attend', 'going', '👍'],
    no: ['No', 'no', 'N', 'Not attending', 'Declined', 'decline', "Can't make it", 'not going', 'regrets'],
    maybe: ['Maybe', 'maybe', 'Tentative', 'tentative', 'Not sure', 'TBC', 'perhaps', '?'],
    unknown: ['', ' ', '-', 'n/a', 'N/A'],
  };
  const rs = (guest: string, raw: string, v: string): Pair => ({
    input: { guest, reply: raw },
    output: { rsvp: v === 'unknown' ? null : v },
  });
  tasks.push(
    task(
      'rsvp-reply',
      'enums',
      'Invitation replies from a form and from e-mail (Attending, Declined, Tentative, TBC, …) to yes, no or maybe; empty or n/a replies cannot be told (null).',
      [
        rs('Ana Ruiz', 'Yes', 'yes'),
        rs('Ben Okafor', 'Declined', 'no'),
        rs('Chloé Martin', 'Maybe', 'maybe'),
        rs('Dev Patel', 'Attending', 'yes'),
      ],
      (r) => {
        const v = pick(r, ['yes', 'yes', 'no', 'no', 'maybe', 'unknown']);
        const guest = `${pick(r, ['Ana', 'Ben', 'Chloé', 'Dev', 'Eli', 'Fatma', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lena'])} ${pick(r, ['Ruiz', 'Okafor', 'Martin', 'Patel', 'Kim', 'Novak', 'Silva', 'Berg', 'Hughes', 'Sato'])}`;
        return rs(guest, pick(r, RSVP_WORDS[v] ?? []), v);
      },
      105,
    ),
  );

  const SHIP_WORDS: Record<string, string[]> = {
    express: [
      'Express',
      'express',
      'Next Day',
      'next-day',
      'Overnight',
      'OVERNIGHT',
      '24h',
      'Priority',
      'NDA',
    ],
    standard: ['Standard', 'standard', 'STD', 'Ground', 'ground', '2-5 days', 'Regular', 'Tracked'],
    economy: [
      'Economy',
      'economy',
      'ECO',
      'Saver',
      'Budget',
      'slow boat',
      'Untracked',
      'Large Letter 2nd class',
    ],
  };
  const sh = (order: string, raw: string, v: string): Pair => ({
    input: { order, shipping: raw },
    output: { service: v },
  });
  tasks.push(
    task(
      'shipping-service',
      'enums',
      'Shipping options named by several carriers and shops to express, standard or economy.',
      [
        sh('SO-5501', 'Express', 'express'),
        sh('SO-5502', 'Standard', 'standard'),
        sh('SO-5503', 'Economy', 'economy'),
      ],
      (r) => {
        const v = pick(r, ['express', 'standard', 'standard', 'economy']);
        return sh(ref(r, 'SO'), spaced(r, pick(r, SHIP_WORDS[v] ?? [])), v);
      },
      106,
    ),
  );
}

// =============================================================== phones
interface Phone {
  iso2: string;
  cc: string;
  /** National significant number: what follows the country code in E.164. */
  nsn: string;
}
/** Digits grouped: groups(s, [3, 4]) = "123 4567" (the last group takes the rest). */
const groups = (s: string, sizes: number[], sep = ' '): string => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= s.length) break;
    out.push(s.slice(at, at + n));
    at += n;
  }
  if (at < s.length) out.push(s.slice(at));
  return out.join(sep);
};
const PHONE_COUNTRIES = ['GB', 'DE', 'FR', 'US', 'JP', 'IT', 'ES', 'AU'] as const;
const CC: Record<string, string> = {
  GB: '44',
  DE: '49',
  FR: '33',
  US: '1',
  JP: '81',
  IT: '39',
  ES: '34',
  AU: '61',
};
function drawPhone(r: R, iso2: string): Phone {
  const m = r() < 0.5;
  const nsn: Record<string, () => string> = {
    GB: () => (m ? `7${int(r, 400, 999)}${digits(r, 6)}` : `20${int(r, 3, 8)}${digits(r, 7)}`),
    DE: () =>
      m
        ? `1${pick(r, ['51', '60', '70', '76'])}${digits(r, 8)}`
        : `${pick(r, ['30', '40', '89', '221'])}${int(r, 2, 9)}${digits(r, 6)}`,
    FR: () => `${int(r, 1, 7)}${digits(r, 8)}`,
    US: () => `${int(r, 2, 9)}${digits(r, 2)}${int(r, 2, 9)}${digits(r, 6)}`,
    JP: () =>
      m ? `${pick(r, ['90', '80', '70'])}${int(r, 1, 9)}${digits(r, 7)}` : `3${int(r, 1, 9)}${digits(r, 7)}`,
    IT: () => (m ? `3${int(r, 20, 49)}${digits(r, 7)}` : `06${int(r, 1, 9)}${digits(r, 7)}`),
    ES: () => (m ? `6${digits(r, 8)}` : `91${int(r, 1, 9)}${digits(r, 6)}`),
    AU: () => (m ? `4${digits(r, 8)}` : `${pick(r, ['2', '3', '7', '8'])}${int(r, 1, 9)}${digits(r, 7)}`),
  };
  return { iso2, cc: CC[iso2] ?? '', nsn: (nsn[iso2] ?? (() => ''))() };
}
/** The number as written inside its own country (with the trunk 0 where the country uses one). */
function national(r: R, p: Phone): string {
  const n = p.nsn;
  switch (p.iso2) {
    case 'GB':
      return n.startsWith('7')
        ? pick(r, [`0${groups(n, [4])}`, `0${n}`, `0${groups(n, [4, 3])}`])
        : pick(r, [`0${groups(n, [2, 4])}`, `(0${n.slice(0, 2)}) ${groups(n.slice(2), [4])}`, `0${n}`]);
    case 'DE': {
      const a = n.startsWith('1') ? 3 : n.startsWith('221') ? 3 : 2;
      return pick(r, [
        `0${n.slice(0, a)} ${n.slice(a)}`,
        `0${n.slice(0, a)}/${n.slice(a)}`,
        `(0${n.slice(0, a)}) ${groups(n.slice(a), [3, 2])}`,
        `0${n.slice(0, a)}-${n.slice(a)}`,
      ]);
    }
    case 'FR':
      return pick(r, [
        `0${n[0]} ${groups(n.slice(1), [2, 2, 2])}`,
        `0${n[0]}.${groups(n.slice(1), [2, 2, 2], '.')}`,
        `0${n}`,
      ]);
    case 'US':
      return pick(r, [
        `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
        `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
        `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
        `1-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
        n,
      ]);
    case 'JP':
      return n.startsWith('3')
        ? pick(r, [`03-${n.slice(1, 5)}-${n.slice(5)}`, `(03) ${n.slice(1, 5)}-${n.slice(5)}`])
        : `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`;
    case 'IT':
      return pick(r, [
        groups(n, [3, 3]),
        n.startsWith('06') ? `06 ${n.slice(2)}` : `${n.slice(0, 3)} ${n.slice(3)}`,
        n,
      ]);
    case 'ES':
      return pick(r, [groups(n, [3, 3, 3]), groups(n, [3, 2, 2, 2]), n]);
    default:
      return n.startsWith('4')
        ? pick(r, [`0${groups(n, [3, 3])}`, `0${n}`])
        : pick(r, [`(0${n[0]}) ${groups(n.slice(1), [4])}`, `0${n[0]} ${groups(n.slice(1), [4])}`]);
  }
}
/** The number as written for abroad. */
function international(r: R, p: Phone): string {
  const n = p.nsn;
  const body = pick(r, [groups(n, [3, 3]), groups(n, [2, 4]), n, groups(n, [3, 4])]);
  const trunk = ['GB', 'DE', 'AU'].includes(p.iso2) && r() < 0.25;
  return pick(r, [
    `+${p.cc} ${trunk ? `(0)${body}` : body}`,
    `+${p.cc} ${trunk ? `(0)${body}` : body}`,
    `00${p.cc} ${body}`,
    `+${p.cc}-${body.replace(/ /g, '-')}`,
    `+${p.cc}${n}`,
  ]);
}
{
  const ph = (phone: string, country: string, e164: string): Pair => ({
    input: { phone, country },
    output: { e164 },
  });
  tasks.push(
    task(
      'phone-e164-countries',
      'phones',
      'Phone numbers of eight countries, national or international format, with an ISO country column, to E.164 (Italy keeps its leading 0; Spain has no trunk prefix).',
      [
        ph('020 7946 0321', 'GB', '+442079460321'),
        ph('0151 23456789', 'DE', '+4915123456789'),
        ph('(415) 555-0132', 'US', '+14155550132'),
        ph('01 42 68 53 00', 'FR', '+33142685300'),
      ],
      (r) => {
        const p = drawPhone(r, pick(r, PHONE_COUNTRIES));
        const phone = r() < 0.3 ? international(r, p) : national(r, p);
        const country = pick(r, [p.iso2, p.iso2, p.iso2, p.iso2.toLowerCase()]);
        return ph(spaced(r, phone), country, `+${p.cc}${p.nsn}`);
      },
      201,
    ),
  );

  const sp = (phone: string, dial: string, nationalNumber: string): Pair => ({
    input: { contact: phone },
    output: { dialCode: dial, nationalNumber },
  });
  tasks.push(
    task(
      'phone-split-intl',
      'phones',
      'International phone numbers (+CC, 00CC, "(0)" trunk, dashes) split into the dialling code and the national significant number.',
      [
        sp('+49 30 1234567', '+49', '301234567'),
        sp('+44 20 7946 0018', '+44', '2079460018'),
        sp('+33 6 12 34 56 78', '+33', '612345678'),
      ],
      (r) => {
        const p = drawPhone(r, pick(r, PHONE_COUNTRIES));
        return sp(spaced(r, international(r, p)), `+${p.cc}`, p.nsn);
      },
      202,
    ),
  );

  const us = (phone: string, e164: string, ext: string | null): Pair => ({
    input: { phone },
    output: { e164, extension: ext },
  });
  tasks.push(
    task(
      'phone-us-extension',
      'phones',
      'US phone numbers in the usual formats, some with an extension (x123, ext. 45, #12), to E.164 and the extension (null when none).',
      [
        us('(212) 555-0187', '+12125550187', null),
        us('212-555-0190 x204', '+12125550190', '204'),
        us('646.555.0111', '+16465550111', null),
      ],
      (r) => {
        const p = drawPhone(r, 'US');
        const ext = r() < 0.4 ? String(int(r, 1, 9999)) : null;
        const base = r() < 0.15 ? `+1 ${groups(p.nsn, [3, 3])}` : national(r, p);
        const extText =
          ext === null
            ? ''
            : pick(r, [
                ` x${ext}`,
                ` ext. ${ext}`,
                ` Ext ${ext}`,
                ` #${ext}`,
                `x${ext}`,
                ` ext.${ext}`,
                ` extension ${ext}`,
              ]);
        return us(base + extText, `+1${p.nsn}`, ext);
      },
      203,
    ),
  );

  // A national number with no country given cannot be told (null); an international one can.
  const mc = (phone: string, country: string, e164: string | null): Pair => ({
    input: { phone, country },
    output: { e164 },
  });
  tasks.push(
    task(
      'phone-country-sometimes',
      'phones',
      'A CRM export where the country column is often empty: to E.164 when the number or the column tells the country; null (cannot tell) for a national number with no country.',
      [
        mc('07700 900123', 'GB', '+447700900123'),
        mc('+49 89 4567890', '', '+49894567890'),
        mc('06 11 22 33 44', 'FR', '+33611223344'),
      ],
      (r) => {
        const p = drawPhone(r, pick(r, ['GB', 'DE', 'FR', 'AU']));
        const intl = r() < 0.4;
        const hasCountry = r() < 0.6;
        const phone = intl ? international(r, p) : national(r, p);
        const known = intl || hasCountry;
        return mc(phone, hasCountry ? p.iso2 : '', known ? `+${p.cc}${p.nsn}` : null);
      },
      204,
    ),
  );
}

// =============================================================== product identifiers
/** GS1 check digit (UPC-A, EAN-8, EAN-13): weights 3,1,3,… from the right of the payload. */
const gs1Check = (payload: string): string => {
  let sum = 0;
  for (let i = 0; i < payload.length; i++)
    sum += Number(payload[payload.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return String((10 - (sum % 10)) % 10);
};
/** ISBN-10 check character (weights 10…2, mod 11, 10 written X). */
const isbn10Check = (nine: string): string => {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
};
{
  const up = (upc: string, ean13: string): Pair => ({ input: { barcode: upc }, output: { ean13 } });
  const upcWritten = (r: R, full: string): string =>
    pick(r, [
      full,
      full,
      `${full[0]} ${full.slice(1, 6)} ${full.slice(6, 11)} ${full[11]}`,
      `${full[0]}-${full.slice(1, 6)}-${full.slice(6, 11)}-${full[11]}`,
      full.replace(/^0+/, ''), // a spreadsheet that read it as a number
      `${full.slice(0, 6)} ${full.slice(6)}`,
    ]);
  tasks.push(
    task(
      'upc-to-ean13',
      'identifiers',
      'UPC-A barcodes (12 digits, sometimes spaced or dashed, sometimes with leading zeros lost by a spreadsheet) to 13-digit EAN (a 0 in front).',
      [
        up('036000291452', '0036000291452'),
        up('012345678905', '0012345678905'),
        up('885909950805', '0885909950805'),
      ],
      (r) => {
        const payload = r() < 0.3 ? `0${digits(r, 10)}` : `${int(r, 1, 9)}${digits(r, 10)}`;
        const full = payload + gs1Check(payload);
        return up(spaced(r, upcWritten(r, full)), `0${full}`);
      },
      301,
    ),
  );

  const ec = (code: string, ean13: string): Pair => ({ input: { code }, output: { ean13 } });
  tasks.push(
    task(
      'ean13-check-digit',
      'identifiers',
      'Twelve-digit EAN payloads (an article list without check digits; spaces, a country prefix group) to the full EAN-13 with its computed check digit.',
      [
        ec('400638133393', '4006381333931'),
        ec('590123412345', '5901234123457'),
        ec('871125300120', '8711253001202'),
      ],
      (r) => {
        const payload = `${pick(r, ['400', '401', '590', '871', '500', '300', '761', '450', '800', '978'])}${digits(r, 9)}`;
        const written = pick(r, [
          payload,
          payload,
          `${payload[0]} ${payload.slice(1, 7)} ${payload.slice(7)}`,
          `${payload.slice(0, 3)}-${payload.slice(3)}`,
          `${payload.slice(0, 4)} ${payload.slice(4, 8)} ${payload.slice(8)}`,
        ]);
        return ec(written, payload + gs1Check(payload));
      },
      302,
    ),
  );

  const isbnHyphenate = (r: R, s: string, is13: boolean): string => {
    // Real hyphen positions depend on the registration group and publisher; any plausible split.
    const body = is13 ? s.slice(3) : s;
    const g = int(r, 1, 2);
    const p = int(r, 2, 4);
    const parts = [
      body.slice(0, g),
      body.slice(g, g + p),
      body.slice(g + p, body.length - 1),
      body.slice(-1),
    ];
    const sep = pick(r, ['-', '-', ' ']);
    return (is13 ? `${s.slice(0, 3)}${sep}` : '') + parts.join(sep);
  };
  const is = (text: string, isbn13: string): Pair => ({ input: { isbn: text }, output: { isbn13 } });
  tasks.push(
    task(
      'isbn-to-13',
      'identifiers',
      'ISBNs from a library export (ISBN-10 or ISBN-13, hyphens or spaces, "ISBN" labels, X check character) to the bare 13-digit ISBN.',
      [
        is('978-0-306-40615-7', '9780306406157'),
        is('0-306-40615-2', '9780306406157'),
        is('ISBN 978-1-4028-9462-6', '9781402894626'),
        is('080442957X', '9780804429573'),
      ],
      (r) => {
        const nine = `${int(r, 0, 1)}${digits(r, 8)}`;
        const isbn10 = nine + isbn10Check(nine);
        const twelve = `978${nine}`;
        const isbn13 = twelve + gs1Check(twelve);
        const as13 = r() < 0.5;
        const raw = as13 ? isbn13 : isbn10;
        const written = r() < 0.6 ? isbnHyphenate(r, raw, as13) : raw.toLowerCase();
        const label = pick(r, ['', '', '', 'ISBN ', 'ISBN: ', 'isbn ', as13 ? 'ISBN-13: ' : 'ISBN-10: ']);
        return is(spaced(r, label + written), isbn13);
      },
      303,
    ),
  );

  const iv = (text: string, isbn: string, valid: boolean): Pair => ({
    input: { isbn: text },
    output: { isbn, valid },
  });
  tasks.push(
    task(
      'isbn-check',
      'identifiers',
      'ISBN-10s and ISBN-13s typed by hand (hyphens, spaces, lower-case x), to the bare code (X upper case) and whether its check digit is right.',
      [
        iv('0-306-40615-2', '0306406152', true),
        iv('978-0-306-40615-7', '9780306406157', true),
        iv('0-306-40615-3', '0306406153', false),
        iv('978-1-86197-876-9', '9781861978769', true),
      ],
      (r) => {
        const nine = `${int(r, 0, 9)}${digits(r, 8)}`;
        const as13 = r() < 0.5;
        let code = as13 ? `${pick(r, ['978', '979'])}${nine}` : nine;
        code += as13 ? gs1Check(code) : isbn10Check(code);
        const typo = r() < 0.3;
        if (typo) {
          // One mistyped digit (never the check character), so the check fails.
          const at = int(r, 0, code.length - 2);
          const old = Number(code[at]);
          code = code.slice(0, at) + String((old + int(r, 1, 9)) % 10) + code.slice(at + 1);
        }
        const valid = as13
          ? gs1Check(code.slice(0, 12)) === code[12]
          : isbn10Check(code.slice(0, 9)) === code[9];
        const written = r() < 0.6 ? isbnHyphenate(r, code, as13) : code;
        return iv(r() < 0.3 ? written.toLowerCase() : written, code, valid);
      },
      304,
    ),
  );

  const STYLES = ['TS', 'HD', 'PL', 'JK', 'CAP', 'SOX'];
  const COLORS = ['BLK', 'WHT', 'NVY', 'RED', 'GRN', 'GRY', 'OLV'];
  const SKU_SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', 'OS'];
  const sk = (sku: string, style: string, color: string, size: string): Pair => ({
    input: { sku },
    output: { style, color, size },
  });
  tasks.push(
    task(
      'sku-parts',
      'identifiers',
      'Apparel SKUs written by three warehouses (dashes, underscores, slashes, spaces, lower case) split into style, colour and size codes (upper case).',
      [
        sk('TS-BLK-M', 'TS', 'BLK', 'M'),
        sk('HD-NVY-XL', 'HD', 'NVY', 'XL'),
        sk('CAP-RED-OS', 'CAP', 'RED', 'OS'),
      ],
      (r) => {
        const [s, c, z] = [pick(r, STYLES), pick(r, COLORS), pick(r, SKU_SIZES)];
        const sep = pick(r, ['-', '-', '_', '/', ' ', '.', ' - ']);
        let text = [s, c, z].join(sep);
        if (r() < 0.3) text = text.toLowerCase();
        const season = r() < 0.25 ? `${sep}${pick(r, ['SS24', 'AW24', 'FW25'])}` : ''; // a season suffix some write
        return sk(`${text}${season}`, s, c, z);
      },
      305,
    ),
  );

  const sc = (raw: string, sku: string): Pair => ({ input: { vendor_sku: raw }, output: { sku } });
  tasks.push(
    task(
      'sku-canonical',
      'identifiers',
      'Vendor part numbers (prefix, number, revision letter) with varying separators, case and zero padding, to the canonical PREFIX-000000-REV form.',
      [
        sc('WID-004512-R', 'WID-004512-R'),
        sc('wid 4512 r', 'WID-004512-R'),
        sc('BRK_000077_A', 'BRK-000077-A'),
      ],
      (r) => {
        const prefix = pick(r, ['WID', 'BRK', 'GSK', 'VLV', 'PMP', 'HSE']);
        const n = r() < 0.5 ? int(r, 1, 999) : int(r, 1000, 999999);
        const rev = pick(r, ['A', 'B', 'C', 'D', 'R', 'X']);
        const num = pick(r, [String(n), pad(n, 6), pad(n, 6), String(n).padStart(int(r, 3, 5), '0')]);
        const sep = pick(r, ['-', '-', ' ', '_', '.', '/']);
        let text = [prefix, num, rev].join(sep);
        if (r() < 0.4) text = text.toLowerCase();
        return sc(spaced(r, text), `${prefix}-${pad(n, 6)}-${rev}`);
      },
      306,
    ),
  );
}

// =============================================================== postal addresses
{
  const UK_STREETS = [
    'Baker Street',
    'High Street',
    'Station Road',
    'Church Lane',
    'Victoria Road',
    'Mill Lane',
    'The Crescent',
    'Queens Drive',
    'Park Avenue',
  ];
  const UK_TOWNS: [string, string[]][] = [
    ['London', ['SW1A', 'NW1', 'E14', 'SE15', 'W1D', 'N7']],
    ['Manchester', ['M1', 'M14', 'M20']],
    ['Birmingham', ['B1', 'B33', 'B15']],
    ['Edinburgh', ['EH1', 'EH10']],
    ['Leeds', ['LS6', 'LS1']],
    ['Cardiff', ['CF10', 'CF24']],
    ['Newcastle upon Tyne', ['NE1', 'NE6']],
    ['Milton Keynes', ['MK9', 'MK10']],
  ];
  const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
  const uk = (text: string, flat: string | null, street: string, town: string, postcode: string): Pair => ({
    input: { address: text },
    output: { flat, street, town, postcode },
  });
  tasks.push(
    task(
      'address-uk',
      'addresses',
      'UK addresses (one line or several, optional flat, town in capitals as Royal Mail writes it, postcode with or without its space) to flat, street, town and postcode.',
      [
        uk('221B Baker Street, London NW1 6XE', null, '221B Baker Street', 'London', 'NW1 6XE'),
        uk('Flat 3, 12 Station Road, Leeds LS6 2AB', 'Flat 3', '12 Station Road', 'Leeds', 'LS6 2AB'),
        uk('7 Mill Lane\nCARDIFF\nCF10 1AA', null, '7 Mill Lane', 'Cardiff', 'CF10 1AA'),
      ],
      (r) => {
        const [town, districts] = pick(r, UK_TOWNS);
        const postcode = `${pick(r, districts)} ${int(r, 1, 9)}${LETTERS[int(r, 0, 19)]}${LETTERS[int(r, 0, 19)]}`;
        const street = `${int(r, 1, 240)}${r() < 0.1 ? pick(r, ['A', 'B']) : ''} ${pick(r, UK_STREETS)}`;
        const flat = r() < 0.3 ? `${pick(r, ['Flat', 'Flat', 'Apartment', 'Unit'])} ${int(r, 1, 40)}` : null;
        const townW = r() < 0.4 ? town.toUpperCase() : town;
        const pcW = pick(r, [postcode, postcode, postcode.replace(' ', ''), postcode.toLowerCase()]);
        const parts = [...(flat ? [flat] : []), street, r() < 0.5 ? `${townW} ${pcW}` : [townW, pcW]].flat();
        const county = r() < 0.15 ? ['United Kingdom'] : [];
        const sep = pick(r, [', ', ', ', '\n', ' , ']);
        return uk([...parts, ...county].join(sep), flat, street, town, postcode);
      },
      401,
    ),
  );

  const DE_STREETS = [
    'Hauptstraße',
    'Bahnhofstraße',
    'Am Markt',
    'Königsallee',
    'Unter den Linden',
    'Schillerweg',
    'Lindenplatz',
    'Goethestraße',
  ];
  const DE_CITIES: [string, string][] = [
    ['Berlin', '10'],
    ['München', '80'],
    ['Köln', '50'],
    ['Frankfurt am Main', '60'],
    ['Hamburg', '20'],
    ['Leipzig', '04'],
    ['Düsseldorf', '40'],
  ];
  const de = (text: string, street: string, houseNumber: string, postcode: string, city: string): Pair => ({
    input: { address: text },
    output: { street, houseNumber, postcode, city },
  });
  tasks.push(
    task(
      'address-de',
      'addresses',
      'German addresses (street then number, "D-" postcode prefix, comma or line break, country sometimes appended) to street, house number, postcode and city.',
      [
        de('Hauptstraße 5, 10115 Berlin', 'Hauptstraße', '5', '10115', 'Berlin'),
        de('Am Markt 12a\n50667 Köln', 'Am Markt', '12a', '50667', 'Köln'),
        de('Goethestraße 40, 80336 München', 'Goethestraße', '40', '80336', 'München'),
      ],
      (r) => {
        const [city, pre] = pick(r, DE_CITIES);
        const postcode = `${pre}${digits(r, 3)}`;
        const street = pick(r, DE_STREETS);
        const n = int(r, 1, 180);
        const houseNumber = pick(r, [String(n), String(n), String(n), `${n}a`, `${n}b`, `${n}-${n + 2}`]);
        const numW =
          r() < 0.2 && /[ab]$/.test(houseNumber) ? houseNumber.replace(/([ab])$/, ' $1') : houseNumber;
        const pcW = pick(r, [postcode, postcode, postcode, `D-${postcode}`, `DE-${postcode}`]);
        const sep = pick(r, [', ', ', ', '\n', ' ']);
        const country = r() < 0.15 ? `${sep}${pick(r, ['Deutschland', 'Germany', 'DEUTSCHLAND'])}` : '';
        return de(`${street} ${numW}${sep}${pcW} ${city}${country}`, street, houseNumber, postcode, city);
      },
      402,
    ),
  );

  const FR_STREETS = [
    'rue de la Paix',
    'avenue des Champs-Élysées',
    'boulevard Saint-Michel',
    'rue Victor Hugo',
    'place Bellecour',
    'chemin des Vignes',
    'allée des Tilleuls',
  ];
  const FR_CITIES: [string, string][] = [
    ['Paris', '750'],
    ['Lyon', '690'],
    ['Marseille', '130'],
    ['Toulouse', '310'],
    ['Bordeaux', '330'],
    ['Lille', '590'],
    ['Nantes', '440'],
  ];
  const fr = (text: string, number: string, street: string, postcode: string, city: string): Pair => ({
    input: { adresse: text },
    output: { number, street, postcode, city },
  });
  tasks.push(
    task(
      'address-fr',
      'addresses',
      'French addresses (number first, bis/ter, comma after the number or not, CEDEX, city in any case) to number, street, postcode and city in capitals as La Poste writes it.',
      [
        fr('12 rue de la Paix, 75002 Paris', '12', 'rue de la Paix', '75002', 'PARIS'),
        fr('3 bis, place Bellecour 69002 LYON', '3 bis', 'place Bellecour', '69002', 'LYON'),
        fr('48 rue Victor Hugo, 33000 Bordeaux', '48', 'rue Victor Hugo', '33000', 'BORDEAUX'),
      ],
      (r) => {
        const [city, pre] = pick(r, FR_CITIES);
        const postcode = `${pre}${pad(int(r, 1, 20))}`;
        const street = pick(r, FR_STREETS);
        const n = int(r, 1, 150);
        const number = r() < 0.2 ? `${n} ${pick(r, ['bis', 'ter'])}` : String(n);
        const streetW = r() < 0.2 ? cap(street[0] ?? '') + street.slice(1) : street;
        const cityW = pick(r, [city, city.toUpperCase(), city.toUpperCase()]);
        const cedex =
          r() < 0.15 ? ` ${pick(r, ['CEDEX', 'Cedex'])}${r() < 0.5 ? ` ${pad(int(r, 1, 20))}` : ''}` : '';
        const sep = pick(r, [', ', ', ', '\n', ' ']);
        const text = `${number}${r() < 0.3 ? ',' : ''} ${streetW}${sep}${postcode} ${cityW}${cedex}`;
        return fr(text, number, street, postcode, city.toUpperCase());
      },
      403,
    ),
  );

  const PROVINCES: [string, string, string, string[]][] = [
    ['ON', 'Ontario', 'MKLNP', ['Toronto', 'Ottawa', 'Hamilton']],
    ['QC', 'Québec', 'GHJ', ['Montréal', 'Québec', 'Laval']],
    ['BC', 'British Columbia', 'V', ['Vancouver', 'Victoria']],
    ['AB', 'Alberta', 'T', ['Calgary', 'Edmonton']],
    ['MB', 'Manitoba', 'R', ['Winnipeg']],
    ['NS', 'Nova Scotia', 'B', ['Halifax']],
  ];
  const provinceTable: Record<string, string> = Object.fromEntries(PROVINCES.map(([c, n]) => [n, c]));
  provinceTable.Quebec = 'QC';
  const ca = (text: string, city: string, province: string, postalCode: string): Pair => ({
    input: { address: text },
    output: { city, province, postalCode },
  });
  const CA_STREETS = [
    'Main St',
    'King St W',
    'rue Sainte-Catherine',
    'Jasper Ave',
    'Portage Ave',
    'Robson St',
    'Spring Garden Rd',
  ];
  tasks.push(
    task(
      'address-ca',
      'addresses',
      'Canadian addresses (English and French order, province code or full name, postal code in any case with or without its space) to city, province code and postal code "A1A 1A1"; a province-name table is given.',
      [
        ca('123 Main St, Toronto, ON M5V 2T6', 'Toronto', 'ON', 'M5V 2T6'),
        ca('1200 Robson St, Vancouver, BC V6E 1C3', 'Vancouver', 'BC', 'V6E 1C3'),
        ca('455 rue Sainte-Catherine, Montréal (Québec) H2X 1Y4', 'Montréal', 'QC', 'H2X 1Y4'),
      ],
      (r) => {
        const [code, name, firsts, cities] = pick(r, PROVINCES);
        const city = pick(r, cities);
        const L = 'ABCEGHJKLMNPRSTVWXYZ';
        const pc = `${pick(r, [...firsts])}${int(r, 0, 9)}${L[int(r, 0, 19)]} ${int(r, 0, 9)}${L[int(r, 0, 19)]}${int(r, 0, 9)}`;
        const pcW = pick(r, [pc, pc, pc.replace(' ', ''), pc.toLowerCase()]);
        const street = `${int(r, 1, 9999)} ${pick(r, CA_STREETS)}`;
        const provW = r() < 0.25 ? (name === 'Québec' && r() < 0.5 ? 'Quebec' : name) : code;
        const text =
          code === 'QC' && r() < 0.5
            ? `${street}, ${city} (${provW === code ? 'Québec' : provW}) ${pcW}`
            : `${street}${pick(r, [', ', '\n'])}${city}${pick(r, [', ', ' '])}${provW}${pick(r, [' ', '  ', ', '])}${pcW}`;
        return ca(text, city, code, pc);
      },
      404,
      { lookups: { province: provinceTable } },
    ),
  );

  const JP: [string, string, string[], string[]][] = [
    [
      'Tokyo',
      'Tokyo-to',
      ['Shibuya-ku', 'Shinjuku-ku', 'Minato-ku', 'Setagaya-ku'],
      ['Jingumae', 'Nishi-Shinjuku', 'Roppongi', 'Sangenjaya'],
    ],
    ['Osaka', 'Osaka-fu', ['Kita-ku', 'Chuo-ku', 'Naniwa-ku'], ['Umeda', 'Shinsaibashi', 'Namba']],
    ['Kyoto', 'Kyoto-fu', ['Higashiyama-ku', 'Sakyo-ku'], ['Gion', 'Yoshida']],
    ['Kanagawa', 'Kanagawa-ken', ['Yokohama-shi', 'Kawasaki-shi'], ['Minatomirai', 'Motosumiyoshi']],
    ['Hokkaido', 'Hokkaido', ['Sapporo-shi', 'Hakodate-shi'], ['Odori', 'Motomachi']],
  ];
  const jp = (
    text: string,
    postcode: string,
    prefecture: string,
    municipality: string,
    district: string,
    block: string,
  ): Pair => ({
    input: { address: text },
    output: { postcode, prefecture, municipality, district, block },
  });
  tasks.push(
    task(
      'address-jp-romanized',
      'addresses',
      'Romanized Japanese addresses, written small-to-large (Western order) or large-to-small (Japanese order, 〒 mark), "-to/-fu/-ken" or "Prefecture" or nothing, to postcode, prefecture, municipality, district and block number.',
      [
        jp(
          '1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001',
          '150-0001',
          'Tokyo',
          'Shibuya-ku',
          'Jingumae',
          '1-2-3',
        ),
        jp('〒530-0001 Osaka-fu Kita-ku Umeda 2-4-9', '530-0001', 'Osaka', 'Kita-ku', 'Umeda', '2-4-9'),
        jp(
          '3-7-1 Minatomirai, Yokohama-shi, Kanagawa 220-0012',
          '220-0012',
          'Kanagawa',
          'Yokohama-shi',
          'Minatomirai',
          '3-7-1',
        ),
      ],
      (r) => {
        const [pref, prefFull, munis, districts] = pick(r, JP);
        const muni = pick(r, munis);
        const district = pick(r, districts);
        const block = `${int(r, 1, 9)}-${int(r, 1, 30)}-${int(r, 1, 20)}`;
        const postcode = `${int(r, 100, 999)}-${digits(r, 4)}`;
        const prefW = pick(r, [pref, prefFull, `${pref} Prefecture`, pref.toUpperCase()]);
        const muniW = pick(r, [
          muni,
          muni,
          muni.replace('-', ' '),
          muni.replace(/-(\w)/, (_m, c: string) => `-${c.toUpperCase()}`),
        ]);
        const pcW = pick(r, [postcode, postcode, postcode.replace('-', '')]);
        const text =
          r() < 0.5
            ? `${block} ${district}, ${muniW}, ${prefW} ${pcW}${r() < 0.2 ? ', Japan' : ''}`
            : `${pick(r, ['〒', '〒', ''])}${pcW} ${prefW}${pick(r, [' ', ', '])}${muniW}${pick(r, [' ', ', '])}${district} ${block}`;
        return jp(text, postcode, pref, muni, district, block);
      },
      405,
    ),
  );

  const STATES: [string, string, [string, string][]][] = [
    [
      'CA',
      'California',
      [
        ['San Francisco', '941'],
        ['Los Angeles', '900'],
        ['San Diego', '921'],
      ],
    ],
    [
      'NY',
      'New York',
      [
        ['New York', '100'],
        ['Brooklyn', '112'],
        ['Buffalo', '142'],
      ],
    ],
    [
      'TX',
      'Texas',
      [
        ['Austin', '787'],
        ['Houston', '770'],
      ],
    ],
    ['IL', 'Illinois', [['Chicago', '606']]],
    ['WA', 'Washington', [['Seattle', '981']]],
    [
      'MA',
      'Massachusetts',
      [
        ['Boston', '021'],
        ['Cambridge', '021'],
      ],
    ],
    ['DC', 'District of Columbia', [['Washington', '200']]],
  ];
  const US_STREETS = [
    'Main St',
    'Market Street',
    'Broadway',
    'Pennsylvania Ave NW',
    'Elm St.',
    'Ocean Blvd',
    '5th Avenue',
  ];
  const usa = (text: string, street: string, city: string, state: string, zip: string): Pair => ({
    input: { address: text },
    output: { street, city, state, zip },
  });
  tasks.push(
    task(
      'address-us',
      'addresses',
      'US addresses (suite lines, ZIP or ZIP+4, state code in any case or the state written out, commas or not) to street, city, two-letter state and five-digit ZIP.',
      [
        usa(
          '1600 Pennsylvania Ave NW, Washington, DC 20500',
          '1600 Pennsylvania Ave NW',
          'Washington',
          'DC',
          '20500',
        ),
        usa('350 5th Avenue, New York, NY 10118', '350 5th Avenue', 'New York', 'NY', '10118'),
        usa(
          '1 Market Street, San Francisco, CA 94105-1420',
          '1 Market Street',
          'San Francisco',
          'CA',
          '94105',
        ),
      ],
      (r) => {
        const [code, name, cities] = pick(r, STATES);
        const [city, zp] = pick(r, cities);
        const zip = `${zp}${digits(r, 2)}`;
        const street = `${int(r, 1, 9999)} ${pick(r, US_STREETS)}`;
        const suite =
          r() < 0.2
            ? `${pick(r, [', ', ' '])}${pick(r, ['Suite', 'Ste', 'Apt', '#'])} ${int(r, 1, 900)}`
            : '';
        const stateW = r() < 0.15 ? name : pick(r, [code, code, code, code.toLowerCase()]);
        const zipW = r() < 0.3 ? `${zip}-${digits(r, 4)}` : zip;
        const text = `${street}${suite}${pick(r, [', ', ', ', '\n'])}${city}${pick(r, [', ', ', ', ' '])}${stateW} ${zipW}`;
        return usa(text, street, city, code, zip);
      },
      406,
    ),
  );
}

// =============================================================== dates, times, time zones
{
  const dw = (text: string, t: Day): Pair => ({ input: { when: text }, output: { date: iso(t) } });
  const words = (r: R, t: Day): string => {
    const M = MONTH[t.mo - 1] ?? '';
    const m = MON[t.mo - 1] ?? '';
    const W = WEEKDAY[weekday(t)] ?? '';
    return pick(r, [
      `${ordinal(t.d)} of ${M} ${t.y}`,
      `${ordinal(t.d)} ${M} ${t.y}`,
      `${M} ${ordinal(t.d)}, ${t.y}`,
      `${M} ${t.d}, ${t.y}`,
      `${t.d} ${m} ${t.y}`,
      `${t.d} ${m}. ${t.y}`,
      `${W}, ${t.d} ${M} ${t.y}`,
      `${W.slice(0, 3)} ${m} ${t.d} ${t.y}`,
      `${t.d}-${m}-${t.y}`,
      `${M.toUpperCase()} ${t.d} ${t.y}`,
      `the ${ordinal(t.d)} of ${M.toLowerCase()}, ${t.y}`,
    ]);
  };
  tasks.push(
    task(
      'date-ordinal-words',
      'dates',
      'Dates written in words ("3rd of March 2024", "March 3rd, 2024", "Sunday, 3 March 2024", "3-Mar-2024") to ISO dates.',
      [
        dw('3rd of March 2024', { y: 2024, mo: 3, d: 3 }),
        dw('March 21st, 2024', { y: 2024, mo: 3, d: 21 }),
        dw('12 Apr 2024', { y: 2024, mo: 4, d: 12 }),
      ],
      (r) => {
        const t = day(r);
        return dw(spaced(r, words(r, t)), t);
      },
      501,
    ),
  );

  const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'nl-NL'] as const;
  const localDate = (r: R, t: Day, locale: string): string => {
    const yy = r() < 0.4 ? pad(t.y % 100) : String(t.y);
    const z = r() < 0.7;
    const [d, m] = z ? [pad(t.d), pad(t.mo)] : [String(t.d), String(t.mo)];
    switch (locale) {
      case 'en-US':
        return `${m}/${d}/${yy}`;
      case 'en-GB':
      case 'fr-FR':
        return `${d}/${m}/${yy}`;
      case 'de-DE':
        return `${d}.${m}.${yy}`;
      case 'nl-NL':
        return `${d}-${m}-${yy}`;
      default:
        return `${t.y}/${pad(t.mo)}/${pad(t.d)}`;
    }
  };
  const dl = (text: string, locale: string, t: Day): Pair => ({
    input: { date: text, locale },
    output: { date: iso(t) },
  });
  tasks.push(
    task(
      'date-with-locale',
      'dates',
      "Numeric dates from offices in several countries, with the writer's locale in a column (en-US month first, en-GB/fr-FR day first, de-DE dots, nl-NL dashes, ja-JP year first; two-digit years are 20xx), to ISO dates.",
      [
        dl('03/04/24', 'en-US', { y: 2024, mo: 3, d: 4 }),
        dl('03/04/24', 'en-GB', { y: 2024, mo: 4, d: 3 }),
        dl('17.09.2024', 'de-DE', { y: 2024, mo: 9, d: 17 }),
        dl('12/25/2023', 'en-US', { y: 2023, mo: 12, d: 25 }),
      ],
      (r) => {
        const t = day(r, 2001, 2030);
        const locale = pick(r, LOCALES);
        return dl(localDate(r, t, locale), locale, t);
      },
      502,
    ),
  );

  // Both readings possible and different: cannot tell (null).
  const da = (text: string, date: string | null): Pair => ({ input: { posted: text }, output: { date } });
  tasks.push(
    task(
      'date-slash-ambiguous',
      'dates',
      'Slash dates from a merged export where some rows are month-first and some day-first and no locale is kept: the ISO date when only one reading is a real date (or both give the same day), else null (cannot tell).',
      [
        da('25/03/2024', '2024-03-25'),
        da('03/25/2024', '2024-03-25'),
        da('03/04/2024', null),
        da('07/07/2024', '2024-07-07'),
      ],
      (r) => {
        const t = day(r, 2015, 2027);
        const monthFirst = r() < 0.5;
        const [a, b] = monthFirst ? [t.mo, t.d] : [t.d, t.mo];
        const text = `${pad(a)}/${pad(b)}/${t.y}`;
        const other = { y: t.y, mo: t.d, d: t.mo }; // the swapped reading
        const otherReal = other.mo <= 12 && other.d <= daysIn(other.y, other.mo);
        const same = t.d === t.mo;
        return da(text, !otherReal || same ? iso(t) : null);
      },
      503,
    ),
  );

  interface Moment extends Day {
    h: number;
    mi: number;
    s: number;
  }
  const moment = (r: R): Moment => ({
    ...day(r, 2020, 2026),
    h: int(r, 0, 23),
    mi: int(r, 0, 59),
    s: r() < 0.5 ? 0 : int(r, 0, 59),
  });
  const utcIso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
  const msOf = (t: Moment): number => Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s);
  const hm = (t: Moment, secs: boolean): string => `${pad(t.h)}:${pad(t.mi)}${secs ? `:${pad(t.s)}` : ''}`;
  const offText = (min: number, style: number): string => {
    if (min === 0 && style === 0) return 'Z';
    const sign = min < 0 ? '-' : '+';
    const a = Math.abs(min);
    return style === 2
      ? `${sign}${pad(Math.floor(a / 60))}${pad(a % 60)}`
      : `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
  };
  const tu = (text: string, utc: string): Pair => ({ input: { timestamp: text }, output: { utc } });
  tasks.push(
    task(
      'datetime-offset-to-utc',
      'dates',
      'Timestamps with a UTC offset or Z, from several systems (T or space, seconds or not, +01:00/+0100, fractional seconds), to UTC ISO 8601 with seconds.',
      [
        tu('2024-03-03T10:00Z', '2024-03-03T10:00:00Z'),
        tu('2024-03-03 11:30:00+01:00', '2024-03-03T10:30:00Z'),
        tu('2024-03-02T21:15:00-05:00', '2024-03-03T02:15:00Z'),
      ],
      (r) => {
        const local = moment(r);
        const off = pick(r, [0, 0, 60, 120, -300, -240, -420, 330, 540, 600, -180, 345]);
        const secs = local.s !== 0 || r() < 0.5;
        const frac = secs && r() < 0.2 ? `.${digits(r, 3)}` : '';
        const text = `${iso(local)}${pick(r, ['T', 'T', ' '])}${hm(local, secs)}${frac}${offText(off, int(r, 0, 2))}`;
        return tu(text, utcIso(msOf(local) - off * 60000));
      },
      504,
    ),
  );

  // Each region's abbreviation as people write it in that season (summer time April–October).
  const ZONES: [[string, number], [string, number]][] = [
    [
      ['UTC', 0],
      ['UTC', 0],
    ],
    [
      ['GMT', 0],
      ['BST', 60],
    ],
    [
      ['CET', 60],
      ['CEST', 120],
    ],
    [
      ['EST', -300],
      ['EDT', -240],
    ],
    [
      ['CST', -360],
      ['CDT', -300],
    ],
    [
      ['PST', -480],
      ['PDT', -420],
    ],
    [
      ['JST', 540],
      ['JST', 540],
    ],
    [
      ['IST', 330],
      ['IST', 330],
    ],
    [
      ['AEDT', 660],
      ['AEST', 600],
    ],
  ];
  const tz = (text: string, utc: string): Pair => ({ input: { meeting: text }, output: { utc } });
  const clock12 = (t: Moment): string =>
    `${t.h % 12 === 0 ? 12 : t.h % 12}:${pad(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;
  tasks.push(
    task(
      'datetime-zone-abbrev',
      'dates',
      'Meeting times written with a time-zone abbreviation (EST, CEST, JST, IST = India, …), 12- or 24-hour clock, to UTC ISO 8601.',
      [
        tz('2024-03-05 09:00 EST', '2024-03-05T14:00:00Z'),
        tz('2024-06-12 14:30 CEST', '2024-06-12T12:30:00Z'),
        tz('2024-04-01 10:00 JST', '2024-04-01T01:00:00Z'),
      ],
      (r) => {
        const t = { ...moment(r), s: 0 };
        const [winter, summer] = pick(r, ZONES);
        const [zone, off] = t.mo >= 4 && t.mo <= 10 ? summer : winter;
        const datePart = r() < 0.7 ? iso(t) : `${MON[t.mo - 1]} ${t.d}, ${t.y}`;
        const timePart = r() < 0.6 ? hm(t, false) : clock12(t);
        const text = `${datePart}${r() < 0.2 ? ' at' : ''} ${timePart} ${r() < 0.15 ? `(${zone})` : zone}`;
        return tz(text, utcIso(msOf(t) - off * 60000));
      },
      505,
    ),
  );

  const tm = (text: string, time: string): Pair => ({ input: { opens: text }, output: { time } });
  const timeWords = (r: R, h: number, mi: number): string => {
    const h12 = h % 12 === 0 ? 12 : h % 12;
    const pm = h >= 12;
    if (h === 12 && mi === 0 && r() < 0.5) return pick(r, ['noon', 'Noon', '12 noon']);
    if (h === 0 && mi === 0 && r() < 0.5) return pick(r, ['midnight', 'Midnight']);
    return pick(r, [
      `${h12}:${pad(mi)} ${pm ? 'PM' : 'AM'}`,
      `${h12}:${pad(mi)}${pm ? 'pm' : 'am'}`,
      `${h12}:${pad(mi)} ${pm ? 'p.m.' : 'a.m.'}`,
      mi === 0 ? `${h12}${pm ? 'pm' : 'am'}` : `${h12}.${pad(mi)}${pm ? 'pm' : 'am'}`,
      `${pad(h)}:${pad(mi)}`,
      `${h}:${pad(mi)}`,
      `${pad(h)}${pad(mi)}h`,
      `${h}h${pad(mi)}`,
    ]);
  };
  tasks.push(
    task(
      'time-12h-24h',
      'dates',
      'Opening times typed by shop owners (3pm, 3:30 PM, 9.15am, 15:30, 0930h, 9h30, noon, midnight) to 24-hour HH:MM.',
      [tm('9am', '09:00'), tm('5:30 PM', '17:30'), tm('14:00', '14:00'), tm('noon', '12:00')],
      (r) => {
        const h = r() < 0.1 ? pick(r, [0, 12]) : int(r, 0, 23);
        const mi = r() < 0.1 ? 0 : pick(r, [0, 0, 15, 30, 45, int(r, 0, 59)]);
        return tm(spaced(r, timeWords(r, h, mi)), `${pad(h)}:${pad(mi)}`);
      },
      506,
    ),
  );

  const my = (text: string, month: string): Pair => ({ input: { period: text }, output: { month } });
  tasks.push(
    task(
      'month-year',
      'dates',
      "Billing periods written as a month and a year (Mar 2024, 03/2024, 2024-03, March '24, 3.2024, 202403) to YYYY-MM.",
      [my('Mar 2024', '2024-03'), my('03/2024', '2024-03'), my('November 2023', '2023-11')],
      (r) => {
        const y = int(r, 2010, 2029);
        const mo = int(r, 1, 12);
        const text = pick(r, [
          `${MON[mo - 1]} ${y}`,
          `${MONTH[mo - 1]} ${y}`,
          `${pad(mo)}/${y}`,
          `${mo}/${y}`,
          `${y}-${pad(mo)}`,
          `${MONTH[mo - 1]} '${pad(y % 100)}`,
          `${mo}.${y}`,
          `${y}${pad(mo)}`,
          `${(MON[mo - 1] ?? '').toUpperCase()}-${pad(y % 100)}`,
        ]);
        return my(spaced(r, text), `${y}-${pad(mo)}`);
      },
      507,
    ),
  );
}

// =============================================================== amounts, durations, percentages, units
{
  /** 1234.5 → "1,234.50" (or another locale's separators). */
  const grouped = (x: number, thousands: string, decimal: string, decimals = 2): string => {
    const [i, f] = x.toFixed(decimals).split('.');
    const int3 = (i ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
    return f === undefined ? int3 : `${int3}${decimal}${f}`;
  };
  const mo = (text: string, amount: number, currency: string | null): Pair => ({
    input: { price: text },
    output: { amount, currency },
  });
  tasks.push(
    task(
      'money-currency',
      'prices',
      'Prices from shops in several countries ($1,234.50, € 1.234,50, 1 234,50 €, GBP 99, ¥1200, CHF 12.–, 12,50 EUR) to amount and ISO currency; "kr" alone (Swedish, Norwegian or Danish) cannot be told (currency null).',
      [
        mo('$1,234.50', 1234.5, 'USD'),
        mo('€ 1.234,50', 1234.5, 'EUR'),
        mo('GBP 99.00', 99, 'GBP'),
        mo('¥1200', 1200, 'JPY'),
      ],
      (r) => {
        const cur = pick(r, ['USD', 'EUR', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'SEK', 'KR']);
        const amount =
          cur === 'JPY' ? int(r, 80, 250000) : round(int(r, 1, 500000) / 100, 2) * (r() < 0.2 ? 10 : 1);
        const a = round(amount, 2);
        let text: string;
        switch (cur) {
          case 'USD':
            text = pick(r, [
              `$${grouped(a, ',', '.')}`,
              `US$ ${grouped(a, ',', '.')}`,
              `USD ${a.toFixed(2)}`,
              `${grouped(a, ',', '.')} USD`,
            ]);
            break;
          case 'EUR':
            text = pick(r, [
              `€ ${grouped(a, '.', ',')}`,
              `${grouped(a, '.', ',')} €`,
              `${grouped(a, ' ', ',')} €`,
              `EUR ${a.toFixed(2)}`,
              `${a.toFixed(2).replace('.', ',')} EUR`,
              `€${grouped(a, ',', '.')}`,
            ]);
            break;
          case 'GBP':
            text = pick(r, [`£${grouped(a, ',', '.')}`, `GBP ${a.toFixed(2)}`, `£ ${a.toFixed(2)}`]);
            break;
          case 'JPY':
            text = pick(r, [
              `¥${grouped(a, ',', '.', 0)}`,
              `${grouped(a, ',', '.', 0)}円`,
              `JPY ${a}`,
              `￥${a}`,
            ]);
            break;
          case 'CHF':
            text = pick(r, [
              `CHF ${grouped(a, "'", '.')}`,
              `Fr. ${a.toFixed(2)}`,
              Number.isInteger(a) ? `CHF ${a}.–` : `${a.toFixed(2)} CHF`,
            ]);
            break;
          case 'CAD':
            text = pick(r, [`CA$${grouped(a, ',', '.')}`, `C$ ${a.toFixed(2)}`, `${a.toFixed(2)} CAD`]);
            break;
          case 'SEK':
            text = pick(r, [`${grouped(a, ' ', ',')} SEK`, `SEK ${a.toFixed(2)}`]);
            break;
          default:
            text = pick(r, [
              `${grouped(a, ' ', ',')} kr`,
              `kr ${grouped(a, '.', ',')}`,
              `${a.toFixed(2).replace('.', ',')} kr.`,
            ]);
        }
        return mo(spaced(r, text), a, cur === 'KR' ? null : cur);
      },
      601,
    ),
  );

  const du = (text: string, seconds: number): Pair => ({ input: { duration: text }, output: { seconds } });
  const durText = (r: R, s: number): string => {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    const opts = [
      `${pad(h)}:${pad(m)}:${pad(sec)}`,
      `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec || (!h && !m) ? `${sec}S` : ''}`,
      [h ? `${h}h` : '', m ? `${m}m` : '', sec ? `${sec}s` : ''].filter(Boolean).join(' ') || '0s',
      [h ? `${h} hr${h > 1 ? 's' : ''}` : '', m ? `${m} min` : '', sec ? `${sec} sec` : '']
        .filter(Boolean)
        .join(' ') || '0 sec',
    ];
    if (sec === 0 && m % 6 === 0 && h > 0) opts.push(`${h + m / 60} hours`, `${h + m / 60}h`);
    if (sec === 0 && h === 0) opts.push(`${m} minutes`, `${m} mins`);
    if (sec === 0 && s < 36000) opts.push(`${s / 60} min`);
    if (s % 86400 === 0) opts.push(`${s / 86400} day${s > 86400 ? 's' : ''}`);
    return pick(r, opts);
  };
  tasks.push(
    task(
      'duration-to-seconds',
      'durations',
      'Durations logged by people and tools (1h 30m, 90 min, 01:30:00, 1.5 hours, PT1H30M, 2 days, 45s) to whole seconds.',
      [du('1h 30m', 5400), du('90 min', 5400), du('00:45:10', 2710), du('2 hours', 7200)],
      (r) => {
        const u = r();
        const s =
          u < 0.1
            ? int(r, 1, 7) * 86400
            : u < 0.4
              ? int(r, 1, 120) * 60
              : u < 0.7
                ? int(r, 1, 12) * 3600 + pick(r, [0, 6, 12, 30, 45]) * 60
                : int(r, 1, 20000);
        return du(spaced(r, durText(r, s)), s);
      },
      602,
    ),
  );

  // The column is "discount %": a bare number is percentage points, like the written ones.
  const pc = (text: string, rate: number): Pair => ({ input: { discount: text }, output: { rate } });
  tasks.push(
    task(
      'percent-to-fraction',
      'units',
      'Discount percentages from a price list (12%, 12 %, 12,5 %, -3.2%, +4%, 15 pct, 7.5 percent, a bare 20 meaning 20%) to a fraction (0.12).',
      [pc('12%', 0.12), pc('7.5%', 0.075), pc('30 %', 0.3)],
      (r) => {
        const tenths = r() < 0.6 ? int(r, 0, 90) * 10 : int(r, 1, 999);
        const neg = r() < 0.1;
        const v = (neg ? -tenths : tenths) / 10;
        const num = String(v);
        const text = pick(r, [
          `${num}%`,
          `${num}%`,
          `${num} %`,
          `${num.replace('.', ',')} %`,
          `${v > 0 && r() < 0.5 ? '+' : ''}${num}%`,
          `${num} pct`,
          `${num} percent`,
          num,
        ]);
        return pc(spaced(r, text), round(v / 100, 6));
      },
      603,
    ),
  );

  const te = (text: string, celsius: number): Pair => ({ input: { reading: text }, output: { celsius } });
  tasks.push(
    task(
      'temperature-celsius',
      'units',
      'Temperature readings from mixed sensors and people (72°F, 22 °C, 295.15 K, -4 C, 98.6 F, 21.5°) to Celsius rounded to one decimal; a bare degree sign means Celsius.',
      [te('72°F', 22.2), te('22 °C', 22), te('-4 C', -4), te('98.6 F', 37)],
      (r) => {
        const unit = pick(r, ['C', 'C', 'F', 'F', 'K', 'deg']);
        const c = round(int(r, -300, 450) / 10, 1);
        let shown: number;
        let text: string;
        if (unit === 'F') {
          shown = round((c * 9) / 5 + 32, 1);
          text = pick(r, [
            `${shown}°F`,
            `${shown} °F`,
            `${shown} F`,
            `${shown}F`,
            `${shown} deg F`,
            `${shown} ºF`,
          ]);
        } else if (unit === 'K') {
          shown = round(c + 273.15, 2);
          text = pick(r, [`${shown} K`, `${shown}K`]);
        } else if (unit === 'C') {
          shown = c;
          text = pick(r, [
            `${shown}°C`,
            `${shown} °C`,
            `${shown} C`,
            `${shown}C`,
            `${shown} deg C`,
            `${shown}℃`,
          ]);
        } else {
          shown = c;
          text = `${shown}°`;
        }
        const celsius =
          unit === 'F' ? round(((shown - 32) * 5) / 9, 1) : unit === 'K' ? round(shown - 273.15, 1) : shown;
        return te(spaced(r, text), celsius);
      },
      604,
    ),
  );

  // kB/MB/GB/TB are decimal (SI), KiB/MiB/GiB/TiB binary, as the IEC standard says.
  const UNITS: [string[], number][] = [
    [['B', 'bytes', 'byte'], 1],
    [['kB', 'KB', 'kb'], 1e3],
    [['MB', 'mb', 'Mb'], 1e6],
    [['GB', 'gb', 'G'], 1e9],
    [['TB'], 1e12],
    [['KiB'], 1024],
    [['MiB'], 1024 ** 2],
    [['GiB', 'gib'], 1024 ** 3],
  ];
  const fs = (text: string, bytes: number): Pair => ({ input: { size: text }, output: { bytes } });
  tasks.push(
    task(
      'file-size-bytes',
      'units',
      'File sizes from several tools (1.5 GB, 512KB, 2 GiB, 1,024 bytes, 3.2 TB) to bytes; kB/MB/GB are decimal, KiB/MiB/GiB binary.',
      [fs('1.5 GB', 1500000000), fs('512 KB', 512000), fs('2 GiB', 2147483648), fs('800 bytes', 800)],
      (r) => {
        const [names, factor] = pick(r, UNITS);
        const n = factor === 1 ? int(r, 0, 99999) : r() < 0.5 ? int(r, 1, 999) : int(r, 1, 9999) / 10;
        const bytes = Math.round(n * factor);
        const num = factor === 1 && n >= 1000 && r() < 0.5 ? grouped(n, ',', '.', 0) : String(n);
        return fs(spaced(r, `${num}${pick(r, [' ', ' ', ''])}${pick(r, names)}`), bytes);
      },
      605,
    ),
  );

  const NUMBER_WORDS = [
    '',
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
  ];
  const pq = (text: string, units: number): Pair => ({ input: { pack: text }, output: { units } });
  tasks.push(
    task(
      'pack-quantity',
      'units',
      'Pack sizes on supplier invoices (6-pack, pack of 12, 24 ct, 1 dozen, 2 x 6, a pair, single) to the number of units.',
      [pq('6-pack', 6), pq('pack of 12', 12), pq('24 ct', 24)],
      (r) => {
        const u = r();
        if (u < 0.12) {
          const d = int(r, 1, 4);
          return pq(
            pick(r, [`${d} dozen`, `${d} doz`, d === 1 ? 'a dozen' : `${NUMBER_WORDS[d]} dozen`]),
            d * 12,
          );
        }
        if (u < 0.22) {
          const [a, b] = [int(r, 2, 6), pick(r, [4, 6, 10, 12, 24])];
          return pq(pick(r, [`${a} x ${b}`, `${a}x${b}`, `${a} × ${b}`]), a * b);
        }
        if (u < 0.27) {
          const [word, units] = pick(r, [
            ['single', 1],
            ['Single', 1],
            ['each', 1],
            ['1 pc', 1],
            ['a pair', 2],
            ['pair', 2],
            ['Pair', 2],
          ] as const);
          return pq(word, units);
        }
        const n = pick(r, [2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 20, 24, 30, 36, 48, 50, 100, 144]);
        const text = pick(r, [
          `${n}-pack`,
          `${n} pack`,
          `${n}pk`,
          `pack of ${n}`,
          `Pack of ${n}`,
          `${n} ct`,
          `${n}ct`,
          `${n} pcs`,
          `${n} count`,
          n <= 12 ? `${NUMBER_WORDS[n]}-pack` : `box of ${n}`,
        ]);
        return pq(`${text}${r() < 0.2 ? ` ${pick(r, ['(cans)', 'bottles', 'rolls', 'AA'])}` : ''}`, n);
      },
      606,
    ),
  );
}

// =============================================================== names, e-mail addresses
{
  const FIRST = [
    'John',
    'Mary',
    'Ahmed',
    'Li',
    'Sofia',
    'Pierre',
    'Anna',
    'Kwame',
    'Olga',
    'José',
    'Hannah',
    'Ravi',
  ];
  const MIDDLE = ['A.', 'B.', 'J.', 'Marie', 'Lee', 'K.', 'Paul'];
  const LAST = [
    'Smith',
    "O'Brien",
    'van der Berg',
    'García',
    'Nguyen',
    'Müller',
    'Kowalski',
    'Smith-Jones',
    'McDonald',
    'de la Cruz',
    'Okafor',
    'Tanaka',
  ];
  const nm = (text: string, first: string, middle: string | null, last: string): Pair => ({
    input: { name: text },
    output: { first, middle, last },
  });
  tasks.push(
    task(
      'name-last-first-middle',
      'names',
      'Names from a member list, mostly "Last, First M." and sometimes "First M. Last" or in capitals, to first, middle (null when none) and last name in their proper case.',
      [
        nm('Smith, John A.', 'John', 'A.', 'Smith'),
        nm('García, Sofia', 'Sofia', null, 'García'),
        nm('van der Berg, Anna Marie', 'Anna', 'Marie', 'van der Berg'),
      ],
      (r) => {
        const [f, l] = [pick(r, FIRST), pick(r, LAST)];
        const m = r() < 0.45 ? pick(r, MIDDLE) : null;
        const mid = m ? ` ${m}` : '';
        const text = pick(r, [
          `${l}, ${f}${mid}`,
          `${l}, ${f}${mid}`,
          `${l},${f}${mid}`,
          `${f}${mid} ${l}`,
          `${l.toUpperCase()}, ${f}${mid}`,
          `${l}, ${f}${mid}`.toUpperCase(),
        ]);
        return nm(spaced(r, text), f, m, l);
      },
      701,
    ),
  );

  const TITLES = ['Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'Mr', 'Dr', 'Prof. Dr.', 'Sir', 'Rev.'];
  const SUFFIXES = ['Jr.', 'Sr.', 'III', 'PhD', 'MD', 'Esq.', 'II', 'MBA'];
  const nt = (
    text: string,
    title: string | null,
    first: string,
    last: string,
    suffix: string | null,
  ): Pair => ({
    input: { addressee: text },
    output: { title, first, last, suffix },
  });
  tasks.push(
    task(
      'name-title-suffix',
      'names',
      'Addressee names with optional titles (Dr., Mrs, Prof. Dr.) and suffixes (Jr., III, PhD), comma before the suffix or not, to title, first name, last name and suffix (null when absent), as written.',
      [
        nt('Dr. Jane Doe', 'Dr.', 'Jane', 'Doe', null),
        nt('Mr. John Smith Jr.', 'Mr.', 'John', 'Smith', 'Jr.'),
        nt('Hannah Okafor, PhD', null, 'Hannah', 'Okafor', 'PhD'),
        nt('Prof. Dr. Anna Müller', 'Prof. Dr.', 'Anna', 'Müller', null),
      ],
      (r) => {
        const [f, l] = [
          pick(r, FIRST),
          pick(
            r,
            LAST.filter((x) => !x.includes(' ')),
          ),
        ];
        const t = r() < 0.6 ? pick(r, TITLES) : null;
        const s = r() < 0.4 ? pick(r, SUFFIXES) : null;
        const text = `${t ? `${t} ` : ''}${f} ${l}${s ? `${r() < 0.4 ? ',' : ''} ${s}` : ''}`;
        return nt(spaced(r, text), t, f, l, s);
      },
      702,
    ),
  );

  const USERS = [
    'john.doe',
    'mary',
    'a.nguyen',
    'sofia_g',
    'k.okafor',
    'olga.m',
    'ravi+news',
    'li.wei',
    'hannah.b+shop',
  ];
  const DOMAINS = [
    'example.com',
    'mail.example.org',
    'gmail.com',
    'company.co.uk',
    'uni-koeln.de',
    'outlook.com',
  ];
  const em = (text: string, email: string): Pair => ({ input: { from: text }, output: { email } });
  tasks.push(
    task(
      'email-normalize',
      'emails',
      'E-mail addresses pasted from mail headers, forms and spreadsheets (display names, <angle brackets>, mailto:, capitals, spaces) to the bare address in lower case; a +tag is kept.',
      [
        em(' John.Doe@Example.COM ', 'john.doe@example.com'),
        em('Mary Major <MARY@example.org>', 'mary@example.org'),
        em('mailto:a.nguyen@gmail.com', 'a.nguyen@gmail.com'),
      ],
      (r) => {
        const email = `${pick(r, USERS)}${r() < 0.3 ? int(r, 1, 99) : ''}@${pick(r, DOMAINS)}`;
        const shown = pick(r, [
          email,
          email.toUpperCase(),
          email.replace(/^./, (c) => c.toUpperCase()),
          email.replace(/@(.*)$/, (_m, d: string) => `@${d.toUpperCase()}`),
        ]);
        const display = `${pick(r, FIRST)} ${pick(r, LAST)}`;
        const text = pick(r, [
          shown,
          `${display} <${shown}>`,
          `"${display}" <${shown}>`,
          `<${shown}>`,
          `mailto:${shown}`,
          `${shown} (${display})`,
          `${shown};`,
        ]);
        return em(spaced(r, text), email.toLowerCase());
      },
      703,
    ),
  );

  // Gmail ignores dots and +tags in the local part; other providers do not. Questions needed.
  const ek = (text: string, key: string): Pair => ({ input: { email: text }, output: { dedupeKey: key } });
  const gmailKey = (email: string): string => {
    const [local, domain] = email.toLowerCase().split('@') as [string, string];
    const d = domain === 'googlemail.com' ? 'gmail.com' : domain;
    const base = local.split('+')[0] ?? '';
    return d === 'gmail.com' ? `${base.replace(/\./g, '')}@${d}` : `${base}@${d}`;
  };
  tasks.push(
    task(
      'email-dedupe-key',
      'emails',
      'A de-duplication key for newsletter sign-ups: lower case, +tag removed, and for gmail.com/googlemail.com the dots of the local part removed too (Gmail ignores them).',
      [
        ek('John.Doe+news@gmail.com', 'johndoe@gmail.com'),
        ek('mary+shop@example.org', 'mary@example.org'),
        ek('A.Nguyen@Outlook.com', 'a.nguyen@outlook.com'),
      ],
      (r) => {
        const local = `${pick(r, ['john.doe', 'mary', 'a.nguyen', 'sofia.g', 'k.o.kafor', 'olga', 'ravi.k', 'li.wei'])}${r() < 0.3 ? int(r, 1, 99) : ''}`;
        const tag = r() < 0.4 ? `+${pick(r, ['news', 'shop', 'test', '2024', 'x'])}` : '';
        const domain = pick(r, [
          'gmail.com',
          'gmail.com',
          'googlemail.com',
          'example.org',
          'outlook.com',
          'yahoo.co.uk',
          'web.de',
        ]);
        const email = `${local}${tag}@${domain}`;
        const shown = pick(r, [
          email,
          email,
          email.toUpperCase(),
          email.replace(/(^|\.)(\w)/g, (_m, p: string, c: string) => p + c.toUpperCase()),
        ]);
        return ek(spaced(r, shown), gmailKey(email));
      },
      704,
    ),
  );
}

// =============================================================== log lines
{
  interface Moment {
    y: number;
    mo: number;
    d: number;
    h: number;
    mi: number;
    s: number;
  }
  const moment = (r: R): Moment => ({
    ...day(r, 2022, 2026),
    h: int(r, 0, 23),
    mi: int(r, 0, 59),
    s: int(r, 0, 59),
  });
  const clock = (t: Moment): string => `${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`;
  const isoZ = (t: Moment): string => `${iso(t)}T${clock(t)}Z`;
  const ip = (r: R): string =>
    r() < 0.15
      ? `2001:db8::${int(r, 1, 0xffff).toString(16)}`
      : `${int(r, 1, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  const PATHS = [
    '/',
    '/index.html',
    '/api/v1/orders?page=2',
    '/login',
    '/static/app.3f9c.js',
    '/favicon.ico',
    '/products/42',
    '/search?q=red+shoes',
  ];
  const AGENTS = ['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.5.0', 'Googlebot/2.1', '-'];
  const ap = (
    line: string,
    o: { ip: string; method: string; path: string; status: number; bytes: number | null },
  ): Pair => ({
    input: { line },
    output: o,
  });
  const clf = (t: Moment): string => `${pad(t.d)}/${MON[t.mo - 1]}/${t.y}:${clock(t)} +0000`;
  tasks.push(
    task(
      'log-apache-access',
      'logs',
      'Apache/nginx access-log lines (common and combined formats, IPv4 and IPv6, "-" for no body) to client ip, method, path, status and bytes (null for "-").',
      [
        ap('203.0.113.9 - - [05/Mar/2024:09:01:02 +0000] "GET /index.html HTTP/1.1" 200 5120', {
          ip: '203.0.113.9',
          method: 'GET',
          path: '/index.html',
          status: 200,
          bytes: 5120,
        }),
        ap(
          '198.51.100.23 - alice [05/Mar/2024:09:01:07 +0000] "POST /login HTTP/1.1" 302 - "https://shop.example/" "curl/8.5.0"',
          { ip: '198.51.100.23', method: 'POST', path: '/login', status: 302, bytes: null },
        ),
        ap('192.0.2.44 - - [05/Mar/2024:09:02:15 +0000] "GET /products/42 HTTP/2.0" 404 312', {
          ip: '192.0.2.44',
          method: 'GET',
          path: '/products/42',
          status: 404,
          bytes: 312,
        }),
      ],
      (r) => {
        const o = {
          ip: ip(r),
          method: pick(r, ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD']),
          path: pick(r, PATHS),
          status: pick(r, [200, 200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 500, 502]),
          bytes: r() < 0.2 ? null : int(r, 0, 250000),
        };
        const user = r() < 0.2 ? pick(r, ['alice', 'bob', 'svc-backup']) : '-';
        const combined =
          r() < 0.5
            ? ` "${pick(r, ['-', 'https://shop.example/', 'https://www.google.com/'])}" "${pick(r, AGENTS)}"`
            : '';
        const line = `${o.ip} - ${user} [${clf(moment(r))}] "${o.method} ${o.path} HTTP/${pick(r, ['1.0', '1.1', '1.1', '2.0'])}" ${o.status} ${o.bytes ?? '-'}${combined}`;
        return ap(line, o);
      },
      801,
    ),
  );

  const MSGS = [
    'connection pool exhausted',
    'user 4411 logged in',
    'cache miss for key cart:91',
    'retrying upstream call (2/5)',
    'config reloaded',
    'disk usage at 91%',
    'request took 2315 ms',
  ];
  const LOG_LEVELS = ['debug', 'info', 'warning', 'error'] as const;
  const log4j: Record<string, string> = { debug: 'DEBUG', info: 'INFO', warning: 'WARN', error: 'ERROR' };
  const glog: Record<string, string> = { debug: 'I', info: 'I', warning: 'W', error: 'E' };
  const py: Record<string, string> = { debug: 'DEBUG', info: 'INFO', warning: 'WARNING', error: 'ERROR' };
  type Fmt = (t: Moment, level: string, msg: string, r: R) => string;
  const fJava: Fmt = (t, l, m, r) =>
    `${iso(t)} ${clock(t)},${digits(r, 3)} ${log4j[l]} [${pick(r, ['main', 'http-nio-8080-exec-3', 'pool-1-thread-2'])}] ${pick(r, ['c.e.shop.OrderService', 'o.a.catalina.Server'])} - ${m}`;
  const fPy: Fmt = (t, l, m, r) =>
    `[${iso(t)} ${clock(t)},${digits(r, 3)}] ${py[l]}:${pick(r, ['app', 'worker', 'root'])}:${m}`;
  const fGo: Fmt = (t, l, m, r) =>
    `${glog[l]}${pad(t.mo)}${pad(t.d)} ${clock(t)}.${digits(r, 6)} ${int(r, 1, 99999)} ${pick(r, ['server.go', 'sync.go'])}:${int(r, 10, 900)}] ${m}`;
  const tl = (line: string, time: string, level: string, message: string): Pair => ({
    input: { line },
    output: { time, level, message },
  });
  const lx = (t: Moment, l: string, m: string, f: Fmt): Pair => {
    const line = f(t, l, m, rng(t.s + 1));
    // glog lines carry no year and no zone: the year is the one the file was written in, UTC.
    return tl(line, `${iso(t)}T${clock(t)}`, f === fGo && l === 'debug' ? 'info' : l, m);
  };
  tasks.push(
    task(
      'log-three-formats',
      'logs',
      'One file with lines from a Java service (log4j), a Python worker and a Go daemon (glog: level letter, no year; all from files written in 2024), to local ISO time, level (debug, info, warning, error) and message.',
      [
        lx({ y: 2024, mo: 3, d: 5, h: 9, mi: 1, s: 2 }, 'warning', 'connection pool exhausted', fJava),
        lx({ y: 2024, mo: 3, d: 5, h: 9, mi: 3, s: 41 }, 'info', 'config reloaded', fPy),
        lx({ y: 2024, mo: 3, d: 5, h: 9, mi: 4, s: 0 }, 'error', 'disk usage at 91%', fGo),
      ],
      (r) => {
        const t = { ...moment(r), y: 2024 };
        if (t.mo === 2 && t.d > 29) t.d = 29;
        return lx(t, pick(r, LOG_LEVELS), pick(r, MSGS), pick(r, [fJava, fPy, fGo]));
      },
      802,
    ),
  );

  const kv = (line: string, level: string, msg: string, user: number | null): Pair => ({
    input: { line },
    output: { level, msg, user },
  });
  tasks.push(
    task(
      'log-logfmt-json',
      'logs',
      'Structured log lines, logfmt from one service and JSON from another (keys in any order, user id missing on some), to level in lower case, message and user id (null when absent).',
      [
        kv('time=2024-03-05T09:01:02Z level=warn msg="slow query" user=42', 'warn', 'slow query', 42),
        kv('{"ts":"2024-03-05T09:01:09Z","level":"INFO","msg":"login ok","user":7}', 'info', 'login ok', 7),
        kv(
          'time=2024-03-05T09:02:00Z level=error msg="payment failed" user=1093',
          'error',
          'payment failed',
          1093,
        ),
      ],
      (r) => {
        const level = pick(r, ['debug', 'info', 'info', 'warn', 'error']);
        const msg = pick(r, [
          'slow query',
          'login ok',
          'payment failed',
          'cart updated',
          'token refreshed',
          'rate limited',
          'export done',
        ]);
        const user = r() < 0.25 ? null : int(r, 1, 99999);
        const ts = isoZ(moment(r));
        const lv = r() < 0.4 ? level.toUpperCase() : level;
        const fields: [string, string][] = [
          ['time', ts],
          ['level', lv],
          ['msg', msg],
          ...(user === null ? [] : [['user', String(user)] as [string, string]]),
        ];
        if (r() < 0.3) fields.push(['req', `r-${digits(r, 6)}`]);
        if (r() < 0.4) fields.reverse();
        const line =
          r() < 0.5
            ? fields.map(([k, v]) => `${k}=${/\s/.test(v) || r() < 0.2 ? JSON.stringify(v) : v}`).join(' ')
            : `{${fields.map(([k, v]) => `"${k === 'time' ? 'ts' : k}":${k === 'user' ? v : JSON.stringify(v)}`).join(',')}}`;
        return kv(line, level, msg, user);
      },
      803,
    ),
  );
}

/** Every task of the set, generated afresh (deterministic). */
export function everyday3Tasks(): BenchTask[] {
  return tasks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(everyday3Dir, { recursive: true });
  for (const t of tasks)
    writeFileSync(join(everyday3Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${everyday3Dir}`);
}
