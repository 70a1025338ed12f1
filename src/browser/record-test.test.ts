import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import { launchChromium } from './chromium.ts';
import { LocalPlanner } from './local-planner.ts';
import type { Planner } from './planner.ts';
import { recordTest, UNFINISHED_SPEC_FILE } from './record-test.ts';
import { loadSpec } from './spec.ts';

let browser: Browser;
let app: DemoApp;
const dir = resolve('runs', `vitest-record-test-${process.pid}`);
const SIGNUP_GOAL = 'Sign up with my name, email and password and accept the terms';

beforeAll(async () => {
  browser = await launchChromium();
  app = await startDemoApp({ port: 0 });
  await mkdir(dir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens the sign-up page (one recorded step), then gives up: a recording that does not pass. */
function givesUpAfterOneStep(url: string): Planner {
  let calls = 0;
  return {
    name: 'gives-up',
    plan: async () =>
      calls++ === 0
        ? { reason: 'open the form', action: { type: 'navigate', value: url } }
        : { reason: 'cannot find the form', action: { type: 'fail', value: 'I give up' } },
  };
}

describe('recordTest: only a passing recording is saved as the test', () => {
  it(
    'saves nothing at specPath when the recording fails, keeps the steps in the run folder, and leaves an earlier spec alone',
    { timeout: 120_000 },
    async () => {
      const specPath = join(dir, 'signup.spec.json');
      await writeFile(specPath, 'an earlier passing spec');
      const result = await recordTest(
        { url: `${app.url}/`, goal: SIGNUP_GOAL, runsDir: join(dir, 'runs'), specPath },
        { planner: givesUpAfterOneStep(`${app.url}/signup`), browser },
      );
      expect(result.status).toBe('failed');
      expect(result.savedTo).toBeNull();
      expect(await readFile(specPath, 'utf8')).toBe('an earlier passing spec');
      expect(result.unfinishedAt).toBe(join(result.runDir!, UNFINISHED_SPEC_FILE));
      const unfinished = await loadSpec(result.unfinishedAt!);
      expect(unfinished.steps.map((s) => s.action)).toEqual(['navigate']);
      expect(unfinished.recordedWith?.outcome).toBe('failed');
    },
  );

  it(
    'saves a passing recording at specPath, with upload paths relative to its folder',
    { timeout: 120_000 },
    async () => {
      const specPath = join(dir, 'nested', 'signup.spec.json');
      await mkdir(join(dir, 'nested'), { recursive: true });
      const result = await recordTest(
        {
          url: `${app.url}/signup`,
          goal: SIGNUP_GOAL,
          variables: { name: 'Ada', email: 'ada.record@example.com', password: 'hunter22' },
          runsDir: null,
          specPath,
          finishSpec: (spec) => ({ ...spec, name: 'signup' }),
        },
        { planner: new LocalPlanner(), browser },
      );
      expect(result.status, result.reason).toBe('passed');
      expect(result.savedTo).toBe(specPath);
      expect(result.unfinishedAt).toBeNull();
      const saved = await loadSpec(specPath);
      expect(saved.name).toBe('signup');
      expect(saved.assertions.length).toBeGreaterThan(0);
      expect(existsSync(`${specPath}.tmp`)).toBe(false);
    },
  );
});
