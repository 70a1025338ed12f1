/** Dates, times, durations and time zones as forms, exports and chat messages write them. */
import { pad2, review, round, type Rng, type Spec } from './kit.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isoOf = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;
const someDay = (r: Rng): [number, number, number] => {
  const y = r.int(1998, 2031);
  const m = r.int(1, 12);
  return [y, m, r.int(1, daysIn(y, m))];
};
const monthOf = (word: string): number => {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex(
    (m) => m.startsWith(w.slice(0, 3)) && (w.length <= 4 || m === w || w === 'sept'),
  );
  if (i < 0) throw new Error(`not a month: ${word}`);
  return i + 1;
};

/** A day.month.year date (two-digit years are 20xx) in ISO form. */
function dmyRef(s: string): unknown {
  const m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})$/.exec(s.trim());
  if (!m) throw new Error(`not d.m.y: ${s}`);
  const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return isoOf(y, Number(m[2]), Number(m[1]));
}
function dmyGen(r: Rng): string {
  const [y, mo, d] = someDay(r);
  const yy = y >= 2000 && r.chance(0.2) ? pad2(y % 100) : String(y);
  const dd = r.chance(0.25) ? String(d) : pad2(d);
  const mm = r.chance(0.25) ? String(mo) : pad2(mo);
  return r.pad(`${dd}.${r.chance(0.05) ? ' ' : ''}${mm}.${yy}`);
}

