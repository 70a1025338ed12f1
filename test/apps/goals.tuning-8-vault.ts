/**
 * Eighth batch of tuning goals (issue 10, work behind a sign-in), WRITTEN BEFORE TUNING, blind to
 * the held-out apps. The app (public/vault/) is a document manager whose landing page is a
 * sign-in form: "Username or email", "Password", "Show password", "Keep me signed in", Sign in,
 * and a hint naming the demo account (jo@northfile.test / Harbour-77, username jo). Other
 * accounts: max@northfile.test / pine4max; ria@northfile.test, locked from the start. Three wrong
 * passwords in a row lock an account. Signed in: a nav of links (Documents, Shared with me,
 * Trash, Settings), Sign out in the header; Documents has a live search box, a Status select and
 * New document; a document's page has Rename / Move to folder / Share / Move to trash, each a
 * dialog; Trash lists Restore and Delete forever; Settings saves a display name and two
 * notification boxes, and changes the password given the current one.
 *
 * Written 2026-12-07 from 15:30 UTC by the engineer of branch wip10/vault BEFORE changing any
 * planner code, without reading the held-out sets. Every goal starts signed out. Phrasings vary on
 * purpose: no word about signing in (the account is only in the page's hint), credentials inline,
 * quoted, in brackets, "user X / pass Y", "I'm jo"; traps where the obvious action is wrong (a Q2
 * budget beside the Q3 one, a lease renewal note that is not the deleted lease, Show password
 * beside Keep me signed in, the default "Can view" when edit is asked); three goals the app refuses
 * (a wrong-case password, a locked account, renaming a document shared read-only) where any pass is
 * a false pass.
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * BASELINE before tuning (local planner at cbc2648, `npm run bench:browser-goals -- --set tuning
 * --app vault --no-export`, 2026-12-07 15:34 UTC, bench/results/browser-goals.vault-baseline.json):
 * 1/15 reached (3 refused goals), 1 FALSE PASS (vault-weekly-off: passed right after the sign-in,
 * nothing turned off), 2 unverified, 15 failed. Seen: the page's hint ("the demo account:
 * jo@northfile.test, password Harbour-77") is not read as an account, so 7 goals without
 * credentials stop at the form; "user jo / pass Harbour-77", "[jo@… / Harbour-77]", "as max with
 * pine4max", "as jo using Harbour-77" are not read as credentials; "the deleted lease" opens the
 * lease that is not deleted; "move … into the Board folder" looks for a field; "Change my password
 * from X to Y" types Y into the sign-in form's password field.
 */
import { goal, type BrowserGoal, type VaultDoc, type VaultSettings, type VaultTruth } from './truth.ts';

const JO = 'jo@northfile.test';
const MAX = 'max@northfile.test';
type Shape = Pick<VaultDoc, 'title' | 'folder' | 'status' | 'trashed'> & { shares: string[] };
/** The documents as the app starts (sharedWith as `email:permission`). */
const START: Record<string, Shape> = {
  D1: { title: 'Q3 budget', folder: 'Finance', status: 'Draft', trashed: false, shares: [] },
  D2: { title: 'Office lease 2025', folder: 'Legal', status: 'Final', trashed: true, shares: [] },
  D3: { title: 'Hiring plan', folder: 'HR', status: 'In review', trashed: false, shares: [] },
  D4: { title: 'Board minutes March', folder: 'Board', status: 'Final', trashed: false, shares: [] },
  D5: { title: 'Q2 budget', folder: 'Finance', status: 'Final', trashed: false, shares: [] },
  D6: { title: 'Vendor contract Acme', folder: 'Legal', status: 'In review', trashed: false, shares: [] },
  D7: { title: 'Travel policy', folder: 'HR', status: 'Draft', trashed: false, shares: [] },
  D8: { title: 'Old logo brief', folder: 'Marketing', status: 'Draft', trashed: true, shares: [] },
  D9: { title: 'Lease renewal notes', folder: 'Legal', status: 'Draft', trashed: false, shares: [] },
  D10: {
    title: 'Product roadmap',
    folder: 'Board',
    status: 'In review',
    trashed: false,
    shares: [`${JO}:view`],
  },
  D11: { title: 'Pricing notes', folder: 'Finance', status: 'Draft', trashed: false, shares: [] },
};
const DEFAULTS: Record<string, VaultSettings> = {
  [JO]: { displayName: 'Jo Morgan', notifyShares: true, weeklySummary: true },
  [MAX]: { displayName: 'Max Weber', notifyShares: true, weeklySummary: false },
};

