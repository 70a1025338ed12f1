import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadService } from '../service.ts';
import type { SandboxOptions } from '../sandbox-adapter.ts';
import { makeServiceDir } from '../testing/fixtures.ts';
import type { RunRecordResult } from './run.ts';
import { fileSource } from './sources.ts';

/**
 * Records the sandbox refuses (nested too deep) and results it refuses (too large) become one
 * error row each through the run: the records around them are written, and the run completes.
 */

const TRANSFORM = `export default function transform(input: { n: number; size?: number }) {
  return input.size === undefined ? { n: input.n } : { n: input.n, blob: 'x'.repeat(input.size) };
}
`;

/** JSONL text of an object nested `depth` levels deep. */
const deepLine = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('sandbox refusals through the run', { timeout: 120_000 }, () => {
  let dir: string;
  let service: string;

  beforeAll(async () => {
    dir = await makeServiceDir({});
    service = path.join(dir, 'svc');
    await mkdir(service);
    const write = (name: string, value: unknown) =>
      writeFile(path.join(service, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    await write('codify.json', { name: 'svc', model: 'local', settings: { qaRate: 0, qaMin: 0 } });
    await write('examples.json', [
      { input: { n: 1 }, output: { n: 1 } },
      { input: { n: 2 }, output: { n: 2 } },
    ]);
    await write('schema.json', { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] });
    await write('transform.ts', TRANSFORM);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function run(lines: string[], sandboxOptions: SandboxOptions = {}, batchSize?: number) {
    const input = path.join(dir, `in-${Math.random().toString(36).slice(2)}.jsonl`);
    await writeFile(input, `${lines.join('\n')}\n`);
    const loaded = await loadService(service, { sandboxOptions: { workers: 1, ...sandboxOptions } });
    const handle = loaded.runSource(fileSource(input, 'jsonl'), batchSize ? { batchSize } : {});
    const results: RunRecordResult[] = [];
    for await (const result of handle) results.push(result);
    return { results, summary: await handle.summary };
  }

  it('a record nested 5,000 levels deep is one too-deep row; the records around it are written', async () => {
    const { results, summary } = await run(['{"n":0}', deepLine(5000), '{"n":2}', deepLine(1500), '{"n":4}']);
    expect(results.map((result) => result.index)).toEqual([0, 1, 2, 3, 4]);
    expect(results.filter((result) => result.ok).map((result) => result.ok && result.output)).toEqual([
      { n: 0 },
      { n: 2 },
      { n: 4 },
    ]);
    const [deep, lessDeep] = results.filter((result) => !result.ok);
    expect(deep).toMatchObject({ index: 1, error: { kind: 'too-deep' } });
    // Too deep for the host to serialize back: the row says where the record is instead.
    expect(deep && !deep.ok && deep.input).toBe(
      '(not included: the record is nested too deeply to write back; see line 2 of the input)',
    );
    // Deep, but still writable: the row keeps the record itself.
    expect(lessDeep).toMatchObject({ index: 3, error: { kind: 'too-deep' } });
    expect(JSON.stringify(lessDeep && !lessDeep.ok && lessDeep.input)).toBe(deepLine(1500));
    expect(summary.errorsByKind).toEqual({ 'too-deep': 2 });
    // Every row can be written.
    for (const result of results) expect(() => JSON.stringify(result)).not.toThrow();
  });

  it('an oversized result is one too-large row, and large results stream through in order', async () => {
    const lines = Array.from({ length: 60 }, (_, n) =>
      JSON.stringify({ n, size: n === 31 ? 300_000 : 100_000 }),
    );
    const { results, summary } = await run(
      lines,
      { maxOutputChars: 200_000, maxBatchOutputChars: 500_000 },
      40,
    );
    expect(results.map((result) => result.index)).toEqual(lines.map((_, n) => n));
    expect(results[31]).toMatchObject({
      ok: false,
      error: { kind: 'too-large', message: expect.stringMatching(/above the per-record limit of 200000/) },
    });
    for (const result of results) {
      if (result.index === 31) continue;
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.output).toEqual({ n: result.index, blob: 'x'.repeat(100_000) });
    }
    expect(summary.errorsByKind).toEqual({ 'too-large': 1 });
  });
});
