/**
 * SECOND HELD-OUT SET (heldout2) of browser goals, FROZEN AT 2026-12-07 06:35 UTC (`date -u`)
 * BEFORE ANY TUNING, written by an engineer who tunes nothing (branch wip7/heldout2), without
 * reading the planner's source or the first held-out set. NOT TO BE READ BY ANYONE WHO TUNES THE
 * PLANNER OR THE CHECKER: not this file, not its apps (public/), reference solutions, truth
 * types, attack test, nor bench/results/browser-goals.heldout2-details.json.
 *
 * Four apps in styles the suite lacked, each judged by its own state (truth.ts):
 * - kanban: a Trello-like board of div-soup cards, label chips, a card detail drawer, a
 *   placeholder-only composer, an icon-only list menu and a vanishing Undo toast;
 * - recipes: a catalogue that loads after a delay, with checkbox facets, a range slider, a sort
 *   select, a placeholder-only search box (Enter), "Load more", icon-only hearts and a recipe page
 *   with a servings stepper;
 * - console: a cloud project's settings behind a sign-in gate (placeholder-only boxes), a role-less
 *   left nav, ARIA tabs, switches named by the text beside them, a native confirm() before a
 *   revoke, a create-key dialog and a typed-name confirmation before a delete;
 * - clinic: an appointment booking page with hidden radio inputs in service cards, a div-made
 *   practitioner dropdown, a month grid of day buttons, time slots that load after a delay and
 *   read "2:00 PM", and My appointments with reschedule and cancel.
 * Goals are phrased as users write them: imperatives, "I want…", several parts, ordinals, quoted
 * and unquoted values, synonyms, success that shows no message, and checks that something is
 * refused. `reachable: false` marks goals the app refuses (any pass is a false pass). Each check
 * also guards against side effects a careless tool would cause.
 */
import type {
  Heldout2Goal,
  KanbanCard,
  KanbanTruth,
  ClinicTruth,
  ConsoleTruth,
  RecipesTruth,
} from './truth.ts';
import { goal } from './truth.ts';

// ---- Kanban: To do [2, 3, 8], In progress [1, 6, 5], Done [7, 4]; nothing archived. ----
const KANBAN_START: Omit<KanbanCard, 'id' | 'comments'>[] = [
  {
    title: 'Fix login bug',
    list: 'In progress',
    labels: ['Bug'],
    assignee: 'Marco',
    due: '2026-12-10',
    archived: false,
  },
  {
    title: 'Draft onboarding email',
    list: 'To do',
    labels: ['Marketing'],
    assignee: null,
    due: null,
    archived: false,
  },
  {
    title: 'Update pricing page',
    list: 'To do',
    labels: ['Design', 'Marketing'],
    assignee: 'Jun',
    due: null,
    archived: false,
  },
  {
    title: 'Old banner cleanup',
    list: 'Done',
    labels: ['Design'],
    assignee: null,
    due: null,
    archived: false,
  },
  {
    title: 'Migrate analytics',
    list: 'In progress',
    labels: ['Backend'],
    assignee: 'Marco',
    due: '2026-12-18',
    archived: false,
  },
  {
    title: 'Set up CI cache',
    list: 'In progress',
    labels: ['Backend'],
    assignee: null,
    due: null,
    archived: false,
  },
  {
    title: 'Customer interviews',
    list: 'Done',
    labels: ['Research'],
    assignee: 'Alex',
    due: null,
    archived: false,
  },
  { title: 'Write FAQ', list: 'To do', labels: ['Marketing'], assignee: null, due: null, archived: false },
];
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
/** Cards 1–8 as they started (list, labels, assignee, due, archived), but for `except`; `added` new cards. */
const boardKept = (t: KanbanTruth, o: { except?: number[]; added?: number } = {}) =>
  t.cards.length === KANBAN_START.length + (o.added ?? 0) &&
  KANBAN_START.every((c, i) => {
    const now = t.cards.find((x) => x.id === i + 1);
    if (!now || now.title !== c.title) return false;
    if (o.except?.includes(i + 1)) return true;
    return (
      now.list === c.list &&
      sameSet(now.labels, c.labels) &&
      now.assignee === c.assignee &&
      now.due === c.due &&
      now.archived === c.archived
    );
  });
const kcard = (t: KanbanTruth, id: number) => t.cards.find((c) => c.id === id);

