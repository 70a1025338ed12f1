import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.ts';
import { LOCK_FILE, acquireDataDirLock } from './data-lock.ts';
import { tempDataDir } from './testing/temp-server.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function dir(): string {
  const data = tempDataDir();
  cleanups.push(data.cleanup);
  return data.dir;
}

describe('acquireDataDirLock', () => {
  it('writes this process id and removes the file on release', () => {
    const dataDir = dir();
    const lock = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    lock.release();
  });

  it('refuses a directory held by another live process', () => {
    const dataDir = dir();
    // The parent (the test runner) is certainly alive and is not this process.
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid }));
    expect(() => acquireDataDirLock(dataDir)).toThrow(ConfigError);
    expect(() => acquireDataDirLock(dataDir)).toThrow(new RegExp(`pid ${process.ppid}`));
  });

  it('takes over a lock left by a dead process or a corrupt file', () => {
    const dataDir = dir();
    const exited = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(exited).toBeGreaterThan(0);
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: exited }));
    const lock = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    writeFileSync(lock.path, 'not json');
    expect(() => acquireDataDirLock(dataDir).release()).not.toThrow();
  });
});
