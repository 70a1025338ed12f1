/**
 * Eighth batch of tuning goals (issue 10, phrases that LOCATE an item), WRITTEN BEFORE TUNING: one
 * app, sprint (a sprint planning board of four columns of cards, each card opening a details panel
 * with a Move to select, an Assignee select, an estimate, labels, Archive and a comment thread with
 * nested replies). Most goals find their card by its column and rank ("the second card in the In
 * progress column", "the top card in Backlog", "the last card in Backlog"), by a neighbour ("the
 * card below Fix login", "the card above Audit log"), by column and title where the title repeats
 * ("the Update docs task in the Backlog list") or find a comment by its author, its parent or its
 * place in the thread ("reply to Ana's comment on the export card", "the reply under Ana's comment",
 * "the newest comment", "the last comment in the thread"). Worded as different users would.
 * Written 2026-12-07 from 15:30 UTC by the engineer of branch wip10/sprint before any change to
 * src/ on that branch, WITHOUT READING THE HELD-OUT SETS. Included in TUNING_GOALS (goals.tuning.ts).
 *
 * Traps: the same rank in another column (the second card in Backlog is not the second in In
 * progress); the same title in another column ("Update docs" is in Backlog and in Done); the column
 * named in the goal is where the card IS, not where to move it (moving a card there is wrong);
 * Marco commented on two cards; the first comment on the export card is not its newest. Refused by
 * the app (`reachable: false`): a move into Review while it holds 3 cards (its limit), a move into
 * Done of a card with no estimate, archiving a card that is In progress. Every check also guards
 * against side effects (another card changed, moved, archived, a comment too many).
 */
import { goal, type BrowserGoal, type SprintCard, type SprintTruth } from './truth.ts';

type Start = Pick<SprintCard, 'id' | 'column' | 'assignee' | 'estimate' | 'archived'> & {
  labels: string;
  comments: number;
};
/** The board as it starts (test/apps/public/sprint/index.html); labels sorted, joined by ",". */
const START: Start[] = [
  { id: 1, column: 'Backlog', assignee: null, estimate: null, labels: 'Docs', archived: false, comments: 0 },
  {
    id: 2,
    column: 'Backlog',
    assignee: 'Marco Bianchi',
    estimate: 3,
    labels: 'Feature',
    archived: false,
    comments: 0,
  },
  { id: 3, column: 'Backlog', assignee: null, estimate: 5, labels: 'Feature', archived: false, comments: 1 },
  { id: 4, column: 'Backlog', assignee: null, estimate: 3, labels: '', archived: false, comments: 0 },
  {
    id: 5,
    column: 'In progress',
    assignee: 'Ana Costa',
    estimate: 3,
    labels: 'Bug',
    archived: false,
    comments: 2,
  },
  {
    id: 6,
    column: 'In progress',
    assignee: 'Kim Lee',
    estimate: 8,
    labels: 'Feature',
    archived: false,
    comments: 0,
  },
  {
    id: 7,
    column: 'In progress',
    assignee: 'Ana Costa',
    estimate: 5,
    labels: 'Feature',
    archived: false,
    comments: 4,
  },
  {
    id: 8,
    column: 'Review',
    assignee: 'Marco Bianchi',
    estimate: 2,
    labels: '',
    archived: false,
    comments: 0,
  },
  {
    id: 9,
    column: 'Review',
    assignee: 'Ravi Shah',
    estimate: 5,
    labels: 'Feature',
    archived: false,
    comments: 1,
  },
  {
    id: 10,
    column: 'Review',
    assignee: 'Kim Lee',
    estimate: null,
    labels: 'Tech debt',
    archived: false,
    comments: 0,
  },
  { id: 11, column: 'Done', assignee: 'Ana Costa', estimate: 1, labels: '', archived: false, comments: 1 },
  {
    id: 12,
    column: 'Done',
    assignee: 'Marco Bianchi',
    estimate: 2,
    labels: 'Bug',
    archived: false,
    comments: 0,
  },
  { id: 13, column: 'Done', assignee: 'Ravi Shah', estimate: 1, labels: 'Bug', archived: false, comments: 0 },
];
type Field = keyof Start;

/** Comment ids as the app numbers them (the export card: Ana 4, Ravi's reply to her 5, Marco 6, Ravi 7; Fix login: Ana 2, Marco 3). */
const ANA_ON_EXPORT = 4;
const RAVI_UNDER_ANA = 5;
const RAVI_NEWEST_ON_EXPORT = 7;
const MARCO_LAST_ON_LOGIN = 3;

const card = (t: SprintTruth, id: number): SprintCard | undefined => t.cards.find((x) => x.id === id);

/** The card as it started in every field but `fields` (`comments` counts them, `labels` joined). */
const kept = (t: SprintTruth, id: number, fields: Field[] = []): boolean => {
  const start = START.find((s) => s.id === id)!;
  const now = card(t, id);
  if (!now) return false;
  const current: Start = { ...now, labels: now.labels.join(','), comments: now.comments.length };
  return (Object.keys(start) as Field[]).every((k) => fields.includes(k) || current[k] === start[k]);
};

/** Every card as it started but the `changed` ones (checked by the goal itself). */
const othersKept = (t: SprintTruth, changed: number[] = []): boolean =>
  t.cards.length === START.length && START.every((s) => changed.includes(s.id) || kept(t, s.id));

