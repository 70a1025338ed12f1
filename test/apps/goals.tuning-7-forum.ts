/**
 * Seventh batch of tuning goals (issue 10, work items the local planner could not do), WRITTEN
 * BEFORE TUNING: one app, forum (a community discussion board), on moving a thing to a category,
 * replying inside a thread (to one reply, or to the thread), taking and giving ownership ("assign …
 * to me", "give … to", "hand … over to"), removing an owner, a status select with an Update
 * button, a pin toggle and a lock switch, and accepting a reply as the answer. Goals are worded as
 * different users would word them (paraphrases of the same kinds on purpose).
 * Written 2026-12-07 from 12:20 UTC by the engineer of branch wip9/threads before any change to
 * src/ on that branch, WITHOUT READING THE HELD-OUT SETS. Included in TUNING_GOALS (goals.tuning.ts).
 *
 * Traps: "Remove the assignee" beside a "Delete thread" button (deleting is wrong); "Mark … as the
 * answer" (a reply's button) versus "Mark … as Answered" (the status). Refused by the app
 * (`reachable: false`): the status Answered on a thread with no reply; a move into Announcements
 * (admins only); a reply to a locked announcement (its lock switch is disabled). Every check also
 * guards against side effects (another thread changed, a thread deleted, a reply too many).
 */
import { goal, type BrowserGoal, type ForumThread, type ForumTruth } from './truth.ts';

type Start = Pick<ForumThread, 'id' | 'category' | 'status' | 'owner' | 'pinned' | 'locked' | 'answer'> & {
  replies: number;
};
/** The board as it starts (test/apps/public/forum/index.html). */
const START: Start[] = [
  {
    id: 1,
    category: 'Announcements',
    status: 'Open',
    owner: null,
    pinned: true,
    locked: true,
    answer: null,
    replies: 1,
  },
  {
    id: 2,
    category: 'General',
    status: 'Open',
    owner: null,
    pinned: false,
    locked: false,
    answer: null,
    replies: 2,
  },
  {
    id: 3,
    category: 'Help',
    status: 'Open',
    owner: 'Ana Costa',
    pinned: false,
    locked: false,
    answer: null,
    replies: 2,
  },
  {
    id: 4,
    category: 'Ideas',
    status: 'Needs info',
    owner: 'Marco Bianchi',
    pinned: false,
    locked: false,
    answer: null,
    replies: 1,
  },
  {
    id: 5,
    category: 'Help',
    status: 'Open',
    owner: null,
    pinned: false,
    locked: false,
    answer: null,
    replies: 0,
  },
  {
    id: 6,
    category: 'General',
    status: 'Open',
    owner: null,
    pinned: false,
    locked: false,
    answer: null,
    replies: 2,
  },
  {
    id: 7,
    category: 'Help',
    status: 'Open',
    owner: 'Ravi Shah',
    pinned: false,
    locked: false,
    answer: null,
    replies: 2,
  },
];
type Field = keyof Start;

const thread = (t: ForumTruth, id: number): ForumThread | undefined => t.threads.find((x) => x.id === id);

/** The thread as it started in every field but `fields` (`replies` counts them). */
const kept = (t: ForumTruth, id: number, fields: Field[] = []): boolean => {
  const start = START.find((s) => s.id === id)!;
  const now = thread(t, id);
  if (!now) return false;
  const current: Start = { ...now, replies: now.replies.length };
  return (Object.keys(start) as Field[]).every((k) => fields.includes(k) || current[k] === start[k]);
};

/** Every thread as it started but the `changed` ones (checked by the goal itself), none deleted. */
const othersKept = (t: ForumTruth, changed: number[] = []): boolean =>
  t.deleted.length === 0 &&
  t.threads.length === START.length &&
  START.every((s) => changed.includes(s.id) || kept(t, s.id));

/** Exactly one new reply in thread `id`, by the reader, with `text`, answering `replyTo`. */
const newReply = (t: ForumTruth, id: number, text: string, replyTo: number | null): boolean => {
  const now = thread(t, id);
  const start = START.find((s) => s.id === id)!;
  return (
    !!now &&
    now.replies.length === start.replies + 1 &&
    now.replies.some((r) => r.author === 'Kim Lee' && r.text === text && r.replyTo === replyTo) &&
    kept(t, id, ['replies'])
  );
};

