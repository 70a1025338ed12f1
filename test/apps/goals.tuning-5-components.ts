/**
 * Fifth batch of tuning goals (issue 10 §4/§5), WRITTEN BEFORE TUNING: one app built from
 * components (depot: a warehouse stock page). A cookie-preferences dialog over a scrim blocks the
 * page until answered (no goal mentions it: every goal must first get it out of the way); a stock
 * table with sort buttons in its headers, a pager, a search box and row actions (Edit in a native
 * <dialog>, Delete behind an aria-modal alertdialog, a "⋮" menu named "More actions" on every
 * row); a watchlist of two web components with open shadow roots (tabs, a nested quantity stepper,
 * a role-less "Request restock" div, role-less star spans, a role-less switch div beside its
 * text); a same-origin iframe with a subscribe form while the page also has a search box.
 * Written 2026-12-07 from 05:45 UTC by the components engineer of branch wip7/components before
 * any change to src/ on that branch, WITHOUT READING THE HELD-OUT SET (goals.heldout.ts and its
 * details were not opened). Included in TUNING_GOALS (goals.tuning.ts).
 *
 * Traps (`reachable: false`): the restock stepper stops at 5 ("Max 5 per request"); the alerts
 * form shows "Subscribed ✓" at once for any address, then takes it back for one outside
 * northbay.test. Every check also guards against side effects (another row edited or deleted, a
 * restock requested when only the stepper was asked, the search typed into the iframe).
 */
import { goal, type BrowserGoal, type DepotTruth } from './truth.ts';

const START: [string, string, string, number][] = [
  ['FS-101', 'Hex bolt M8', 'A-03', 100],
  ['FS-102', 'Wood screw 4×40', 'A-04', 300],
  ['FS-103', 'Brass hinge', 'A-07', 20],
  ['AD-201', 'Wood glue 1 l', 'B-02', 10],
  ['AD-202', 'Epoxy resin', 'B-03', 5],
  ['PK-301', 'Pallet wrap', 'C-01', 10],
  ['PK-302', 'Cable ties 200 mm', 'C-05', 200],
  ['PK-303', 'Bubble roll', 'C-06', 6],
  ['SF-401', 'Safety gloves L', 'D-01', 30],
  ['SF-402', 'Ear defenders', 'D-02', 10],
  ['SF-403', 'Hi-vis vest', 'D-04', 15],
  ['TL-501', 'Utility knife', 'E-01', 20],
  ['TL-502', 'Tape measure 5 m', 'E-02', 10],
  ['TL-503', 'Claw hammer', 'E-05', 4],
];

/** Every item as it started but for `except` (edited) and `gone` (deleted); nothing added. */
const itemsKept = (t: DepotTruth, o: { except?: string[]; gone?: string[] } = {}): boolean =>
  t.items.length === START.length - (o.gone?.length ?? 0) &&
  START.every(([sku, name, bin, reorderAt]) => {
    const now = t.items.find((i) => i.sku === sku);
    if (o.gone?.includes(sku)) return !now;
    if (o.except?.includes(sku)) return Boolean(now);
    return now?.name === name && now.bin === bin && now.reorderAt === reorderAt;
  });

const watchStart = { tab: 'stock', qty: 1, rating: 0, autoReorder: false };
/** A watch card untouched (or touched only in `keys`). */
const watchKept = (t: DepotTruth, sku: string, keys: (keyof typeof watchStart)[] = []): boolean =>
  (Object.keys(watchStart) as (keyof typeof watchStart)[]).every(
    (k) => keys.includes(k) || t.watch[sku]?.[k] === watchStart[k],
  );

/** Nothing happened outside the table: no restock, no subscription attempt, watch cards as they were. */
const quietElsewhere = (t: DepotTruth): boolean =>
  t.restocks.length === 0 &&
  t.subscribeAttempts.length === 0 &&
  watchKept(t, 'PK-301') &&
  watchKept(t, 'SF-401');

/** Nothing happened in the table: no item changed, no menu action, no search. */
const tableKept = (t: DepotTruth): boolean =>
  itemsKept(t) && t.deleted.length === 0 && t.menuLog.length === 0 && t.search === '';

