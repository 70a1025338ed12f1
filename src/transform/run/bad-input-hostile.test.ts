import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServiceDir } from '../testing/fixtures.ts';
import { loadService } from '../service.ts';
import type { SandboxOptions } from '../sandbox-adapter.ts';
import type { RunRecordResult } from './run.ts';
import { fileSource } from './sources.ts';
import { runCodify } from '../../../test/support/codify-cli.ts';

/**
 * Hostile generated code through the whole transform path: programs from the sandbox's hostile
 * corpus are put into a service's transform.ts (as a person's hand edit would be) and run over a
 * file. Each attack may cost its own record (a per-record error) or the run (a clear failure when
 * the module cannot load), never a hang or a crashed process; the good records still come out.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const HOSTILE = path.join(ROOT, 'src/core/sandbox/hostile');

const RECORDS = [{ n: 0 }, { n: 1 }, { attack: true, n: 2 }, { n: 3 }, { n: 4 }];
const INPUT = `${RECORDS.map((record) => JSON.stringify(record)).join('\n')}\n`;
const GOOD = [{ n: 0 }, { n: 1 }, { n: 3 }, { n: 4 }];

const codify = (args: string[]) => runCodify(args);

const readLines = async (file: string) =>
  (await readFile(file, 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** What the attack record must become: an error of this kind with this message. */
const PER_RECORD: Record<
  string,
  { kind: string; message: RegExp; options?: SandboxOptions; batchLost?: boolean }
> = {
  'deep-recursion.js': { kind: 'stack', message: /stack overflow/ },
  'memory-array-growth.js': {
    kind: 'memory',
    message: /out of memory/,
    options: { memoryLimitBytes: 8 * 1024 * 1024, timeoutMsPerRecord: 20_000 },
  },
  'memory-string-doubling.js': {
    kind: 'memory',
    message: /out of memory/,
    options: { memoryLimitBytes: 8 * 1024 * 1024, timeoutMsPerRecord: 20_000 },
  },
  'prototype-pollution.js': { kind: 'throw', message: /TypeError/ },
  'array-prototype-tamper.js': { kind: 'throw', message: /TypeError/ },
  'global-mutation.js': { kind: 'throw', message: /TypeError/ },
  'function-constructor.js': { kind: 'throw', message: /EvalError: the Function constructor is disabled/ },
  'constructor-escape.js': { kind: 'throw', message: /EvalError/ },
  'eval.js': { kind: 'throw', message: /EvalError: eval is disabled/ },
  'process-exit.js': { kind: 'throw', message: /'process' is not defined/ },
  'require-fs.js': { kind: 'throw', message: /'require' is not defined/ },
  'dynamic-import.js': { kind: 'output', message: /returned a Promise/ },
  'return-cycle.js': { kind: 'output', message: /cycle/ },
  // The probe returns an array of names: the sandbox allows it, the output schema does not.
  'globalthis-probe.js': { kind: 'schema', message: /output breaks the schema/ },
  'huge-string.js': { kind: 'memory|too-large', message: /out of memory|above the per-record limit/ },
  'native-hang.js': {
    kind: 'crash',
    message: /stopped responding|terminated/,
    options: { timeoutMsPerBatch: 500, workers: 1 },
    batchLost: true,
  },
};

/** Programs that cannot load: the run must fail at once with a clear message. */
const NO_LOAD: Record<string, RegExp> = {
  'syntax-error.ts': /does not compile: .*SyntaxError: invalid redefinition/,
  'missing-default-export.js': /does not compile: .*no default export/,
  'static-import-fs.js': /does not compile: .*cannot import 'fs'/,
};

