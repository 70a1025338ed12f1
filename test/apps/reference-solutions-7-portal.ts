import type { Page } from 'playwright-core';

/**
 * Reference solutions for the seventh batch of tuning goals (goals.tuning-7-portal.ts: the
 * utility's customer portal behind a three-page sign-in), WRITTEN BEFORE TUNING by hand with the
 * app (2026-12-07, branch wip9/signin): plain Playwright that reaches each goal, or for the goals
 * the app refuses, tries them the way a user would and sees the refusal. They prove each truth
 * check can turn true, not the planner.
 */

const LENA = { email: 'lena@brightwater.test', password: 'river-42', code: '482913' };
const SAM = { email: 'sam@brightwater.test', password: 'ledger9', code: '730155' };

async function signIn(
  p: Page,
  who: { email: string; password: string; code: string } = LENA,
  remember = false,
): Promise<void> {
  await p.getByLabel('Email address').fill(who.email);
  if (remember) await p.getByLabel('Remember me').check();
  await p.getByRole('button', { name: 'Continue' }).click();
  await p.getByLabel('Password').fill(who.password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  if (!(await p.getByLabel('One-time code').count())) return;
  await p.getByLabel('One-time code').fill(who.code);
  await p.getByRole('button', { name: 'Verify' }).click();
}

/** The sidebar's items are plain divs: found by their text. */
const side = (p: Page, name: string) => p.locator('.side').getByText(name, { exact: true }).click();

async function saveSettings(p: Page, change: (p: Page) => Promise<void>, who = LENA): Promise<void> {
  await signIn(p, who);
  await side(p, 'Settings');
  await change(p);
  await p.getByRole('button', { name: 'Save changes' }).click();
}

async function fileRequest(p: Page, type: string, subject: string): Promise<void> {
  await signIn(p);
  await side(p, 'Requests');
  await p.getByRole('button', { name: 'New request' }).click();
  await p.getByLabel('Type').selectOption(type);
  await p.getByLabel('Subject').fill(subject);
  await p.getByRole('button', { name: 'Send request' }).click();
}

async function pay(p: Page, id: string): Promise<void> {
  await side(p, 'Invoices');
  await p.getByRole('link', { name: id }).click();
  await p.getByRole('button', { name: 'Pay now' }).click();
}

export const REFERENCE_7_PORTAL: Record<string, (page: Page) => Promise<void>> = {
  'portal-open-november': async (p) => {
    await signIn(p);
    await side(p, 'Invoices');
    await p.getByRole('link', { name: 'INV-2087' }).click();
  },
  'portal-pay-december': async (p) => {
    await signIn(p);
    await pay(p, 'INV-2113');
  },
  'portal-paperless-on': (p) => saveSettings(p, (q) => q.getByLabel(/Paperless billing/).check()),
  'portal-contact-sms': (p) =>
    saveSettings(p, (q) =>
      q
        .getByLabel('Preferred contact')
        .selectOption('SMS')
        .then(() => {}),
    ),
  'portal-request-meter-fault': (p) => fileRequest(p, 'Meter fault', 'Meter display is blank'),
  'portal-request-moving': (p) => fileRequest(p, 'Moving house', 'Moving out on 15 January'),
  'portal-search-2113': async (p) => {
    await signIn(p);
    await side(p, 'Invoices');
    await p.getByLabel('Search invoices').fill('2113');
    await p.getByRole('button', { name: 'Search' }).click();
  },
  'portal-sam-invoices': async (p) => {
    await signIn(p, SAM);
    await side(p, 'Invoices');
  },
  'portal-remember-me': (p) => signIn(p, LENA, true),
  'portal-sign-in-out': async (p) => {
    await signIn(p);
    await side(p, 'Sign out');
  },
  'portal-reading': async (p) => {
    await signIn(p);
    await side(p, 'Meter readings');
    await p.getByLabel('Reading (kWh)').fill('04512');
    await p.getByRole('button', { name: 'Submit reading' }).click();
  },
  'portal-phone': (p) => saveSettings(p, (q) => q.getByLabel('Phone').fill('07700 900555')),
  'portal-sam-paperless-off': (p) => saveSettings(p, (q) => q.getByLabel(/Paperless billing/).uncheck(), SAM),
  'portal-pay-november-sign-out': async (p) => {
    await signIn(p);
    await pay(p, 'INV-2087');
    await side(p, 'Sign out');
  },
  // Refused: the wrong password keeps the password page with an error.
  'portal-wrong-password': async (p) => {
    await signIn(p, { ...LENA, password: 'river-24' });
    await p.getByRole('alert').waitFor();
  },
  // Refused: the wrong code keeps the code page with an error.
  'portal-wrong-code': async (p) => {
    await signIn(p, { ...LENA, code: '111111' });
    await p.getByRole('alert').waitFor();
  },
  // Refused: the closed account stops at the password page.
  'portal-closed-account': async (p) => {
    await signIn(p, { email: 'old@brightwater.test', password: 'archive1', code: '000000' });
    await p.getByRole('alert').waitFor();
  },
};
