import { pad, type FrozenSpec } from './lib.ts';

export const durations: FrozenSpec[] = [
  {
    name: 'duration-to-minutes',
    category: 'durations',
    description:
      'Durations typed by people into a time-tracking form become {minutes} as a number: "1h 30m", "90 min", "1:30" (hours:minutes), ISO 8601 "PT1H30M", "2 hours", "1.5h".',
    train: [
      { input: { duration: '1h 30m' }, output: { minutes: 90 } },
      { input: { duration: '45 min' }, output: { minutes: 45 } },
      { input: { duration: '2:15' }, output: { minutes: 135 } },
      { input: { duration: 'PT1H' }, output: { minutes: 60 } },
    ],
    record(rng) {
      const h = rng.int(0, 9);
      const m = h === 0 ? rng.int(1, 59) : rng.pick([0, 0, 5, 10, 15, 20, 30, 45, rng.int(1, 59)]);
      const minutes = h * 60 + m;
      const form = rng.weighted([
        ['hm', 3],
        ['min', 3],
        ['colon', 2],
        ['iso', 2],
        ['hours', 1],
        ['dec', 1],
        ['hrmin', 1],
      ] as const);
      let text: string;
      switch (form) {
        case 'hm':
          text = h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h ${m}m`;
          break;
        case 'min':
          text = `${minutes} ${rng.pick(['min', 'mins', 'minutes', 'min'])}`;
          break;
        case 'colon':
          text = `${h}:${pad(m)}`;
          break;
        case 'iso':
          text = `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
          break;
        case 'hours':
          return {
            input: { duration: `${h || 1} ${h === 1 || h === 0 ? 'hour' : 'hours'}` },
            output: { minutes: (h || 1) * 60 },
          };
        case 'dec': {
          const q = rng.pick([0.25, 0.5, 0.75, 1.5, 2.5, 0.5]);
          return { input: { duration: `${q}h` }, output: { minutes: q * 60 } };
        }
        case 'hrmin':
          text = h === 0 ? `${m} min` : `${h} hr ${m} min`;
          break;
      }
      return { input: { duration: text }, output: { minutes } };
    },
  },
  {
    name: 'video-length-seconds',
    category: 'durations',
    description: 'Video lengths as shown by players ("m:ss" or "h:mm:ss") become {seconds}.',
    train: [
      { input: { length: '3:45' }, output: { seconds: 225 } },
      { input: { length: '12:07' }, output: { seconds: 727 } },
      { input: { length: '1:02:03' }, output: { seconds: 3723 } },
    ],
    record(rng) {
      const h = rng.weighted([
        [0, 6],
        [1, 2],
        [rng.int(2, 12), 1],
      ] as const);
      const m = rng.int(0, 59);
      const s = rng.int(0, 59);
      const text = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
      return { input: { length: text }, output: { seconds: h * 3600 + m * 60 + s } };
    },
  },
  {
    name: 'iso-duration-to-short',
    category: 'durations',
    description:
      'ISO 8601 durations become a short human form: days, hours, minutes, seconds as "1d 2h 30m 15s", leaving out zero parts.',
    train: [
      { input: { duration: 'PT1H30M' }, output: { text: '1h 30m' } },
      { input: { duration: 'PT45M' }, output: { text: '45m' } },
      { input: { duration: 'PT2H' }, output: { text: '2h' } },
    ],
    record(rng) {
      const d = rng.chance(0.15) ? rng.int(1, 6) : 0;
      const h = rng.chance(0.7) ? rng.int(1, 23) : 0;
      const m = rng.chance(0.7) ? rng.int(1, 59) : 0;
      const s = rng.chance(0.2) ? rng.int(1, 59) : 0;
      if (d + h + m + s === 0) return { input: { duration: 'PT30M' }, output: { text: '30m' } };
      const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
      const iso = `P${d ? `${d}D` : ''}${time ? `T${time}` : ''}`;
      const text = [d && `${d}d`, h && `${h}h`, m && `${m}m`, s && `${s}s`].filter(Boolean).join(' ');
      return { input: { duration: iso }, output: { text } };
    },
  },
  {
    name: 'minutes-to-h-mm',
    category: 'durations',
    description:
      'A number of minutes becomes {text} as hours and two-digit minutes, "h:mm" (hours may exceed 24).',
    train: [
      { input: { minutes: 90 }, output: { text: '1:30' } },
      { input: { minutes: 45 }, output: { text: '0:45' } },
      { input: { minutes: 125 }, output: { text: '2:05' } },
    ],
    record(rng) {
      const minutes = rng.weighted([
        [rng.int(0, 600), 6],
        [rng.int(600, 6000), 2],
        [rng.pick([0, 60, 1440, 59, 61]), 1],
      ] as const);
      return { input: { minutes }, output: { text: `${Math.floor(minutes / 60)}:${pad(minutes % 60)}` } };
    },
  },
  {
    name: 'duration-words-to-minutes',
    category: 'durations',
    description:
      'Durations in words from recipe and meeting notes become {minutes}: "1 hour 30 minutes", "2 hrs", "45 mins", "an hour", "half an hour".',
    train: [
      { input: { duration: '1 hour 30 minutes' }, output: { minutes: 90 } },
      { input: { duration: '2 hours' }, output: { minutes: 120 } },
      { input: { duration: '45 minutes' }, output: { minutes: 45 } },
    ],
    record(rng) {
      const form = rng.weighted([
        ['hm', 4],
        ['h', 2],
        ['m', 3],
        ['words', 1],
      ] as const);
      const hourWord = (h: number) =>
        h === 1 ? rng.pick(['hour', 'hr']) : rng.pick(['hours', 'hrs', 'hours']);
      const minWord = (m: number) => (m === 1 ? 'minute' : rng.pick(['minutes', 'mins', 'min', 'minutes']));
      if (form === 'words') {
        const [text, minutes] = rng.pick([
          ['an hour', 60],
          ['half an hour', 30],
          ['a quarter of an hour', 15],
          ['an hour and a half', 90],
          ['a minute', 1],
        ] as const);
        return { input: { duration: text }, output: { minutes } };
      }
      const h = rng.int(1, 8);
      const m = rng.int(1, 59);
      if (form === 'h') return { input: { duration: `${h} ${hourWord(h)}` }, output: { minutes: h * 60 } };
      if (form === 'm') return { input: { duration: `${m} ${minWord(m)}` }, output: { minutes: m } };
      const and = rng.chance(0.2) ? ' and ' : ' ';
      return {
        input: { duration: `${h} ${hourWord(h)}${and}${m} ${minWord(m)}` },
        output: { minutes: h * 60 + m },
      };
    },
  },
  {
    name: 'timesheet-hours',
    category: 'durations',
    description:
      'Timesheet rows with start and end clock times (24-hour) become {hours} worked, a number; a shift that ends after midnight ends on the next day.',
    train: [
      { input: { start: '09:00', end: '17:00' }, output: { hours: 8 } },
      { input: { start: '08:30', end: '12:45' }, output: { hours: 4.25 } },
      { input: { start: '13:00', end: '18:30' }, output: { hours: 5.5 } },
    ],
    record(rng) {
      const startMin = rng.int(0, 95) * 15;
      const length = rng.int(1, 48) * 15;
      const endMin = (startMin + length) % 1440;
      const clock = (v: number) => {
        const h = Math.floor(v / 60);
        return `${rng.chance(0.15) ? String(h) : pad(h)}:${pad(v % 60)}`;
      };
      return { input: { start: clock(startMin), end: clock(endMin) }, output: { hours: length / 60 } };
    },
  },
];
