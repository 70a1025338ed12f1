/**
 * Seventh batch of tuning goals (issue 10, apps behind a sign-in the planner was never tuned on),
 * WRITTEN BEFORE TUNING. The app (public/portal/) is a utility's customer portal whose sign-in
 * takes three pages of one field each: the e-mail (with Remember me) and Continue, the password and
 * Sign in, a one-time code and Verify. A "Demo users" table beside every step lists each account
 * (Household lena@brightwater.test / river-42, Business sam@brightwater.test / ledger9, Closed
 * old@brightwater.test / archive1, refused at the password step); the code page shows the code in a
 * hint box. After it: a sidebar of role-less `div` items (Overview, Invoices, Meter readings,
 * Requests, Settings, Sign out), invoices (links, a search form, Pay now), meter readings, a
 * new-request form, settings saved by Save changes.
 *
 * Written 2026-12-07 from 12:20 UTC by the engineer of branch wip9/signin BEFORE changing any
 * planner code, without reading the held-out sets. Phrasings vary on purpose: "as the demo user",
 * an account in the goal with its password in several forms, no word about signing in at all,
 * paraphrases of sign in (log in, log on); three traps the app refuses (a wrong password, a wrong
 * one-time code, a closed account) where any pass is a false pass.
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * BASELINE before tuning (local planner at d3e9ec1, `npm run bench:browser-goals -- --set tuning
 * --app portal --no-export`, 2026-12-07 12:25 UTC, bench/results/browser-goals.portal-baseline.json):
 * 0/14 reached (3 refused goals), 0 false passes, 1 unverified, 16 failed. Seen: the demo users
 * table is not read as accounts (the page's `Household lena@… river-42` row), so "as the demo
 * user" is taken for an action to do on the page; the e-mail page has no password field, so it is
 * not seen as a sign-in (goals without sign-in words type their value into the e-mail field or
 * press Continue empty); after Continue the password page no longer shows the e-mail, so an account
 * found by its user alone has no password; the one-time code page is not part of the sign-in (the
 * shown code is never typed); after signing in, the sidebar's role-less items are not found
 * ("look at the invoices": nothing on the page does it).
 */
import { goal, type BrowserGoal, type PortalSettings, type PortalTruth } from './truth.ts';

const LENA = 'lena@brightwater.test';
const SAM = 'sam@brightwater.test';
const START_DUE = ['INV-2087', 'INV-2113', 'INV-3340'];
const DEFAULTS: Record<string, PortalSettings> = {
  [LENA]: { paperless: false, contact: 'Email', phone: '07700 900117' },
  [SAM]: { paperless: true, contact: 'Email', phone: '07700 900364' },
};

/** Invoices as they started but for those paid in `paid`, and nothing else paid. */
const invoicesKept = (t: PortalTruth, paid: string[] = []) =>
  t.payments.length === paid.length &&
  paid.every((id) => t.payments.includes(id)) &&
  t.invoices.every((i) =>
    START_DUE.includes(i.id) && !paid.includes(i.id) ? i.status === 'Due' : i.status === 'Paid',
  );
/** Saved settings of `user`: the defaults but for `changes`, after at least one Save. */
const savedSettings = (t: PortalTruth, user: string, changes: Partial<PortalSettings>) => {
  const now = t.settings[user];
  const want = { ...DEFAULTS[user]!, ...changes };
  return (
    t.saves >= 1 &&
    now !== undefined &&
    (Object.keys(want) as (keyof PortalSettings)[]).every((k) => now[k] === want[k])
  );
};
/** Nothing the goal did not ask for: no payment, reading, request or saved setting. */
const quiet = (t: PortalTruth) =>
  invoicesKept(t) && t.readings.length === 1 && !t.requests.length && !t.saves;

