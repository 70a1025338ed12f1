/**
 * Fifth batch of tuning goals (issue 10 §4/§5): form wizards, WRITTEN BEFORE TUNING. One new app,
 * `insure` (a travel-insurance quote: Your details → Your trip → Winter sports, shown only when the
 * trip answer is "Yes" → Cover → Payment → Check your answers → a policy reference), in other words
 * than the registration wizard and the parcels wizard: Continue / Previous, "Step N of M", an error
 * summary plus an error beside each field, radio groups, selects, date fields, a terms checkbox,
 * Edit links on the review page. Written 2026-12-07 from 05:45 UTC by the wizard engineer of branch
 * wip7/wizard, before any change to src/ on that branch, WITHOUT READING THE HELD-OUT SET.
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * The goals are phrased as different users would: the whole wizard in one sentence with values
 * unquoted; values in another order than the form's; dates as `23/06/1972` or `20 December 2026`;
 * an error asked for; an error fixed after it shows; a step named by number or by title to stop
 * at; a conditional step made to appear; an answer changed from the review page. Traps: the help
 * box mentions a "policy reference number" from the start, "Start again" wipes every answer, the
 * cover step previews a price before the level is saved; the app refuses a traveller over 80 and a
 * return before the departure (`reachable: false`: any pass is a false pass).
 *
 * BASELINE, before any tuning (local planner, `npm run bench:browser-goals -- --set tuning --app
 * insure --no-export`, 2026-12-07 05:55 UTC, load 22–26 on 2 cores): reached 0/9 reachable, 0 false
 * passes, 1 unverified (insure-invalid-email), 10 failed. What went wrong: the date of birth never
 * filled (several dates in the goal, "born" not tied to "Date of birth"), a card number's digit
 * groups typed into "Full name", "Margaret Hamilton: fill" and "CB2 1TN) for a snowboarding…" taken
 * as values, and after the first Continue the planner stopped ("nothing on the page does …")
 * instead of filling the next step.
 */
import { goal, type BrowserGoal, type InsureDraft, type InsureTruth } from './truth.ts';

/** The draft holds every `expected` value. */
const drafted = (d: InsureDraft | null, expected: Partial<InsureDraft>): boolean =>
  d !== null && (Object.keys(expected) as (keyof InsureDraft)[]).every((k) => d[k] === expected[k]);

/** Bought once, with a reference shown, never wiped by Start again on the way. */
const bought = (t: InsureTruth, expected: Partial<InsureDraft>): boolean =>
  t.step === 'done' &&
  /^HM-\d{6}$/.test(t.reference ?? '') &&
  t.restarts === 0 &&
  drafted(t.submitted, expected);

const ADA: Partial<InsureDraft> = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  dob: '1985-12-10',
  postcode: 'SW1A 1AA',
  region: 'Europe',
  tripType: 'Single trip',
  depart: '2026-12-20',
  return: '2027-01-03',
  winterSports: 'No',
};

