import type { Page } from 'playwright-core';

/**
 * Reference solutions for the sixth batch of tuning goals (goals.tuning-6-widgets.ts: gearshop),
 * WRITTEN BEFORE TUNING by hand with the app (2026-12-07, by the widgets engineer of branch
 * wip8/widgets, who did not read the held-out sets): plain Playwright that reaches each goal, or
 * for a goal the app refuses, tries it the way a user would and waits for the refusal. They prove
 * each truth check can turn true (and that refused goals stay false), not the planner.
 */
const tab = (p: Page, name: string) => p.getByRole('tab', { name }).click();

async function pickSize(p: Page, size: string): Promise<void> {
  await p.getByRole('combobox', { name: 'Frame size' }).click();
  await p.getByRole('option', { name: new RegExp(`^${size} ·`) }).click();
}

async function pickColour(p: Page, colour: string): Promise<void> {
  await p.getByText('Choose a colour', { exact: true }).click();
  await p.locator('#colour').getByText(colour, { exact: true }).click();
}

async function stepTo(p: Page, qty: number): Promise<void> {
  for (let i = 1; i < qty; i++) await p.getByRole('button', { name: 'Add one' }).click();
}

async function buildMenu(p: Page, build: string, item: string): Promise<void> {
  await tab(p, 'My builds');
  await p.locator('.card').filter({ hasText: build }).getByRole('button', { name: 'Build options' }).click();
  await p.getByRole('menuitem', { name: item }).click();
}

/** Opens the date grid and moves to `month` (e.g. "January 2027"), then clicks day `day`. */
async function pickDay(p: Page, month: string, day: number): Promise<void> {
  await tab(p, 'Delivery');
  await p.getByRole('button', { name: /Delivery date/ }).click();
  while (!(await p.getByRole('heading', { name: month }).isVisible()))
    await p.getByRole('button', { name: 'Next month' }).click();
  await p.locator('#days td').getByText(String(day), { exact: true }).click({ force: true });
}

export const REFERENCE_6_WIDGETS: Record<string, (page: Page) => Promise<void>> = {
  'gearshop-frame-large': (p) => pickSize(p, 'L'),
  'gearshop-colour-ocean': (p) => pickColour(p, 'Ocean blue'),
  'gearshop-drop-bars': (p) => p.getByRole('button', { name: 'Drop', exact: true }).click(),
  'gearshop-assist-seven': async (p) => {
    const slider = p.getByRole('slider', { name: 'Motor assist' });
    await slider.focus();
    for (let i = 0; i < 5; i++) await p.keyboard.press('ArrowRight');
  },
  'gearshop-quantity-three': (p) => stepTo(p, 3),
  'gearshop-four-stars': (p) => p.locator('#stars span').nth(3).click(),
  'gearshop-size-and-colour': async (p) => {
    await pickSize(p, 'S');
    await pickColour(p, 'Graphite');
  },
  'gearshop-reset': async (p) => {
    await pickSize(p, 'M');
    p.once('dialog', (d) => void d.accept());
    await p.getByRole('button', { name: 'Reset configuration' }).click();
    await p.getByText('Configuration reset.').waitFor();
  },
  'gearshop-town-rotterdam': async (p) => {
    await tab(p, 'Delivery');
    await p.getByLabel('Delivery town').pressSequentially('Rot');
    await p.getByText('Rotterdam', { exact: true }).click();
  },
  'gearshop-date-january': (p) => pickDay(p, 'January 2027', 14),
  'gearshop-show-builds': (p) => tab(p, 'My builds'),
  'gearshop-duplicate-commuter': (p) => buildMenu(p, 'Commuter', 'Duplicate'),
  'gearshop-share-kids': async (p) => {
    await buildMenu(p, "Kids' bike", 'Share link');
    await p.getByText("Link to Kids' bike copied.").waitFor();
  },
  'gearshop-delete-gravel': async (p) => {
    await buildMenu(p, 'Weekend gravel', 'Delete');
    const dialog = p.getByRole('dialog', { name: 'Delete Weekend gravel?' });
    await dialog.getByRole('textbox').fill('Weekend gravel');
    await dialog.getByRole('button', { name: 'Delete build' }).click();
  },
  'gearshop-cancel-delete': async (p) => {
    await buildMenu(p, 'Commuter', 'Delete');
    await p.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  },
  'gearshop-quantity-six': async (p) => {
    await stepTo(p, 6);
    await p.getByText('Limit 4 per order').waitFor();
  },
  'gearshop-sunday-delivery': (p) => pickDay(p, 'December 2026', 20),
};
