import type { Page } from 'playwright-core';

/**
 * Reference solutions for the third batch of tuning goals (goals.tuning-3.ts: parcels, tracker,
 * notes), written by hand with the apps, before tuning: plain Playwright that reaches each goal, or
 * for a goal the app refuses, tries it the way a user would and waits for the refusal. They prove
 * each truth check can turn true (and that refused goals stay false), not the planner.
 */

interface ShipmentInput {
  name: string;
  /** What is typed into the City box before picking `city` from its suggestions. */
  typed: string;
  city: string;
  weight: string;
  date?: string;
  time?: string;
  express?: boolean;
}

/** Walks the New shipment wizard as far as the input allows; books when every step passes. */
async function shipParcel(p: Page, o: ShipmentInput, until: 'weight' | 'date' | 'book'): Promise<void> {
  await p.getByRole('link', { name: 'New shipment' }).click();
  await p.locator('.w-name').fill(o.name);
  await p.getByRole('combobox').fill(o.typed);
  await p.getByRole('option', { name: o.city, exact: true }).click();
  await p.getByRole('button', { name: 'Next' }).click();
  await p.locator('.w-weight').fill(o.weight);
  await p.getByRole('button', { name: 'Next' }).click();
  if (until === 'weight') {
    await p.locator('.err').first().waitFor();
    return;
  }
  await p.locator('.w-date').fill(o.date ?? '');
  if (o.time) await p.locator('.w-time').fill(o.time);
  if (o.express) await p.getByRole('switch', { name: 'Express delivery' }).click();
  await p.getByRole('button', { name: 'Continue' }).click();
  if (until === 'date') {
    await p.locator('.err').first().waitFor();
    return;
  }
  await p.getByRole('button', { name: 'Book shipment' }).click();
  await p.getByText('Shipment booked.').waitFor();
}

const issueRow = (p: Page, id: number) =>
  p.getByRole('row').filter({ has: p.getByRole('cell', { name: `#${id}`, exact: true }) });

async function renameIssue(p: Page, id: number, title: string): Promise<void> {
  if (id > 8) await p.getByRole('link', { name: '2', exact: true }).click();
  const row = issueRow(p, id);
  await row.hover();
  await row.getByRole('button', { name: 'Rename' }).click();
  await p.getByRole('textbox', { name: `Title of issue #${id}` }).fill(title);
  await p.keyboard.press('Enter');
}

const noteCard = (p: Page, title: string) =>
  p.locator('.note').filter({ has: p.getByText(title, { exact: true }) });

async function openPreferences(p: Page): Promise<void> {
  await p.getByRole('menuitem', { name: /^Settings/ }).hover();
  await p.getByRole('menuitem', { name: 'Preferences…' }).click();
}

