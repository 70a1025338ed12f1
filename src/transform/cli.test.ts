import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer } from '../../test/support/openai-server.ts';
import {
  NAME_CODE_NAIVE,
  NAME_CODE_ROBUST,
  NAME_EXAMPLES,
  NAME_SCHEMA,
  fenced,
  makeServiceDir,
  removeServiceDirs,
} from './testing/fixtures.ts';

afterAll(removeServiceDirs);

const ROOT = path.resolve(import.meta.dirname, '../..');

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (`node bin/codify.js …`) as a user would. */
function codify(
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(ROOT, 'node_modules/.bin/node'),
      [path.join(ROOT, 'bin/codify.js'), ...args],
      {
        cwd: ROOT,
        env: { ...withoutModelEnv(process.env), ...options.env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** No model from the developer's environment: these tests exercise the local engine. */
function withoutModelEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy['CODIFY_MODEL'];
  return copy;
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);

// Each case spawns the real CLI several times; on a loaded 2-core machine that takes a while.
describe('codify transform (CLI)', { timeout: 300_000 }, () => {
  it('init infers the schema, build succeeds with the local engine, run accounts for every record', async () => {
    const work = await makeServiceDir({ 'examples.json': NAME_EXAMPLES });
    const dir = path.join(work, 'names');
    const init = await codify(['transform', 'init', dir, '--examples', path.join(work, 'examples.json')]);
    expect(init.code).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ type: 'object', required: ['first', 'last'] });
    expect(JSON.parse(await readFile(path.join(dir, 'codify.json'), 'utf8'))).toMatchObject({
      name: 'names',
      model: 'local',
    });

    const build = await codify(['transform', 'build', dir]);
    expect(build.stderr).toContain('passed every check');
    expect(build.code).toBe(0);
    expect(await readFile(path.join(dir, 'transform.ts'), 'utf8')).toContain('@codify model=local');

    const input = path.join(work, 'in.jsonl');
    await writeFile(input, '{"name":"Edsger Dijkstra"}\n{"name": oops}\n\n{"name":"Barbara Liskov"}\n');
    const output = path.join(work, 'out.jsonl');
    const run = await codify(['transform', 'run', dir, '--input', input, '--output', output]);
    expect(run.code).toBe(1);
    expect(jsonLines(await readFile(output, 'utf8'))).toEqual([
      { first: 'Edsger', last: 'Dijkstra' },
      { first: 'Barbara', last: 'Liskov' },
    ]);
    const errors = jsonLines(await readFile(path.join(work, 'out.errors.jsonl'), 'utf8'));
    expect(errors).toEqual([
      {
        index: 1,
        line: 2,
        input: '{"name": oops}',
        error: { kind: 'parse', message: expect.stringMatching(/^line 2: /) },
      },
    ]);
    expect(run.stderr).toContain('Records: 3 in = 2 out + 1 errors');
    expect(run.stderr).toContain('QA: off: no oracle with the local engine');
    expect(run.stderr).toMatch(/\d+ records\/s/);
  });

  it('reads CSV and JSON arrays by extension or --format, and stdin, writing JSONL to stdout in order', async () => {
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES });
    expect((await codify(['transform', 'build', dir])).code).toBe(0);
    const csv = path.join(dir, 'people.csv');
    await writeFile(csv, 'name,city\nAda Lovelace,London\n"Hopper, Grace",NYC\nAlan Turing,Wilmslow\n');
    // "Hopper, Grace" is not settled by the examples (two-word names, no comma): the run does not
    // believe "Hopper," and sends it to review (exit 1); --trust writes it.
    const fromCsv = await codify(['transform', 'run', dir, '--input', csv]);
    expect(fromCsv.code).toBe(1);
    expect(jsonLines(fromCsv.stdout).map((o) => (o as { first: string }).first)).toEqual(['Ada', 'Alan']);
    expect(fromCsv.stderr).toContain('Records: 3 in = 2 out + 1 errors (1 review');
    // Why, in the words of the build's Unsettled line (and of the row's own reason).
    expect(fromCsv.stderr).toContain(
      'Review: 1 record(s) not written because the examples do not settle them: rival programs disagree 1;',
    );
    // The way to label them is a command that works: a build over this input asks about them
    // (`label` alone found no questions.json after a run).
    expect(fromCsv.stderr).toContain(
      `To label them: codify transform build ${dir} --sample ${csv} writes questions.json for such records; fill it in, then codify transform label ${dir}.`,
    );
    const reviewRows = jsonLines(await readFile(path.join(dir, '.codify', 'last-run.errors.jsonl'), 'utf8'));
    expect(reviewRows).toMatchObject([
      {
        index: 1,
        input: { name: 'Hopper, Grace' },
        error: { kind: 'review', reason: 'rival programs disagree' },
      },
    ]);
    // Rival programs that fit every example answer differently here; the row lists their answers.
    expect(
      (reviewRows[0] as { error: { competing: Record<string, unknown[]> } }).error.competing['first'],
    ).toContain('Hopper,');
    const trusted = await codify(['transform', 'run', dir, '--input', csv, '--trust']);
    expect(trusted.code).toBe(0);
    expect(jsonLines(trusted.stdout).map((o) => (o as { first: string }).first)).toEqual([
      'Ada',
      'Hopper,',
      'Alan',
    ]);

    const json = path.join(dir, 'people.txt');
    await writeFile(json, JSON.stringify([{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }], null, 2));
    const fromJson = await codify(['transform', 'run', dir, '--input', json, '--format', 'json']);
    expect(fromJson.code).toBe(0);
    expect(jsonLines(fromJson.stdout)).toEqual([
      { first: 'Ada', last: 'Lovelace' },
      { first: 'Alan', last: 'Turing' },
    ]);

    const fromStdin = await codify(['transform', 'run', dir, '--input', '-'], {
      stdin: '{"name":"Grace Hopper"}\n',
    });
    expect(fromStdin.code).toBe(0);
    expect(jsonLines(fromStdin.stdout)).toEqual([{ first: 'Grace', last: 'Hopper' }]);
  });

  it('exits 2 on usage and configuration errors', async () => {
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES });
    expect((await codify(['transform', 'run', dir])).code).toBe(2); // --input missing
    const unknownFormat = await codify(['transform', 'run', dir, '--input', '-', '--format', 'xml']);
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.stderr).toContain('Unknown input format');
    const empty = await makeServiceDir({});
    const noExamples = await codify(['transform', 'build', empty]);
    expect(noExamples.code).toBe(2);
    expect(noExamples.stderr).toContain('examples.json not found');
    const frozen = await codify(['transform', 'run', dir, '--input', '-', '--frozen']);
    expect(frozen.code).toBe(2);
    expect(frozen.stderr).toContain('has no transform.ts');
    expect((await codify(['transform', 'run', dir, '--input', '-', '--qa-rate', '3'])).code).toBe(2);
  });

  it('keeps a hand-edited transform.ts: the rebuild goes to transform.next.ts, accept promotes it', async () => {
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES });
    expect((await codify(['transform', 'build', dir])).code).toBe(0);
    const file = path.join(dir, 'transform.ts');
    const edited = (await readFile(file, 'utf8')).replace('first: token(', 'first: "Dr. " + token(');
    expect(edited).toContain('"Dr. "');
    await writeFile(file, edited);

    const rebuild = await codify(['transform', 'build', dir]);
    expect(rebuild.code).toBe(0);
    expect(rebuild.stderr).toContain('edited by hand');
    expect(await readFile(file, 'utf8')).toBe(edited);
    expect(await readFile(path.join(dir, 'transform.next.diff'), 'utf8')).toContain('"Dr. "');

    const accept = await codify(['transform', 'accept', dir]);
    expect(accept.code).toBe(0);
    expect(await readFile(file, 'utf8')).not.toContain('"Dr. "');
    expect(existsSync(path.join(dir, 'transform.next.ts'))).toBe(false);
    expect((await codify(['transform', 'accept', dir])).code).toBe(2);
  });

  it('reports examples that contradict the schema and lets the user accept the proposed schema', async () => {
    const schema = {
      type: 'object',
      properties: { first: { type: 'string' }, last: { type: 'string', maxLength: 5 } },
      required: ['first', 'last'],
    };
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': schema });
    const build = await codify(['transform', 'build', dir]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('The examples contradict schema.json');
    expect(build.stderr).toContain('example 1: at /last: must NOT have more than 5 characters');
    expect(JSON.parse(await readFile(path.join(dir, 'schema.json'), 'utf8'))).toEqual(schema);

    expect((await codify(['transform', 'accept-schema', dir])).code).toBe(0);
    const accepted = JSON.parse(await readFile(path.join(dir, 'schema.json'), 'utf8'));
    expect(accepted.properties.last).toEqual({ type: 'string' });
    expect((await codify(['transform', 'build', dir])).code).toBe(0);
  });

  it('run --model --base-url rebuilds through an OpenAI-compatible server when a new shape throws', async () => {
    const dir = await makeServiceDir({
      'examples.json': NAME_EXAMPLES,
      'schema.json': NAME_SCHEMA,
      'codify.json': { name: 'names', model: 'local', settings: { qaRate: 0, qaMin: 0 } },
    });
    const server = await startOpenAICompatibleServer({
      replies: [{ content: fenced(NAME_CODE_NAIVE) }, { content: fenced(NAME_CODE_ROBUST) }],
    });
    try {
      const modelFlags = ['--model', 'openai-compatible:test-model', '--base-url', server.baseUrl];
      const build = await codify(['transform', 'build', dir, ...modelFlags]);
      expect(build.code).toBe(0);
      expect(await readFile(path.join(dir, 'transform.ts'), 'utf8')).toContain(
        "throw new Error('expected two words')",
      );
      const run = await codify(['transform', 'run', dir, '--input', '-', ...modelFlags], {
        stdin: '{"name":"Ada Lovelace"}\n{"name":"Cher"}\n{"name":"Mary Ann Evans"}\n',
      });
      expect(run.code).toBe(0);
      expect(jsonLines(run.stdout)).toEqual([
        { first: 'Ada', last: 'Lovelace' },
        { first: 'Cher', last: '' },
        { first: 'Mary', last: 'Ann Evans' },
      ]);
      expect(run.stderr).toContain('Rebuilding (1 record(s) failed; rebuild 1)');
      expect(run.stderr).toContain('Records: 3 in = 3 out + 0 errors');
      expect(run.stderr).toMatch(/Model calls: 1, tokens: \d+ in/);
      expect(server.requests.filter((r) => r.api === 'chat.completions')).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('exits 1 with the report when the local engine cannot build, keeping the attempts', async () => {
    const dir = await makeServiceDir({
      // The same input labeled two ways: no function can satisfy both.
      'examples.json': [
        { input: { n: 'x' }, output: { v: 'kiwi' } },
        { input: { n: 'x' }, output: { v: 'plum' } },
        { input: { n: 'z' }, output: { v: 'fig' } },
      ],
    });
    const build = await codify(['transform', 'build', dir]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('Build failed');
    expect(build.stderr).toContain('local synthesizer could not derive v');
    expect(build.stderr).toContain('pass --model');
    expect(existsSync(path.join(dir, 'transform.ts'))).toBe(false);
  });
});
