import type { Page } from 'playwright-core';

/**
 * Reference solutions for the fourth batch of tuning goals (goals.tuning-4.ts: admin, agenda,
 * boutique), WRITTEN BEFORE TUNING by hand with the apps (2026-12-06, from 23:31 UTC, by the
 * material engineer of branch wip5/b-material, who does not tune the planner or the checker and
 * did not read the held-out set): plain Playwright that reaches each goal, or for a goal the app
 * refuses, tries it the way a user would and waits for the refusal. They prove each truth check
 * can turn true (and that refused goals stay false), not the planner.
 */

// ---- Admin ----
const memberRow = (p: Page, name: string) => p.getByRole('row').filter({ hasText: name });
const dialog = (p: Page, name: string) => p.getByRole('dialog', { name });

async function removeMember(p: Page, name: string): Promise<void> {
  await memberRow(p, name).getByRole('button', { name: 'Remove' }).click();
  await dialog(p, `Remove ${name}?`).getByRole('button', { name: 'Remove' }).click();
}

async function renameWorkspace(p: Page, name: string): Promise<void> {
  await p.getByRole('button', { name: 'Rename workspace' }).click();
  await p.getByLabel('Workspace name').fill(name);
  await dialog(p, 'Rename workspace').getByRole('button', { name: 'Save' }).click();
}

async function invite(p: Page, email: string, role: string): Promise<void> {
  await p.getByRole('button', { name: 'Invite member' }).click();
  const box = dialog(p, 'Invite member');
  await box.getByLabel('E-mail address').fill(email);
  await box.getByLabel('Role').selectOption(role);
  await box.getByRole('button', { name: 'Send invite' }).click();
}

const securityChange = (p: Page, setting: string) =>
  p.locator('.setting').filter({ hasText: setting }).getByRole('button', { name: 'Change' });

// ---- Agenda ----
const contactRow = (p: Page, name: string) => p.getByRole('row').filter({ hasText: name });

async function editCell(p: Page, name: string, field: 'Phone' | 'Company', value: string): Promise<void> {
  const row = contactRow(p, name);
  if (field === 'Phone') await row.locator('td').nth(2).locator('.val').dblclick();
  else {
    await row.hover();
    await row.getByRole('button', { name: 'Edit company' }).click();
  }
  await p.getByRole('textbox', { name: `${field} of ${name}` }).fill(value);
  await p.keyboard.press('Enter');
}

interface Meeting {
  title: string;
  typed: string;
  /** The suggestion to pick; none when the typed name matches no contact. */
  pick?: string;
  /** The day button's name, e.g. `Thursday 10 December 2026`. */
  day: string;
  nextMonth?: boolean;
}

async function scheduleMeeting(p: Page, m: Meeting): Promise<void> {
  await p.getByRole('button', { name: 'New meeting' }).click();
  const box = dialog(p, 'New meeting');
  await box.getByPlaceholder('Add title').fill(m.title);
  await box.getByRole('combobox', { name: 'With' }).fill(m.typed);
  if (m.pick) await box.getByRole('option', { name: m.pick, exact: true }).click();
  else await box.getByText('No contact matches').waitFor();
  if (m.nextMonth) await box.getByRole('button', { name: 'Next month' }).click();
  await box.getByRole('button', { name: m.day }).click();
  await box.getByRole('button', { name: 'Save meeting' }).click();
}

const prefSwitch = (p: Page, text: string) =>
  p.locator('.pref').filter({ hasText: text }).getByRole('switch');

// ---- Boutique ----
const productCard = (p: Page, sku: string) => p.locator(`product-card[sku="${sku}"]`);

async function addToBag(p: Page, sku: string, qty = 1): Promise<void> {
  const card = productCard(p, sku);
  for (let i = 1; i < qty; i++) await card.getByRole('button', { name: 'Increase quantity' }).click();
  await card.getByText('Add to bag', { exact: true }).click();
}

interface CheckoutInput {
  name: string;
  address: string;
  postcode: string;
  express?: boolean;
  promo?: string;
}

async function checkout(p: Page, o: CheckoutInput): Promise<void> {
  await p.getByRole('button', { name: 'Open bag' }).click();
  await p.getByRole('dialog', { name: 'Your bag' }).getByRole('button', { name: 'Checkout' }).click();
  const form = p.frameLocator('iframe[title="Checkout"]');
  await form.getByLabel('Full name').fill(o.name);
  await form.getByLabel('Street address').fill(o.address);
  await form.getByLabel('Postcode').fill(o.postcode);
  if (o.express) await form.getByRole('radio', { name: /Express/ }).check();
  if (o.promo) {
    await form.getByLabel('Promo code').fill(o.promo);
    await form.getByRole('button', { name: 'Apply' }).click();
  }
  await form.getByRole('button', { name: 'Place order' }).click();
}

