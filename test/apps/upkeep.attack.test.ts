import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { SIXTH_UPKEEP_GOALS } from './goals.tuning-6-upkeep.ts';
import { REFERENCE_6_UPKEEP } from './reference-solutions-6-upkeep.ts';
import { startApps } from './server.ts';

// The upkeep request tracker's goals on their own (apps.test.ts covers every app with the whole suite):
// false at the start, reached by their reference solution (refused ones stay false), no page error.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the upkeep request tracker', () => {
  it('has a reference solution for each of its goals', () => {
    expect(Object.keys(REFERENCE_6_UPKEEP).sort()).toEqual(SIXTH_UPKEEP_GOALS.map((g) => g.id).sort());
  });

  it.each(SIXTH_UPKEEP_GOALS.map((g) => [g.id, g] as const))(
    '%s',
    async (id, goal) => {
      const apps = await startApps();
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(apps.url('upkeep'));
        expect(goal.check(apps.truth('upkeep')), `${id} must be false at the start`).toBe(false);
        await REFERENCE_6_UPKEEP[id]!(page);
        expect(errors).toEqual([]);
        expect(goal.check(apps.truth('upkeep'))).toBe(goal.reachable);
      } finally {
        await context.close();
        await apps.close();
      }
    },
    30_000,
  );

  it('renames its Sign in button in the changed variant and keeps the same state', async () => {
    const apps = await startApps({ variant: 'changed' });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(apps.url('upkeep'));
      expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(1);
      expect(apps.truth('upkeep')).toMatchObject({ user: null, view: 'signin', saves: 0 });
    } finally {
      await context.close();
      await apps.close();
    }
  });
});