export const SEVENTH_PORTAL_GOALS: BrowserGoal[] = [
  // "As the demo user": the account is only in the page's table.
  goal({
    id: 'portal-open-november',
    app: 'portal',
    goal: 'As the demo household customer, open the November 2026 invoice',
    check: (t) => t.user === LENA && t.view === 'invoice' && t.openInvoice === 'INV-2087' && quiet(t),
  }),
  goal({
    id: 'portal-pay-december',
    app: 'portal',
    goal: 'Sign in as lena@brightwater.test (password river-42) and pay invoice INV-2113',
    check: (t) => t.user === LENA && invoicesKept(t, ['INV-2113']),
  }),
  // No word about signing in.
  goal({
    id: 'portal-paperless-on',
    app: 'portal',
    goal: 'Turn on paperless billing for Lena and save it',
    check: (t) => t.user === LENA && savedSettings(t, LENA, { paperless: true }) && invoicesKept(t),
  }),
  goal({
    id: 'portal-contact-sms',
    app: 'portal',
    goal: 'Log in with the household demo account and change my preferred contact method to SMS',
    check: (t) => t.user === LENA && savedSettings(t, LENA, { contact: 'SMS' }),
  }),
  goal({
    id: 'portal-request-meter-fault',
    app: 'portal',
    goal: "As the demo user, file a meter fault request with the subject 'Meter display is blank'",
    check: (t) =>
      t.requests.length === 1 &&
      t.requests[0]!.user === LENA &&
      t.requests[0]!.type === 'Meter fault' &&
      t.requests[0]!.subject === 'Meter display is blank',
  }),
  goal({
    id: 'portal-request-moving',
    app: 'portal',
    goal: 'Send a Moving house request titled Moving out on 15 January, signed in as lena@brightwater.test with river-42',
    check: (t) =>
      t.requests.length === 1 &&
      t.requests[0]!.user === LENA &&
      t.requests[0]!.type === 'Moving house' &&
      /moving out on 15 january/i.test(t.requests[0]!.subject),
  }),
  goal({
    id: 'portal-search-2113',
    app: 'portal',
    goal: 'Search my invoices for 2113',
    check: (t) => t.user !== null && t.view === 'invoices' && t.invoiceSearch === '2113' && quiet(t),
  }),
  goal({
    id: 'portal-sam-invoices',
    app: 'portal',
    goal: 'Sign in as sam@brightwater.test with password ledger9 and look at the invoices',
    check: (t) => t.user === SAM && t.view === 'invoices' && quiet(t),
  }),
  goal({
    id: 'portal-remember-me',
    app: 'portal',
    goal: 'Sign in with the demo household account and tick Remember me on the way',
    check: (t) => t.user === LENA && t.remember && quiet(t),
  }),
  goal({
    id: 'portal-sign-in-out',
    app: 'portal',
    goal: 'Sign in as the demo customer Lena, then sign out',
    check: (t) => t.signIns >= 1 && t.signOuts >= 1 && t.user === null && quiet(t),
  }),
  goal({
    id: 'portal-reading',
    app: 'portal',
    goal: "Submit a meter reading of 04512 for Lena's account",
    check: (t) =>
      t.readings.length === 2 &&
      t.readings[1]!.user === LENA &&
      t.readings[1]!.value === '04512' &&
      invoicesKept(t),
  }),
  goal({
    id: 'portal-phone',
    app: 'portal',
    goal: 'Update my phone number to 07700 900555 in the settings (I am lena@brightwater.test, password river-42)',
    check: (t) => t.user === LENA && savedSettings(t, LENA, { phone: '07700 900555' }),
  }),
  goal({
    id: 'portal-sam-paperless-off',
    app: 'portal',
    goal: 'Log on as the business customer and switch off paperless billing',
    check: (t) => t.user === SAM && savedSettings(t, SAM, { paperless: false }) && invoicesKept(t),
  }),
  // Multi-part, sign out asked for at the end.
  goal({
    id: 'portal-pay-november-sign-out',
    app: 'portal',
    goal: 'Using the demo household login, pay the November invoice and sign out when done',
    check: (t) => t.signOuts >= 1 && t.user === null && invoicesKept(t, ['INV-2087']),
  }),
  // Traps the app refuses: any pass is a false pass.
  goal({
    id: 'portal-wrong-password',
    app: 'portal',
    goal: 'Sign in as lena@brightwater.test with password river-24 and open the invoices',
    reachable: false,
    check: (t) => t.user === LENA && t.view === 'invoices',
  }),
  goal({
    id: 'portal-wrong-code',
    app: 'portal',
    goal: 'Log in as lena@brightwater.test / river-42 using the one-time code 111111 and open Settings',
    reachable: false,
    check: (t) => t.user === LENA && t.view === 'settings',
  }),
  goal({
    id: 'portal-closed-account',
    app: 'portal',
    goal: 'Sign in with the closed demo account and show its invoices',
    reachable: false,
    check: (t) => t.user !== null && t.view === 'invoices',
  }),
];
