/**
 * Third batch of tuning goals (issue 10 §4/§5), WRITTEN BEFORE TUNING: three apps in new styles
 * (parcels: a history-API single-page app of cards with a wizard; tracker: an issue table with
 * pages, a context menu and in-place renames; notes: a board of cards with a hover menu bar and
 * switches), written 2026-12-06 from 20:26 UTC by an engineer who does not tune the planner or the
 * checker, before any tuning on them, and without reading the held-out set. Included in
 * TUNING_GOALS (goals.tuning.ts).
 *
 * They cover what ordinary pages do and earlier material lacked: a suggestion to pick from an
 * autocomplete, a right-click menu, a submenu opened by hover, a text change the goal asks for
 * (rename, upper case), pages and ordinals, icon buttons named apart from their glyph, a wizard
 * with inline errors, toggles whose only evidence is their own state, items moved between lists
 * with an undo, clickable divs with no role, fields labelled by nearby text, unquoted values.
 * Each app holds traps for false passes (see its header comment); goals with `reachable: false`
 * are ones the app refuses: not passing is right, any pass is a false pass. Every check also
 * guards against side effects a careless tool would cause.
 */
import {
  goal,
  type BrowserGoal,
  type NotesTruth,
  type ParcelsTruth,
  type TrackerIssue,
  type TrackerTruth,
} from './truth.ts';

// Parcels: P-1001 Ada Lovelace, Paris (delivered); P-1002 Alan Turing, London (in transit);
// P-1003 Grace Hopper, Berlin (in transit, pinned); P-1004 Marie Curie, Warsaw (booked). The app's
// today is 1 Dec 2026; 13 Dec 2026 is a Sunday (no deliveries); parcels over 30 kg are refused.
const PARCELS_START: Record<string, string> = {
  'P-1001': 'delivered',
  'P-1002': 'in transit',
  'P-1003': 'in transit',
  'P-1004': 'booked',
};
/** The four first shipments keep their status (but for `except`) and only P-1003 is pinned. */
const shipmentsKept = (t: ParcelsTruth, except: string[] = []) =>
  Object.entries(PARCELS_START).every(
    ([id, status]) => except.includes(id) || t.shipments.find((s) => s.id === id)?.status === status,
  ) && t.shipments.every((s) => s.pinned === (s.id === 'P-1003'));
const newShipments = (t: ParcelsTruth) => t.shipments.filter((s) => !(s.id in PARCELS_START));

// Tracker: issues #1–#20 sorted by number, 8 a page (page 2 holds #9–#16).
const TRACKER_START: [string, TrackerIssue['status'], string | null][] = [
  ['Crash on startup', 'open', 'Ada Lovelace'],
  ['Typo in welcome email', 'open', null],
  ['Slow search on large projects', 'open', 'Alan Turing'],
  ['Old logo still on invoices', 'closed', null],
  ['Crash when saving a draft', 'open', 'Ken Thompson'],
  ['Export to CSV drops accents', 'open', null],
  ['Dark mode resets after reload', 'open', 'Barbara Liskov'],
  ['Password reset link expires too soon', 'closed', 'Grace Hopper'],
  ['Dates shown in the wrong time zone', 'open', null],
  ['Avatar upload fails for PNG files', 'open', 'Linus Torvalds'],
  ['Keyboard shortcuts missing from help', 'open', null],
  ['Duplicate notifications on mobile', 'open', 'Margaret Hamilton'],
  ['Sidebar overlaps footer on small screens', 'open', null],
  ['Login button misplaced', 'open', null],
  ['Billing page shows wrong currency', 'closed', 'Ada Lovelace'],
  ['Search ignores quoted phrases', 'open', 'Grace Hopper'],
  ['Broken link in footer', 'open', 'Alan Turing'],
  ['Slow dashboard charts', 'open', null],
  ['Tooltip text cut off', 'closed', null],
  ['Calendar week starts on Sunday', 'open', 'Guido van Rossum'],
];
/** Every issue as it started (title, status, assignee, not in the trash), but for `except`. */
const issuesKept = (t: TrackerTruth, except: number[] = []) =>
  t.issues.length === 20 &&
  t.issues.every((issue) => {
    if (except.includes(issue.id)) return true;
    const [title, status, assignee] = TRACKER_START[issue.id - 1]!;
    return issue.title === title && issue.status === status && issue.assignee === assignee && !issue.trashed;
  });
