import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDir, composeTasks, TEST_RECORDS } from './compose-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(composeDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(composeDir, f), 'utf8')) as BenchTask);

describe('compose tasks (bench/synth/tasks/compose)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = composeTasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const files = committed();
    expect(files.map((t) => t.name)).toEqual(generated.map((t) => t.name));
    expect(files).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the c8- prefix, 3–5 examples, distinct test records, one output shape, and held records unlike the examples', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(30);
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^c8-/);
      expect(t.train.length, t.name).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.name).toBeLessThanOrEqual(5);
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
      const keys = new Set([...t.train, ...t.test].map((p) => Object.keys(p.output as object).join(',')));
      expect(keys.size, t.name).toBe(1);
      // Adversarial: a good share of held records differ in their character layout from every example,
      // or cannot be settled at all (marked review), or have a label the examples never showed.
      const layout = (v: unknown): string =>
        JSON.stringify(v)
          .replace(/[A-Za-z]+/g, 'a')
          .replace(/\d/g, '9');
      const shown = new Set(t.train.map((p) => layout(p.input)));
      // For a closed set of labels (fewer distinct labels than a third of the records): a label no example had.
      const labels = new Set(t.test.map((p) => JSON.stringify(p.output)));
      const closed = labels.size < t.test.length / 3;
      const taught = new Set(t.train.map((p) => JSON.stringify(p.output)));
      const novel = t.test.filter(
        (p) =>
          p.review === true ||
          !shown.has(layout(p.input)) ||
          (closed && !taught.has(JSON.stringify(p.output))),
      ).length;
      expect(novel, t.name).toBeGreaterThan(3);
    }
  });
});
