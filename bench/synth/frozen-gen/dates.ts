import { date, daysIn, iso, MON, MONTHS, pad, type FrozenSpec } from './lib.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FR_MONTHS = [
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
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const weekday = (d: { y: number; m: number; d: number }) => new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** Shifts a UTC timestamp by minutes and prints it as ISO with Z. */
function shifted(y: number, m: number, d: number, h: number, mi: number, offsetMin: number): string {
  const t = new Date(Date.UTC(y, m - 1, d, h, mi) - offsetMin * 60000);
  return `${t.toISOString().slice(0, 16)}:00Z`;
}

export const dates: FrozenSpec[] = [
  {
    name: 'free-text-date-to-iso',
    category: 'dates',
    description:
      'Dates typed into a free-text field by people in the US, UK and Germany become {date} as YYYY-MM-DD. Dotted dates are German (day.month.year).',
    train: [
      { input: { date: 'March 5, 2024' }, output: { date: '2024-03-05' } },
      { input: { date: '5 March 2024' }, output: { date: '2024-03-05' } },
      { input: { date: '2024-03-05' }, output: { date: '2024-03-05' } },
    ],
    record(rng) {
      const d = date(rng, 1995, 2030);
      const month = MONTHS[d.m - 1] as string;
      const text = rng.weighted([
        [`${month} ${d.d}, ${d.y}`, 4],
        [`${d.d} ${month} ${d.y}`, 3],
        [iso(d), 2],
        [`${MON[d.m - 1]} ${d.d} ${d.y}`, 1],
        [`${MON[d.m - 1]}. ${d.d}, ${d.y}`, 1],
        [`${pad(d.d)}.${pad(d.m)}.${d.y}`, 2],
        [`${ordinal(d.d)} of ${month}, ${d.y}`, 1],
        [`${WEEKDAYS[weekday(d)]}, ${month} ${d.d}, ${d.y}`, 1],
        [`${d.d}-${MON[d.m - 1]}-${d.y}`, 1],
      ] as const);
      return { input: { date: text }, output: { date: iso(d) } };
    },
  },
  {
    name: 'us-short-date-to-iso',
    category: 'dates',
    description:
      'US dates (month/day/year, two- or four-digit year) become {date} as YYYY-MM-DD; two-digit years 00–49 are 20xx and 50–99 are 19xx.',
    train: [
      { input: { date: '3/5/24' }, output: { date: '2024-03-05' } },
      { input: { date: '11/23/2021' }, output: { date: '2021-11-23' } },
      { input: { date: '07/04/1999' }, output: { date: '1999-07-04' } },
    ],
    record(rng) {
      const d = date(rng, 1955, 2045);
      const yy = rng.chance(0.5) ? pad(d.y % 100) : String(d.y);
      const zero = rng.chance(0.4);
      const text = `${zero ? pad(d.m) : d.m}/${zero ? pad(d.d) : d.d}/${yy}`;
      return { input: { date: text }, output: { date: iso(d) } };
    },
  },
  {
    name: 'local-time-to-utc',
    category: 'dates',
    description:
      'Meeting times written with a time-zone abbreviation become {utc} as ISO 8601 UTC. Offsets: UTC/GMT 0, CET +1, CEST +2, EST −5, EDT −4, PST −8, PDT −7, JST +9, IST (India) +5:30.',
    train: [
      { input: { when: '2024-03-05 14:22 CET' }, output: { utc: '2024-03-05T13:22:00Z' } },
      { input: { when: '2024-03-05 09:00 EST' }, output: { utc: '2024-03-05T14:00:00Z' } },
      { input: { when: '2024-03-06 16:30 UTC' }, output: { utc: '2024-03-06T16:30:00Z' } },
    ],
    record(rng) {
      const d = date(rng, 2020, 2026);
      const h = rng.int(0, 23);
      const mi = rng.pick([0, 0, 15, 30, 45, rng.int(0, 59)]);
      const [zone, offset] = rng.pick([
        ['UTC', 0],
        ['GMT', 0],
        ['CET', 60],
        ['CEST', 120],
        ['EST', -300],
        ['EDT', -240],
        ['PST', -480],
        ['PDT', -420],
        ['JST', 540],
        ['IST', 330],
      ] as const);
      return {
        input: { when: `${iso(d)} ${pad(h)}:${pad(mi)} ${zone}` },
        output: { utc: shifted(d.y, d.m, d.d, h, mi, offset) },
      };
    },
  },
  {
    name: 'japanese-date-to-iso',
    category: 'dates',
    description:
      'Japanese dates (western year 2024年3月5日, slashes 2024/3/5, or era years: 令和 year 1 = 2019 from 1 May 2019, 平成 year 1 = 1989; 元年 means year 1) become {date} as YYYY-MM-DD.',
    train: [
      { input: { date: '2024年3月5日' }, output: { date: '2024-03-05' } },
      { input: { date: '2023年12月1日' }, output: { date: '2023-12-01' } },
      { input: { date: '令和6年1月15日' }, output: { date: '2024-01-15' } },
    ],
    record(rng) {
      const d = date(rng, 1990, 2030);
      const key = d.y * 10000 + d.m * 100 + d.d;
      const form = rng.weighted([
        ['western', 5],
        ['slash', 2],
        ['era', 3],
      ] as const);
      let text: string;
      if (form === 'western') text = `${d.y}年${d.m}月${d.d}日`;
      else if (form === 'slash') text = `${d.y}/${d.m}/${d.d}`;
      else {
        const [era, year] = key >= 20190501 ? ['令和', d.y - 2018] : ['平成', d.y - 1988];
        text = `${era}${year === 1 ? '元' : year}年${d.m}月${d.d}日`;
      }
      return { input: { date: text }, output: { date: iso(d) } };
    },
  },
  {
    name: 'french-date-to-iso',
    category: 'dates',
    description:
      'French dates ("5 mars 2024", "1er janvier 2023", with or without the weekday, or dd/mm/yyyy) become {date} as YYYY-MM-DD.',
    train: [
      { input: { date: '5 mars 2024' }, output: { date: '2024-03-05' } },
      { input: { date: '12 juillet 2023' }, output: { date: '2023-07-12' } },
      { input: { date: '28 février 2022' }, output: { date: '2022-02-28' } },
    ],
    record(rng) {
      const d = date(rng, 1995, 2030);
      const day = d.d === 1 ? '1er' : String(d.d);
      const month = FR_MONTHS[d.m - 1] as string;
      const text = rng.weighted([
        [`${day} ${month} ${d.y}`, 6],
        [`${FR_DAYS[weekday(d)]} ${day} ${month} ${d.y}`, 2],
        [`${pad(d.d)}/${pad(d.m)}/${d.y}`, 2],
        [`${day} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${d.y}`, 1],
      ] as const);
      return { input: { date: text }, output: { date: iso(d) } };
    },
  },
  {
    name: 'month-to-date-range',
    category: 'dates',
    description:
      'Billing months ("Mar 2024", "March 2024", "2024-03", "03/2024") become {start, end}: the first and last day of that month as YYYY-MM-DD.',
    train: [
      { input: { month: 'Mar 2024' }, output: { start: '2024-03-01', end: '2024-03-31' } },
      { input: { month: 'Jan 2023' }, output: { start: '2023-01-01', end: '2023-01-31' } },
      { input: { month: 'Nov 2022' }, output: { start: '2022-11-01', end: '2022-11-30' } },
    ],
    record(rng) {
      const y = rng.int(1999, 2030);
      const m = rng.chance(0.15) ? 2 : rng.int(1, 12);
      const text = rng.weighted([
        [`${MON[m - 1]} ${y}`, 5],
        [`${MONTHS[m - 1]} ${y}`, 2],
        [`${y}-${pad(m)}`, 2],
        [`${pad(m)}/${y}`, 1],
      ] as const);
      return {
        input: { month: text },
        output: { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(daysIn(y, m))}` },
      };
    },
  },
  {
    name: 'relative-date',
    category: 'dates',
    description:
      'Follow-up dates written relative to the day a note was taken ({today, when}: "tomorrow", "in 3 days", "2 weeks ago", "next week" = 7 days later) become {date} as YYYY-MM-DD.',
    train: [
      { input: { today: '2024-03-05', when: 'tomorrow' }, output: { date: '2024-03-06' } },
      { input: { today: '2024-03-05', when: 'in 3 days' }, output: { date: '2024-03-08' } },
      { input: { today: '2024-03-10', when: 'yesterday' }, output: { date: '2024-03-09' } },
    ],
    record(rng) {
      const t = date(rng, 2020, 2026);
      const [when, days] = rng.pick([
        ['today', 0],
        ['tomorrow', 1],
        ['yesterday', -1],
        ...[2, 3, 5, 10, 30].map((n) => [`in ${n} days`, n] as const),
        ...[2, 4].map((n) => [`${n} days ago`, -n] as const),
        ['in 1 week', 7],
        ['in 2 weeks', 14],
        ['next week', 7],
        ['a week ago', -7],
        ['2 weeks ago', -14],
      ] as const);
      const shiftedDay = new Date(Date.UTC(t.y, t.m - 1, t.d + days)).toISOString().slice(0, 10);
      return { input: { today: iso(t), when }, output: { date: shiftedDay } };
    },
  },
];