/** Exactly one new comment on card `id`, by the reader, with `text`, answering `replyTo`. */
const newComment = (t: SprintTruth, id: number, text: string, replyTo: number | null): boolean => {
  const now = card(t, id);
  const start = START.find((s) => s.id === id)!;
  return (
    !!now &&
    now.comments.length === start.comments + 1 &&
    now.comments.some((c) => c.author === 'Kim Lee' && c.text === text && c.replyTo === replyTo) &&
    kept(t, id, ['comments']) &&
    othersKept(t, [id])
  );
};

/** Card `id` changed in `field` only (to what `ok` accepts), every other card as it started. */
const only = <K extends keyof SprintCard>(
  t: SprintTruth,
  id: number,
  field: K & Field,
  ok: (v: SprintCard[K]) => boolean,
): boolean => {
  const now = card(t, id);
  return !!now && ok(now[field]) && kept(t, id, [field]) && othersKept(t, [id]);
};

export const EIGHTH_SPRINT_GOALS: BrowserGoal[] = [
  // ---- A card by its column and rank ----
  goal({
    id: 'sprint-assign-second-in-progress',
    app: 'sprint',
    goal: 'Assign the second card in the In progress column to Ravi Shah',
    check: (t) => only(t, 6, 'assignee', (v) => v === 'Ravi Shah'),
  }),
  goal({
    id: 'sprint-estimate-third-review',
    app: 'sprint',
    goal: 'Set the estimate of the third card under Review to 8 points',
    check: (t) => only(t, 10, 'estimate', (v) => v === 8),
  }),
  goal({
    id: 'sprint-label-top-backlog',
    app: 'sprint',
    goal: 'Label the top card in Backlog as a Bug',
    check: (t) => only(t, 1, 'labels', (v) => v.join(',') === 'Bug,Docs'),
  }),
  goal({
    id: 'sprint-move-last-backlog',
    app: 'sprint',
    goal: 'Move the last card in Backlog to In progress',
    check: (t) => only(t, 4, 'column', (v) => v === 'In progress'),
  }),
  goal({
    id: 'sprint-archive-second-done',
    app: 'sprint',
    goal: 'Archive the 2nd card in the Done column',
    check: (t) => only(t, 12, 'archived', (v) => v),
  }),
  goal({
    id: 'sprint-finish-first-in-progress',
    app: 'sprint',
    goal: 'The first card of In progress is finished: put it in Done',
    check: (t) => only(t, 5, 'column', (v) => v === 'Done'),
  }),

  // ---- A card by a neighbour ----
  goal({
    id: 'sprint-give-below-fix-login',
    app: 'sprint',
    goal: "Take the card below 'Fix login' and give it to Marco Bianchi",
    check: (t) => only(t, 6, 'assignee', (v) => v === 'Marco Bianchi'),
  }),
  goal({
    id: 'sprint-give-above-audit',
    app: 'sprint',
    goal: 'Give the card above Audit log to Ana Costa',
    check: (t) => only(t, 9, 'assignee', (v) => v === 'Ana Costa'),
  }),

  // ---- A card by its column where its title repeats ----
  goal({
    id: 'sprint-estimate-backlog-docs',
    app: 'sprint',
    goal: 'Estimate the Update docs task in the Backlog list at 2 points',
    check: (t) => only(t, 1, 'estimate', (v) => v === 2),
  }),
  goal({
    id: 'sprint-label-done-docs',
    app: 'sprint',
    goal: 'Add the Docs label to Update docs in Done',
    check: (t) => only(t, 11, 'labels', (v) => v.join(',') === 'Docs'),
  }),

  // ---- A comment by its author, its parent or its place in the thread ----
  goal({
    id: 'sprint-reply-ana-export',
    app: 'sprint',
    goal: "Reply to Ana's comment on the export card: Fixed in build 212",
    check: (t) => newComment(t, 7, 'Fixed in build 212', ANA_ON_EXPORT),
  }),
  goal({
    id: 'sprint-answer-reply-under-ana',
    app: 'sprint',
    goal: "On Export to CSV, answer the reply under Ana's comment with 'The BOM did it'",
    check: (t) => newComment(t, 7, 'The BOM did it', RAVI_UNDER_ANA),
  }),
  goal({
    id: 'sprint-reply-newest-export',
    app: 'sprint',
    goal: 'Respond to the newest comment on Export to CSV saying Great, shipping Friday',
    check: (t) => newComment(t, 7, 'Great, shipping Friday', RAVI_NEWEST_ON_EXPORT),
  }),
  goal({
    id: 'sprint-reply-last-login',
    app: 'sprint',
    goal: 'On the Fix login card, reply to the last comment in the thread: On it',
    check: (t) => newComment(t, 5, 'On it', MARCO_LAST_ON_LOGIN),
  }),

  // ---- Refused by the app ----
  goal({
    id: 'sprint-review-full',
    app: 'sprint',
    goal: 'Send the second card in Backlog to Review',
    reachable: false,
    check: (t) => card(t, 2)?.column === 'Review',
  }),
  goal({
    id: 'sprint-done-unestimated',
    app: 'sprint',
    goal: 'Move the first card in the Backlog to Done',
    reachable: false,
    check: (t) => card(t, 1)?.column === 'Done',
  }),
  goal({
    id: 'sprint-archive-in-progress',
    app: 'sprint',
    goal: 'Archive the third card in In progress',
    reachable: false,
    check: (t) => card(t, 7)?.archived === true,
  }),
];
