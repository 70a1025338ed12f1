import type { Page } from 'playwright-core';

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
};
