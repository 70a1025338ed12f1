import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadService } from '../service.ts';
import { makeServiceDir } from '../testing/fixtures.ts';
import type { Question } from './questions.ts';

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

describe('build --sample asks what the product does not know', { timeout: 180_000 }, () => {
  it('asks about sample records of a date shape no example had, with why', async () => {
    const dir = await makeServiceDir({ 'examples.json': ISO_DATES, 'codify.json': LOCAL });
    dirs.push(dir);
    const svc = await loadService(dir);
    const built = await svc.build({
      sample: [
        { id: 9, date: '2021-01-30' },
        { id: 10, date: '05.03.2024' },
        { id: 11, date: '17.12.2020' },
      ],
    });
    expect(built.status).toBe('passed');
    const asked = built.ambiguity?.questions ?? [];
    // One question covers both dotted dates (one answer settles the format), whether or not the
    // rival programs happen to disagree on them; the dashed sample date is settled.
    const shape = asked.find((q) => /no example had this shape/.test(q.reason ?? ''));
    expect(shape, JSON.stringify(asked)).toBeDefined();
    expect((shape?.input as { date: string }).date).toMatch(/^\d\d\.\d\d\.\d{4}$/);
    expect(shape?.settles).toBe(2);
    // The code reads the date with parseDate (year first), which cannot read a dotted day first.
    expect(shape?.reason).toContain('"date" reads as "no date"');
    expect(asked.some((q) => (q.input as { id: number }).id === 9)).toBe(false);
    // The same questions reach questions.json (the server, the web tab and model answers read it).
    const written = JSON.parse(await readFile(path.join(dir, 'questions.json'), 'utf8')) as Question[];
    expect(written.map((q) => q.input)).toEqual(asked.map((q) => q.input));
  });
});
