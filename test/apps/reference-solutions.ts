import type { Page } from 'playwright-core';
import { REFERENCE_3 } from './reference-solutions-3.ts';
import { REFERENCE_4 } from './reference-solutions-4.ts';
import { REFERENCE_5 } from './reference-solutions-5.ts';
import { REFERENCE_5_COMPONENTS } from './reference-solutions-5-components.ts';
import { REFERENCE_5_WIZARD } from './reference-solutions-5-wizard.ts';
import { REFERENCE_6_UPKEEP } from './reference-solutions-6-upkeep.ts';
import { REFERENCE_7_PORTAL } from './reference-solutions-7-portal.ts';
import { REFERENCE_8_VAULT } from './reference-solutions-8-vault.ts';
import { REFERENCE_9_LEAVE } from './reference-solutions-9-leave.ts';
import { REFERENCE_12_HOLDS } from './reference-solutions-12-holds.ts';
import { REFERENCE_12_VOYAGE } from './reference-solutions-12-voyage.ts';
import { REFERENCE_8_ENROL } from './reference-solutions-8-enrol.ts';
import { REFERENCE_9_WIKI } from './reference-solutions-9-wiki.ts';
import { REFERENCE_6_WIDGETS } from './reference-solutions-6-widgets.ts';
import { REFERENCE_6_ROADMAP } from './reference-solutions-6-roadmap.ts';
import { REFERENCE_7_FORUM } from './reference-solutions-7-forum.ts';
import { REFERENCE_8_SPRINT } from './reference-solutions-8-sprint.ts';
import { REFERENCE_13_INVOICES } from './reference-solutions-13-invoices.ts';

/**
 * Reference solutions: scripted Playwright actions, written by hand, that reach tuning goals (or,
 * for goals the app refuses, try and fail). They prove the truth checks can pass, not only fail.
 */
