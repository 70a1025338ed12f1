import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksDir, asksTasks, TEST_RECORDS } from './asks-gen.ts';
import type { BenchTask } from './task.ts';

const committed = (): BenchTask[] =>
  readdirSync(asksDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(asksDir, f), 'utf8')) as BenchTask);

describe('asks tuning tasks (bench/synth/tasks/asks)', () => {
  it('are the generator output exactly (the generator is deterministic and is the reference)', () => {
    const generated = asksTasks()
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(committed()).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('have the q9- prefix, 3 examples, distinct records, and formats the examples never show', () => {
    const tasks = committed();
    expect(tasks.length).toBeGreaterThanOrEqual(12);
    // the layout of a text: upper-case runs → A, other letter runs → a, digits → 9, so only a new format counts
    const layout = (v: unknown): string =>
      JSON.stringify(v)
        .replace(/\p{Lu}+/gu, 'A')
        .replace(/\p{Ll}+/gu, 'a')
        .replace(/\d+/g, '9');
    for (const t of tasks) {
      expect(t.name, t.name).toMatch(/^q9-/);
      expect(t.train.length, t.name).toBe(3);
      expect(t.test.length, t.name).toBe(TEST_RECORDS);
      const inputs = t.test.map((p) => JSON.stringify(p.input));
      expect(new Set(inputs).size, t.name).toBe(inputs.length);
      const shown = new Set(t.train.map((p) => layout(p.input)));
      // a unit or keyword the examples never write ("GB" beside "MB") is a new format too
      const words = (v: unknown): string[] => JSON.stringify(v).match(/\p{Lu}{2,}/gu) ?? [];
      const shownWords = new Set(t.train.flatMap((p) => words(p.input)));
      const unseen = t.test.filter(
        (p) => !shown.has(layout(p.input)) || words(p.input).some((w) => !shownWords.has(w)),
      ).length;
      expect(unseen, t.name).toBeGreaterThanOrEqual(8);
    }
  });
});
