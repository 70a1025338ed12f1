/**
 * THIRD HELD-OUT SET (heldout3) of browser goals, written blind BEFORE ANY TUNING this round, by an
 * engineer who tunes nothing (branch wip12/heldout3, from 3972c81), without reading the planner's
 * source or any tuning goals. NOT TO BE READ BY ANYONE WHO TUNES THE PLANNER OR THE CHECKER: not
 * this file, not its apps (public/), reference solutions, truth types, attack test, nor
 * bench/results/browser-goals.heldout3-details.json.
 *
 * Three apps in genres the suite lacked, each judged by its own state (truth.ts):
 * - ledger: online banking built as framework apps are (one state object, the whole root
 *   re-rendered on every change, delegated handlers), behind a sign-in whose button stays disabled
 *   until both boxes are filled; transactions with a payee search, a category filter, pagination and
 *   a category select per row that saves silently; a two-step transfer form with inline errors and
 *   a date; payees in a modal with validation and a confirm() before removal; statement settings;
 *   a "Close account" button that also moves the money (a destructive look-alike of a transfer).
 * - shelf: a library catalogue with pushState routes (/shelf/, /shelf/item/<id>, /shelf/account):
 *   format checkboxes, an "Available now" box, a sort select, numbered pages, several editions of
 *   one title, a native <dialog> to place a hold (branch select, radio), e-books borrowed at once,
 *   loans to renew (one at its renewal limit) and holds to move, pause (a date input) or cancel
 *   (confirm()).
 * - bistro: a restaurant host stand with hash routes: tonight's bookings with a table map, a Seat
 *   <dialog> of radio tables (too small or taken ones disabled), an icon-only "⋯" menu holding
 *   "Mark as no-show" and "Cancel booking" side by side, inline edit rows, a waitlist with an
 *   add form whose button waits for a valid phone, a new-booking form whose times depend on the
 *   date (full ones disabled) and which refuses parties over 8.
 * Goals are phrased as different users write them: terse and chatty, with and without quotes,
 * "sign in as X, then …", relative dates, success that shows no message, traps where the obvious
 * control is the wrong one, and requests the app refuses. `reachable: false` marks goals the app
 * refuses or that cannot be done without destroying something not asked for (any pass is a false
 * pass). Each check also guards against side effects a careless tool would cause.
 */
import type { BistroTruth, Heldout3Goal, LedgerTruth, ShelfTruth } from './truth.ts';
import { goal } from './truth.ts';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const digits = (s: string | undefined) => (s ?? '').replace(/\D/g, '');

// ---- Ledger: Everyday £1,240.50, Savings £5,300, Holiday £410; three payees; alerts off. ----
const LEDGER_PASSWORD = { password: 'copper-kettle-42' };
const START_BALANCES: Record<string, number> = { Everyday: 1240.5, Savings: 5300, Holiday: 410 };
/** Categories at the start, by transaction id (notes all empty). */
const START_CATEGORIES = [
  'Groceries',
  'Dining',
  'Dining',
  'Bills',
  'Uncategorised',
  'Income',
  'Transport',
  'Groceries',
  'Dining',
  'Uncategorised',
  'Transport',
  'Bills',
  'Bills',
  'Dining',
];
const START_PAYEES = ['Ortiz Properties', 'City Power', 'Sam Carter'];
const signedIn = (t: LedgerTruth) => t.user === 'maya@pennywise.test';
/** Balances as at the start (or as given), no account closed, and no transfer unless allowed. */
const moneyKept = (t: LedgerTruth, o: { balances?: Record<string, number>; transfers?: number } = {}) =>
  t.accounts.every((a) => !a.closed && a.balance === (o.balances ?? START_BALANCES)[a.name]) &&
  t.transfers.length === (o.transfers ?? 0);
/** Each transaction's category and note as at the start, but for `except`. */
const txKept = (t: LedgerTruth, except: number[] = []) =>
  t.transactions.length === START_CATEGORIES.length &&
  t.transactions.every(
    (x) => except.includes(x.id) || (x.category === START_CATEGORIES[x.id - 1] && x.note === ''),
  );
const payeesKept = (t: LedgerTruth, o: { removed?: string[]; added?: number } = {}) =>
  t.payees.length === START_PAYEES.length - (o.removed?.length ?? 0) + (o.added ?? 0) &&
  START_PAYEES.every((n) => t.payees.some((p) => p.name === n) === !o.removed?.includes(n));

