import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { TUNING_GOALS } from './goals.tuning.ts';
import { REFERENCE } from './reference-solutions.ts';
import { startApps, type AppName, type AppServer } from './server.ts';
import type { BookingsTruth, CrmTruth, MailTruth } from './truth.ts';

/**
 * The traps of the second batch of tuning apps (mail, bookings, crm) do what their comments say:
 * the page shows something that looks like success while the app's own state says the goal was not
 * reached. Without this, a "0 false passes" figure on these apps could mean the traps never fired.
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

async function open(app: AppName): Promise<{ page: Page; apps: AppServer }> {
  const apps = await startApps();
  servers.push(apps);
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(apps.url(app));
  return { page, apps };
}

const goalNamed = (id: string) => TUNING_GOALS.find((g) => g.id === id)!;

describe('traps for the verdict (tuning apps mail, bookings, crm)', () => {
  it('mail: a "Message sent" notice is in the inbox before anything is sent', async () => {
    const { page, apps } = await open('mail');
    await expect.poll(() => page.getByText('Message sent: Budget 2027').isVisible()).toBe(true);
    expect((apps.truth('mail') as MailTruth).sent).toEqual([]);
  }, 60_000);

  it('mail: a query typed without Enter leaves the search unapplied', async () => {
    const { page, apps } = await open('mail');
    await page.getByPlaceholder('Search mail').fill('invoice');
    await expect(page.getByPlaceholder('Search mail').inputValue()).resolves.toBe('invoice');
    expect((apps.truth('mail') as MailTruth).search).toBe('');
    expect(goalNamed('mail-search-invoice').check(apps.truth('mail'))).toBe(false);
  }, 60_000);

  it('bookings: "Booking confirmed" is on the home page before any booking', async () => {
    const { page, apps } = await open('bookings');
    await expect
      .poll(() => page.getByText('Booking confirmed', { exact: false }).first().isVisible())
      .toBe(true);
    expect((apps.truth('bookings') as BookingsTruth).bookings.map((b) => b.id)).toEqual([1, 2]);
  }, 60_000);

  it('bookings: a refused booking still shows "Booking saved", and nothing is booked', async () => {
    const { page, apps } = await open('bookings');
    const before = structuredClone(apps.truth('bookings') as BookingsTruth);
    await REFERENCE['bookings-darwin-five']!(page);
    await expect.poll(() => page.getByText('Booking saved').isVisible()).toBe(true);
    const after = apps.truth('bookings') as BookingsTruth;
    expect(after.attempts).toBe(1);
    expect(after.errors.map((e) => e.field)).toContain('guests');
    expect(after.bookings).toEqual(before.bookings);
  }, 60_000);

  it('bookings: Cancel in the "Are you sure?" dialog keeps the booking', async () => {
    const { page, apps } = await open('bookings');
    await REFERENCE['bookings-keep-babbage']!(page);
    const truth = apps.truth('bookings') as BookingsTruth;
    expect(truth.confirmLog).toEqual([{ booking: 1, outcome: 'dismissed' }]);
    expect(truth.bookings.every((b) => b.status === 'active')).toBe(true);
    expect(goalNamed('bookings-cancel-curie').check(truth)).toBe(false);
  }, 60_000);

  it('crm: a deactivated account is refused and the sign-in form looks as it did', async () => {
    const { page, apps } = await open('crm');
    await REFERENCE['crm-deactivated']!(page);
    await expect(page.getByLabel('Username').inputValue()).resolves.toBe('');
    const truth = apps.truth('crm') as CrmTruth;
    expect(truth.user).toBeNull();
    expect(truth.loginAttempts).toEqual([{ user: 'tom', ok: false }]);
  }, 60_000);

  it('crm: an inline edit left without Enter is thrown away', async () => {
    const { page, apps } = await open('crm');
    await page.getByLabel('Username').fill('maria');
    await page.getByLabel('Password').fill('pipeline42');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Jonas Berg' });
    await row.getByText('Fabrikam', { exact: true }).dblclick();
    await row.getByRole('textbox').fill('Northwind');
    await page.getByRole('heading').first().click();
    await expect.poll(() => row.getByText('Fabrikam', { exact: true }).isVisible()).toBe(true);
    const jonas = (apps.truth('crm') as CrmTruth).contacts.find((c) => c.name === 'Jonas Berg');
    expect(jonas?.company).toBe('Fabrikam');
  }, 60_000);

  it('crm: settings say "All changes saved" before any save, and a refused phone still toasts "Saved"', async () => {
    const { page, apps } = await open('crm');
    await REFERENCE['crm-phone-short']!(page);
    await expect.poll(() => page.getByText('All changes saved').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Saved', { exact: true }).isVisible()).toBe(true);
    const truth = apps.truth('crm') as CrmTruth;
    expect(truth.saves).toBe(0);
    expect(truth.profileError).toMatch(/at least 8 digits/);
    expect(truth.settings.phone).not.toBe('12345');
  }, 60_000);
});
