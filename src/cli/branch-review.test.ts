import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeServiceDir, removeServiceDirs } from '../transform/testing/fixtures.ts';

/**
 * End to end through the CLI: a built service whose program branches (°F converted, °C copied), run
 * over records that take the °C branch, which one example alone took. Those records are not written:
 * each is a `review` row (0-based index, CSV line, the reason in the build's words), the summary
 * counts them, the exit code is 1, and in = out + errors.
 */
afterAll(removeServiceDirs);

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Three °F examples and one °C: the °C branch has one example behind it. */
const PROBE_EXAMPLES = [
  { input: { probe: 'north-7', reading: '212', scale: 'F' }, output: { probe: 'north-7', celsius: 100 } },
  { input: { probe: 'dock', reading: '32', scale: 'F' }, output: { probe: 'dock', celsius: 0 } },
  {
    input: { probe: 'roof-east-12', reading: '50', scale: 'F' },
    output: { probe: 'roof-east-12', celsius: 10 },
  },
  { input: { probe: 'lab', reading: '37', scale: 'C' }, output: { probe: 'lab', celsius: 37 } },
];
const PROBE_CSV = 'probe,reading,scale\ngate-3,68,F\ncellar,20,C\nyard,104,F\nattic,31,C\n';

function codify(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env['CODIFY_MODEL'];
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/codify.js'), ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end('');
  });
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('branch review in a built service (CLI)', { timeout: 300_000 }, () => {
  it('sends the records of a branch one example took to review, with index, reason and exit 1', async () => {
    const work = await makeServiceDir({ 'examples.json': PROBE_EXAMPLES, 'probes.csv': PROBE_CSV });
    const dir = path.join(work, 'probes');
    expect(
      (await codify(['transform', 'init', dir, '--examples', path.join(work, 'examples.json')])).code,
    ).toBe(0);
    const build = await codify(['transform', 'build', dir]);
    expect(build.code, build.stderr).toBe(0);
    // The program branches on the scale: the premise of this test.
    expect(await readFile(path.join(dir, 'transform.ts'), 'utf8')).toMatch(/input\.scale\)?\)? \?/);
    // The build says so before any run: one branch rests on one example, and no input beyond the
    // examples was checked (not "Ambiguity: none", which claimed a check that never ran).
    expect(build.stderr).toMatch(
      /Warning: the program for "celsius" has a branch only 1 example took: records that take it go to review/,
    );
    expect(build.stderr).not.toContain('Ambiguity: none');
    expect(build.stderr).toContain('Ambiguity: not checked: no input besides the examples was seen');

    const output = path.join(work, 'out.jsonl');
    await writeFile(output, '');
    const run = await codify([
      'transform',
      'run',
      dir,
      '--input',
      path.join(work, 'probes.csv'),
      '--output',
      output,
    ]);
    expect(run.code).toBe(1);
    expect(jsonLines(await readFile(output, 'utf8'))).toEqual([
      { probe: 'gate-3', celsius: 20 },
      { probe: 'yard', celsius: 40 },
    ]);
    const errors = jsonLines(await readFile(path.join(work, 'out.errors.jsonl'), 'utf8'));
    expect(errors).toEqual([
      {
        index: 1,
        line: 3,
        input: { probe: 'cellar', reading: '20', scale: 'C' },
        error: {
          kind: 'review',
          reason: 'branch its examples do not support',
          message: expect.stringMatching(/"celsius" takes a branch that only one example took/),
          // What the code gives, for the person labelling it; not in the output.
          codeOutput: { probe: 'cellar', celsius: 20 },
        },
      },
      {
        index: 3,
        line: 5,
        input: { probe: 'attic', reading: '31', scale: 'C' },
        error: expect.objectContaining({ kind: 'review', reason: 'branch its examples do not support' }),
      },
    ]);
    expect(run.stderr).toContain('Records: 4 in = 2 out + 2 errors (2 review;');
    expect(run.stderr).toMatch(/Review: 2 record\(s\) not written .*branch its examples do not support 2/);
  });
});
