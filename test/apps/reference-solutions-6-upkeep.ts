import type { Page } from 'playwright-core';

/**
 * Reference solutions for the sixth batch of tuning goals (goals.tuning-6-upkeep.ts: the
 * maintenance team's request tracker), WRITTEN BEFORE TUNING by hand with the app (2026-12-07,
 * branch wip8/desk): plain Playwright that reaches each goal, or for the goal the app refuses,
 * tries it the way a user would and sees the refusal. They prove each truth check can turn true,
 * not the planner.
 */

async function signIn(p: Page, email = 'dana@upkeep.test', password = 'maint-2026'): Promise<void> {
  await p.getByLabel('Email').fill(email);
  await p.getByLabel('Password').fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
}

const openRequest = (p: Page, title: string) => p.getByRole('link', { name: title }).click();

async function openSettings(p: Page): Promise<void> {
  await signIn(p);
  await p.getByRole('link', { name: 'Settings' }).click();
}

async function openProfile(p: Page): Promise<void> {
  await p.getByRole('button', { name: /▾$/ }).click();
  await p.getByRole('menuitem', { name: 'Your profile' }).click();
}

export const REFERENCE_6_UPKEEP: Record<string, (page: Page) => Promise<void>> = {
  'upkeep-comment-printer': async (p) => {
    await signIn(p);
    await openRequest(p, 'Printer fails to start');
    await p.getByLabel('Add a comment').fill('Toner cartridge was replaced');
    await p.getByRole('button', { name: 'Comment', exact: true }).click();
  },
  'upkeep-reply-ravi': async (p) => {
    await signIn(p);
    await openRequest(p, 'Error 42 on scanner');
    await p
      .getByRole('listitem')
      .filter({ hasText: 'Ravi Shah:' })
      .getByRole('button', { name: 'Reply' })
      .first()
      .click();
    await p.getByLabel('Reply to Ravi Shah').fill('Firmware updated to 3.1, please retest');
    await p.getByRole('button', { name: 'Post reply' }).click();
  },
  'upkeep-omar-door-progress': async (p) => {
    await signIn(p, 'omar@upkeep.test', 'torque7');
    await openRequest(p, 'Cannot open door to storeroom');
    await p.getByLabel('Status').selectOption('In progress');
    await p.getByRole('button', { name: 'Update' }).click();
  },
  'upkeep-assign-printer': async (p) => {
    await signIn(p);
    await openRequest(p, 'Printer fails to start');
    await p.getByLabel('Assignee').selectOption('Marta Kowalski');
  },
  'upkeep-scanner-done': async (p) => {
    await signIn(p);
    await openRequest(p, 'Error 42 on scanner');
    await p.getByLabel('Status').selectOption('Done');
    await p.getByRole('button', { name: 'Update' }).click();
  },
  'upkeep-unassign-compressor': async (p) => {
    await signIn(p);
    await openRequest(p, 'Compressor error in workshop');
    await p.getByLabel('Assignee').selectOption('Nobody');
  },
  'upkeep-badge-to-me': async (p) => {
    await signIn(p);
    await openRequest(p, 'Badge reader rejects valid cards');
    await p.getByLabel('Assignee').selectOption('Dana Moss');
  },
  'upkeep-forklift-comment-reopen': async (p) => {
    await signIn(p);
    await openRequest(p, 'Forklift battery failed to charge');
    await p.getByLabel('Add a comment').fill('New charger arrived');
    await p.getByRole('button', { name: 'Comment', exact: true }).click();
    await p.getByLabel('Status').selectOption('Open');
    await p.getByRole('button', { name: 'Update' }).click();
  },
  'upkeep-light-done-refused': async (p) => {
    await signIn(p);
    await openRequest(p, 'Ceiling light flickers in meeting room');
    await p.getByLabel('Status').selectOption('Done');
    await p.getByRole('button', { name: 'Update' }).click();
    await p.getByRole('alert').waitFor();
  },
  'upkeep-timezone-berlin': async (p) => {
    await openSettings(p);
    await p.getByLabel('Time zone').selectOption({ label: 'Berlin (CET)' });
    await p.getByRole('button', { name: 'Save' }).click();
    await p.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  },
  'upkeep-german-compact': async (p) => {
    await openSettings(p);
    await p.getByLabel('Language').selectOption({ label: 'Deutsch — German' });
    await p.getByLabel('Compact').check();
    await p.getByRole('button', { name: 'Save' }).click();
  },
  'upkeep-weekly-no-assign-mail': async (p) => {
    await openSettings(p);
    await p.getByLabel('Notification frequency').selectOption('Weekly digest');
    await p.getByLabel('Email me when a request is assigned to me').uncheck();
    await p.getByRole('button', { name: 'Save' }).click();
  },
  'upkeep-hourly': async (p) => {
    await openSettings(p);
    // The option is disabled: a user cannot pick it, so the saved frequency stays as it was.
    if (!(await p.getByRole('option', { name: 'Hourly (admins only)' }).isDisabled()))
      throw new Error('the Hourly option should be disabled');
    await p.getByRole('button', { name: 'Save' }).click();
  },
  'upkeep-filter-waiting': async (p) => {
    await signIn(p);
    await p.getByLabel('Status').selectOption('Waiting for parts');
  },
  'upkeep-filter-warehouse-open': async (p) => {
    await signIn(p);
    await p.getByLabel('Status').selectOption('Open');
    await p.getByRole('button', { name: 'Warehouse' }).click();
  },
  'upkeep-profile-team': async (p) => {
    await signIn(p);
    await openProfile(p);
    await p.getByText('Facilities — North site').waitFor();
  },
  'upkeep-omar-phone': async (p) => {
    await signIn(p, 'omar@upkeep.test', 'torque7');
    await openProfile(p);
    await p.getByText('+44 20 7946 0877').waitFor();
  },
};
