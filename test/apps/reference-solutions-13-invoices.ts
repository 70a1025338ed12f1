import type { Locator, Page } from 'playwright-core';

/**
 * Reference solutions for the thirteenth round of tuning goals (goals.tuning-13-invoices.ts: an
 * invoicing and expenses app rendered as a small reactive framework does), WRITTEN BEFORE TUNING
 * by hand with the app (2026-12-08, branch wip13/newapp): plain Playwright that reaches each goal,
 * or for the goals the app refuses, tries them the way a user would and sees the refusal. The app
 * re-renders its whole root on every change, so every step looks its element up again (Playwright
 * locators do); fields are found by placeholder or by the text beside them.
 */

const MIA = { email: 'mia@billfold.test', password: 'Harbor-7' };
const JOE = { email: 'joe@billfold.test', password: 'Cedar-5' };

async function signIn(p: Page, who = MIA): Promise<void> {
  await p.getByPlaceholder('Work email').fill(who.email);
  await p.getByPlaceholder('Password').fill(who.password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('heading', { name: 'Invoices' }).waitFor();
}

const nav = (p: Page, name: string) =>
  p.getByRole('navigation').getByRole('link', { name, exact: true }).click();
const toast = (p: Page, text: string | RegExp) => p.locator('.toast').filter({ hasText: text }).waitFor();
/** A role-less data-action control by its text. */
const control = (p: Page | Locator, text: string) =>
  p.locator('[data-action]').filter({ hasText: new RegExp(`^${text}$`) });
/** The control in the `.row` block whose label text is `label`. */
const field = (p: Page, label: string, control = 'input, .dd'): Locator =>
  p
    .locator('.row')
    .filter({ has: p.locator('.lbl', { hasText: new RegExp(`^${label}$`) }) })
    .locator(control)
    .first();

async function openInvoice(p: Page, id: string): Promise<void> {
  await p.getByRole('link', { name: id, exact: true }).click();
  await p.getByRole('heading', { name: new RegExp(`^${id}`) }).waitFor();
}

/** Signs in, opens `id`'s page and presses the role-less `action` there. */
async function onInvoice(p: Page, id: string, action: string): Promise<void> {
  await signIn(p);
  await openInvoice(p, id);
  await control(p, action).click();
}

interface Draft {
  client: string;
  currency?: 'EUR – Euro' | 'USD – US dollar';
  due: string;
  lines: { description: string; qty?: string; price: string }[];
  finish: 'Save as draft' | 'Send invoice';
}

async function newInvoice(p: Page, d: Draft): Promise<void> {
  await signIn(p);
  await nav(p, 'New invoice');
  await field(p, 'Bill to').click();
  await p.locator('.dd-list [data-action="pick"]', { hasText: d.client }).click();
  if (d.currency) {
    await p.getByRole('combobox', { name: 'Currency' }).click();
    await p.getByRole('option', { name: d.currency }).click();
  }
  await field(p, 'Due date').fill(d.due);
  await p.getByRole('button', { name: 'Next' }).click();
  for (const [k, l] of d.lines.entries()) {
    if (k > 0) await control(p, '\\+ Add another line').click();
    await p.getByPlaceholder('Description').nth(k).fill(l.description);
    if (l.qty) await p.getByPlaceholder('Qty').nth(k).fill(l.qty);
    await p.getByPlaceholder('Unit price').nth(k).fill(l.price);
  }
  await p.getByRole('button', { name: 'Next' }).click();
  await p.getByRole('button', { name: d.finish }).click();
}

interface Expense {
  description: string;
  amount: string;
  date: string;
  category?: string;
}

async function expense(p: Page, x: Expense): Promise<void> {
  await signIn(p);
  await nav(p, 'Expenses');
  await control(p, 'Add expense').click();
  await p.getByPlaceholder('What was it for?').fill(x.description);
  await p.getByPlaceholder('Amount in £').fill(x.amount);
  await field(p, 'Paid on').fill(x.date);
  if (x.category) {
    await field(p, 'Category').click();
    await p.locator('.dd-list [data-action="pick"]', { hasText: x.category }).click();
  }
  await control(p, 'Save expense').click();
}

export const REFERENCE_13_INVOICES: Record<string, (page: Page) => Promise<void>> = {
  'invoices-acme-paid-january': async (p) => {
    await onInvoice(p, 'INV-1001', 'Mark as paid');
    await toast(p, 'marked as paid');
  },
  'invoices-nudge-corvid': async (p) => {
    await onInvoice(p, 'INV-1004', 'Send reminder');
    await toast(p, 'Reminder sent');
  },
  'invoices-remind-1001': async (p) => {
    // Through the row's actions menu this time.
    await signIn(p);
    await p.getByRole('row').filter({ hasText: 'INV-1001' }).locator('[data-action="menu"]').click();
    await p.getByRole('menuitem', { name: 'Send reminder' }).click();
    await toast(p, 'Reminder sent');
  },
  'invoices-void-overdue': async (p) => {
    await onInvoice(p, 'INV-1004', 'Void invoice');
    await p.getByRole('dialog').getByRole('button', { name: 'Void' }).click();
    await toast(p, 'voided');
  },
  'invoices-delete-75-draft': async (p) => {
    await signIn(p);
    await p.getByRole('row').filter({ hasText: '£75.00' }).locator('[data-action="menu"]').click();
    await p.getByRole('menuitem', { name: 'Delete' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await toast(p, 'deleted');
  },
  'invoices-send-annual-report': async (p) => {
    await onInvoice(p, 'INV-1003', 'Send invoice');
    await toast(p, 'sent to Acme Corp');
  },
  'invoices-only-overdue': async (p) => {
    await signIn(p);
    await p.getByRole('combobox', { name: 'Status' }).click();
    await p.getByRole('option', { name: 'Overdue' }).click();
  },
  'invoices-open-second': async (p) => {
    await signIn(p);
    await p.getByRole('row').nth(2).getByRole('link').click();
    await p.getByRole('heading', { name: /^INV-1002/ }).waitFor();
  },
  'invoices-find-brightside': async (p) => {
    await signIn(p);
    await p.getByPlaceholder('Search invoices…').fill('Brightside');
  },
  'invoices-bill-brightside-hosting': async (p) => {
    await newInvoice(p, {
      client: 'Brightside Ltd',
      due: '2027-01-31',
      lines: [{ description: 'Website hosting', price: '320' }],
      finish: 'Send invoice',
    });
    await toast(p, 'sent to Brightside Ltd');
  },
  'invoices-draft-corvid-euros': async (p) => {
    await newInvoice(p, {
      client: 'Corvid Labs',
      currency: 'EUR – Euro',
      due: '2027-02-15',
      lines: [{ description: 'Consulting', qty: '2', price: '600' }],
      finish: 'Save as draft',
    });
    await toast(p, 'saved as a draft');
  },
  'invoices-acme-two-lines': async (p) => {
    await newInvoice(p, {
      client: 'Acme Corp',
      due: '2027-03-01',
      lines: [
        { description: 'Design work', price: '800' },
        { description: 'Printing', price: '150' },
      ],
      finish: 'Send invoice',
    });
    await toast(p, 'sent to Acme Corp');
  },
  'invoices-delta-dollars': async (p) => {
    await newInvoice(p, {
      client: 'Delta Freight',
      currency: 'USD – US dollar',
      due: '2027-01-20',
      lines: [{ description: 'Tracking software setup', price: '1,250.00' }],
      finish: 'Send invoice',
    });
    await toast(p, 'sent to Delta Freight');
  },
  'invoices-expense-taxi': async (p) => {
    await expense(p, {
      description: 'Taxi to the airport',
      amount: '38.50',
      date: '2027-01-06',
      category: 'Travel',
    });
    await toast(p, 'Expense saved');
  },
  'invoices-expense-lunch': async (p) => {
    await expense(p, {
      description: 'Client lunch at Nopi',
      amount: '64.20',
      date: '2027-01-08',
      category: 'Meals',
    });
    await toast(p, 'Expense saved');
  },
  'invoices-expenses-then-sign-out': async (p) => {
    await signIn(p);
    await nav(p, 'Expenses');
    await p.getByRole('heading', { name: 'Expenses' }).waitFor();
    await control(p, 'Sign out').click();
    await p.getByPlaceholder('Work email').waitFor();
  },
  'invoices-delete-paid-refused': async (p) => {
    await onInvoice(p, 'INV-1002', 'Delete');
    await toast(p, "Paid invoices can't be deleted.");
  },
  'invoices-viewer-marks-paid': async (p) => {
    await signIn(p, JOE);
    await openInvoice(p, 'INV-1001');
    await p.getByText('You have view-only access.').waitFor();
  },
  'invoices-due-in-past': async (p) => {
    await signIn(p);
    await nav(p, 'New invoice');
    await field(p, 'Bill to').click();
    await p.locator('.dd-list [data-action="pick"]', { hasText: 'Corvid Labs' }).click();
    await p.getByRole('combobox', { name: 'Currency' }).click();
    await p.getByRole('option', { name: 'EUR – Euro' }).click();
    await field(p, 'Due date').fill('2026-12-01');
    await p.getByRole('button', { name: 'Next' }).click();
    await p.getByText("The due date can't be in the past.").waitFor();
  },
  'invoices-expense-laptop': async (p) => {
    await expense(p, { description: 'New laptop', amount: '1250', date: '2027-01-04', category: 'Office' });
    await p.getByText('Expenses over £1,000 need a purchase order.', { exact: false }).waitFor();
  },
};