/** A date written in English words or numbers (year first when numeric), in ISO form. */
function freeDateRef(s: string): unknown {
  const t = s
    .trim()
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/i, '')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ');
  let m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(t);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([a-z]+\.?) (\d{1,2}) (\d{4})$/i.exec(t);
  if (m) return isoOf(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  m = /^(\d{1,2}) ([a-z]+\.?) (\d{4})$/i.exec(t);
  if (m) return isoOf(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  m = /^(\d{1,2})-([a-z]{3})-(\d{4})$/i.exec(t);
  if (m) return isoOf(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  throw new Error(`unread date ${s}`);
}
const DOW = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ord = (d: number): string =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
function freeDateGen(r: Rng): string {
  const [y, mo, d] = someDay(r);
  const M = MONTHS[mo - 1]!;
  const Mc = M[0]!.toUpperCase() + M.slice(1);
  const Mon = Mc.slice(0, 3);
  const dow = DOW[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()]!;
  return r.pick([
    `${Mc} ${ord(d)}, ${y}`,
    `${Mc} ${d}, ${y}`,
    `${d} ${Mon} ${y}`,
    `${d} ${Mc} ${y}`,
    `${dow}, ${d} ${Mc} ${y}`,
    `${dow.slice(0, 3)}, ${Mon} ${d}, ${y}`,
    `${y}/${pad2(mo)}/${pad2(d)}`,
    `${Mon}. ${d}, ${y}`,
    `${pad2(d)}-${Mon}-${y}`,
    `${ord(d)} ${Mc} ${y}`,
    `${Mc.toUpperCase()} ${d}, ${y}`,
  ]);
}

/** A slash date from a file where US and European rows are mixed: day first when the first part is over 12. */
function mixedRef(s: string): unknown {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (!m) throw new Error(`not a slash date: ${s}`);
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = Number(m[3]);
  if (a > 12) return isoOf(y, b, a);
  if (b > 12) return isoOf(y, a, b);
  // Both parts could be the month: only the same number twice is certain.
  return a === b ? isoOf(y, a, b) : review(isoOf(y, a, b));
}
function mixedGen(r: Rng): string {
  const [y, mo, d] = someDay(r);
  return r.chance(0.5) ? `${pad2(mo)}/${pad2(d)}/${y}` : `${pad2(d)}/${pad2(mo)}/${y}`;
}

/** A clock time in 24-hour HH:MM. */
function clockRef(s: string): unknown {
  const t = s.trim().toLowerCase().replace(/\./g, '');
  if (t === 'noon' || t === 'midday') return '12:00';
  if (t === 'midnight') return '00:00';
  const m = /^(\d{1,2})(?:[:h](\d{2}))?\s*(am|pm|a|p)?$/.exec(t);
  if (!m) throw new Error(`not a time: ${s}`);
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  const ap = m[3]?.[0];
  if (ap === 'a' && h === 12) h = 0;
  if (ap === 'p' && h < 12) h += 12;
  return `${pad2(h)}:${pad2(min)}`;
}
function clockGen(r: Rng): string {
  if (r.chance(0.06)) return r.pick(['noon', 'midnight', 'Noon', 'Midnight']);
  const h12 = r.int(1, 12);
  const min = r.pick([0, 0, 15, 30, 45, r.int(0, 59)]);
  const ap = r.pick(['am', 'pm', 'AM', 'PM', 'a.m.', 'p.m.', 'pm', ' PM', ' am']);
  const h24 = r.int(0, 23);
  return r.pick([
    `${h12}:${pad2(min)} ${ap.trim()}`,
    `${h12}:${pad2(min)}${ap}`,
    `${h12}${ap}`,
    `${pad2(h24)}:${pad2(min)}`,
    `${h24}h${pad2(min)}`,
    `${h12}:${pad2(min)} ${ap.trim()}`,
  ]);
}

/** A duration in seconds; "m:ss" and "h:mm" look alike, so "1:30" alone cannot be settled. */
function durationRef(s: string): unknown {
  const t = s.trim().toLowerCase();
  let m = /^(\d+):(\d{2}):(\d{2})$/.exec(t);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  m = /^(\d+):(\d{2})$/.exec(t);
  if (m) return review(Number(m[1]) * 60 + Number(m[2]));
  const units: [RegExp, number][] = [
    [/(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?)(?![a-z])/, 3600],
    [/(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)(?![a-z])/, 60],
    [/(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)(?![a-z])/, 1],
  ];
  let total = 0;
  let found = false;
  for (const [re, f] of units) {
    const u = re.exec(t);
    if (u) {
      total += Number(u[1]) * f;
      found = true;
    }
  }
  if (!found) throw new Error(`not a duration: ${s}`);
  return round(total, 3);
}
function durationGen(r: Rng): string {
  const h = r.int(0, 5);
  const m = r.int(0, 59);
  const s = r.int(0, 59);
  return r.pad(
    r.pick([
      `${h}h ${m}m ${s}s`,
      `${m}m ${s}s`,
      `${h}h${pad2(m)}m`,
      `${pad2(h)}:${pad2(m)}:${pad2(s)}`,
      `${s} sec`,
      `${m} min`,
      `${h} hours ${m} minutes`,
      `${r.float(0.5, 4, 1)} hrs`,
      `${m}:${pad2(s)}`,
      `${m} mins ${s} secs`,
    ]),
  );
}

/** An ISO 8601 duration in minutes (a day is 24 hours; weeks are 7 days). */
function isoDurRef(s: string): unknown {
  const m =
    /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      s.trim().toUpperCase(),
    );
  if (!m || s.trim().toUpperCase() === 'P') throw new Error(`not an ISO duration: ${s}`);
  const [, w, d, h, mi, se] = m.map((x) => Number(x ?? 0));
  return round(w! * 10080 + d! * 1440 + h! * 60 + mi! + se! / 60, 2);
}
function isoDurGen(r: Rng): string {
  const parts = r.pick([
    `PT${r.int(1, 23)}H${r.int(1, 59)}M`,
    `PT${r.int(1, 180)}M`,
    `PT${r.int(1, 12)}H`,
    `P${r.int(1, 9)}DT${r.int(1, 23)}H`,
    `PT${r.int(1, 59)}M${r.int(1, 59)}S`,
    `PT${r.int(30, 600)}S`,
    `P${r.int(1, 4)}W`,
    `PT${r.float(0.5, 3, 1)}H`,
    `P${r.int(1, 3)}D`,
  ]);
  return r.chance(0.1) ? parts.toLowerCase() : parts;
}

/** How many hours ago a relative time is; "a month ago" has no fixed length. */
function agoRef(s: string): unknown {
  const t = s.trim().toLowerCase();
  if (t === 'yesterday') return 24;
  if (t === 'just now') return 0;
  const m = /^(\d+|an?|one|two|three)\s+(minute|hour|day|week|month|year)s?\s+ago$/.exec(t);
  if (!m?.[1] || !m[2]) throw new Error(`not a relative time: ${s}`);
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : ({ a: 1, an: 1, one: 1, two: 2, three: 3 }[m[1]] ?? 0);
  const per: Record<string, number> = { minute: 1 / 60, hour: 1, day: 24, week: 168 };
  const f = per[m[2]];
  if (f === undefined) return review(round(n * (m[2] === 'month' ? 720 : 8760), 2));
  return round(n * f, 2);
}
function agoGen(r: Rng): string {
  const unit = r.pick(['minute', 'hour', 'hour', 'day', 'day', 'week', 'month']);
  const n = r.pick([1, r.int(2, 30)]);
  const word = n === 1 ? r.pick(unit === 'hour' ? ['an', '1', 'one'] : ['a', '1', 'one']) : String(n);
  const s = `${word} ${unit}${n === 1 ? '' : 's'} ago`;
  if (r.chance(0.06)) return r.pick(['yesterday', 'Yesterday', 'just now']);
  return r.pad(r.chance(0.15) ? s[0]!.toUpperCase() + s.slice(1) : s);
}

/** A local timestamp with a UTC offset, in UTC (ISO with Z); without an offset it cannot be placed. */
function utcRef(s: string): unknown {
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d))?\s*(Z|UTC|[+-]\d\d:?\d\d)?$/.exec(s.trim());
  if (!m) throw new Error(`not a timestamp: ${s}`);
  const [, y, mo, d, h, mi, se = '00', off] = m;
  const base = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
  let minutes = 0;
  if (off && off !== 'Z' && off !== 'UTC') {
    const o = /([+-])(\d\d):?(\d\d)/.exec(off)!;
    minutes = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3]));
  }
  const out = new Date(base - minutes * 60000).toISOString().replace('.000Z', 'Z');
  return off ? out : review(out);
}
function utcGen(r: Rng): string {
  const [y, mo, d] = someDay(r);
  const t = `${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}${r.chance(0.8) ? `:${pad2(r.int(0, 59))}` : ''}`;
  const off = r.pick([
    '+0200',
    '+02:00',
    '-0500',
    '-05:00',
    '+0530',
    'Z',
    '+0000',
    '-0800',
    '+0900',
    ' UTC',
    '',
    '+1000',
  ]);
  return `${isoOf(y, mo, d)}${r.pick(['T', ' '])}${t}${off.trim() === 'UTC' ? off : off}`;
}

