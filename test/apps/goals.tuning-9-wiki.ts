/**
 * Ninth batch of tuning goals (issue 10), WRITTEN BEFORE TUNING, blind to the held-out apps. The
 * app (public/wiki/) is a team wiki used by Mia Chen: a folder tree (Engineering › Runbooks,
 * Design › Archive, Product, Onboarding), All pages and each folder with a filter bar (search box,
 * All / Draft / In review / Published buttons), pages with properties (Owner, Status, Estimate in
 * points, Tags as comma-separated text, Save properties), Move / Share / Move to trash, a Trash
 * with Restore, sharing per person (Can view / Can comment / Can edit) and for "Everyone at Fern",
 * and comment threads whose comments each have Like, Reply and (first of a thread) Resolve.
 *
 * Written 2026-12-07 from 19:05 UTC by the engineer of branch wip11/wiki BEFORE changing any
 * planner code, without reading the held-out sets. The constructions are the ones the planner was
 * seen misreading elsewhere: values with a unit or a comma ("8 points", "saying thanks, will do"),
 * comments located by author, parent or rank ("the reply under Ana's comment", "the newest
 * comment", "Ben's second comment"), moves whose destination is the point ("to the trash", "into
 * the Design folder"), permissions (who gets what; everyone vs one person), and filters. Each is
 * worded as different people would. Traps: the estimate box is a number box beside the word
 * "points"; adding a tag keeps the old one; the newest comment is a reply in the middle of the
 * thread, not the last one shown; Ben's first comment heads a thread with a Resolve button too;
 * Move opens a folder dialog that has no trash; Design has a subfolder Archive; the Share dialog's
 * Permission defaults to Can view; "view-only for everyone" is general access, not one person's;
 * a "Review checklist" page sits among the pages in review. Three goals the app refuses (sharing,
 * moving a page Mia may only comment on; an estimate above 100) where any pass is a false pass.
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * BASELINE before tuning (local planner at d067b00, `npm run -s bench:browser-goals -- --set tuning
 * --app wiki --no-export`, 2026-12-07 19:09 UTC, bench/results/browser-goals.wiki-baseline.json):
 * 3/17 reached (3 refused goals), 1 FALSE PASS (wiki-sam-comment-roadmap: passed after only opening
 * the page), 4 unverified, 15 failed. Seen: "8 points" typed into the number box; a person named
 * in a permission goal picked as the page's Owner; a comment's text "The error codes table…" taken
 * for an error; Like / Resolve pressed on the first comment, not the one located by parent or rank;
 * "to the trash", "from the trash", "view-only for everyone", "down to drafts" not read.
 */
import { goal, type BrowserGoal, type WikiComment, type WikiPage, type WikiTruth } from './truth.ts';

const ME = 'Mia Chen';
type Shape = Pick<
  WikiPage,
  'folder' | 'status' | 'owner' | 'estimate' | 'tags' | 'trashed' | 'shares' | 'everyone'
>;
const page = (
  folder: string,
  status: WikiPage['status'],
  estimate: number | null,
  tags: string[],
  extra: Partial<Shape> = {},
): Shape => ({
  folder,
  status,
  owner: ME,
  estimate,
  tags,
  trashed: false,
  shares: {},
  everyone: 'none',
  ...extra,
});
/** The pages as the app starts, by id. */
const START: Record<string, Shape> = {
  P1: page('Engineering', 'In review', 5, ['api'], { shares: { 'Ana Ruiz': 'comment' } }),
  P2: page('Runbooks', 'Published', 3, ['process'], { shares: { 'Ben Okafor': 'edit' } }),
  P3: page('Engineering', 'Draft', 2, []),
  P4: page('Product', 'Draft', 1, ['brand']),
  P5: page('Design', 'In review', 2, [], { owner: 'Ana Ruiz', shares: { [ME]: 'edit' } }),
  P6: page('Product', 'In review', 13, ['planning'], { shares: { 'Lee Park': 'view' } }),
  P7: page('Onboarding', 'Published', null, ['new-starters']),
  P8: page('Onboarding', 'Published', null, [], { everyone: 'edit', shares: { 'Sam Ito': 'edit' } }),
  P9: page('Onboarding', 'Draft', null, []),
  P10: page('Engineering', 'Published', 8, ['security'], {
    owner: 'Omar Haddad',
    shares: { [ME]: 'comment' },
  }),
  P11: page('Product', 'Draft', null, [], { trashed: true }),
  P12: page('Product', 'Draft', null, []),
  P13: page('Design', 'Published', 1, []),
  P14: page('Archive', 'Published', null, ['brand']),
};
const COMMENT_IDS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12'];

