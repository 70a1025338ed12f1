import type { Page } from 'playwright-core';

/**
 * Reference solutions for the third held-out set (goals.ts), written by hand with the apps before
 * any tuning, by an engineer who tunes nothing: plain Playwright that reaches each goal, or for a
 * goal the app refuses, tries it the way a user would and sees the refusal. They prove each truth
 * check can turn true (and refused goals stay false), not the planner.
 * Whoever tunes the planner must not read this file.
 */

// ---- Ledger ----
async function signIn(p: Page): Promise<void> {
  await p.getByLabel('Email').fill('maya@pennywise.test');
  await p.getByLabel('Password').fill('copper-kettle-42');
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByText('Your accounts').waitFor();
}
const tab = (p: Page, name: string) => p.locator('nav.tabs span', { hasText: name }).click();

interface Transfer {
  from: string;
  to: string;
  amount: string;
  date?: string;
  reference?: string;
}
async function transfer(p: Page, t: Transfer): Promise<void> {
  await tab(p, 'Move money');
  await p.getByLabel('From').selectOption(t.from);
  await p.getByLabel('To', { exact: true }).selectOption(t.to);
  await p.getByLabel('Amount (£)').fill(t.amount);
  if (t.date) await p.getByLabel('Date').fill(t.date);
  if (t.reference) await p.getByLabel('Reference (optional)').fill(t.reference);
  await p.getByRole('button', { name: 'Review transfer' }).click();
  await p.getByRole('button', { name: 'Confirm transfer' }).click();
  await p.getByRole('status').waitFor();
}
async function addPayee(p: Page, name: string, sortCode: string, account: string): Promise<void> {
  await tab(p, 'Payees');
  await p.getByRole('button', { name: 'Add payee' }).click();
  const dialog = p.getByRole('dialog', { name: 'New payee' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Sort code').fill(sortCode);
  await dialog.getByLabel('Account number').fill(account);
  await dialog.getByRole('button', { name: 'Save payee' }).click();
}

// ---- Shelf ----
async function search(p: Page, query: string): Promise<void> {
  await p.getByLabel('Search the catalogue').fill(query);
  await p.getByRole('button', { name: 'Search' }).click();
}
async function openItem(p: Page, query: string, format: string): Promise<void> {
  await search(p, query);
  await p.locator('.result', { hasText: format }).getByRole('link').click();
}
async function placeHold(p: Page, branch: string, notify?: string): Promise<void> {
  await p.getByRole('button', { name: 'Place hold' }).click();
  const dialog = p.getByRole('dialog', { name: 'Place a hold' });
  await dialog.getByLabel('Pick up at').selectOption(branch);
  if (notify) await dialog.getByLabel(notify).check();
  await dialog.getByRole('button', { name: 'Confirm hold' }).click();
  await p.getByRole('status').filter({ hasText: 'Hold placed' }).waitFor();
}
async function account(p: Page): Promise<void> {
  await p.getByRole('link', { name: 'My account' }).click();
  await p.getByRole('heading', { name: 'My account' }).waitFor();
}
const loanRow = (p: Page, title: string) => p.getByRole('row').filter({ hasText: title });

// ---- Bistro ----
const booking = (p: Page, text: string) => p.locator('.row').filter({ hasText: text });
async function seat(p: Page, row: ReturnType<typeof booking>, table: string): Promise<void> {
  await row.getByRole('button', { name: 'Seat' }).click();
  const dialog = p.getByRole('dialog');
  await dialog.getByLabel(table).check();
  await dialog.getByRole('button', { name: 'Seat party' }).click();
  await p.getByRole('status').filter({ hasText: 'seated at' }).waitFor();
}
async function fromMenu(p: Page, row: ReturnType<typeof booking>, item: string): Promise<void> {
  await row.getByTitle('More actions').click();
  await row.getByRole('menuitem', { name: item }).click();
}
interface Booking {
  date: string;
  time: string;
  guests: string;
  name: string;
  phone: string;
  notes?: string;
}
async function fillBooking(p: Page, b: Booking): Promise<void> {
  await p.getByRole('link', { name: 'New booking' }).click();
  await p.getByLabel('Date').fill(b.date);
  await p.getByLabel('Guests').fill(b.guests);
  await p.getByLabel('Name on the booking').fill(b.name);
  await p.getByLabel('Phone').fill(b.phone);
  if (b.notes) await p.getByLabel('Notes').fill(b.notes);
  await p.getByLabel('Time').selectOption(b.time);
}

export const HELDOUT3_REFERENCE: Record<string, (page: Page) => Promise<void>> = {
  // ---- ledger ----
  'h3-ledger-recategorise-uber': async (p) => {
    await signIn(p);
    await tab(p, 'Transactions');
    await p
      .getByRole('row', { name: /2 Dec 2026 Uber −/ })
      .getByLabel('Category')
      .selectOption('Transport');
  },
  'h3-ledger-move-to-savings': async (p) => {
    await signIn(p);
    await transfer(p, { from: 'Everyday', to: 'Savings', amount: '250' });
  },
  'h3-ledger-schedule-transfer': async (p) => {
    await signIn(p);
    await transfer(p, {
      from: 'Savings',
      to: 'Holiday',
      amount: '120',
      date: '2026-12-24',
      reference: 'ski deposit',
    });
  },
  'h3-ledger-overdraw': async (p) => {
    await signIn(p);
    await tab(p, 'Move money');
    await p.getByLabel('Amount (£)').fill('2000');
    await p.getByRole('alert').filter({ hasText: 'more than the Everyday balance' }).waitFor();
    if (await p.getByRole('button', { name: 'Review transfer' }).isEnabled())
      throw new Error('an overdrawing transfer should not be reviewable');
  },
  'h3-ledger-add-payee': async (p) => {
    await signIn(p);
    await addPayee(p, 'Green Leaf Gardening', '40-12-76', '31926819');
    await p.getByRole('status').filter({ hasText: 'Payee added' }).waitFor();
  },
  'h3-ledger-remove-payee': async (p) => {
    await signIn(p);
    await tab(p, 'Payees');
    p.once('dialog', (d) => void d.accept());
    await p.getByRole('button', { name: 'Remove Sam Carter' }).click();
    await p.getByRole('status').filter({ hasText: 'Sam Carter removed' }).waitFor();
  },
  'h3-ledger-low-balance-alert': async (p) => {
    await signIn(p);
    await tab(p, 'Settings');
    await p.getByLabel('Text me when my Everyday balance is low').check();
    await p.getByLabel('Alert me below (£)').fill('100');
    await p.getByRole('button', { name: 'Save settings' }).click();
    await p.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor();
  },
  'h3-ledger-note-dinner': async (p) => {
    await signIn(p);
    await tab(p, 'Transactions');
    await p.getByRole('button', { name: 'Next' }).click();
    const row = p.getByRole('row', { name: /28 Nov 2026 Luigi/ });
    await row.getByTitle('Note').click();
    await p.getByPlaceholder('Add a note').fill('split with Jo');
    await p.getByRole('button', { name: 'Save', exact: true }).click();
    await p.getByText('Note: split with Jo').waitFor();
  },
  'h3-ledger-empty-holiday': async (p) => {
    await signIn(p);
    await transfer(p, { from: 'Holiday', to: 'Everyday', amount: '410' });
  },
  'h3-ledger-duplicate-payee': async (p) => {
    await signIn(p);
    await addPayee(p, 'City Power', '30-11-05', '10029999');
    await p.getByRole('alert').filter({ hasText: 'already have a payee called City Power' }).waitFor();
  },
  'h3-ledger-dining-only': async (p) => {
    await signIn(p);
    await tab(p, 'Transactions');
    await p.locator('#cat').selectOption('Dining');
  },

  // ---- shelf ----
  'h3-shelf-hold-audiobook': async (p) => {
    await openItem(p, 'project hail mary', 'Audiobook');
    await placeHold(p, 'Eastside');
  },
  'h3-shelf-renew-circe': async (p) => {
    await account(p);
    await loanRow(p, 'Circe').getByRole('button', { name: 'Renew' }).click();
    await p.getByRole('status').filter({ hasText: 'Circe renewed' }).waitFor();
  },
  'h3-shelf-renew-overstory': async (p) => {
    await account(p);
    await loanRow(p, 'The Overstory').getByRole('button', { name: 'Renew' }).click();
    await loanRow(p, 'The Overstory').getByText('cannot be renewed again').waitFor();
  },
  'h3-shelf-cancel-hold': async (p) => {
    await account(p);
    p.once('dialog', (d) => void d.accept());
    await loanRow(p, 'Piranesi').getByRole('button', { name: 'Cancel hold' }).click();
    await p.getByRole('status').filter({ hasText: 'Hold on Piranesi cancelled' }).waitFor();
  },
  'h3-shelf-pause-hold': async (p) => {
    await account(p);
    const row = loanRow(p, 'Tomorrow, and Tomorrow');
    await row.getByLabel(/^Pause .* until$/).fill('2027-01-10');
    await row.getByRole('button', { name: 'Pause' }).click();
    await p.getByText('Paused until').waitFor();
  },
  'h3-shelf-available-audiobooks': async (p) => {
    await p.getByLabel('Audiobook').check();
    await p.getByLabel('Available now').check();
  },
  'h3-shelf-search-newest': async (p) => {
    await search(p, 'ocean');
    await p.getByLabel('Sort by').selectOption('Newest first');
  },
  'h3-shelf-borrow-ebook': async (p) => {
    await openItem(p, 'klara', 'E-book');
    await p.getByRole('button', { name: 'Borrow now' }).click();
    await p.getByRole('status').filter({ hasText: 'Borrowed' }).waitFor();
  },
  'h3-shelf-pickup-harbour': async (p) => {
    await account(p);
    await p.getByLabel('Pick-up branch for Piranesi').selectOption('Harbour');
  },
  'h3-shelf-hold-text': async (p) => {
    await openItem(p, 'left hand of darkness', 'Book');
    await placeHold(p, 'Central', 'Text message');
  },

  // ---- bistro ----
  'h3-bistro-seat-nguyen': (p) => seat(p, booking(p, 'Nguyen'), 'Table 2 · 2 seats'),
  'h3-bistro-kim-four-top': async (p) => {
    await p.getByRole('link', { name: 'Waitlist' }).click();
    await seat(p, booking(p, 'Kim'), 'Table 3 · 4 seats');
  },
  'h3-bistro-waitlist-add': async (p) => {
    await p.getByRole('link', { name: 'Waitlist' }).click();
    await p.getByLabel('Name').fill('Alvarez');
    await p.getByLabel('Party size').selectOption('5');
    await p.getByLabel('Mobile number').fill('555 0142');
    await p.getByRole('button', { name: 'Add to waitlist' }).click();
    await p.getByRole('status').filter({ hasText: 'Alvarez added' }).waitFor();
  },
  'h3-bistro-book-hughes': async (p) => {
    await fillBooking(p, {
      date: '2026-12-11',
      time: '20:00',
      guests: '2',
      name: 'Hughes',
      phone: '555-0199',
      notes: 'anniversary',
    });
    await p.getByRole('button', { name: 'Book table' }).click();
    await p.getByRole('status').filter({ hasText: 'Booked Hughes' }).waitFor();
  },
  'h3-bistro-patel-noshow': async (p) => {
    await fromMenu(p, booking(p, 'Patel'), 'Mark as no-show');
    await booking(p, 'Patel').getByText('No-show').waitFor();
  },
  'h3-bistro-okoye-cancel': async (p) => {
    p.once('dialog', (d) => void d.accept());
    await fromMenu(p, booking(p, 'Okoye'), 'Cancel booking');
    await booking(p, 'Okoye').getByText('Cancelled').waitFor();
  },
  'h3-bistro-nguyen-later': async (p) => {
    await booking(p, 'Nguyen').getByRole('button', { name: 'Edit' }).click();
    await booking(p, 'Nguyen').getByLabel('Time').selectOption('19:00');
    await p.getByRole('button', { name: 'Save changes' }).click();
    await booking(p, '7:00 pm').filter({ hasText: 'Nguyen' }).waitFor();
  },
  'h3-bistro-big-party': async (p) => {
    await fillBooking(p, {
      date: '2026-12-08',
      time: '19:00',
      guests: '12',
      name: 'Lindqvist',
      phone: '555 0177',
    });
    await p.getByText('Parties over 8 are booked by our events team').waitFor();
    if (await p.getByRole('button', { name: 'Book table' }).isEnabled())
      throw new Error('a party of 12 should not be bookable');
  },
  'h3-bistro-text-rossi': async (p) => {
    await p.getByRole('link', { name: 'Waitlist' }).click();
    await booking(p, 'Rossi').getByRole('button', { name: 'Text guest' }).click();
    await p.getByRole('status').filter({ hasText: 'Text sent to Rossi' }).waitFor();
  },
  'h3-bistro-patel-party-size': async (p) => {
    await p.getByRole('link', { name: 'Diary' }).click();
    await p.getByLabel('Show bookings for').fill('2026-12-12');
    await booking(p, 'Patel').getByRole('button', { name: 'Edit' }).click();
    await booking(p, 'Patel').getByLabel('Guests').fill('3');
    await p.getByRole('button', { name: 'Save changes' }).click();
    await booking(p, '3 guests').waitFor();
  },
  'h3-bistro-full-slot': async (p) => {
    await p.getByRole('link', { name: 'New booking' }).click();
    await p.getByLabel('Date').fill('2026-12-11');
    const seven = p.getByLabel('Time').locator('option[value="19:00"]');
    if (!(await seven.isDisabled())) throw new Error('7 pm on the 11th should be full');
    await p.getByText('7:00 pm — full').waitFor({ state: 'attached' });
  },
};
