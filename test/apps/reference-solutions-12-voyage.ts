import type { Page } from 'playwright-core';

/**
 * Reference solutions for the twelfth batch of tuning goals (goals.tuning-12-voyage.ts: a
 * travel-booking app of WAI-ARIA Authoring Practices widgets), WRITTEN BEFORE TUNING by hand with
 * the app (2026-12-07, branch wip12/voyage): plain Playwright that reaches each goal the way a
 * keyboard or mouse user does it through the widgets' roles, or for the goals the app refuses,
 * tries them and sees the refusal.
 */

/** Types into a combobox and picks the option named exactly `city`. */
async function pickCity(p: Page, box: 'From' | 'To', city: string): Promise<void> {
  const combo = p.getByRole('combobox', { name: box });
  await combo.fill(city);
  await p.getByRole('listbox', { name: box }).getByRole('option', { name: city, exact: true }).click();
}

/** Opens the date dialog, moves to the month and picks the day by its accessible name. */
async function pickDate(p: Page, dayName: string, monthsAhead = 0): Promise<void> {
  await p.getByRole('button', { name: /^Choose date/ }).click();
  const dialog = p.getByRole('dialog', { name: 'Choose date' });
  for (let i = 0; i < monthsAhead; i++) await dialog.getByRole('button', { name: 'Next month' }).click();
  await dialog.getByRole('grid').getByRole('button', { name: dayName }).click();
}

/** Sets a slider by keys: Home, then Arrow Right until aria-valuenow says `value`. */
async function setSlider(p: Page, name: string, value: number): Promise<void> {
  const slider = p.getByRole('slider', { name });
  await slider.focus();
  await slider.press('Home');
  for (let i = 0; i < 100; i++) {
    if (Number(await slider.getAttribute('aria-valuenow')) >= value) break;
    await slider.press('ArrowRight');
  }
}

async function manage(p: Page, ref: string, item: string, force = false): Promise<void> {
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My bookings' }).click();
  await p
    .getByRole('article', { name: new RegExp(ref) })
    .getByRole('button', { name: 'Manage' })
    .click();
  // A user can click a disabled (aria-disabled) item: nothing happens.
  await p.getByRole('menuitem', { name: item }).click({ force });
}

const openSeatCar = (p: Page, car: string) =>
  p.getByRole('treeitem', { name: car }).locator('.label').first().click();

export const REFERENCE_12_VOYAGE: Record<string, (page: Page) => Promise<void>> = {
  'voyage-book-lyon-turin': async (p) => {
    await pickCity(p, 'From', 'Lyon');
    await pickCity(p, 'To', 'Turin');
    await pickDate(p, 'Sunday, 14 March 2027');
    await p.getByRole('button', { name: 'Add one adult' }).click();
    await p.getByRole('button', { name: 'Search trains' }).click();
    await p
      .getByRole('tabpanel', { name: 'Outbound' })
      .getByRole('button', { name: 'Select' })
      .first()
      .click();
    await p.getByRole('button', { name: 'Book this trip' }).click();
    await p
      .getByRole('status')
      .getByText(/Booking confirmed/)
      .waitFor();
  },
  'voyage-search-lyon-geneva': async (p) => {
    await pickCity(p, 'From', 'Lyon');
    await pickCity(p, 'To', 'Geneva');
    await p.getByRole('button', { name: 'Search trains' }).click();
  },
  'voyage-date-april': async (p) => {
    await pickDate(p, 'Saturday, 3 April 2027', 1);
  },
  'voyage-flexible': async (p) => {
    await p.getByRole('switch', { name: 'Flexible dates' }).click();
  },
  'voyage-max-price': async (p) => {
    await setSlider(p, 'Max price', 120);
  },
  'voyage-depart-after-9': async (p) => {
    await setSlider(p, 'Departs after', 9);
  },
  'voyage-first-class': async (p) => {
    await p.getByRole('radiogroup', { name: 'Fare class' }).getByRole('radio', { name: 'First' }).click();
  },
  'voyage-add-child': async (p) => {
    const spin = p.getByRole('spinbutton', { name: /Children/ });
    await spin.focus();
    await spin.press('ArrowUp');
  },
  'voyage-sort-cheapest': async (p) => {
    await p.getByRole('columnheader', { name: 'Price' }).getByRole('button').click();
  },
  'voyage-page-2': async (p) => {
    await p
      .getByRole('navigation', { name: 'Outbound pages' })
      .getByRole('button', { name: '2', exact: true })
      .click();
  },
  'voyage-return-tab': async (p) => {
    await p.getByRole('tab', { name: 'Return' }).click();
  },
  'voyage-window-car-3': async (p) => {
    await openSeatCar(p, 'Car 3');
    await p.getByRole('treeitem', { name: 'Seat 32, window' }).locator('.label').click();
  },
  'voyage-meals': async (p) => {
    const meals = p.getByRole('listbox', { name: /Meals/ });
    await meals.getByRole('option', { name: 'Vegetarian' }).click();
    await meals.getByRole('option', { name: 'Kosher' }).click();
  },
  'voyage-bike': async (p) => {
    await p.getByRole('checkbox', { name: /Bike space/ }).click();
  },
  'voyage-fare-rules': async (p) => {
    await p.getByRole('button', { name: 'Fare rules' }).click();
  },
  'voyage-cancel-lyon': async (p) => {
    await manage(p, 'VY-4821', 'Cancel booking');
    await p.getByRole('alertdialog').getByRole('button', { name: 'Yes, cancel' }).click();
    await p.getByRole('status').getByText('Booking VY-4821 cancelled').waitFor();
  },
  'voyage-download-geneva': async (p) => {
    await manage(p, 'VY-5930', 'Download ticket');
  },
  'voyage-delay-emails-off': async (p) => {
    await p.getByRole('link', { name: 'Settings' }).click();
    await p.getByRole('switch', { name: /Delay/ }).click();
  },
  // Refused: the spinbutton stops at 9, the seat is taken, the booking's Cancel item is disabled.
  'voyage-ten-adults': async (p) => {
    const spin = p.getByRole('spinbutton', { name: 'Adults' });
    await spin.focus();
    for (let i = 0; i < 10; i++) await spin.press('ArrowUp');
  },
  'voyage-taken-seat': async (p) => {
    await openSeatCar(p, 'Car 3');
    await p
      .getByRole('treeitem', { name: /Seat 33/ })
      .locator('.label')
      .click();
  },
  'voyage-cancel-brussels': async (p) => {
    await manage(p, 'VY-3307', 'Cancel booking', true);
    await p.getByRole('alertdialog').waitFor({ state: 'detached', timeout: 1000 });
  },
};