/** Every starting document as it was but for `changes`, none deleted for good, none created unless `created`. */
const docsKept = (t: VaultTruth, changes: Record<string, Partial<Shape>> = {}, created = 0) =>
  t.created.length === created &&
  Object.entries(START).every(([id, start]) => {
    const d = t.docs.find((x) => x.id === id);
    if (!d) return false;
    const want = { ...start, ...changes[id] };
    const shares = d.sharedWith.map((s) => `${s.email}:${s.permission}`).sort();
    return (
      d.title === want.title &&
      d.folder === want.folder &&
      d.status === want.status &&
      d.trashed === want.trashed &&
      shares.join() === [...want.shares].sort().join()
    );
  });
/** Saved settings of `user`: the defaults but for `changes`, after at least one Save. */
const savedSettings = (t: VaultTruth, user: string, changes: Partial<VaultSettings>) => {
  const now = t.settings[user];
  const want = { ...DEFAULTS[user]!, ...changes };
  return (
    t.saves >= 1 &&
    now !== undefined &&
    (Object.keys(want) as (keyof VaultSettings)[]).every((k) => now[k] === want[k])
  );
};
/** Nothing the goal did not ask for: documents, settings and passwords as they started. */
const quiet = (t: VaultTruth) => docsKept(t) && !t.saves && !t.passwordChanges;

