import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyday11Dir, everyday11Tasks, iso6346Check, TEST_RECORDS } from './everyday11-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(everyday11Dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(everyday11Dir, f), 'utf8')) as BenchTask);

const byName = (name: string): BenchTask => {
  const t = committed().find((x) => x.name === name);
  if (!t) throw new Error(`no task ${name}`);
  return t;
};
type Rec = Record<string, unknown>;
const all = (t: BenchTask): { input: Rec; output: Rec; review?: true }[] =>
  [...t.train, ...t.test] as { input: Rec; output: Rec; review?: true }[];

describe('everyday11 tuning tasks (bench/synth/tasks/everyday11)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = everyday11Tasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the e11- prefix, 3–4 examples, an output schema, distinct test records and one output shape', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(30);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^e11-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.name).toBeLessThanOrEqual(4);
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

  it('compute the ISO 6346 check digit as the standard’s worked example does', () => {
    expect(iso6346Check('CSQU305438')).toBe(3);
  });

  it('give container numbers a validity apart from the generator (spot check)', () => {
    for (const p of all(byName('e11-container-number-valid'))) {
      const d = String(p.input.container).replace(/[\s-]/g, '').toUpperCase();
      expect(p.output.valid, d).toBe(iso6346Check(d.slice(0, 10)) === Number(d[10]));
    }
  });

  it('give abbreviated page ranges their full last page (spot check apart from the generator)', () => {
    for (const p of all(byName('e11-citation-pages'))) {
      const m = /(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(String(p.input.pages))!;
      const first = m[1]!;
      const tail = m[2] ?? first;
      const last = Number(first.slice(0, Math.max(0, first.length - tail.length)) + tail);
      expect([p.output.first_page, p.output.last_page], String(p.input.pages)).toEqual([Number(first), last]);
    }
  });
});
