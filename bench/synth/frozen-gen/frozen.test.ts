import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BenchTask } from '../task.ts';
import { frozenSpecs, generateTask, taskPath } from './index.ts';

const frozenDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'frozen');

function jsonFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsonFiles(dir, join(prefix, entry.name))
      : entry.name.endsWith('.json')
        ? [join(prefix, entry.name)]
        : [],
  );
}

const load = (file: string): BenchTask =>
  JSON.parse(readFileSync(join(frozenDir, file), 'utf8')) as BenchTask;

describe('frozen held-out synth tasks', () => {
  it('has at least 60 tasks, one file per generator and no stray files', () => {
    const files = jsonFiles(frozenDir).sort();
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(files).toEqual(frozenSpecs.map(taskPath).sort());
    expect(new Set(frozenSpecs.map((s) => s.name)).size).toBe(frozenSpecs.length);
  });

  it('every file parses as a task with 3–4 typical examples and 200–500 labeled test records', () => {
    for (const file of jsonFiles(frozenDir)) {
      const task = load(file);
      expect(typeof task.name, file).toBe('string');
      expect(file, file).toBe(`${task.category}/${task.name}.json`);
      expect(task.description.length, file).toBeGreaterThan(20);
      expect(task.train.length, file).toBeGreaterThanOrEqual(3);
      expect(task.train.length, file).toBeLessThanOrEqual(4);
      expect(task.test.length, file).toBeGreaterThanOrEqual(200);
      expect(task.test.length, file).toBeLessThanOrEqual(500);
      const unlabeled = [...task.train, ...task.test].filter((e) => !('input' in e) || !('output' in e));
      expect(unlabeled, file).toEqual([]);
    }
  });

  it('the generators are deterministic and the committed files are exactly what they produce', () => {
    for (const spec of frozenSpecs) {
      // Compared as JSON text: key order and every value must match (and it is fast on 21,000 records).
      const first = JSON.stringify(generateTask(spec));
      expect(JSON.stringify(generateTask(spec)) === first, `${spec.name}: two runs differ`).toBe(true);
      expect(
        JSON.stringify(load(taskPath(spec))) === first,
        `${spec.name}: file differs from its generator`,
      ).toBe(true);
    }
  });

  it('no input carries two different labels (within a task, training examples included)', () => {
    for (const file of jsonFiles(frozenDir)) {
      const task = load(file);
      const labels = new Map<string, string>();
      const conflicts: string[] = [];
      for (const { input, output } of [...task.train, ...task.test]) {
        const key = JSON.stringify(input);
        const label = JSON.stringify(output);
        if ((labels.get(key) ?? label) !== label) conflicts.push(`${key}: ${labels.get(key)} vs ${label}`);
        labels.set(key, label);
      }
      expect(conflicts, file).toEqual([]);
    }
  });
});
