import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadService } from '../service.ts';
import { makeServiceDir } from '../testing/fixtures.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('a string output the schema lists as an enum', { timeout: 120_000 }, () => {
  it('builds when the value is read from the input, and the type says which strings it may be', async () => {
    const dir = await makeServiceDir({
      'codify.json': { name: 'currency', model: 'local', settings: { qaRate: 0, qaMin: 0 } },
      'schema.json': {
        type: 'object',
        properties: { currency: { type: 'string', enum: ['EUR', 'USD'] } },
        required: ['currency'],
        additionalProperties: false,
      },
      'examples.json': [
        { input: { price: 'EUR 12.50' }, output: { currency: 'EUR' } },
        { input: { price: 'USD 12.00' }, output: { currency: 'USD' } },
        { input: { price: 'EUR 1299.00' }, output: { currency: 'EUR' } },
        { input: { price: 'USD 7.25' }, output: { currency: 'USD' } },
      ],
    });
    dirs.push(dir);
    const built = await (await loadService(dir)).build({});
    expect(built.status, built.reason).toBe('passed');
    const code = await readFile(path.join(dir, 'transform.ts'), 'utf8');
    expect(code).toMatch(/as "EUR" \| "USD"/);
  });
});
