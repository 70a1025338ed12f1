import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadService } from '../service.ts';
import { makeServiceDir } from '../testing/fixtures.ts';

const LOCAL = { name: 'svc', model: 'local', settings: { qaRate: 0, qaMin: 0 } };

// `first` is the first word; `ticket` has no relation to the input the local engine could find.
const PARTLY = [
  { input: { name: 'Ada Lovelace' }, output: { first: 'Ada', ticket: 'alpha-17' } },
  { input: { name: 'Alan Turing' }, output: { first: 'Alan', ticket: 'zeta-03' } },
  { input: { name: 'Grace Hopper' }, output: { first: 'Grace', ticket: 'omega-99' } },
];

const dirs: string[] = [];

describe('a failed build helps', { timeout: 180_000 }, () => {
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('names the field it could not derive, what would help, and writes the solved fields with a TODO', async () => {
    const dir = await makeServiceDir({ 'examples.json': PARTLY, 'codify.json': LOCAL });
    dirs.push(dir);
    const result = await (await loadService(dir)).build();
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/Could not derive "ticket"/);
    expect(result.reason).toMatch(/example 1 → "alpha-17"/);
    expect(result.reason).toMatch(/Would help: one more example/);
    expect(result.reason).toMatch(/No model was configured/);
    const next = await readFile(path.join(dir, 'transform.next.ts'), 'utf8');
    expect(next).toContain('TODO(codify)');
    expect(next).toContain('function todoFields(input: Input): Partial<Output>');
    expect(next).toMatch(/first: /);
    expect(existsSync(path.join(dir, 'transform.ts'))).toBe(false);
  });

  it('refuses to run code that fails its own examples unless frozen', async () => {
    const examples = [
      { input: { name: 'Ada Lovelace' }, output: { first: 'Ada' } },
      { input: { name: 'Alan Turing' }, output: { first: 'Alan' } },
      { input: { name: 'Grace Hopper' }, output: { first: 'Grace' } },
    ];
    const dir = await makeServiceDir({ 'examples.json': examples, 'codify.json': LOCAL });
    dirs.push(dir);
    const service = await loadService(dir);
    expect((await service.build()).status).toBe('passed');
    // New labels nothing in the input explains: the current code fails them and no rebuild passes.
    const changed = [
      { input: { name: 'Ada Lovelace' }, output: { first: 'kappa' } },
      { input: { name: 'Alan Turing' }, output: { first: 'sigma' } },
      { input: { name: 'Grace Hopper' }, output: { first: 'delta' } },
    ];
    await writeFile(path.join(dir, 'examples.json'), JSON.stringify(changed));
    await service.reload();
    const drain = async (frozen: boolean) => {
      const out: unknown[] = [];
      for await (const result of service.run([{ name: 'Edsger Dijkstra' }], { frozen })) out.push(result);
      return out;
    };
    await expect(drain(false)).rejects.toThrow(/fails its own examples/);
    expect(await drain(true)).toHaveLength(1);
  });
});
