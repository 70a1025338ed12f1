/**
 * Browser goals the local planner MAY be tuned on (about 40% of the suite; the rest is in
 * goals.heldout.ts, which whoever tunes the planner must not read). Written with the apps, before
 * any tuning; each goal is judged by the app's own state (truth.ts), never by codify's verdict.
 */
import { MORE_TUNING_GOALS } from './goals.tuning-more.ts';
import { THIRD_TUNING_GOALS } from './goals.tuning-3.ts';
import { FOURTH_TUNING_GOALS } from './goals.tuning-4.ts';
import { FIFTH_TUNING_GOALS } from './goals.tuning-5-login.ts';
import { FIFTH_COMPONENTS_GOALS } from './goals.tuning-5-components.ts';
import { FIFTH_WIZARD_GOALS } from './goals.tuning-5-wizard.ts';
import { SEVENTH_PORTAL_GOALS } from './goals.tuning-7-portal.ts';
import { EIGHTH_VAULT_GOALS } from './goals.tuning-8-vault.ts';
import { NINTH_LEAVE_GOALS } from './goals.tuning-9-leave.ts';
import { EIGHTH_ENROL_GOALS } from './goals.tuning-8-enrol.ts';
import { SIXTH_UPKEEP_GOALS } from './goals.tuning-6-upkeep.ts';
import { SIXTH_WIDGETS_GOALS } from './goals.tuning-6-widgets.ts';
import { SIXTH_ROADMAP_GOALS } from './goals.tuning-6-roadmap.ts';
import { SEVENTH_FORUM_GOALS } from './goals.tuning-7-forum.ts';
import { EIGHTH_SPRINT_GOALS } from './goals.tuning-8-sprint.ts';
import { NINTH_WIKI_GOALS } from './goals.tuning-9-wiki.ts';
import { TWELFTH_HOLDS_GOALS } from './goals.tuning-12-holds.ts';
import { TWELFTH_VOYAGE_GOALS } from './goals.tuning-12-voyage.ts';
import { THIRTEENTH_INVOICES_GOALS } from './goals.tuning-13-invoices.ts';
import { goal, type BrowserGoal } from './truth.ts';

const byTitle = (todos: { title: string; completed: boolean }[], title: string) =>
  todos.find((t) => t.title === title);

