import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyday5Dir, everyday5Tasks, TEST_RECORDS } from './everyday5-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(everyday5Dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(everyday5Dir, f), 'utf8')) as BenchTask);

const byName = (name: string): BenchTask => {
  const t = committed().find((x) => x.name === name);
  if (!t) throw new Error(`no task ${name}`);
  return t;
};
type Rec = Record<string, unknown>;
const all = (t: BenchTask): { input: Rec; output: Rec }[] =>
  [...t.train, ...t.test] as { input: Rec; output: Rec }[];

/** VIN check digit recomputed here, apart from the generator, to check its labels. */
const VIN_VALUES = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const VIN_TRANSLIT = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9];
const vinOk = (raw: string): boolean => {
  const v = raw.trim().toUpperCase();
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const sum = [...v].reduce((s, c, i) => {
    const n = /\d/.test(c) ? Number(c) : (VIN_TRANSLIT[VIN_VALUES.indexOf(c)] ?? NaN);
    return s + n * (weights[i] ?? 0);
  }, 0);
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  return v.length === 17 && v[8] === check;
};

/** ISO week by counting Thursdays, apart from the generator's formula. */
const isoWeek = (isoDate: string): string => {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  const dow = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = new Date(ms + (3 - dow) * 86400000);
  const year = thursday.getUTCFullYear();
  let week = 0;
  for (let t = Date.UTC(year, 0, 1); t <= thursday.getTime(); t += 86400000)
    if (new Date(t).getUTCDay() === 4) week++;
  return `${year}-W${String(week).padStart(2, '0')}`;
};

describe('everyday5 tuning tasks (bench/synth/tasks/everyday5)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = everyday5Tasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the e5- prefix, 3–4 training examples, the full number of distinct test records and one output shape', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(40);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^e5-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.name).toBeLessThanOrEqual(4);
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

  it('label VINs valid exactly when the check digit is right, with both answers common', () => {
    const records = all(byName('e5-vin-valid'));
    for (const p of records) expect(vinOk(String(p.input.vin)), String(p.input.vin)).toBe(p.output.valid);
    const invalid = records.filter((p) => p.output.valid === false).length;
    expect(invalid).toBeGreaterThan(60);
    expect(records.length - invalid).toBeGreaterThan(60);
  });

  it('label ISO weeks as counting Thursdays says, including dates at the turn of a year', () => {
    const records = all(byName('e5-iso-week'));
    for (const p of records)
      expect(p.output.week, String(p.input.ordered)).toBe(isoWeek(String(p.input.ordered)));
    expect(
      records.filter((p) => !String(p.output.week).startsWith(String(p.input.ordered).slice(0, 4))).length,
    ).toBeGreaterThan(10);
  });

  it('label E.164 numbers that keep every digit of the national number', () => {
    for (const [name, field, cc] of [
      ['e5-phone-uk-to-e164', 'phone', '44'],
      ['e5-phone-fr-to-e164', 'tel', '33'],
    ] as const)
      for (const p of all(byName(name))) {
        const national = String(p.input[field])
          .replace(/\(0\)/, '')
          .replace(/\D/g, '')
          .replace(new RegExp(`^(00${cc}|${cc}|0)`), '');
        expect(p.output.e164, String(p.input[field])).toBe(`+${cc}${national}`);
      }
  });

  it('hold back what the narrow training examples never show (the cheap program that fits them is wrong)', () => {
    const count = (name: string, pred: (p: { input: Rec; output: Rec }) => boolean): number =>
      (byName(name).test as { input: Rec; output: Rec }[]).filter(pred).length;
    const str = (v: unknown): string => String(v);
    // examples all in euros, all German or French, all US mpg, all US numbers, all .com/.org/.io
    expect(count('e5-money-display-de', (p) => p.input.currency !== 'EUR')).toBeGreaterThan(60);
    expect(
      count('e5-date-eu-long-multilang', (p) =>
        /de |maggio|mei|maart|marzo|gennaio|juli /.test(str(p.input.date)),
      ),
    ).toBeGreaterThan(40);
    expect(count('e5-fuel-economy-l100km', (p) => !/mpg/i.test(str(p.input.economy)))).toBeGreaterThan(80);
    expect(count('e5-phone-us-display', (p) => !str(p.input.e164).startsWith('+1'))).toBeGreaterThan(20);
    expect(count('e5-registrable-domain', (p) => str(p.output.domain).split('.').length > 2)).toBeGreaterThan(
      40,
    );
    // examples show no cm, no fatal level, no ^0.x, no 2-series Mastercard or Discover
    expect(count('e5-dimensions-to-cm', (p) => /cm/.test(str(p.input.size)))).toBeGreaterThan(20);
    expect(count('e5-log-klog', (p) => p.output.level === 'fatal')).toBeGreaterThan(5);
    expect(count('e5-semver-range-bounds', (p) => str(p.input.range).startsWith('^0.'))).toBeGreaterThan(20);
    expect(count('e5-card-brand-last4', (p) => p.output.brand === 'Discover')).toBeGreaterThan(15);
  });
});
