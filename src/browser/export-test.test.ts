import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPathOf, exportTest } from './export-test.ts';
import { saveSpec, type Spec } from './spec.ts';

const spec = (outcome: 'passed' | 'unverified'): Spec => ({
  version: 1,
  goal: 'Sign up',
  url: 'http://127.0.0.1:1/signup',
  viewport: { width: 1280, height: 800 },
  variables: { email: {} },
  files: {},
  steps: [{ action: 'fill', locator: { role: 'textbox', name: 'Email' }, value: { var: 'email' } }],
  assertions: [{ type: 'text-visible', text: 'Welcome' }],
  recordedWith: { planner: 'local', at: '2026-01-01T00:00:00Z', outcome },
});

describe('exportTest', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'codify-export-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a spec whose recording did not pass, and writes nothing', async () => {
    const specPath = join(dir, 'signup.spec.json');
    await saveSpec(specPath, spec('unverified'));
    const result = await exportTest({ specPath });
    expect(result).toMatchObject({ exported: false, refusal: expect.stringMatching(/ended unverified/) });
    expect(existsSync(exportPathOf(specPath))).toBe(false);
  });

  it('writes X.spec.ts and a config, and says how to run it and how to shard the folder', async () => {
    const specPath = join(dir, 'signup.spec.json');
    await saveSpec(specPath, spec('passed'));
    const result = await exportTest({ specPath, cwd: dir });
    if (!result.exported) throw new Error(result.refusal);
    expect(result.test).toBe(join(dir, 'signup.spec.ts'));
    expect(result.config).toBe(join(dir, 'playwright.config.ts'));
    expect(await readFile(result.test, 'utf8')).toMatch(/getByRole\('textbox', \{ name: 'Email'/);
    expect(result.env).toEqual(['EMAIL']);
    // codify's own @playwright/test resolves here, so both commands exist.
    expect(result.runCommand).toMatch(/test -c playwright\.config\.ts signup\.spec\.ts$/);
    expect(result.shardCommand).toMatch(/test -c playwright\.config\.ts$/);
  });

  it('writes to --out in a folder that does not exist yet, and the command runs from where the user is', async () => {
    const specPath = join(dir, 'signup.spec.json');
    await saveSpec(specPath, spec('passed'));
    const result = await exportTest({ specPath, out: join(dir, 'e2e', 'tests', 'signup.spec.ts'), cwd: dir });
    if (!result.exported) throw new Error(result.refusal);
    expect(existsSync(join(dir, 'e2e', 'tests', 'signup.spec.ts'))).toBe(true);
    expect(result.config).toBe(join(dir, 'e2e', 'tests', 'playwright.config.ts'));
    expect(result.runCommand).toMatch(/test -c e2e\/tests\/playwright\.config\.ts signup\.spec\.ts$/);
  });

  it('prints a state assertion as a poll of the same in-page reading replay uses', async () => {
    const specPath = join(dir, 'star.spec.json');
    await saveSpec(specPath, {
      ...spec('passed'),
      assertions: [
        {
          type: 'state',
          locator: { role: 'button', name: 'Star', within: { role: 'listitem', hasText: 'Alan Turing' } },
          state: 'pressed',
          value: true,
        },
      ],
    });
    const result = await exportTest({ specPath, cwd: dir });
    if (!result.exported) throw new Error(result.refusal);
    const code = await readFile(result.test, 'utf8');
    expect(code).toContain("getByRole('listitem').filter({ hasText: 'Alan Turing' })");
    expect(code).toMatch(/expect\.poll\(\(\) => .*\.evaluate\(function elementState\(element, state\) \{/);
    expect(code).toContain("'pressed')).toBe(true);");
  });
});
