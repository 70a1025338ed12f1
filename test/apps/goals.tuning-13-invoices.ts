/**
 * Thirteenth round of tuning goals (issue 10), WRITTEN BEFORE TUNING, blind to the held-out apps.
 * The app (public/invoices/) is an invoicing and expenses app behind a sign-in, built the way a
 * small reactive framework renders: one state object and the whole root re-rendered (innerHTML)
 * on every change; event delegation on the root with role-less `data-action` spans/divs (Mark as
 * paid, Send reminder, Void invoice, Delete, Add expense, Save expense, Sign out); no ids; inputs
 * labelled only by a placeholder or by the text beside them; custom dropdowns made of divs (the
 * list's status filter and the new invoice's currency carry combobox/listbox/option roles and
 * aria-selected; the client picker and the expense category carry no role at all); a per-row
 * actions menu (role=menu) behind a role-less "⋯"; a confirm dialog before voiding or deleting;
 * toasts that vanish after 3 s; History-API routes; a three-step "New invoice" form (client,
 * currency, due date / lines / review with "Save as draft" beside "Send invoice") whose errors
 * show on Next. Sign-in first; the hint names the demo account (mia@billfold.test / Harbor-7);
 * joe@billfold.test / Cedar-5 is view-only. Today in the app is Mon 11 Jan 2027.
 * Invoices: INV-1001 Acme Corp £1,200.00 due 15 Jan 2027 Sent; INV-1002 Brightside Ltd £450.00
 * Paid; INV-1003 Acme Corp £980.50 (annual report layout) due 28 Feb 2027 Draft; INV-1004 Corvid
 * Labs €2,300.00 due 31 Dec 2026 Overdue; INV-1005 Brightside Ltd £75.00 Draft. Expenses: Train to
 * Leeds £86.40, Figma subscription £12.00.
 *
 * Written 2026-12-08 from 03:10 UTC by the engineer of branch wip13/newapp BEFORE changing any
 * planner code, without reading the held-out sets. Every goal starts signed out. Phrasings vary:
 * no word about signing in for most, credentials with a slash; amounts with £ / € / $, in words
 * ("38.50 pounds") or per day; dates in words ("the 15th of February 2027", "8 Jan 2027"); an
 * ordinal row; traps where the obvious action is wrong (Acme has a January invoice sent and a
 * February draft; two drafts; Void beside Delete; the currency defaults to GBP and the category to
 * General; "Send invoice" is the obvious last button when a draft is asked). Four goals the app
 * refuses (deleting a paid invoice, a view-only account marking paid, a due date in the past, an
 * expense over £1,000) where any pass is false. Included in TUNING_GOALS (goals.tuning.ts).
 *
 * BASELINE before tuning (local planner at 2e09e90, `npm run -s bench:browser-goals -- --set tuning
 * --app invoices --no-export`, 2026-12-08 03:14 UTC, bench/results/invoices-baseline.txt): 0/16
 * reached (4 refused), 0 false passes, 9 unverified, 11 failed.
 */
import { goal, type BrowserGoal, type Invoice, type InvoicesExpense, type InvoicesTruth } from './truth.ts';

const MIA = 'mia@billfold.test';
type Shape = Pick<Invoice, 'client' | 'currency' | 'due' | 'status' | 'reminders' | 'total'>;
/** The invoices as the app starts. */
const START: Record<string, Shape> = {
  'INV-1001': {
    client: 'Acme Corp',
    currency: 'GBP',
    due: '2027-01-15',
    status: 'Sent',
    reminders: 0,
    total: 1200,
  },
  'INV-1002': {
    client: 'Brightside Ltd',
    currency: 'GBP',
    due: '2026-12-20',
    status: 'Paid',
    reminders: 0,
    total: 450,
  },
  'INV-1003': {
    client: 'Acme Corp',
    currency: 'GBP',
    due: '2027-02-28',
    status: 'Draft',
    reminders: 0,
    total: 980.5,
  },
  'INV-1004': {
    client: 'Corvid Labs',
    currency: 'EUR',
    due: '2026-12-31',
    status: 'Overdue',
    reminders: 0,
    total: 2300,
  },
  'INV-1005': {
    client: 'Brightside Ltd',
    currency: 'GBP',
    due: '2027-01-31',
    status: 'Draft',
    reminders: 0,
    total: 75,
  },
};
const START_EXPENSES = 2;

/**
 * Every starting invoice as it was but for `changes` (or gone when listed in `deleted`), exactly
 * `created` new invoices, and no expense added.
 */
