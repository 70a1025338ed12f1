/**
 * Eighth batch of tuning goals (issue 10, form wizards), WRITTEN BEFORE TUNING. The app
 * (public/enrol/) is an adult-education college's course application in steps: Your details (full
 * name, email, date of birth as Day / Month / Year boxes), Your course (a radio group of courses,
 * the weekend photography one full and disabled; "How will you attend?" In person / Online; a
 * newsletter checkbox ticked from the start and a step-free access one), Your address (Country
 * select, town, postcode — needed in the UK only), an "International students" step that appears
 * only for a country other than the United Kingdom (student visa Yes / No, passport number when
 * Yes), and "Check your answers" (Edit links per section, a required "I confirm…" checkbox, Submit
 * application, then a reference number). "Step N of M" above each heading; Next / Continue / Back,
 * "Save and continue later" (a draft, then Resume application), "Cancel application" (asks first).
 * Errors show only after Next / Continue / Submit. Applicants must be 16 or older on 1 September
 * 2026.
 *
 * Written 2026-12-07 from 15:30 UTC by the engineer of branch wip10/enrol BEFORE changing any
 * planner code, without reading the held-out sets or the `wizard` app's goals. Phrasings vary on
 * purpose (dates as "4 May 1990", "12/11/1985", "30.01.2001"; "the evening course" for the only
 * evening one; Apply / Enrol / Sign … up); traps where the obvious action is wrong (the newsletter
 * box ticked from the start, Cancel where the answer to its question is no, a goal that wants the
 * error, not the next step); three goals the app refuses (under 16, a full course, no date of birth)
 * where any pass is a false pass.
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * BASELINE before tuning (local planner at cbc2648, `npm run bench:browser-goals -- --set tuning
 * --app enrol --no-export`, 2026-12-07 15:35 UTC, bench/results/browser-goals.enrol-baseline.json):
 * 1/14 reached (3 refused goals), 0 passed, 0 false passes, 2 unverified, 15 failed. Seen: the date of
 * birth in three Day / Month / Year boxes is never filled ("born 4 May 1990" finds no field), so
 * every application stops on step 1 with "Enter your date of birth"; a name in "for Priya Nair,"
 * / "as Ravi Shah (" / "my son Leo Park," is not typed into Full name; the one goal reached (the
 * error without a name) is not confirmed by the error shown; Cancel's question is answered yes
 * when the goal says no.
 */
import { goal, type BrowserGoal, type EnrolApplication, type EnrolTruth, type EnrolValues } from './truth.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Whether the typed Day / Month / Year boxes (month as a number or a name) hold `iso`. */
const typedDob = (v: EnrolValues, iso: string): boolean => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = v.dobMonth.trim().toLowerCase();
  const monthOk = /^\d+$/.test(month) ? Number(month) === m : month.slice(0, 3) === MONTHS[m - 1];
  return Number(v.dobDay.trim()) === d && monthOk && v.dobYear.trim() === String(y);
};
/** Submitted, the confirmation shown, with every field in `want`. */
const submittedWith = (t: EnrolTruth, want: Partial<EnrolApplication>): boolean =>
  t.view === 'done' &&
  t.reference !== null &&
  t.submitted !== null &&
  (Object.keys(want) as (keyof EnrolApplication)[]).every((k) => t.submitted![k] === want[k]);
const MIA = {
  fullName: 'Mia Tan',
  email: 'mia.tan@example.com',
  dob: '1990-05-04',
  country: 'United Kingdom',
  town: 'Leeds',
  postcode: 'LS1 4AP',
};