/** The weekday of a calendar date. */
function weekdayRef(s: string): unknown {
  const t = s.trim();
  const m = /^(\d{4})-?(\d\d)-?(\d\d)$/.exec(t);
  if (!m) throw new Error(`not a date: ${s}`);
  return DOW[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()];
}
function weekdayGen(r: Rng): string {
  const [y, mo, d] = someDay(r);
  return r.pad(r.chance(0.25) ? `${y}${pad2(mo)}${pad2(d)}` : isoOf(y, mo, d));
}

const MONTH_WORDS: [number, string[]][] = [
  [1, ['january', 'jan', 'janvier', 'januar', 'enero', 'gennaio', 'jänner']],
  [2, ['february', 'feb', 'février', 'februar', 'febrero', 'febbraio']],
  [3, ['march', 'mar', 'mars', 'märz', 'marzo', 'maerz']],
  [4, ['april', 'apr', 'avril', 'abril', 'aprile']],
  [5, ['may', 'mai', 'mayo', 'maggio']],
  [6, ['june', 'jun', 'juin', 'juni', 'junio', 'giugno']],
  [7, ['july', 'jul', 'juillet', 'juli', 'julio', 'luglio']],
  [8, ['august', 'aug', 'août', 'agosto']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre']],
  [10, ['october', 'oct', 'octobre', 'oktober', 'octubre', 'ottobre', 'okt']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'décembre', 'dezember', 'diciembre', 'dicembre', 'dez']],
];
/** Month number from a month name in English, French, German, Spanish or Italian. */
function monthRef(s: string): unknown {
  const w = s.trim().toLowerCase().replace(/\.$/, '');
  const hit = MONTH_WORDS.find(([, ws]) => ws.includes(w));
  if (!hit) throw new Error(`not a month: ${s}`);
  return hit[0];
}
function monthGen(r: Rng): string {
  const [, ws] = r.pick(MONTH_WORDS);
  const w = r.pick(ws);
  const c = r.pick([w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]);
  return r.pad(w.length <= 4 && r.chance(0.3) ? `${c}.` : c);
}

