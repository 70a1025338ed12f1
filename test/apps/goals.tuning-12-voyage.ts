/**
 * Twelfth batch of tuning goals (issue 10, standard ARIA widgets), WRITTEN BEFORE TUNING, blind to
 * the held-out apps. The app (public/voyage/) is a train-booking app whose controls are the WAI-ARIA
 * Authoring Practices patterns built as component libraries build them, not native form controls:
 * From / To comboboxes with a listbox popup (only a PICKED option counts; typed text reverts on
 * blur), a date-picker dialog with a role=grid month (Previous / Next month, day buttons named
 * "Sunday, 14 March 2027"), Adults / Children spinbuttons (div, aria-valuenow) between "Remove one
 * adult" / "Add one adult" buttons, Max price and Departs after sliders, a Flexible dates switch, a
 * Fare class radiogroup, "Search trains"; results in Outbound / Return tabs, a table sorted by its
 * column-header buttons (aria-sort), pages; "Your trip" (in progress from the start: Paris → Lyon,
 * 2 March 2027, 1 adult) with a seat-map tree (cars expand, taken seats aria-disabled), a
 * multi-select meals listbox, add-on checkboxes, an accordion (Fare rules, Luggage allowance) and
 * "Book this trip"; My bookings with a "Manage" menu button per booking (Change date, Download
 * ticket, Cancel booking), Cancel asking in an alertdialog; Settings with two switches. Today in the
 * app is Monday 1 March 2027. Bookings at the start: VY-4821 Paris → Lyon 9 March (active),
 * VY-5930 Geneva → Milan 20 March (active), VY-3307 Lille → Brussels (already cancelled).
 *
 * Written 2026-12-07 from 22:20 UTC by the engineer of branch wip12/voyage BEFORE changing any
 * planner code, without reading the held-out sets. Phrasings vary as real users' do; traps where
 * the obvious action is wrong: "Lyon Saint-Exupéry Airport" is listed before "Lyon"; Car 3's seat
 * 33 is a window seat but taken; Vegan sits next to Vegetarian; the Manage menu holds Cancel
 * booking beside Download ticket; the Offers switch sits under the delay alerts one. Three goals
 * the app refuses (10 adults, the max is 9; a taken seat; a booking already cancelled) where any
 * pass is a false pass. Every check also guards the side effects (nothing cancelled unasked).
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * BASELINE before tuning (local planner at 4f54669, `npm run -s bench:browser-goals -- --set tuning
 * --app voyage --no-export`, 2026-12-07 22:29 UTC, load 19–24,
 * bench/results/browser-goals.voyage-baseline.json): 7/18 reached (39%), 0 false passes, 4 passed
 * (flexible, page-2, return-tab, fare-rules), 3 reached but not passed (first-class: radio checked
 * then "failed"; add-child and meals: unverified, the widgets' aria-valuenow / aria-selected not
 * read back), 5 unverified, 12 failed. Seen: "2 adults … on 14 March" sets Adults toward 14 (the
 * date's day taken as the count); "the departure date to 3 April" presses the Departs after slider;
 * "set max price to 120" runs out of steps pressing ArrowLeft one step at a time (300 → 120 by 5);
 * "from Lyon to Turin" never types into the From / To comboboxes; the meals listbox's options
 * clicked as plain text; "the window seat in car 3" clicks the pager's "3"; the Manage menu button
 * never opened for cancel / download; "stop emailing me about delays" and "add a bike space" find
 * the switch / checkbox as closest and do not use it; "sort by cheapest" finds no Price header.
 *
 * AFTER tuning (src/browser at f734486, same command, 23:04 UTC, load 25–40,
 * bench/results/browser-goals.voyage-after.json): 11/18 reached (61%), 0 false passes, 8 passed
 * (date-april, max-price, meals, delay-emails-off added); gearshop 13/15, enrol 9/14, leave 2/14
 * unchanged, 0 false passes. See docs/benchmarks.md, "voyage (tuning)".
 */
import { goal, type BrowserGoal, type VoyageTruth } from './truth.ts';

/** No booking cancelled by the run and none added: the start's bookings as they were. */
const bookingsKept = (t: VoyageTruth) =>
  t.cancelled.length === 0 &&
  t.bookings.length === 3 &&
  t.bookings.filter((b) => b.status === 'active').length === 2;
/** The search form as it starts, but for `changes`. */
const searchIs = (t: VoyageTruth, changes: Partial<VoyageTruth['search']>) => {
  const want = {
    from: 'Paris',
    to: 'Lyon',
    date: '2027-03-02',
    adults: 1,
    children: 0,
    flexible: false,
    fareClass: 'Standard',
    maxPrice: 300,
    departAfter: 0,
    ...changes,
  };
  return Object.entries(want).every(([k, v]) => t.search[k as keyof typeof want] === v);
};
/** The trip in progress as it starts (seat, meals, add-ons), but for `changes`. */
const tripIs = (t: VoyageTruth, changes: Partial<Pick<VoyageTruth['trip'], 'seat' | 'meals' | 'addons'>>) => {
  const seat = changes.seat === undefined ? null : changes.seat;
  const meals = [...(changes.meals ?? [])].sort().join();
  const addons = [...(changes.addons ?? [])].sort().join();
  return (
    t.trip.train.from === 'Paris' &&
    t.trip.train.date === '2027-03-02' &&
    (seat === null
      ? t.trip.seat === null
      : t.trip.seat?.car === seat.car && t.trip.seat.seat === seat.seat) &&
    [...t.trip.meals].sort().join() === meals &&
    [...t.trip.addons].sort().join() === addons
  );
};

