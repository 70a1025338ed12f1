import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEALED_SPEC_PATTERN, healedSpecIndex, healedSpecPath, saveHealedSpec } from './healed-spec.ts';
import { parseSpec, type Spec } from './spec.ts';

const spec: Spec = {
  version: 1,
  goal: 'Sign up',
  url: 'http://127.0.0.1:1/',
  viewport: { width: 1280, height: 800 },
  variables: {},
  files: {},
  steps: [],
  assertions: [{ type: 'text-visible', text: 'Welcome' }],
};

describe('healed spec naming (one rule for spec files and test folders)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'codify-healed-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('puts .healed(-N) before the ending, which it keeps', () => {
    expect(healedSpecPath('a/login.spec.json', 1)).toBe('a/login.healed.spec.json');
    expect(healedSpecPath('a/login.spec.json', 3)).toBe('a/login.healed-3.spec.json');
    expect(healedSpecPath('t/spec.json', 1)).toBe('t/spec.healed.json');
    expect(healedSpecPath('t/spec.json', 2)).toBe('t/spec.healed-2.json');
  });

  it('never overwrites: each heal takes the next free number, with its diff beside it', async () => {
    const original = join(dir, 'login.spec.json');
    const first = await saveHealedSpec(original, spec, '-a\n+b\n');
    const second = await saveHealedSpec(original, { ...spec, goal: 'Sign up again' }, '-c\n+d\n');
    expect(first).toEqual({
      spec: join(dir, 'login.healed.spec.json'),
      diff: join(dir, 'login.healed.spec.diff'),
    });
    expect(second.spec).toBe(join(dir, 'login.healed-2.spec.json'));
    expect(parseSpec(JSON.parse(await readFile(first.spec, 'utf8'))).goal).toBe('Sign up');
    expect(await readFile(second.diff, 'utf8')).toBe('-c\n+d\n');
  });

  it('two heals finishing at once get two numbers', async () => {
    const original = join(dir, 'spec.json');
    const saved = await Promise.all([1, 2, 3].map(() => saveHealedSpec(original, spec, 'diff')));
    expect(new Set(saved.map((s) => s.spec)).size).toBe(3);
    expect((await readdir(dir)).filter((f) => f.endsWith('.json')).sort()).toEqual([
      'spec.healed-2.json',
      'spec.healed-3.json',
      'spec.healed.json',
    ]);
  });

  it('skips a number the older CLI naming (X.json → X.healed.spec.json) already took, and still lists it', async () => {
    const original = join(dir, 'login.json');
    await writeFile(join(dir, 'login.healed.spec.json'), '{}');
    const saved = await saveHealedSpec(original, spec, 'diff');
    expect(saved.spec).toBe(join(dir, 'login.healed-2.json'));
    expect(existsSync(join(dir, 'login.healed.json'))).toBe(false);
    const listed = (await readdir(dir)).filter((f) => HEALED_SPEC_PATTERN.test(f));
    expect(listed.sort((a, b) => healedSpecIndex(a) - healedSpecIndex(b))).toEqual([
      'login.healed.spec.json',
      'login.healed-2.json',
    ]);
  });
});