export const timeSpecs: Spec[] = [
  {
    name: 'date-dotted-dmy-to-iso',
    category: 'dates',
    description: 'Dates written day.month.year, in ISO form.',
    train: ['03.04.2024', '25.12.2023', '01.11.2019'],
    gen: dmyGen,
    ref: dmyRef,
  },
  {
    name: 'date-english-words-to-iso',
    category: 'dates',
    description: 'Dates typed in English in an order form, in ISO form.',
    train: ['March 3rd, 2024', '14 Feb 2023', '2024/07/09'],
    gen: freeDateGen,
    ref: freeDateRef,
  },
  {
    name: 'date-mixed-us-eu-slashes',
    category: 'dates',
    description: 'Slash dates from a file merged from a US and a European system, in ISO form.',
    train: ['12/25/2023', '25/12/2023', '03/15/2024', '31/01/2024'],
    gen: mixedGen,
    ref: mixedRef,
  },
  {
    name: 'time-12h-to-24h',
    category: 'dates',
    description: 'Clock times as 24-hour HH:MM.',
    train: ['3:05 pm', '11:30 AM', '7pm', '12:00 AM'],
    gen: clockGen,
    ref: clockRef,
  },
  {
    name: 'duration-text-to-seconds',
    category: 'durations',
    description: 'Durations logged by hand, in seconds.',
    train: ['1h 2m 3s', '02:03:04', '45 sec', '90 min'],
    gen: durationGen,
    ref: durationRef,
  },
  {
    name: 'duration-iso8601-to-minutes',
    category: 'durations',
    description: 'ISO 8601 durations in minutes.',
    train: ['PT1H30M', 'PT45M', 'P1DT2H'],
    gen: isoDurGen,
    ref: isoDurRef,
  },
  {
    name: 'relative-time-to-hours',
    category: 'durations',
    description: 'How many hours ago a "… ago" time is.',
    train: ['3 days ago', '2 hours ago', 'an hour ago', '1 week ago'],
    gen: agoGen,
    ref: agoRef,
  },
  {
    name: 'timestamp-offset-to-utc',
    category: 'dates',
    description: 'Timestamps with a UTC offset, in UTC (ISO, Z).',
    train: ['2024-03-10 14:30:00 +0200', '2024-03-10T09:15:00-05:00', '2023-12-31 23:30:00 +0100'],
    gen: utcGen,
    ref: utcRef,
  },
  {
    name: 'date-to-weekday',
    category: 'dates',
    description: 'The weekday of a date.',
    train: ['2024-03-10', '2023-12-25', '2024-02-29'],
    gen: weekdayGen,
    ref: weekdayRef,
  },
  {
    name: 'month-name-multilingual',
    category: 'dates',
    description: 'Month number from month names in several languages.',
    train: ['January', 'mars', 'Dezember', 'mayo'],
    gen: monthGen,
    ref: monthRef,
  },
];
