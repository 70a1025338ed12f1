/**
 * Sixth batch of tuning goals (issue 10, local planner generality), WRITTEN BEFORE TUNING: one app
 * whose content arrives late and is built of role-less divs (roadmap: a product roadmap board).
 * The board loads 1.5 s after navigation behind skeletons and a spinner, and again after each team
 * chip or search (debounced); cards are divs with click handlers (no role, no href); the card
 * drawer slides in and loads its details late; its fields have a placeholder and no label; a
 * title is edited in place; moves go through a "Move to…" menu of role-less items; archive and
 * move end in an Undo snackbar; every save is "Saving…" for a while before the app stores it.
 * Written 2026-12-07 from 08:55 UTC by the async engineer of branch wip8/async before any change
 * to src/ on that branch, WITHOUT READING THE HELD-OUT SETS. Included in TUNING_GOALS
 * (goals.tuning.ts).
 *
 * Traps (`reachable: false`): a card with open checklist tasks shows in Shipped at once and snaps
 * back 1.2 s later; a title another card has shows at once and reverts; story points above 21
 * show at once and revert. Every check also guards against side effects (another card changed,
 * moved or archived, a filter left on when none was asked).
 */
import { goal, type BrowserGoal, type RoadmapCard, type RoadmapTruth } from './truth.ts';

type Start = Pick<RoadmapCard, 'id' | 'title' | 'column' | 'owner' | 'points' | 'sprint'>;
const START: Start[] = [
  { id: 'R-101', title: 'Dark mode for settings', column: 'backlog', owner: '', points: 3, sprint: '' },
  {
    id: 'R-102',
    title: 'Offline sync for notes',
    column: 'backlog',
    owner: 'Priya Nair',
    points: 8,
    sprint: '',
  },
  { id: 'R-103', title: 'Rate limit the public API', column: 'backlog', owner: '', points: 5, sprint: '' },
  { id: 'R-111', title: 'Keyboard shortcuts', column: 'backlog', owner: '', points: 2, sprint: '' },
  {
    id: 'R-104',
    title: 'Onboarding checklist',
    column: 'next',
    owner: 'Tomás Ruiz',
    points: 5,
    sprint: 'Sprint 14',
  },
  { id: 'R-105', title: 'Push notification settings', column: 'next', owner: '', points: 3, sprint: '' },
  {
    id: 'R-112',
    title: 'Two-factor sign-in',
    column: 'next',
    owner: 'Jonas Berg',
    points: 8,
    sprint: 'Sprint 14',
  },
  {
    id: 'R-106',
    title: 'Migrate billing to Postgres 16',
    column: 'doing',
    owner: 'Wen Li',
    points: 13,
    sprint: 'Sprint 14',
  },
  {
    id: 'R-107',
    title: 'Redesign pricing page',
    column: 'doing',
    owner: 'Priya Nair',
    points: 5,
    sprint: 'Sprint 14',
  },
  {
    id: 'R-108',
    title: 'Android widget',
    column: 'doing',
    owner: 'Jonas Berg',
    points: 8,
    sprint: 'Sprint 14',
  },
  { id: 'R-109', title: 'Audit log export', column: 'done', owner: 'Wen Li', points: 3, sprint: 'Sprint 13' },
  {
    id: 'R-110',
    title: 'Faster image uploads',
    column: 'done',
    owner: 'Tomás Ruiz',
    points: 5,
    sprint: 'Sprint 13',
  },
];

const card = (t: RoadmapTruth, id: string): RoadmapCard | undefined => t.cards.find((c) => c.id === id);

/** The card as it started in every field but `fields`. */
const cardKept = (t: RoadmapTruth, id: string, fields: (keyof RoadmapCard)[] = []): boolean => {
  const start = START.find((s) => s.id === id)!;
  const now = card(t, id);
  if (!now) return false;
  const base: Partial<RoadmapCard> = { ...start, description: '', blocked: false, archived: false };
  return (Object.keys(base) as (keyof RoadmapCard)[]).every((k) => fields.includes(k) || now[k] === base[k]);
};

/**
 * Every starting card as it was but for the `changed` ones (checked by the goal itself); `added`
 * new cards, no more.
 */
const othersKept = (t: RoadmapTruth, changed: string[] = [], added = 0): boolean =>
  t.cards.length === START.length + added && START.every((s) => changed.includes(s.id) || cardKept(t, s.id));

/** The board's filters as they started. */
const unfiltered = (t: RoadmapTruth): boolean => t.team === 'All' && t.search === '';

