/**
 * Fifth batch of tuning goals (issue 10 §4/§5): one login-gated record desk, WRITTEN BEFORE
 * TUNING. The app (public/frontdesk/) is a clinic's front desk: log in (user name + password; the
 * page shows a demo account, `frontdesk` / `clinic2026`; `nina` / `hunter2` is a second account
 * shown nowhere; `temp` is disabled), appointments with a live search and a status filter, an
 * appointment's page (clinician select + Assign, status select + Update status, notes, Cancel /
 * Restore), a booking form (patient, reason, clinician select, date; validation) and a profile
 * page (display name, text-message reminders), and Log out in a menu behind the user's name.
 *
 * Written 2026-12-07 from 05:45 UTC by the engineer of branch wip7/login BEFORE changing any
 * planner code, without reading the held-out set. Phrasings vary on purpose, the way different
 * users would write them: most goals never mention logging in although the app requires it (the
 * planner must notice the gate and use the page's demo account or the goal's credentials); others
 * say "log in", "log on", "sign on", "authenticate", with credentials quoted and unquoted; records
 * are named by number, by words of their reason, by patient, by position; one multi-part goal,
 * one settings change, one negative goal, one refused goal (a disabled account).
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * BASELINE before tuning (local planner at c1b73ab, `npm run bench:browser-goals -- --set tuning
 * --app frontdesk --no-export`, 2026-12-07 05:51 UTC): 0/11 reached (1 refused goal), 0 false passes,
 * 1 unverified, 11 failed. Seen: with no sign-in words the goal's value is typed into "User name"
 * ("Tanaka", "Reception Desk", 25 steps of it) or nothing matches at all; "as nina / hunter2" and
 * "as temp with password temp123" are typed whole as the user name; "sign on" and "authenticate"
 * are not read as signing in; the demo account shown on the page is never used.
 * AFTER tuning on branch wip7/login (52aa895, same command, 07:00 UTC): 4/11 reached, 0 false
 * passes (2 false passes seen mid-way were fixed in the checker), 3 passed, 3 unverified, 6 failed.
 */
import { goal, type BrowserGoal, type ClinicAppointment, type ClinicTruth } from './truth.ts';

const START: Pick<ClinicAppointment, 'patient' | 'clinician' | 'status'>[] = [
  { patient: 'Maria Lopez', clinician: 'Dr. Okafor', status: 'Booked' },
  { patient: 'Tom Becker', clinician: null, status: 'Booked' },
  { patient: 'Aiko Tanaka', clinician: 'Dr. Silva', status: 'Checked in' },
  { patient: 'Samuel Reed', clinician: 'Dr. Okafor', status: 'Booked' },
  { patient: 'Lena Fischer', clinician: null, status: 'Booked' },
  { patient: 'Omar Haddad', clinician: 'Dr. Silva', status: 'Completed' },
  { patient: 'Grace Kim', clinician: 'Dr. Nguyen', status: 'Cancelled' },
  { patient: 'Pablo Ruiz', clinician: null, status: 'Booked' },
];

/** Appointments 1–8 as they started (clinician, status, no notes) but for `except`; none booked unless `booked`. */
const kept = (t: ClinicTruth, o: { except?: number[]; booked?: number } = {}) =>
  t.appointments.length === START.length + (o.booked ?? 0) &&
  START.every((s, i) => {
    const now = t.appointments.find((a) => a.id === i + 1);
    if (o.except?.includes(i + 1)) return Boolean(now);
    return (
      now?.patient === s.patient &&
      now.clinician === s.clinician &&
      now.status === s.status &&
      !now.notes.length
    );
  });
const appt = (t: ClinicTruth, id: number) => t.appointments.find((a) => a.id === id);