export const SEVENTH_FORUM_GOALS: BrowserGoal[] = [
  // ---- Moving to a category ----
  goal({
    id: 'forum-move-meetup',
    app: 'forum',
    goal: 'Move "Meetup in Lisbon this spring" to Events',
    check: (t) => thread(t, 6)?.category === 'Events' && kept(t, 6, ['category']) && othersKept(t, [6]),
  }),
  goal({
    id: 'forum-file-dark-mode',
    app: 'forum',
    goal: 'File the Dark mode for the mobile app discussion under General instead of Ideas',
    check: (t) => thread(t, 4)?.category === 'General' && kept(t, 4, ['category']) && othersKept(t, [4]),
  }),

  // ---- Replying inside a thread ----
  goal({
    id: 'forum-reply-ravi-sync',
    app: 'forum',
    goal: 'In "Sync fails after updating to 4.2", reply to Ravi Shah: I am on macOS 14',
    check: (t) => newReply(t, 3, 'I am on macOS 14', 4) && othersKept(t, [3]),
  }),
  goal({
    id: 'forum-respond-marco',
    app: 'forum',
    goal: "Answer Marco Bianchi's comment in the calendar invites thread with 'Which browser do you use?'",
    check: (t) => newReply(t, 7, 'Which browser do you use?', 10) && othersKept(t, [7]),
  }),
  goal({
    id: 'forum-post-keyboard',
    app: 'forum',
    goal: 'Post a reply to Best keyboard for long coding sessions? saying Try a split keyboard',
    check: (t) => newReply(t, 2, 'Try a split keyboard', null) && othersKept(t, [2]),
  }),

  // ---- Taking and giving ownership ----
  goal({
    id: 'forum-assign-me-export',
    app: 'forum',
    goal: 'Assign Export to CSV drops accents to me',
    check: (t) => thread(t, 5)?.owner === 'Kim Lee' && kept(t, 5, ['owner']) && othersKept(t, [5]),
  }),
  goal({
    id: 'forum-take-keyboard',
    app: 'forum',
    goal: "I'll look after the keyboard discussion myself: make me its owner",
    check: (t) => thread(t, 2)?.owner === 'Kim Lee' && kept(t, 2, ['owner']) && othersKept(t, [2]),
  }),
  goal({
    id: 'forum-give-ana',
    app: 'forum',
    goal: 'Give Export to CSV drops accents to Ana Costa',
    check: (t) => thread(t, 5)?.owner === 'Ana Costa' && kept(t, 5, ['owner']) && othersKept(t, [5]),
  }),
  goal({
    id: 'forum-hand-over-meetup',
    app: 'forum',
    goal: 'Hand the Lisbon meetup thread over to Ravi Shah',
    check: (t) => thread(t, 6)?.owner === 'Ravi Shah' && kept(t, 6, ['owner']) && othersKept(t, [6]),
  }),

  // ---- Removing the owner (a Delete thread button sits beside it) ----
  goal({
    id: 'forum-unassign-calendar',
    app: 'forum',
    goal: 'Remove the assignee from Calendar invites show the wrong time zone',
    check: (t) => thread(t, 7)?.owner === null && kept(t, 7, ['owner']) && othersKept(t, [7]),
  }),
  goal({
    id: 'forum-unassign-marco',
    app: 'forum',
    goal: 'Unassign Marco Bianchi from the dark mode idea',
    check: (t) => thread(t, 4)?.owner === null && kept(t, 4, ['owner']) && othersKept(t, [4]),
  }),

  // ---- Status, pin, lock, answer ----
  goal({
    id: 'forum-close-keyboard',
    app: 'forum',
    goal: 'Change the status of Best keyboard for long coding sessions? to Closed',
    check: (t) => thread(t, 2)?.status === 'Closed' && kept(t, 2, ['status']) && othersKept(t, [2]),
  }),
  goal({
    id: 'forum-pin-meetup',
    app: 'forum',
    goal: 'Pin the Lisbon meetup so it stays at the top of the list',
    check: (t) => thread(t, 6)?.pinned === true && kept(t, 6, ['pinned']) && othersKept(t, [6]),
  }),
  goal({
    id: 'forum-lock-keyboard',
    app: 'forum',
    goal: 'Lock Best keyboard for long coding sessions? so it takes no more replies',
    check: (t) => thread(t, 2)?.locked === true && kept(t, 2, ['locked']) && othersKept(t, [2]),
  }),
  goal({
    id: 'forum-accept-ana',
    app: 'forum',
    goal: "Mark Ana Costa's reply as the answer in Calendar invites show the wrong time zone",
    check: (t) => thread(t, 7)?.answer === 9 && kept(t, 7, ['answer']) && othersKept(t, [7]),
  }),

  // ---- Refused by the app ----
  goal({
    id: 'forum-answered-empty',
    app: 'forum',
    goal: 'Mark Export to CSV drops accents as Answered',
    reachable: false,
    check: (t) => thread(t, 5)?.status === 'Answered',
  }),
  goal({
    id: 'forum-move-announce',
    app: 'forum',
    goal: 'Move Meetup in Lisbon this spring to Announcements so everyone sees it',
    reachable: false,
    check: (t) => thread(t, 6)?.category === 'Announcements',
  }),
  goal({
    id: 'forum-reply-welcome',
    app: 'forum',
    goal: 'Reply to the welcome thread with: Thanks, will do!',
    reachable: false,
    check: (t) => (thread(t, 1)?.replies ?? []).some((r) => r.author === 'Kim Lee'),
  }),
];
