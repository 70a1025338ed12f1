import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeServiceDir } from '../transform/testing/fixtures.ts';
import { main } from './main.ts';

const LOCAL = { name: 'dates', model: 'local', settings: { qaRate: 0, qaMin: 0 } };

// Every example date is written year-month-day with dashes.
const ISO_DATES = [
  { input: { id: 1, date: '2024-03-05' }, output: { year: '2024', month: '03' } },
  { input: { id: 2, date: '2023-11-20' }, output: { year: '2023', month: '11' } },
  { input: { id: 3, date: '2022-07-14' }, output: { year: '2022', month: '07' } },
];

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('codify transform build --sample', { timeout: 180_000 }, () => {
  it('codify transform build --sample prints a question the rivals agree on, and why it is asked', async () => {
    const dir = await makeServiceDir({ 'examples.json': ISO_DATES, 'codify.json': LOCAL });
    dirs.push(dir);
    const sample = path.join(dir, 'sample.jsonl');
    await writeFile(sample, '{"id":10,"date":"2024-03-05 10:30"}\n{"id":11,"date":"2021-12-01 08:15"}\n');
    let printed = '';
    const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
      printed += `${parts.join(' ')}\n`;
    });
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const code = await main(['node', 'codify', 'transform', 'build', dir, '--sample', sample]);
      expect(code, printed).toBe(0);
    } finally {
      error.mockRestore();
      log.mockRestore();
    }
    // A time after the date: every rival reads year and month alike, and the date reader reads
    // padding and separators as the examples', so only the time makes its shape a question.
    expect(printed).toMatch(/"date":"(2024-03-05 10:30|2021-12-01 08:15)"\} → no example had this shape/);
    // Where the questions are, so a person can open the file the message names.
    expect(printed).toContain(`Questions written to ${path.join(dir, 'questions.json')}`);
    expect(printed).not.toContain('Ambiguity: none');
    // The summary counts every reason, not only rival disagreements (there are none here).
    expect(printed).toMatch(
      /Unsettled: 2 of 2 input\(s\) seen are not settled by the examples: unseen input shape 2\b/,
    );
  });

  it('names --sample, not --input, when the sample file is missing', async () => {
    const dir = await makeServiceDir({ 'examples.json': ISO_DATES, 'codify.json': LOCAL });
    dirs.push(dir);
    let printed = '';
    const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
      printed += `${parts.join(' ')}\n`;
    });
    try {
      const missing = path.join(dir, 'no-such-sample.csv');
      const code = await main(['node', 'codify', 'transform', 'build', dir, '--sample', missing]);
      expect(code, printed).toBe(2);
      expect(printed).toContain(`--sample ${missing} not found`);
      expect(printed).not.toContain('--input');
    } finally {
      error.mockRestore();
    }
  });
});
