import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { COMMAND_GROUPS, requestedGroup } from '../src/cli/command-groups.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'codify-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `codify <args>` on the pinned Node and returns the packages it imported. */
function packagesImportedBy(args: string[]): { code: number | null; packages: Set<string> } {
  const log = path.join(work, `imports-${Math.random().toString(36).slice(2)}.txt`);
  const env: NodeJS.ProcessEnv = { ...process.env, CODIFY_IMPORT_LOG: log };
  delete env['CODIFY_MODEL'];
  const result = spawnSync(
    path.join(ROOT, 'node_modules/.bin/node'),
    [
      '--import',
      path.join(ROOT, 'test/support/record-imports.ts'),
      path.join(ROOT, 'bin/codify.js'),
      ...args,
    ],
    { cwd: work, env, encoding: 'utf8', timeout: 60_000 },
  );
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  return { code: result.status, packages: new Set(lines) };
}

const HEAVY = ['typescript', 'playwright-core', 'fastify', 'ai', '@ai-sdk/openai', 'js-tiktoken'];

describe('start-up: each command loads only what it uses', () => {
  it('codify --help loads the CLI framework and nothing heavy', () => {
    const { code, packages } = packagesImportedBy(['--help']);
    expect(code).toBe(0);
    expect(packages.has('commander')).toBe(true);
    for (const name of [...HEAVY, 'zod', 'ajv']) expect(packages, name).not.toContain(name);
  });

  it('the browser commands do not load Playwright or the server to print their help', () => {
    const { code, packages } = packagesImportedBy(['test', '--help']);
    expect(code).toBe(0);
    for (const name of ['playwright-core', 'fastify', 'typescript'])
      expect(packages, name).not.toContain(name);
  });

  it('the transform commands never load Playwright or the server', () => {
    const { code, packages } = packagesImportedBy(['transform', '--help']);
    expect(code).toBe(0);
    for (const name of ['playwright-core', 'fastify']) expect(packages, name).not.toContain(name);
  });
});

describe('start-up: a frozen run of one record', () => {
  it('runs without the TypeScript compiler, the AI SDK or unused QuickJS builds', () => {
    const service = path.join(work, 'name-split');
    cpSync(path.join(ROOT, 'examples/name-split'), service, { recursive: true });
    const input = path.join(work, 'one.jsonl');
    const output = path.join(work, 'out.jsonl');
    writeFileSync(input, '{"id":"201","full_name":"Linus Torvalds"}\n');
    const { code, packages } = packagesImportedBy([
      'transform',
      'run',
      service,
      '--input',
      input,
      '--output',
      output,
      '--frozen',
    ]);
    expect(code).toBe(0);
    const records = readFileSync(output, 'utf8').split('\n').filter(Boolean);
    expect(records.map((line) => JSON.parse(line) as unknown)).toEqual([
      { id: 201, first_name: 'Linus', last_name: 'Torvalds' },
    ]);
    for (const name of ['typescript', 'ai', 'playwright-core', 'fastify'])
      expect(packages, name).not.toContain(name);
    const aiSdk = [...packages].filter((name) => name.startsWith('@ai-sdk/'));
    expect(aiSdk).toEqual([]);
    // The sandbox runs the release synchronous build only; the debug and asyncify ones stay unloaded.
    const quickJsBuilds = [...packages].filter((name) => name.startsWith('@jitl/quickjs-wasmfile-'));
    expect(quickJsBuilds).toEqual(['@jitl/quickjs-wasmfile-release-sync']);
  });
});

describe('command groups', () => {
  it('each group registers the command and description that --help shows for it', async () => {
    for (const group of COMMAND_GROUPS) {
      const program = new Command('codify');
      (await group.load())(program);
      const registered = program.commands.find((command) => command.name() === group.name);
      expect(registered, group.name).toBeDefined();
      expect(registered?.description()).toBe(group.description);
    }
  });

  it('finds the group a command line names, also after help', () => {
    expect(requestedGroup(['node', 'codify', 'transform', 'run', 'x'])?.name).toBe('transform');
    expect(requestedGroup(['node', 'codify', 'help', 'test'])?.name).toBe('test');
    expect(requestedGroup(['node', 'codify', '--help'])).toBeUndefined();
    expect(requestedGroup(['node', 'codify', 'transfrom'])).toBeUndefined();
  });
});