export const EIGHTH_VAULT_GOALS: BrowserGoal[] = [
  // No word about signing in: the account is only in the page's hint. Q2 budget is a near miss.
  goal({
    id: 'vault-rename-q3',
    app: 'vault',
    goal: 'Rename the Q3 budget to Q3 budget final',
    check: (t) => t.user === JO && docsKept(t, { D1: { title: 'Q3 budget final' } }),
  }),
  // Inline credentials; "Lease renewal notes" is a lease that is not deleted.
  goal({
    id: 'vault-restore-lease',
    app: 'vault',
    goal: 'As jo@northfile.test with password Harbour-77, restore the deleted lease',
    check: (t) => t.user === JO && docsKept(t, { D2: { trashed: false } }),
  }),
  // Quoted credentials, a username rather than an e-mail.
  goal({
    id: 'vault-move-hiring',
    app: 'vault',
    goal: "Log in as 'jo' with the password 'Harbour-77' and move the Hiring plan into the Board folder",
    check: (t) => t.user === JO && docsKept(t, { D3: { folder: 'Board' } }),
  }),
  // Credentials in brackets, after the work.
  goal({
    id: 'vault-share-minutes',
    app: 'vault',
    goal: 'Share the March board minutes with max@northfile.test (user: jo, password: Harbour-77)',
    check: (t) => t.user === JO && docsKept(t, { D4: { shares: [`${MAX}:view`] } }),
  }),
  // "user X / pass Y"; the Share dialog's default is view, edit is asked.
  goal({
    id: 'vault-share-edit',
    app: 'vault',
    goal: 'user jo / pass Harbour-77: give max@northfile.test edit access to the Acme vendor contract',
    check: (t) => t.user === JO && docsKept(t, { D6: { shares: [`${MAX}:edit`] } }),
  }),
  goal({
    id: 'vault-trash-travel',
    app: 'vault',
    goal: 'Sign in [jo@northfile.test / Harbour-77] and move the travel policy to the trash',
    check: (t) => t.user === JO && docsKept(t, { D7: { trashed: true } }),
  }),
  // No credentials; a form with a required folder.
  goal({
    id: 'vault-new-offsite',
    app: 'vault',
    goal: 'Create a new document called Offsite agenda in the HR folder',
    check: (t) => {
      const d = t.docs.find((x) => x.id === t.created[0]);
      return (
        t.user === JO &&
        docsKept(t, {}, 1) &&
        d?.title === 'Offsite agenda' &&
        d.folder === 'HR' &&
        d.status === 'Draft'
      );
    },
  }),
  goal({
    id: 'vault-new-supplier-review',
    app: 'vault',
    goal: "Add a document named 'Supplier review 2027' to Legal with status In review, signed in as jo (password Harbour-77)",
    check: (t) => {
      const d = t.docs.find((x) => x.id === t.created[0]);
      return (
        t.user === JO &&
        docsKept(t, {}, 1) &&
        d?.title === 'Supplier review 2027' &&
        d.folder === 'Legal' &&
        d.status === 'In review'
      );
    },
  }),
  goal({
    id: 'vault-search-budget',
    app: 'vault',
    goal: 'Search my documents for budget',
    check: (t) => t.user === JO && t.view === 'documents' && t.search.toLowerCase() === 'budget' && quiet(t),
  }),
  goal({
    id: 'vault-filter-review',
    app: 'vault',
    goal: 'Log in with the demo account and show only the documents that are in review',
    check: (t) => t.user === JO && t.view === 'documents' && t.statusFilter === 'In review' && quiet(t),
  }),
  goal({
    id: 'vault-display-name',
    app: 'vault',
    goal: 'Change my display name to Jo Marsh and save it',
    check: (t) => t.user === JO && savedSettings(t, JO, { displayName: 'Jo Marsh' }) && docsKept(t),
  }),
  goal({
    id: 'vault-weekly-off',
    app: 'vault',
    goal: 'Log on as jo@northfile.test, password Harbour-77, and turn off the weekly summary emails',
    check: (t) => t.user === JO && savedSettings(t, JO, { weeklySummary: false }) && docsKept(t),
  }),
  // The current password must be given; "I'm jo" is all the goal says of the account.
  goal({
    id: 'vault-change-password',
    app: 'vault',
    goal: "Change my password from Harbour-77 to Lighthouse-88 (I'm jo)",
    check: (t) =>
      t.user === JO && t.passwords[JO] === 'Lighthouse-88' && t.passwordChanges === 1 && docsKept(t),
  }),
  // Keep me signed in sits beside Show password.
  goal({
    id: 'vault-max-keep-signed-in',
    app: 'vault',
    goal: 'Sign in as max with pine4max and keep me signed in',
    check: (t) => t.user === MAX && t.remember && quiet(t),
  }),
  // Several parts: a page to look at, then sign out.
  goal({
    id: 'vault-shared-then-sign-out',
    app: 'vault',
    goal: 'Sign in as jo using Harbour-77, open the documents shared with me, then sign out',
    check: (t) =>
      t.signIns >= 1 && t.seen.includes('shared') && t.signOuts >= 1 && t.user === null && quiet(t),
  }),
  // Refused: the password's case is wrong.
  goal({
    id: 'vault-wrong-password',
    app: 'vault',
    goal: 'Sign in as jo with password harbour-77 and open the Trash',
    reachable: false,
    check: (t) => t.user === JO && t.view === 'trash',
  }),
  // Refused: the account is locked.
  goal({
    id: 'vault-locked-account',
    app: 'vault',
    goal: 'Sign in as ria@northfile.test with the password "Quartz-19" and open Settings',
    reachable: false,
    check: (t) => t.user === 'ria@northfile.test' && t.view === 'settings',
  }),
  // Refused: the roadmap is shared with jo read-only.
  goal({
    id: 'vault-rename-shared-roadmap',
    app: 'vault',
    goal: 'Rename the Product roadmap that Max shared with me to Roadmap 2027 (user jo / pass Harbour-77)',
    reachable: false,
    check: (t) => t.docs.some((d) => d.id === 'D10' && d.title !== 'Product roadmap'),
  }),
];
