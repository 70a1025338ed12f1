/**
 * Ninth batch of tuning goals (issue 10), WRITTEN BEFORE TUNING, blind to the held-out apps. The
 * app (public/leave/) is an HR leave-request app built the way framework apps are built, which the
 * other tuning apps (that change the DOM in place) do not exercise: one state object and the
 * whole root re-rendered from a template on every change (elements replaced, so refs taken before
 * an action go stale), event delegation on the root with role-less `data-action` controls (tabs,
 * rows, Approve / Reject, Cancel request, Sign out), ids generated per render, history.pushState
 * routes with a "Page not found" view, inputs labelled by a sibling element's text, a toast that
 * disappears, submit buttons disabled until the form is valid (or changed), and field errors only
 * after blur. Sign-in first; the hint names the demo account (sam@leavewise.test / Meadow-42);
 * priya@leavewise.test / Lantern-9 is Sam's manager; ole@leavewise.test / Birch-33 is deactivated.
 * Today in the app is Mon 11 Jan 2027. Sam's requests: R-101 annual 1–2 Mar 2027 approved, R-102
 * annual 15–19 Mar 2027 pending, R-103 sick 7 Dec 2026 approved, R-104 half a day 20 Nov 2026
 * rejected; 14 days of annual leave left. Priya's team: Lena (R-201 study leave 1 Feb, R-202
 * annual 15–19 Feb, both pending), Tom (R-203 annual 25–29 Jan pending, R-204 sick approved).
 *
 * Written 2026-12-07 from 19:05 UTC by the engineer of branch wip11/leave BEFORE changing any
 * planner code, without reading the held-out sets. Every goal starts signed out. Phrasings vary:
 * no word about signing in, credentials inline / in brackets / "user / pass", dates in words
 * without quotes, a half day by "the afternoon of", a note in quotes or after "because"; traps
 * where the obvious action is wrong (the form's default type is Annual leave when sick leave is
 * meant; the half-day select defaults to Morning; an approved March request beside the pending
 * one; Lena has two pending requests; two e-mail checkboxes); three goals the app refuses (more
 * annual leave than left, a deactivated account, an employee approving) where any pass is false.
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * BASELINE before tuning (local planner at d067b00, `npm run -s bench:browser-goals -- --set tuning
 * --app leave --no-export`, 2026-12-07 19:20 UTC, bench/results/browser-goals.leave-baseline.json):
 * 0/14 reached (3 refused), 0 false passes, 3 unverified, 14 failed: the same shape as the held-out
 * help desk. Seen: no goal gets past the sign-in. Every run fills "Email or username", then presses
 * Enter in the password box WITHOUT having filled it (found after: both fields, labelled only by
 * the text beside them, had the same empty name in the run's history, see 94507b0), so the app keeps its form; goals with
 * no password in them and nothing but "sam / Meadow-42"-style credentials say the app did not let
 * the sign-in through; two goals with credentials say none were given (priya "and Lantern-9",
 * "sam (Meadow-42)").
 */
import {
  goal,
  type BrowserGoal,
  type LeaveProfile,
  type LeaveRequest,
  type LeaveSettings,
  type LeaveTruth,
} from './truth.ts';

const SAM = 'sam@leavewise.test';
const PRIYA = 'priya@leavewise.test';
type Shape = Pick<LeaveRequest, 'type' | 'from' | 'to' | 'halfDay' | 'status' | 'reason'>;
/** The requests as the app starts. */
const START: Record<string, Shape> = {
  'R-101': {
    type: 'Annual leave',
    from: '2027-03-01',
    to: '2027-03-02',
    halfDay: '',
    status: 'Approved',
    reason: '',
  },
  'R-102': {
    type: 'Annual leave',
    from: '2027-03-15',
    to: '2027-03-19',
    halfDay: '',
    status: 'Pending',
    reason: '',
  },
  'R-103': {
    type: 'Sick leave',
    from: '2026-12-07',
    to: '2026-12-07',
    halfDay: '',
    status: 'Approved',
    reason: '',
  },
  'R-104': {
    type: 'Annual leave',
    from: '2026-11-20',
    to: '2026-11-20',
    halfDay: 'Morning',
    status: 'Rejected',
    reason: 'Team offsite that morning',
  },
  'R-201': {
    type: 'Study leave',
    from: '2027-02-01',
    to: '2027-02-01',
    halfDay: '',
    status: 'Pending',
    reason: '',
  },
  'R-202': {
    type: 'Annual leave',
    from: '2027-02-15',
    to: '2027-02-19',
    halfDay: '',
    status: 'Pending',
    reason: '',
  },
  'R-203': {
    type: 'Annual leave',
    from: '2027-01-25',
    to: '2027-01-29',
    halfDay: '',
    status: 'Pending',
    reason: '',
  },
  'R-204': {
    type: 'Sick leave',
    from: '2027-01-06',
    to: '2027-01-06',
    halfDay: '',
    status: 'Approved',
    reason: '',
  },
};
const SETTINGS: LeaveSettings = {
  notifyDecisions: true,
  teamDigest: false,
  weekStart: 'Monday',
  defaultType: 'Annual leave',
};
const PROFILE: LeaveProfile = { phone: '', emergencyName: '', emergencyPhone: '' };