// ---- Recipes: no filter, any time, "Most relevant"; saved: Margherita pizza; list: carbonara ×2. ----
const NO_FILTERS = { cuisines: [] as string[], diets: [] as string[], maxMinutes: 120, query: '' };
/** Filters as at the start but for the keys given. */
const filtersKept = (t: RecipesTruth, keep: Partial<typeof NO_FILTERS> = {}) => {
  const want = { ...NO_FILTERS, ...keep };
  return (
    sameSet(t.filters.cuisines, want.cuisines) &&
    sameSet(t.filters.diets, want.diets) &&
    t.filters.maxMinutes === want.maxMinutes &&
    t.filters.query === want.query
  );
};
const listKept = (t: RecipesTruth, added: { recipe: string; servings: number }[] = []) =>
  t.shoppingList.length === 1 + added.length &&
  t.shoppingList.some((x) => x.recipe === 'spaghetti-carbonara' && x.servings === 2) &&
  added.every((a) => t.shoppingList.some((x) => x.recipe === a.recipe && x.servings === a.servings));

// ---- Console: ops@northwind.test; digest/product updates/incidents on, invoices off; 2FA optional, 8 hours. ----
const CONSOLE_PASSWORD = { password: 'tide-pool-88' };
const NOTIFY_START = {
  productUpdates: true,
  weeklyDigest: true,
  incidentAlerts: true,
  invoiceReminders: false,
};
const signedIn = (t: ConsoleTruth) => t.user === 'ops@northwind.test';
const notificationsKept = (t: ConsoleTruth, except: (keyof typeof NOTIFY_START)[] = []) =>
  (Object.keys(NOTIFY_START) as (keyof typeof NOTIFY_START)[]).every(
    (k) => except.includes(k) || t.notifications[k] === NOTIFY_START[k],
  );
const keysKept = (t: ConsoleTruth, o: { revoked?: string[]; added?: number } = {}) =>
  t.apiKeys.length === 3 + (o.added ?? 0) &&
  ['production', 'staging', 'local-dev'].every(
    (n) => t.apiKeys.find((k) => k.name === n)?.revoked === Boolean(o.revoked?.includes(n)),
  );
const securityKept = (t: ConsoleTruth) =>
  !t.security.twoFactorRequired && t.security.sessionTimeout === '8 hours' && !t.project.deleted;

// ---- Clinic: today Mon 7 Dec 2026; Physiotherapy 10 Dec 09:00 (#1), Vaccination 21 Dec 11:00 (#2). ----
const SAM = { name: 'Sam Lee', email: 'sam@example.com' };
/** Appointments 1 and 2 as they started, but for `except`; `added` new ones. */
const apptsKept = (t: ClinicTruth, o: { except?: number[]; added?: number } = {}) =>
  t.appointments.length === 2 + (o.added ?? 0) &&
  (o.except?.includes(1) ||
    t.appointments.some(
      (a) => a.id === 1 && a.date === '2026-12-10' && a.time === '09:00' && a.status === 'active',
    )) &&
  (o.except?.includes(2) ||
    t.appointments.some(
      (a) => a.id === 2 && a.date === '2026-12-21' && a.time === '11:00' && a.status === 'active',
    ));
/** The one appointment booked in the run (id 3), when it is Sam's and active. */
const booked = (t: ClinicTruth) => {
  const a = t.appointments.find((x) => x.id === 3);
  return a && a.status === 'active' && a.name === SAM.name && a.email === SAM.email ? a : undefined;
};

