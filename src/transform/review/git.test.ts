import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScriptedModel } from '../../core/models/scripted-model.ts';
import { loadService } from '../service.ts';
import {
  NAME_CODE_NAIVE,
  NAME_CODE_ROBUST,
  NAME_EXAMPLES,
  NAME_SCHEMA,
  fenced,
  makeServiceDir,
  removeServiceDirs,
} from '../testing/fixtures.ts';

afterAll(removeServiceDirs);

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@x',
    },
  }).trim();
}

describe('build --commit', { timeout: 180_000 }, () => {
  it('commits the service on a codify branch without touching the current branch, index or work tree', async () => {
    const repo = await makeServiceDir({ 'README.md': 'hello\n' });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', 'README.md');
    git(repo, 'commit', '-q', '-m', 'initial');
    const dir = path.join(repo, 'services', 'names');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'examples.json'), JSON.stringify(NAME_EXAMPLES));
    await writeFile(path.join(dir, 'schema.json'), JSON.stringify(NAME_SCHEMA));
    await writeFile(path.join(repo, 'README.md'), 'hello, edited but not staged\n');
    const headBefore = git(repo, 'rev-parse', 'HEAD');
    const statusBefore = git(repo, 'status', '--porcelain');

    const service = await loadService(dir, { model: new ScriptedModel([fenced(NAME_CODE_ROBUST)]) });
    const result = await service.build({ commit: true });

    expect(result.status).toBe('passed');
    expect(result.commit?.branch).toMatch(/^codify\/names\/\d{8}T\d{6}-[0-9a-f]{6}$/);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(headBefore);
    expect(git(repo, 'symbolic-ref', '--short', 'HEAD')).toBe('main');
    expect(git(repo, 'status', '--porcelain')).toBe(statusBefore);
    expect(statusBefore).toContain('M README.md');

    const branch = result.commit?.branch ?? '';
    const files = git(repo, 'ls-tree', '-r', '--name-only', branch).split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'services/names/examples.json',
        'services/names/schema.json',
        'services/names/transform.ts',
      ]),
    );
    expect(git(repo, 'rev-parse', `${branch}^`)).toBe(headBefore);
    // The committed README is the committed one, not the unstaged edit.
    expect(git(repo, 'show', `${branch}:README.md`)).toBe('hello');
    const message = git(repo, 'log', '-1', '--format=%B', branch);
    expect(message).toContain('Build transform "names"');
    expect(message).toContain('Failure report: no failures');
    expect(git(repo, 'show', `${branch}:services/names/transform.ts`)).toContain("words.slice(1).join(' ')");
  });

  it('accept --commit commits the reviewed transform on its own branch', async () => {
    const repo = await makeServiceDir({ 'README.md': 'hello\n' });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', 'README.md');
    git(repo, 'commit', '-q', '-m', 'initial');
    const dir = path.join(repo, 'names');
    await mkdir(dir);
    await writeFile(path.join(dir, 'examples.json'), JSON.stringify(NAME_EXAMPLES));
    await writeFile(path.join(dir, 'schema.json'), JSON.stringify(NAME_SCHEMA));
    const first = await loadService(dir, { model: new ScriptedModel([fenced(NAME_CODE_NAIVE)]) });
    expect((await first.build()).status).toBe('passed');
    // A person edits the code; a later rebuild (new example) must go to review, not overwrite it.
    const file = path.join(dir, 'transform.ts');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        "throw new Error('expected two words')",
        "throw new Error('two words, please')",
      ),
    );
    await writeFile(
      path.join(dir, 'examples.json'),
      JSON.stringify([...NAME_EXAMPLES, { input: { name: 'Cher' }, output: { first: 'Cher', last: '' } }]),
    );
    const second = await loadService(dir, { model: new ScriptedModel([fenced(NAME_CODE_ROBUST)]) });
    const rebuilt = await second.build();
    expect(rebuilt.wrote).toBe(path.join(dir, 'transform.next.ts'));
    const accepted = await second.accept({ commit: true });
    const branch = accepted.commit?.branch ?? '';
    expect(branch).toMatch(/^codify\/names\//);
    expect(git(repo, 'symbolic-ref', '--short', 'HEAD')).toBe('main');
    expect(git(repo, 'show', `${branch}:names/transform.ts`)).toContain("words.slice(1).join(' ')");
    expect(git(repo, 'log', '-1', '--format=%s', branch)).toBe('Accept reviewed transform "names"');
  });

  it('fails with a clear error outside a git repository', async () => {
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': NAME_SCHEMA });
    const service = await loadService(dir, { model: new ScriptedModel([fenced(NAME_CODE_ROBUST)]) });
    await expect(service.build({ commit: true })).rejects.toThrow(/not inside a git repository/);
  });
});