/** Every starting request as it was but for `changes`, and exactly `created` new ones. */
const kept = (t: LeaveTruth, changes: Record<string, Partial<Shape>> = {}, created = 0) =>
  t.created.length === created &&
  t.requests.length === Object.keys(START).length + created &&
  Object.entries(START).every(([id, start]) => {
    const r = t.requests.find((x) => x.id === id);
    const want = { ...start, ...changes[id] };
    return r !== undefined && (Object.keys(want) as (keyof Shape)[]).every((k) => r[k] === want[k]);
  });
/** The one request made by the goal, when it made exactly one and changed nothing else. */
const made = (t: LeaveTruth): LeaveRequest | undefined =>
  kept(t, {}, 1) ? t.requests.find((r) => r.id === t.created[0]) : undefined;
const settingsOf = (t: LeaveTruth, user: string, changes: Partial<LeaveSettings>) => {
  const now = t.settings[user];
  const want = { ...SETTINGS, ...changes };
  return (
    t.settingsSaves >= 1 &&
    now !== undefined &&
    (Object.keys(want) as (keyof LeaveSettings)[]).every((k) => now[k] === want[k])
  );
};
const profileOf = (t: LeaveTruth, user: string, changes: Partial<LeaveProfile>) => {
  const now = t.profiles[user];
  const want = { ...PROFILE, ...changes };
  return (
    t.profileSaves >= 1 &&
    now !== undefined &&
    (Object.keys(want) as (keyof LeaveProfile)[]).every((k) => now[k] === want[k])
  );
};
/** Nothing the goal did not ask for: requests, settings and profiles as they started. */
const quiet = (t: LeaveTruth) => kept(t) && !t.settingsSaves && !t.profileSaves;

