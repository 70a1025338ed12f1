// FORMERLY HELD-OUT GOALS — frozen on 2026-12-06 at 11:40 UTC, before any tuning of the local
// planner, and held out for 8 rounds (last held-out figure: 17/41 reached, 0 false passes).
// RETIRED into tuning on 2026-12-07: they may now be read and tuned on, and their figures are
// tuning figures. The held-out measure is test/apps/heldout2 and test/apps/heldout3. Do not edit
// these goals to fit the planner; a wrong goal is fixed in its own commit that says why.
/**
 * Held-out browser goals (about 60% of the suite; the tuning part is goals.tuning.ts). Each goal is
 * judged by the app's own state (truth.ts), never by codify's verdict.
 */
import { goal, type BrowserGoal } from './truth.ts';

const byTitle = (todos: { title: string; completed: boolean }[], title: string) =>
  todos.find((t) => t.title === title);

export const HELDOUT_GOALS: BrowserGoal[] = [
  // TodoMVC-style: Buy milk (active), Walk the dog (active), Pay rent (completed) at the start.
  goal({
    id: 'todo-active-filter',
    app: 'todo',
    goal: 'Show only the active todos',
    check: (t) => t.filter === 'active' && t.todos.length === 3 && t.itemsLeft === 2,
  }),
  goal({
    id: 'todo-rename',
    app: 'todo',
    goal: 'Rename Buy milk to Buy oat milk',
    check: (t) =>
      t.todos.length === 3 && Boolean(byTitle(t.todos, 'Buy oat milk')) && !byTitle(t.todos, 'Buy milk'),
  }),
  goal({
    id: 'todo-mark-all',
    app: 'todo',
    goal: 'Mark all todos as complete',
    check: (t) => t.todos.length === 3 && t.todos.every((x) => x.completed),
  }),
  goal({
    id: 'todo-second',
    app: 'todo',
    goal: 'Complete the second todo',
    check: (t) =>
      t.todos.length === 3 &&
      byTitle(t.todos, 'Walk the dog')?.completed === true &&
      byTitle(t.todos, 'Buy milk')?.completed === false,
  }),
  goal({
    id: 'todo-two-then-filter',
    app: 'todo',
    goal: 'Add two todos, Call mom and Book flights, then show only the completed ones',
    check: (t) =>
      t.filter === 'completed' &&
      byTitle(t.todos, 'Call mom')?.completed === false &&
      byTitle(t.todos, 'Book flights')?.completed === false,
  }),
  goal({
    id: 'todo-uncheck',
    app: 'todo',
    goal: 'Pay rent is not actually done: mark it as active again',
    check: (t) => t.todos.length === 3 && t.todos.every((x) => !x.completed),
  }),
  goal({
    id: 'todo-items-left',
    app: 'todo',
    goal: 'Complete Buy milk and check that the counter says 1 item left',
    check: (t) =>
      t.todos.length === 3 && byTitle(t.todos, 'Buy milk')?.completed === true && t.itemsLeft === 1,
  }),

  // Single-page library app with client-side routing; Emma is on loan at the start.
  goal({
    id: 'spa-autocomplete',
    app: 'spa',
    goal: 'Type neuro in the search box and pick Neuromancer from the suggestions',
    check: (t) => t.route === '/spa/books/neuromancer',
  }),
  goal({
    id: 'spa-return',
    app: 'spa',
    goal: 'Return Emma',
    check: (t) => !t.loans.includes('emma'),
  }),
  goal({
    id: 'spa-loans-observe',
    app: 'spa',
    goal: 'Go to My loans and check that Emma is listed there',
    check: (t) => t.route.replace(/\/$/, '') === '/spa/loans' && t.loans.includes('emma'),
  }),
  goal({
    id: 'spa-borrow-then-loans',
    app: 'spa',
    goal: 'Borrow Beloved and then go to My loans',
    check: (t) => t.loans.includes('beloved') && t.route.replace(/\/$/, '') === '/spa/loans',
  }),
  goal({
    id: 'spa-newsletter',
    app: 'spa',
    goal: 'Subscribe to the monthly newsletter in my account',
    check: (t) => t.profile.newsletter && t.profile.name === 'Ada',
  }),
  goal({
    id: 'spa-open-ulysses',
    app: 'spa',
    goal: 'Open Ulysses from the list of all books',
    check: (t) => t.route === '/spa/books/ulysses',
  }),

  // Multi-step registration wizard with validation.
  goal({
    id: 'wizard-basic',
    app: 'wizard',
    goal: 'Complete the registration for Alan Turing (alan@example.com, born 23 June 1992) on the Basic plan',
    check: (t) =>
      t.submitted !== null &&
      t.submitted.name === 'Alan Turing' &&
      t.submitted.email === 'alan@example.com' &&
      t.submitted.dob === '1992-06-23' &&
      t.submitted.plan === 'Basic',
  }),
  goal({
    id: 'wizard-invalid-email',
    app: 'wizard',
    goal: 'Enter the email ada-at-example on the first step and check that the wizard refuses it',
    check: (t) =>
      t.step === 1 && t.draft.email === 'ada-at-example' && t.errors.some((e) => e.field === 'email'),
  }),
  goal({
    id: 'wizard-back',
    app: 'wizard',
    goal: 'Fill step one for Grace Hopper, grace@example.com, born 9 December 1990, choose the Plus plan, then go back to step 1',
    check: (t) => t.step === 1 && t.draft.name === 'Grace Hopper' && t.draft.plan === 'Plus',
  }),
  goal({
    id: 'wizard-underage',
    app: 'wizard',
    goal: 'Register Tim Young, tim@example.com, born 1 March 2015, on the Basic plan',
    reachable: false,
    check: (t) => t.submitted?.name === 'Tim Young',
  }),
  goal({
    id: 'wizard-terms-error',
    app: 'wizard',
    goal: 'Go through the wizard as Ada Lovelace (ada@example.com, born 10 December 1985) but try to finish without accepting the terms, and make sure it complains',
    check: (t) => t.step === 3 && t.errors.some((e) => e.field === 'terms') && t.submitted === null,
  }),

  // Orders table: sorting, pagination, row actions, bulk actions.
  goal({
    id: 'table-refund-1012',
    app: 'table',
    goal: 'Refund order 1012',
    check: (t) => t.orders.find((o) => o.id === 1012)?.status === 'refunded' && t.orders.length === 23,
  }),
  goal({
    id: 'table-filter-pending',
    app: 'table',
    goal: 'Show only pending orders',
    check: (t) => t.statusFilter === 'pending',
  }),
  goal({
    id: 'table-sort-customer-open-first',
    app: 'table',
    goal: 'Sort the orders by customer name from A to Z and open the first one',
    check: (t) => {
      const first = t.orders.filter((o) => !o.archived).sort((a, b) => (a.customer < b.customer ? -1 : 1))[0];
      return t.sort?.column === 'customer' && t.sort.direction === 'asc' && t.viewed === first?.id;
    },
  }),
  goal({
    id: 'table-ship-1019',
    app: 'table',
    goal: 'Find order 1019 and mark it as shipped',
    check: (t) => t.orders.find((o) => o.id === 1019)?.status === 'shipped' && t.orders.length === 23,
  }),
  goal({
    id: 'table-delete-1005',
    app: 'table',
    goal: 'Delete order 1005',
    check: (t) => t.deleted.length === 1 && t.deleted[0] === 1005 && t.orders.length === 22,
  }),
  goal({
    id: 'table-open-zoe',
    app: 'table',
    goal: "Open the details of Zoe Martin's order",
    check: (t) => t.viewed === 1020,
  }),

  // Dialog flows: cookie banner, edit profile, share, delete account, help.
  goal({
    id: 'modal-cancel-edit',
    app: 'modal',
    goal: 'Open the profile editor, change the bio to Mathematician, then cancel without saving',
    check: (t) =>
      t.profile.bio === 'Analyst' &&
      t.dialogLog.some(
        (d) => d.dialog === 'edit-profile' && d.outcome === 'cancelled' && d.draft?.bio === 'Mathematician',
      ),
  }),
  goal({
    id: 'modal-delete-account',
    app: 'modal',
    goal: 'Delete my account',
    check: (t) => t.accountDeleted,
  }),
  goal({
    id: 'modal-share-editor',
    app: 'modal',
    goal: 'Share the report with bob@example.com as an editor',
    check: (t) => t.shares.some((s) => s.email === 'bob@example.com' && s.role === 'Editor'),
  }),
  goal({
    id: 'modal-shortcuts',
    app: 'modal',
    goal: 'Open the keyboard shortcuts help',
    check: (t) => t.openDialog === 'shortcuts' || t.dialogLog.some((d) => d.dialog === 'shortcuts'),
  }),

  // Web components with open shadow roots.
  goal({
    id: 'shadow-color',
    app: 'shadow',
    goal: 'Choose the Forest green color',
    check: (t) => t.color === 'Forest green' && t.cart.length === 0,
  }),
  goal({
    id: 'shadow-review',
    app: 'shadow',
    goal: 'Write a review saying Great lamp, very bright and post it',
    check: (t) => t.reviews.includes('Great lamp, very bright'),
  }),
  goal({
    id: 'shadow-two-blue',
    app: 'shadow',
    goal: 'Add 2 Ocean blue lamps to the cart',
    check: (t) => t.cart.length === 1 && t.cart[0]?.color === 'Ocean blue' && t.cart[0].qty === 2,
  }),
  goal({
    id: 'shadow-add-remove',
    app: 'shadow',
    goal: 'Add a lamp to the cart, then remove it again',
    check: (t) =>
      t.cart.length === 0 &&
      t.cartLog.some((e) => e.action === 'add') &&
      t.cartLog.some((e) => e.action === 'remove'),
  }),

  // A support form inside an iframe.
  goal({
    id: 'iframe-billing',
    app: 'iframe',
    goal: 'Ask a billing question: name Alan, email alan@example.com, message Where is my refund?',
    check: (t) =>
      t.sent.some(
        (m) => m.topic === 'Billing' && m.email === 'alan@example.com' && m.message === 'Where is my refund?',
      ),
  }),
  goal({
    id: 'iframe-callback',
    app: 'iframe',
    goal: 'Ask for a call back at 9:30 about a technical issue, as Grace, grace@example.com, with the message My laptop will not start',
    check: (t) =>
      t.sent.some((m) => m.callback === '09:30' && m.topic === 'Technical issue' && m.name === 'Grace'),
  }),
  goal({
    id: 'iframe-updates',
    app: 'iframe',
    goal: 'Send the message Hello there as Linus (linus@example.com) and ask to be kept posted about product updates',
    check: (t) =>
      t.sent.some((m) => m.email === 'linus@example.com' && m.message === 'Hello there' && m.updates),
  }),

  // Login-gated help desk (ada's password is in the variables; grace's account is locked).
  goal({
    id: 'helpdesk-locked-grace',
    app: 'helpdesk',
    goal: 'Sign in as grace',
    variables: { password: 'hopper1906' },
    reachable: false,
    check: (t) => t.user === 'grace',
  }),
  goal({
    id: 'helpdesk-notifications-off',
    app: 'helpdesk',
    goal: 'Sign in as ada and turn off email notifications in the settings',
    variables: { password: 'lovelace1815' },
    check: (t) => t.settings.emailNotifications === false,
  }),
  goal({
    id: 'helpdesk-assign-printer',
    app: 'helpdesk',
    goal: 'Sign in as ada and assign the printer ticket to me',
    variables: { password: 'lovelace1815' },
    check: (t) => t.tickets.find((x) => x.id === 3)?.assignee === 'ada',
  }),
  goal({
    id: 'helpdesk-comment',
    app: 'helpdesk',
    goal: 'Sign in as ada and add the comment Rebooted the router to ticket 2',
    variables: { password: 'lovelace1815' },
    check: (t) =>
      Boolean(t.tickets.find((x) => x.id === 2)?.comments.some((c) => c.text === 'Rebooted the router')),
  }),
  goal({
    id: 'helpdesk-timezone',
    app: 'helpdesk',
    goal: 'Sign in as ada and change my time zone to Europe/London',
    variables: { password: 'lovelace1815' },
    check: (t) => t.settings.timezone === 'Europe/London',
  }),
  goal({
    id: 'helpdesk-due-date',
    app: 'helpdesk',
    goal: 'Sign in as ada and create a ticket Broken monitor for Globex, due on 15 January 2027',
    variables: { password: 'lovelace1815' },
    check: (t) =>
      t.tickets.some(
        (x) => x.subject === 'Broken monitor' && x.due === '2027-01-15' && x.requester === 'Globex',
      ),
  }),
  goal({
    id: 'helpdesk-open-filter',
    app: 'helpdesk',
    goal: 'Sign in as ada and show only the open tickets',
    variables: { password: 'lovelace1815' },
    check: (t) => t.user === 'ada' && t.statusFilter === 'open',
  }),
  goal({
    id: 'helpdesk-compact',
    app: 'helpdesk',
    goal: 'Sign in as ada, switch the display density to compact and save',
    variables: { password: 'lovelace1815' },
    check: (t) => t.settings.density === 'Compact',
  }),
];
