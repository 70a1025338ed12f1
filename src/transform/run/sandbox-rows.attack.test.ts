import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCodify } from '../../../test/support/codify-cli.ts';
import { loadService } from '../service.ts';
import { makeServiceDir } from '../testing/fixtures.ts';
import { checkpointPath } from './checkpoint.ts';
import { fileSource } from './sources.ts';

/**
 * Issue 12's large-result and deep-record attacks at their reported size (slow: `npm run
 * test:attack`). Before the fix, 256 results of 2 Mi characters in one batch were joined into one
 * string (RangeError: Invalid string length, nothing written), and a record nested 5,000 levels
 * deep aborted the whole run.
 */

const MiB = 1024 * 1024;

async function makeService(root: string, name: string, transform: string): Promise<string> {
  const service = path.join(root, name);
  await mkdir(service);
  const write = (file: string, value: unknown) =>
    writeFile(path.join(service, file), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  await write('codify.json', { name, model: 'local', settings: { qaRate: 0, qaMin: 0 } });
  await write('examples.json', [
    { input: { n: 1 }, output: { n: 1 } },
    { input: { n: 2 }, output: { n: 2 } },
  ]);
  await write('schema.json', { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] });
  await write('transform.ts', transform);
  return service;
}

describe('large and deep records at scale', { timeout: 300_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeServiceDir({});
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('256 results of 2 Mi characters in one batch all come out, in order, in bounded memory', async () => {
    const service = await makeService(
      dir,
      'big',
      `export default function transform(input) { return { n: input.n, blob: 'x'.repeat(${2 * MiB}) }; }`,
    );
    const input = path.join(dir, 'big.jsonl');
    const count = 256;
    await writeFile(input, `${Array.from({ length: count }, (_, n) => JSON.stringify({ n })).join('\n')}\n`);
    let peak = process.memoryUsage.rss();
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
    let next = 0;
    try {
      // One worker: all 256 records are one batch, as in the report.
      const loaded = await loadService(service, { sandboxOptions: { workers: 1 } });
      // Frozen: the code adds a blob its examples lack (a run would refuse it for failing them);
      // this test is about result sizes in the sandbox, not the examples contract.
      for await (const result of loaded.runSource(fileSource(input, 'jsonl'), { frozen: true })) {
        expect(result.index).toBe(next++);
        expect(result.ok).toBe(true);
        if (result.ok) expect((result.output as { blob: string }).blob).toHaveLength(2 * MiB);
      }
    } finally {
      clearInterval(sampler);
    }
    expect(next).toBe(count);
    // 512 MiB of results went through; holding them all would take well over 1 GiB.
    expect(peak / MiB).toBeLessThan(1024);
  });

  it('through the CLI with --output: a record 6,000 levels deep is one row, the run completes', async () => {
    const service = await makeService(
      dir,
      'deep',
      'export default function transform(input) { return { n: input.n }; }',
    );
    const deepLine = `${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}`;
    const input = path.join(dir, 'deep.jsonl');
    const output = path.join(dir, 'deep-out.jsonl');
    const errors = path.join(dir, 'deep-errors.jsonl');
    await writeFile(input, `${['{"n":0}', deepLine, '{"n":2}'].join('\n')}\n`);
    const args = ['transform', 'run', service, '--input', input, '--output', output, '--errors', errors];
    const result = await runCodify([...args, '--frozen']);
    expect(result.code, result.stderr).toBe(1); // one record failed
    const read = async (file: string) =>
      (await readFile(file, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as unknown);
    expect(await read(output)).toEqual([{ n: 0 }, { n: 2 }]);
    expect(await read(errors)).toEqual([
      {
        index: 1,
        line: 2,
        input: '(not included: the record is nested too deeply to write back; see line 2 of the input)',
        error: { kind: 'too-deep', message: expect.stringMatching(/nested more than 1000 levels deep/) },
      },
    ]);
    // Completed, so the checkpoint is gone rather than lost half-way.
    expect(existsSync(checkpointPath(output))).toBe(false);
  });
});
