import type { Page } from 'playwright-core';

/**
 * Reference solutions for the sixth batch of tuning goals (goals.tuning-6-roadmap.ts: roadmap),
 * WRITTEN BEFORE TUNING by hand with the app (2026-12-07, by the async engineer of branch
 * wip8/async, who did not read the held-out sets): plain Playwright that reaches each goal, or for
 * a goal the app refuses, tries it the way a user would and waits for the refusal. Each waits for
 * the app to finish ("Saving…" gone) so the truth read after it is the settled one. They prove
 * each truth check can turn true (and that refused goals stay false), not the planner.
 */

/** The board has loaded: its skeleton and spinner are gone. */
const loaded = (p: Page) => p.locator('.board:not([aria-busy])').locator('.col-head').first().waitFor();
const settled = async (p: Page) => {
  await p.locator('.board:not([aria-busy])').waitFor();
  await p.locator('[aria-busy=true]').first().waitFor({ state: 'detached' });
};
const cardNamed = (p: Page, title: string) => p.locator('.card').filter({ hasText: title });
/** Opens a card's drawer and waits for its details. */
async function open(p: Page, title: string): Promise<void> {
  await loaded(p);
  await cardNamed(p, title).click();
  await p.getByPlaceholder('Add an owner').waitFor();
}
async function moveTo(p: Page, title: string, column: string): Promise<void> {
  await open(p, title);
  await p.getByText('Move to…').click();
  await p.locator('.menu').getByText(column, { exact: true }).click();
  await settled(p);
}
async function retitle(p: Page, title: string, next: string): Promise<void> {
  await open(p, title);
  await p.getByRole('heading', { name: title }).click();
  await p.locator('.drawer input[type=text]').first().fill(next);
  await p.keyboard.press('Enter');
}
async function addCard(p: Page, column: string, title: string): Promise<void> {
  await loaded(p);
  await p.locator('.col').filter({ hasText: column }).getByText('+ Add card').click();
  await p.getByPlaceholder('Enter a title for this card…').fill(title);
  await p.keyboard.press('Enter');
  await settled(p);
}

export const REFERENCE_6_ROADMAP: Record<string, (page: Page) => Promise<void>> = {
  'roadmap-open-widget': async (p) => {
    await open(p, 'Android widget');
  },
  'roadmap-search-sync': async (p) => {
    await loaded(p);
    await p.getByPlaceholder('Search cards…').fill('sync');
    await p.locator('.board[aria-busy]').waitFor();
    await settled(p);
  },
  'roadmap-search-open': async (p) => {
    await loaded(p);
    await p.getByPlaceholder('Search cards…').fill('widget');
    await p.locator('.board[aria-busy]').waitFor();
    await settled(p);
    await open(p, 'Android widget');
  },
  'roadmap-team-mobile': async (p) => {
    await loaded(p);
    await p.locator('.chip', { hasText: 'Mobile' }).click();
    await p.locator('.board[aria-busy]').waitFor();
    await settled(p);
  },
  'roadmap-add-backlog': (p) => addCard(p, 'Backlog', 'Usage dashboard'),
  'roadmap-add-up-next': (p) => addCard(p, 'Up next', 'Bulk invite users'),
  'roadmap-rename-shortcuts': async (p) => {
    await retitle(p, 'Keyboard shortcuts', 'Keyboard shortcut cheat sheet');
    await settled(p);
  },
  'roadmap-retitle-push': async (p) => {
    await retitle(p, 'Push notification settings', 'Notification preferences');
    await settled(p);
  },
  'roadmap-owner-rate-limit': async (p) => {
    await open(p, 'Rate limit the public API');
    await p.getByPlaceholder('Add an owner').fill('Priya Nair');
    await p.getByPlaceholder('Add an owner').press('Enter');
    await settled(p);
  },
  'roadmap-points-onboarding': async (p) => {
    await open(p, 'Onboarding checklist');
    await p.getByPlaceholder('Story points').fill('8');
    await p.getByPlaceholder('Story points').press('Enter');
    await settled(p);
  },
  'roadmap-sprint-two-factor': async (p) => {
    await open(p, 'Two-factor sign-in');
    await p.locator('.drawer select').selectOption('Sprint 15');
    await settled(p);
  },
  'roadmap-describe-widget': async (p) => {
    await open(p, 'Android widget');
    await p.getByPlaceholder('Add a description…').fill("Shows today's tasks on the home screen");
    await p.locator('.drawer').getByText('Save', { exact: true }).click();
    await p.getByText('Description saved').waitFor();
  },
  'roadmap-block-two-factor': async (p) => {
    await open(p, 'Two-factor sign-in');
    await p.locator('.drawer').getByText('Blocked', { exact: true }).click();
    await settled(p);
  },
  'roadmap-move-dark-mode': (p) => moveTo(p, 'Dark mode for settings', 'In progress'),
  'roadmap-ship-pricing': (p) => moveTo(p, 'Redesign pricing page', 'Shipped'),
  'roadmap-platform-back-to-backlog': async (p) => {
    await loaded(p);
    await p.locator('.chip', { hasText: 'Platform' }).click();
    await p.locator('.board[aria-busy]').waitFor();
    await settled(p);
    await moveTo(p, 'Two-factor sign-in', 'Backlog');
  },
  'roadmap-archive-uploads': async (p) => {
    await open(p, 'Faster image uploads');
    await p.locator('.drawer').getByText('Archive', { exact: true }).click();
    await p.getByText('Card archived').waitFor();
  },
  'roadmap-archive-undo': async (p) => {
    await open(p, 'Audit log export');
    await p.locator('.drawer').getByText('Archive', { exact: true }).click();
    await p.getByText('Undo', { exact: true }).click();
    await cardNamed(p, 'Audit log export').waitFor();
  },
  'roadmap-ship-billing-refused': async (p) => {
    await moveTo(p, 'Migrate billing to Postgres 16', 'Shipped');
    await p.getByText(/Couldn’t move/).waitFor();
  },
  'roadmap-rename-taken': async (p) => {
    await retitle(p, 'Android widget', 'Dark mode for settings');
    await p.getByText('Another card already has this title.').waitFor();
  },
  'roadmap-points-too-many': async (p) => {
    await open(p, 'Keyboard shortcuts');
    await p.getByPlaceholder('Story points').fill('40');
    await p.getByPlaceholder('Story points').press('Enter');
    await p.getByText('Points must be between 1 and 21.').waitFor();
  },
};
