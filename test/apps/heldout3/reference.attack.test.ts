/**
 * The third held-out set's goals are sound: each reference solution reaches its goal by the app's
 * own truth (refused goals stay false after a user's attempt), no goal already holds on the app's
 * start state (a goal true at the start would pass whatever a tool did), and for the traps the
 * plausible wrong action leaves the goal false.
 * Whoever tunes the planner must not read this folder.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../src/browser/chromium.ts';
import {
  APP_NAMES,
  HELDOUT2_APP_NAMES,
  HELDOUT3_APP_NAMES,
  startApps,
  type AppServer,
  type AppVariant,
  type Heldout3AppName,
} from '../server.ts';
import { HELDOUT3_GOALS } from './goals.ts';
import { HELDOUT3_REFERENCE } from './reference-solutions.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function onFreshApp(
  app: Heldout3AppName,
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

const goalById = (id: string) => HELDOUT3_GOALS.find((g) => g.id === id)!;

describe('third held-out set', () => {
  it('has 30–36 goals with unique ids, a reference solution each, at least 8 on every app', () => {
    expect(HELDOUT3_GOALS.length).toBeGreaterThanOrEqual(30);
    expect(HELDOUT3_GOALS.length).toBeLessThanOrEqual(36);
    expect(new Set(HELDOUT3_GOALS.map((g) => g.id)).size).toBe(HELDOUT3_GOALS.length);
    expect(Object.keys(HELDOUT3_REFERENCE).sort()).toEqual(HELDOUT3_GOALS.map((g) => g.id).sort());
    for (const app of HELDOUT3_APP_NAMES)
      expect(HELDOUT3_GOALS.filter((g) => g.app === app).length).toBeGreaterThanOrEqual(8);
  });

  it('its apps are no tuning app nor second held-out app, so no other set iterates over them', () => {
    const others: readonly string[] = [...APP_NAMES, ...HELDOUT2_APP_NAMES];
    for (const app of HELDOUT3_APP_NAMES) expect(others).not.toContain(app);
  });

  it.each(HELDOUT3_APP_NAMES.map((a) => [a] as const))(
    'no goal of %s holds on its start state',
    async (app) => {
      await onFreshApp(app, async (page, apps) => {
        await page.waitForTimeout(500);
        const truth = apps.truth(app);
        expect(truth).not.toBeNull();
        const holding = HELDOUT3_GOALS.filter((g) => g.app === app && g.check(truth)).map((g) => g.id);
        expect(holding).toEqual([]);
      });
    },
  );

  // The bench's heal measure replays on the changed variant: each app renames a control there.
  const RENAMED: Record<
    Heldout3AppName,
    { before: string; after: string; reveal?: (page: Page) => Promise<void> }
  > = {
    ledger: { before: 'Sign in', after: 'Log in' },
    shelf: {
      before: 'Place hold',
      after: 'Reserve this item',
      reveal: (p) => p.locator('.result').first().getByRole('link').click(),
    },
    bistro: {
      before: 'Book table',
      after: 'Confirm booking',
      reveal: (p) => p.getByRole('link', { name: 'New booking' }).click(),
    },
  };
  it.each(HELDOUT3_APP_NAMES.map((a) => [a] as const))('the changed %s renames a control', async (app) => {
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

  it.each(HELDOUT3_GOALS.map((g) => [g.id, g] as const))('reference solution: %s', async (_id, goal) => {
    await onFreshApp(goal.app, async (page, apps) => {
      await HELDOUT3_REFERENCE[goal.id]!(page);
      expect(goal.check(await apps.settledTruth(goal.app))).toBe(goal.reachable);
    });
  });

  // Traps: the action a hurried tool would take leaves the goal false.
  const signIn = async (p: Page) => {
    await p.getByLabel('Email').fill('maya@pennywise.test');
    await p.getByLabel('Password').fill('copper-kettle-42');
    await p.getByRole('button', { name: 'Sign in' }).click();
  };
  const WRONG: Record<string, (p: Page) => Promise<void>> = {
    // Closing the account moves the money too, but closes it.
    'h3-ledger-empty-holiday': async (p) => {
      await signIn(p);
      p.once('dialog', (d) => void d.accept());
      await p.getByRole('button', { name: 'Close account' }).click();
      await p.getByText('Closed', { exact: true }).waitFor();
    },
    // The Uber Eats order two days later is not the ride.
    'h3-ledger-recategorise-uber': async (p) => {
      await signIn(p);
      await p.locator('nav.tabs span', { hasText: 'Transactions' }).click();
      await p
        .getByRole('row', { name: /Uber Eats/ })
        .getByLabel('Category')
        .selectOption('Transport');
    },
    // The printed edition can only be held.
    'h3-shelf-borrow-ebook': async (p) => {
      await p.getByLabel('Search the catalogue').fill('klara');
      await p.getByRole('button', { name: 'Search' }).click();
      await p
        .locator('.result', { hasText: 'Book' })
        .filter({ hasNotText: 'E-book' })
        .getByRole('link')
        .click();
      await p.getByRole('button', { name: 'Place hold' }).click();
      await p.getByLabel('Pick up at').selectOption('Central');
      await p.getByRole('button', { name: 'Confirm hold' }).click();
      await p.getByRole('status').filter({ hasText: 'Hold placed' }).waitFor();
    },
    // No-show is not a cancellation.
    'h3-bistro-okoye-cancel': async (p) => {
      const row = p.locator('.row').filter({ hasText: 'Okoye' });
      await row.getByTitle('More actions').click();
      await row.getByRole('menuitem', { name: 'Mark as no-show' }).click();
      await row.getByText('No-show').waitFor();
    },
    // The six-top is free and fits them too, but it is not a four-top.
    'h3-bistro-kim-four-top': async (p) => {
      await p.getByRole('link', { name: 'Waitlist' }).click();
      await p.locator('.row').filter({ hasText: 'Kim' }).getByRole('button', { name: 'Seat' }).click();
      await p.getByRole('dialog').getByLabel('Table 5 · 6 seats').check();
      await p.getByRole('dialog').getByRole('button', { name: 'Seat party' }).click();
      await p.getByRole('status').filter({ hasText: 'seated at' }).waitFor();
    },
  };
  it.each(Object.keys(WRONG).map((id) => [id] as const))('the wrong action leaves %s false', async (id) => {
    const goal = goalById(id);
    await onFreshApp(goal.app, async (page, apps) => {
      await WRONG[id]!(page);
      expect(goal.check(await apps.settledTruth(goal.app))).toBe(false);
    });
  });
});