const sameShares = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
/** Every starting page as it was but for `changes`; none deleted for good. */
const pagesKept = (t: WikiTruth, changes: Record<string, Partial<Shape>> = {}) =>
  t.deletedForGood.length === 0 &&
  Object.entries(START).every(([id, start]) => {
    const p = t.pages.find((x) => x.id === id);
    if (!p) return false;
    const want = { ...start, ...changes[id] };
    return (
      p.folder === want.folder &&
      p.status === want.status &&
      p.owner === want.owner &&
      p.estimate === want.estimate &&
      [...p.tags].sort().join() === [...want.tags].sort().join() &&
      p.trashed === want.trashed &&
      sameShares(p.shares, want.shares) &&
      p.everyone === want.everyone
    );
  });
/** The starting comments unliked and unresolved but for `liked` / `resolved`, and `added` new ones. */
const commentsKept = (t: WikiTruth, opts: { liked?: string[]; resolved?: string[]; added?: number } = {}) =>
  t.comments.length === COMMENT_IDS.length + (opts.added ?? 0) &&
  COMMENT_IDS.every((id) => {
    const c = t.comments.find((x) => x.id === id);
    return (
      c !== undefined &&
      c.likes.includes(ME) === (opts.liked ?? []).includes(id) &&
      c.resolved === (opts.resolved ?? []).includes(id)
    );
  });
/** The one comment Mia added, when there is exactly one. */
const added = (t: WikiTruth): WikiComment | undefined => {
  const mine = t.comments.filter((c) => !COMMENT_IDS.includes(c.id));
  return mine.length === 1 ? mine[0] : undefined;
};
/** Text as typed, ignoring case, outer space and one closing full stop. */
const said = (text: string | undefined, want: string) =>
  text !== undefined && text.trim().replace(/\.$/, '').toLowerCase() === want.toLowerCase();
/** A reply by Mia under `parent` saying `text`, nothing else changed. */
const replied = (t: WikiTruth, parent: string, text: string) => {
  const c = added(t);
  return (
    c !== undefined &&
    c.author === ME &&
    c.parent === parent &&
    said(c.text, text) &&
    commentsKept(t, { added: 1 }) &&
    pagesKept(t)
  );
};
const quiet = (t: WikiTruth) => pagesKept(t) && commentsKept(t);