export const EIGHTH_ENROL_GOALS: BrowserGoal[] = [
  // "The evening course": only one course's hint says evenings.
  goal({
    id: 'enrol-mia-evening',
    app: 'enrol',
    goal: 'Apply for the evening course as Mia Tan, born 4 May 1990, email mia.tan@example.com. She lives in Leeds, United Kingdom, postcode LS1 4AP, and will come in person.',
    check: (t) => submittedWith(t, { ...MIA, course: 'Creative writing', attendance: 'In person' }),
  }),
  // The goal is the error, not the next step.
  goal({
    id: 'enrol-no-name',
    app: 'enrol',
    goal: 'Try to continue without a name and make sure the app complains',
    check: (t) =>
      t.view === 'form' &&
      t.step === 'details' &&
      !t.values.fullName.trim() &&
      t.errors.some((e) => e.field === 'fullName') &&
      t.submitted === null,
  }),
  goal({
    id: 'enrol-review-fix-email',
    app: 'enrol',
    goal: 'Apply for web design online as Omar Haddad (omar.h@example.org, date of birth 12/11/1985, Manchester, UK, M1 2AB). On the review page, go back and change his email to omar@haddad.dev, then submit.',
    check: (t) =>
      submittedWith(t, {
        fullName: 'Omar Haddad',
        email: 'omar@haddad.dev',
        dob: '1985-11-12',
        course: 'Web design',
        attendance: 'Online',
        country: 'United Kingdom',
        town: 'Manchester',
        postcode: 'M1 2AB',
      }),
  }),
  // The conditional step, with a visa and a passport.
  goal({
    id: 'enrol-lucas-visa',
    app: 'enrol',
    goal: 'Enrol Lucas Martin in Conversational Spanish, in person. Born 22 June 1995, email lucas.martin@example.fr, lives in Lyon, France. He needs a student visa; his passport number is 18AB42317.',
    check: (t) =>
      submittedWith(t, {
        fullName: 'Lucas Martin',
        email: 'lucas.martin@example.fr',
        dob: '1995-06-22',
        course: 'Conversational Spanish',
        attendance: 'In person',
        country: 'France',
        town: 'Lyon',
        visa: 'Yes',
        passport: '18AB42317',
      }),
  }),
  goal({
    id: 'enrol-anna-no-visa',
    app: 'enrol',
    goal: "Sign Anna Schmidt (anna.schmidt@example.de, born 30.01.2001) up for online web design. She lives in Berlin, Germany and doesn't need a visa.",
    check: (t) =>
      submittedWith(t, {
        fullName: 'Anna Schmidt',
        email: 'anna.schmidt@example.de',
        dob: '2001-01-30',
        course: 'Web design',
        attendance: 'Online',
        country: 'Germany',
        town: 'Berlin',
        visa: 'No',
        passport: '',
      }),
  }),
  goal({
    id: 'enrol-save-draft',
    app: 'enrol',
    goal: 'Start an application for Priya Nair, priya.nair@example.com, born 9 September 1988, and save it to finish later',
    check: (t) =>
      t.draft !== null &&
      t.draft.values.fullName.trim() === 'Priya Nair' &&
      t.draft.values.email.trim() === 'priya.nair@example.com' &&
      typedDob(t.draft.values, '1988-09-09') &&
      t.submitted === null,
  }),
  goal({
    id: 'enrol-cancel-tom',
    app: 'enrol',
    goal: 'Begin an application for Tom Reed, then cancel it and confirm that you really want to',
    check: (t) => t.view === 'cancelled' && t.cancellations === 1 && t.submitted === null,
  }),
  // Trap: the question Cancel asks must be answered no.
  goal({
    id: 'enrol-cancel-keep',
    app: 'enrol',
    goal: 'Press Cancel application, but when it asks whether I am sure, say no: I want to keep my application',
    check: (t) =>
      t.view === 'form' &&
      t.cancelAsked >= 1 &&
      !t.dialogOpen &&
      t.cancellations === 0 &&
      t.submitted === null,
  }),
  // Trap: the newsletter box is ticked from the start.
  goal({
    id: 'enrol-no-newsletter',
    app: 'enrol',
    goal: 'Apply as Ravi Shah (ravi.shah@example.com, born 17 March 1979) for the creative writing course, online, from Bristol UK, postcode BS1 5TR. He needs step-free access and does not want the newsletter.',
    check: (t) =>
      submittedWith(t, {
        fullName: 'Ravi Shah',
        email: 'ravi.shah@example.com',
        dob: '1979-03-17',
        course: 'Creative writing',
        attendance: 'Online',
        country: 'United Kingdom',
        town: 'Bristol',
        postcode: 'BS1 5TR',
        stepFree: true,
        newsletter: false,
      }),
  }),
  goal({
    id: 'enrol-back-keeps',
    app: 'enrol',
    goal: 'Fill in the first page as Ella Fox (ella.fox@example.com, born 1 April 1999), move on to the course page, then go back to the first page',
    check: (t) =>
      t.view === 'form' &&
      t.step === 'details' &&
      t.visited.includes('course') &&
      t.values.fullName.trim() === 'Ella Fox' &&
      t.values.email.trim() === 'ella.fox@example.com' &&
      t.dob === '1999-04-01' &&
      t.submitted === null,
  }),
  goal({
    id: 'enrol-bad-date',
    app: 'enrol',
    goal: 'Give 31 February 1990 as the date of birth, try to go on, and see what the form says about it',
    check: (t) =>
      t.view === 'form' &&
      t.step === 'details' &&
      t.dob === 'invalid' &&
      t.values.dobYear.trim() === '1990' &&
      t.errors.some((e) => e.field === 'dob'),
  }),
  goal({
    id: 'enrol-step-three',
    app: 'enrol',
    goal: "Get to step 3 of 4 with Noor Ali's details (noor.ali@example.com, born 2 February 2002) and the online Spanish course",
    check: (t) =>
      t.view === 'form' &&
      t.stepNumber === 3 &&
      t.step === 'address' &&
      t.values.fullName.trim() === 'Noor Ali' &&
      t.dob === '2002-02-02' &&
      t.values.course === 'Conversational Spanish' &&
      t.values.attendance === 'Online',
  }),
  goal({
    id: 'enrol-review-online',
    app: 'enrol',
    goal: 'Put Ben Okoro (ben.okoro@example.com, born 8 August 1992, Glasgow, United Kingdom, G1 1XQ) down for web design in person, but on the check-your-answers page switch him to online before you submit',
    check: (t) =>
      submittedWith(t, {
        fullName: 'Ben Okoro',
        email: 'ben.okoro@example.com',
        dob: '1992-08-08',
        course: 'Web design',
        attendance: 'Online',
        town: 'Glasgow',
        postcode: 'G1 1XQ',
      }),
  }),
  goal({
    id: 'enrol-resume-draft',
    app: 'enrol',
    goal: "Save Priya Nair's application (priya.nair@example.com, born 9 September 1988) for later, then resume it and carry on to the course step",
    check: (t) =>
      t.drafts >= 1 &&
      t.view === 'form' &&
      t.step === 'course' &&
      t.values.fullName.trim() === 'Priya Nair' &&
      t.dob === '1988-09-09' &&
      t.submitted === null,
  }),
  // Refused: 14 on 1 September 2026.
  goal({
    id: 'enrol-under-16',
    app: 'enrol',
    goal: 'Enrol my son Leo Park, born 3 March 2012 (leo.park@example.com), on the creative writing course in person; we live in York, UK, YO1 7HH',
    reachable: false,
    check: (t) => t.submitted?.fullName === 'Leo Park' && t.submitted.dob === '2012-03-03',
  }),
  // Refused: the course is full (its radio is disabled).
  goal({
    id: 'enrol-photography-full',
    app: 'enrol',
    goal: 'Apply for the weekend photography course as Mia Tan (mia.tan@example.com, born 4 May 1990, Leeds, UK, LS1 4AP, in person)',
    reachable: false,
    check: (t) => t.submitted?.course === 'Photography',
  }),
  // Refused: the date of birth is required.
  goal({
    id: 'enrol-no-dob',
    app: 'enrol',
    goal: 'Send in an application for Noah Berg (noah.berg@example.com) for online web design, from Dublin, Ireland, no visa needed, without giving any date of birth',
    reachable: false,
    check: (t) => t.submitted?.fullName === 'Noah Berg' && t.submitted.dob === '',
  }),
];
