import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NothingToAcceptError, acceptTransform } from './accept-transform.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('acceptTransform', () => {
  it('works in a fresh checkout without .codify/ (it is git-ignored) and keeps the replaced code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codify-accept-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'transform.ts'), '// edited by a person\n');
    writeFileSync(join(dir, 'transform.next.ts'), '// rebuilt\n');
    await acceptTransform(dir);
    expect(readFileSync(join(dir, 'transform.ts'), 'utf8')).toBe('// rebuilt\n');
    expect(existsSync(join(dir, 'transform.next.ts'))).toBe(false);
    const kept = readdirSync(join(dir, '.codify')).filter((f) => f.startsWith('transform.replaced.'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, '.codify', kept[0]!), 'utf8')).toBe('// edited by a person\n');
  });

  it('says there is nothing to accept when no rebuild waits for review, and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codify-accept-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'transform.ts'), '// edited by a person\n');
    await expect(acceptTransform(dir)).rejects.toBeInstanceOf(NothingToAcceptError);
    expect(readFileSync(join(dir, 'transform.ts'), 'utf8')).toBe('// edited by a person\n');
  });
});
