import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyday10Dir, everyday10Tasks, TEST_RECORDS } from './everyday10-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(everyday10Dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(everyday10Dir, f), 'utf8')) as BenchTask);

const byName = (name: string): BenchTask => {
  const t = committed().find((x) => x.name === name);
  if (!t) throw new Error(`no task ${name}`);
  return t;
};
type Rec = Record<string, unknown>;
const all = (t: BenchTask): { input: Rec; output: Rec; review?: true }[] =>
  [...t.train, ...t.test] as { input: Rec; output: Rec; review?: true }[];

describe('everyday10 tuning tasks (bench/synth/tasks/everyday10)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = everyday10Tasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the e10- prefix, 3–5 examples, an output schema, distinct test records, one output shape and formats the examples never show', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(30);
    expect(tasks.filter((t) => t.train.length <= 4).length).toBeGreaterThanOrEqual(10);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^e10-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.name).toBeLessThanOrEqual(5);
      expect(t.schema, t.name).toBeDefined();
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
      const keys = new Set(all(t).map((p) => Object.keys(p.output).join(',')));
      expect(keys.size, t.name).toBe(1);
    }
  });

  it('never give one input two different labels', () => {
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

  it('give EAN-13 labels the GS1 check digit (spot check apart from the generator)', () => {
    const check = (d: string): number =>
      (10 - ([...d].reduce((a, c, i) => a + Number(c) * (i % 2 === 0 ? 1 : 3), 0) % 10)) % 10;
    for (const p of all(byName('e10-ean13-add-check-digit'))) {
      const d12 = String(p.input.ean12).replace(/\s/g, '');
      expect(p.output.ean13, d12).toBe(`${d12}${check(d12)}`);
    }
    for (const p of all(byName('e10-ean13-valid'))) {
      const d = String(p.input.code).replace(/[\s-]/g, '');
      const valid = /^\d{13}$/.test(d) && check(d.slice(0, 12)) === Number(d[12]);
      expect(p.output.valid, d).toBe(valid);
    }
  });

  it('give ISO durations their minutes (spot check apart from the generator)', () => {
    for (const p of all(byName('e10-iso-duration-minutes'))) {
      const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(String(p.input.duration));
      expect(m, String(p.input.duration)).not.toBeNull();
      const [d, h, mi, s] = [1, 2, 3, 4].map((i) => Number(m![i] ?? 0));
      expect(p.output.minutes).toBeCloseTo(d! * 1440 + h! * 60 + mi! + s! / 60, 2);
    }
  });
});
