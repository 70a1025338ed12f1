import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { TUNING_GOALS } from './goals.tuning.ts';
import { REFERENCE } from './reference-solutions.ts';
import { startApps } from './server.ts';

// Every reference solution on a fresh app (npm test runs a few per app: apps.test.ts).
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('reference solutions', () => {
  it.each(TUNING_GOALS.map((g) => [g.id, g] as const))('%s', async (_id, goal) => {
    const apps = await startApps();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(apps.url(goal.app));
      await REFERENCE[goal.id]!(page);
      expect(errors).toEqual([]);
      expect(goal.check(await apps.settledTruth(goal.app))).toBe(goal.reachable);
    } finally {
      await context.close();
      await apps.close();
    }
  });
});
