import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserTestFolder, declareVariables } from './test-folder.ts';
import { saveSpec, type Spec } from './spec.ts';

const spec: Spec = {
  version: 1,
  goal: 'Sign up',
  url: 'http://127.0.0.1:1/signup',
  viewport: { width: 1280, height: 800 },
  variables: { email: {}, password: {} },
  files: {},
  steps: [],
  assertions: [{ type: 'text-visible', text: 'Welcome' }],
};

describe('BrowserTestFolder', () => {
  let dataDir: string;
  let tests: BrowserTestFolder;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'codify-test-folder-'));
    tests = new BrowserTestFolder(dataDir);
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps a test as files: create, read, update, list, remove', async () => {
    const created = await tests.create(
      {
        name: 'signup',
        url: 'http://127.0.0.1:1/',
        goal: 'Sign up',
        variables: { email: { default: 'a@b.c' } },
      },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(created).toMatchObject({ name: 'signup', files: {}, createdAt: '2026-01-01T00:00:00.000Z' });
    expect(tests.exists('signup')).toBe(true);
    const updated = await tests.update('signup', { goal: 'Sign up again' }, new Date('2026-01-02T00:00:00Z'));
    expect(updated).toMatchObject({ goal: 'Sign up again', updatedAt: '2026-01-02T00:00:00.000Z' });
    expect((await tests.list()).map((t) => t.name)).toEqual(['signup']);
    expect(await tests.readSpec('signup')).toBeNull();
    await tests.remove('signup');
    expect(await tests.list()).toEqual([]);
  });

  it('refuses with typed codes the adapters map: bad-request, not-found, conflict', async () => {
    expect(() => tests.dirOf('../etc')).toThrow(expect.objectContaining({ code: 'bad-request' }));
    await expect(tests.read('nope')).rejects.toMatchObject({ code: 'not-found' });
    const input = { name: 'a', url: 'http://127.0.0.1:1/', goal: 'g' };
    await tests.create(input);
    await expect(tests.create(input)).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      tests.create({ ...input, name: 'b', variables: { password: { default: 'x' } } }),
    ).rejects.toMatchObject({ code: 'bad-request', hint: expect.stringContaining('"secret": false') });
  });

  it('lists the healed specs beside spec.json oldest first, by either naming', async () => {
    await tests.create({ name: 'signup', url: 'http://127.0.0.1:1/', goal: 'g' });
    await saveSpec(tests.specPath('signup'), spec);
    for (const file of [
      'spec.healed-2.json',
      'spec.healed.json',
      'spec.healed-3.spec.json',
      'spec.healed.diff',
    ])
      await writeFile(tests.pathIn('signup', file), '{}');
    expect(await tests.healedSpecs('signup')).toEqual([
      'spec.healed.json',
      'spec.healed-2.json',
      'spec.healed-3.spec.json',
    ]);
  });

  it('declares a recorded spec’s variables from the settings: secrets by name or declaration, defaults kept', async () => {
    const config = await tests.create({
      name: 'signup',
      url: 'http://127.0.0.1:1/',
      goal: 'g',
      variables: { email: { default: 'a@b.c', description: 'who signs up' } },
    });
    expect(declareVariables(spec, config)).toEqual({
      email: { default: 'a@b.c', description: 'who signs up' },
      password: { secret: true },
    });
  });
});
