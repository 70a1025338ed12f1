import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accidentDir, accidentTasks, TEST_RECORDS } from './accident-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(accidentDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(accidentDir, f), 'utf8')) as BenchTask);

describe('accident tuning tasks (bench/synth/tasks/accident)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = accidentTasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(committed()).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the a12- prefix, 2–4 examples, distinct records, at least 24 tasks and some controls', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(24);
    expect(tasks.filter((t) => t.description.startsWith('control:')).length).toBeGreaterThanOrEqual(6);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^a12-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(2);
      expect(t.train.length, t.name).toBeLessThanOrEqual(4);
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
    }
  });

  it('break the coincidence: every non-control task has a record whose label differs from the examples’ pattern', () => {
    // a constant output the examples share is broken by some record with another value
    for (const t of committed().filter((t) => !t.description.startsWith('control:'))) {
      const keys = Object.keys(t.train[0]?.output as object);
      const shared = keys.filter(
        (k) => new Set(t.train.map((p) => JSON.stringify((p.output as never)[k]))).size === 1,
      );
      for (const k of shared) {
        const seen = new Set(t.test.map((p) => JSON.stringify((p.output as never)[k])));
        expect(seen.size, `${t.name}.${k}`).toBeGreaterThan(1);
      }
    }
  });
});