export const REFERENCE_3: Record<string, (page: Page) => Promise<void>> = {
  'parcels-ship-lyon': (p) =>
    shipParcel(
      p,
      { name: 'Jean Dupont', typed: 'Ly', city: 'Lyon', weight: '2', date: '2026-12-15' },
      'book',
    ),
  'parcels-express-lille': (p) =>
    shipParcel(
      p,
      {
        name: 'Grace Hopper',
        typed: 'Lil',
        city: 'Lille',
        weight: '5',
        date: '2026-12-17',
        time: '09:30',
        express: true,
      },
      'book',
    ),
  'parcels-weight-error': (p) =>
    shipParcel(p, { name: 'Jean Dupont', typed: 'Lyon', city: 'Lyon', weight: '45' }, 'weight'),
  'parcels-too-heavy': (p) =>
    shipParcel(p, { name: 'Ada Lovelace', typed: 'Par', city: 'Paris', weight: '45' }, 'weight'),
  'parcels-sunday': (p) =>
    shipParcel(
      p,
      { name: 'Alan Turing', typed: 'Lon', city: 'London', weight: '1', date: '2026-12-13' },
      'date',
    ),
  'parcels-pin-london': async (p) => {
    await p.locator('.card').filter({ hasText: 'London' }).getByRole('button', { name: 'Pin' }).click();
  },
  'parcels-cancel-curie': async (p) => {
    await p.getByText('Marie Curie', { exact: true }).click();
    await p.getByRole('button', { name: 'Cancel shipment' }).click();
    await p.getByRole('button', { name: 'Yes, cancel it' }).click();
  },
  'parcels-cancel-in-transit': async (p) => {
    await p.getByText('Grace Hopper', { exact: true }).click();
    await p.getByRole('button', { name: 'Cancel shipment' }).click();
    await p.getByRole('button', { name: 'Yes, cancel it' }).click();
    await p.getByText('Too late to cancel').waitFor();
  },
  'parcels-open-third': async (p) => {
    await p.locator('.card').nth(2).click();
  },

  'tracker-page-3': async (p) => {
    await p.getByRole('link', { name: '3', exact: true }).click();
  },
  'tracker-third-on-page-2': async (p) => {
    await p.getByRole('link', { name: '2', exact: true }).click();
    await p.locator('tbody tr').nth(2).click();
  },
  'tracker-assign-grace': async (p) => {
    await issueRow(p, 6).click();
    await p.getByPlaceholder('Type a name…').fill('Grace');
    await p.locator('.ac .list').getByText('Grace Hopper', { exact: true }).click();
  },
  'tracker-rename-14': (p) => renameIssue(p, 14, 'Login button misaligned'),
  'tracker-upper-case-7': (p) => renameIssue(p, 7, 'DARK MODE RESETS AFTER RELOAD'),
  'tracker-rename-taken': async (p) => {
    await renameIssue(p, 5, 'Crash on startup');
    await p.getByText('Another issue already has this title.').waitFor();
  },
  'tracker-close-9': async (p) => {
    await p.getByRole('link', { name: '2', exact: true }).click();
    await issueRow(p, 9).click({ button: 'right' });
    await p.getByRole('menuitem', { name: 'Close issue' }).click();
  },
  'tracker-delete-undo': async (p) => {
    await p.getByRole('link', { name: '2', exact: true }).click();
    const row = issueRow(p, 12);
    await row.hover();
    await row.getByRole('button', { name: 'Delete' }).click();
    await p.getByRole('button', { name: 'Undo' }).click();
  },
  'tracker-assign-unknown': async (p) => {
    await issueRow(p, 2).click();
    await p.getByPlaceholder('Type a name…').fill('Dennis Ritchie');
    await p.getByText('No one matches').waitFor();
    await p.keyboard.press('Tab');
    await p.waitForFunction(
      () => (document.querySelector('.ac input') as HTMLInputElement | null)?.value === '',
    );
  },

  'notes-dark-theme': async (p) => {
    await p.getByRole('menuitem', { name: /^Settings/ }).hover();
    await p.getByRole('menuitem', { name: /^Theme/ }).hover();
    await p.getByRole('menuitemradio', { name: 'Dark' }).click();
  },
  'notes-like-recipes': async (p) => {
    const card = noteCard(p, 'Recipes');
    await card.hover();
    await card.getByRole('button', { name: 'Like' }).click();
  },
  'notes-rename-groceries': async (p) => {
    await noteCard(p, 'Groceries').click({ button: 'right' });
    await p.locator('.ctx').getByText('Rename', { exact: true }).click();
    await p.getByRole('dialog').getByPlaceholder('Title').fill('Weekly shop');
    await p.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  },
  'notes-upper-case-title': async (p) => {
    await p.getByText('Take a note…').click();
    await p.getByRole('dialog').getByPlaceholder('Title').fill('CALL THE PLUMBER');
    await p.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  },
  'notes-restore': async (p) => {
    await p.getByRole('menuitem', { name: 'Trash' }).click();
    await noteCard(p, 'Old passwords').getByRole('button', { name: 'Restore' }).click();
  },
  'notes-compact-cards': async (p) => {
    await openPreferences(p);
    await p.locator('.pref').filter({ hasText: 'Compact cards' }).getByRole('switch').click();
  },
  'notes-archive-shared': async (p) => {
    const card = noteCard(p, 'Team rota');
    await card.hover();
    await card.getByRole('button', { name: 'Archive' }).click();
    await p.getByText('Only Ken Thompson can archive').waitFor();
  },
  'notes-sync': async (p) => {
    await openPreferences(p);
    await p.locator('.pref').filter({ hasText: 'Sync across devices' }).getByRole('switch').click();
    await p.getByText('Sync needs a verified e-mail address.').waitFor();
  },
};
