import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOlderNode } from './support/older-node.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const older = findOlderNode();

describe('the Node that runs codify', () => {
  it('is checked by bin/codify.js, not by package.json "engines" (npm checks its own Node there)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['engines']).toBeUndefined();
    expect(readFileSync(path.join(ROOT, 'bin/codify.js'), 'utf8')).toMatch(/process\.versions\.node/);
  });

  it.skipIf(!older)(
    'an older Node with no pinned Node 24 beside it gets one clear line and exit 2, not a module-loading stack trace',
    () => {
      if (!older) return;
      // A copy with no node_modules beside it: in a checkout, the older Node hands the command to
      // the pinned Node 24 instead (test/cli-from-anywhere.test.ts).
      const copy = mkdtempSync(path.join(os.tmpdir(), 'codify-no-pinned-'));
      try {
        mkdirSync(path.join(copy, 'bin'));
        copyFileSync(path.join(ROOT, 'bin/codify.js'), path.join(copy, 'bin/codify.js'));
        const result = spawnSync(older.node, [path.join(copy, 'bin/codify.js'), '--help'], {
          encoding: 'utf8',
        });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`this is Node ${older.version.replace(/^v/, '')}`);
        expect(result.stderr).toMatch(/needs Node\.js 22\.13 or newer/);
        expect(result.stderr).not.toMatch(/ERR_UNKNOWN_FILE_EXTENSION|^\s+at /m);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
  );

  it('starts when executed through its shebang, as npx and a global install run it (env -S passes the V8 flag)', () => {
    const nodeDir = path.dirname(process.execPath);
    const result = spawnSync(path.join(ROOT, 'bin/codify.js'), ['--version'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${nodeDir}${path.delimiter}${process.env['PATH'] ?? ''}` },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(readFileSync(path.join(ROOT, 'bin/codify.js'), 'utf8')).toMatch(
      /^#!\/usr\/bin\/env -S node --max-semi-space-size=\d+\n/,
    );
  });

  it("keeps Node's compile cache in the user's cache folder (XDG_CACHE_HOME), and NODE_DISABLE_COMPILE_CACHE turns it off", () => {
    const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'codify-cache-home-'));
    try {
      const run = (extra: Record<string, string>) =>
        spawnSync(process.execPath, [path.join(ROOT, 'bin/codify.js'), '--help'], {
          encoding: 'utf8',
          env: { ...process.env, NODE_COMPILE_CACHE: '', XDG_CACHE_HOME: cacheHome, ...extra },
        });
      const off = run({ NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(off.status).toBe(0);
      expect(existsSync(path.join(cacheHome, 'codify'))).toBe(false);
      const on = run({});
      expect(on.status).toBe(0);
      expect(readdirSync(path.join(cacheHome, 'codify', 'compile-cache')).length).toBeGreaterThan(0);
    } finally {
      rmSync(cacheHome, { recursive: true, force: true });
    }
  });
});
