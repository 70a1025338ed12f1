/**
 * The second held-out set's goals are sound: each reference solution reaches its goal by the
 * app's own truth (refused goals stay false after a user's attempt), and no goal already holds on
 * the app's start state (a goal true at the start would pass whatever a tool did).
 * Whoever tunes the planner must not read this folder.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../src/browser/chromium.ts';
import {
  HELDOUT2_APP_NAMES,
  startApps,
  type AppServer,
  type AppVariant,
  type Heldout2AppName,
} from '../server.ts';
import { HELDOUT2_GOALS } from './goals.ts';
import { HELDOUT2_REFERENCE } from './reference-solutions.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function onFreshApp(
  app: Heldout2AppName,
  body: (page: Page, apps: AppServer) => Promise<void>,
  variant: AppVariant = 'original',
): Promise<void> {
  const apps = await startApps({ variant });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(apps.url(app));
    await body(page, apps);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await apps.close();
  }
}

describe('second held-out set', () => {
  it('has 24–30 goals with unique ids, a reference solution each, on every app', () => {
    expect(HELDOUT2_GOALS.length).toBeGreaterThanOrEqual(24);
    expect(HELDOUT2_GOALS.length).toBeLessThanOrEqual(30);
    expect(new Set(HELDOUT2_GOALS.map((g) => g.id)).size).toBe(HELDOUT2_GOALS.length);
    expect(Object.keys(HELDOUT2_REFERENCE).sort()).toEqual(HELDOUT2_GOALS.map((g) => g.id).sort());
    for (const app of HELDOUT2_APP_NAMES) expect(HELDOUT2_GOALS.some((g) => g.app === app)).toBe(true);
  });

  it.each(HELDOUT2_APP_NAMES.map((a) => [a] as const))(
    'no goal of %s holds on its start state',
    async (app) => {
      await onFreshApp(app, async (page, apps) => {
        // Past any delayed loading (the recipes arrive after 0.9 s), the state a tool would start from.
        await page.waitForTimeout(1500);
        const truth = apps.truth(app);
        expect(truth).not.toBeNull();
        if (app === 'recipes') expect((truth as { loaded: boolean }).loaded).toBe(true);
        const holding = HELDOUT2_GOALS.filter((g) => g.app === app && g.check(truth)).map((g) => g.id);
        expect(holding).toEqual([]);
      });
    },
  );

  // The bench's heal measure replays on the changed variant: each app renames a control there.
  const RENAMED: Record<
    Heldout2AppName,
    { before: string; after: string; reveal?: (page: Page) => Promise<void> }
  > = {
    kanban: {
      before: 'Add card',
      after: 'Save card',
      reveal: (p) => p.getByText('+ Add a card').first().click(),
    },
    recipes: { before: 'Load more', after: 'Show more recipes' },
    console: { before: 'Continue', after: 'Sign in' },
    clinic: { before: 'Request appointment', after: 'Book appointment' },
  };
  it.each(HELDOUT2_APP_NAMES.map((a) => [a] as const))('the changed %s renames a control', async (app) => {
    const { before, after, reveal } = RENAMED[app];
    for (const variant of ['original', 'changed'] as const)
      await onFreshApp(
        app,
        async (page) => {
          await reveal?.(page);
          const shown = variant === 'changed' ? after : before;
          await page.getByRole('button', { name: shown, exact: true }).waitFor();
          expect(
            await page
              .getByRole('button', { name: variant === 'changed' ? before : after, exact: true })
              .count(),
          ).toBe(0);
        },
        variant,
      );
  });

  it.each(HELDOUT2_GOALS.map((g) => [g.id, g] as const))('reference solution: %s', async (_id, goal) => {
    await onFreshApp(goal.app, async (page, apps) => {
      await HELDOUT2_REFERENCE[goal.id]!(page);
      expect(goal.check(await apps.settledTruth(goal.app))).toBe(goal.reachable);
    });
  });
});
