import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServiceDir } from '../transform/testing/fixtures.ts';
import { startCodify } from '../../test/support/codify-cli.ts';
import { ID_NAME_EXAMPLES, idNameJsonl } from '../../test/support/id-name-records.ts';

/**
 * Ctrl-C during a run that keeps no checkpoint (its output goes to stdout): the CLI says how far
 * it got, that what was written is partial, and how to get a run that can be resumed, instead of
 * a bare "The operation was cancelled.".
 */
const RECORDS = 100_000;

describe('Ctrl-C during a streaming run (real CLI)', () => {
  let dir: string;
  let service: string;
  let input: string;
  beforeAll(async () => {
    dir = await makeServiceDir({ 'svc/examples.json': ID_NAME_EXAMPLES });
    service = path.join(dir, 'svc');
    const built = await startCodify(['transform', 'build', service]).done;
    expect(built.code, built.stderr).toBe(0);
    input = path.join(dir, 'input.jsonl');
    await writeFile(input, idNameJsonl(RECORDS));
  }, 60_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('says what was written, that it is partial, and how to run so it can resume', async () => {
    const errors = path.join(dir, 'errors.jsonl');
    const { child, done } = startCodify(
      ['transform', 'run', service, '--input', input, '--errors', errors, '--batch-size', '500'],
      { stdout: true },
    );
    let lines = 0;
    const started = new Promise<void>((resolve) =>
      child.stdout?.on('data', (chunk: Buffer) => {
        lines += chunk.toString().split('\n').length - 1;
        if (lines > 0) resolve();
      }),
    );
    await started;
    child.kill('SIGINT');
    const stopped = await done;
    // 128 + SIGINT, as shells and other tools report a run stopped by Ctrl-C.
    expect(stopped.code, stopped.stderr).toBe(130);
    const written = stopped.stdout.split('\n').filter(Boolean).length;
    const errorRows = (await readFile(errors, 'utf8')).split('\n').filter(Boolean).length;
    expect(written + errorRows).toBeLessThan(RECORDS);
    expect(stopped.stderr).toContain(
      `Stopped by Ctrl-C after ${written + errorRows} record(s): ${written} output(s) on stdout and ${errorRows} error row(s) in ${errors} are partial.`,
    );
    expect(stopped.stderr).toMatch(/--output FILE/);
    expect(stopped.stderr).not.toContain('The operation was cancelled');
  }, 120_000);
});