export const REFERENCE: Record<string, (page: Page) => Promise<void>> = {
  'todo-add': async (p) => {
    await p.getByPlaceholder('What needs to be done?').fill('Buy bread');
    await p.keyboard.press('Enter');
  },
  'todo-complete-named': async (p) => {
    await p.getByRole('listitem').filter({ hasText: 'Buy milk' }).getByRole('checkbox').check();
  },
  'todo-completed-link': async (p) => {
    await p.getByRole('link', { name: 'Completed' }).click();
  },
  'todo-clear-completed': async (p) => {
    await p.getByRole('button', { name: 'Clear completed' }).click();
  },
  'todo-delete': async (p) => {
    const item = p.getByRole('listitem').filter({ hasText: 'Walk the dog' });
    await item.hover();
    await item.getByRole('button', { name: 'Delete' }).click();
  },
  'spa-books': async (p) => {
    await p.getByRole('link', { name: 'Books' }).click();
  },
  'spa-borrow': async (p) => {
    await p.getByRole('link', { name: 'Books' }).click();
    await p.getByText('Dune', { exact: true }).click();
    await p.getByRole('button', { name: 'Borrow' }).click();
  },
  'spa-wishlist': async (p) => {
    await p.getByRole('link', { name: 'Books' }).click();
    await p.getByText('The Hobbit').click();
    await p.getByRole('button', { name: 'Add to wishlist' }).click();
  },
  'spa-rename': async (p) => {
    await p.getByRole('link', { name: 'Account' }).click();
    await p.getByRole('textbox').last().fill('Grace Hopper');
    await p.getByRole('button', { name: 'Save changes' }).click();
  },
  'wizard-step-one': async (p) => {
    await p.locator('#name').fill('Ada Lovelace');
    await p.getByLabel('Email address').fill('ada@example.com');
    await p.getByLabel('Date of birth').fill('1985-12-10');
    await p.getByRole('button', { name: 'Next' }).click();
  },
  'wizard-empty-error': async (p) => {
    await p.getByRole('button', { name: 'Next' }).click();
  },
  'wizard-full': async (p) => {
    await REFERENCE['wizard-step-one']!(p);
    await p.getByLabel('Plan').selectOption('Pro');
    await p.getByLabel('Yearly').check();
    await p.getByRole('button', { name: 'Next' }).click();
    await p.getByLabel('Onboarding call time (optional)').fill('14:30');
    await p.getByRole('checkbox').check();
    await p.getByRole('button', { name: 'Review' }).click();
    await p.getByRole('button', { name: 'Submit registration' }).click();
  },
  'table-sort-total': async (p) => {
    await p.getByText('Total', { exact: true }).click();
    await p.getByText('Total ▲').click();
  },
  'table-page-3': async (p) => {
    await p.getByRole('link', { name: '3', exact: true }).click();
  },
  'table-ship-1007': async (p) => {
    await p.getByRole('button', { name: 'Actions for order 1007' }).click();
    await p.getByRole('menuitem', { name: 'Mark as shipped' }).click();
  },
  'table-archive-two': async (p) => {
    await p.getByRole('checkbox', { name: 'Select order 1001' }).check();
    await p.getByRole('checkbox', { name: 'Select order 1003' }).check();
    await p.getByRole('button', { name: 'Archive selected' }).click();
  },
  'modal-reject-cookies': async (p) => {
    await p.getByRole('button', { name: 'Reject non-essential' }).click();
  },
  'modal-edit-name': async (p) => {
    await p.getByRole('button', { name: 'Edit profile' }).click();
    await p.getByLabel('Name').fill('Ada King');
    await p.getByRole('button', { name: 'Save' }).click();
  },
  'modal-close-delete': async (p) => {
    await p.getByRole('button', { name: 'Delete account' }).click();
    await p.getByRole('button', { name: 'Close' }).click();
  },
  'shadow-rate': async (p) => {
    await p.getByRole('button', { name: 'Rate 4 out of 5' }).click();
  },
  'shadow-quantity-cart': async (p) => {
    await p.getByRole('spinbutton', { name: 'Quantity' }).fill('3');
    await p.getByRole('spinbutton', { name: 'Quantity' }).press('Tab');
    await p.getByRole('button', { name: 'Add to cart' }).click();
  },
  'shadow-cart-empty': async (p) => {
    await p.getByRole('button', { name: 'Cart (0)' }).click();
  },
  'iframe-send': async (p) => {
    const form = p.frameLocator('#support');
    await form.getByLabel('Your name').fill('Ada');
    await form.getByLabel('E-mail').fill('ada@example.com');
    await form.locator('#message').fill('My invoice is wrong');
    await form.getByRole('button', { name: 'Send message' }).click();
  },
  'iframe-empty-error': async (p) => {
    await p.frameLocator('#support').getByRole('button', { name: 'Send message' }).click();
  },
  'iframe-bad-email': async (p) => {
    const form = p.frameLocator('#support');
    await form.getByLabel('Your name').fill('Bob');
    await form.getByLabel('E-mail').fill('bob-at-example');
    await form.locator('#message').fill('Hi');
    await form.getByRole('button', { name: 'Send message' }).click();
  },
  'helpdesk-sign-in': async (p) => {
    await p.getByLabel('Username').fill('ada');
    await p.getByLabel('Password').fill('lovelace1815');
    await p.getByRole('button', { name: 'Sign in' }).click();
  },
  'helpdesk-wrong-password': async (p) => {
    await p.getByLabel('Username').fill('ada');
    await p.getByLabel('Password').fill('not-her-password');
    await p.getByRole('button', { name: 'Sign in' }).click();
  },
  'helpdesk-search': async (p) => {
    await REFERENCE['helpdesk-sign-in']!(p);
    await p.getByPlaceholder('Search tickets').fill('printer');
    await p.getByRole('button', { name: 'Search' }).click();
  },
  'helpdesk-close-4': async (p) => {
    await REFERENCE['helpdesk-sign-in']!(p);
    await p.getByRole('row').filter({ hasText: '#4' }).click();
    await p.getByRole('button', { name: 'Close ticket' }).click();
  },
  'helpdesk-new-ticket': async (p) => {
    await REFERENCE['helpdesk-sign-in']!(p);
    await p.getByRole('link', { name: 'New ticket' }).click();
    await p.getByLabel('Subject').fill('VPN keeps dropping');
    await p.getByLabel('Priority').selectOption('High');
    await p.getByRole('button', { name: 'Create ticket' }).click();
  },
  'helpdesk-sign-out': async (p) => {
    await REFERENCE['helpdesk-sign-in']!(p);
    await p.getByText('ada ▾').hover();
    await p.getByRole('menuitem', { name: 'Sign out' }).click();
  },
  'pantry-add-full': async (p) => {
    await p.getByLabel('New item').fill('Buy bread');
    await p.getByRole('button', { name: 'Add' }).click();
  },
  'pantry-qty-milk': async (p) => {
    await p.getByRole('listitem').filter({ hasText: 'Milk' }).getByLabel('Quantity').fill('3');
    await p.getByRole('listitem').filter({ hasText: 'Milk' }).getByLabel('Quantity').blur();
  },
  'pantry-qty-too-many': async (p) => {
    await p.getByRole('listitem').filter({ hasText: 'Butter' }).getByLabel('Quantity').fill('12');
    await p.getByRole('listitem').filter({ hasText: 'Butter' }).getByLabel('Quantity').blur();
  },
  'pantry-remove-eggs': async (p) => {
    await p.getByRole('listitem').filter({ hasText: 'Eggs' }).getByRole('button', { name: 'Remove' }).click();
  },
  'pantry-note': async (p) => {
    await p.getByLabel('Note', { exact: true }).fill('Call me when you arrive');
    await p.getByRole('button', { name: 'Save note' }).click();
  },
  'account-wrong-password': async (p) => {
    await p.getByLabel('Username').fill('ada');
    await p.getByLabel('Password').fill('not-her-password');
    await p.getByRole('button', { name: 'Sign in' }).click();
  },
  'account-save-unchanged': async (p) => {
    await p.getByLabel('Username').fill('ada');
    await p.getByLabel('Password').fill('lovelace1815');
    await p.getByRole('button', { name: 'Sign in' }).click();
    // The button stays disabled: nothing changed, nothing to save.
    await p.getByRole('button', { name: 'Save preferences' }).click({ force: true });
  },
  'account-digest': async (p) => {
    await p.getByLabel('Username').fill('ada');
    await p.getByLabel('Password').fill('lovelace1815');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByLabel('Weekly digest').check();
    await p.getByRole('button', { name: 'Save preferences' }).click();
  },

  // Second batch (mail, bookings, crm), written with the apps before tuning on them.
  'mail-open-second': async (p) => {
    await p.locator('.row').nth(1).click();
  },
  'mail-star-turing': async (p) => {
    await p.locator('.row').filter({ hasText: 'Alan Turing' }).getByRole('button', { name: 'Star' }).click();
  },
  'mail-unstar-orbit': async (p) => {
    await p
      .locator('.row')
      .filter({ hasText: 'Orbit figures attached' })
      .getByRole('button', { name: 'Star' })
      .click();
  },
  'mail-trash-invoice': async (p) => {
    const row = p.locator('.row').filter({ hasText: 'Your invoice' });
    await row.hover();
    await row.getByRole('button', { name: 'Move to trash' }).click();
  },
  'mail-archive-folder': async (p) => {
    await p.getByRole('link', { name: 'Archive' }).click();
  },
  'mail-search-invoice': async (p) => {
    await p.getByPlaceholder('Search mail').fill('invoice');
    await p.getByPlaceholder('Search mail').press('Enter');
  },
  'mail-compose-grace': async (p) => {
    await p.getByRole('button', { name: 'New message' }).click();
    const dialog = p.getByRole('dialog', { name: 'New message' });
    await dialog.locator('.to').fill('Grace Hop');
    await dialog.getByText('Grace Hopper <grace@navy.mil>').click();
    await dialog.locator('.subject').fill('Compiler notes');
    await dialog.locator('textarea').fill('See you at 3');
    await dialog.getByRole('button', { name: 'Send' }).click();
  },
  'mail-send-unknown': async (p) => {
    await p.getByRole('button', { name: 'New message' }).click();
    const dialog = p.getByRole('dialog', { name: 'New message' });
    await dialog.locator('.to').fill('Charles Babbage');
    await dialog.locator('textarea').fill('Hello');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await dialog.getByText('We couldn’t find').waitFor();
  },
  'mail-context-unread': async (p) => {
    await p.locator('.row').filter({ hasText: 'Katherine Johnson' }).click({ button: 'right' });
    await p.getByText('Mark as unread', { exact: true }).click();
  },
  'mail-delete-undo': async (p) => {
    const row = p.locator('.row').filter({ hasText: 'Newsletter' });
    await row.hover();
    await row.getByRole('button', { name: 'Move to trash' }).click();
    await p.getByRole('button', { name: 'Undo' }).click();
  },
  'bookings-curie-details': async (p) => {
    await p.getByRole('link', { name: 'Rooms', exact: true }).click();
    await p.getByText('Curie', { exact: true }).click();
  },
  'bookings-book-ada': async (p) => {
    await p.getByRole('link', { name: 'Rooms', exact: true }).click();
    await p.getByText('Ada', { exact: true }).click();
    await p.getByRole('button', { name: 'Book this room' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.locator('input[type=date]').fill('2026-12-18');
    await dialog.getByRole('combobox').selectOption({ label: '2:00 PM' });
    await dialog.getByRole('spinbutton').fill('3');
    await dialog.locator('input').last().fill('Grace Hopper');
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
    await p.waitForURL(/#\/my-bookings$/);
  },
  'bookings-my': async (p) => {
    await p.getByRole('link', { name: 'My bookings' }).click();
  },
  'bookings-cancel-curie': async (p) => {
    await p.getByRole('link', { name: 'My bookings' }).click();
    await p
      .getByRole('row')
      .filter({ hasText: 'Curie' })
      .getByRole('button', { name: 'Cancel booking' })
      .click();
    await p.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  },
  'bookings-keep-babbage': async (p) => {
    await p.getByRole('link', { name: 'My bookings' }).click();
    await p
      .getByRole('row')
      .filter({ hasText: 'Babbage' })
      .getByRole('button', { name: 'Cancel booking' })
      .click();
    await p.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
  },
  'bookings-darwin-five': async (p) => {
    await p.goto(p.url().replace(/#.*$/, '') + '#/rooms/4');
    await p.getByRole('button', { name: 'Book this room' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.locator('input[type=date]').fill('2026-12-15');
    await dialog.getByRole('combobox').selectOption({ label: '10:00 AM' });
    await dialog.getByRole('spinbutton').fill('5');
    await dialog.locator('input').last().fill('Grace');
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
    await dialog.getByText('Darwin seats 2 people at most.').waitFor();
  },
  'bookings-no-name-error': async (p) => {
    await p.getByRole('link', { name: 'Rooms', exact: true }).click();
    await p.getByText('Babbage', { exact: true }).click();
    await p.getByRole('button', { name: 'Book this room' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.locator('input[type=date]').fill('2026-12-16');
    await dialog.getByRole('combobox').selectOption({ label: '9:00 AM' });
    await dialog.getByRole('spinbutton').fill('2');
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
  },
  'bookings-dark-theme': async (p) => {
    await p.getByText('Ada Lovelace ▾').hover();
    await p.getByText('Theme ›').hover();
    await p.getByText('Dark', { exact: true }).click();
  },
  'bookings-past-date': async (p) => {
    await p.goto(p.url().replace(/#.*$/, '') + '#/rooms/3');
    await p.getByRole('button', { name: 'Book this room' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.locator('input[type=date]').fill('2020-01-02');
    await dialog.getByRole('combobox').selectOption({ label: '11:00 AM' });
    await dialog.getByRole('spinbutton').fill('4');
    await dialog.locator('input').last().fill('Ada');
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
    await dialog.getByText('That date is in the past.').waitFor();
  },
  'bookings-edit-guests': async (p) => {
    await p.getByRole('link', { name: 'My bookings' }).click();
    await p.getByRole('row').filter({ hasText: 'Babbage' }).getByRole('button', { name: 'Edit' }).click();
    await p.getByRole('dialog').getByRole('spinbutton').fill('5');
    await p.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
  },
  'crm-page-2': async (p) => {
    await crmSignIn(p, 'maria');
    await p.getByRole('button', { name: '2', exact: true }).click();
  },
  'crm-deactivated': async (p) => {
    await crmSignIn(p, 'tom');
    await p.getByText('This account has been deactivated').waitFor();
  },
  'crm-edit-company': async (p) => {
    await crmSignIn(p, 'maria');
    await p
      .getByRole('row')
      .filter({ hasText: 'Jonas Berg' })
      .getByText('Fabrikam', { exact: true })
      .dblclick();
    await p.getByRole('row').filter({ hasText: 'Jonas Berg' }).getByRole('textbox').fill('Northwind');
    await p.keyboard.press('Enter');
  },
  'crm-priya-customer': async (p) => {
    await crmSignIn(p, 'maria');
    await p.getByRole('button', { name: 'Next ›' }).click();
    await p
      .getByRole('row')
      .filter({ hasText: 'Priya Nair' })
      .getByRole('button', { name: 'More options' })
      .click();
    await p.getByRole('menuitem', { name: 'Mark as customer' }).click();
  },
  'crm-delete-two': async (p) => {
    await crmSignIn(p, 'maria');
    await p.getByRole('checkbox', { name: 'Select Lena Fischer' }).check();
    await p.getByRole('checkbox', { name: 'Select Omar Haddad' }).check();
    await p.getByRole('button', { name: 'Delete selected' }).click();
  },
  'crm-tag-vip': async (p) => {
    await crmSignIn(p, 'maria');
    await p.getByText('Jonas Berg', { exact: true }).click();
    await p.getByRole('button', { name: '+ Add tag' }).click();
    await p.getByText('VIP', { exact: true }).click();
  },
  'crm-deal-emails': async (p) => {
    await crmSignIn(p, 'maria');
    await p.getByRole('link', { name: 'Settings' }).click();
    await p.getByRole('link', { name: 'Notifications' }).click();
    await p.getByLabel('Email me when a deal closes').uncheck();
    await p.getByRole('button', { name: 'Save notification settings' }).click();
  },
  'crm-phone-short': async (p) => {
    await crmSignIn(p, 'maria');
    await p.getByRole('link', { name: 'Settings' }).click();
    await p.locator('.panel input').nth(1).fill('12345');
    await p.getByRole('button', { name: 'Save', exact: true }).click();
  },
  'crm-feedback': async (p) => {
    await crmSignIn(p, 'maria');
    await p.getByRole('link', { name: 'Settings' }).click();
    await p.getByRole('link', { name: 'Feedback' }).click();
    const form = p.frameLocator('#feedback-frame');
    await form.getByLabel('Rating').selectOption('4');
    await form.locator('textarea').fill('Search is slow');
    await form.getByRole('button', { name: 'Send feedback' }).click();
    await form.getByText('Thanks for your feedback!').waitFor();
  },
  'crm-only-leads': async (p) => {
    await crmSignIn(p, 'maria');
    await p.getByLabel('Stage').selectOption('Lead');
  },

  // Third batch (parcels, tracker, notes): reference-solutions-3.ts.
  ...REFERENCE_3,
  // Fourth batch (admin, agenda, boutique): reference-solutions-4.ts.
  ...REFERENCE_4,
  // Fifth batch (frontdesk, a login-gated desk): reference-solutions-5.ts.
  // Fifth batch (depot, components): reference-solutions-5-components.ts.
  ...REFERENCE_5,
  ...REFERENCE_5_COMPONENTS,
  // Fifth batch (insure): reference-solutions-5-wizard.ts.
  ...REFERENCE_5_WIZARD,
  ...REFERENCE_6_UPKEEP,
  ...REFERENCE_6_WIDGETS,
  // Sixth batch (roadmap): reference-solutions-6-roadmap.ts.
  ...REFERENCE_6_ROADMAP,
  // Seventh batch (forum): reference-solutions-7-forum.ts.
  ...REFERENCE_7_FORUM,
  // Seventh batch (portal, a three-page sign-in): reference-solutions-7-portal.ts.
  ...REFERENCE_7_PORTAL,
  // Eighth batch (sprint, cards located by column and rank): reference-solutions-8-sprint.ts.
  ...REFERENCE_8_SPRINT,
  // Eighth batch (vault, a login-gated document manager): reference-solutions-8-vault.ts.
  ...REFERENCE_8_VAULT,
  // Eighth batch (enrol, a multi-step course application): reference-solutions-8-enrol.ts.
  ...REFERENCE_8_ENROL,
  // Ninth batch (wiki, a team wiki): reference-solutions-9-wiki.ts.
  ...REFERENCE_9_WIKI,
  // Ninth batch (leave, an HR leave app built as framework apps are): reference-solutions-9-leave.ts.
  ...REFERENCE_9_LEAVE,
  ...REFERENCE_12_HOLDS,
  // Twelfth batch (voyage, a travel-booking app of standard ARIA widgets): reference-solutions-12-voyage.ts.
  ...REFERENCE_12_VOYAGE,
  // Thirteenth round (invoices, invoicing and expenses rendered as a small reactive framework does): reference-solutions-13-invoices.ts.
  ...REFERENCE_13_INVOICES,
};

async function crmSignIn(p: Page, user: string): Promise<void> {
  await p.getByLabel('Username').fill(user);
  await p.getByLabel('Password').fill('pipeline42');
  await p.getByRole('button', { name: 'Sign in' }).click();
}
