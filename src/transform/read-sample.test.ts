import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSample } from './read-sample.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'codify-sample-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readSample', () => {
  it('reads the first records of a CSV file with the run’s reader (header row → keys)', async () => {
    const file = path.join(dir, 'people.csv');
    await writeFile(file, 'id,name\n1,Mary Ann Smith\n2,Di Roe\n3,Lee Jo Stone\n');
    expect(await readSample(file, { limit: 2 })).toEqual({
      records: [
        { id: '1', name: 'Mary Ann Smith' },
        { id: '2', name: 'Di Roe' },
      ],
      skipped: 0,
      truncated: true,
    });
  });

  it('skips and counts the JSONL lines that do not parse; an explicit format wins over the name', async () => {
    const file = path.join(dir, 'people.txt');
    await writeFile(file, '{"name":"Ann Lee"}\nnot json\n{"name":"Bo Park"}\n');
    expect(await readSample(file, { format: 'jsonl' })).toEqual({
      records: [{ name: 'Ann Lee' }, { name: 'Bo Park' }],
      skipped: 1,
      truncated: false,
    });
  });

  it('refuses a file that is not there', async () => {
    await expect(readSample(path.join(dir, 'missing.jsonl'))).rejects.toThrow(/not found/);
  });
});