export const REFERENCE_4: Record<string, (page: Page) => Promise<void>> = {
  'admin-rename-workspace': async (p) => {
    await renameWorkspace(p, 'Orbit Labs');
    await p.getByRole('heading', { name: 'Orbit Labs' }).waitFor();
  },
  'admin-grace-admin': async (p) => {
    await memberRow(p, 'Grace Hopper').getByRole('button', { name: 'Edit' }).click();
    const box = dialog(p, 'Edit Grace Hopper');
    await box.getByLabel('Role').selectOption('Admin');
    await box.getByRole('button', { name: 'Save' }).click();
  },
  'admin-ken-research': async (p) => {
    await memberRow(p, 'Ken Thompson').getByRole('button', { name: 'Edit' }).click();
    const box = dialog(p, 'Edit Ken Thompson');
    await box.getByRole('button', { name: 'Choose team…' }).click();
    const picker = dialog(p, 'Choose a team');
    await picker.getByLabel('Research').check();
    await picker.getByRole('button', { name: 'Select' }).click();
    await box.getByRole('button', { name: 'Save' }).click();
  },
  'admin-remove-liskov': (p) => removeMember(p, 'Barbara Liskov'),
  'admin-remove-undo': async (p) => {
    await removeMember(p, 'Alan Turing');
    await p.getByRole('button', { name: 'Undo' }).click();
  },
  'admin-session-timeout': async (p) => {
    await securityChange(p, 'Session timeout').click();
    const box = dialog(p, 'Session timeout');
    await box.getByLabel('Sign members out after').selectOption('1 hour');
    await box.getByRole('button', { name: 'Save' }).click();
  },
  'admin-require-2fa': async (p) => {
    await securityChange(p, 'Two-factor authentication').click();
    const box = dialog(p, 'Two-factor authentication');
    await box.getByLabel('Required for everyone').check();
    await box.getByRole('button', { name: 'Save' }).click();
    await dialog(p, 'Require two-factor authentication?').getByRole('button', { name: 'Require' }).click();
  },
  'admin-invite-sam': async (p) => {
    await invite(p, 'sam@acme.test', 'Editor');
    await p.getByText('sam@acme.test — Editor (pending)').waitFor();
  },
  'admin-remove-owner': async (p) => {
    await removeMember(p, 'Ada Lovelace');
    await p.getByText('The workspace owner can’t be removed.').waitFor();
  },
  'admin-rename-taken': async (p) => {
    await renameWorkspace(p, 'Globex');
    await p.getByText('“Globex” is already taken by another workspace.').waitFor();
  },
  'admin-invite-outside': async (p) => {
    await invite(p, 'sam@gmail.com', 'Viewer');
    await p.getByText('Only acme.test addresses can be invited.').waitFor();
  },

  'agenda-phone-grace': (p) => editCell(p, 'Grace Hopper', 'Phone', '555-0199'),
  'agenda-company-ken': (p) => editCell(p, 'Ken Thompson', 'Company', 'Bell Labs'),
  'agenda-favourite-alan': async (p) => {
    await contactRow(p, 'Alan Turing').click({ button: 'right' });
    await p.getByRole('menuitem', { name: 'Add to favourites' }).click();
  },
  'agenda-meeting-ada': (p) =>
    scheduleMeeting(p, {
      title: 'Design review',
      typed: 'Ada',
      pick: 'Ada Lovelace',
      day: 'Thursday 10 December 2026',
    }),
  'agenda-meeting-january': (p) =>
    scheduleMeeting(p, {
      title: 'Budget sync',
      typed: 'Barb',
      pick: 'Barbara Liskov',
      day: 'Tuesday 5 January 2027',
      nextMonth: true,
    }),
  'agenda-week-monday': (p) => prefSwitch(p, 'Week starts on Monday').click(),
  'agenda-hide-weekends': (p) => prefSwitch(p, 'Show weekends').click(),
  'agenda-delete-ken': async (p) => {
    await contactRow(p, 'Ken Thompson').click({ button: 'right' });
    await p.getByRole('menuitem', { name: 'Delete contact' }).click();
    await dialog(p, 'Delete contact').getByRole('button', { name: 'Delete' }).click();
  },
  'agenda-phone-letters': async (p) => {
    await editCell(p, 'Alan Turing', 'Phone', 'call-me-maybe');
    await p.getByText('Not a valid phone number').waitFor();
  },
  'agenda-meeting-unknown': async (p) => {
    await scheduleMeeting(p, { title: 'Coffee', typed: 'Linus Torvalds', day: 'Wednesday 9 December 2026' });
    await p.getByText('Pick someone from your contacts.').waitFor();
  },

  'boutique-add-scarf': (p) => addToBag(p, 'scarf'),
  'boutique-three-shirts': (p) => addToBag(p, 'shirt', 3),
  'boutique-rate-belt': async (p) => {
    const card = productCard(p, 'belt');
    await card.getByRole('tab', { name: 'Reviews' }).click();
    await card.getByRole('radio', { name: '4 stars' }).click();
  },
  'boutique-save-tote': (p) => productCard(p, 'tote').getByRole('button', { name: 'Save for later' }).click(),
  'boutique-shipping-tab': (p) => productCard(p, 'shirt').getByRole('tab', { name: 'Shipping' }).click(),
  'boutique-checkout-belt': async (p) => {
    await addToBag(p, 'belt');
    await checkout(p, {
      name: 'Ada Lovelace',
      address: '12 Analytical Row',
      postcode: 'AB1 2CD',
      express: true,
    });
    await p.frameLocator('iframe[title="Checkout"]').getByText('Thank you!').waitFor();
  },
  'boutique-sold-out-tote': async (p) => {
    await addToBag(p, 'tote');
    await productCard(p, 'tote').getByText('Sorry, this item just sold out').waitFor();
  },
  'boutique-five-scarves': async (p) => {
    await addToBag(p, 'scarf', 5);
    await productCard(p, 'scarf').getByText('Added ✓').waitFor();
  },
  'boutique-promo-expired': async (p) => {
    await addToBag(p, 'shirt');
    await checkout(p, { name: 'Alan Turing', address: '1 Hut Lane', postcode: 'MK3 6EB', promo: 'WINTER50' });
    await p.frameLocator('iframe[title="Checkout"]').getByText('WINTER50 expired').waitFor();
  },
};
