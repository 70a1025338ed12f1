import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOlderNode } from './support/older-node.ts';

/**
 * A user in their own folder runs codify by its path (`node ~/codify/bin/codify.js`, or
 * `npx --prefix ~/codify codify`) with the machine's older Node: the CLI hands itself to the
 * Node 24 pinned in its node_modules instead of stopping at "needs Node 22.13".
 */
const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'codify.js');
const older = findOlderNode();

function run(
  node: string,
  args: string[],
  cwd: string,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe.skipIf(!older)('codify run by an older Node from another folder', { timeout: 60_000 }, () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(path.join(os.tmpdir(), 'codify-elsewhere-'));
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('runs on the pinned Node, with its output and exit code', async () => {
    const version = await run(older?.node ?? 'node', ['--version'], cwd);
    expect(version.err).toBe('');
    expect(version.code).toBe(0);
    expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    // A usage error keeps its exit code (2) and its message, relative paths read from the user's folder.
    const missing = await run(older?.node ?? 'node', ['transform', 'build', 'no-such-service'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no-such-service');
    expect(missing.err).not.toMatch(/needs Node\.js/);
  });
});
