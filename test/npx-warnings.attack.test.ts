import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOlderNode } from './support/older-node.ts';

/**
 * `npx codify` run by the machine's older Node (the npm that ships with it): npx installs the
 * local package into its cache to link its bin, and npm checks that package's "engines" against
 * its own Node, which printed ten lines of EBADENGINE warnings although the pinned Node 24 runs
 * the CLI. A fresh npx cache makes every run the first one, the case that warned.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const older = findOlderNode();

function npx(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!older)('npx codify under an older system Node', () => {
  let cache: string;
  beforeAll(async () => {
    cache = await mkdtemp(path.join(os.tmpdir(), 'codify-npx-cache-'));
  });
  afterAll(async () => {
    await rm(cache, { recursive: true, force: true });
  });

  it('prints no EBADENGINE warning and runs the CLI on the pinned Node', async () => {
    if (!older) return;
    // Only the system Node's folder on PATH: npm and npx are the ones that come with it.
    // No npm_* variables of the npm that runs vitest; a fresh npx cache so this run is a first one.
    const env: NodeJS.ProcessEnv = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')),
    );
    env['PATH'] = `${older.binDir}${path.delimiter}/usr/bin${path.delimiter}/bin`;
    env['npm_config_cache'] = cache;
    const result = await npx(['codify', '--version'], env);
    expect(result.output).not.toMatch(/EBADENGINE/);
    expect(result.code, result.output).toBe(0);
    expect(result.output.trim().split('\n').at(-1)).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
