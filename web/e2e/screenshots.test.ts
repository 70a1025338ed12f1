import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './harness.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('where the e2e suite writes screenshots', () => {
  it('a plain test run writes them to a git-ignored folder, so the checkout stays clean', () => {
    const dir = screenshotDir({});
    expect(path.relative(ROOT, dir)).not.toMatch(/^docs/);
    // git check-ignore exits 0 (and prints the path) only for an ignored path.
    const ignored = execFileSync('git', ['check-ignore', path.join(dir, 'services.png')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(ignored.trim()).not.toBe('');
  });

  it('CODIFY_UPDATE_SCREENSHOTS=1 refreshes the README screenshots in docs/screenshots', () => {
    expect(screenshotDir({ CODIFY_UPDATE_SCREENSHOTS: '1' })).toBe(path.join(ROOT, 'docs', 'screenshots'));
    expect(screenshotDir({ CODIFY_UPDATE_SCREENSHOTS: '0' })).not.toBe(
      path.join(ROOT, 'docs', 'screenshots'),
    );
  });
});