export const NINTH_WIKI_GOALS: BrowserGoal[] = [
  // A value with its unit; the estimate box is a number box with "points" beside it.
  goal({
    id: 'wiki-estimate-roadmap',
    app: 'wiki',
    goal: 'Set the estimate on Roadmap Q1 to 8 points',
    check: (t) => pagesKept(t, { P6: { estimate: 8 } }) && commentsKept(t),
  }),
  goal({
    id: 'wiki-estimate-checklist-pts',
    app: 'wiki',
    goal: 'the onboarding checklist should be estimated at 2 pts',
    check: (t) => pagesKept(t, { P7: { estimate: 2 } }) && commentsKept(t),
  }),
  // A reply whose text has a comma in it.
  goal({
    id: 'wiki-reply-lee-thanks',
    app: 'wiki',
    goal: "Reply to Lee's comment on the API style guide saying thanks, will do",
    check: (t) => replied(t, 'C3', 'thanks, will do'),
  }),
  // Located by parent: Ben's reply under Ana's comment, not Ana's own.
  goal({
    id: 'wiki-like-reply-under-ana',
    app: 'wiki',
    goal: "On the API style guide, like the reply under Ana's comment",
    check: (t) => commentsKept(t, { liked: ['C2'] }) && pagesKept(t),
  }),
  // Located by date: the newest is Ana's reply of 6 Dec, shown in the middle; Sam's (25 Nov) is last.
  goal({
    id: 'wiki-answer-newest-roadmap',
    app: 'wiki',
    goal: 'Answer the newest comment on Roadmap Q1 with: Noted',
    check: (t) => replied(t, 'C10', 'Noted'),
  }),
  // Located by author and rank: Ben's comments are C4 then C8.
  goal({
    id: 'wiki-resolve-ben-second',
    app: 'wiki',
    goal: "Resolve Ben's second comment on the Release process page",
    check: (t) => commentsKept(t, { resolved: ['C8'] }) && pagesKept(t),
  }),
  // A move to the trash: the Move dialog has no trash.
  goal({
    id: 'wiki-trash-old-notes',
    app: 'wiki',
    goal: 'Move the Old onboarding notes to the trash',
    check: (t) => pagesKept(t, { P9: { trashed: true } }) && commentsKept(t),
  }),
  // A move into a folder; Design has a subfolder Archive.
  goal({
    id: 'wiki-move-brand-design',
    app: 'wiki',
    goal: 'move brand colours into the Design folder',
    check: (t) => pagesKept(t, { P4: { folder: 'Design' } }) && commentsKept(t),
  }),
  goal({
    id: 'wiki-file-incident-runbooks',
    app: 'wiki',
    goal: 'The incident runbook belongs under Runbooks, please file it there',
    check: (t) => pagesKept(t, { P3: { folder: 'Runbooks' } }) && commentsKept(t),
  }),
  // Who gets what: the Permission select defaults to Can view.
  goal({
    id: 'wiki-lee-edit-api',
    app: 'wiki',
    goal: 'Give Lee edit access to the API style guide',
    check: (t) =>
      pagesKept(t, { P1: { shares: { 'Ana Ruiz': 'comment', 'Lee Park': 'edit' } } }) && commentsKept(t),
  }),
  goal({
    id: 'wiki-sam-comment-roadmap',
    app: 'wiki',
    goal: 'Sam should be able to comment on Roadmap Q1 but not edit it',
    check: (t) =>
      pagesKept(t, { P6: { shares: { 'Lee Park': 'view', 'Sam Ito': 'comment' } } }) && commentsKept(t),
  }),
  // General access, not Sam's own edit access.
  goal({
    id: 'wiki-holiday-view-only',
    app: 'wiki',
    goal: 'Make the Holiday calendar view-only for everyone',
    check: (t) => pagesKept(t, { P8: { everyone: 'view' } }) && commentsKept(t),
  }),
  // A change of one person's access, worded by what she needs.
  goal({
    id: 'wiki-ana-read-only',
    app: 'wiki',
    goal: 'Ana only needs to read the API style guide, change her access to view',
    check: (t) => pagesKept(t, { P1: { shares: { 'Ana Ruiz': 'view' } } }) && commentsKept(t),
  }),
  // Filters; a "Review checklist" page is published.
  goal({
    id: 'wiki-filter-in-review',
    app: 'wiki',
    goal: 'Show only pages in review',
    check: (t) => t.filter.status === 'In review' && t.filter.search === '' && t.view !== 'page' && quiet(t),
  }),
  goal({
    id: 'wiki-filter-drafts',
    app: 'wiki',
    goal: 'filter the page list down to drafts',
    check: (t) => t.filter.status === 'Draft' && t.filter.search === '' && t.view !== 'page' && quiet(t),
  }),
  // Team offsite 2026 is a near miss that is not in the trash.
  goal({
    id: 'wiki-restore-offsite',
    app: 'wiki',
    goal: 'Bring the Team offsite 2025 page back from the trash',
    check: (t) => pagesKept(t, { P11: { trashed: false } }) && commentsKept(t),
  }),
  // A tag added, the old one kept.
  goal({
    id: 'wiki-tag-backend',
    app: 'wiki',
    goal: 'Tag the API style guide with backend',
    check: (t) => pagesKept(t, { P1: { tags: ['api', 'backend'] } }) && commentsKept(t),
  }),
  // Refused: Mia may only comment on Omar's Security policy.
  goal({
    id: 'wiki-share-security-refused',
    app: 'wiki',
    goal: 'Give Lee edit access to the Security policy',
    reachable: false,
    check: (t) => t.pages.some((p) => p.id === 'P10' && p.shares['Lee Park'] === 'edit'),
  }),
  goal({
    id: 'wiki-move-security-refused',
    app: 'wiki',
    goal: 'Move the Security policy into the Onboarding folder',
    reachable: false,
    check: (t) => t.pages.some((p) => p.id === 'P10' && p.folder === 'Onboarding'),
  }),
  // Refused: estimates stop at 100 points.
  goal({
    id: 'wiki-estimate-too-big',
    app: 'wiki',
    goal: 'Set the Release process estimate to 150 points',
    reachable: false,
    check: (t) => t.pages.some((p) => p.id === 'P2' && p.estimate === 150),
  }),
];