export const NINTH_LEAVE_GOALS: BrowserGoal[] = [
  // No word about signing in: the account is only in the page's hint.
  goal({
    id: 'leave-book-february',
    app: 'leave',
    goal: 'Book annual leave from 8 to 12 February 2027',
    check: (t) => {
      const r = made(t);
      return (
        t.user === SAM &&
        r?.employee === SAM &&
        r.type === 'Annual leave' &&
        r.from === '2027-02-08' &&
        r.to === '2027-02-12' &&
        r.halfDay === '' &&
        r.status === 'Pending'
      );
    },
  }),
  // The half-day select defaults to Morning.
  goal({
    id: 'leave-afternoon-off',
    app: 'leave',
    goal: 'Sign in as sam@leavewise.test (password Meadow-42) and take the afternoon of Friday 22 January 2027 off',
    check: (t) => {
      const r = made(t);
      return (
        r?.employee === SAM &&
        r.type === 'Annual leave' &&
        r.from === '2027-01-22' &&
        r.to === '2027-01-22' &&
        r.halfDay === 'Afternoon'
      );
    },
  }),
  // The form's type defaults to Annual leave; only sick leave may be in the past.
  goal({
    id: 'leave-sick-day',
    app: 'leave',
    goal: "I was off sick on 5 January 2027, please record it with the note 'Flu, GP letter to follow'",
    check: (t) => {
      const r = made(t);
      return (
        r?.employee === SAM &&
        r.type === 'Sick leave' &&
        r.from === '2027-01-05' &&
        r.to === '2027-01-05' &&
        r.halfDay === '' &&
        r.note === 'Flu, GP letter to follow'
      );
    },
  }),
  // An approved March request sits beside the pending one.
  goal({
    id: 'leave-withdraw-march',
    app: 'leave',
    goal: 'Withdraw my pending leave request for March',
    check: (t) => t.user === SAM && kept(t, { 'R-102': { status: 'Cancelled' } }) && !t.settingsSaves,
  }),
  goal({
    id: 'leave-study-morning',
    app: 'leave',
    goal: 'log in as sam / Meadow-42 and request study leave for the morning of 3 February 2027, note: Final exam',
    check: (t) => {
      const r = made(t);
      return (
        r?.employee === SAM &&
        r.type === 'Study leave' &&
        r.from === '2027-02-03' &&
        r.to === '2027-02-03' &&
        r.halfDay === 'Morning' &&
        r.note === 'Final exam'
      );
    },
  }),
  // Unpaid leave needs a note; the submit stays disabled without one.
  goal({
    id: 'leave-unpaid-may',
    app: 'leave',
    goal: "Ask for unpaid leave from 10 to 12 May 2027 because I'm moving house",
    check: (t) => {
      const r = made(t);
      return (
        r?.employee === SAM &&
        r.type === 'Unpaid leave' &&
        r.from === '2027-05-10' &&
        r.to === '2027-05-12' &&
        /moving/i.test(r.note)
      );
    },
  }),
  // Role-less tabs.
  goal({
    id: 'leave-only-approved',
    app: 'leave',
    goal: 'Show just my approved requests',
    check: (t) => t.user === SAM && t.view === 'requests' && t.filter === 'approved' && quiet(t),
  }),
  // Two e-mail checkboxes; only one is about decisions.
  goal({
    id: 'leave-no-decision-emails',
    app: 'leave',
    goal: 'Stop emailing me when my requests are approved or rejected',
    check: (t) => t.user === SAM && settingsOf(t, SAM, { notifyDecisions: false }) && kept(t),
  }),
  goal({
    id: 'leave-week-sunday',
    app: 'leave',
    goal: 'user sam, pass Meadow-42: make my week start on Sunday',
    check: (t) => t.user === SAM && settingsOf(t, SAM, { weekStart: 'Sunday' }) && kept(t),
  }),
  // Sibling-text labels: two fields read "Phone".
  goal({
    id: 'leave-profile-phone',
    app: 'leave',
    goal: 'Update the phone number on my profile to 07700 900123',
    check: (t) =>
      t.user === SAM && profileOf(t, SAM, { phone: '07700 900123' }) && quiet({ ...t, profileSaves: 0 }),
  }),
  goal({
    id: 'leave-emergency-contact',
    app: 'leave',
    goal: 'Set my emergency contact to Ada Okafor, 07700 900456 [sam@leavewise.test / Meadow-42]',
    check: (t) =>
      t.user === SAM &&
      profileOf(t, SAM, { emergencyName: 'Ada Okafor', emergencyPhone: '07700 900456' }) &&
      quiet({ ...t, profileSaves: 0 }),
  }),
  // Lena has two pending requests; the study one is asked.
  goal({
    id: 'leave-approve-lena-study',
    app: 'leave',
    goal: 'Log in as priya@leavewise.test with password Lantern-9 and approve Lena’s study leave',
    check: (t) => t.user === PRIYA && kept(t, { 'R-201': { status: 'Approved' } }),
  }),
  // Reject needs a reason; Confirm rejection is role-less and greyed until one is typed.
  goal({
    id: 'leave-reject-tom',
    app: 'leave',
    goal: "As Priya (priya / Lantern-9) turn down Tom's January holiday with the reason 'Release week, please pick another week'",
    check: (t) =>
      t.user === PRIYA &&
      kept(t, { 'R-203': { status: 'Rejected', reason: 'Release week, please pick another week' } }),
  }),
  // Several parts: a page to look at, then sign out (role-less).
  goal({
    id: 'leave-team-then-sign-out',
    app: 'leave',
    goal: 'Sign in with priya@leavewise.test and Lantern-9, check the team requests, then sign out',
    check: (t) => t.signIns >= 1 && t.seen.includes('team') && t.signOuts >= 1 && t.user === null && quiet(t),
  }),
  // Refused: 15 working days, 14 left.
  goal({
    id: 'leave-over-balance',
    app: 'leave',
    goal: 'Book annual leave from 7 June to 25 June 2027',
    reachable: false,
    check: (t) => t.requests.some((r) => r.type === 'Annual leave' && r.from === '2027-06-07'),
  }),
  // Refused: the account is deactivated.
  goal({
    id: 'leave-deactivated',
    app: 'leave',
    goal: 'Sign in as ole@leavewise.test with password Birch-33 and open my requests',
    reachable: false,
    check: (t) => t.user === 'ole@leavewise.test',
  }),
  // Refused: only managers see team requests.
  goal({
    id: 'leave-employee-approves',
    app: 'leave',
    goal: "Sign in as sam (Meadow-42) and approve Lena's study leave",
    reachable: false,
    check: (t) => t.requests.some((r) => r.id === 'R-201' && r.status === 'Approved'),
  }),
];