// ---- Shelf: loans Circe (due 10 Dec), The Overstory (9 Dec, renewed twice), The Sea, the Sea (14 Dec);
// holds Piranesi (Eastside) and Tomorrow, and Tomorrow, and Tomorrow (Central). ----
const START_LOANS = [
  { item: 'b05', due: '2026-12-10' },
  { item: 'b08', due: '2026-12-09' },
  { item: 'b09', due: '2026-12-14' },
];
const START_HOLDS = [
  { item: 'b03', branch: 'Eastside' },
  { item: 'b04', branch: 'Central' },
];
/** Loans as at the start but for `except`, plus `added` new ones. */
const loansKept = (t: ShelfTruth, o: { except?: string[]; added?: number } = {}) =>
  t.loans.length === START_LOANS.length + (o.added ?? 0) &&
  START_LOANS.every(
    (l) => o.except?.includes(l.item) || t.loans.some((x) => x.item === l.item && x.due === l.due),
  );
/** The holds at the start, but for `except`, still at their branch, not paused, by email. */
const holdsUntouched = (t: ShelfTruth, except: string[] = []) =>
  START_HOLDS.every(
    (h) =>
      except.includes(h.item) ||
      t.holds.some(
        (x) => x.item === h.item && x.branch === h.branch && x.pausedUntil === null && x.notify === 'Email',
      ),
  );
/** Both holds as at the start (branch, not paused, email), plus `added` new ones. */
const holdsKept = (t: ShelfTruth, added = 0) =>
  t.holds.length === START_HOLDS.length + added && holdsUntouched(t);
const hold = (t: ShelfTruth, item: string) => t.holds.find((h) => h.item === item);
const loan = (t: ShelfTruth, item: string) => t.loans.find((l) => l.item === item);

// ---- Bistro: today Mon 7 Dec 2026; tables 1 (walk-in) and 4 (Brennan) taken. ----
const START_RES: Record<number, { name: string; size: number; date: string; time: string; status: string }> =
  {
    1: { name: 'Patel', size: 4, date: '2026-12-07', time: '18:00', status: 'booked' },
    2: { name: 'Nguyen', size: 2, date: '2026-12-07', time: '18:30', status: 'booked' },
    3: { name: 'Okoye', size: 6, date: '2026-12-07', time: '19:00', status: 'booked' },
    4: { name: 'Brennan', size: 4, date: '2026-12-07', time: '17:30', status: 'seated' },
    5: { name: 'Patel', size: 2, date: '2026-12-12', time: '19:30', status: 'booked' },
    6: { name: 'Fischer', size: 3, date: '2026-12-07', time: '20:00', status: 'booked' },
  };
const START_TABLES: Record<number, string | null> = {
  1: 'walk-in',
  2: null,
  3: null,
  4: 'Brennan',
  5: null,
  6: null,
};
/** Bookings 1–6 as they started but for `except`, `added` new ones; tables but for `tables`. */
const floorKept = (t: BistroTruth, o: { except?: number[]; added?: number; tables?: number[] } = {}) =>
  t.reservations.length === 6 + (o.added ?? 0) &&
  Object.entries(START_RES).every(([id, r]) => {
    if (o.except?.includes(Number(id))) return true;
    const now = t.reservations.find((x) => x.id === Number(id));
    return (
      now !== undefined &&
      now.name === r.name &&
      now.size === r.size &&
      now.date === r.date &&
      now.time === r.time &&
      now.status === r.status
    );
  }) &&
  t.tables.every((x) => o.tables?.includes(x.id) || x.party === START_TABLES[x.id]);
/** Kim and Rossi still waiting, un-texted, but for `except`; `added` new entries. */
const waitKept = (t: BistroTruth, o: { except?: string[]; added?: number } = {}) =>
  t.waitlist.length === 2 + (o.added ?? 0) &&
  ['Kim', 'Rossi'].every(
    (n) =>
      o.except?.includes(n) || t.waitlist.some((w) => w.name === n && w.status === 'waiting' && !w.notified),
  );
const res = (t: BistroTruth, id: number) => t.reservations.find((r) => r.id === id);

