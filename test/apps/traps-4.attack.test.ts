import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { FOURTH_TUNING_GOALS } from './goals.tuning-4.ts';
import { startApps, type AppName, type AppServer } from './server.ts';
import type { AdminTruth, AgendaTruth, BoutiqueTruth } from './truth.ts';

/**
 * WRITTEN BEFORE TUNING (2026-12-06, from 23:31 UTC, by the material engineer of branch
 * wip5/b-material, who does not tune the planner or the checker and did not read the held-out
 * set). The traps of the fourth batch of tuning apps (admin, agenda, boutique) do what their
 * header comments say: the page shows something that looks like success while the app's own
 * state says the goal was not reached. Driven by hand with plain Playwright; the page's clock is
 * installed so each optimistic UI can be caught both while it shows success and after it reverts,
 * whatever the machine's load. Without this, a "0 false passes" figure on these apps could mean a
 * trap never fired.
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

async function open(app: AppName): Promise<{ page: Page; apps: AppServer; errors: string[] }> {
  const apps = await startApps();
  servers.push(apps);
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.clock.install();
  await page.goto(apps.url(app));
  return { page, apps, errors };
}

const goalNamed = (id: string) => FOURTH_TUNING_GOALS.find((g) => g.id === id)!;

describe('traps for the verdict (tuning apps admin, agenda, boutique)', () => {
  it('admin: a rename dismissed by Escape leaves the typed name in an "Unsaved draft" bar; nothing is saved', async () => {
    const { page, apps, errors } = await open('admin');
    await page.getByRole('button', { name: 'Rename workspace' }).click();
    await page.getByLabel('Workspace name').fill('Orbit Labs');
    expect(await page.getByText('Your workspace will be called “Orbit Labs”.').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByText('Unsaved draft — Rename workspace to “Orbit Labs”').isVisible()).toBe(true);
    const truth = apps.truth('admin') as AdminTruth;
    expect(truth.workspace.name).toBe('Acme Labs');
    expect(truth.dialogLog).toEqual([{ dialog: 'rename-workspace', outcome: 'escaped' }]);
    expect(goalNamed('admin-rename-workspace').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('admin: an edit dismissed by a backdrop click shows the new role in the draft bar; the role is kept', async () => {
    const { page, apps, errors } = await open('admin');
    await page
      .getByRole('row')
      .filter({ hasText: 'Grace Hopper' })
      .getByRole('button', { name: 'Edit' })
      .click();
    await page.getByRole('dialog', { name: 'Edit Grace Hopper' }).getByLabel('Role').selectOption('Admin');
    await page.mouse.click(5, 5);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(
      await page.getByText('Unsaved changes to Grace Hopper: Grace Hopper, Admin, Engineering').isVisible(),
    ).toBe(true);
    const truth = apps.truth('admin') as AdminTruth;
    expect(truth.members.find((m) => m.id === 3)?.role).toBe('Editor');
    expect(truth.dialogLog).toEqual([{ dialog: 'edit-member', outcome: 'backdrop' }]);
    expect(goalNamed('admin-grace-admin').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('admin: a team picked in the nested dialog is only a draft; Cancel on the outer dialog keeps the team', async () => {
    const { page, apps, errors } = await open('admin');
    await page
      .getByRole('row')
      .filter({ hasText: 'Ken Thompson' })
      .getByRole('button', { name: 'Edit' })
      .click();
    const box = page.getByRole('dialog', { name: 'Edit Ken Thompson' });
    await box.getByRole('button', { name: 'Choose team…' }).click();
    expect((apps.truth('admin') as AdminTruth).openDialogs).toEqual(['edit-member', 'choose-team']);
    await page.getByRole('dialog', { name: 'Choose a team' }).getByLabel('Research').check();
    await page.getByRole('dialog', { name: 'Choose a team' }).getByRole('button', { name: 'Select' }).click();
    expect(await box.getByText('Research', { exact: true }).isVisible()).toBe(true);
    await box.getByRole('button', { name: 'Cancel' }).click();
    const truth = apps.truth('admin') as AdminTruth;
    expect(truth.members.find((m) => m.id === 4)?.team).toBe('Operations');
    expect(truth.openDialogs).toEqual([]);
    expect(goalNamed('admin-ken-research').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('admin: a taken name keeps the dialog open with the name in its preview; the workspace keeps its name', async () => {
    const { page, apps, errors } = await open('admin');
    await page.getByRole('button', { name: 'Rename workspace' }).click();
    await page.getByLabel('Workspace name').fill('Globex');
    await page
      .getByRole('dialog', { name: 'Rename workspace' })
      .getByRole('button', { name: 'Save' })
      .click();
    expect(await page.getByText('Your workspace will be called “Globex”.').isVisible()).toBe(true);
    expect(await page.getByText('“Globex” is already taken by another workspace.').isVisible()).toBe(true);
    const truth = apps.truth('admin') as AdminTruth;
    expect(truth.workspace.name).toBe('Acme Labs');
    expect(truth.openDialogs).toEqual(['rename-workspace']);
    expect(truth.renameAttempts).toEqual([{ name: 'Globex', ok: false }]);
    expect(goalNamed('admin-rename-taken').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('admin: removing the owner hides her row and toasts "Ada Lovelace removed", then she comes back', async () => {
    const { page, apps, errors } = await open('admin');
    const row = page.getByRole('row').filter({ hasText: 'Ada Lovelace' });
    await row.getByRole('button', { name: 'Remove' }).click();
    await page
      .getByRole('dialog', { name: 'Remove Ada Lovelace?' })
      .getByRole('button', { name: 'Remove' })
      .click();
    expect(await page.getByText('Ada Lovelace removed').isVisible()).toBe(true);
    expect(await row.count()).toBe(0);
    let truth = apps.truth('admin') as AdminTruth;
    expect(truth.members.some((m) => m.id === 1)).toBe(true);
    expect(truth.removeAttempts).toEqual([{ id: 1, ok: false }]);
    expect(goalNamed('admin-remove-owner').check(truth)).toBe(false);
    await page.clock.runFor(1000);
    expect(await row.count()).toBe(1);
    expect(await page.getByText('The workspace owner can’t be removed.').isVisible()).toBe(true);
    truth = apps.truth('admin') as AdminTruth;
    expect(goalNamed('admin-remove-owner').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('admin: an address outside acme.test toasts "Invitation sent" and shows as sending, then is taken back', async () => {
    const { page, apps, errors } = await open('admin');
    await page.getByRole('button', { name: 'Invite member' }).click();
    await page.getByLabel('E-mail address').fill('sam@gmail.com');
    // The installed clock runs at real speed: on a loaded machine the 700 ms refusal could land
    // before the toast is read. Held still, only runFor below moves it on.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1);
    await page
      .getByRole('dialog', { name: 'Invite member' })
      .getByRole('button', { name: 'Send invite' })
      .click();
    expect(await page.getByText('Invitation sent to sam@gmail.com').isVisible()).toBe(true);
    expect(await page.getByText('sam@gmail.com — Viewer (sending…)').isVisible()).toBe(true);
    let truth = apps.truth('admin') as AdminTruth;
    expect(truth.invites).toEqual([]);
    expect(truth.inviteAttempts).toEqual([{ email: 'sam@gmail.com', ok: false }]);
    await page.clock.runFor(1000);
    expect(await page.getByText('Only acme.test addresses can be invited.').isVisible()).toBe(true);
    expect(await page.getByText('sam@gmail.com — Viewer').count()).toBe(0);
    truth = apps.truth('admin') as AdminTruth;
    expect(goalNamed('admin-invite-outside').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('agenda: "Alan Turing added to favourites" is on the page while he is no favourite', async () => {
    const { page, apps, errors } = await open('agenda');
    expect(await page.getByText('Alan Turing added to favourites').isVisible()).toBe(true);
    const truth = apps.truth('agenda') as AgendaTruth;
    expect(truth.contacts.find((c) => c.id === 2)?.favorite).toBe(false);
    expect(goalNamed('agenda-favourite-alan').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('agenda: a name typed in full but never picked shows in the Preview line, and Save refuses', async () => {
    const { page, apps, errors } = await open('agenda');
    await page.getByRole('button', { name: 'New meeting' }).click();
    const box = page.getByRole('dialog', { name: 'New meeting' });
    await box.getByPlaceholder('Add title').fill('Design review');
    await box.getByRole('combobox', { name: 'With' }).fill('Ada Lovelace');
    expect(await box.getByRole('option', { name: 'Ada Lovelace' }).isVisible()).toBe(true);
    await box.getByRole('button', { name: 'Thursday 10 December 2026' }).click();
    expect(
      await box.getByText('Preview: Design review with Ada Lovelace — Thu 10 Dec 2026').isVisible(),
    ).toBe(true);
    await box.getByRole('button', { name: 'Save meeting' }).click();
    expect(await box.getByText('Pick someone from your contacts.').isVisible()).toBe(true);
    const truth = apps.truth('agenda') as AgendaTruth;
    expect(truth.events.map((e) => e.title)).toEqual(['Standup', 'Lunch']);
    expect(truth.saveAttempts).toBe(1);
    expect(goalNamed('agenda-meeting-ada').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('agenda: a refused phone shows in its cell with "Saved ✓", then reverts with an error', async () => {
    const { page, apps, errors } = await open('agenda');
    const row = page.getByRole('row').filter({ hasText: 'Alan Turing' });
    await row.locator('td').nth(2).locator('.val').dblclick();
    await page.getByRole('textbox', { name: 'Phone of Alan Turing' }).fill('call-me-maybe');
    await page.keyboard.press('Enter');
    expect(await row.getByText('call-me-maybe').isVisible()).toBe(true);
    expect(await row.getByText('Saved ✓').isVisible()).toBe(true);
    let truth = apps.truth('agenda') as AgendaTruth;
    expect(truth.contacts.find((c) => c.id === 2)?.phone).toBe('555-0102');
    expect(truth.editLog).toEqual([{ id: 2, field: 'phone', value: 'call-me-maybe', ok: false }]);
    await page.clock.runFor(1000);
    expect(await row.getByText('call-me-maybe').count()).toBe(0);
    expect(await row.getByText('Not a valid phone number; kept 555-0102.').isVisible()).toBe(true);
    truth = apps.truth('agenda') as AgendaTruth;
    expect(goalNamed('agenda-phone-letters').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('agenda: an in-place edit left with Escape or by leaving the field is not saved', async () => {
    const { page, apps, errors } = await open('agenda');
    const row = page.getByRole('row').filter({ hasText: 'Grace Hopper' });
    await row.locator('td').nth(2).locator('.val').dblclick();
    const input = page.getByRole('textbox', { name: 'Phone of Grace Hopper' });
    await input.fill('555-0199');
    await page.keyboard.press('Escape');
    expect(await input.count()).toBe(0);
    await row.locator('td').nth(2).locator('.val').dblclick();
    await input.fill('555-0199');
    await page.getByRole('heading', { name: 'Contacts' }).click();
    expect(await input.count()).toBe(0);
    const truth = apps.truth('agenda') as AgendaTruth;
    expect(truth.contacts.find((c) => c.id === 3)?.phone).toBe('555-0103');
    expect(truth.editLog).toEqual([]);
    expect(goalNamed('agenda-phone-grace').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('boutique: the sold-out tote shows "Added ✓" and a bag badge of 1, then "sold out"; the bag stays empty', async () => {
    const { page, apps, errors } = await open('boutique');
    const card = page.locator('product-card[sku="tote"]');
    await card.getByText('Add to bag', { exact: true }).click();
    expect(await card.getByText('Added ✓').isVisible()).toBe(true);
    expect(await page.locator('#badge').textContent()).toBe('1');
    let truth = apps.truth('boutique') as BoutiqueTruth;
    expect(truth.bag).toEqual([]);
    expect(truth.addAttempts).toEqual([{ sku: 'tote', qty: 1, ok: false }]);
    await page.clock.runFor(1000);
    expect(await card.getByText('Sorry, this item just sold out').isVisible()).toBe(true);
    expect(await page.locator('#badge').isVisible()).toBe(false);
    truth = apps.truth('boutique') as BoutiqueTruth;
    expect(goalNamed('boutique-sold-out-tote').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('boutique: the stepper stops at the 2 scarves in stock, so "add 5" puts 2 in the bag and says "Added ✓"', async () => {
    const { page, apps, errors } = await open('boutique');
    const card = page.locator('product-card[sku="scarf"]');
    for (let i = 0; i < 4; i++) await card.getByRole('button', { name: 'Increase quantity' }).click();
    expect(await card.getByText('Only 2 left').isVisible()).toBe(true);
    await card.getByText('Add to bag', { exact: true }).click();
    expect(await card.getByText('Added ✓').isVisible()).toBe(true);
    const truth = apps.truth('boutique') as BoutiqueTruth;
    expect(truth.bag).toEqual([{ sku: 'scarf', qty: 2 }]);
    expect(goalNamed('boutique-five-scarves').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('boutique: Apply shows WINTER50 at 50% off and a halved total; Place order then refuses it', async () => {
    const { page, apps, errors } = await open('boutique');
    await page.locator('product-card[sku="shirt"]').getByText('Add to bag', { exact: true }).click();
    await page.getByRole('button', { name: 'Open bag' }).click();
    await page.getByRole('dialog', { name: 'Your bag' }).getByRole('button', { name: 'Checkout' }).click();
    const form = page.frameLocator('iframe[title="Checkout"]');
    await form.getByLabel('Full name').fill('Alan Turing');
    await form.getByLabel('Street address').fill('1 Hut Lane');
    await form.getByLabel('Postcode').fill('MK3 6EB');
    await form.getByLabel('Promo code').fill('WINTER50');
    await form.getByRole('button', { name: 'Apply' }).click();
    expect(await form.getByText('WINTER50 applied — 50% off').isVisible()).toBe(true);
    expect(await form.getByText('Order total: $22.50').isVisible()).toBe(true);
    expect((apps.truth('boutique') as BoutiqueTruth).orders).toEqual([]);
    await form.getByRole('button', { name: 'Place order' }).click();
    expect(
      await form.getByText('WINTER50 expired on 30 November. Your order was not placed.').isVisible(),
    ).toBe(true);
    const truth = apps.truth('boutique') as BoutiqueTruth;
    expect(truth.orders).toEqual([]);
    expect(truth.orderAttempts).toEqual([{ ok: false, reason: 'expired-code' }]);
    expect(truth.bag).toEqual([{ sku: 'shirt', qty: 1 }]);
    expect(goalNamed('boutique-promo-expired').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);
});
