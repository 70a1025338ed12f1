import type { Locator, Page } from 'playwright-core';

/**
 * Reference solutions for the ninth batch of tuning goals (goals.tuning-9-leave.ts: an HR leave
 * app built as framework apps are), WRITTEN BEFORE TUNING by hand with the app (2026-12-07, branch
 * wip11/leave): plain Playwright that reaches each goal, or for the goals the app refuses, tries
 * them the way a user would and sees the refusal. The app re-renders its whole root on every
 * change, so every step looks its element up again (Playwright locators do); fields are found by
 * the sibling text that labels them.
 */

const SAM = { login: 'sam@leavewise.test', password: 'Meadow-42' };
const PRIYA = { login: 'priya@leavewise.test', password: 'Lantern-9' };

/** The control in the `.fld` block whose label text is `label`. */
const field = (p: Page | Locator, label: string, control = 'input, select, textarea'): Locator =>
  p
    .locator('.fld')
    .filter({ has: p.locator('.lbl', { hasText: new RegExp(`^${label}`) }) })
    .locator(control);

async function signIn(p: Page, who = SAM): Promise<void> {
  await field(p, 'Email or username').fill(who.login);
  await field(p, 'Password').fill(who.password);
  await p.getByRole('button', { name: 'Sign in' }).click();
}

const nav = (p: Page, name: string) =>
  p.getByRole('navigation').getByRole('link', { name, exact: true }).click();
const toast = (p: Page, text: string | RegExp) => p.locator('.toast').filter({ hasText: text }).waitFor();

interface Leave {
  type?: string;
  from: string;
  to?: string;
  half?: 'Morning' | 'Afternoon';
  note?: string;
}

async function request(p: Page, leave: Leave, who = SAM): Promise<void> {
  await signIn(p, who);
  await nav(p, 'New request');
  if (leave.type) await p.getByLabel('Type of leave').selectOption(leave.type);
  await field(p, 'From').fill(leave.from);
  await field(p, 'To').fill(leave.to ?? leave.from);
  if (leave.half) {
    await p.getByLabel('Half day').check();
    await p.getByLabel('Which half').selectOption(leave.half);
  }
  if (leave.note) await field(p, 'Note').fill(leave.note);
  await p.getByRole('button', { name: 'Submit request' }).click();
  await toast(p, 'Request sent');
}

async function settings(p: Page, change: (p: Page) => Promise<void>, who = SAM): Promise<void> {
  await signIn(p, who);
  await nav(p, 'Settings');
  await change(p);
  await p.getByRole('button', { name: 'Save changes' }).click();
  await toast(p, 'Settings saved.');
}

async function profile(p: Page, change: (p: Page) => Promise<void>): Promise<void> {
  await signIn(p);
  await nav(p, 'Profile');
  await change(p);
  await p.getByRole('button', { name: 'Save profile' }).click();
  await toast(p, 'Profile saved.');
}

/** The team card of `who`'s request that mentions `what`. */
const teamCard = (p: Page, who: string, what: string) =>
  p.locator('.card').filter({ hasText: who }).filter({ hasText: what });

export const REFERENCE_9_LEAVE: Record<string, (page: Page) => Promise<void>> = {
  'leave-book-february': (p) => request(p, { from: '2027-02-08', to: '2027-02-12' }),
  'leave-afternoon-off': (p) => request(p, { from: '2027-01-22', half: 'Afternoon' }),
  'leave-sick-day': (p) =>
    request(p, { type: 'Sick leave', from: '2027-01-05', note: 'Flu, GP letter to follow' }),
  'leave-withdraw-march': async (p) => {
    await signIn(p);
    await p.locator('.row[data-action=open]').filter({ hasText: '15 Mar 2027' }).click();
    await p.getByText('Cancel request', { exact: true }).click();
    await p.getByText('Yes, cancel it').click();
    await toast(p, 'Request cancelled.');
  },
  'leave-study-morning': (p) =>
    request(
      p,
      { type: 'Study leave', from: '2027-02-03', half: 'Morning', note: 'Final exam' },
      { login: 'sam', password: 'Meadow-42' },
    ),
  'leave-unpaid-may': (p) =>
    request(p, { type: 'Unpaid leave', from: '2027-05-10', to: '2027-05-12', note: 'Moving house' }),
  'leave-only-approved': async (p) => {
    await signIn(p);
    await p.locator('.tab').getByText('Approved', { exact: true }).click();
    await p.locator('.tab.on', { hasText: 'Approved' }).waitFor();
  },
  'leave-no-decision-emails': (p) =>
    settings(p, (q) => q.getByLabel('Email me when my request is approved or rejected').uncheck()),
  'leave-week-sunday': (p) =>
    settings(p, async (q) => {
      await q.getByLabel('Week starts on').selectOption('Sunday');
    }),
  'leave-profile-phone': (p) => profile(p, (q) => field(q, 'Phone').first().fill('07700 900123')),
  'leave-emergency-contact': (p) =>
    profile(p, async (q) => {
      await field(q, 'Name').fill('Ada Okafor');
      await field(q, 'Phone').nth(1).fill('07700 900456');
    }),
  'leave-approve-lena-study': async (p) => {
    await signIn(p, PRIYA);
    await nav(p, 'Team requests');
    await teamCard(p, 'Lena Brandt', 'Study leave').getByText('Approve', { exact: true }).click();
    await toast(p, /Approved Lena/);
  },
  'leave-reject-tom': async (p) => {
    await signIn(p, { login: 'priya', password: 'Lantern-9' });
    await nav(p, 'Team requests');
    await teamCard(p, 'Tom Reyes', 'Annual leave').getByText('Reject', { exact: true }).click();
    await field(p, 'Reason for rejecting').fill('Release week, please pick another week');
    await p.locator('[data-action=reject]').click();
    await toast(p, /Rejected Tom/);
  },
  'leave-team-then-sign-out': async (p) => {
    await signIn(p, PRIYA);
    await nav(p, 'Team requests');
    await p.getByRole('heading', { name: 'Team requests' }).waitFor();
    await p.getByText('Sign out', { exact: true }).click();
    await field(p, 'Email or username').waitFor();
  },
  // Refused: 15 working days asked, 14 left; the submit stays disabled and the error shows on blur.
  'leave-over-balance': async (p) => {
    await signIn(p);
    await nav(p, 'New request');
    await field(p, 'From').fill('2027-06-07');
    await field(p, 'To').fill('2027-06-25');
    await field(p, 'Note').focus();
    await p.getByText('You only have 14 days of annual leave left.').waitFor();
    await p.getByRole('button', { name: 'Submit request' }).isDisabled();
  },
  // Refused: deactivated even with the right password.
  'leave-deactivated': async (p) => {
    await signIn(p, { login: 'ole@leavewise.test', password: 'Birch-33' });
    await p.getByRole('alert').filter({ hasText: 'deactivated' }).waitFor();
  },
  // Refused: an employee has no team view, even by typing its address.
  'leave-employee-approves': async (p) => {
    await signIn(p, { login: 'sam', password: 'Meadow-42' });
    await p.getByRole('heading', { name: 'My requests' }).waitFor();
    await p.goto(new URL('/leave/team', p.url()).href);
    await p.getByRole('heading', { name: 'No access' }).waitFor();
  },
};
