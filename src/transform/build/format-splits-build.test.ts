import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadService } from '../service.ts';
import { loadTransform } from '../synth/index.ts';
import { makeServiceDir, removeServiceDirs } from '../testing/fixtures.ts';

afterAll(removeServiceDirs);

const LOCAL = { name: 'trips', model: 'local', settings: { qaRate: 0, qaMin: 0 } };
// Trip lengths as a person gave them: three on the clock, one in words (no answer involved).
const TRIPS = [
  { input: { trip: 'A12', took: '01:30' }, output: { minutes: 90 } },
  { input: { trip: 'B07', took: '02:15' }, output: { minutes: 135 } },
  { input: { trip: 'C33', took: '0:45' }, output: { minutes: 45 } },
  { input: { trip: 'D02', took: 'an hour and a half' }, output: { minutes: 90 } },
];

describe('a build no program fits, whose examples show two input formats', { timeout: 300_000 }, () => {
  it('says it is partial, names the example of the other format, and writes the covered one', async () => {
    const dir = await makeServiceDir({ 'examples.json': TRIPS, 'codify.json': LOCAL });
    const result = await (await loadService(dir)).build();
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/fits the most \(3 of 4 examples\)/);
    expect(result.reason).toMatch(/example 4 \(index 3\).*another input format/);
    expect(result.unfit?.map((u) => u.index)).toEqual([3]);
    const next = await readFile(path.join(dir, 'transform.next.ts'), 'utf8');
    expect(next).toContain('TODO(codify)');
    const transform = loadTransform(next);
    expect(transform({ trip: 'E10', took: '03:10' })).toEqual({ minutes: 190 });
    expect(() => transform({ trip: 'F11', took: 'two hours' })).toThrow(/TODO\(codify\).*example 4/);
  });
});