const kept = (
  t: InvoicesTruth,
  changes: Record<string, Partial<Shape>> = {},
  created = 0,
  deleted: string[] = [],
) =>
  t.created.length === created &&
  t.deleted.length === deleted.length &&
  deleted.every((id) => t.deleted.includes(id)) &&
  t.createdExpenses.length === 0 &&
  t.expenses.length === START_EXPENSES &&
  t.invoices.length === Object.keys(START).length - deleted.length + created &&
  Object.entries(START).every(([id, start]) => {
    const i = t.invoices.find((x) => x.id === id);
    if (deleted.includes(id)) return i === undefined;
    const want = { ...start, ...changes[id] };
    return i !== undefined && (Object.keys(want) as (keyof Shape)[]).every((k) => i[k] === want[k]);
  });
/** The one invoice made by the goal, when it made exactly one and changed nothing else. */
const made = (t: InvoicesTruth): Invoice | undefined =>
  kept(t, {}, 1) ? t.invoices.find((i) => i.id === t.created[0]) : undefined;
/** The one expense added by the goal, when nothing else changed. */
const spent = (t: InvoicesTruth): InvoicesExpense | undefined =>
  t.createdExpenses.length === 1 &&
  t.expenses.length === START_EXPENSES + 1 &&
  t.created.length === 0 &&
  t.deleted.length === 0 &&
  Object.entries(START).every(([id, s]) => t.invoices.find((i) => i.id === id)?.status === s.status)
    ? t.expenses.find((x) => x.id === t.createdExpenses[0])
    : undefined;
const lineIs = (i: Invoice, k: number, description: RegExp, qty: number, price: number) =>
  i.lines[k] !== undefined &&
  description.test(i.lines[k].description) &&
  i.lines[k].qty === qty &&
  i.lines[k].price === price;

