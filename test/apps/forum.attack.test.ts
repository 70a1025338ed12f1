import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { SEVENTH_FORUM_GOALS } from './goals.tuning-7-forum.ts';
import { REFERENCE_7_FORUM } from './reference-solutions-7-forum.ts';
import { startApps } from './server.ts';

// The forum discussion board's goals on their own (apps.test.ts covers every app with the whole suite):
// false at the start, reached by their reference solution (refused ones stay false), no page error.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the forum discussion board', () => {
  it('has a reference solution for each of its goals', () => {
    expect(Object.keys(REFERENCE_7_FORUM).sort()).toEqual(SEVENTH_FORUM_GOALS.map((g) => g.id).sort());
  });

  it.each(SEVENTH_FORUM_GOALS.map((g) => [g.id, g] as const))(
    '%s',
    async (id, goal) => {
      const apps = await startApps();
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(apps.url('forum'));
        expect(goal.check(apps.truth('forum')), `${id} must be false at the start`).toBe(false);
        await REFERENCE_7_FORUM[id]!(page);
        expect(errors).toEqual([]);
        expect(goal.check(apps.truth('forum'))).toBe(goal.reachable);
      } finally {
        await context.close();
        await apps.close();
      }
    },
    30_000,
  );

  it('renames its Start a discussion button in the changed variant and keeps the same state', async () => {
    const apps = await startApps({ variant: 'changed' });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(apps.url('forum'));
      expect(await page.getByRole('button', { name: 'Start a discussion' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'New topic' }).count()).toBe(1);
      expect(apps.truth('forum')).toMatchObject({ view: 'list', category: 'All', deleted: [], refusals: [] });
    } finally {
      await context.close();
      await apps.close();
    }
  });
});
