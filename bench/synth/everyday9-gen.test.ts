import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyday9Dir, everyday9Tasks, TEST_RECORDS } from './everyday9-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(everyday9Dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(everyday9Dir, f), 'utf8')) as BenchTask);

const byName = (name: string): BenchTask => {
  const t = committed().find((x) => x.name === name);
  if (!t) throw new Error(`no task ${name}`);
  return t;
};
type Rec = Record<string, unknown>;
const all = (t: BenchTask): { input: Rec; output: Rec; review?: true }[] =>
  [...t.train, ...t.test] as { input: Rec; output: Rec; review?: true }[];

describe('everyday9 tuning tasks (bench/synth/tasks/everyday9)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = everyday9Tasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the e9- prefix, 2–5 examples, an output schema, distinct test records, one output shape and formats the examples never show', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(30);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^e9-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(2);
      expect(t.schema, t.name).toBeDefined();
      expect(t.train.length, t.name).toBeLessThanOrEqual(5);
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
      const keys = new Set(all(t).map((p) => Object.keys(p.output).join(',')));
      expect(keys.size, t.name).toBe(1);
      // the layout of a text: letter runs → a, each digit → 9 (a two-digit year is another format than a four-digit one)
      const layout = (v: unknown): string =>
        JSON.stringify(v)
          .replace(/\p{L}+/gu, 'a')
          .replace(/\d/g, '9');
      const shown = new Set(t.train.map((p) => layout(p.input)));
      const unseen = t.test.filter((p) => p.review === true || !shown.has(layout(p.input))).length;
      expect(unseen, t.name).toBeGreaterThan(10);
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

  it('mark review exactly the slashed dates whose two parts could be either order (spot check apart from the generator)', () => {
    for (const name of ['e9-date-slash-us-eu', 'e9-date-free-text-mixed']) {
      for (const p of all(byName(name))) {
        const text = String(Object.values(p.input)[0]);
        const m = /^(\d\d?)\/(\d\d?)\/\d{4}$/.exec(text);
        const ambiguous =
          m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && Number(m[1]) !== Number(m[2]);
        expect(p.review === true, text).toBe(ambiguous);
      }
    }
  });

  it('mark review exactly the grouped totals with one three-digit group and no decimals (spot check apart from the generator)', () => {
    for (const p of all(byName('e9-invoice-total-locale'))) {
      const text = String(p.input.total);
      expect(p.review === true, text).toBe(/^\d{1,3}[.,]\d{3}$/.test(text));
    }
  });
});
