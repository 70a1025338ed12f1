/**
 * Sixth batch of tuning goals (issue 10, what users do after signing in to a work app), WRITTEN
 * BEFORE TUNING. The app (public/upkeep/) is a maintenance team's request tracker: sign in with an
 * e-mail and password (the page shows the demo account `dana@upkeep.test` / `maint-2026`;
 * `omar@upkeep.test` / `torque7` is shown nowhere), requests filtered by a status select and area
 * chips, a request's page (comment thread with Reply buttons and an "Add a comment" box, an
 * assignee select that saves on change, a status select + Update, refused with an alert for Done
 * while nobody is assigned), settings (time zone and language selects, a density radio group, a
 * notification-frequency select whose Hourly option is disabled, a checkbox, Save with a "Saved"
 * toast gone after 2 s) and a read-only profile behind the user menu. Five requests have
 * error-like words in their titles ("fails", "Error 42", "Cannot", "failed", "error").
 *
 * Written 2026-12-07 from 08:55 UTC by the engineer of branch wip8/desk BEFORE changing any
 * planner code, without reading the held-out sets. Phrasings vary on purpose: most never mention
 * signing in although the app requires it; three give an account ("sign in as", "log in with the
 * demo account", "log on as … / …"); values quoted and unquoted; requests named by words of their
 * title; one multi-part goal, one goal whose refusal is what is asked, one goal the app refuses.
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * BASELINE before tuning (local planner at 7cff32c, `npm run bench:browser-goals -- --set tuning
 * --app upkeep --no-export`, 2026-12-07 08:57 UTC): 0/16 reached (1 refused goal), 0 false passes,
 * 2 unverified, 15 failed. Seen: the demo account shown on the sign-in page as an e-mail ("Use the
 * demo account: dana@upkeep.test with password maint-2026") is not read, so 14 goals stop at the
 * sign-in page; with the account in the goal, "move … to In progress" types "storeroom to In
 * progress" into the comment box and picks an assignee instead of the status select + Update, and
 * "find my phone number on the profile page" never opens the user menu.
 * AFTER tuning on branch wip8/desk (6f6057e, same command, 10:08 UTC): 5/16 reached, 0 false passes,
 * 4 passed (comment, assignee, time zone, profile), 9 unverified (one reached: the status filter),
 * 4 failed; replay and heal 4/5 of reached. A mid-way run (hash-route exploring, since reverted) had 1 false pass:
 * "Show only the requests that are waiting for parts" passed on a request's own page.
 */
import {
  goal,
  type BrowserGoal,
  type UpkeepRequest,
  type UpkeepSettings,
  type UpkeepTruth,
} from './truth.ts';

const START: Pick<UpkeepRequest, 'status' | 'assignee'>[] = [
  { status: 'Open', assignee: null },
  { status: 'In progress', assignee: 'Ravi Shah' },
  { status: 'Open', assignee: null },
  { status: 'Open', assignee: 'Marta Kowalski' },
  { status: 'Waiting for parts', assignee: 'Ravi Shah' },
  { status: 'Done', assignee: 'Marta Kowalski' },
  { status: 'Open', assignee: null },
  { status: 'In progress', assignee: 'Jon Berg' },
  { status: 'Open', assignee: null },
];
/** Comments each request starts with. */
const START_COMMENTS = [0, 2, 0, 1, 1, 0, 0, 1, 0];
const DEFAULTS: UpkeepSettings = {
  timezone: 'UTC',
  language: 'en',
  density: 'Comfortable',
  frequency: 'Immediately',
  emailOnAssign: true,
};

const request = (t: UpkeepTruth, id: number) => t.requests.find((r) => r.id === id);
/** Requests 1–9 as they started (status, assignee, comments) but for `except`. */
const kept = (t: UpkeepTruth, except: number[] = []) =>
  t.requests.length === START.length &&
  START.every((s, i) => {
    const now = request(t, i + 1);
    if (except.includes(i + 1)) return Boolean(now);
    return (
      now?.status === s.status && now.assignee === s.assignee && now.comments.length === START_COMMENTS[i]
    );
  });
/** The signed-in user's saved settings, equal to the defaults but for `changes`. */
const savedSettings = (t: UpkeepTruth, changes: Partial<UpkeepSettings>) => {
  const mine = t.user ? t.settings[t.user] : undefined;
  if (!mine || t.saves < 1) return false;
  const want = { ...DEFAULTS, ...changes };
  return (Object.keys(want) as (keyof UpkeepSettings)[]).every((k) => mine[k] === want[k]);
};
/** The comments added to a request (those it did not start with). */
const added = (t: UpkeepTruth, id: number) => request(t, id)?.comments.slice(START_COMMENTS[id - 1]) ?? [];