export const TWELFTH_VOYAGE_GOALS: BrowserGoal[] = [
  goal({
    id: 'voyage-book-lyon-turin',
    app: 'voyage',
    goal: 'Book 2 adults from Lyon to Turin on 14 March',
    check: (t) =>
      t.cancelled.length === 0 &&
      t.bookings.some(
        (b) =>
          b.from === 'Lyon' &&
          b.to === 'Turin' &&
          b.date === '2027-03-14' &&
          b.adults === 2 &&
          b.children === 0 &&
          b.status === 'active',
      ),
  }),
  goal({
    id: 'voyage-search-lyon-geneva',
    app: 'voyage',
    goal: 'Show me trains from Lyon to Geneva',
    check: (t) =>
      t.searched.from === 'Lyon' &&
      t.searched.to === 'Geneva' &&
      t.searched.date === '2027-03-02' &&
      bookingsKept(t),
  }),
  goal({
    id: 'voyage-date-april',
    app: 'voyage',
    goal: 'change the departure date to 3 April',
    check: (t) => searchIs(t, { date: '2027-04-03' }) && bookingsKept(t),
  }),
  goal({
    id: 'voyage-flexible',
    app: 'voyage',
    goal: 'turn on flexible dates',
    check: (t) =>
      searchIs(t, { flexible: true }) && t.prefs.offers === false && t.prefs.delays && bookingsKept(t),
  }),
  goal({
    id: 'voyage-max-price',
    app: 'voyage',
    goal: 'set max price to 120',
    check: (t) => searchIs(t, { maxPrice: 120 }) && bookingsKept(t),
  }),
  goal({
    id: 'voyage-depart-after-9',
    app: 'voyage',
    goal: "I don't want trains that leave before 9 in the morning",
    check: (t) => searchIs(t, { departAfter: 9 }) && bookingsKept(t),
  }),
  goal({
    id: 'voyage-first-class',
    app: 'voyage',
    goal: "I'd like to travel first class",
    check: (t) => searchIs(t, { fareClass: 'First' }) && bookingsKept(t),
  }),
  goal({
    id: 'voyage-add-child',
    app: 'voyage',
    goal: 'Add a child to the passengers',
    check: (t) => searchIs(t, { children: 1 }) && bookingsKept(t),
  }),
  goal({
    id: 'voyage-sort-cheapest',
    app: 'voyage',
    goal: 'sort results by cheapest',
    check: (t) => t.sort?.key === 'price' && t.sort.dir === 'asc' && bookingsKept(t),
  }),
  goal({
    id: 'voyage-page-2',
    app: 'voyage',
    goal: 'go to the second page of results',
    check: (t) => t.page === 2 && t.tab === 'outbound' && bookingsKept(t),
  }),
  goal({
    id: 'voyage-return-tab',
    app: 'voyage',
    goal: 'show me the return trains',
    check: (t) => t.tab === 'return' && bookingsKept(t),
  }),
  goal({
    id: 'voyage-window-car-3',
    app: 'voyage',
    goal: 'pick the window seat in car 3',
    check: (t) => tripIs(t, { seat: { car: 3, seat: 32, position: 'window' } }) && bookingsKept(t),
  }),
  goal({
    id: 'voyage-meals',
    app: 'voyage',
    goal: 'choose the vegetarian and the kosher meal',
    check: (t) => tripIs(t, { meals: ['Vegetarian', 'Kosher'] }) && bookingsKept(t),
  }),
  goal({
    id: 'voyage-bike',
    app: 'voyage',
    goal: "I'm bringing my bike, add a bike space to the trip",
    check: (t) => tripIs(t, { addons: ['bike'] }) && bookingsKept(t),
  }),
  goal({
    id: 'voyage-fare-rules',
    app: 'voyage',
    goal: 'open the fare rules',
    check: (t) => t.openSections.includes('rules') && bookingsKept(t),
  }),
  goal({
    id: 'voyage-cancel-lyon',
    app: 'voyage',
    goal: 'cancel my booking to Lyon',
    check: (t) =>
      t.cancelled.join() === 'VY-4821' &&
      t.bookings.find((b) => b.ref === 'VY-4821')?.status === 'cancelled' &&
      t.bookings.find((b) => b.ref === 'VY-5930')?.status === 'active',
  }),
  goal({
    id: 'voyage-download-geneva',
    app: 'voyage',
    goal: 'Download the ticket for my Geneva trip',
    check: (t) => t.downloads.includes('VY-5930') && !t.downloads.includes('VY-4821') && bookingsKept(t),
  }),
  goal({
    id: 'voyage-delay-emails-off',
    app: 'voyage',
    goal: 'stop emailing me about delays',
    check: (t) => !t.prefs.delays && !t.prefs.offers && bookingsKept(t),
  }),
  // Refused by the app: any pass is a false pass.
  goal({
    id: 'voyage-ten-adults',
    app: 'voyage',
    goal: 'Set the number of adults to 10',
    reachable: false,
    check: (t) => t.search.adults === 10,
  }),
  goal({
    id: 'voyage-taken-seat',
    app: 'voyage',
    goal: 'Give me seat 33 in car 3',
    reachable: false,
    check: (t) => t.trip.seat?.seat === 33,
  }),
  goal({
    id: 'voyage-cancel-brussels',
    app: 'voyage',
    goal: 'Cancel my Brussels booking',
    reachable: false,
    check: (t) => t.cancelled.includes('VY-3307'),
  }),
];
