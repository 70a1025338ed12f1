import type { Page } from 'playwright-core';

/**
 * Reference solutions for the second held-out set (goals.ts), written by hand with the apps
 * before any tuning, by an engineer who tunes nothing: plain Playwright that reaches each goal,
 * or for a goal the app refuses, tries it the way a user would and sees the refusal. They prove
 * each truth check can turn true (and refused goals stay false), not the planner.
 * Whoever tunes the planner must not read this file.
 */

// ---- Kanban ----
const kCard = (p: Page, title: string) => p.locator('.card').filter({ hasText: title });
const drawer = (p: Page, title: string) => p.getByRole('dialog', { name: title });

async function openCard(p: Page, title: string): Promise<void> {
  await kCard(p, title).click();
  await drawer(p, title).waitFor();
}

// ---- Recipes ----
async function recipesLoaded(p: Page): Promise<void> {
  await p.getByLabel('Sort by').waitFor();
}

// ---- Console ----
async function signIn(p: Page, password = 'tide-pool-88'): Promise<void> {
  await p.getByPlaceholder('Work email').fill('ops@northwind.test');
  await p.getByPlaceholder('Password').fill(password);
  await p.getByRole('button', { name: 'Continue' }).click();
}
const nav = (p: Page, section: string) => p.locator('nav .item', { hasText: section }).click();

// ---- Clinic ----
interface Booking {
  service: string;
  doctor?: string;
  /** The day button's name, e.g. `Fri 11 Dec 2026`. */
  day: string;
  nextMonth?: boolean;
  /** The slot's text, e.g. `10:30 AM`; none to take the first free one. */
  slot?: string;
}

async function book(p: Page, b: Booking): Promise<void> {
  await p.locator('label.svc', { hasText: b.service }).click();
  if (b.doctor) {
    await p.getByText('Any practitioner ▾').click();
    await p.locator('.dd-opt', { hasText: b.doctor }).click();
  }
  if (b.nextMonth) await p.getByTitle('Next month').click();
  await p.getByRole('button', { name: b.day }).click();
  const slots = p.getByRole('group', { name: `Times on ${b.day}` });
  if (b.slot) await slots.getByRole('button', { name: b.slot, exact: true }).click();
  else await slots.locator('button:not([disabled])').first().click();
  await p.getByLabel('Full name').fill('Sam Lee');
  await p.getByPlaceholder('you@example.com').fill('sam@example.com');
  await p.getByRole('button', { name: 'Request appointment' }).click();
  await p.getByText('Request received').waitFor();
}

const appointment = (p: Page, what: string) => p.locator('.appt').filter({ hasText: what });