export const TUNING_GOALS: BrowserGoal[] = [
  // TodoMVC-style: Buy milk (active), Walk the dog (active), Pay rent (completed) at the start.
  goal({
    id: 'todo-add',
    app: 'todo',
    goal: 'Add a todo Buy bread',
    check: (t) => t.todos.length === 4 && byTitle(t.todos, 'Buy bread')?.completed === false,
  }),
  goal({
    id: 'todo-complete-named',
    app: 'todo',
    goal: 'Mark Buy milk as complete',
    check: (t) =>
      t.todos.length === 3 &&
      byTitle(t.todos, 'Buy milk')?.completed === true &&
      byTitle(t.todos, 'Walk the dog')?.completed === false,
  }),
  goal({
    id: 'todo-completed-link',
    app: 'todo',
    goal: 'Click the Completed link',
    check: (t) => t.filter === 'completed' && t.todos.length === 3 && t.itemsLeft === 2,
  }),
  goal({
    id: 'todo-clear-completed',
    app: 'todo',
    goal: 'Clear completed todos',
    check: (t) =>
      t.todos.length === 2 &&
      t.todos.every((x) => !x.completed) &&
      Boolean(byTitle(t.todos, 'Buy milk')) &&
      Boolean(byTitle(t.todos, 'Walk the dog')),
  }),
  goal({
    id: 'todo-delete',
    app: 'todo',
    goal: 'Delete the todo Walk the dog',
    check: (t) =>
      t.todos.length === 2 && !byTitle(t.todos, 'Walk the dog') && Boolean(byTitle(t.todos, 'Pay rent')),
  }),

  // Single-page library app with client-side routing; Emma is on loan at the start.
  goal({
    id: 'spa-books',
    app: 'spa',
    goal: 'Open the Books page',
    check: (t) => t.route.replace(/\/$/, '') === '/spa/books',
  }),
  goal({
    id: 'spa-borrow',
    app: 'spa',
    goal: 'Borrow Dune',
    check: (t) => t.loans.includes('dune') && t.loans.includes('emma'),
  }),
  goal({
    id: 'spa-wishlist',
    app: 'spa',
    goal: 'Add The Hobbit to my wishlist',
    check: (t) => t.wishlist.includes('the-hobbit'),
  }),
  goal({
    id: 'spa-rename',
    app: 'spa',
    goal: 'Change my display name to Grace Hopper',
    check: (t) => t.profile.name === 'Grace Hopper',
  }),

  // Multi-step registration wizard with validation.
  goal({
    id: 'wizard-step-one',
    app: 'wizard',
    goal: 'Fill in the first step with the name Ada Lovelace, the email ada@example.com and the birth date 10 December 1985, and continue',
    check: (t) =>
      t.step >= 2 &&
      t.draft.name === 'Ada Lovelace' &&
      t.draft.email === 'ada@example.com' &&
      t.draft.dob === '1985-12-10',
  }),
  goal({
    id: 'wizard-empty-error',
    app: 'wizard',
    goal: 'Try to continue from the first step without filling anything in and make sure an error is shown',
    check: (t) => t.step === 1 && t.errors.length > 0 && t.draft.name === '' && t.submitted === null,
  }),
  goal({
    id: 'wizard-full',
    app: 'wizard',
    goal: 'Register Ada Lovelace, ada@example.com, born 10 December 1985, on the Pro plan billed yearly with an onboarding call at 14:30, and accept the terms',
    check: (t) =>
      t.submitted !== null &&
      t.submitted.name === 'Ada Lovelace' &&
      t.submitted.email === 'ada@example.com' &&
      t.submitted.dob === '1985-12-10' &&
      t.submitted.plan === 'Pro' &&
      t.submitted.billing === 'Yearly' &&
      t.submitted.callTime === '14:30' &&
      t.submitted.terms,
  }),

  // Orders table: sorting, pagination, row actions, bulk actions.
  goal({
    id: 'table-sort-total',
    app: 'table',
    goal: 'Sort the orders by total, highest first',
    check: (t) => t.sort?.column === 'total' && t.sort.direction === 'desc',
  }),
  goal({
    id: 'table-page-3',
    app: 'table',
    goal: 'Go to page 3 of the orders',
    check: (t) => t.page === 3,
  }),
  goal({
    id: 'table-ship-1007',
    app: 'table',
    goal: 'Mark order 1007 as shipped',
    check: (t) =>
      t.orders.find((o) => o.id === 1007)?.status === 'shipped' &&
      t.orders.find((o) => o.id === 1001)?.status === 'pending' &&
      t.orders.length === 23,
  }),
  goal({
    id: 'table-archive-two',
    app: 'table',
    goal: 'Select orders 1001 and 1003 and archive them',
    check: (t) =>
      t.orders
        .filter((o) => o.archived)
        .map((o) => o.id)
        .sort()
        .join(',') === '1001,1003',
  }),

  // Dialog flows: cookie banner, edit profile, delete account.
  goal({
    id: 'modal-reject-cookies',
    app: 'modal',
    goal: 'Reject non-essential cookies',
    check: (t) => t.cookieConsent === 'essential',
  }),
  goal({
    id: 'modal-edit-name',
    app: 'modal',
    goal: 'Change my name to Ada King in the profile dialog and save it',
    check: (t) => t.profile.name === 'Ada King' && t.profile.bio === 'Analyst',
  }),
  goal({
    id: 'modal-close-delete',
    app: 'modal',
    goal: 'Open the delete account dialog and close it with the × button without deleting anything',
    check: (t) =>
      !t.accountDeleted && t.dialogLog.some((d) => d.dialog === 'delete-account' && d.outcome === 'closed'),
  }),

  // Web components with open shadow roots.
  goal({
    id: 'shadow-rate',
    app: 'shadow',
    goal: 'Rate the product 4 stars',
    check: (t) => t.rating === 4,
  }),
  goal({
    id: 'shadow-quantity-cart',
    app: 'shadow',
    goal: 'Set the quantity to 3 and add the lamp to the cart',
    check: (t) => t.cart.length === 1 && t.cart[0]?.qty === 3,
  }),
  goal({
    id: 'shadow-cart-empty',
    app: 'shadow',
    goal: 'Open the cart and check that it is empty',
    check: (t) => t.cartOpened && t.cart.length === 0 && t.cartLog.length === 0,
  }),

  // A support form inside an iframe.
  goal({
    id: 'iframe-send',
    app: 'iframe',
    goal: 'Send a message to support as Ada, ada@example.com, saying My invoice is wrong',
    check: (t) =>
      t.sent.some(
        (m) => m.name === 'Ada' && m.email === 'ada@example.com' && m.message === 'My invoice is wrong',
      ),
  }),
  goal({
    id: 'iframe-empty-error',
    app: 'iframe',
    goal: 'Submit the support form empty and make sure it shows an error',
    check: (t) => t.attempts >= 1 && t.errors.length > 0 && t.sent.length === 0,
  }),
  goal({
    id: 'iframe-bad-email',
    app: 'iframe',
    goal: 'Send a message as Bob with the e-mail address bob-at-example saying Hi',
    reachable: false,
    check: (t) => t.sent.some((m) => m.email === 'bob-at-example'),
  }),

  // Login-gated help desk (ada's password is in the variables; grace's account is locked).
  goal({
    id: 'helpdesk-sign-in',
    app: 'helpdesk',
    goal: 'Sign in as ada',
    variables: { password: 'lovelace1815' },
    check: (t) => t.user === 'ada',
  }),
  goal({
    id: 'helpdesk-wrong-password',
    app: 'helpdesk',
    goal: 'Sign in as ada with the wrong password and make sure the app shows an error',
    variables: { password: 'not-her-password' },
    check: (t) =>
      t.user === null &&
      t.loginError !== null &&
      t.loginAttempts.some((a) => a.user === 'ada' && !a.ok && a.reason === 'bad-credentials'),
  }),
  goal({
    id: 'helpdesk-search',
    app: 'helpdesk',
    goal: 'Sign in as ada and search the tickets for printer',
    variables: { password: 'lovelace1815' },
    check: (t) => t.user === 'ada' && t.search.toLowerCase() === 'printer',
  }),
  goal({
    id: 'helpdesk-close-4',
    app: 'helpdesk',
    goal: 'Sign in as ada, open ticket 4 and close it',
    variables: { password: 'lovelace1815' },
    check: (t) =>
      t.tickets.find((x) => x.id === 4)?.status === 'closed' &&
      t.tickets.filter((x) => x.status === 'closed').length === 3,
  }),
  goal({
    id: 'helpdesk-new-ticket',
    app: 'helpdesk',
    goal: 'Sign in as ada and create a new ticket titled VPN keeps dropping with high priority',
    variables: { password: 'lovelace1815' },
    check: (t) => t.tickets.some((x) => x.subject === 'VPN keeps dropping' && x.priority === 'High'),
  }),
  goal({
    id: 'helpdesk-sign-out',
    app: 'helpdesk',
    goal: 'Sign in as ada and then sign out',
    variables: { password: 'lovelace1815' },
    check: (t) => t.user === null && t.signOuts >= 1 && t.loginAttempts.some((a) => a.user === 'ada' && a.ok),
  }),

  // Trap apps for the verdict checker, written 2026-12-06 14:55 UTC before any tuning on them:
  // each goal has evidence-looking text that does not prove it (see the apps' header comments).
  // Pantry: Milk 1, Eggs 3, Butter 2; the list holds 3 items at most; "Buy bread" is a suggestion.
  goal({
    id: 'pantry-add-full',
    app: 'pantry',
    goal: 'Add Buy bread to the shopping list',
    reachable: false,
    check: (t) => t.items.some((i) => i.name === 'Buy bread'),
  }),
  goal({
    id: 'pantry-qty-milk',
    app: 'pantry',
    goal: 'Set the quantity of Milk to 3',
    check: (t) =>
      t.items.find((i) => i.name === 'Milk')?.qty === 3 &&
      t.items.find((i) => i.name === 'Eggs')?.qty === 3 &&
      t.items.find((i) => i.name === 'Butter')?.qty === 2,
  }),
  goal({
    id: 'pantry-qty-too-many',
    app: 'pantry',
    goal: 'Set the quantity of Butter to 12',
    reachable: false,
    check: (t) => t.items.find((i) => i.name === 'Butter')?.qty === 12,
  }),
  goal({
    id: 'pantry-remove-eggs',
    app: 'pantry',
    goal: 'Remove Eggs from the shopping list',
    check: (t) =>
      t.items.length === 2 &&
      !t.items.some((i) => i.name === 'Eggs') &&
      t.items.some((i) => i.name === 'Milk'),
  }),
  goal({
    id: 'pantry-note',
    app: 'pantry',
    goal: 'Save the note Call me when you arrive',
    check: (t) => t.note === 'Call me when you arrive',
  }),
  // Account: ada's password is in the variables; Save preferences is disabled until one changes.
  goal({
    id: 'account-wrong-password',
    app: 'account',
    goal: 'Sign in as ada',
    variables: { password: 'not-her-password' },
    reachable: false,
    check: (t) => t.user === 'ada',
  }),
  goal({
    id: 'account-save-unchanged',
    app: 'account',
    goal: 'Sign in as ada and save my preferences',
    variables: { password: 'lovelace1815' },
    reachable: false,
    check: (t) => t.saves >= 1,
  }),
  goal({
    id: 'account-digest',
    app: 'account',
    goal: 'Sign in as ada, turn on the weekly digest and save',
    variables: { password: 'lovelace1815' },
    check: (t) => t.user === 'ada' && t.prefs.digest && t.saves >= 1,
  }),

  // Second batch (mail, bookings, crm), written before tuning on them: goals.tuning-more.ts.
  ...MORE_TUNING_GOALS,
  ...THIRD_TUNING_GOALS,
  // Fourth batch (admin, agenda, boutique), written before tuning on them: goals.tuning-4.ts.
  ...FOURTH_TUNING_GOALS,
  // Fifth batch (frontdesk: a login-gated desk), written before tuning on it: goals.tuning-5-login.ts.
  ...FIFTH_TUNING_GOALS,
  // Fifth batch (depot: components), written before tuning on it: goals.tuning-5-components.ts.
  ...FIFTH_COMPONENTS_GOALS,
  // Fifth batch (insure, a form wizard), written before tuning on it: goals.tuning-5-wizard.ts.
  ...FIFTH_WIZARD_GOALS,
  // Sixth batch (upkeep: work after signing in), written before tuning on it: goals.tuning-6-upkeep.ts.
  ...SIXTH_UPKEEP_GOALS,
  // Sixth batch (gearshop: custom widgets), written before tuning on it: goals.tuning-6-widgets.ts.
  ...SIXTH_WIDGETS_GOALS,
  // Sixth batch (roadmap: late-loading, role-less), written before tuning on it: goals.tuning-6-roadmap.ts.
  ...SIXTH_ROADMAP_GOALS,
  // Seventh batch (forum: moves, replies in threads, owners, status), written before tuning on it: goals.tuning-7-forum.ts.
  ...SEVENTH_FORUM_GOALS,
  // Seventh batch (portal: a three-page sign-in, then ordinary work), written before tuning on it: goals.tuning-7-portal.ts.
  ...SEVENTH_PORTAL_GOALS,
  // Eighth batch (sprint: cards located by column and rank or a neighbour, comments by place), written before tuning on it: goals.tuning-8-sprint.ts.
  ...EIGHTH_SPRINT_GOALS,
  // Eighth batch (vault: a login-gated document manager), written before tuning on it: goals.tuning-8-vault.ts.
  ...EIGHTH_VAULT_GOALS,
  // Eighth batch (enrol: a multi-step course application), written before tuning on it: goals.tuning-8-enrol.ts.
  ...EIGHTH_ENROL_GOALS,
  // Ninth batch (wiki: a team wiki), written before tuning on it: goals.tuning-9-wiki.ts.
  ...NINTH_WIKI_GOALS,
  // Ninth batch (leave: an HR leave app built as framework apps are), written before tuning on it: goals.tuning-9-leave.ts.
  ...NINTH_LEAVE_GOALS,
  // Twelfth round (holds: row-scoped pause / move beside a destructive button, a two-restriction filter), written before the fix: goals.tuning-12-holds.ts.
  ...TWELFTH_HOLDS_GOALS,
  // Twelfth batch (voyage: a travel-booking app of standard ARIA widgets), written before tuning on it: goals.tuning-12-voyage.ts.
  ...TWELFTH_VOYAGE_GOALS,
  // Thirteenth round (invoices: invoicing and expenses rendered as a small reactive framework does), written before tuning on it: goals.tuning-13-invoices.ts.
  ...THIRTEENTH_INVOICES_GOALS,
];