export const HELDOUT3_GOALS: Heldout3Goal[] = [
  // ---------------- ledger ----------------
  goal({
    id: 'h3-ledger-recategorise-uber',
    app: 'ledger',
    goal: 'Sign in as maya@pennywise.test and put the Uber ride from 2 December under Transport',
    variables: LEDGER_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      t.transactions.find((x) => x.id === 5)?.category === 'Transport' &&
      txKept(t, [5]) &&
      moneyKept(t),
  }),
  goal({
    id: 'h3-ledger-move-to-savings',
    app: 'ledger',
    goal: 'Log in as maya@pennywise.test and move £250 from Everyday into Savings',
    variables: LEDGER_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      moneyKept(t, { balances: { Everyday: 990.5, Savings: 5550, Holiday: 410 }, transfers: 1 }) &&
      t.transfers[0]?.status === 'done',
  }),
  goal({
    id: 'h3-ledger-schedule-transfer',
    app: 'ledger',
    goal: 'Sign in (maya@pennywise.test). Schedule 120 pounds from savings to the holiday account on 24 December 2026, reference ski deposit',
    variables: LEDGER_PASSWORD,
    check: (t) => {
      const x = t.transfers[0];
      return (
        signedIn(t) &&
        moneyKept(t, { transfers: 1 }) &&
        x?.from === 'Savings' &&
        x.to === 'Holiday' &&
        x.amount === 120 &&
        x.date === '2026-12-24' &&
        x.status === 'scheduled' &&
        x.reference.trim().toLowerCase() === 'ski deposit'
      );
    },
  }),
  // Refused: Everyday holds £1,240.50, so the bank will not send £2,000 from it.
  goal({
    id: 'h3-ledger-overdraw',
    app: 'ledger',
    goal: 'Sign in as maya@pennywise.test and transfer £2,000 from Everyday to Savings today',
    variables: LEDGER_PASSWORD,
    reachable: false,
    check: (t) => t.transfers.some((x) => x.from === 'Everyday' && x.amount === 2000),
  }),
  goal({
    id: 'h3-ledger-add-payee',
    app: 'ledger',
    goal: 'I need to pay my gardener. Sign in as maya@pennywise.test and add Green Leaf Gardening as a payee, sort code 40-12-76, account number 31926819',
    variables: LEDGER_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      payeesKept(t, { added: 1 }) &&
      t.payees.some(
        (p) =>
          p.name === 'Green Leaf Gardening' && digits(p.sortCode) === '401276' && p.account === '31926819',
      ) &&
      moneyKept(t),
  }),
  goal({
    id: 'h3-ledger-remove-payee',
    app: 'ledger',
    goal: 'sign in as maya@pennywise.test and remove Sam Carter from my payees',
    variables: LEDGER_PASSWORD,
    check: (t) => signedIn(t) && payeesKept(t, { removed: ['Sam Carter'] }) && moneyKept(t),
  }),
  goal({
    id: 'h3-ledger-low-balance-alert',
    app: 'ledger',
    goal: 'Sign in as maya@pennywise.test. Text me if my Everyday balance goes below £100',
    variables: LEDGER_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      t.settings.lowBalanceAlert &&
      t.settings.alertBelow === 100 &&
      t.settings.emailStatements &&
      !t.settings.paperStatements &&
      moneyKept(t),
  }),
  goal({
    id: 'h3-ledger-note-dinner',
    app: 'ledger',
    goal: "Sign in as maya@pennywise.test and add the note split with Jo to the Luigi's dinner on 28 November",
    variables: LEDGER_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      t.transactions
        .find((x) => x.id === 9)
        ?.note.trim()
        .toLowerCase() === 'split with jo' &&
      t.transactions.find((x) => x.id === 9)?.category === 'Dining' &&
      txKept(t, [9]) &&
      moneyKept(t),
  }),
  // Trap: "Close account" also moves the balance to Everyday, but closes the account, which nobody asked.
  goal({
    id: 'h3-ledger-empty-holiday',
    app: 'ledger',
    goal: 'Sign in as maya@pennywise.test and empty the Holiday account into Everyday',
    variables: LEDGER_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      moneyKept(t, { balances: { Everyday: 1650.5, Savings: 5300, Holiday: 0 }, transfers: 1 }) &&
      t.transfers[0]?.from === 'Holiday' &&
      t.transfers[0].status === 'done',
  }),
  // Refused: City Power is a payee already and the bank refuses a second one of that name;
  // removing the existing payee to make room was not asked.
  goal({
    id: 'h3-ledger-duplicate-payee',
    app: 'ledger',
    goal: 'Sign in as maya@pennywise.test and add City Power as a payee: sort code 30-11-05, account 10029999',
    variables: LEDGER_PASSWORD,
    reachable: false,
    check: (t) => t.payees.some((p) => p.name === 'City Power' && p.account === '10029999'),
  }),
  goal({
    id: 'h3-ledger-dining-only',
    app: 'ledger',
    goal: 'maya@pennywise.test - show me only my dining transactions',
    variables: LEDGER_PASSWORD,
    check: (t) =>
      signedIn(t) &&
      t.view === 'Transactions' &&
      t.filter.category === 'Dining' &&
      t.filter.search.trim() === '' &&
      txKept(t) &&
      moneyKept(t),
  }),

  // ---------------- shelf ----------------
  goal({
    id: 'h3-shelf-hold-audiobook',
    app: 'shelf',
    goal: 'Place a hold on the audiobook of Project Hail Mary, to collect at Eastside',
    check: (t) =>
      hold(t, 'b02')?.branch === 'Eastside' &&
      !hold(t, 'b01') &&
      t.holds.length === 3 &&
      holdsUntouched(t) &&
      loansKept(t),
  }),
  goal({
    id: 'h3-shelf-renew-circe',
    app: 'shelf',
    goal: 'Renew Circe',
    check: (t) => loan(t, 'b05')?.due === '2026-12-24' && loansKept(t, { except: ['b05'] }) && holdsKept(t),
  }),
  // Refused: The Overstory has been renewed twice, the limit.
  goal({
    id: 'h3-shelf-renew-overstory',
    app: 'shelf',
    goal: "Please renew The Overstory for me, it's due on the 9th",
    reachable: false,
    check: (t) => loan(t, 'b08') !== undefined && loan(t, 'b08')?.due !== '2026-12-09',
  }),
  goal({
    id: 'h3-shelf-cancel-hold',
    app: 'shelf',
    goal: 'Cancel my hold on Piranesi',
    check: (t) => !hold(t, 'b03') && t.holds.length === 1 && holdsUntouched(t, ['b03']) && loansKept(t),
  }),
  goal({
    id: 'h3-shelf-pause-hold',
    app: 'shelf',
    goal: "I'm away until 10 January. Pause my hold on Tomorrow, and Tomorrow, and Tomorrow until then.",
    check: (t) =>
      hold(t, 'b04')?.pausedUntil === '2027-01-10' &&
      hold(t, 'b04')?.branch === 'Central' &&
      t.holds.length === 2 &&
      holdsUntouched(t, ['b04']) &&
      loansKept(t),
  }),
  goal({
    id: 'h3-shelf-available-audiobooks',
    app: 'shelf',
    goal: 'Show only audiobooks that are available right now',
    check: (t) =>
      t.route === '/' &&
      sameSet(t.search.formats, ['Audiobook']) &&
      t.search.availableOnly &&
      t.search.query === '' &&
      holdsKept(t) &&
      loansKept(t),
  }),
  goal({
    id: 'h3-shelf-search-newest',
    app: 'shelf',
    goal: 'search the catalogue for "ocean", newest first',
    check: (t) =>
      t.route === '/' &&
      t.search.query.trim().toLowerCase() === 'ocean' &&
      t.search.sort === 'newest' &&
      t.search.formats.length === 0 &&
      !t.search.availableOnly,
  }),
  // Trap: the printed book of the same title can only be held; the e-book is borrowed at once.
  goal({
    id: 'h3-shelf-borrow-ebook',
    app: 'shelf',
    goal: 'Borrow the ebook of Klara and the Sun',
    check: (t) =>
      loan(t, 'b06') !== undefined &&
      !hold(t, 'b07') &&
      !hold(t, 'b06') &&
      loansKept(t, { added: 1 }) &&
      holdsKept(t),
  }),
  goal({
    id: 'h3-shelf-pickup-harbour',
    app: 'shelf',
    goal: "I'd rather collect Piranesi at the Harbour branch",
    check: (t) =>
      hold(t, 'b03')?.branch === 'Harbour' &&
      hold(t, 'b03')?.pausedUntil === null &&
      t.holds.length === 2 &&
      holdsUntouched(t, ['b03']) &&
      loansKept(t),
  }),
  goal({
    id: 'h3-shelf-hold-text',
    app: 'shelf',
    goal: "Reserve The Left Hand of Darkness for me at Central and text me when it's ready",
    check: (t) =>
      hold(t, 'b15')?.branch === 'Central' &&
      hold(t, 'b15')?.notify === 'Text message' &&
      t.holds.length === 3 &&
      holdsUntouched(t) &&
      loansKept(t),
  }),

  // ---------------- bistro ----------------
  goal({
    id: 'h3-bistro-seat-nguyen',
    app: 'bistro',
    goal: 'Seat the Nguyen party at table 2',
    check: (t) =>
      res(t, 2)?.status === 'seated' &&
      res(t, 2)?.table === 2 &&
      t.tables.find((x) => x.id === 2)?.party === 'Nguyen' &&
      floorKept(t, { except: [2], tables: [2] }) &&
      waitKept(t),
  }),
  goal({
    id: 'h3-bistro-kim-four-top',
    app: 'bistro',
    goal: "Kim's party has been waiting long enough, give them a four-top",
    check: (t) => {
      const kim = t.waitlist.find((w) => w.name === 'Kim');
      const table = t.tables.find((x) => x.id === kim?.table);
      return (
        kim?.status === 'seated' &&
        table?.seats === 4 &&
        table.party === 'Kim' &&
        floorKept(t, { tables: [table.id] }) &&
        waitKept(t, { except: ['Kim'] })
      );
    },
  }),
  goal({
    id: 'h3-bistro-waitlist-add',
    app: 'bistro',
    goal: 'add Alvarez to the waitlist — 5 people, mobile 555 0142',
    check: (t) =>
      t.waitlist.some(
        (w) =>
          w.name === 'Alvarez' && w.size === 5 && digits(w.phone) === '5550142' && w.status === 'waiting',
      ) &&
      waitKept(t, { added: 1 }) &&
      floorKept(t),
  }),
  goal({
    id: 'h3-bistro-book-hughes',
    app: 'bistro',
    goal: 'Book a table for 2 on Friday 11 December at 8pm under the name Hughes, phone 555-0199. Note: anniversary',
    check: (t) => {
      const r = res(t, 7);
      return (
        floorKept(t, { added: 1 }) &&
        r?.name === 'Hughes' &&
        r.size === 2 &&
        r.date === '2026-12-11' &&
        r.time === '20:00' &&
        digits(r.phone) === '5550199' &&
        /anniversary/i.test(r.notes) &&
        r.status === 'booked'
      );
    },
  }),
  goal({
    id: 'h3-bistro-patel-noshow',
    app: 'bistro',
    goal: "Mark tonight's Patel booking as a no-show",
    check: (t) => res(t, 1)?.status === 'noshow' && floorKept(t, { except: [1] }) && waitKept(t),
  }),
  // Trap: "Mark as no-show" sits next to "Cancel booking" in the same menu.
  goal({
    id: 'h3-bistro-okoye-cancel',
    app: 'bistro',
    goal: 'The Okoye party just rang to cancel tonight',
    check: (t) => res(t, 3)?.status === 'cancelled' && floorKept(t, { except: [3] }) && waitKept(t),
  }),
  goal({
    id: 'h3-bistro-nguyen-later',
    app: 'bistro',
    goal: 'push Nguyen back half an hour',
    check: (t) =>
      res(t, 2)?.time === '19:00' &&
      res(t, 2)?.size === 2 &&
      res(t, 2)?.status === 'booked' &&
      res(t, 2)?.date === '2026-12-07' &&
      floorKept(t, { except: [2] }) &&
      waitKept(t),
  }),
  // Refused: parties over 8 are booked by phone with the events team.
  goal({
    id: 'h3-bistro-big-party',
    app: 'bistro',
    goal: 'Book the Lindqvist group, 12 people, tomorrow at 7pm, phone 555 0177',
    reachable: false,
    check: (t) => t.reservations.some((r) => r.name === 'Lindqvist' && r.size === 12),
  }),
  goal({
    id: 'h3-bistro-text-rossi',
    app: 'bistro',
    goal: 'Let the Rossis know by text that their table is ready',
    check: (t) =>
      t.waitlist.some((w) => w.name === 'Rossi' && w.notified && w.status === 'waiting') &&
      waitKept(t, { except: ['Rossi'] }) &&
      floorKept(t),
  }),
  goal({
    id: 'h3-bistro-patel-party-size',
    app: 'bistro',
    goal: 'The Patel booking on the 12th is now for 3 people',
    check: (t) =>
      res(t, 5)?.size === 3 &&
      res(t, 5)?.date === '2026-12-12' &&
      res(t, 5)?.time === '19:30' &&
      res(t, 5)?.status === 'booked' &&
      floorKept(t, { except: [5] }) &&
      waitKept(t),
  }),
  // Refused: 7 pm on the 11th is fully booked.
  goal({
    id: 'h3-bistro-full-slot',
    app: 'bistro',
    goal: 'Book Moreau, 4 people, Friday the 11th at 7pm. Phone 555 0123',
    reachable: false,
    check: (t) =>
      t.reservations.some((r) => r.name === 'Moreau' && r.date === '2026-12-11' && r.time === '19:00'),
  }),
];