export const HELDOUT2_REFERENCE: Record<string, (page: Page) => Promise<void>> = {
  // ---- kanban ----
  'h2-kanban-add-card': async (p) => {
    await p.locator('.list', { hasText: 'To do' }).getByText('+ Add a card').click();
    await p.getByPlaceholder('Enter a title for this card…').fill('Write release notes');
    await p.keyboard.press('Enter');
  },
  'h2-kanban-move-done': async (p) => {
    await openCard(p, 'Fix login bug');
    await p.getByLabel('Column').selectOption('Done');
    await p.getByRole('button', { name: 'Move' }).click();
  },
  'h2-kanban-label-urgent': async (p) => {
    await openCard(p, 'Draft onboarding email');
    await drawer(p, 'Draft onboarding email').getByRole('button', { name: 'Urgent' }).click();
  },
  'h2-kanban-assign-second': async (p) => {
    await p.locator('.list', { hasText: 'In progress' }).locator('.card').nth(1).click();
    await p.getByLabel('Assignee').selectOption('Priya');
  },
  'h2-kanban-due-date': async (p) => {
    await openCard(p, 'Update pricing page');
    await p.getByLabel('Due date').fill('2027-01-15');
  },
  'h2-kanban-comment': async (p) => {
    await openCard(p, 'Fix login bug');
    await p.getByPlaceholder('Write a comment…').fill('Repro steps added to the ticket');
    await drawer(p, 'Fix login bug').getByRole('button', { name: 'Save' }).click();
  },
  'h2-kanban-archive-one': async (p) => {
    await openCard(p, 'Old banner cleanup');
    await p.getByRole('button', { name: 'Archive' }).click();
    await p.getByRole('status').filter({ hasText: 'Card archived' }).waitFor();
  },
  'h2-kanban-filter': async (p) => {
    await p.locator('#filters').getByRole('button', { name: 'Backend' }).click();
  },

  // ---- recipes ----
  'h2-recipes-facets': async (p) => {
    await recipesLoaded(p);
    await p.getByLabel('Indian').check();
    await p.getByLabel('Vegetarian').check();
  },
  'h2-recipes-sort-quickest': async (p) => {
    await recipesLoaded(p);
    await p.getByLabel('Sort by').selectOption({ label: 'Quickest first' });
  },
  'h2-recipes-time-slider': async (p) => {
    await recipesLoaded(p);
    await p.getByLabel('Maximum time in minutes').fill('30');
    await p.getByText('Up to 30 min').waitFor();
  },
  'h2-recipes-save-favourite': async (p) => {
    await recipesLoaded(p);
    await p.getByRole('button', { name: 'Save Chicken tikka masala' }).click();
  },
  'h2-recipes-load-more-open': async (p) => {
    await recipesLoaded(p);
    const ramen = p.getByRole('link', { name: 'Miso ramen' });
    while (!(await ramen.isVisible())) {
      await p.getByRole('button', { name: 'Load more' }).click();
      await p.getByRole('button', { name: 'Load more' }).or(ramen).first().waitFor();
    }
    await ramen.click();
    await p.getByRole('heading', { name: 'Miso ramen' }).waitFor();
  },
  'h2-recipes-shopping-servings': async (p) => {
    await recipesLoaded(p);
    await p.getByRole('link', { name: 'Shakshuka' }).click();
    await p.getByRole('button', { name: 'More servings' }).click();
    await p.getByRole('button', { name: 'More servings' }).click();
    await p.locator('#servings', { hasText: '4' }).waitFor();
    await p.getByRole('button', { name: 'Add to shopping list' }).click();
  },
  'h2-recipes-search': async (p) => {
    await recipesLoaded(p);
    await p.getByPlaceholder('Search recipes').fill('lentils');
    await p.keyboard.press('Enter');
  },

  // ---- console ----
  'h2-console-digest-off': async (p) => {
    await signIn(p);
    await nav(p, 'Notifications');
    await p.getByRole('switch', { name: 'Weekly digest' }).click();
  },
  'h2-console-rename-org': async (p) => {
    await signIn(p);
    await p.getByRole('tab', { name: 'Organisation' }).click();
    await p.getByLabel('Organisation name').fill('Northwind Traders');
    await p.getByRole('button', { name: 'Save', exact: true }).click();
  },
  'h2-console-security': async (p) => {
    await signIn(p);
    await nav(p, 'Security');
    await p.getByRole('switch', { name: 'Require two-factor authentication' }).click();
    await p.getByLabel('Session timeout').selectOption('1 hour');
    await p.getByRole('button', { name: 'Update timeout' }).click();
  },
  'h2-console-create-key': async (p) => {
    await signIn(p);
    await nav(p, 'API keys');
    await p.getByRole('button', { name: '+ Create key' }).click();
    const dialog = p.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByPlaceholder('Key name, e.g. ci-runner').fill('ci-deploy');
    await dialog.getByLabel('Access').selectOption('Read and write');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('Copy it now').waitFor();
  },
  'h2-console-revoke-staging': async (p) => {
    await signIn(p);
    await nav(p, 'API keys');
    p.once('dialog', (d) => void d.accept());
    await p
      .getByRole('row', { name: /staging/ })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await p.getByRole('row', { name: /staging/ }).waitFor({ state: 'detached' });
  },
  'h2-console-revoke-refused': async (p) => {
    await signIn(p);
    await nav(p, 'API keys');
    p.once('dialog', (d) => void d.accept());
    await p
      .getByRole('row', { name: /production/ })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await p.getByRole('alert').filter({ hasText: 'cannot be revoked' }).waitFor();
  },
  'h2-console-delete-project': async (p) => {
    await signIn(p);
    await nav(p, 'Danger zone');
    await p.getByLabel('Type northwind-prod to confirm').fill('northwind-prod');
    await p.getByRole('button', { name: 'Delete project' }).click();
    await p.getByText('Project deleted').waitFor();
  },
  'h2-console-wrong-password': async (p) => {
    await signIn(p, 'letmein123');
    await p.getByRole('alert').filter({ hasText: 'do not match' }).waitFor();
  },

  // ---- clinic ----
  'h2-clinic-book-vaccination': (p) =>
    book(p, { service: 'Vaccination', day: 'Fri 11 Dec 2026', slot: '10:30 AM' }),
  'h2-clinic-checkup-doctor': (p) =>
    book(p, {
      service: 'General check-up',
      doctor: 'Dr. Amara Okafor',
      day: 'Tue 15 Dec 2026',
      slot: '2:00 PM',
    }),
  'h2-clinic-earliest-slot': (p) => book(p, { service: 'Physiotherapy', day: 'Wed 9 Dec 2026' }),
  'h2-clinic-cancel': async (p) => {
    await p.getByRole('link', { name: 'My appointments' }).click();
    await appointment(p, 'Physiotherapy').getByRole('button', { name: 'Cancel' }).click();
    await appointment(p, 'Physiotherapy').getByRole('button', { name: 'Yes, cancel it' }).click();
    await appointment(p, 'cancelled').waitFor();
  },
  'h2-clinic-reschedule': async (p) => {
    await p.getByRole('link', { name: 'My appointments' }).click();
    await appointment(p, 'Physiotherapy').getByRole('button', { name: 'Reschedule' }).click();
    await p
      .getByRole('group', { name: 'Times on Thu 10 Dec 2026' })
      .getByRole('button', { name: '4:00 PM' })
      .click();
    await p.getByRole('button', { name: 'Confirm new time' }).click();
    await appointment(p, '4:00 PM').waitFor();
  },
  'h2-clinic-weekend': async (p) => {
    await p.locator('label.svc', { hasText: 'General check-up' }).click();
    // The Saturday cannot be picked: its day button is disabled.
    const saturday = p.getByRole('button', { name: 'Sat 12 Dec 2026' });
    if (await saturday.isEnabled()) throw new Error('Saturday 12 December should be closed');
    await saturday.click({ force: true });
    await p.getByLabel('Full name').fill('Sam Lee');
    await p.getByPlaceholder('you@example.com').fill('sam@example.com');
    await p.getByRole('button', { name: 'Request appointment' }).click();
    await p.getByText('Pick a day and a time.').waitFor();
  },
  'h2-clinic-next-month': (p) =>
    book(p, { service: 'Vaccination', day: 'Tue 5 Jan 2027', nextMonth: true, slot: '9:00 AM' }),
};
