import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { FIFTH_COMPONENTS_GOALS } from './goals.tuning-5-components.ts';
import { startApps, type AppServer } from './server.ts';
import type { DepotTruth } from './truth.ts';

/**
 * WRITTEN BEFORE TUNING (2026-12-07, by the components engineer of branch wip7/components, who
 * did not read the held-out set). The depot app's traps and its blocking cookie dialog do what its
 * header comment says, driven by hand with plain Playwright (the page's clock installed so the
 * optimistic "Subscribed ✓" can be caught both while it shows and after it reverts). Without this,
 * a "0 false passes" figure on depot could mean a trap never fired.
 */

let browser: Browser;
const servers: AppServer[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<{ page: Page; apps: AppServer; errors: string[] }> {
  const apps = await startApps();
  servers.push(apps);
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.clock.install();
  await page.goto(apps.url('depot'));
  return { page, apps, errors };
}

const goalNamed = (id: string) => FIFTH_COMPONENTS_GOALS.find((g) => g.id === id)!;
const dismissCookies = (page: Page) => page.getByRole('button', { name: 'Accept all' }).click();

describe('traps for the verdict (tuning app depot)', () => {
  it('the cookie dialog takes every click until answered', async () => {
    const { page, apps, errors } = await open();
    await expect(page.getByRole('button', { name: 'On hand' }).click({ timeout: 1500 })).rejects.toThrow(
      /intercepts pointer events|Timeout/,
    );
    expect((apps.truth('depot') as DepotTruth).sort).toBeNull();
    await dismissCookies(page);
    await page.getByRole('button', { name: 'On hand' }).click();
    expect((apps.truth('depot') as DepotTruth).sort).toEqual({ column: 'onHand', direction: 'asc' });
    expect(errors).toEqual([]);
  }, 60_000);

  it('the stepper stops at 5 ("Max 5 per request"), so asking for 8 requests 5', async () => {
    const { page, apps, errors } = await open();
    await dismissCookies(page);
    const card = page.locator('watch-card[sku="SF-401"]');
    for (let i = 0; i < 7; i++) await card.getByRole('button', { name: 'Increment' }).click();
    expect(await card.getByText('Max 5 per request').isVisible()).toBe(true);
    await card.getByText('Request restock', { exact: true }).click();
    expect(await card.getByText('Restock of 5 requested').isVisible()).toBe(true);
    const truth = apps.truth('depot') as DepotTruth;
    expect(truth.restocks).toEqual([{ sku: 'SF-401', qty: 5 }]);
    expect(goalNamed('depot-restock-eight').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('an address outside northbay.test shows "Subscribed ✓", then the refusal; nothing is subscribed', async () => {
    const { page, apps, errors } = await open();
    await dismissCookies(page);
    const form = page.frameLocator('iframe[title="Stock alerts"]');
    await form.getByLabel('E-mail').fill('sam@gmail.com');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    expect(await form.getByText('Subscribed ✓ daily alerts to sam@gmail.com').isVisible()).toBe(true);
    let truth = apps.truth('depot') as DepotTruth;
    expect(truth.subscriptions).toEqual([]);
    expect(truth.subscribeAttempts).toEqual([{ email: 'sam@gmail.com', ok: false }]);
    await page.clock.runFor(1000);
    expect(await form.getByText('Only northbay.test addresses can subscribe.').isVisible()).toBe(true);
    truth = apps.truth('depot') as DepotTruth;
    expect(goalNamed('depot-subscribe-outside').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);
});
