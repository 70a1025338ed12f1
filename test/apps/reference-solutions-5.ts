import type { Page } from 'playwright-core';

/**
 * Reference solutions for the fifth batch of tuning goals (goals.tuning-5-login.ts: the clinic's
 * front desk), WRITTEN BEFORE TUNING by hand with the app (2026-12-07, branch wip7/login): plain
 * Playwright that reaches each goal, or for a goal the app refuses, tries it the way a user would
 * and waits for the refusal. They prove each truth check can turn true, not the planner.
 */

async function logIn(p: Page, user = 'frontdesk', password = 'clinic2026'): Promise<void> {
  await p.getByLabel('User name').fill(user);
  await p.getByLabel('Password').fill(password);
  await p.getByRole('button', { name: 'Log in' }).click();
}

const openAppointment = (p: Page, patient: string) => p.getByRole('link', { name: patient }).click();

export const REFERENCE_5: Record<string, (page: Page) => Promise<void>> = {
  'frontdesk-find-tanaka': async (p) => {
    await logIn(p);
    await p.getByLabel('Find a patient or reason').fill('Tanaka');
  },
  'frontdesk-assign-ankle': async (p) => {
    await logIn(p);
    await openAppointment(p, 'Tom Becker');
    await p.getByLabel('Clinician').selectOption('Dr. Silva');
    await p.getByRole('button', { name: 'Assign' }).click();
  },
  'frontdesk-restore-grace': async (p) => {
    await logIn(p);
    await openAppointment(p, 'Grace Kim');
    await p.getByRole('button', { name: 'Restore appointment' }).click();
  },
  'frontdesk-book-jonas': async (p) => {
    await logIn(p);
    await p.getByRole('link', { name: 'Book appointment' }).click();
    await p.getByLabel('Patient name').fill('Jonas Weber');
    await p.getByLabel('Reason for visit').fill('Hearing test');
    await p.getByLabel('Clinician').selectOption('Dr. Nguyen');
    await p.getByRole('button', { name: 'Book appointment' }).click();
  },
  'frontdesk-book-no-clinician': async (p) => {
    await logIn(p);
    await p.getByRole('link', { name: 'Book appointment' }).click();
    await p.getByLabel('Patient name').fill('Eva Lang');
    await p.getByRole('button', { name: 'Book appointment' }).click();
    await p.getByText('Choose a clinician.').waitFor();
  },
  'frontdesk-profile': async (p) => {
    await logIn(p);
    await p.getByRole('button', { name: 'Front Desk ▾' }).click();
    await p.getByRole('link', { name: 'Profile & settings' }).click();
    await p.getByLabel('Display name').fill('Reception Desk');
    await p.getByLabel('Text message reminders').uncheck();
    await p.getByRole('button', { name: 'Save changes' }).click();
  },
  'frontdesk-logon-check-in-2': async (p) => {
    await logIn(p, 'nina', 'hunter2');
    await openAppointment(p, 'Tom Becker');
    await p.getByLabel('Status').selectOption('Checked in');
    await p.getByRole('button', { name: 'Update status' }).click();
  },
  'frontdesk-second-note': async (p) => {
    await logIn(p, 'nina', 'hunter2');
    await p.getByRole('row').nth(2).getByRole('link').click();
    await p.getByLabel('New note').fill('Bring previous X-rays');
    await p.getByRole('button', { name: 'Add note' }).click();
  },
  'frontdesk-cancel-5': async (p) => {
    await logIn(p);
    await openAppointment(p, 'Lena Fischer');
    await p.getByRole('button', { name: 'Cancel appointment' }).click();
  },
  'frontdesk-blood-test-done': async (p) => {
    await logIn(p, 'nina', 'hunter2');
    await openAppointment(p, 'Samuel Reed');
    await p.getByLabel('New note').fill('Results are ready');
    await p.getByRole('button', { name: 'Add note' }).click();
    await p.getByLabel('Status').selectOption('Completed');
    await p.getByRole('button', { name: 'Update status' }).click();
  },
  'frontdesk-wrong-password': async (p) => {
    await logIn(p, 'nina', 'letmein');
    await p.getByRole('alert').waitFor();
  },
  'frontdesk-disabled-account': async (p) => {
    await logIn(p, 'temp', 'temp123');
    await p.getByText('This account has been disabled').waitFor();
  },
};