export const THIRTEENTH_INVOICES_GOALS: BrowserGoal[] = [
  // Acme has a January invoice (sent) and a February draft.
  goal({
    id: 'invoices-acme-paid-january',
    app: 'invoices',
    goal: 'Acme paid their January invoice, record the payment',
    check: (t) => t.user === MIA && kept(t, { 'INV-1001': { status: 'Paid' } }),
  }),
  goal({
    id: 'invoices-nudge-corvid',
    app: 'invoices',
    goal: 'Nudge Corvid Labs about the invoice they still owe us',
    check: (t) => {
      const i = t.invoices.find((x) => x.id === 'INV-1004');
      return (
        t.user === MIA &&
        i !== undefined &&
        i.reminders >= 1 &&
        kept(t, { 'INV-1004': { reminders: i.reminders } })
      );
    },
  }),
  goal({
    id: 'invoices-remind-1001',
    app: 'invoices',
    goal: 'send a payment reminder for invoice 1001',
    check: (t) => {
      const i = t.invoices.find((x) => x.id === 'INV-1001');
      return (
        t.user === MIA &&
        i !== undefined &&
        i.reminders >= 1 &&
        kept(t, { 'INV-1001': { reminders: i.reminders } })
      );
    },
  }),
  // Void and Delete sit side by side; the overdue one is to be voided, not deleted.
  goal({
    id: 'invoices-void-overdue',
    app: 'invoices',
    goal: 'Void the overdue invoice',
    check: (t) => t.user === MIA && kept(t, { 'INV-1004': { status: 'Void' } }),
  }),
  // Two drafts: £980.50 for Acme and £75 for Brightside.
  goal({
    id: 'invoices-delete-75-draft',
    app: 'invoices',
    goal: 'Get rid of the £75 draft',
    check: (t) => t.user === MIA && kept(t, {}, 0, ['INV-1005']),
  }),
  goal({
    id: 'invoices-send-annual-report',
    app: 'invoices',
    goal: 'Send Acme the draft for the annual report layout',
    check: (t) => t.user === MIA && kept(t, { 'INV-1003': { status: 'Sent' } }),
  }),
  // The status filter is a div combobox with listbox / option roles.
  goal({
    id: 'invoices-only-overdue',
    app: 'invoices',
    goal: 'Show me only overdue invoices',
    check: (t) => t.user === MIA && t.view === 'list' && t.filter === 'Overdue' && kept(t),
  }),
  // An ordinal row.
  goal({
    id: 'invoices-open-second',
    app: 'invoices',
    goal: 'Open the second invoice in the list',
    check: (t) => t.user === MIA && t.view === 'invoice' && t.openInvoice === 'INV-1002' && kept(t),
  }),
  goal({
    id: 'invoices-find-brightside',
    app: 'invoices',
    goal: "Find all of Brightside's invoices",
    check: (t) =>
      t.user === MIA &&
      t.view === 'list' &&
      /brightside/i.test(t.query) &&
      t.filter === 'All statuses' &&
      kept(t),
  }),
  // The client picker is a role-less div dropdown; "bill" means the invoice goes out.
  goal({
    id: 'invoices-bill-brightside-hosting',
    app: 'invoices',
    goal: 'Bill Brightside Ltd £320 for website hosting, due 31 January 2027',
    check: (t) => {
      const i = made(t);
      return (
        t.user === MIA &&
        i?.client === 'Brightside Ltd' &&
        i.currency === 'GBP' &&
        i.lines.length === 1 &&
        lineIs(i, 0, /hosting/i, 1, 320) &&
        i.due === '2027-01-31' &&
        i.status === 'Sent'
      );
    },
  }),
  // Currency defaults to GBP; "Send invoice" is the obvious last button, a draft is asked.
  goal({
    id: 'invoices-draft-corvid-euros',
    app: 'invoices',
    goal: "Draft an invoice to Corvid Labs in euros for 2 days of consulting at €600 a day, due on the 15th of February 2027, but don't send it yet",
    check: (t) => {
      const i = made(t);
      return (
        i?.client === 'Corvid Labs' &&
        i.currency === 'EUR' &&
        i.lines.length === 1 &&
        lineIs(i, 0, /consult/i, 2, 600) &&
        i.due === '2027-02-15' &&
        i.status === 'Draft'
      );
    },
  }),
  // Two lines: "+ Add another line" is a role-less span.
  goal({
    id: 'invoices-acme-two-lines',
    app: 'invoices',
    goal: 'Invoice Acme Corp for design work (£800) and printing (£150), due 1 March 2027, and send it',
    check: (t) => {
      const i = made(t);
      return (
        i?.client === 'Acme Corp' &&
        i.currency === 'GBP' &&
        i.lines.length === 2 &&
        i.lines.some((_, k) => lineIs(i, k, /design/i, 1, 800)) &&
        i.lines.some((_, k) => lineIs(i, k, /print/i, 1, 150)) &&
        i.due === '2027-03-01' &&
        i.status === 'Sent'
      );
    },
  }),
  goal({
    id: 'invoices-delta-dollars',
    app: 'invoices',
    goal: 'Send Delta Freight a $1,250.00 invoice for tracking software setup, payable by 20 January 2027',
    check: (t) => {
      const i = made(t);
      return (
        i?.client === 'Delta Freight' &&
        i.currency === 'USD' &&
        i.lines.length === 1 &&
        lineIs(i, 0, /setup|software/i, 1, 1250) &&
        i.due === '2027-01-20' &&
        i.status === 'Sent'
      );
    },
  }),
  // The category is a role-less div dropdown that defaults to General.
  goal({
    id: 'invoices-expense-taxi',
    app: 'invoices',
    goal: 'Add an expense: taxi to the airport, 38.50 pounds, on 6 January 2027, category Travel',
    check: (t) => {
      const x = spent(t);
      return (
        t.user === MIA &&
        x !== undefined &&
        /taxi/i.test(x.description) &&
        x.amount === 38.5 &&
        x.date === '2027-01-06' &&
        x.category === 'Travel'
      );
    },
  }),
  goal({
    id: 'invoices-expense-lunch',
    app: 'invoices',
    goal: 'Log a client lunch at Nopi, £64.20, paid 8 Jan 2027, as a meal',
    check: (t) => {
      const x = spent(t);
      return (
        x !== undefined &&
        /lunch|nopi/i.test(x.description) &&
        x.amount === 64.2 &&
        x.date === '2027-01-08' &&
        x.category === 'Meals'
      );
    },
  }),
  // Several parts; Sign out is a role-less span.
  goal({
    id: 'invoices-expenses-then-sign-out',
    app: 'invoices',
    goal: 'Sign in as mia@billfold.test / Harbor-7, look at the expenses, then log out',
    check: (t) =>
      t.signIns >= 1 && t.seen.includes('expenses') && t.signOuts >= 1 && t.user === null && kept(t),
  }),
  // Refused: a paid invoice cannot be deleted.
  goal({
    id: 'invoices-delete-paid-refused',
    app: 'invoices',
    goal: 'Delete the invoice Brightside already paid',
    reachable: false,
    check: (t) => t.deleted.includes('INV-1002'),
  }),
  // Refused: the account is view-only.
  goal({
    id: 'invoices-viewer-marks-paid',
    app: 'invoices',
    goal: 'Sign in as joe@billfold.test with password Cedar-5 and mark INV-1001 as paid',
    reachable: false,
    check: (t) => t.invoices.some((i) => i.id === 'INV-1001' && i.status === 'Paid'),
  }),
  // Refused: a due date in the past.
  goal({
    id: 'invoices-due-in-past',
    app: 'invoices',
    goal: 'Invoice Corvid Labs €90 for a support call, due 1 December 2026',
    reachable: false,
    check: (t) => t.invoices.some((i) => t.created.includes(i.id) && i.due === '2026-12-01'),
  }),
  // Refused: over £1,000 needs a purchase order.
  goal({
    id: 'invoices-expense-laptop',
    app: 'invoices',
    goal: 'Claim £1,250 for the new laptop I bought on 4 January 2027',
    reachable: false,
    check: (t) => t.expenses.some((x) => t.createdExpenses.includes(x.id) && x.amount === 1250),
  }),
];
