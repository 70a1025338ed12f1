/**
 * Twelfth-round tuning goals (issue 10), WRITTEN BEFORE ANY PLANNER CHANGE, for two kinds of false
 * pass described (not shown) from a blind held-out run: (1) a row-scoped change (pause a hold until
 * a date, move a booking) done on the wrong row, with the row's destructive button ("Cancel hold")
 * clicked, and passed on the date box merely being visible; (2) a filter goal with two restrictions
 * (a format AND "available now") passed on the evidence of one. The app (public/holds/) is a library
 * account: three holds and two table bookings in rows, each row with its own date box and its own
 * buttons, the same names in every row; a catalogue search with a Format checkbox group, a separate
 * "Available now" checkbox and a Search button. Every date box is visible from the start.
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * Written 2026-12-07 ~22:45 UTC on branch wip12/fp3, before touching src/.
 *
 * BASELINE before any change (local planner at dc5f220, `npm run -s bench:browser-goals -- --set
 * tuning --app holds --no-export`, 22:50 UTC, bench/results/browser-goals.holds-baseline.json):
 * 2/7 reached, 3 FALSE PASSES. pause-away filled the date box of another row (The Salt Road),
 * pressed Winter Orchard's Pause, and passed on the app's own complaint "Choose a date to pause
 * Winter Orchard until." (its words echo the goal); filter-audio-now ticked Audiobook only (no
 * Available now, no Search) and passed on "Audiobook is checked"; filter-audio-only ticked
 * Audiobook, never pressed Search, and passed on the box being checked.
 */
import { goal, type BrowserGoal, type HoldsTruth } from './truth.ts';

const TITLES = ['The Salt Road', 'Winter Orchard', 'A Map of Rivers'];
const RESTAURANTS = ['Casa Lupo', 'The Green Fig'];
const START_DATES: Record<string, string> = { 'Casa Lupo': '2027-01-22', 'The Green Fig': '2027-01-29' };

/** Every hold still there, only `title` paused (until `until`). */
const onlyPaused = (t: HoldsTruth, title: string, until: string) =>
  t.cancelledHolds.length === 0 &&
  TITLES.every((x) => {
    const hold = t.holds.find((h) => h.title === x);
    return hold !== undefined && hold.pausedUntil === (x === title ? until : null);
  });

/** Both bookings still there, only `restaurant` moved (to `date`). */
const onlyMoved = (t: HoldsTruth, restaurant: string, date: string) =>
  t.cancelledBookings.length === 0 &&
  RESTAURANTS.every(
    (x) => t.bookings.find((b) => b.restaurant === x)?.date === (x === restaurant ? date : START_DATES[x]),
  );

const applied = (t: HoldsTruth, formats: string[], availableNow: boolean) =>
  t.searches > 0 &&
  t.applied.availableNow === availableNow &&
  t.applied.formats.length === formats.length &&
  formats.every((f) => t.applied.formats.includes(f));

export const TWELFTH_HOLDS_GOALS: BrowserGoal[] = [
  goal({
    id: 'holds-pause-away',
    app: 'holds',
    goal: "I'm away until 20 March 2027. Pause my hold on Winter Orchard until then.",
    check: (t) => onlyPaused(t, 'Winter Orchard', '2027-03-20'),
  }),
  goal({
    id: 'holds-pause-last-row',
    app: 'holds',
    goal: 'Put my hold on A Map of Rivers on pause until 2 April 2027',
    check: (t) => onlyPaused(t, 'A Map of Rivers', '2027-04-02'),
  }),
  goal({
    id: 'holds-booking-move',
    app: 'holds',
    goal: 'Move my table booking at The Green Fig to 5 February 2027',
    check: (t) => onlyMoved(t, 'The Green Fig', '2027-02-05'),
  }),
  goal({
    id: 'holds-cancel-asked',
    app: 'holds',
    goal: 'Cancel my hold on The Salt Road',
    check: (t) =>
      t.cancelledHolds.join() === 'The Salt Road' &&
      t.holds.length === 2 &&
      t.holds.every((h) => h.pausedUntil === null),
  }),
  goal({
    id: 'holds-filter-audio-now',
    app: 'holds',
    goal: 'Show only audiobooks that are available right now',
    check: (t) => applied(t, ['Audiobook'], true),
  }),
  goal({
    id: 'holds-filter-ebooks-now',
    app: 'holds',
    goal: 'Search the catalogue for e-books that are available now',
    check: (t) => applied(t, ['E-book'], true),
  }),
  goal({
    id: 'holds-filter-audio-only',
    app: 'holds',
    goal: 'Show only audiobooks',
    check: (t) => applied(t, ['Audiobook'], false),
  }),
];
