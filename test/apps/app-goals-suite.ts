import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { startApps, type AppName } from './server.ts';
import type { BrowserGoal } from './truth.ts';

/** What the app's changed variant (the heal benchmark's) must show instead of the original. */
export interface ChangedVariantCheck {
  /** The button the original shows and the changed variant renames. */
  renamed: {
    from: string;
    to: string;
    /** Match `from` exactly (when the new name contains the old one: "Continue" → "Save and continue"). */
    exact?: boolean;
  };
  /** Part of the truth the changed variant starts with: the same state as the original. */
  startTruth: Record<string, unknown>;
}

/**
 * One app's goals on their own (apps.test.ts covers every app with the whole suite): each goal
 * false at the start and reached by its reference solution (a refused goal stays false) with no
 * page error, and the changed variant renames a control while keeping the same state.
 */
export function describeAppGoals(
  title: string,
  app: AppName,
  goals: readonly BrowserGoal[],
  references: Record<string, (page: Page) => Promise<void>>,
  changed: ChangedVariantCheck,
): void {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe(title, () => {
    it('has a reference solution for each of its goals', () => {
      expect(Object.keys(references).sort()).toEqual(goals.map((g) => g.id).sort());
    });

    it.each(goals.map((g) => [g.id, g] as const))(
      '%s',
      async (id, goal) => {
        const apps = await startApps();
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(String(error)));
          await page.goto(apps.url(app));
          expect(goal.check(apps.truth(app)), `${id} must be false at the start`).toBe(false);
          await references[id]!(page);
          expect(errors).toEqual([]);
          expect(goal.check(await apps.settledTruth(app))).toBe(goal.reachable);
        } finally {
          await context.close();
          await apps.close();
        }
      },
      30_000,
    );

    it(`renames its ${changed.renamed.from} button in the changed variant and keeps the same state`, async () => {
      const apps = await startApps({ variant: 'changed' });
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(apps.url(app));
        const exact = changed.renamed.exact ?? false;
        expect(await page.getByRole('button', { name: changed.renamed.from, exact }).count()).toBe(0);
        expect(await page.getByRole('button', { name: changed.renamed.to }).count()).toBe(1);
        expect(apps.truth(app)).toMatchObject(changed.startTruth);
      } finally {
        await context.close();
        await apps.close();
      }
    });
  });
}