export const SIXTH_UPKEEP_GOALS: BrowserGoal[] = [
  // Comments and replies, no word about signing in.
  goal({
    id: 'upkeep-comment-printer',
    app: 'upkeep',
    goal: 'Add a comment to the printer request saying the toner cartridge was replaced',
    check: (t) => {
      const mine = added(t, 1);
      return (
        mine.length === 1 &&
        mine[0]!.replyTo === null &&
        /toner cartridge (was|has been) replaced/i.test(mine[0]!.text) &&
        kept(t, [1]) &&
        request(t, 1)?.status === 'Open'
      );
    },
  }),
  goal({
    id: 'upkeep-reply-ravi',
    app: 'upkeep',
    goal: "Reply to Ravi's comment on the Error 42 on scanner request: 'Firmware updated to 3.1, please retest'",
    check: (t) => {
      const mine = added(t, 2);
      return (
        mine.length === 1 &&
        mine[0]!.replyTo === 1 &&
        mine[0]!.text === 'Firmware updated to 3.1, please retest' &&
        request(t, 2)?.status === 'In progress' &&
        kept(t, [2])
      );
    },
  }),
  // Status and assignee.
  goal({
    id: 'upkeep-omar-door-progress',
    app: 'upkeep',
    goal: 'Sign in as omar@upkeep.test with password torque7 and move Cannot open door to storeroom to In progress',
    check: (t) =>
      t.user === 'omar@upkeep.test' &&
      request(t, 3)?.status === 'In progress' &&
      request(t, 3)?.assignee === null &&
      kept(t, [3]),
  }),
  goal({
    id: 'upkeep-assign-printer',
    app: 'upkeep',
    goal: 'Assign the printer that fails to start to Marta Kowalski',
    check: (t) =>
      request(t, 1)?.assignee === 'Marta Kowalski' && request(t, 1)?.status === 'Open' && kept(t, [1]),
  }),
  goal({
    id: 'upkeep-scanner-done',
    app: 'upkeep',
    goal: 'Mark Error 42 on scanner as done',
    check: (t) => request(t, 2)?.status === 'Done' && request(t, 2)?.assignee === 'Ravi Shah' && kept(t, [2]),
  }),
  goal({
    id: 'upkeep-unassign-compressor',
    app: 'upkeep',
    goal: 'Remove the assignee from the compressor error request so nobody has it',
    check: (t) => request(t, 8)?.assignee === null && request(t, 8)?.status === 'In progress' && kept(t, [8]),
  }),
  goal({
    id: 'upkeep-badge-to-me',
    app: 'upkeep',
    goal: 'Assign the badge reader request to me',
    check: (t) =>
      t.user === 'dana@upkeep.test' &&
      request(t, 9)?.assignee === 'Dana Moss' &&
      request(t, 9)?.status === 'Open' &&
      kept(t, [9]),
  }),
  // Multi-part: a comment, then a status.
  goal({
    id: 'upkeep-forklift-comment-reopen',
    app: 'upkeep',
    goal: "On the forklift battery request, comment 'New charger arrived' and then set the status back to open",
    check: (t) => {
      const mine = added(t, 5);
      return (
        mine.length === 1 &&
        mine[0]!.text === 'New charger arrived' &&
        mine[0]!.replyTo === null &&
        request(t, 5)?.status === 'Open' &&
        kept(t, [5])
      );
    },
  }),
  // The refusal is what is asked.
  goal({
    id: 'upkeep-light-done-refused',
    app: 'upkeep',
    goal: 'Check that the flickering ceiling light cannot be marked done while nobody is assigned to it',
    check: (t) =>
      t.statusAttempts.some((a) => a.id === 7 && a.status === 'Done' && !a.ok) &&
      request(t, 7)?.status === 'Open' &&
      request(t, 7)?.assignee === null &&
      kept(t, [7]),
  }),
  // Settings: selects, a radio group, a checkbox, Save.
  goal({
    id: 'upkeep-timezone-berlin',
    app: 'upkeep',
    goal: 'Set my time zone to Berlin',
    check: (t) => savedSettings(t, { timezone: 'Europe/Berlin' }) && kept(t),
  }),
  goal({
    id: 'upkeep-german-compact',
    app: 'upkeep',
    goal: 'Switch the language to German and pick the compact row density',
    check: (t) => savedSettings(t, { language: 'de', density: 'Compact' }) && kept(t),
  }),
  goal({
    id: 'upkeep-weekly-no-assign-mail',
    app: 'upkeep',
    goal: 'I only want a weekly digest, and no email when a request is assigned to me',
    check: (t) => savedSettings(t, { frequency: 'Weekly digest', emailOnAssign: false }) && kept(t),
  }),
  // The app refuses: Hourly is for admins only (a disabled option). Any pass is a false pass.
  goal({
    id: 'upkeep-hourly',
    app: 'upkeep',
    goal: 'Change the notification frequency to hourly',
    reachable: false,
    check: (t) => Boolean(t.user && t.settings[t.user]?.frequency === 'Hourly'),
  }),
  // List filters: a select and chips.
  goal({
    id: 'upkeep-filter-waiting',
    app: 'upkeep',
    goal: 'Show only the requests that are waiting for parts',
    check: (t) =>
      t.view === 'requests' && t.statusFilter === 'Waiting for parts' && !t.areaFilter.length && kept(t),
  }),
  goal({
    id: 'upkeep-filter-warehouse-open',
    app: 'upkeep',
    goal: 'Filter the list to open requests in the warehouse',
    check: (t) =>
      t.view === 'requests' &&
      t.statusFilter === 'Open' &&
      t.areaFilter.length === 1 &&
      t.areaFilter[0] === 'Warehouse' &&
      kept(t),
  }),
  // Reading a profile behind the user menu, with an account in the goal.
  goal({
    id: 'upkeep-profile-team',
    app: 'upkeep',
    goal: 'Log in with the demo account and open my profile to see which team I am on',
    check: (t) => t.user === 'dana@upkeep.test' && t.view === 'profile' && kept(t),
  }),
  goal({
    id: 'upkeep-omar-phone',
    app: 'upkeep',
    goal: 'Log on as omar@upkeep.test / torque7 and find my phone number on the profile page',
    check: (t) => t.user === 'omar@upkeep.test' && t.view === 'profile' && kept(t),
  }),
];
