import { isAbsolute, relative, resolve, sep, win32 } from 'node:path';
import { CodifyError } from './errors.ts';

/** A user-supplied path tried to leave its root (or was malformed). */
export class PathTraversalError extends CodifyError {
  readonly userPath: string;
  constructor(userPath: string, reason: string) {
    super('bad-path', `Path ${JSON.stringify(userPath)} is not allowed: ${reason}.`, {
      hint: 'Use a relative path inside the directory, without ".." segments.',
    });
    this.userPath = userPath;
  }
}

/**
 * Join a user-supplied relative path onto `root`, refusing anything that could point outside it:
 * NUL bytes, absolute paths (POSIX, Windows drive or UNC), and `..` segments (with either
 * separator). Returns the absolute path. It does not follow symbolic links: a link inside `root`
 * that points out is the root owner's choice, not user input.
 */
export function safeJoin(root: string, userPath: string): string {
  if (typeof userPath !== 'string' || userPath.length === 0)
    throw new PathTraversalError(String(userPath), 'it is empty');
  if (userPath.includes('\0')) throw new PathTraversalError(userPath, 'it contains a NUL byte');
  if (isAbsolute(userPath) || win32.isAbsolute(userPath) || /^[a-zA-Z]:/.test(userPath)) {
    throw new PathTraversalError(userPath, 'it is absolute');
  }
  if (userPath.split(/[\\/]/).some((segment) => segment === '..')) {
    throw new PathTraversalError(userPath, 'it contains a ".." segment');
  }
  const base = resolve(root);
  const target = resolve(base, userPath);
  const rel = relative(base, target);
  // Belt and braces: whatever the checks above missed, the resolved path must stay under root.
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new PathTraversalError(userPath, 'it resolves outside the directory');
  }
  return target;
}