describe('hostile transform.ts through the whole transform path', { timeout: 120_000 }, () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = await makeServiceDir({});
    input = path.join(dir, 'input.jsonl');
    await writeFile(input, INPUT);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A service whose transform.ts is the hostile program, as if a person had written it. */
  async function hostileService(program: string): Promise<string> {
    const service = path.join(dir, program.replace(/\W/g, '-'));
    await makeServiceAt(service, await readFile(path.join(HOSTILE, program), 'utf8'));
    return service;
  }

  for (const [program, expected] of Object.entries(PER_RECORD)) {
    it(`${program}: the attack costs its own record${expected.batchLost ? "'s batch" : ''}, the rest come out`, async () => {
      const service = await loadService(await hostileService(program), {
        sandboxOptions: { timeoutMsPerRecord: 1000, workers: 1, ...expected.options },
      });
      // Batches of one record, so a worker killed by the watchdog loses only the attack's batch.
      // Frozen: tampering code adds fields its examples lack, so a run would refuse it for failing
      // them; this test is about the sandbox, not the examples contract.
      const handle = service.runSource(fileSource(input, 'jsonl'), {
        batchSize: expected.batchLost ? 1 : 2000,
        frozen: true,
      });
      const results: RunRecordResult[] = [];
      for await (const result of handle) results.push(result);
      const summary = await handle.summary;

      expect(summary.recordsIn).toBe(RECORDS.length);
      expect(summary.recordsOut + summary.errors).toBe(RECORDS.length);
      expect(results.map((result) => result.index)).toEqual([0, 1, 2, 3, 4]);
      const attack = results[2];
      expect(attack?.ok).toBe(false);
      if (attack && !attack.ok) {
        expect(attack.error.kind).toMatch(new RegExp(`^(${expected.kind})$`));
        expect(attack.error.message).toMatch(expected.message);
      }
      const outputs = results.flatMap((result) => (result.ok ? [result.output] : []));
      // Tampering code adds fields to good records too (allowed by the schema); `n` must survive.
      expect(outputs.map((output) => (output as { n: number }).n)).toEqual(GOOD.map((record) => record.n));
    });
  }

  for (const [program, message] of Object.entries(NO_LOAD)) {
    it(`${program}: the run fails at once with a clear message`, async () => {
      const service = await loadService(await hostileService(program), { sandboxOptions: { workers: 1 } });
      const handle = service.runSource(fileSource(input, 'jsonl'));
      const consume = async () => {
        for await (const result of handle) void result;
      };
      await expect(consume()).rejects.toThrow(message);
    });
  }

  it('through the real CLI: an infinite loop costs one record; exit 1, not a hang', async () => {
    const service = await hostileService('infinite-loop.js');
    const output = path.join(dir, 'loop.out.jsonl');
    const errors = path.join(dir, 'loop.errors.jsonl');
    const result = await codify([
      'transform',
      'run',
      service,
      '--input',
      input,
      '--output',
      output,
      '--errors',
      errors,
    ]);
    expect(result.signal, result.stderr).toBeNull();
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('Records: 5 in = 4 out + 1 errors');
    expect(await readLines(output)).toEqual(GOOD);
    const failures = await readLines(errors);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      index: 2,
      input: { attack: true, n: 2 },
      error: { kind: 'timeout', message: expect.stringMatching(/took longer than 1000 ms/) as unknown },
    });
  });

  it('through the real CLI: code that never finishes loading fails the run with exit 2 and says why', async () => {
    const service = await hostileService('top-level-loop.js');
    const result = await codify([
      'transform',
      'run',
      service,
      '--input',
      input,
      '--output',
      path.join(dir, 'tl.jsonl'),
    ]);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /transform\.ts of .* does not compile: .*top-level code did not finish within 1000 ms/,
    );
  });
});

/** A service directory with examples of `{n}` records, an open schema, and the given transform.ts. */
async function makeServiceAt(service: string, transform: string): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(service, { recursive: true });
  const write = (name: string, value: unknown) =>
    writeFile(
      path.join(service, name),
      typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`,
    );
  await write('codify.json', {
    name: path.basename(service),
    model: 'local',
    settings: { qaRate: 0, qaMin: 0 },
  });
  await write('examples.json', [
    { input: { n: 1 }, output: { n: 1 } },
    { input: { n: 2 }, output: { n: 2 } },
  ]);
  await write('schema.json', {
    type: 'object',
    properties: { n: { type: 'integer' } },
    required: ['n'],
  });
  await write('transform.ts', transform);
}
