import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyday7Dir, everyday7Tasks, TEST_RECORDS } from './everyday7-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(everyday7Dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(everyday7Dir, f), 'utf8')) as BenchTask);

const byName = (name: string): BenchTask => {
  const t = committed().find((x) => x.name === name);
  if (!t) throw new Error(`no task ${name}`);
  return t;
};
type Rec = Record<string, unknown>;
const all = (t: BenchTask): { input: Rec; output: Rec }[] =>
  [...t.train, ...t.test] as { input: Rec; output: Rec }[];

/** The shape of a text: every letter → a, every digit → 9 (runs kept), so formats can be counted. */
const shape = (s: string): string => s.replace(/\p{L}/gu, 'a').replace(/\d/g, '9');

describe('everyday7 tuning tasks (bench/synth/tasks/everyday7)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = everyday7Tasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the e7- prefix, 3–4 training examples, the full number of distinct test records and one output shape', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(30);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^e7-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.name).toBeLessThanOrEqual(4);
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
      const keys = new Set(all(t).map((p) => JSON.stringify(Object.keys(p.output))));
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

  it('hold back formats the training examples never show, in every task (the cheapest program is contradicted later)', () => {
    for (const t of committed()) {
      const text = (p: { input: Rec }): string =>
        Object.values(p.input)
          .map((v) => shape(String(v).trim()))
          .join('|');
      // the training shapes with number-run lengths ignored, so only a new format counts as new
      const loose = (s: string): string => s.replace(/9+/g, '9').replace(/a+/g, 'a');
      const trainShapes = new Set(t.train.map((p) => loose(text(p as { input: Rec }))));
      const unseen = (t.test as { input: Rec }[]).filter((p) => !trainShapes.has(loose(text(p)))).length;
      expect(unseen, t.name).toBeGreaterThan(20);
    }
  });

  it('label weekday dates with the calendar day the weekday names (spot checks apart from the generator)', () => {
    for (const p of all(byName('e7-date-weekday-text'))) {
      const when = String(p.input.when);
      const day = new Date(`${String(p.output.date)}T00:00:00Z`).getUTCDay();
      const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
      expect(when.slice(0, 3), when).toBe(names[day]);
    }
  });

  it('label odometer readings in miles with 1.609344 km each (spot checks apart from the generator)', () => {
    for (const p of all(byName('e7-odometer-to-km'))) {
      const text = String(p.input.odometer);
      const n = Number(text.replace(/[^0-9.]/g, '')) * (/k mi/.test(text) ? 1000 : 1);
      expect(p.output.km, text).toBe(/mi/.test(text) ? Math.round(n * 1.609344) : n);
    }
  });
});