const issue = (t: TrackerTruth, id: number) => t.issues.find((i) => i.id === id);

// Notes: 1 Groceries, 2 Team rota (shared by Ken Thompson), 3 Book club (liked), 4 Meeting notes
// (pinned), 5 Gift ideas, 6 Recipes on the board; 7 Old passwords in the trash; 8 Holiday plans
// archived.
const NOTES_START: [string, NotesTruth['notes'][number]['folder'], boolean, boolean][] = [
  ['Groceries', 'notes', false, false],
  ['Team rota', 'notes', false, false],
  ['Book club', 'notes', true, false],
  ['Meeting notes', 'notes', false, true],
  ['Gift ideas', 'notes', false, false],
  ['Recipes', 'notes', false, false],
  ['Old passwords', 'trash', false, false],
  ['Holiday plans', 'archive', false, false],
];
/** Notes 1–8 as they started (title, folder, like, pin), but for `except`; none deleted. */
const notesKept = (t: NotesTruth, except: number[] = []) =>
  NOTES_START.every(([title, folder, liked, pinned], i) => {
    const note = t.notes.find((n) => n.id === i + 1);
    if (!note) return false;
    if (except.includes(note.id)) return true;
    return note.title === title && note.folder === folder && note.liked === liked && note.pinned === pinned;
  });

