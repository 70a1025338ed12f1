import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * A Node older than codify needs (< 22.13) installed on this machine outside node_modules, such
 * as a system Node 20 that runs npm; null when there is none (the tests that need one skip).
 */
export function findOlderNode(): { node: string; version: string; binDir: string } | null {
  const dirs = [...(process.env['PATH'] ?? '').split(path.delimiter), '/usr/local/bin', '/usr/bin', '/bin'];
  for (const dir of dirs) {
    if (!dir || dir.includes('node_modules')) continue;
    const node = path.join(dir, 'node');
    if (!existsSync(node)) continue;
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
    if (major > 0 && (major < 22 || (major === 22 && minor < 13))) return { node, version, binDir: dir };
  }
  return null;
}
