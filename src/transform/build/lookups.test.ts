import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadService } from '../service.ts';
import { makeServiceDir, removeServiceDirs } from '../testing/fixtures.ts';
import { readLookupTables } from './synth-adapter.ts';

afterAll(removeServiceDirs);

const LOCAL = { name: 'prices', model: 'local', settings: { qaRate: 0, qaMin: 0 } };
const EXAMPLES = [
  { input: { price: '$1,299.00' }, output: { amount: 1299, currency: 'USD' } },
  { input: { price: '1.299,00 €' }, output: { amount: 1299, currency: 'EUR' } },
  { input: { price: 'USD 12.00' }, output: { amount: 12, currency: 'USD' } },
  { input: { price: '£4.50' }, output: { amount: 4.5, currency: 'GBP' } },
];
const LOOKUPS = { currency: { $: 'USD', '€': 'EUR', '£': 'GBP', USD: 'USD', EUR: 'EUR', GBP: 'GBP' } };

describe('lookups.json: tables a user gives the local synthesizer', { timeout: 120_000 }, () => {
  it('lets a build map currency symbols and codes it has no example for', async () => {
    const dir = await makeServiceDir({
      'examples.json': EXAMPLES,
      'codify.json': LOCAL,
      'lookups.json': LOOKUPS,
    });
    const svc = await loadService(dir);
    const built = await svc.build();
    expect(built.status, built.reason).toBe('passed');
    expect(await readFile(path.join(dir, 'transform.ts'), 'utf8')).toContain('findIn(');
    const results = [];
    for await (const result of svc.run([{ price: 'GBP 7.25' }, { price: '€3' }])) results.push(result);
    expect(results.map((r) => (r.ok ? r.output : r.error.kind))).toEqual([
      { amount: 7.25, currency: 'GBP' },
      { amount: 3, currency: 'EUR' },
    ]);
  });

  it('without the table the built-in currency table derives the codes (a user table would win)', async () => {
    const dir = await makeServiceDir({ 'examples.json': EXAMPLES, 'codify.json': LOCAL });
    const svc = await loadService(dir);
    const built = await svc.build();
    expect(built.status, built.reason).toBe('passed');
    expect(existsSync(path.join(dir, 'transform.ts'))).toBe(true);
    const code = await readFile(path.join(dir, 'transform.ts'), 'utf8');
    expect(code).toContain('currencyCode(');
    expect(code).not.toContain('findIn(');
    const results = [];
    for await (const result of svc.run([{ price: 'GBP 7.25' }])) results.push(result);
    expect(results.map((r) => (r.ok ? r.output : r.error.kind))).toEqual([{ amount: 7.25, currency: 'GBP' }]);
  });

  it('reads nothing when absent and refuses a table that does not map text to text', async () => {
    expect(await readLookupTables(await makeServiceDir({}))).toBeUndefined();
    const bad = await makeServiceDir({ 'lookups.json': { currency: { $: 1 } } });
    await expect(readLookupTables(bad)).rejects.toThrow(/Table "currency".*must map text to text/);
    const broken = await makeServiceDir({ 'lookups.json': '{ nope' });
    await expect(readLookupTables(broken)).rejects.toThrow(/not valid JSON/);
  });
});
