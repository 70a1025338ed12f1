import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../core/errors.ts';

/** Name of the lock file a running server keeps in its data directory. */
export const LOCK_FILE = 'server.lock';

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/**
 * Claim the data directory for this process. Two servers on one directory would each mark the
 * other's running runs interrupted at startup, so a second one is refused while the first lives.
 * A lock left by a dead process (or by this one, e.g. a server reopened in the same process) is
 * taken over.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const content = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });
  try {
    writeFileSync(path, content, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = readHolder(path);
    if (holder !== null && holder !== process.pid && isAlive(holder)) {
      throw new ConfigError(`Another codify server (pid ${holder}) is using the data directory ${dataDir}.`, {
        hint: `Stop it, or use another --data directory. If no such server runs, delete ${path}.`,
      });
    }
    writeFileSync(path, content);
  }
  return {
    path,
    release() {
      try {
        if (readHolder(path) === process.pid) unlinkSync(path);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}

function readHolder(path: string): number | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown };
    return typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) && parsed.pid > 0
      ? parsed.pid
      : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