export const FIFTH_TUNING_GOALS: BrowserGoal[] = [
  // No word about logging in: the page's demo account is the way in.
  goal({
    id: 'frontdesk-find-tanaka',
    app: 'frontdesk',
    goal: 'Find the appointments for Tanaka',
    check: (t) => t.user !== null && t.search.trim().toLowerCase() === 'tanaka' && kept(t),
  }),
  goal({
    id: 'frontdesk-assign-ankle',
    app: 'frontdesk',
    goal: 'Assign the sprained ankle appointment to Dr. Silva',
    check: (t) =>
      appt(t, 2)?.clinician === 'Dr. Silva' && kept(t, { except: [2] }) && appt(t, 2)?.status === 'Booked',
  }),
  goal({
    id: 'frontdesk-restore-grace',
    app: 'frontdesk',
    goal: "Restore Grace Kim's cancelled appointment",
    check: (t) => appt(t, 7)?.status === 'Booked' && kept(t, { except: [7] }),
  }),
  goal({
    id: 'frontdesk-book-jonas',
    app: 'frontdesk',
    goal: 'Book a new appointment for Jonas Weber with Dr. Nguyen for a hearing test',
    check: (t) =>
      kept(t, { booked: 1 }) &&
      t.appointments.some(
        (a) =>
          a.patient === 'Jonas Weber' &&
          a.clinician === 'Dr. Nguyen' &&
          /hearing test/i.test(a.reason) &&
          a.status === 'Booked',
      ),
  }),
  goal({
    id: 'frontdesk-book-no-clinician',
    app: 'frontdesk',
    goal: 'Try to book an appointment for Eva Lang without choosing a clinician and check that the form complains',
    check: (t) =>
      t.formErrors.some((e) => e.field === 'clinician') &&
      !t.appointments.some((a) => a.patient === 'Eva Lang') &&
      kept(t),
  }),
  goal({
    id: 'frontdesk-profile',
    app: 'frontdesk',
    goal: 'Change my display name to Reception Desk and turn off text message reminders',
    check: (t) =>
      t.user !== null &&
      t.profiles[t.user]?.displayName === 'Reception Desk' &&
      t.profiles[t.user]?.smsReminders === false &&
      kept(t),
  }),
  // Credentials in the goal, quoted or not, with different words for logging in.
  goal({
    id: 'frontdesk-logon-check-in-2',
    app: 'frontdesk',
    goal: 'Log on with user name "nina" and password "hunter2", then check in appointment 2',
    check: (t) => t.user === 'nina' && appt(t, 2)?.status === 'Checked in' && kept(t, { except: [2] }),
  }),
  goal({
    id: 'frontdesk-second-note',
    app: 'frontdesk',
    goal: "Sign on as nina (password hunter2) and add the note 'Bring previous X-rays' to the second appointment",
    check: (t) =>
      t.user === 'nina' &&
      Boolean(appt(t, 2)?.notes.some((n) => n.author === 'nina' && n.text === 'Bring previous X-rays')) &&
      appt(t, 2)?.status === 'Booked' &&
      kept(t, { except: [2] }),
  }),
  goal({
    id: 'frontdesk-cancel-5',
    app: 'frontdesk',
    goal: 'Authenticate with the demo account, open appointment 5 and cancel it',
    check: (t) => t.user === 'frontdesk' && appt(t, 5)?.status === 'Cancelled' && kept(t, { except: [5] }),
  }),
  goal({
    id: 'frontdesk-blood-test-done',
    app: 'frontdesk',
    goal: 'Log in as nina / hunter2, open the blood test appointment, add a note saying results are ready, then mark it completed',
    check: (t) =>
      t.user === 'nina' &&
      appt(t, 4)?.status === 'Completed' &&
      Boolean(appt(t, 4)?.notes.some((n) => /results are ready/i.test(n.text))) &&
      kept(t, { except: [4] }),
  }),
  // Negative goals: the refusal is what is asked.
  goal({
    id: 'frontdesk-wrong-password',
    app: 'frontdesk',
    goal: "Make sure logging in as nina with the password 'letmein' is refused",
    check: (t) =>
      t.user === null && t.loginError !== null && t.loginAttempts.some((a) => a.user === 'nina' && !a.ok),
  }),
  // The app refuses: the account is disabled. Any pass is a false pass.
  goal({
    id: 'frontdesk-disabled-account',
    app: 'frontdesk',
    goal: 'Log in as temp with password temp123 and open appointment 1',
    reachable: false,
    check: (t) => t.user === 'temp' && t.openAppointment === 1,
  }),
];
