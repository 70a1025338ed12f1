/**
 * Shared pieces of the frozen held-out task generators: a seeded random source (so every run of a
 * generator yields the same records) and the shape of a task specification.
 */

/** One labeled record. */
export interface Example {
  input: unknown;
  output: unknown;
}

/** A deterministic random source. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
}

/**
 * A frozen task: what the user would give (3–4 typical examples) and a generator that is the
 * reference solution: it draws a true value, renders it the way real data writes it, and labels it.
 */
export interface FrozenSpec {
  name: string;
  category: string;
  description: string;
  train: Example[];
  /** Test records to draw (default 300). */
  count?: number;
  /** One labeled test record. */
  record(rng: Rng): Example;
}

/** FNV-1a: a stable 32-bit seed from a task name. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32 seeded from `seed`. */
export function seeded(seed: string): Rng {
  let state = hash(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    chance: (p) => next() < p,
    weighted: (pairs) => {
      const total = pairs.reduce((sum, [, w]) => sum + w, 0);
      let at = next() * total;
      for (const [value, weight] of pairs) {
        at -= weight;
        if (at < 0) return value;
      }
      return (pairs[pairs.length - 1] as readonly [(typeof pairs)[number][0], number])[0];
    },
  };
  return rng;
}

/** Rounds half away from zero to `digits` decimals (what a person means by "rounded to 2 decimals"). */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round((Math.abs(value) + Number.EPSILON) * f) / f;
  return value < 0 ? -r : r;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Groups an integer's digits by threes with `sep` ("1,299"). */
export function group(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Days in a month (1-based month). */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A random calendar date between the years given. */
export function date(rng: Rng, fromYear = 1990, toYear = 2030): { y: number; m: number; d: number } {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  return { y, m, d: rng.int(1, daysIn(y, m)) };
}

export const iso = (d: { y: number; m: number; d: number }): string => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

export const MONTHS = [
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
] as const;
export const MON = MONTHS.map((m) => m.slice(0, 3));

export const FIRST = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Chen',
  'Aisha',
  'Mohammed',
  'Priya',
  'Hiroshi',
  'Yuki',
  'Olga',
  'Lars',
  'Ingrid',
  'José',
  'María',
  'François',
  'Zoë',
  'Ana',
  'Li',
  'Kwame',
  'Fatima',
  'Dmitri',
  'Siobhan',
  'Niamh',
  'Åsa',
  'Jürgen',
] as const;
export const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Lee',
  'Nguyen',
  'Kim',
  'Patel',
  'Müller',
  'Schmidt',
  'Dubois',
  'Rossi',
  'Tanaka',
  'Sato',
  'Ivanova',
  'Kowalski',
  'Okafor',
  'Haddad',
  'Larsen',
  'Chen',
  'Wang',
  'Singh',
  'Lopez',
  'Clarke',
  'Walsh',
  'Björk',
  'Silva',
  'Costa',
  'Novak',
] as const;