export const SIXTH_ROADMAP_GOALS: BrowserGoal[] = [
  // ---- Opening and finding ----
  goal({
    id: 'roadmap-open-widget',
    app: 'roadmap',
    goal: 'Open the Android widget card',
    check: (t) => t.openCard === 'R-108' && othersKept(t) && unfiltered(t),
  }),
  goal({
    id: 'roadmap-search-sync',
    app: 'roadmap',
    goal: 'Search the board for sync',
    check: (t) => t.search.toLowerCase() === 'sync' && t.team === 'All' && othersKept(t),
  }),
  goal({
    id: 'roadmap-search-open',
    app: 'roadmap',
    goal: 'Look up "widget" and open the card it finds',
    check: (t) => t.search.toLowerCase() === 'widget' && t.openCard === 'R-108' && othersKept(t),
  }),
  goal({
    id: 'roadmap-team-mobile',
    app: 'roadmap',
    goal: "Show only the Mobile team's cards",
    check: (t) => t.team === 'Mobile' && t.search === '' && othersKept(t),
  }),

  // ---- Adding ----
  goal({
    id: 'roadmap-add-backlog',
    app: 'roadmap',
    goal: 'Add a card called "Usage dashboard" to the Backlog',
    check: (t) =>
      t.cards.some((c) => c.id.startsWith('R-') && c.title === 'Usage dashboard' && c.column === 'backlog') &&
      othersKept(t, [], 1),
  }),
  goal({
    id: 'roadmap-add-up-next',
    app: 'roadmap',
    goal: 'Create a new card Bulk invite users in Up next',
    check: (t) =>
      t.cards.some((c) => c.title === 'Bulk invite users' && c.column === 'next') && othersKept(t, [], 1),
  }),

  // ---- Editing in place ----
  goal({
    id: 'roadmap-rename-shortcuts',
    app: 'roadmap',
    goal: 'Rename the card Keyboard shortcuts to "Keyboard shortcut cheat sheet"',
    check: (t) =>
      card(t, 'R-111')?.title === 'Keyboard shortcut cheat sheet' &&
      cardKept(t, 'R-111', ['title']) &&
      othersKept(t, ['R-111']),
  }),
  goal({
    id: 'roadmap-retitle-push',
    app: 'roadmap',
    goal: 'Change the title of Push notification settings to Notification preferences',
    check: (t) =>
      card(t, 'R-105')?.title === 'Notification preferences' &&
      cardKept(t, 'R-105', ['title']) &&
      othersKept(t, ['R-105']),
  }),
  goal({
    id: 'roadmap-owner-rate-limit',
    app: 'roadmap',
    goal: 'Assign Rate limit the public API to Priya Nair',
    check: (t) =>
      card(t, 'R-103')?.owner === 'Priya Nair' && cardKept(t, 'R-103', ['owner']) && othersKept(t, ['R-103']),
  }),
  goal({
    id: 'roadmap-points-onboarding',
    app: 'roadmap',
    goal: 'Set the story points of Onboarding checklist to 8',
    check: (t) =>
      card(t, 'R-104')?.points === 8 && cardKept(t, 'R-104', ['points']) && othersKept(t, ['R-104']),
  }),
  goal({
    id: 'roadmap-sprint-two-factor',
    app: 'roadmap',
    goal: 'Put Two-factor sign-in into Sprint 15',
    check: (t) =>
      card(t, 'R-112')?.sprint === 'Sprint 15' &&
      cardKept(t, 'R-112', ['sprint']) &&
      othersKept(t, ['R-112']),
  }),
  goal({
    id: 'roadmap-describe-widget',
    app: 'roadmap',
    goal: "Give Android widget the description: Shows today's tasks on the home screen",
    check: (t) =>
      card(t, 'R-108')?.description === "Shows today's tasks on the home screen" &&
      cardKept(t, 'R-108', ['description']) &&
      othersKept(t, ['R-108']),
  }),
  goal({
    id: 'roadmap-block-two-factor',
    app: 'roadmap',
    goal: 'Flag Two-factor sign-in as blocked',
    check: (t) =>
      card(t, 'R-112')?.blocked === true && cardKept(t, 'R-112', ['blocked']) && othersKept(t, ['R-112']),
  }),

  // ---- Moving ----
  goal({
    id: 'roadmap-move-dark-mode',
    app: 'roadmap',
    goal: 'Move Dark mode for settings to In progress',
    check: (t) =>
      card(t, 'R-101')?.column === 'doing' && cardKept(t, 'R-101', ['column']) && othersKept(t, ['R-101']),
  }),
  goal({
    id: 'roadmap-ship-pricing',
    app: 'roadmap',
    goal: 'Send the Redesign pricing page card to Shipped',
    check: (t) =>
      card(t, 'R-107')?.column === 'done' && cardKept(t, 'R-107', ['column']) && othersKept(t, ['R-107']),
  }),
  goal({
    id: 'roadmap-platform-back-to-backlog',
    app: 'roadmap',
    goal: 'Filter to the Platform team, then move Two-factor sign-in back to the backlog',
    check: (t) =>
      t.team === 'Platform' &&
      card(t, 'R-112')?.column === 'backlog' &&
      cardKept(t, 'R-112', ['column']) &&
      othersKept(t, ['R-112']),
  }),

  // ---- Archive and undo ----
  goal({
    id: 'roadmap-archive-uploads',
    app: 'roadmap',
    goal: 'Archive the card Faster image uploads',
    check: (t) =>
      card(t, 'R-110')?.archived === true &&
      cardKept(t, 'R-110', ['archived']) &&
      othersKept(t, ['R-110']) &&
      t.undos === 0,
  }),
  goal({
    id: 'roadmap-archive-undo',
    app: 'roadmap',
    goal: 'Archive Audit log export, then undo it',
    check: (t) => t.archiveLog.includes('R-109') && t.undos >= 1 && cardKept(t, 'R-109') && othersKept(t),
  }),

  // ---- Refused by the app ----
  goal({
    id: 'roadmap-ship-billing-refused',
    app: 'roadmap',
    goal: 'Move Migrate billing to Postgres 16 to Shipped',
    reachable: false,
    check: (t) => card(t, 'R-106')?.column === 'done',
  }),
  goal({
    id: 'roadmap-rename-taken',
    app: 'roadmap',
    goal: 'Rename Android widget to Dark mode for settings',
    reachable: false,
    check: (t) => card(t, 'R-108')?.title === 'Dark mode for settings',
  }),
  goal({
    id: 'roadmap-points-too-many',
    app: 'roadmap',
    goal: 'Give Keyboard shortcuts 40 story points',
    reachable: false,
    check: (t) => card(t, 'R-111')?.points === 40,
  }),
];
