import type { Page } from 'playwright-core';

/**
 * Reference solutions for the twelfth-round holds goals (goals.tuning-12-holds.ts), written by hand
 * with the app before any planner change: the control is taken from its item's row.
 */
const row = (p: Page, table: string, item: string) =>
  p.getByRole('table', { name: table }).getByRole('row').filter({ hasText: item });

async function search(p: Page, formats: string[], now: boolean): Promise<void> {
  for (const f of formats) await p.getByRole('checkbox', { name: f, exact: true }).check();
  if (now) await p.getByRole('checkbox', { name: 'Available now' }).check();
  await p.getByRole('button', { name: 'Search' }).click();
}

export const REFERENCE_12_HOLDS: Record<string, (page: Page) => Promise<void>> = {
  'holds-pause-away': async (p) => {
    await p.getByLabel('Pause Winter Orchard until').fill('2027-03-20');
    await row(p, 'My holds', 'Winter Orchard').getByRole('button', { name: 'Pause' }).click();
  },
  'holds-pause-last-row': async (p) => {
    await p.getByLabel('Pause A Map of Rivers until').fill('2027-04-02');
    await row(p, 'My holds', 'A Map of Rivers').getByRole('button', { name: 'Pause' }).click();
  },
  'holds-booking-move': async (p) => {
    await p.getByLabel('New date for The Green Fig').fill('2027-02-05');
    await row(p, 'Table bookings', 'The Green Fig').getByRole('button', { name: 'Move' }).click();
  },
  'holds-cancel-asked': async (p) => {
    await row(p, 'My holds', 'The Salt Road').getByRole('button', { name: 'Cancel hold' }).click();
  },
  'holds-filter-audio-now': (p) => search(p, ['Audiobook'], true),
  'holds-filter-ebooks-now': (p) => search(p, ['E-book'], true),
  'holds-filter-audio-only': (p) => search(p, ['Audiobook'], false),
};
