/** Dates, times, time zones and durations. */
import { int, pad, pick, spaced, type Pair, type R, type TaskBuilder } from '../gen-kit.ts';
import type { BenchTask } from '../task.ts';
import { MON, MONTH, day, iso, unsettled, type Day } from './kit.ts';

/** Wall-clock parts of an instant in an IANA zone (from Node's ICU data, not from codify). */
function wall(
  ms: number,
  tz: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
  return {
    y: get('year'),
    mo: get('month'),
    d: get('day'),
    h: get('hour'),
    mi: get('minute'),
    s: get('second'),
  };
}
const utcIso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
const instant = (r: R): number =>
  Date.UTC(int(r, 2019, 2026), int(r, 0, 11), int(r, 1, 28), int(r, 0, 23), int(r, 0, 11) * 5);
const h12 = (h: number): string => `${h % 12 === 0 ? 12 : h % 12}`;

export function dateTasks(task: TaskBuilder): BenchTask[] {
  const tasks: BenchTask[] = [];

  // US order dates in several spellings → ISO date.
  {
    const ex = (date: string, t: Day): Pair => ({ input: { order_date: date }, output: { date: iso(t) } });
    tasks.push(
      task(
        'date-us-forms-to-iso',
        'dates',
        'Order dates from a US store export, however the clerk typed them (3/14/2024, 03/14/24, Mar 14 2024, March 14th, 2024, 2024-03-14, with or without a time) to an ISO date; two-digit years are 20xx.',
        [
          ex('3/14/2024', { y: 2024, mo: 3, d: 14 }),
          ex('12/1/2023', { y: 2023, mo: 12, d: 1 }),
          ex('07/04/2025', { y: 2025, mo: 7, d: 4 }),
        ],
        (r) => {
          const t = day(r, 2015, 2030);
          const th = (d: number) =>
            `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
          const text = pick(r, [
            `${t.mo}/${t.d}/${t.y}`,
            `${pad(t.mo)}/${pad(t.d)}/${t.y}`,
            `${pad(t.mo)}/${pad(t.d)}/${String(t.y).slice(2)}`,
            `${t.mo}/${t.d}/${String(t.y).slice(2)}`,
            `${MON[t.mo - 1]} ${t.d} ${t.y}`,
            `${MON[t.mo - 1]} ${t.d}, ${t.y}`,
            `${MONTH[t.mo - 1]} ${th(t.d)}, ${t.y}`,
            iso(t),
            `${t.mo}/${t.d}/${t.y} ${h12(int(r, 0, 23))}:${pad(int(r, 0, 59))} ${pick(r, ['AM', 'PM'])}`,
            `${t.mo}-${t.d}-${t.y}`,
          ]);
          return ex(spaced(r, text), t);
        },
        2201,
      ),
    );
  }

  // Mixed US and European slash dates: when both parts are ≤ 12 nothing in the text says which.
  {
    const ex = (date: string, t: Day): Pair => ({ input: { date }, output: { date: iso(t) } });
    tasks.push(
      task(
        'date-mixed-us-eu-slash',
        'dates',
        'Sign-up dates merged from a US and a European system (one writes month/day, the other day/month; nothing marks which) to ISO dates.',
        [
          ex('25/12/2023', { y: 2023, mo: 12, d: 25 }),
          ex('12/25/2023', { y: 2023, mo: 12, d: 25 }),
          ex('2023-01-05', { y: 2023, mo: 1, d: 5 }),
          ex('31/01/2024', { y: 2024, mo: 1, d: 31 }),
        ],
        (r) => {
          const t = day(r, 2019, 2026);
          const us = r() < 0.5;
          const kind = int(r, 0, 5);
          if (kind === 0) return ex(iso(t), t);
          const [a, b] = us ? [t.mo, t.d] : [t.d, t.mo];
          const sep = pick(r, ['/', '/', '/', '.', '-']);
          const text = `${r() < 0.5 ? pad(a) : a}${sep}${r() < 0.5 ? pad(b) : b}${sep}${t.y}`;
          const p = ex(text, t);
          return t.d <= 12 && t.d !== t.mo ? unsettled(p) : p;
        },
        2202,
      ),
    );
  }

  // Timestamps with offsets or zone abbreviations → UTC.
  {
    const ABBR: [string, number][] = [
      ['UTC', 0],
      ['GMT', 0],
      ['CET', 60],
      ['CEST', 120],
      ['EST', -300],
      ['EDT', -240],
      ['PST', -480],
      ['PDT', -420],
      ['JST', 540],
      ['AEST', 600],
    ];
    const IST = [330, 60, 120]; // India, Ireland, Israel
    const at = (ms: number, off: number) => {
      const w = new Date(ms + off * 60000);
      return {
        y: w.getUTCFullYear(),
        mo: w.getUTCMonth() + 1,
        d: w.getUTCDate(),
        h: w.getUTCHours(),
        mi: w.getUTCMinutes(),
      };
    };
    const offText = (off: number, colon: boolean) =>
      `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}${colon ? ':' : ''}${pad(Math.abs(off) % 60)}`;
    const ex = (ts: string, ms: number): Pair => ({ input: { ts }, output: { utc: utcIso(ms) } });
    tasks.push(
      task(
        'timestamp-zone-to-utc',
        'dates',
        'Event timestamps from several systems, with a numeric offset (+01:00, -0500, Z) or a zone abbreviation (CET, EDT, PST, JST, …), to a UTC ISO instant. IST is used by offices in India, Ireland and Israel.',
        [
          ex('2024-03-14 09:30 CET', Date.UTC(2024, 2, 14, 8, 30)),
          ex('2024-03-14T09:30:00+01:00', Date.UTC(2024, 2, 14, 8, 30)),
          ex('2024-07-01 18:00 EDT', Date.UTC(2024, 6, 1, 22, 0)),
        ],
        (r) => {
          const ms = instant(r);
          const kind = int(r, 0, 9);
          if (kind <= 4) {
            const [abbr, off] = pick(r, ABBR);
            const w = at(ms, off);
            const text =
              kind <= 2
                ? `${iso(w)} ${pad(w.h)}:${pad(w.mi)} ${abbr}`
                : `${w.d} ${MON[w.mo - 1]} ${w.y} ${pad(w.h)}:${pad(w.mi)} ${abbr}`;
            return ex(spaced(r, text), ms);
          }
          if (kind === 9) {
            const off = pick(r, IST);
            const w = at(ms, off);
            return unsettled(ex(`${iso(w)} ${pad(w.h)}:${pad(w.mi)} IST`, ms));
          }
          const off = kind === 8 ? 0 : pick(r, [60, 120, -300, -240, 330, 345, -210, 540, 0]);
          const w = at(ms, off);
          const base = `${iso(w)}T${pad(w.h)}:${pad(w.mi)}:00`;
          return ex(kind === 8 ? `${base}Z` : `${base}${offText(off, kind !== 7)}`, ms);
        },
        2203,
      ),
    );
  }

  // UTC instant + IANA zone → local wall time (DST both hemispheres, half-hour zones).
  {
    const ex = (utc: number, tz: string): Pair => {
      const w = wall(utc, tz);
      return {
        input: { utc: utcIso(utc), tz },
        output: { local: `${w.y}-${pad(w.mo)}-${pad(w.d)} ${pad(w.h)}:${pad(w.mi)}` },
      };
    };
    const ZONES = [
      'Europe/Paris',
      'Europe/London',
      'America/New_York',
      'America/Los_Angeles',
      'Asia/Tokyo',
      'Asia/Kolkata',
      'Australia/Sydney',
      'America/Sao_Paulo',
      'Asia/Kathmandu',
      'America/St_Johns',
      'Pacific/Auckland',
      'UTC',
    ];
    tasks.push(
      task(
        'utc-to-local-zone',
        'dates',
        'Meeting times stored in UTC with the attendee\'s IANA time zone, to the attendee\'s local wall time "YYYY-MM-DD HH:mm" (daylight saving time as the zone had it on that date).',
        [
          ex(Date.UTC(2024, 0, 15, 12, 0), 'Europe/Paris'),
          ex(Date.UTC(2024, 0, 15, 17, 30), 'America/New_York'),
          ex(Date.UTC(2024, 1, 2, 3, 0), 'Asia/Tokyo'),
        ],
        (r) => ex(instant(r), pick(r, ZONES)),
        2204,
      ),
    );
  }

  // Free-text dates in English, French and German → ISO.
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
    const DOW = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const ex = (text: string, t: Day): Pair => ({ input: { text }, output: { date: iso(t) } });
    tasks.push(
      task(
        'date-free-text-multilingual',
        'dates',
        'Dates typed in a free-text "delivery date" field by customers in the UK, France and Germany (5th of March 2024, Tuesday, 5 March 2024, 05-Mar-2024, 5 mars 2024, 5. März 2024, 2024/03/05) to ISO dates.',
        [
          ex('5th of March 2024', { y: 2024, mo: 3, d: 5 }),
          ex('Tuesday, 12 November 2024', { y: 2024, mo: 11, d: 12 }),
          ex('05-Mar-2024', { y: 2024, mo: 3, d: 5 }),
        ],
        (r) => {
          const t = day(r, 2020, 2028);
          const dow = DOW[new Date(Date.UTC(t.y, t.mo - 1, t.d)).getUTCDay()];
          const th =
            t.d === 1 || t.d === 21 || t.d === 31
              ? 'st'
              : t.d === 2 || t.d === 22
                ? 'nd'
                : t.d === 3 || t.d === 23
                  ? 'rd'
                  : 'th';
          const text = pick(r, [
            `${t.d}${th} of ${MONTH[t.mo - 1]} ${t.y}`,
            `${dow}, ${t.d} ${MONTH[t.mo - 1]} ${t.y}`,
            `${pad(t.d)}-${MON[t.mo - 1]}-${t.y}`,
            `${t.d} ${MON[t.mo - 1]} ${t.y}`,
            `${t.d} ${FR[t.mo - 1]} ${t.y}`,
            `le ${t.d === 1 ? '1er' : t.d} ${FR[t.mo - 1]} ${t.y}`,
            `${t.d}. ${DE[t.mo - 1]} ${t.y}`,
            `${t.y}/${pad(t.mo)}/${pad(t.d)}`,
            `${MONTH[t.mo - 1]} ${t.d}${th}, ${t.y}`,
            `${pad(t.d)}-${(MON[t.mo - 1] ?? '').toUpperCase()}-${String(t.y).slice(2)}`,
          ]);
          return ex(spaced(r, text), t);
        },
        2205,
      ),
    );
  }

  // ISO date → ISO week, quarter and weekday (year boundaries).
  {
    const isoWeek = (t: Day): string => {
      const d = new Date(Date.UTC(t.y, t.mo - 1, t.d));
      const dow = d.getUTCDay() || 7;
      d.setUTCDate(d.getUTCDate() + 4 - dow);
      const y = d.getUTCFullYear();
      const week = Math.ceil(((d.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
      return `${y}-W${pad(week)}`;
    };
    const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const ex = (t: Day): Pair => ({
      input: { date: iso(t) },
      output: {
        week: isoWeek(t),
        quarter: `${t.y}-Q${Math.ceil(t.mo / 3)}`,
        weekday: DOW[new Date(Date.UTC(t.y, t.mo - 1, t.d)).getUTCDay()],
      },
    });
    tasks.push(
      task(
        'date-iso-week-quarter',
        'dates',
        'Report dates to the ISO week (the week-year may differ from the calendar year at New Year), the calendar quarter and the short weekday name, for a weekly sales rollup.',
        [ex({ y: 2024, mo: 3, d: 14 }), ex({ y: 2024, mo: 7, d: 1 }), ex({ y: 2023, mo: 10, d: 20 })],
        (r) => {
          if (r() < 0.25) {
            const y = int(r, 2015, 2030);
            return ex(r() < 0.5 ? { y, mo: 12, d: int(r, 26, 31) } : { y, mo: 1, d: int(r, 1, 5) });
          }
          return ex(day(r, 2015, 2030));
        },
        2206,
      ),
    );
  }

  // Unix epoch seconds or milliseconds → UTC ISO.
  {
    const ex = (ts: string | number, ms: number): Pair => ({
      input: { ts },
      output: { utc: utcIso(Math.floor(ms / 1000) * 1000) },
    });
    tasks.push(
      task(
        'epoch-seconds-or-ms-to-iso',
        'dates',
        'Event times from two SDKs, one sending Unix seconds and one milliseconds (as numbers or strings), to a UTC ISO instant to the second (milliseconds dropped).',
        [
          ex(1710408600, Date.UTC(2024, 2, 14, 9, 30)),
          ex(1704067200, Date.UTC(2024, 0, 1)),
          ex(1719835200, Date.UTC(2024, 6, 1, 12)),
        ],
        (r) => {
          const ms =
            Date.UTC(
              int(r, 2001, 2035),
              int(r, 0, 11),
              int(r, 1, 28),
              int(r, 0, 23),
              int(r, 0, 59),
              int(r, 0, 59),
            ) + int(r, 0, 999);
          const kind = int(r, 0, 4);
          const s = Math.floor(ms / 1000);
          if (kind === 0) return ex(s, ms);
          if (kind === 1) return ex(String(s), ms);
          if (kind === 2) return ex(ms, ms);
          if (kind === 3) return ex(spaced(r, String(ms)), ms);
          return ex(`${s}.${pad(ms % 1000, 3)}`, ms);
        },
        2207,
      ),
    );
  }

  // Free-text durations → seconds; "1:30" alone could be h:mm or m:ss.
  {
    const ex = (duration: string, seconds: number): Pair => ({ input: { duration }, output: { seconds } });
    tasks.push(
      task(
        'duration-text-to-seconds',
        'durations',
        'Task durations typed by people and tools (1h 30m, 90 min, PT2H15M, 45s, 2 hours, 1.5h, 1:30:00, 3 days) to seconds. A bare "m:ss"/"h:mm" like 1:30 comes from two timers that mean different things.',
        [ex('1h 30m', 5400), ex('90 min', 5400), ex('PT2H15M', 8100), ex('45s', 45)],
        (r) => {
          const h = int(r, 0, 30);
          const m = int(r, 0, 59);
          const s = int(r, 0, 59);
          const kind = int(r, 0, 11);
          if (kind === 0) return ex(`${h}h ${m}m`, h * 3600 + m * 60);
          if (kind === 1)
            return ex(`${h * 60 + m} ${pick(r, ['min', 'mins', 'minutes', 'm'])}`, (h * 60 + m) * 60);
          if (kind === 2) {
            const text = `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
            return ex(text === 'PT' ? 'PT0S' : text, h * 3600 + m * 60 + s);
          }
          if (kind === 3) return ex(`${s}${pick(r, ['s', ' sec', ' seconds'])}`, s);
          if (kind === 4) return ex(`${h} ${h === 1 ? 'hour' : 'hours'}`, h * 3600);
          if (kind === 5) {
            const half = int(r, 1, 19) / 2;
            return ex(`${half}h`, half * 3600);
          }
          if (kind === 6) return ex(`${pad(h)}:${pad(m)}:${pad(s)}`, h * 3600 + m * 60 + s);
          if (kind === 7) {
            const dd = int(r, 1, 9);
            return ex(`${dd} ${dd === 1 ? 'day' : 'days'}`, dd * 86400);
          }
          if (kind === 8) return ex(`${h}h${pad(m)}`, h * 3600 + m * 60);
          if (kind === 9) return ex(`${h} hr ${m} min`, h * 3600 + m * 60);
          if (kind === 10) return ex(`${h}:${pad(m)}:${pad(s)}`, h * 3600 + m * 60 + s);
          const a = int(r, 1, 12);
          const b = int(r, 0, 59);
          const minutes = r() < 0.5;
          return unsettled(ex(`${a}:${pad(b)}`, minutes ? a * 60 + b : a * 3600 + b * 60));
        },
        2208,
      ),
    );
  }

  // Seconds → h:mm:ss display, hours not wrapping at a day.
  {
    const ex = (seconds: number): Pair => {
      const h = Math.floor(seconds / 3600);
      const m = Math.floor((seconds % 3600) / 60);
      return { input: { seconds }, output: { display: `${pad(h)}:${pad(m)}:${pad(seconds % 60)}` } };
    };
    tasks.push(
      task(
        'seconds-to-hh-mm-ss',
        'durations',
        'Call lengths in seconds to "HH:MM:SS" for a billing report; hours keep counting past 24 (and past 99).',
        [ex(3725), ex(59), ex(7200)],
        (r) =>
          ex(
            pick(r, [
              int(r, 0, 59),
              int(r, 60, 3599),
              int(r, 3600, 86399),
              int(r, 86400, 400000),
              int(r, 360000, 999999),
            ]),
          ),
        2209,
      ),
    );
  }

  // ISO 8601 durations → video player display.
  {
    const show = (t: number): string => {
      const h = Math.floor(t / 3600);
      const m = Math.floor((t % 3600) / 60);
      const s = t % 60;
      return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
    };
    const ex = (iso8601: string, t: number): Pair => ({
      input: { length: iso8601 },
      output: { display: show(t) },
    });
    tasks.push(
      task(
        'iso-duration-to-player-display',
        'durations',
        'Video lengths from an API in ISO 8601 (PT1H2M3S, PT4M13S, P1DT2H) to the player display "h:mm:ss", or "m:ss" under an hour.',
        [ex('PT1H2M3S', 3723), ex('PT4M13S', 253), ex('PT45S', 45)],
        (r) => {
          const d = r() < 0.06 ? 1 : 0;
          const h = r() < 0.4 ? int(r, 1, 11) : 0;
          const m = int(r, 0, 59);
          const s = r() < 0.9 ? int(r, 0, 59) : 0;
          const text = `P${d ? `${d}D` : ''}T${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
          return ex(text === 'PT' ? 'PT0S' : text, d * 86400 + h * 3600 + m * 60 + s);
        },
        2210,
      ),
    );
  }
  return tasks;
}
