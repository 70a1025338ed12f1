import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { FIFTH_WIZARD_GOALS } from './goals.tuning-5-wizard.ts';
import { REFERENCE_5_WIZARD } from './reference-solutions-5-wizard.ts';
import { startApps } from './server.ts';

// The insure wizard's goals on their own (apps.test.ts covers every app with the whole suite):
// false at the start, reached by their reference solution (refused ones stay false), no page error.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the insure wizard', () => {
  it('has a reference solution for each of its goals', () => {
    expect(Object.keys(REFERENCE_5_WIZARD).sort()).toEqual(FIFTH_WIZARD_GOALS.map((g) => g.id).sort());
  });

  it.each(FIFTH_WIZARD_GOALS.map((g) => [g.id, g] as const))(
    '%s',
    async (id, goal) => {
      const apps = await startApps();
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(apps.url('insure'));
        expect(goal.check(apps.truth('insure')), `${id} must be false at the start`).toBe(false);
        await REFERENCE_5_WIZARD[id]!(page);
        expect(errors).toEqual([]);
        expect(goal.check(apps.truth('insure'))).toBe(goal.reachable);
      } finally {
        await context.close();
        await apps.close();
      }
    },
    30_000,
  );

  it('renames its forward button in the changed variant and keeps the same state', async () => {
    const apps = await startApps({ variant: 'changed' });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(apps.url('insure'));
      expect(await page.getByRole('button', { name: 'Continue', exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Save and continue' }).count()).toBe(1);
      expect(apps.truth('insure')).toMatchObject({ step: 'traveller', errors: [] });
    } finally {
      await context.close();
      await apps.close();
    }
  });
});
