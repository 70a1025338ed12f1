import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathTraversalError, safeJoin } from './safe-path.ts';

const root = resolve('/srv/codify-data');

describe('safeJoin', () => {
  it('joins ordinary relative paths under the root', () => {
    expect(safeJoin(root, 'services/invoices/examples.json')).toBe(
      join(root, 'services/invoices/examples.json'),
    );
    expect(safeJoin(root, './a/./b')).toBe(join(root, 'a/b'));
    expect(safeJoin(root, 'a..b/c..')).toBe(join(root, 'a..b/c..'));
    expect(safeJoin(root, '.')).toBe(root);
  });

  it.each([
    ['..', 'contains a ".." segment'],
    ['../etc/passwd', 'contains a ".." segment'],
    ['a/../../b', 'contains a ".." segment'],
    ['a/..', 'contains a ".." segment'],
    ['a\\..\\..\\b', 'contains a ".." segment'],
    ['/etc/passwd', 'is absolute'],
    ['C:\\Windows\\system32', 'is absolute'],
    ['c:relative-to-drive', 'is absolute'],
    ['\\\\server\\share\\x', 'is absolute'],
    ['a\0b', 'contains a NUL byte'],
    ['', 'is empty'],
  ])('rejects %j (%s)', (userPath, reason) => {
    expect(() => safeJoin(root, userPath)).toThrow(PathTraversalError);
    expect(() => safeJoin(root, userPath)).toThrow(reason);
  });

  it('gives a typed error with a stable code and a hint', () => {
    try {
      safeJoin(root, '../x');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PathTraversalError);
      expect((error as PathTraversalError).code).toBe('bad-path');
      expect((error as PathTraversalError).hint).toMatch(/relative path/);
    }
  });

  it('never returns a path outside the root for a range of hostile inputs', () => {
    const hostile = [
      '....//....//etc',
      '.../...',
      'a/./../../..',
      '%2e%2e/%2e%2e',
      'a/b/c/../../../..',
      '..%2f..%2f',
    ];
    for (const input of hostile) {
      let result: string | null = null;
      try {
        result = safeJoin(root, input);
      } catch (error) {
        expect(error).toBeInstanceOf(PathTraversalError);
      }
      if (result !== null) expect(result.startsWith(root + '/')).toBe(true);
    }
  });
});
