import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import { signupSpec } from '../../test/support/signup-spec.ts';
import { launchChromium } from './chromium.ts';
import { replayMany } from './replay-many.ts';
import { saveSpec } from './spec.ts';

let browser: Browser;
let app: DemoApp;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  app = await startDemoApp({ port: 0 });
  dir = await mkdtemp(join(tmpdir(), 'codify-replay-many-'));
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The browser, counting the contexts open at once (each spec replays in its own). */
function counting(target: Browser) {
  const counts = { open: 0, max: 0, created: 0 };
  const proxy = new Proxy(target, {
    get(t, property, receiver) {
      if (property !== 'newContext') {
        const value: unknown = Reflect.get(t, property, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
      }
      return async (...args: Parameters<Browser['newContext']>): Promise<BrowserContext> => {
        const context = await t.newContext(...args);
        counts.created++;
        counts.max = Math.max(counts.max, ++counts.open);
        context.once('close', () => counts.open--);
        return context;
      };
    },
  });
  return { browser: proxy, counts };
}

describe('replayMany', () => {
  it(
    'replays specs in one browser, N contexts at a time, with a verdict per spec in input order',
    { timeout: 180_000 },
    async () => {
      const paths: string[] = [];
      for (const [i, button] of [
        'Create account',
        'Create account',
        'Sign me up',
        'Create account',
      ].entries()) {
        const path = join(dir, `signup-${i + 1}.spec.json`);
        await saveSpec(path, signupSpec(app.url, `ada.many${i + 1}@example.com`, button));
        paths.push(path);
      }
      const unreadable = join(dir, 'broken.spec.json');
      await writeFile(unreadable, '{ not json');
      paths.push(unreadable);

      const { browser: shared, counts } = counting(browser);
      const finished: number[] = [];
      const verdicts = await replayMany(
        paths.map((specPath) => ({
          specPath,
          variables: { password: 'hunter22' },
          runsDir: null,
          actionTimeoutMs: 2_000,
        })),
        { browser: shared, workers: 2, onVerdict: (_v, index) => finished.push(index) },
      );
      expect(verdicts.map((v) => v.specPath)).toEqual(paths);
      expect(verdicts.map((v) => v.status)).toEqual(['passed', 'passed', 'failed', 'passed', 'failed']);
      expect(verdicts[2]!.result?.failure?.step).toBe(5);
      expect(verdicts[4]!.reason).toMatch(/broken\.spec\.json/);
      expect(verdicts.every((v) => v.wallMs > 0)).toBe(true);
      expect(finished.sort()).toEqual([0, 1, 2, 3, 4]);
      // Four readable specs, four contexts, never more than two at once, and two at once at some point.
      expect(counts.created).toBe(4);
      expect(counts.max).toBe(2);
      expect(browser.isConnected()).toBe(true);
    },
  );
});