export const FIFTH_COMPONENTS_GOALS: BrowserGoal[] = [
  // ---- The table ----
  goal({
    id: 'depot-sort-on-hand-desc',
    app: 'depot',
    goal: 'Sort the stock by On hand, highest first',
    check: (t) =>
      t.sort?.column === 'onHand' && t.sort.direction === 'desc' && tableKept(t) && quietElsewhere(t),
  }),
  goal({
    id: 'depot-page-2-third',
    app: 'depot',
    goal: 'Go to page 2 and open the third item there',
    // Page 2 in the starting order: Pallet wrap, Cable ties, Bubble roll, Safety gloves, Ear defenders.
    check: (t) => t.page === 2 && t.opened === 'PK-303' && tableKept(t) && quietElsewhere(t),
  }),
  goal({
    id: 'depot-edit-bin',
    app: 'depot',
    goal: 'Edit Hex bolt M8: change its bin to C-14 and save',
    check: (t) => {
      const bolt = t.items.find((i) => i.sku === 'FS-101');
      return (
        bolt?.bin === 'C-14' &&
        bolt.name === 'Hex bolt M8' &&
        bolt.reorderAt === 100 &&
        t.openDialog === null &&
        itemsKept(t, { except: ['FS-101'] }) &&
        t.deleted.length === 0 &&
        quietElsewhere(t)
      );
    },
  }),
  goal({
    id: 'depot-delete-glue',
    app: 'depot',
    goal: 'Remove the wood glue from the stock list',
    check: (t) =>
      t.deleted.join(',') === 'AD-201' &&
      itemsKept(t, { gone: ['AD-201'] }) &&
      t.menuLog.length === 0 &&
      quietElsewhere(t),
  }),
  goal({
    id: 'depot-cancel-delete',
    app: 'depot',
    goal: 'Press Delete on the Epoxy resin row, then cancel',
    check: (t) =>
      t.dialogLog.some((d) => d.dialog === 'delete' && d.sku === 'AD-202' && d.outcome === 'cancelled') &&
      t.openDialog === null &&
      t.deleted.length === 0 &&
      tableKept(t) &&
      quietElsewhere(t),
  }),
  goal({
    id: 'depot-print-label',
    app: 'depot',
    goal: 'Print a label for the brass hinge',
    check: (t) =>
      t.menuLog.length === 1 &&
      t.menuLog[0]!.sku === 'FS-103' &&
      t.menuLog[0]!.action === 'print' &&
      itemsKept(t) &&
      t.deleted.length === 0 &&
      quietElsewhere(t),
  }),
  goal({
    id: 'depot-search-hinge',
    app: 'depot',
    goal: 'Search the stock for hinge',
    // The iframe's e-mail box is a text box too: nothing may be typed or sent there.
    check: (t) =>
      t.search.toLowerCase() === 'hinge' && itemsKept(t) && t.deleted.length === 0 && quietElsewhere(t),
  }),

  // ---- The watchlist's web components (no message: the components' own state) ----
  goal({
    id: 'depot-restock-qty-3',
    app: 'depot',
    goal: 'Raise the restock quantity for Pallet wrap to 3',
    check: (t) =>
      t.watch['PK-301']?.qty === 3 &&
      watchKept(t, 'PK-301', ['qty']) &&
      watchKept(t, 'SF-401') &&
      t.restocks.length === 0 &&
      tableKept(t),
  }),
  goal({
    id: 'depot-request-restock',
    app: 'depot',
    goal: 'Request a restock of 3 units of pallet wrap',
    check: (t) =>
      t.restocks.length === 1 &&
      t.restocks[0]!.sku === 'PK-301' &&
      t.restocks[0]!.qty === 3 &&
      watchKept(t, 'SF-401') &&
      tableKept(t),
  }),
  goal({
    id: 'depot-supplier-4-stars',
    app: 'depot',
    goal: 'Give the Safety gloves supplier 4 stars',
    check: (t) =>
      t.watch['SF-401']?.rating === 4 &&
      watchKept(t, 'SF-401', ['tab', 'rating']) &&
      watchKept(t, 'PK-301') &&
      t.restocks.length === 0 &&
      tableKept(t),
  }),
  goal({
    id: 'depot-history-tab',
    app: 'depot',
    goal: 'Show the history of the pallet wrap',
    check: (t) =>
      t.watch['PK-301']?.tab === 'history' &&
      watchKept(t, 'PK-301', ['tab']) &&
      watchKept(t, 'SF-401') &&
      tableKept(t) &&
      t.restocks.length === 0,
  }),
  goal({
    id: 'depot-auto-reorder-gloves',
    app: 'depot',
    goal: 'Turn on auto-reorder for the safety gloves',
    check: (t) =>
      t.watch['SF-401']?.autoReorder === true &&
      watchKept(t, 'SF-401', ['tab', 'autoReorder']) &&
      watchKept(t, 'PK-301') &&
      t.restocks.length === 0 &&
      tableKept(t),
  }),

  // ---- The alerts iframe (the page has a search box too) ----
  goal({
    id: 'depot-subscribe-weekly',
    app: 'depot',
    goal: 'Subscribe to weekly alerts with ops@northbay.test',
    check: (t) =>
      t.subscriptions.length === 1 &&
      t.subscriptions[0]!.email === 'ops@northbay.test' &&
      t.subscriptions[0]!.frequency === 'Weekly' &&
      t.subscribeAttempts.length === 1 &&
      tableKept(t),
  }),

  // ---- Refused by the app: any pass is a false pass ----
  // The stepper stops at 5 ("Max 5 per request"): Request restock then asks for 5.
  goal({
    id: 'depot-restock-eight',
    app: 'depot',
    goal: 'Request a restock of 8 pairs of safety gloves',
    reachable: false,
    check: (t) => t.restocks.some((r) => r.sku === 'SF-401' && r.qty === 8),
  }),
  // "Subscribed ✓ daily alerts to sam@gmail.com" shows at once, then the refusal replaces it.
  goal({
    id: 'depot-subscribe-outside',
    app: 'depot',
    goal: 'Sign up for daily stock alerts as sam@gmail.com',
    reachable: false,
    check: (t) => t.subscriptions.some((s) => s.email === 'sam@gmail.com'),
  }),
];
