import { FIRST, LAST, type FrozenSpec } from './lib.ts';

const PARTICLE_LAST = [
  'van Beethoven',
  'de la Cruz',
  'von Trapp',
  'van der Berg',
  'da Silva',
  "O'Neil",
  'McDonald',
  'Smith-Jones',
];

export const names: FrozenSpec[] = [
  {
    name: 'person-name-first-last',
    category: 'names',
    description:
      'Contact names become {first, last}: titles (Mr., Mrs., Ms., Dr., Prof.) and suffixes (Jr., Sr., III, PhD) dropped, middle names and initials dropped, "Last, First" understood, surname particles (van, de, von, da) kept with the last name.',
    train: [
      { input: { name: 'Jane Smith' }, output: { first: 'Jane', last: 'Smith' } },
      { input: { name: 'Dr. Robert Brown' }, output: { first: 'Robert', last: 'Brown' } },
      { input: { name: 'Maria Garcia' }, output: { first: 'Maria', last: 'Garcia' } },
    ],
    record(rng) {
      const first = rng.pick(FIRST);
      const last = rng.chance(0.2) ? rng.pick(PARTICLE_LAST) : rng.pick(LAST);
      const middle = rng.chance(0.2) ? ` ${rng.pick(['A.', 'J.', 'Ann', 'Lee', 'Marie'])}` : '';
      const title = rng.chance(0.2) ? `${rng.pick(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.'])} ` : '';
      const suffix = rng.chance(0.1) ? rng.pick([' Jr.', ' Sr.', ' III', ', PhD']) : '';
      const text = rng.chance(0.15)
        ? `${last}, ${first}${middle}`
        : `${title}${first}${middle} ${last}${suffix}`;
      return { input: { name: text }, output: { first, last } };
    },
  },
  {
    name: 'name-initials',
    category: 'names',
    description:
      'Full names become {initials}: the first letter of each name part, upper case, each followed by a dot.',
    train: [
      { input: { name: 'Jane Ann Smith' }, output: { initials: 'J.A.S.' } },
      { input: { name: 'Robert Brown' }, output: { initials: 'R.B.' } },
      { input: { name: 'Mary Lee Jones' }, output: { initials: 'M.L.J.' } },
    ],
    record(rng) {
      const parts = [rng.pick(FIRST), ...(rng.chance(0.4) ? [rng.pick(FIRST)] : []), rng.pick(LAST)];
      if (rng.chance(0.1)) parts.splice(1, 0, rng.pick(FIRST));
      const text = parts.join(rng.chance(0.9) ? ' ' : '  ');
      const shown = rng.weighted([
        [text, 7],
        [text.toLowerCase(), 2],
        [text.toUpperCase(), 1],
      ] as const);
      return {
        input: { name: shown },
        output: { initials: parts.map((p) => `${(p[0] as string).toUpperCase()}.`).join('') },
      };
    },
  },
  {
    name: 'last-comma-first-to-display',
    category: 'names',
    description:
      'Directory entries written "Last, First [Middle]" become {display} as "First [Middle] Last" (spacing tidied, case kept); an entry with no comma is already in display order.',
    train: [
      { input: { name: 'Smith, Jane' }, output: { display: 'Jane Smith' } },
      { input: { name: 'Brown, Robert' }, output: { display: 'Robert Brown' } },
      { input: { name: 'Garcia, Maria' }, output: { display: 'Maria Garcia' } },
    ],
    record(rng) {
      const first = `${rng.pick(FIRST)}${rng.chance(0.25) ? ` ${rng.pick(['Ann', 'J.', 'Marie', 'Lee'])}` : ''}`;
      const last = rng.chance(0.2) ? rng.pick(PARTICLE_LAST) : rng.pick(LAST);
      const display = `${first} ${last}`;
      const text = rng.weighted([
        [`${last}, ${first}`, 7],
        [`${last},${first}`, 1],
        [`${last} ,  ${first}`, 1],
        [display, 1],
      ] as const);
      return { input: { name: text }, output: { display } };
    },
  },
  {
    name: 'name-title-case',
    category: 'names',
    description:
      'Names typed in any case become {name} in title case: each part capitalised after a space, hyphen or apostrophe, the rest lower case.',
    train: [
      { input: { name: 'JANE SMITH' }, output: { name: 'Jane Smith' } },
      { input: { name: 'robert brown' }, output: { name: 'Robert Brown' } },
      { input: { name: 'mARIA gARCIA' }, output: { name: 'Maria Garcia' } },
    ],
    record(rng) {
      const lastRaw = rng.chance(0.25)
        ? rng.pick(["O'Neil", "D'Angelo", 'Smith-Jones', 'Lloyd-Webber'])
        : rng.pick(LAST);
      const firstRaw = rng.chance(0.15) ? rng.pick(['Mary-Jane', 'Jean-Luc', 'Anne-Marie']) : rng.pick(FIRST);
      const title = (s: string) =>
        s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
      const proper = `${title(firstRaw)} ${title(lastRaw)}`;
      const raw = `${firstRaw} ${lastRaw}`;
      const shown = rng.weighted([
        [raw.toUpperCase(), 4],
        [raw.toLowerCase(), 4],
        [[...raw].map((c) => (rng.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join(''), 2],
      ] as const);
      return { input: { name: shown }, output: { name: proper } };
    },
  },
];
