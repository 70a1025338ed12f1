import { existsSync } from 'node:fs';
import { appendFile, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServiceDir } from '../testing/fixtures.ts';
import { checkpointPath } from './checkpoint.ts';
import { startCodify } from '../../../test/support/codify-cli.ts';
import { ID_NAME_EXAMPLES, idNameJsonl, isBroken } from '../../../test/support/id-name-records.ts';

const RECORDS = 200_000;
/** Every 997th line is malformed, so the errors file takes part in the bookkeeping too. */

const codify = (args: string[]) => startCodify(args).done;

/** Starts a run and SIGKILLs it once it has written a checkpoint (so it is genuinely mid-run). */
async function killMidRun(args: string[], checkpoint: string): Promise<void> {
  const { child, done } = startCodify(args);
  let exited = false;
  void done.then(() => (exited = true));
  const deadline = Date.now() + 45_000;
  while (!existsSync(checkpoint)) {
    if (exited) throw new Error(`the run ended before its first checkpoint: ${(await done).stderr}`);
    if (Date.now() > deadline) throw new Error('no checkpoint appeared within 45 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill('SIGKILL');
  const result = await done;
  expect(result.code).toBeNull(); // Killed, not finished.
}

const lines = async (file: string) =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('codify transform run --resume (real CLI, SIGKILL)', () => {
  let dir: string;
  let service: string;
  let input: string;

  beforeAll(async () => {
    dir = await makeServiceDir({
      'svc/examples.json': ID_NAME_EXAMPLES,
    });
    service = path.join(dir, 'svc');
    const built = await codify(['transform', 'build', service]);
    expect(built.code, built.stderr).toBe(0);
    input = path.join(dir, 'input.jsonl');
    await writeFile(input, idNameJsonl(RECORDS));
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finishes a killed run with every record exactly once, in input order', async () => {
    const output = path.join(dir, 'killed.jsonl');
    const errors = path.join(dir, 'killed.errors.jsonl');
    const checkpoint = checkpointPath(output);
    const args = ['transform', 'run', service, '--input', input, '--output', output, '--errors', errors];
    await killMidRun([...args, '--batch-size', '500'], checkpoint);

    const saved = JSON.parse(await readFile(checkpoint, 'utf8')) as { records: number; outputBytes: number };
    expect(saved.records).toBeGreaterThan(0);
    expect(saved.records).toBeLessThan(RECORDS);
    // A write torn by the kill: the resume must cut it (and anything after the checkpoint) away.
    await appendFile(output, '{"id":12');

    const resumed = await codify([...args, '--batch-size', '500', '--resume']);
    expect(resumed.stderr).toMatch(/Resuming from checkpoint/);
    expect(resumed.code, resumed.stderr).toBe(1); // The malformed lines are errors.
    expect(resumed.stderr).toContain(`Records: ${RECORDS} in`);
    expect(existsSync(checkpoint)).toBe(false);

    const outputs = await lines(output);
    const failures = await lines(errors);
    const outputIds = outputs.map((record) => record['id'] as number);
    const errorIds = failures.map((record) => record['index'] as number);
    expect(outputs.length + failures.length).toBe(RECORDS);
    expect(new Set([...outputIds, ...errorIds]).size).toBe(RECORDS);
    // Input order, nothing skipped: outputs are exactly the readable records, ascending.
    const expectedOutputIds: number[] = [];
    const expectedErrorIds: number[] = [];
    for (let i = 0; i < RECORDS; i++) (isBroken(i) ? expectedErrorIds : expectedOutputIds).push(i);
    expect(outputIds).toEqual(expectedOutputIds);
    expect(errorIds).toEqual(expectedErrorIds);
    expect(outputs[4]).toEqual({ id: 4, name: 'n4' }); // Record 5 is malformed.
  }, 120_000);

  it('on Ctrl-C (SIGINT) keeps the checkpoint and says how far it got and how to finish', async () => {
    const output = path.join(dir, 'interrupted.jsonl');
    const checkpoint = checkpointPath(output);
    const args = ['transform', 'run', service, '--input', input, '--output', output, '--batch-size', '500'];
    const { child, done } = startCodify(args);
    const deadline = Date.now() + 45_000;
    while (!existsSync(checkpoint)) {
      if (child.exitCode !== null)
        throw new Error(`the run ended before its first checkpoint: ${(await done).stderr}`);
      if (Date.now() > deadline) throw new Error('no checkpoint appeared within 45 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGINT');
    const stopped = await done;
    // 128 + SIGINT, as shells and other tools report a run stopped by Ctrl-C.
    expect(stopped.code, stopped.stderr).toBe(130);
    const saved = JSON.parse(await readFile(checkpoint, 'utf8')) as { records: number };
    expect(saved.records).toBeLessThan(RECORDS);
    expect(stopped.stderr).toContain(
      `Stopped after record index ${saved.records - 1}; the checkpoint is kept: run the same command with --resume to finish.`,
    );
    // The stop is said once, as what to do next, not also as a bare "cancelled".
    expect(stopped.stderr).not.toContain('The operation was cancelled');
    const resumed = await codify([...args, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(1); // The malformed lines are errors.
    expect(resumed.stderr).toContain(`Records: ${RECORDS} in`);
    expect(
      (await lines(output)).length + (await lines(path.join(dir, 'interrupted.errors.jsonl'))).length,
    ).toBe(RECORDS);
  }, 120_000);

  it('refuses to resume when the input changed since the kill', async () => {
    const copy = path.join(dir, 'changing.jsonl');
    await writeFile(copy, await readFile(input));
    const output = path.join(dir, 'changed.jsonl');
    const args = ['transform', 'run', service, '--input', copy, '--output', output];
    await killMidRun([...args, '--batch-size', '500'], checkpointPath(output));
    await appendFile(copy, `${JSON.stringify({ id: RECORDS, name: 'late' })}\n`);

    const resumed = await codify([...args, '--batch-size', '500', '--resume']);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toMatch(/changed since the interrupted run/);
    expect(existsSync(checkpointPath(output))).toBe(true); // Kept: nothing was resumed.
  }, 120_000);

  it('starts fresh when --resume finds no checkpoint, and a finished run leaves none', async () => {
    const small = path.join(dir, 'small.jsonl');
    await writeFile(
      small,
      Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: i, name: `s${i}` })).join('\n'),
    );
    const output = path.join(dir, 'small-out.jsonl');
    const args = ['transform', 'run', service, '--input', small, '--output', output, '--batch-size', '7'];

    const fresh = await codify([...args, '--resume']);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.stderr).toMatch(/No checkpoint at .*starting from the first record/);
    expect((await lines(output)).map((record) => record['id'])).toEqual(
      Array.from({ length: 30 }, (_, i) => i),
    );
    expect(existsSync(checkpointPath(output))).toBe(false);

    const again = await codify(args);
    expect(again.code, again.stderr).toBe(0);
    expect((await lines(output)).length).toBe(30);
    expect(existsSync(checkpointPath(output))).toBe(false);
    expect((await stat(output)).size).toBeGreaterThan(0);
  }, 60_000);

  it('refuses --resume without --output, and when the run could rebuild the code', async () => {
    const noOutput = await codify(['transform', 'run', service, '--input', input, '--resume']);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toMatch(/Cannot --resume: the output goes to stdout/);

    const output = path.join(dir, 'model.jsonl');
    const withModel = await codify([
      'transform',
      'run',
      service,
      '--input',
      input,
      '--output',
      output,
      '--model',
      'openai-compatible:test-model',
      '--base-url',
      'http://127.0.0.1:9/v1',
      '--resume',
    ]);
    expect(withModel.code).toBe(2);
    expect(withModel.stderr).toMatch(/may rebuild the code.*--frozen/s);
    expect(existsSync(output)).toBe(false);
  }, 60_000);
});
