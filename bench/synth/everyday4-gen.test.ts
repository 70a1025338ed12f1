import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyday4Dir, everyday4Tasks, TEST_RECORDS } from './everyday4-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(everyday4Dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(everyday4Dir, f), 'utf8')) as BenchTask);

const byName = (name: string): BenchTask => {
  const t = committed().find((x) => x.name === name);
  if (!t) throw new Error(`no task ${name}`);
  return t;
};
type Rec = Record<string, unknown>;
const all = (t: BenchTask): { input: Rec; output: Rec }[] =>
  [...t.train, ...t.test] as { input: Rec; output: Rec }[];

/** Check digits recomputed here, separately from the generator, to check its labels. */
const bare = (s: string): string =>
  s
    .replace(/^\s*(ISBN|IBAN)?:?\s*/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
const luhn = (n: string): boolean =>
  /^\d+$/.test(n) &&
  [...n].reverse().reduce((s, c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    return s + (d > 9 ? d - 9 : d);
  }, 0) %
    10 ===
    0;
const isbn = (c: string): boolean =>
  c.length === 10
    ? /^\d{9}[\dX]$/.test(c) &&
      [...c].reduce((s, ch, i) => s + (ch === 'X' ? 10 : Number(ch)) * (10 - i), 0) % 11 === 0
    : /^\d{13}$/.test(c) && [...c].reduce((s, ch, i) => s + Number(ch) * (i % 2 === 0 ? 1 : 3), 0) % 10 === 0;
const iban = (c: string): boolean =>
  BigInt(
    [...(c.slice(4) + c.slice(0, 4))]
      .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
      .join(''),
  ) %
    97n ===
  1n;

describe('everyday4 tuning tasks (bench/synth/tasks/everyday4)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = everyday4Tasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the e4- prefix, 3–5 training examples, the full number of distinct test records and one output shape', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(38);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^e4-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.name).toBeLessThanOrEqual(5);
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
      const keys = new Set(all(t).map((p) => Object.keys(p.output).join(',')));
      expect(keys.size, t.name).toBe(1);
    }
  });

  it('never give one input two different labels, in training or test', () => {
    for (const t of committed()) {
      const seen = new Map<string, string>();
      for (const p of all(t)) {
        const key = JSON.stringify(p.input);
        const label = JSON.stringify(p.output);
        expect(seen.get(key) ?? label, `${t.name}: ${key}`).toBe(label);
        seen.set(key, label);
      }
    }
  });

  it('label card numbers, ISBNs and IBANs valid exactly when their check digits are right, with both answers common', () => {
    for (const [name, field, check] of [
      ['e4-card-luhn-valid', 'card', luhn],
      ['e4-isbn-valid', 'isbn', isbn],
      ['e4-iban-valid', 'iban', iban],
    ] as const) {
      const records = all(byName(name));
      for (const p of records) {
        const code = bare(String(p.input[field]));
        expect(check(code), `${name}: ${code}`).toBe(p.output.valid);
      }
      const invalid = records.filter((p) => p.output.valid === false).length;
      expect(invalid, name).toBeGreaterThan(40);
      expect(records.length - invalid, name).toBeGreaterThan(40);
    }
  });

  it('write DMS labels that read back to the decimal input within half a second of arc', () => {
    for (const p of all(byName('e4-coord-decimal-to-dms'))) {
      const m = /^(\d+)°(\d\d)′(\d\d)″([NS]) (\d+)°(\d\d)′(\d\d)″([EW])$/.exec(String(p.output.position));
      expect(m, String(p.output.position)).not.toBeNull();
      const [, ad, am, as, ah, od, om, os, oh] = m ?? [];
      const read = (d?: string, mi?: string, s?: string, h?: string): number =>
        (h === 'S' || h === 'W' ? -1 : 1) * (Number(d) + Number(mi) / 60 + Number(s) / 3600);
      const num = (v: unknown): number => Number(String(v).replace(',', '.'));
      expect(Math.abs(read(ad, am, as, ah) - num(p.input.lat))).toBeLessThan(0.5 / 3600 + 1e-9);
      expect(Math.abs(read(od, om, os, oh) - num(p.input.lon))).toBeLessThan(0.5 / 3600 + 1e-9);
    }
  });

  it('hold back what the narrow training examples never show (the cheap program that fits them is wrong)', () => {
    const unseen = (name: string, key: string): number => {
      const t = byName(name);
      const shown = new Set(t.train.map((p) => JSON.stringify((p.output as Rec)[key])));
      return t.test.filter((p) => !shown.has(JSON.stringify((p.output as Rec)[key]))).length;
    };
    // examples all in euros, all in Tokyo wards, all with bis
    expect(unseen('e4-price-symbol-after', 'currency')).toBeGreaterThan(100);
    expect(unseen('e4-address-jp-japanese-order', 'prefecture')).toBeGreaterThan(150);
    expect(unseen('e4-address-fr-bis-ter', 'complement')).toBeGreaterThan(100);
    const sw = (name: string, re: RegExp, field: string): number =>
      byName(name).test.filter((p) => re.test(String((p.input as Rec)[field]))).length;
    // examples all N and W, all binary sizes, all HH:MM ranges, all "+" changes, all EXP MM/YYYY
    expect(sw('e4-coord-dms-to-decimal', /S|E/, 'position')).toBeGreaterThan(100);
    expect(sw('e4-file-size-si-iec', /[kMGT]B|[KMGT]o|mb|gb/, 'size')).toBeGreaterThan(60);
    expect(
      sw(
        'e4-shift-range-minutes',
        /[ap]\.?m|^\s*\d{1,2}(:\d\d)?\s*[-–—to ]+\s*\d{1,2}(:\d\d)?\s*$/i,
        'shift',
      ),
    ).toBeGreaterThan(60);
    expect(sw('e4-phone-intl-prefix', /^\s*011/, 'dialed')).toBeGreaterThan(40);
    expect(sw('e4-percent-change-signed', /[-−▼(]|down/, 'change')).toBeGreaterThan(60);
    expect(sw('e4-expiry-label-date', /\d\d\.\d\d|[A-Z]{3} \d\d$|USE BY/i, 'label')).toBeGreaterThan(100);
    // Sunday is 1, not ISO 7 + 1: the examples show no Sunday
    expect(byName('e4-weekday-sunday-first').test.some((p) => (p.output as Rec).weekdayNumber === 1)).toBe(
      true,
    );
  });
});