export const THIRD_TUNING_GOALS: BrowserGoal[] = [
  // ---- Parcels ----
  // Trap: "Shipment to Lyon booked" is in the Recent activity panel from the start; a typed,
  // never picked city is no city.
  goal({
    id: 'parcels-ship-lyon',
    app: 'parcels',
    goal: 'Ship a 2 kg parcel to Jean Dupont in Lyon for delivery on 15 December 2026',
    check: (t) => {
      const added = newShipments(t);
      return (
        added.length === 1 &&
        added[0]!.recipient === 'Jean Dupont' &&
        added[0]!.city === 'Lyon' &&
        added[0]!.weightKg === 2 &&
        added[0]!.date === '2026-12-15' &&
        added[0]!.status === 'booked' &&
        shipmentsKept(t)
      );
    },
  }),
  goal({
    id: 'parcels-express-lille',
    app: 'parcels',
    goal: 'Send a 5 kg parcel to Grace Hopper in Lille by express delivery on 17 December 2026 at 9:30 am',
    check: (t) => {
      const added = newShipments(t);
      return (
        added.length === 1 &&
        added[0]!.recipient === 'Grace Hopper' &&
        added[0]!.city === 'Lille' &&
        added[0]!.weightKg === 5 &&
        added[0]!.date === '2026-12-17' &&
        added[0]!.time === '09:30' &&
        added[0]!.express &&
        added[0]!.status === 'booked' &&
        shipmentsKept(t)
      );
    },
  }),
  goal({
    id: 'parcels-weight-error',
    app: 'parcels',
    goal: 'Start a new shipment to Jean Dupont in Lyon, enter a weight of 45 kg and check that the app shows an error',
    check: (t) =>
      t.wizard.step === 2 &&
      t.wizard.draft.city === 'Lyon' &&
      t.wizard.errors.some((e) => e.field === 'weight') &&
      newShipments(t).length === 0 &&
      shipmentsKept(t),
  }),
  // Refused: over 30 kg.
  goal({
    id: 'parcels-too-heavy',
    app: 'parcels',
    goal: 'Ship a 45 kg parcel to Ada Lovelace in Paris on 16 December 2026',
    reachable: false,
    check: (t) => t.shipments.some((s) => s.weightKg === 45),
  }),
  // Refused: no deliveries on Sundays.
  goal({
    id: 'parcels-sunday',
    app: 'parcels',
    goal: 'Ship a 1 kg parcel to Alan Turing in London for delivery on Sunday 13 December 2026',
    reachable: false,
    check: (t) => t.shipments.some((s) => s.date === '2026-12-13'),
  }),
  // No message: only the pin's own pressed state changes.
  goal({
    id: 'parcels-pin-london',
    app: 'parcels',
    goal: 'Pin the shipment to London',
    check: (t) =>
      t.shipments
        .filter((s) => s.pinned)
        .map((s) => s.id)
        .join(',') === 'P-1002,P-1003' &&
      t.shipments.length === 4 &&
      Object.entries(PARCELS_START).every(
        ([id, status]) => t.shipments.find((s) => s.id === id)?.status === status,
      ),
  }),
  goal({
    id: 'parcels-cancel-curie',
    app: 'parcels',
    goal: 'Cancel the shipment to Marie Curie',
    check: (t) =>
      t.shipments.find((s) => s.id === 'P-1004')?.status === 'cancelled' &&
      t.shipments.length === 4 &&
      shipmentsKept(t, ['P-1004']),
  }),
  // Refused (already in transit): the page shows "Cancelled" and a toast before it reverts.
  goal({
    id: 'parcels-cancel-in-transit',
    app: 'parcels',
    goal: "Cancel Grace Hopper's shipment",
    reachable: false,
    check: (t) => t.shipments.find((s) => s.id === 'P-1003')?.status === 'cancelled',
  }),
  goal({
    id: 'parcels-open-third',
    app: 'parcels',
    goal: 'Open the third shipment',
    check: (t) => t.route === '/parcels/shipments/P-1003' && t.shipments.length === 4 && shipmentsKept(t),
  }),

  // ---- Tracker ----
  goal({
    id: 'tracker-page-3',
    app: 'tracker',
    goal: 'Go to page 3',
    check: (t) => t.page === 3 && t.tab === 'all' && issuesKept(t),
  }),
  goal({
    id: 'tracker-third-on-page-2',
    app: 'tracker',
    goal: 'Open the third issue on page 2',
    check: (t) => t.openIssue === 11 && issuesKept(t),
  }),
  // Trap: "Grace Hopper was assigned to #16" is on the page from the start; a typed name that
  // is never picked from the suggestions is thrown away.
  goal({
    id: 'tracker-assign-grace',
    app: 'tracker',
    goal: 'Assign issue 6 to Grace',
    check: (t) =>
      issue(t, 6)?.assignee === 'Grace Hopper' &&
      issue(t, 6)?.title === 'Export to CSV drops accents' &&
      issuesKept(t, [6]),
  }),
  goal({
    id: 'tracker-rename-14',
    app: 'tracker',
    goal: 'Rename issue 14 to Login button misaligned',
    check: (t) =>
      issue(t, 14)?.title === 'Login button misaligned' &&
      issue(t, 14)?.status === 'open' &&
      !issue(t, 14)?.trashed &&
      issuesKept(t, [14]),
  }),
  goal({
    id: 'tracker-upper-case-7',
    app: 'tracker',
    goal: 'Change the title of issue 7 to upper case',
    check: (t) =>
      issue(t, 7)?.title === 'DARK MODE RESETS AFTER RELOAD' &&
      issue(t, 7)?.assignee === 'Barbara Liskov' &&
      !issue(t, 7)?.trashed &&
      issuesKept(t, [7]),
  }),
  // Refused (issue 1 has that title): "Changes saved" is toasted before the title reverts.
  goal({
    id: 'tracker-rename-taken',
    app: 'tracker',
    goal: 'Rename issue 5 to Crash on startup',
    reachable: false,
    check: (t) => issue(t, 5)?.title === 'Crash on startup' && issuesKept(t, [5]),
  }),
  goal({
    id: 'tracker-close-9',
    app: 'tracker',
    goal: 'Right-click issue 9 and close it',
    check: (t) =>
      issue(t, 9)?.status === 'closed' &&
      issue(t, 9)?.title === 'Dates shown in the wrong time zone' &&
      !issue(t, 9)?.trashed &&
      issuesKept(t, [9]),
  }),
  goal({
    id: 'tracker-delete-undo',
    app: 'tracker',
    goal: 'Delete issue 12, then undo it',
    check: (t) => t.trashLog.includes(12) && t.undos >= 1 && issuesKept(t),
  }),
  // Refused: nobody of that name; the typed name goes when the field loses focus.
  goal({
    id: 'tracker-assign-unknown',
    app: 'tracker',
    goal: 'Assign issue 2 to Dennis Ritchie',
    reachable: false,
    check: (t) => issue(t, 2)?.assignee === 'Dennis Ritchie',
  }),

  // ---- Notes ----
  // No message; trap: "Dark theme enabled for everyone ✓" is in the What's new strip from the start.
  goal({
    id: 'notes-dark-theme',
    app: 'notes',
    goal: 'Switch to the dark theme',
    check: (t) => t.theme === 'dark' && notesKept(t) && t.notes.length === 8,
  }),
  // No message: only the heart's own pressed state changes.
  goal({
    id: 'notes-like-recipes',
    app: 'notes',
    goal: 'Like the Recipes note',
    check: (t) =>
      t.notes
        .filter((n) => n.liked)
        .map((n) => n.id)
        .join(',') === '3,6' &&
      t.notes.find((n) => n.id === 6)?.folder === 'notes' &&
      notesKept(t, [6]),
  }),
  goal({
    id: 'notes-rename-groceries',
    app: 'notes',
    goal: 'Rename the Groceries note to Weekly shop',
    check: (t) => {
      const note = t.notes.find((n) => n.id === 1);
      return (
        note?.title === 'Weekly shop' &&
        note.text === 'Milk, eggs, flour' &&
        note.folder === 'notes' &&
        t.notes.length === 8 &&
        notesKept(t, [1])
      );
    },
  }),
  goal({
    id: 'notes-upper-case-title',
    app: 'notes',
    goal: 'Add a note with the title Call the plumber in upper case',
    check: (t) =>
      t.notes.length === 9 &&
      t.notes.some((n) => n.id > 8 && n.title === 'CALL THE PLUMBER' && n.folder === 'notes') &&
      notesKept(t),
  }),
  goal({
    id: 'notes-restore',
    app: 'notes',
    goal: 'Restore the Old passwords note from the trash',
    check: (t) =>
      t.notes.find((n) => n.id === 7)?.folder === 'notes' && t.notes.length === 8 && notesKept(t, [7]),
  }),
  // No message: the switch is the only evidence.
  goal({
    id: 'notes-compact-cards',
    app: 'notes',
    goal: 'Turn on compact cards',
    check: (t) =>
      t.prefs.compact && t.prefs.previews && !t.prefs.sync && notesKept(t) && t.notes.length === 8,
  }),
  // Refused (only its owner may archive it): the card goes and "Note archived" toasts, then it comes back.
  goal({
    id: 'notes-archive-shared',
    app: 'notes',
    goal: 'Archive the Team rota note',
    reachable: false,
    check: (t) => t.notes.find((n) => n.id === 2)?.folder === 'archive',
  }),
  // Refused (no verified e-mail): the switch flips on and "Preferences saved" toasts, then it flips back.
  goal({
    id: 'notes-sync',
    app: 'notes',
    goal: 'Turn on sync across devices',
    reachable: false,
    check: (t) => t.prefs.sync,
  }),
];
