import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadService } from './service.ts';
import { makeServiceDir, removeServiceDirs } from './testing/fixtures.ts';

/**
 * A rebuild after an answer that no single program fits beside the other examples (a month-first
 * date answered where the rest are day-first) keeps the unbranched program that fits the most and
 * names the answer it does not fit; it never fits everything with a branch on words of an unrelated
 * free-text field (which sent half of a 200,000-record run to review).
 */
afterAll(removeServiceDirs);

const EXAMPLES = [
  {
    input: { member: 'Ines Duarte', since: '03/04/2021' },
    output: { member: 'Ines Duarte', since: '2021-04-03' },
  },
  {
    input: { member: 'Priya Rao', since: '07/11/2020' },
    output: { member: 'Priya Rao', since: '2020-11-07' },
  },
  {
    input: { member: 'Tomas Berg', since: '1/2/2022' },
    output: { member: 'Tomas Berg', since: '2022-02-01' },
  },
  {
    input: { member: 'Olek Nowak', since: '12/25/2019' },
    output: { member: 'Olek Nowak', since: '2019-12-25' },
    note: 'answered question (codify transform label)',
  },
];

describe('a rebuild after an answer no single program fits', { timeout: 180_000 }, () => {
  it('keeps the program that fits the most, names the unfit answer, and branches on no name', async () => {
    const dir = await makeServiceDir({
      'examples.json': EXAMPLES,
      'codify.json': { name: 'members', model: 'local' },
    });
    const result = await (await loadService(dir)).build();
    expect(result.status).not.toBe('passed');
    expect(result.unfit?.map((u) => u.index)).toEqual([3]);
    const next = await readFile(path.join(dir, 'transform.next.ts'), 'utf8');
    expect(next).not.toMatch(/test\(text\(input\.member\)\)/);
    expect(existsSync(path.join(dir, 'transform.ts'))).toBe(false);
  });
});
