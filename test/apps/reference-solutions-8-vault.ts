import type { Page } from 'playwright-core';

/**
 * Reference solutions for the eighth batch of tuning goals (goals.tuning-8-vault.ts: a login-gated
 * document manager), WRITTEN BEFORE TUNING by hand with the app (2026-12-07, branch wip10/vault):
 * plain Playwright that reaches each goal, or for the goals the app refuses, tries them the way a
 * user would and sees the refusal. Each ends by waiting for what it caused to show. They prove
 * each truth check can turn true, not the planner.
 */

const JO = { login: 'jo@northfile.test', password: 'Harbour-77' };
const MAX = { login: 'max', password: 'pine4max' };

async function signIn(p: Page, who = JO, keep = false): Promise<void> {
  await p.getByLabel('Username or email').fill(who.login);
  await p.getByLabel('Password', { exact: true }).fill(who.password);
  if (keep) await p.getByLabel('Keep me signed in').check();
  await p.getByRole('button', { name: 'Sign in' }).click();
}

const nav = (p: Page, name: string) =>
  p.getByRole('navigation').getByRole('link', { name, exact: true }).click();

/** Signs in as jo, opens a document of Documents by its title and presses an action. */
async function onDoc(p: Page, title: string, action: string): Promise<void> {
  await signIn(p);
  await p.getByRole('link', { name: title, exact: true }).click();
  await p.getByRole('button', { name: action, exact: true }).click();
}

const notice = (p: Page, text: string | RegExp) => p.getByRole('status').filter({ hasText: text }).waitFor();

async function newDocument(p: Page, title: string, folder: string, status?: string): Promise<void> {
  await signIn(p);
  await p.getByRole('button', { name: 'New document' }).click();
  await p.getByLabel('Title').fill(title);
  await p.getByLabel('Folder').selectOption(folder);
  if (status) await p.getByLabel('Status').selectOption(status);
  await p.getByRole('button', { name: 'Create document' }).click();
  await notice(p, 'Document created.');
}

async function saveSettings(p: Page, change: (p: Page) => Promise<void>): Promise<void> {
  await signIn(p);
  await nav(p, 'Settings');
  await change(p);
  await p.getByRole('button', { name: 'Save settings' }).click();
  await notice(p, 'Settings saved.');
}

export const REFERENCE_8_VAULT: Record<string, (page: Page) => Promise<void>> = {
  'vault-rename-q3': async (p) => {
    await onDoc(p, 'Q3 budget', 'Rename');
    await p.getByRole('dialog').getByLabel('New name').fill('Q3 budget final');
    await p.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await p.getByRole('heading', { name: 'Q3 budget final' }).waitFor();
  },
  'vault-restore-lease': async (p) => {
    await signIn(p);
    await nav(p, 'Trash');
    await p
      .getByRole('row', { name: /Office lease 2025/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await notice(p, /restored/);
  },
  'vault-move-hiring': async (p) => {
    await onDoc(p, 'Hiring plan', 'Move to folder');
    await p.getByRole('dialog').getByLabel('Folder').selectOption('Board');
    await p.getByRole('dialog').getByRole('button', { name: 'Move' }).click();
    await notice(p, 'Moved to Board.');
  },
  'vault-share-minutes': async (p) => {
    await onDoc(p, 'Board minutes March', 'Share');
    await p.getByRole('dialog').getByLabel('Email address').fill('max@northfile.test');
    await p.getByRole('dialog').getByRole('button', { name: 'Share' }).click();
    await notice(p, /Shared with max/);
  },
  'vault-share-edit': async (p) => {
    await onDoc(p, 'Vendor contract Acme', 'Share');
    await p.getByRole('dialog').getByLabel('Email address').fill('max@northfile.test');
    await p.getByRole('dialog').getByLabel('Permission').selectOption('Can edit');
    await p.getByRole('dialog').getByRole('button', { name: 'Share' }).click();
    await notice(p, /can edit/);
  },
  'vault-trash-travel': async (p) => {
    await onDoc(p, 'Travel policy', 'Move to trash');
    await p.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
    await notice(p, /moved to the trash/);
  },
  'vault-new-offsite': (p) => newDocument(p, 'Offsite agenda', 'HR'),
  'vault-new-supplier-review': (p) => newDocument(p, 'Supplier review 2027', 'Legal', 'In review'),
  'vault-search-budget': async (p) => {
    await signIn(p);
    await p.getByLabel('Search documents').fill('budget');
    await p.getByRole('row', { name: /Q2 budget/ }).waitFor();
    await p.getByRole('row', { name: /Hiring plan/ }).waitFor({ state: 'detached' });
  },
  'vault-filter-review': async (p) => {
    await signIn(p);
    await p.getByLabel('Status').selectOption('In review');
    await p.getByRole('row', { name: /Q3 budget/ }).waitFor({ state: 'detached' });
  },
  'vault-display-name': (p) => saveSettings(p, (q) => q.getByLabel('Display name').fill('Jo Marsh')),
  'vault-weekly-off': (p) => saveSettings(p, (q) => q.getByLabel('Weekly summary email').uncheck()),
  'vault-change-password': async (p) => {
    await signIn(p);
    await nav(p, 'Settings');
    await p.getByLabel('Current password').fill('Harbour-77');
    await p.getByLabel('New password', { exact: true }).fill('Lighthouse-88');
    await p.getByLabel('Confirm new password').fill('Lighthouse-88');
    await p.getByRole('button', { name: 'Change password' }).click();
    await notice(p, 'Password changed.');
  },
  'vault-max-keep-signed-in': async (p) => {
    await signIn(p, MAX, true);
    await p.getByRole('heading', { name: 'Documents' }).waitFor();
  },
  'vault-shared-then-sign-out': async (p) => {
    await signIn(p, { login: 'jo', password: 'Harbour-77' });
    await nav(p, 'Shared with me');
    await p.getByRole('heading', { name: 'Shared with me' }).waitFor();
    await p.getByRole('button', { name: 'Sign out' }).click();
    await p.getByLabel('Username or email').waitFor();
  },
  // Refused: wrong case.
  'vault-wrong-password': async (p) => {
    await signIn(p, { login: 'jo', password: 'harbour-77' });
    await p.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();
  },
  // Refused: locked even with the right password.
  'vault-locked-account': async (p) => {
    await signIn(p, { login: 'ria@northfile.test', password: 'Quartz-19' });
    await p.getByRole('alert').filter({ hasText: 'locked' }).waitFor();
  },
  // Refused: read-only for jo.
  'vault-rename-shared-roadmap': async (p) => {
    await signIn(p);
    await nav(p, 'Shared with me');
    await p.getByRole('link', { name: 'Product roadmap' }).click();
    await p.getByRole('button', { name: 'Rename' }).click();
    await p.getByRole('alert').filter({ hasText: 'Only the owner' }).waitFor();
  },
};
