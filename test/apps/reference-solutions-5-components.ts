import type { Page } from 'playwright-core';

/**
 * Reference solutions for the fifth batch of tuning goals (goals.tuning-5-components.ts: depot),
 * WRITTEN BEFORE TUNING by hand with the app (2026-12-07, by the components engineer of branch
 * wip7/components, who did not read the held-out set): plain Playwright that reaches each goal,
 * or for a goal the app refuses, tries it the way a user would and waits for the refusal. They
 * prove each truth check can turn true (and that refused goals stay false), not the planner.
 */
const acceptCookies = (p: Page) =>
  p
    .getByRole('dialog', { name: 'Cookie preferences' })
    .getByRole('button', { name: 'Necessary only' })
    .click();
const row = (p: Page, name: string) => p.getByRole('row').filter({ hasText: name });
const card = (p: Page, sku: string) => p.locator(`watch-card[sku="${sku}"]`);
const alerts = (p: Page) => p.frameLocator('iframe[title="Stock alerts"]');

async function subscribe(p: Page, email: string, frequency: 'Daily' | 'Weekly'): Promise<void> {
  const form = alerts(p);
  await form.getByLabel('E-mail').fill(email);
  await form.getByRole('radio', { name: frequency }).check();
  await form.getByRole('button', { name: 'Subscribe' }).click();
}

async function restock(p: Page, sku: string, qty: number): Promise<void> {
  for (let i = 1; i < qty; i++) await card(p, sku).getByRole('button', { name: 'Increment' }).click();
  await card(p, sku).getByText('Request restock', { exact: true }).click();
}

export const REFERENCE_5_COMPONENTS: Record<string, (page: Page) => Promise<void>> = {
  'depot-sort-on-hand-desc': async (p) => {
    await acceptCookies(p);
    await p.getByRole('button', { name: 'On hand' }).click();
    await p.getByRole('button', { name: 'On hand' }).click();
  },
  'depot-page-2-third': async (p) => {
    await acceptCookies(p);
    await p.getByRole('button', { name: 'Page 2' }).click();
    await p.getByRole('row').nth(3).getByRole('link').click();
  },
  'depot-edit-bin': async (p) => {
    await acceptCookies(p);
    await row(p, 'Hex bolt M8').getByRole('button', { name: 'Edit' }).click();
    const box = p.getByRole('dialog', { name: 'Edit Hex bolt M8' });
    await box.getByLabel('Bin').fill('C-14');
    await box.getByRole('button', { name: 'Save' }).click();
  },
  'depot-delete-glue': async (p) => {
    await acceptCookies(p);
    await row(p, 'Wood glue').getByRole('button', { name: 'Delete' }).click();
    await p.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  },
  'depot-cancel-delete': async (p) => {
    await acceptCookies(p);
    await row(p, 'Epoxy resin').getByRole('button', { name: 'Delete' }).click();
    await p.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  },
  'depot-print-label': async (p) => {
    await acceptCookies(p);
    await row(p, 'Brass hinge').getByRole('button', { name: 'More actions' }).click();
    await p.getByRole('menuitem', { name: 'Print label' }).click();
  },
  'depot-search-hinge': async (p) => {
    await acceptCookies(p);
    await p.getByRole('searchbox', { name: 'Search stock' }).fill('hinge');
    await p.keyboard.press('Enter');
  },
  'depot-restock-qty-3': async (p) => {
    await acceptCookies(p);
    await card(p, 'PK-301').getByRole('button', { name: 'Increment' }).click();
    await card(p, 'PK-301').getByRole('button', { name: 'Increment' }).click();
  },
  'depot-request-restock': async (p) => {
    await acceptCookies(p);
    await restock(p, 'PK-301', 3);
  },
  'depot-supplier-4-stars': async (p) => {
    await acceptCookies(p);
    await card(p, 'SF-401').getByRole('tab', { name: 'Supplier' }).click();
    await card(p, 'SF-401').getByTitle('4 stars').click();
  },
  'depot-history-tab': async (p) => {
    await acceptCookies(p);
    await card(p, 'PK-301').getByRole('tab', { name: 'History' }).click();
  },
  'depot-auto-reorder-gloves': async (p) => {
    await acceptCookies(p);
    await card(p, 'SF-401').getByRole('tab', { name: 'Supplier' }).click();
    await card(p, 'SF-401').getByText('Auto-reorder when low').click();
  },
  'depot-subscribe-weekly': async (p) => {
    await acceptCookies(p);
    await subscribe(p, 'ops@northbay.test', 'Weekly');
    await alerts(p).getByText('Subscribed ✓').waitFor();
  },
  'depot-restock-eight': async (p) => {
    await acceptCookies(p);
    await restock(p, 'SF-401', 8);
    await card(p, 'SF-401').getByText('Restock of 5 requested').waitFor();
  },
  'depot-subscribe-outside': async (p) => {
    await acceptCookies(p);
    await subscribe(p, 'sam@gmail.com', 'Daily');
    await alerts(p).getByText('Only northbay.test addresses can subscribe.').waitFor();
  },
};
