import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { CodifyError } from '../../core/errors.ts';

const exec = promisify(execFile);

/** A commit made on a codify branch. */
export interface CommitResult {
  branch: string;
  commit: string;
  files: string[];
}

async function git(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await exec('git', args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new CodifyError(
      'git',
      `git ${args.join(' ')} failed: ${stderr.trim() || (error as Error).message}`,
      {
        hint: 'Check that the service directory is inside a git repository and git works there.',
      },
    );
  }
}

/** The repository root containing `dir`, or null when it is not in a git work tree. */
export async function findRepositoryRoot(dir: string): Promise<string | null> {
  try {
    return await git(dir, ['rev-parse', '--show-toplevel']);
  } catch {
    return null;
  }
}

/**
 * Commits files on a new branch `codify/<service>/<runId>` without touching the user's current
 * branch, index or work tree: the tree is built in a temporary index from HEAD plus the files,
 * then `commit-tree` and `update-ref` create the branch. The user reviews and merges it as usual.
 */
export async function commitToBranch(options: {
  dir: string;
  service: string;
  runId: string;
  files: string[];
  message: string;
}): Promise<CommitResult> {
  const root = await findRepositoryRoot(options.dir);
  if (!root) {
    throw new CodifyError(
      'git',
      `${options.dir} is not inside a git repository, so --commit has nowhere to commit.`,
      {
        hint: 'Run `git init` (or move the service into a repository), or drop --commit.',
      },
    );
  }
  const branch = `codify/${sanitize(options.service)}/${sanitize(options.runId)}`;
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'codify-git-'));
  const env = { GIT_INDEX_FILE: path.join(tempDir, 'index') };
  try {
    const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => '');
    if (head) await git(root, ['read-tree', head], env);
    const committed: string[] = [];
    for (const file of options.files) {
      const relative = path.relative(root, path.resolve(file)).split(path.sep).join('/');
      const sha = await hashObject(root, path.resolve(file));
      await git(root, ['update-index', '--add', '--cacheinfo', `100644,${sha},${relative}`], env);
      committed.push(relative);
    }
    const tree = await git(root, ['write-tree'], env);
    const messageFile = path.join(tempDir, 'message');
    await writeFile(messageFile, options.message);
    const commitArgs = ['commit-tree', tree, '-F', messageFile, ...(head ? ['-p', head] : [])];
    const commit = await git(root, commitArgs, { ...env, ...(await identityFallback(root)) });
    await git(root, ['update-ref', `refs/heads/${branch}`, commit]);
    return { branch, commit, files: committed };
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

async function hashObject(root: string, file: string): Promise<string> {
  // Read the file ourselves so line endings and filters never change what is committed.
  const content = await readFile(file);
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['hash-object', '-w', '--stdin'], { cwd: root }, (error, stdout) => {
      if (error) reject(new CodifyError('git', `git hash-object failed: ${error.message}`));
      else resolve(stdout.trim());
    });
    child.stdin?.end(content);
  });
}

/** A codify identity, only when the repository has no user configured (commit-tree needs one). */
async function identityFallback(root: string): Promise<Record<string, string>> {
  const email = await git(root, ['config', 'user.email']).catch(() => '');
  if (email || process.env['GIT_AUTHOR_EMAIL']) return {};
  return {
    GIT_AUTHOR_NAME: 'codify',
    GIT_AUTHOR_EMAIL: 'codify@localhost',
    GIT_COMMITTER_NAME: 'codify',
    GIT_COMMITTER_EMAIL: 'codify@localhost',
  };
}

function sanitize(part: string): string {
  return part.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'service';
}
