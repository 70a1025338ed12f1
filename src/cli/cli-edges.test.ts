import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';
import { checkpointPath } from '../transform/index.ts';
import { runCodify } from '../../test/support/codify-cli.ts';

/**
 * The CLI's answers to mistakes a person makes: each says what is wrong (naming the file or the
 * flag), exits 2, prints no stack trace, and leaves nothing half-made behind.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

let work: string;
const at = (...parts: string[]) => path.join(work, ...parts);

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'codify-cli-edges-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function expectUsageError(result: { code: number | null; stderr: string }, ...mentions: (string | RegExp)[]) {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  for (const mention of mentions) expect(result.stderr).toMatch(mention);
}

/**
 * Runs main() and captures what it prints: commander writes through process.stdout/stderr, codify
 * through console (which vitest intercepts, so it is captured separately).
 */
async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    stdout += `${parts.join(' ')}\n`;
  });
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
    stderr += `${parts.join(' ')}\n`;
  });
  try {
    const code = await main(['node', 'codify', ...args]);
    return { code, stdout, stderr };
  } finally {
    for (const spy of [out, err, log, error]) spy.mockRestore();
  }
}

describe('codify transform init with a bad --examples file', { timeout: 60_000 }, () => {
  it('names a missing file, exits 2 and creates no service folder', async () => {
    const dir = at('missing-svc');
    const result = await runCodify(['transform', 'init', dir, '--examples', at('nope.json')]);
    expectUsageError(result, /nope\.json/, /does not exist|no such file/i);
    expect(existsSync(dir)).toBe(false);
  });

  it('names a malformed file and where it breaks, exits 2 and creates no service folder', async () => {
    await writeFile(at('broken.json'), '[{"input": {"a": 1}, "output": ');
    const dir = at('broken-svc');
    const result = await runCodify(['transform', 'init', dir, '--examples', at('broken.json')]);
    expectUsageError(result, /broken\.json/, /not valid JSON/);
    expect(existsSync(dir)).toBe(false);
  });

  it('leaves an existing folder as it was', async () => {
    const dir = at('existing');
    await runCodify(['transform', 'init', dir]); // A placeholder service.
    const before = (await readdir(dir)).sort();
    await writeFile(at('bad-schema.json'), '{"type": ');
    const result = await runCodify(['transform', 'init', dir, '--force', '--schema', at('bad-schema.json')]);
    expectUsageError(result, /bad-schema\.json/);
    expect((await readdir(dir)).sort()).toEqual(before);
  });
});

describe('codify test run with an unreachable --url', { timeout: 60_000 }, () => {
  it('says the address cannot be reached, exits 2 and leaves no run folder', async () => {
    const port = await closedPort();
    const runs = at('runs');
    const result = await runCodify([
      'test',
      'run',
      '--url',
      `http://127.0.0.1:${port}/`,
      '--goal',
      'open the page',
      '--runs-dir',
      runs,
      '--out',
      at('unreachable.spec.json'),
    ]);
    expectUsageError(result, new RegExp(`127\\.0\\.0\\.1:${port}`), /cannot be reached|refused/i);
    expect(existsSync(runs)).toBe(false);
    expect(existsSync(at('unreachable.spec.json'))).toBe(false);
  });
});

describe('codify flags (in-process)', () => {
  it('prints its version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await inProcess(['--version']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [['transform', 'run', 'svc', '--input', 'x.jsonl', '--batch-size', 'abc'], '--batch-size'],
    [['transform', 'run', 'svc', '--input', 'x.jsonl', '--batch-size', '1.5'], '--batch-size'],
    [['transform', 'run', 'svc', '--input', 'x.jsonl', '--batch-size', ''], '--batch-size'],
    [['transform', 'run', 'svc', '--input', 'x.jsonl', '--qa-min', '-1'], '--qa-min'],
    [['transform', 'run', 'svc', '--input', 'x.jsonl', '--qa-rate', 'lots'], '--qa-rate'],
    [['transform', 'build', 'svc', '--max-attempts', '0'], '--max-attempts'],
    [['test', 'run', '--url', 'http://x', '--goal', 'g', '--max-steps', 'ten'], '--max-steps'],
    [['test', 'run', '--url', 'http://x', '--goal', 'g', '--max-actions', '2.5'], '--max-actions'],
    [['test', 'run', '--url', 'http://x', '--goal', 'g', '--max-page-views', 'x'], '--max-page-views'],
    [['test', 'run', '--url', 'http://x', '--goal', 'g', '--max-attempts', 'x'], '--max-attempts'],
    [['test', 'run', '--url', 'http://x', '--goal', 'g', '--timeout', '5s'], '--timeout'],
  ])('%j names the flag in its error', async (args, flag) => {
    const result = await inProcess(args);
    expectUsageError(result, new RegExp(`${flag}\\b`));
  });

  // A misspelt flag is the mistake, not the required flag it was meant to be: say which flag is
  // unknown and suggest the right one (commander checks required options first otherwise).
  it.each([
    [['transform', 'run', 'svc', '--inptu', 'x.jsonl'], "unknown option '--inptu'", '--input'],
    [['test', 'run', '--ulr', 'http://x', '--goal', 'g'], "unknown option '--ulr'", '--url'],
    [['worker', '--queu', 'redis://127.0.0.1:1'], "unknown option '--queu'", '--queue'],
  ])('%j names the misspelt flag and suggests the right one', async (args, unknown, suggestion) => {
    const result = await inProcess(args);
    expectUsageError(result, unknown, new RegExp(`Did you mean ${suggestion}\\b`));
    // The mistake stays on screen: a pointer to --help, not the whole help below it.
    expect(result.stderr.trim().split('\n').length, result.stderr).toBeLessThanOrEqual(4);
    expect(result.stderr).toMatch(
      new RegExp(`codify ${args[0]}${args[0] === 'worker' ? '' : ` ${args[1]}`} --help`),
    );
  });

  it('takes `test record` for `test run` (the help says it records a spec)', async () => {
    const result = await inProcess(['test', 'record', '--goal', 'g']);
    expectUsageError(result, "required option '--url <url>' not specified");
  });

  it.each([
    [['transform', 'run', 'svc'], '--input <file>'],
    [['test', 'run', '--goal', 'g'], '--url <url>'],
    [['test', 'run', '--url', 'http://x'], '--goal <text>'],
    [['worker'], '--queue <url>'],
  ])('%j still says which required flag is missing', async (args, flag) => {
    const result = await inProcess(args);
    expectUsageError(result, `required option '${flag}' not specified`);
  });
});

