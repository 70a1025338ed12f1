import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import { launchChromium } from './chromium.ts';
import { LocalPlanner } from './local-planner.ts';
import { recordTest } from './record-test.ts';
import { replayTest } from './replay-test.ts';
import { loadSpec } from './spec.ts';

let browser: Browser;
let app: DemoApp;
const dir = resolve('runs', `vitest-replay-test-${process.pid}`);
const SIGNUP_GOAL = 'Sign up with my name, email and password and accept the terms';
const vars = (n: number) => ({ name: 'Ada', email: `ada.replay${n}@example.com`, password: 'hunter22' });

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

describe('replayTest', () => {
  it(
    'replays a recorded spec file; with a healer, saves each heal beside it by the one naming rule and never over it',
    { timeout: 180_000 },
    async () => {
      const specPath = join(dir, 'signup.spec.json');
      const recorded = await recordTest(
        { url: `${app.url}/signup`, goal: SIGNUP_GOAL, variables: vars(1), runsDir: null, specPath },
        { planner: new LocalPlanner(), browser },
      );
      expect(recorded.status, recorded.reason).toBe('passed');
      const original = await readFile(specPath, 'utf8');

      const plain = await replayTest({ specPath, variables: vars(2), runsDir: null }, { browser });
      expect(plain.status, plain.reason).toBe('passed');
      expect(plain.healedFiles).toBeUndefined();

      app.setVariant('v2');
      try {
        const heal = (n: number) =>
          replayTest(
            { specPath, variables: vars(n), runsDir: null, actionTimeoutMs: 2_500 },
            { browser, healer: new LocalPlanner() },
          );
        const first = await heal(3);
        expect(first.status, first.reason).toBe('passed');
        expect(first.healedFiles).toEqual({
          spec: join(dir, 'signup.healed.spec.json'),
          diff: join(dir, 'signup.healed.spec.diff'),
        });
        const second = await heal(4);
        expect(second.status, second.reason).toBe('passed');
        expect(second.healedFiles?.spec).toBe(join(dir, 'signup.healed-2.spec.json'));
        expect(await readFile(specPath, 'utf8')).toBe(original);
        expect(
          (await loadSpec(first.healedFiles!.spec)).steps.some((s) => s.locator?.name === 'Register'),
        ).toBe(true);
        expect(await readFile(first.healedFiles!.diff, 'utf8')).toContain('+        "name": "Register"');
      } finally {
        app.setVariant('v1');
      }
    },
  );
});
