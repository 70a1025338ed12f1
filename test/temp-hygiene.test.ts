import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCodify } from './support/codify-cli.ts';

/**
 * A CLI session (init, build, run from a file and from stdin, a failed run) leaves nothing in
 * the temp directory: each child gets its own TMPDIR, which must be empty after every command.
 */
describe('temp folders', { timeout: 600_000 }, () => {
  let work: string;
  let tmp: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'codify-hygiene-'));
    tmp = path.join(work, 'tmp');
    await writeFile(
      path.join(work, 'examples.json'),
      JSON.stringify([
        { input: { id: 1, name: 'ann' }, output: { id: 1, name: 'ann' } },
        { input: { id: 2, name: 'bob' }, output: { id: 2, name: 'bob' } },
        { input: { id: 3, name: 'cy' }, output: { id: 3, name: 'cy' } },
      ]),
    );
    await writeFile(path.join(work, 'input.jsonl'), '{"id":4,"name":"dee"}\n{"id":5,\n');
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('a representative CLI session leaves the temp directory empty', async () => {
    await mkdir(tmp);
    const service = path.join(work, 'svc');
    const env = { TMPDIR: tmp, TMP: tmp, TEMP: tmp };
    const steps: [string[], Buffer?][] = [
      [['transform', 'init', service, '--examples', path.join(work, 'examples.json')]],
      [['transform', 'build', service]],
      [
        [
          'transform',
          'run',
          service,
          '--input',
          path.join(work, 'input.jsonl'),
          '--output',
          path.join(work, 'out.jsonl'),
        ],
      ],
      [['transform', 'run', service, '--input', '-'], Buffer.from('{"id":6,"name":"eve"}\n[1]\n')],
      [['transform', 'run', service, '--input', path.join(work, 'missing.jsonl')]],
    ];
    for (const [args, stdin] of steps) {
      const result = await runCodify(args, { env, ...(stdin ? { stdin } : {}) });
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).not.toBeNull();
      expect(await readdir(tmp), `left behind by codify ${args.join(' ')}`).toEqual([]);
    }
  });
});