describe('codify transform run output and checkpoint mistakes', { timeout: 60_000 }, () => {
  let service: string;
  let input: string;
  beforeAll(async () => {
    service = at('svc');
    await writeFile(
      at('examples.json'),
      JSON.stringify([
        { input: { id: 1, name: 'ann' }, output: { id: 1, name: 'ann' } },
        { input: { id: 2, name: 'bob' }, output: { id: 2, name: 'bob' } },
        { input: { id: 3, name: 'cy' }, output: { id: 3, name: 'cy' } },
      ]),
    );
    const init = await runCodify(['transform', 'init', service, '--examples', at('examples.json')]);
    expect(init.code, init.stderr).toBe(0);
    const built = await runCodify(['transform', 'build', service]);
    expect(built.code, built.stderr).toBe(0);
    input = at('input.jsonl');
    await writeFile(input, '{"id":1,"name":"a"}\n{"id":2,"name":\n{"id":3,"name":"c"}\n');
  });

  it('refuses --output x.csv (it would be JSON Lines) before writing anything', async () => {
    const output = at('out.csv');
    const result = await runCodify(['transform', 'run', service, '--input', input, '--output', output]);
    expectUsageError(result, /out\.csv/, /JSON Lines/, /\.jsonl/);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(at('out.csv.errors.jsonl'))).toBe(false);
    expect(existsSync(at('out.errors.jsonl'))).toBe(false);
  });

  it('names a file it cannot open or create, without a stack trace (exit 2)', async () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const missing = at('missing.jsonl');
    const input = await inProcess(['transform', 'run', service, '--input', missing]);
    expectUsageError(input, new RegExp(escape(missing)));
    // A folder in the output path that is a file.
    const output = path.join(at('examples.json'), 'out.jsonl');
    const blocked = await inProcess([
      'transform',
      'run',
      service,
      '--input',
      at('input.jsonl'),
      '--output',
      output,
    ]);
    expectUsageError(blocked, new RegExp(`${escape(at('examples.json'))} already exists and is in the way`));
  });

  it('leaves no errors file behind a run refused at its start, output on stdout (exit 2)', async () => {
    const renamed = at('renamed.csv');
    await writeFile(renamed, 'ID,Name\n4,dee\n');
    const errors = at('refused.errors.jsonl');
    const result = await inProcess(['transform', 'run', service, '--input', renamed, '--errors', errors]);
    expectUsageError(result, /every record lacks "id"/);
    expect(existsSync(errors)).toBe(false);
  });

  it('writes index (0-based) and line (1-based) in every errors-file row', async () => {
    const output = at('out.jsonl');
    const errors = at('out.errors.jsonl');
    const result = await runCodify(['transform', 'run', service, '--input', input, '--output', output]);
    expect(result.code, result.stderr).toBe(1);
    const rows = (await readFile(errors, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ index: 1, line: 2, input: '{"id":2,"name":' });
    expect(rows[0].error.message).toMatch(/^line 2: /);
  });

  it('refuses to resume from an edited checkpoint with exit 2 and no stack trace', async () => {
    const output = at('resumed.jsonl');
    const checkpoint = checkpointPath(output);
    const edited = {
      version: 1,
      input: { path: input, size: 1, mtimeMs: 1, format: 'jsonl' },
      codeHash: 'x',
      errorsPath: at('resumed.errors.jsonl'),
      records: 1e9,
      recordsOut: 0,
      errorsByKind: {},
      outputBytes: 0,
      errorsBytes: 0,
    };
    for (const text of [JSON.stringify(edited), JSON.stringify({ ...edited, records: -5 }), '{"records": ']) {
      await writeFile(checkpoint, text);
      const result = await runCodify([
        'transform',
        'run',
        service,
        '--input',
        input,
        '--output',
        output,
        '--frozen',
        '--resume',
      ]);
      expectUsageError(result, /Checkpoint .* cannot be used/, /without --resume/);
    }
  });
});
