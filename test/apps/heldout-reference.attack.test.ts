// HELD-OUT — whoever tunes the local planner must NOT read this file: it solves the held-out goals
// of goals.heldout.ts (frozen 2026-12-06 11:40 UTC) by hand, to prove each can be reached on its app
// (or, for goals the app refuses, that trying leaves the truth false).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { HELDOUT_GOALS } from './goals.heldout.ts';
import { REFERENCE as TUNING_REFERENCE } from './reference-solutions.ts';
import { startApps } from './server.ts';

const signIn = (p: Page) => TUNING_REFERENCE['helpdesk-sign-in']!(p);

async function wizardStepOne(p: Page, name: string, email: string, dob: string): Promise<void> {
  await p.locator('#name').fill(name);
  await p.getByLabel('Email address').fill(email);
  await p.getByLabel('Date of birth').fill(dob);
  await p.getByRole('button', { name: 'Next' }).click();
}

async function contact(p: Page, fields: { name: string; email: string; message: string }): Promise<void> {
  const form = p.frameLocator('#support');
  await form.getByLabel('Your name').fill(fields.name);
  await form.getByLabel('E-mail').fill(fields.email);
  await form.locator('#message').fill(fields.message);
}

const REFERENCE: Record<string, (page: Page) => Promise<void>> = {
  'todo-active-filter': (p) => p.getByRole('link', { name: 'Active' }).click(),
  'todo-rename': async (p) => {
    await p.getByText('Buy milk').dblclick();
    await p.locator('li.editing .edit').fill('Buy oat milk');
    await p.keyboard.press('Enter');
  },
  'todo-mark-all': (p) => p.getByText('Mark all as complete').click(),
  'todo-second': (p) => p.getByRole('listitem').nth(1).getByRole('checkbox').check(),
  'todo-two-then-filter': async (p) => {
    for (const title of ['Call mom', 'Book flights']) {
      await p.getByPlaceholder('What needs to be done?').fill(title);
      await p.keyboard.press('Enter');
    }
    await p.getByRole('link', { name: 'Completed' }).click();
  },
  'todo-uncheck': (p) =>
    p.getByRole('listitem').filter({ hasText: 'Pay rent' }).getByRole('checkbox').uncheck(),
  'todo-items-left': (p) =>
    p.getByRole('listitem').filter({ hasText: 'Buy milk' }).getByRole('checkbox').check(),
  'spa-autocomplete': async (p) => {
    await p.getByRole('searchbox', { name: 'Search books' }).pressSequentially('neuro');
    await p.getByText('Neuromancer — William Gibson').click();
  },
  'spa-return': async (p) => {
    await p.getByRole('link', { name: 'My loans' }).click();
    await p.getByRole('listitem').filter({ hasText: 'Emma' }).getByRole('button', { name: 'Return' }).click();
  },
  'spa-loans-observe': (p) => p.getByRole('link', { name: 'My loans' }).click(),
  'spa-borrow-then-loans': async (p) => {
    await p.getByRole('link', { name: 'Books' }).click();
    await p.getByText('Beloved').click();
    await p.getByRole('button', { name: 'Borrow' }).click();
    await p.getByRole('link', { name: 'My loans' }).click();
  },
  'spa-newsletter': async (p) => {
    await p.getByRole('link', { name: 'Account' }).click();
    await p.getByRole('checkbox').check();
    await p.getByRole('button', { name: 'Save changes' }).click();
  },
  'spa-open-ulysses': async (p) => {
    await p.getByRole('link', { name: 'Books' }).click();
    await p.getByText('Ulysses').click();
  },
  'wizard-basic': async (p) => {
    await wizardStepOne(p, 'Alan Turing', 'alan@example.com', '1992-06-23');
    await p.getByRole('button', { name: 'Next' }).click();
    await p.getByRole('checkbox').check();
    await p.getByRole('button', { name: 'Review' }).click();
    await p.getByRole('button', { name: 'Submit registration' }).click();
  },
  'wizard-invalid-email': async (p) => {
    await p.getByLabel('Email address').fill('ada-at-example');
    await p.getByRole('button', { name: 'Next' }).click();
  },
  'wizard-back': async (p) => {
    await wizardStepOne(p, 'Grace Hopper', 'grace@example.com', '1990-12-09');
    await p.getByLabel('Plan').selectOption('Plus');
    await p.getByRole('button', { name: 'Back' }).click();
  },
  'wizard-underage': async (p) => {
    await wizardStepOne(p, 'Tim Young', 'tim@example.com', '2015-03-01');
    await p.getByText('You must be 18 or older to register.').waitFor();
  },
  'wizard-terms-error': async (p) => {
    await wizardStepOne(p, 'Ada Lovelace', 'ada@example.com', '1985-12-10');
    await p.getByRole('button', { name: 'Next' }).click();
    await p.getByRole('button', { name: 'Review' }).click();
  },
  'table-refund-1012': async (p) => {
    await p.getByRole('link', { name: '2', exact: true }).click();
    await p.getByRole('button', { name: 'Actions for order 1012' }).click();
    await p.getByRole('menuitem', { name: 'Refund' }).click();
  },
  'table-filter-pending': async (p) => {
    await p.getByLabel('Status').selectOption('Pending');
  },
  'table-sort-customer-open-first': async (p) => {
    await p.getByText('Customer', { exact: true }).click();
    await p.getByRole('row').nth(1).getByRole('link').click();
  },
  'table-ship-1019': async (p) => {
    await p.getByRole('link', { name: 'Next ›' }).click();
    await p.getByRole('button', { name: 'Actions for order 1019' }).click();
    await p.getByRole('menuitem', { name: 'Mark as shipped' }).click();
  },
  'table-delete-1005': async (p) => {
    await p.getByRole('button', { name: 'Actions for order 1005' }).click();
    await p.getByRole('menuitem', { name: 'Delete' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  },
  'table-open-zoe': async (p) => {
    await p.getByRole('link', { name: '2', exact: true }).click();
    await p.getByRole('row').filter({ hasText: 'Zoe Martin' }).getByRole('link').click();
  },
  'modal-cancel-edit': async (p) => {
    await p.getByRole('button', { name: 'Edit profile' }).click();
    await p.getByLabel('Bio').fill('Mathematician');
    await p.getByRole('button', { name: 'Cancel' }).click();
  },
  'modal-delete-account': async (p) => {
    await p.getByRole('button', { name: 'Delete account' }).click();
    await p.getByLabel('Type DELETE to confirm').fill('DELETE');
    await p.getByRole('button', { name: 'Delete my account' }).click();
  },
  'modal-share-editor': async (p) => {
    await p.getByRole('button', { name: 'Share' }).click();
    await p.getByPlaceholder('name@company.com').fill('bob@example.com');
    await p.getByLabel('Permission').selectOption('Editor');
    await p.getByRole('button', { name: 'Send invite' }).click();
  },
  'modal-shortcuts': (p) => p.getByRole('button', { name: 'Keyboard shortcuts' }).click(),
  'shadow-color': (p) => p.getByText('Forest green', { exact: true }).click(),
  'shadow-review': async (p) => {
    await p.locator('review-form textarea').fill('Great lamp, very bright');
    await p.getByRole('button', { name: 'Post review' }).click();
  },
  'shadow-two-blue': async (p) => {
    await p.getByText('Ocean blue', { exact: true }).click();
    await p.getByRole('button', { name: 'Increase quantity' }).click();
    await p.getByRole('button', { name: 'Add to cart' }).click();
  },
  'shadow-add-remove': async (p) => {
    await p.getByRole('button', { name: 'Add to cart' }).click();
    await p.getByRole('button', { name: 'Cart (1)' }).click();
    await p.getByRole('button', { name: 'Remove Aurora desk lamp, Sand' }).click();
  },
  'iframe-billing': async (p) => {
    await contact(p, { name: 'Alan', email: 'alan@example.com', message: 'Where is my refund?' });
    const form = p.frameLocator('#support');
    await form.getByLabel('Topic').selectOption('Billing');
    await form.getByRole('button', { name: 'Send message' }).click();
  },
  'iframe-callback': async (p) => {
    await contact(p, { name: 'Grace', email: 'grace@example.com', message: 'My laptop will not start' });
    const form = p.frameLocator('#support');
    await form.getByLabel('Topic').selectOption('Technical issue');
    await form.getByLabel('Preferred call-back time').fill('09:30');
    await form.getByRole('button', { name: 'Send message' }).click();
  },
  'iframe-updates': async (p) => {
    await contact(p, { name: 'Linus', email: 'linus@example.com', message: 'Hello there' });
    const form = p.frameLocator('#support');
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Send message' }).click();
  },
  'helpdesk-locked-grace': async (p) => {
    await p.getByLabel('Username').fill('grace');
    await p.getByLabel('Password').fill('hopper1906');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('alert').filter({ hasText: 'locked' }).waitFor();
  },
  'helpdesk-notifications-off': async (p) => {
    await signIn(p);
    await p.getByText('ada ▾').hover();
    await p.getByRole('menuitem', { name: 'Settings' }).click();
    await p.getByRole('checkbox').uncheck();
    await p.getByRole('button', { name: 'Save settings' }).click();
  },
  'helpdesk-assign-printer': async (p) => {
    await signIn(p);
    await p.getByRole('row').filter({ hasText: 'Printer' }).click();
    await p.getByRole('button', { name: 'Assign to me' }).click();
  },
  'helpdesk-comment': async (p) => {
    await signIn(p);
    await p.getByRole('row').filter({ hasText: '#2' }).click();
    await p.getByLabel('Add a comment').fill('Rebooted the router');
    await p.getByRole('button', { name: 'Post comment' }).click();
  },
  'helpdesk-timezone': async (p) => {
    await signIn(p);
    await p.getByText('ada ▾').hover();
    await p.getByRole('menuitem', { name: 'Settings' }).click();
    await p.getByLabel('Time zone').selectOption('Europe/London');
    await p.getByRole('button', { name: 'Save settings' }).click();
  },
  'helpdesk-due-date': async (p) => {
    await signIn(p);
    await p.getByRole('link', { name: 'New ticket' }).click();
    await p.getByLabel('Subject').fill('Broken monitor');
    await p.getByPlaceholder('Start typing a customer').pressSequentially('glob');
    await p.getByText('Globex', { exact: true }).click();
    await p.getByLabel('Due date').fill('2027-01-15');
    await p.getByRole('button', { name: 'Create ticket' }).click();
  },
  'helpdesk-open-filter': async (p) => {
    await signIn(p);
    await p.getByRole('link', { name: 'Open', exact: true }).click();
  },
  'helpdesk-compact': async (p) => {
    await signIn(p);
    await p.getByText('ada ▾').hover();
    await p.getByRole('menuitem', { name: 'Settings' }).click();
    await p.getByLabel('Compact').check();
    await p.getByRole('button', { name: 'Save settings' }).click();
  },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('held-out reference solutions', () => {
  it('cover every held-out goal', () => {
    expect(Object.keys(REFERENCE).sort()).toEqual(HELDOUT_GOALS.map((g) => g.id).sort());
  });

  it.each(HELDOUT_GOALS.map((g) => [g.id, g] as const))('%s', async (_id, goal) => {
    const apps = await startApps();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(apps.url(goal.app));
      await REFERENCE[goal.id]!(page);
      expect(errors).toEqual([]);
      expect(goal.check(await apps.settledTruth(goal.app))).toBe(goal.reachable);
    } finally {
      await context.close();
      await apps.close();
    }
  });
});
