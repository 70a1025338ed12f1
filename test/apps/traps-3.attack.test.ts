import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { THIRD_TUNING_GOALS } from './goals.tuning-3.ts';
import { startApps, type AppName, type AppServer } from './server.ts';
import type { NotesTruth, ParcelsTruth, TrackerTruth } from './truth.ts';

/**
 * The traps of the third batch of tuning apps (parcels, tracker, notes) do what their header
 * comments say: the page shows something that looks like success while the app's own state says
 * the goal was not reached. Driven by hand with plain Playwright; the page's clock is installed so
 * each optimistic UI can be caught both while it shows success and after it reverts, whatever the
 * machine's load. Without this, a "0 false passes" figure on these apps could mean a trap never
 * fired.
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

const goalNamed = (id: string) => THIRD_TUNING_GOALS.find((g) => g.id === id)!;

describe('traps for the verdict (tuning apps parcels, tracker, notes)', () => {
  it('parcels: "Shipment to Lyon booked" is on the page before anything is shipped', async () => {
    const { page, apps, errors } = await open('parcels');
    expect(await page.getByText('Shipment to Lyon booked').isVisible()).toBe(true);
    const truth = apps.truth('parcels') as ParcelsTruth;
    expect(truth.shipments.map((s) => s.city)).toEqual(['Paris', 'London', 'Berlin', 'Warsaw']);
    expect(goalNamed('parcels-ship-lyon').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('parcels: a city typed in full but never picked from the suggestions is no city', async () => {
    const { page, apps, errors } = await open('parcels');
    await page.getByRole('link', { name: 'New shipment' }).click();
    await page.locator('.w-name').fill('Jean Dupont');
    await page.getByRole('combobox').fill('Lyon');
    expect(await page.getByRole('option', { name: 'Lyon' }).isVisible()).toBe(true);
    await page.getByRole('combobox').press('Escape');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.getByText('Choose a city from the suggestions.').isVisible()).toBe(true);
    expect(await page.getByRole('combobox').inputValue()).toBe('Lyon');
    const truth = apps.truth('parcels') as ParcelsTruth;
    expect(truth.wizard.step).toBe(1);
    expect(truth.wizard.draft.city).toBe('');
    expect(truth.wizard.errors.map((e) => e.field)).toEqual(['city']);
    expect(errors).toEqual([]);
  }, 60_000);

  it('parcels: cancelling a parcel in transit shows "Cancelled" and a toast, then reverts; nothing is cancelled', async () => {
    const { page, apps, errors } = await open('parcels');
    await page.getByText('Grace Hopper', { exact: true }).click();
    await page.getByRole('button', { name: 'Cancel shipment' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    // While the courier has not answered: the page says it is done.
    expect(await page.getByText('Shipment cancelled').isVisible()).toBe(true);
    expect(await page.locator('dd', { hasText: /^Cancelled$/ }).isVisible()).toBe(true);
    let truth = apps.truth('parcels') as ParcelsTruth;
    expect(truth.shipments.find((s) => s.id === 'P-1003')?.status).toBe('in transit');
    expect(truth.cancelAttempts).toEqual([{ id: 'P-1003', ok: false }]);
    expect(goalNamed('parcels-cancel-in-transit').check(truth)).toBe(false);
    await page.clock.runFor(1000);
    expect(await page.getByText('Too late to cancel').isVisible()).toBe(true);
    expect(await page.locator('dd', { hasText: /^In transit$/ }).isVisible()).toBe(true);
    truth = apps.truth('parcels') as ParcelsTruth;
    expect(truth.shipments.find((s) => s.id === 'P-1003')?.status).toBe('in transit');
    expect(errors).toEqual([]);
  }, 60_000);

  it('tracker: "Grace Hopper was assigned to #16" is on the page, and issue 6 has no assignee', async () => {
    const { page, apps, errors } = await open('tracker');
    expect(await page.getByText('Grace Hopper was assigned to #16').isVisible()).toBe(true);
    const truth = apps.truth('tracker') as TrackerTruth;
    expect(truth.issues.find((i) => i.id === 6)?.assignee).toBeNull();
    expect(goalNamed('tracker-assign-grace').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('tracker: a name typed in the Assignee box and never picked is thrown away on leaving it', async () => {
    const { page, apps, errors } = await open('tracker');
    await page.getByRole('row').filter({ hasText: 'Export to CSV drops accents' }).click();
    await page.getByPlaceholder('Type a name…').fill('Grace Hopper');
    expect(await page.locator('.ac .list').getByText('Grace Hopper').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.clock.runFor(500);
    expect(await page.getByPlaceholder('Type a name…').inputValue()).toBe('');
    const truth = apps.truth('tracker') as TrackerTruth;
    expect(truth.issues.find((i) => i.id === 6)?.assignee).toBeNull();
    expect(goalNamed('tracker-assign-grace').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('tracker: a refused rename toasts "Changes saved", then reverts with an error; the title is kept', async () => {
    const { page, apps, errors } = await open('tracker');
    const row = page.getByRole('row').filter({ hasText: 'Crash when saving a draft' });
    await row.hover();
    await row.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('textbox', { name: 'Title of issue #5' }).fill('Crash on startup');
    await page.keyboard.press('Enter');
    expect(await page.getByText('Changes saved').isVisible()).toBe(true);
    await page.clock.runFor(1000);
    expect(await page.getByText('Another issue already has this title.').isVisible()).toBe(true);
    const truth = apps.truth('tracker') as TrackerTruth;
    expect(truth.issues.find((i) => i.id === 5)?.title).toBe('Crash when saving a draft');
    expect(truth.renameLog).toEqual([{ id: 5, title: 'Crash on startup', ok: false }]);
    expect(goalNamed('tracker-rename-taken').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('notes: "Dark theme enabled for everyone ✓" is on the page while the theme is light', async () => {
    const { page, apps, errors } = await open('notes');
    expect(await page.getByText('Dark theme enabled for everyone ✓').isVisible()).toBe(true);
    const truth = apps.truth('notes') as NotesTruth;
    expect(truth.theme).toBe('light');
    expect(goalNamed('notes-dark-theme').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('notes: archiving the shared note hides it and toasts "Note archived", then it comes back', async () => {
    const { page, apps, errors } = await open('notes');
    const card = page.locator('.note').filter({ hasText: 'Team rota' });
    await card.hover();
    await card.getByRole('button', { name: 'Archive' }).click();
    expect(await page.getByText('Note archived').isVisible()).toBe(true);
    expect(await card.count()).toBe(0);
    let truth = apps.truth('notes') as NotesTruth;
    expect(truth.notes.find((n) => n.id === 2)?.folder).toBe('notes');
    expect(truth.archiveAttempts).toEqual([{ id: 2, ok: false }]);
    await page.clock.runFor(1000);
    expect(await card.count()).toBe(1);
    expect(await page.getByText('Only Ken Thompson can archive').isVisible()).toBe(true);
    truth = apps.truth('notes') as NotesTruth;
    expect(goalNamed('notes-archive-shared').check(truth)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('notes: the sync switch shows on and "Preferences saved", then flips back; sync stays off', async () => {
    const { page, apps, errors } = await open('notes');
    await page.getByRole('menuitem', { name: /^Settings/ }).hover();
    await page.getByRole('menuitem', { name: 'Preferences…' }).click();
    const sync = page.locator('.pref').filter({ hasText: 'Sync across devices' }).getByRole('switch');
    await sync.click();
    expect(await sync.getAttribute('aria-checked')).toBe('true');
    expect(await page.getByText('Preferences saved').isVisible()).toBe(true);
    expect((apps.truth('notes') as NotesTruth).prefs.sync).toBe(false);
    await page.clock.runFor(1000);
    expect(await sync.getAttribute('aria-checked')).toBe('false');
    expect(await page.getByText('Sync needs a verified e-mail address.').isVisible()).toBe(true);
    expect(goalNamed('notes-sync').check(apps.truth('notes'))).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);
});