export const HELDOUT2_GOALS: Heldout2Goal[] = [
  // ---------------- kanban ----------------
  goal({
    id: 'h2-kanban-add-card',
    app: 'kanban',
    goal: 'Add a card called Write release notes to the To do list',
    check: (t) =>
      boardKept(t, { added: 1 }) &&
      t.cards.some(
        (c) => c.id === 9 && c.title.trim() === 'Write release notes' && c.list === 'To do' && !c.archived,
      ),
  }),
  goal({
    id: 'h2-kanban-move-done',
    app: 'kanban',
    goal: "Move 'Fix login bug' to Done",
    check: (t) => boardKept(t, { except: [1] }) && kcard(t, 1)?.list === 'Done' && !kcard(t, 1)?.archived,
  }),
  goal({
    id: 'h2-kanban-label-urgent',
    app: 'kanban',
    goal: 'I want the onboarding email card to carry the Urgent label',
    check: (t) =>
      boardKept(t, { except: [2] }) && sameSet(kcard(t, 2)?.labels ?? [], ['Marketing', 'Urgent']),
  }),
  goal({
    id: 'h2-kanban-assign-second',
    app: 'kanban',
    goal: 'Assign the second card in the In progress column to Priya',
    check: (t) =>
      boardKept(t, { except: [6] }) &&
      kcard(t, 6)?.assignee === 'Priya' &&
      kcard(t, 6)?.list === 'In progress',
  }),
  goal({
    id: 'h2-kanban-due-date',
    app: 'kanban',
    goal: 'Set the due date of Update pricing page to 15 January 2027',
    check: (t) =>
      boardKept(t, { except: [3] }) && kcard(t, 3)?.due === '2027-01-15' && kcard(t, 3)?.list === 'To do',
  }),
  goal({
    id: 'h2-kanban-comment',
    app: 'kanban',
    goal: 'Leave a comment on the login bug card saying: Repro steps added to the ticket',
    check: (t) =>
      boardKept(t) &&
      (kcard(t, 1)?.comments ?? []).some((c) => c.text.trim() === 'Repro steps added to the ticket') &&
      t.cards.reduce((n, c) => n + c.comments.length, 0) === 2,
  }),
  goal({
    id: 'h2-kanban-archive-one',
    app: 'kanban',
    goal: 'Archive the Old banner cleanup card, and only that one: the rest of Done must stay',
    check: (t) => boardKept(t, { except: [4] }) && kcard(t, 4)?.archived === true,
  }),
  goal({
    id: 'h2-kanban-filter',
    app: 'kanban',
    goal: 'Filter the board so I only see the Backend cards',
    check: (t) => boardKept(t) && sameSet(t.labelFilter, ['Backend']),
  }),

  // ---------------- recipes ----------------
  goal({
    id: 'h2-recipes-facets',
    app: 'recipes',
    goal: 'Show me vegetarian Indian recipes',
    check: (t) =>
      t.loaded &&
      t.route === '#/' &&
      filtersKept(t, { cuisines: ['Indian'], diets: ['Vegetarian'] }) &&
      listKept(t),
  }),
  goal({
    id: 'h2-recipes-sort-quickest',
    app: 'recipes',
    goal: 'Sort the recipes so the quickest ones come first',
    check: (t) => t.loaded && t.route === '#/' && t.filters.sort === 'quickest' && filtersKept(t),
  }),
  goal({
    id: 'h2-recipes-time-slider',
    app: 'recipes',
    goal: 'I only have half an hour. Limit the list to recipes ready in 30 minutes or less',
    check: (t) => t.loaded && t.route === '#/' && filtersKept(t, { maxMinutes: 30 }),
  }),
  goal({
    id: 'h2-recipes-save-favourite',
    app: 'recipes',
    goal: 'Save the chicken tikka masala recipe to my favourites',
    check: (t) => sameSet(t.saved, ['margherita-pizza', 'chicken-tikka-masala']) && listKept(t),
  }),
  goal({
    id: 'h2-recipes-load-more-open',
    app: 'recipes',
    goal: 'Keep loading more recipes until Miso ramen shows up, then open it',
    check: (t) => t.route === '#/recipe/miso-ramen' && listKept(t) && t.saved.length === 1,
  }),
  goal({
    id: 'h2-recipes-shopping-servings',
    app: 'recipes',
    goal: 'Put the ingredients for Shakshuka, for 4 people, on my shopping list',
    check: (t) => listKept(t, [{ recipe: 'shakshuka', servings: 4 }]),
  }),
  goal({
    id: 'h2-recipes-search',
    app: 'recipes',
    goal: 'Find recipes with lentils',
    check: (t) =>
      t.loaded &&
      t.route === '#/' &&
      /lentil/i.test(t.filters.query) &&
      t.visible.includes('red-lentil-dal') &&
      t.visible.includes('lentil-soup'),
  }),

  // ---------------- console ----------------
  goal({
    id: 'h2-console-digest-off',
    app: 'console',
    goal: 'Sign in as ops@northwind.test and turn off the weekly digest emails',
    variables: CONSOLE_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      !t.notifications.weeklyDigest &&
      notificationsKept(t, ['weeklyDigest']) &&
      securityKept(t),
  }),
  goal({
    id: 'h2-console-rename-org',
    app: 'console',
    goal: 'Log in with ops@northwind.test and rename the organisation to "Northwind Traders"',
    variables: CONSOLE_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      t.organisation.name === 'Northwind Traders' &&
      t.organisation.billingEmail === 'billing@northwind.test' &&
      securityKept(t),
  }),
  goal({
    id: 'h2-console-security',
    app: 'console',
    goal: 'Sign in (ops@northwind.test), make two-factor authentication mandatory for all members and set the session timeout to 1 hour',
    variables: CONSOLE_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      t.security.twoFactorRequired &&
      t.security.sessionTimeout === '1 hour' &&
      notificationsKept(t) &&
      !t.project.deleted,
  }),
  goal({
    id: 'h2-console-create-key',
    app: 'console',
    goal: 'Sign in as ops@northwind.test and create an API key named ci-deploy with read and write access',
    variables: CONSOLE_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      keysKept(t, { added: 1 }) &&
      t.apiKeys.some((k) => k.name === 'ci-deploy' && !k.revoked && k.access === 'Read and write'),
  }),
  goal({
    id: 'h2-console-revoke-staging',
    app: 'console',
    goal: 'Sign in as ops@northwind.test and revoke the staging API key',
    variables: CONSOLE_PASSWORD,
    check: (t) => signedIn(t) && keysKept(t, { revoked: ['staging'] }) && !t.project.deleted,
  }),
  goal({
    id: 'h2-console-revoke-refused',
    app: 'console',
    goal: 'Sign in as ops@northwind.test, try to revoke the production key, and make sure the console refuses it',
    variables: CONSOLE_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      keysKept(t) &&
      t.revokeAttempts.some((a) => a.name === 'production' && !a.ok) &&
      t.revokeAttempts.every((a) => a.name === 'production'),
  }),
  goal({
    id: 'h2-console-delete-project',
    app: 'console',
    goal: 'Sign in as ops@northwind.test and permanently delete the northwind-prod project',
    variables: CONSOLE_PASSWORD,
    check: (t) => signedIn(t) && t.project.deleted && keysKept(t) && notificationsKept(t),
  }),
  // Refused: the password in the goal is wrong, so nothing past the gate can change.
  goal({
    id: 'h2-console-wrong-password',
    app: 'console',
    goal: 'Sign in as ops@northwind.test with the password letmein123 and switch on invoice reminders',
    reachable: false,
    check: (t) => signedIn(t) && t.notifications.invoiceReminders,
  }),

  // ---------------- clinic ----------------
  goal({
    id: 'h2-clinic-book-vaccination',
    app: 'clinic',
    goal: 'Book a vaccination on Friday 11 December at 10:30 am for Sam Lee, sam@example.com',
    check: (t) => {
      const a = booked(t);
      return (
        apptsKept(t, { added: 1 }) &&
        a?.service === 'Vaccination' &&
        a.date === '2026-12-11' &&
        a.time === '10:30'
      );
    },
  }),
  goal({
    id: 'h2-clinic-checkup-doctor',
    app: 'clinic',
    goal: "I'd like a general check-up with Dr Okafor on the 15th at 2pm. Name Sam Lee, email sam@example.com",
    check: (t) => {
      const a = booked(t);
      return (
        apptsKept(t, { added: 1 }) &&
        a?.service === 'General check-up' &&
        a.practitioner === 'Dr. Amara Okafor' &&
        a.date === '2026-12-15' &&
        a.time === '14:00'
      );
    },
  }),
  goal({
    id: 'h2-clinic-earliest-slot',
    app: 'clinic',
    goal: 'Book physiotherapy at the earliest free time on 9 December, for Sam Lee (sam@example.com)',
    check: (t) => {
      const a = booked(t);
      return (
        apptsKept(t, { added: 1 }) &&
        a?.service === 'Physiotherapy' &&
        a.date === '2026-12-09' &&
        a.time === '10:30'
      );
    },
  }),
  goal({
    id: 'h2-clinic-cancel',
    app: 'clinic',
    goal: 'Cancel my physiotherapy appointment',
    check: (t) =>
      apptsKept(t, { except: [1] }) &&
      t.appointments.some((a) => a.id === 1 && a.status === 'cancelled' && a.date === '2026-12-10'),
  }),
  goal({
    id: 'h2-clinic-reschedule',
    app: 'clinic',
    goal: 'Move my physio appointment on the 10th to 4 pm the same day',
    check: (t) =>
      apptsKept(t, { except: [1] }) &&
      t.appointments.some(
        (a) => a.id === 1 && a.status === 'active' && a.date === '2026-12-10' && a.time === '16:00',
      ),
  }),
  // Refused: the clinic is closed at weekends (the day cannot be picked).
  goal({
    id: 'h2-clinic-weekend',
    app: 'clinic',
    goal: 'Book a check-up on Saturday 12 December for Sam Lee, sam@example.com',
    reachable: false,
    check: (t) => t.appointments.some((a) => a.status === 'active' && a.date === '2026-12-12'),
  }),
  goal({
    id: 'h2-clinic-next-month',
    app: 'clinic',
    goal: "Book a vaccination on 5 January 2027 at 9:00 — I'm Sam Lee, sam@example.com",
    check: (t) => {
      const a = booked(t);
      return (
        apptsKept(t, { added: 1 }) &&
        a?.service === 'Vaccination' &&
        a.date === '2027-01-05' &&
        a.time === '09:00'
      );
    },
  }),
];
