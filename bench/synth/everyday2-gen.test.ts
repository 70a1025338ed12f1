import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyday2Dir, everyday2Tasks, TEST_RECORDS } from './everyday2-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(everyday2Dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(everyday2Dir, f), 'utf8')) as BenchTask);

describe('everyday2 tuning tasks (bench/synth/tasks/everyday2)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = everyday2Tasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    // JSON round trip: prettier changes the layout of the files, never their values.
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the e2- prefix, 3–4 training examples and the full number of distinct test records', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(35);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^e2-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.name).toBeLessThanOrEqual(4);
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
    }
  });

  it('never give one input two different labels, in training or test', () => {
    for (const t of committed()) {
      const labels = new Map<string, string>();
      for (const p of [...t.train, ...t.test]) {
        const key = JSON.stringify(p.input);
        const label = JSON.stringify(p.output);
        expect(labels.get(key) ?? label, `${t.name}: ${key}`).toBe(label);
        labels.set(key, label);
      }
    }
  });
});