export const FIFTH_WIZARD_GOALS: BrowserGoal[] = [
  goal({
    id: 'insure-buy-europe',
    app: 'insure',
    goal: 'Buy single-trip travel insurance for Ada Lovelace, ada@example.com, born 10 December 1985, postcode SW1A 1AA, going to Europe from 20 December 2026 to 3 January 2027 with no winter sports, Standard cover, paying by card 4242 4242 4242 4242 in the name of Ada Lovelace, and accept the terms',
    check: (t) =>
      bought(t, {
        ...ADA,
        cover: 'Standard',
        gadgets: false,
        cardName: 'Ada Lovelace',
        cardNumber: '4242424242424242',
      }),
  }),
  goal({
    id: 'insure-invalid-email',
    app: 'insure',
    goal: 'On the first step enter Grace Hopper with the email grace.example.com, born 9 December 1956, postcode N1 9GU, press Continue and make sure an error about the email is shown',
    check: (t) =>
      t.step === 'traveller' &&
      t.submitted === null &&
      t.errors.some((e) => e.field === 'email') &&
      !t.errors.some((e) => e.field !== 'email') &&
      drafted(t.draft, {
        name: 'Grace Hopper',
        email: 'grace.example.com',
        dob: '1956-12-09',
        postcode: 'N1 9GU',
      }),
  }),
  goal({
    id: 'insure-fix-postcode',
    app: 'insure',
    goal: 'Fill in your details as Alan Turing, alan.turing@example.org, 23/06/1972, with the postcode 12345; continue, then correct the postcode to MK3 6EB and continue again',
    check: (t) =>
      t.errorHistory.some((e) => e.step === 'traveller' && e.field === 'postcode') &&
      t.step === 'trip' &&
      t.errors.length === 0 &&
      drafted(t.draft, {
        name: 'Alan Turing',
        email: 'alan.turing@example.org',
        dob: '1972-06-23',
        postcode: 'MK3 6EB',
      }),
  }),
  goal({
    id: 'insure-back-from-step-3',
    app: 'insure',
    goal: 'Get to step 3 as Margaret Hamilton (m.hamilton@example.com, born 1 March 1990, EH1 1YZ) on an annual multi-trip to Worldwide from 5 January 2027 to 5 February 2027 without winter sports, then go back to step 2',
    check: (t) =>
      t.visited.includes('cover') &&
      t.step === 'trip' &&
      t.previous >= 1 &&
      t.restarts === 0 &&
      t.submitted === null &&
      drafted(t.draft, {
        name: 'Margaret Hamilton',
        region: 'Worldwide',
        tripType: 'Annual multi-trip',
        depart: '2027-01-05',
        return: '2027-02-05',
        winterSports: 'No',
      }),
  }),
  goal({
    id: 'insure-order-mixed',
    app: 'insure',
    goal: 'Postcode EH1 1YZ, date of birth 1 March 1990, email m.hamilton@example.com and name Margaret Hamilton: fill in the details step with these and go on',
    check: (t) =>
      t.step === 'trip' &&
      drafted(t.draft, {
        name: 'Margaret Hamilton',
        email: 'm.hamilton@example.com',
        dob: '1990-03-01',
        postcode: 'EH1 1YZ',
      }),
  }),
  goal({
    id: 'insure-winter-step',
    app: 'insure',
    goal: 'Answer yes to skiing or snowboarding so that the winter sports step appears, for Barbara Liskov, barbara@example.edu, born 7 November 1959, postcode CB2 1TN, a single trip to Europe from 2 February 2027 to 9 February 2027',
    check: (t) =>
      t.step === 'sports' &&
      t.submitted === null &&
      drafted(t.draft, {
        name: 'Barbara Liskov',
        region: 'Europe',
        tripType: 'Single trip',
        depart: '2027-02-02',
        return: '2027-02-09',
        winterSports: 'Yes',
      }),
  }),
  goal({
    id: 'insure-snowboard-premier',
    app: 'insure',
    goal: 'Insure Barbara Liskov (barbara@example.edu, born 7 November 1959, postcode CB2 1TN) for a snowboarding holiday in Europe, single trip, 2 February 2027 to 9 February 2027, with her own equipment worth £800, Premier cover with gadget cover, card 5555 4444 3333 1111 in the name B Liskov; accept the terms, buy it and make sure a policy reference is shown',
    check: (t) =>
      bought(t, {
        name: 'Barbara Liskov',
        email: 'barbara@example.edu',
        dob: '1959-11-07',
        postcode: 'CB2 1TN',
        region: 'Europe',
        tripType: 'Single trip',
        depart: '2027-02-02',
        return: '2027-02-09',
        winterSports: 'Yes',
        activity: 'Snowboarding',
        equipmentValue: '800',
        cover: 'Premier',
        gadgets: true,
        cardName: 'B Liskov',
        cardNumber: '5555444433331111',
        terms: true,
      }),
  }),
  goal({
    id: 'insure-stop-payment',
    app: 'insure',
    goal: 'Get to the payment step for Grace Hopper, grace@example.com, born 9 December 1956, postcode N1 9GU, Worldwide excluding USA and Canada, single trip 14 January 2027 to 28 January 2027, no skiing, Essential cover',
    check: (t) =>
      t.step === 'payment' &&
      t.submitted === null &&
      t.restarts === 0 &&
      t.draft.cardNumber === '' &&
      drafted(t.draft, {
        name: 'Grace Hopper',
        email: 'grace@example.com',
        dob: '1956-12-09',
        postcode: 'N1 9GU',
        region: 'Worldwide excluding USA and Canada',
        tripType: 'Single trip',
        depart: '2027-01-14',
        return: '2027-01-28',
        winterSports: 'No',
        cover: 'Essential',
      }),
  }),
  // Trap: the cover step's price previews Premier as soon as it is picked, before Continue saves it.
  goal({
    id: 'insure-review-change-cover',
    app: 'insure',
    goal: 'Fill in the quote for Ada Lovelace (ada@example.com, born 10 December 1985, postcode SW1A 1AA; Europe, single trip, 20 December 2026 to 3 January 2027, no winter sports; Standard cover; card 4242424242424242 in the name Ada Lovelace, terms accepted) up to the page where you check your answers, then use its Edit link to change the cover to Premier and return to the review without buying',
    check: (t) =>
      t.step === 'review' &&
      t.submitted === null &&
      t.visited.indexOf('review') < t.visited.lastIndexOf('cover') &&
      drafted(t.draft, { ...ADA, cover: 'Premier', cardNumber: '4242424242424242', terms: true }),
  }),
  // Refused: the app covers travellers aged 80 or under (Ken is 83).
  goal({
    id: 'insure-too-old',
    app: 'insure',
    goal: 'Buy an Essential single-trip policy to Europe from 10 January 2027 to 17 January 2027, no winter sports, for Ken Thompson, ken@example.com, born 4 February 1943, postcode LS1 4AP, card 4000 0000 0000 0002 in his name, accepting the terms',
    reachable: false,
    check: (t) => t.submitted !== null,
  }),
  // Refused: the return date is before the departure.
  goal({
    id: 'insure-return-before-departure',
    app: 'insure',
    goal: 'Get a quote for Alan Turing, alan.turing@example.org, born 23 June 1972, postcode MK3 6EB, travelling worldwide on a single trip leaving 10 January 2027 and returning 5 January 2027, no winter sports, and get as far as choosing the cover',
    reachable: false,
    check: (t) => t.visited.includes('cover'),
  }),
];
