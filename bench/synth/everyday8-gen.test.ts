import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyday8Dir, everyday8Tasks, TEST_RECORDS } from './everyday8-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(everyday8Dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(everyday8Dir, f), 'utf8')) as BenchTask);

const byName = (name: string): BenchTask => {
  const t = committed().find((x) => x.name === name);
  if (!t) throw new Error(`no task ${name}`);
  return t;
};
type Rec = Record<string, unknown>;
const all = (t: BenchTask): { input: Rec; output: Rec; review?: true }[] =>
  [...t.train, ...t.test] as { input: Rec; output: Rec; review?: true }[];

describe('everyday8 tuning tasks (bench/synth/tasks/everyday8)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = everyday8Tasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the e8- prefix, 3–4 examples, distinct test records, one output shape and formats the examples never show', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(30);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^e8-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.name).toBeLessThanOrEqual(4);
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
      const keys = new Set(all(t).map((p) => Object.keys(p.output).join(',')));
      expect(keys.size, t.name).toBe(1);
      // the layout of a text: letter runs → a, digits → 9 (run lengths ignored), so only a new format counts
      const layout = (v: unknown): string =>
        JSON.stringify(v)
          .replace(/\p{L}+/gu, 'a')
          .replace(/\d+/g, '9');
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

  it('mark review exactly the slashed office dates whose two parts could be either order (spot check apart from the generator)', () => {
    for (const p of all(byName('e8-date-offices-mixed'))) {
      const text = String(p.input.start);
      const m = /^(\d\d)\/(\d\d)\/\d{4}$/.exec(text);
      const ambiguous = m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
      expect(p.review === true, text).toBe(ambiguous);
    }
  });

  it('label epoch timestamps with the UTC instant they count (spot check apart from the generator)', () => {
    for (const p of all(byName('e8-timestamp-epoch-or-iso'))) {
      const text = String(p.input.created);
      if (!/^\d+$/.test(text)) continue;
      const ms = text.length > 11 ? Number(text) : Number(text) * 1000;
      expect(p.output.utc, text).toBe(
        new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
      );
    }
  });

  it('label E.164 numbers with the digits of the national number (spot check apart from the generator)', () => {
    for (const p of all(byName('e8-phone-country-e164'))) {
      const national = String(p.input.phone).replace(/\D/g, '').replace(/^0/, '');
      expect(
        String(p.output.e164).endsWith(national.replace(/^(1|44|49|33|31)(?=\d{9,})/, '')),
        String(p.input.phone),
      ).toBe(true);
    }
  });
});
