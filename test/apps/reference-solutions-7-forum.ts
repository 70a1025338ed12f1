import type { Page } from 'playwright-core';

/**
 * Reference solutions for the seventh batch of tuning goals (goals.tuning-7-forum.ts: forum),
 * WRITTEN BEFORE TUNING by hand with the app (2026-12-07, by the engineer of branch wip9/threads,
 * who did not read the held-out sets): plain Playwright that reaches each goal, or for a goal the
 * app refuses, tries it the way a user would and waits for the refusal. They prove each truth
 * check can turn true (and that refused goals stay false), not the planner.
 */

async function open(p: Page, title: string): Promise<void> {
  await p.getByRole('link', { name: title, exact: true }).click();
  await p.getByRole('heading', { level: 1, name: title }).waitFor();
}
const manage = (p: Page) => p.getByRole('complementary', { name: 'Manage discussion' });
async function moveTo(p: Page, title: string, category: string): Promise<void> {
  await open(p, title);
  await manage(p).getByRole('button', { name: 'Move to category…' }).click();
  await p.getByRole('dialog').getByRole('radio', { name: category }).check();
  await p.getByRole('dialog').getByRole('button', { name: 'Move', exact: true }).click();
}
async function replyTo(p: Page, title: string, author: string, text: string): Promise<void> {
  await open(p, title);
  const reply = p
    .locator('.reply')
    .filter({ has: p.locator('.by', { hasText: author }) })
    .first();
  await reply.getByRole('button', { name: 'Reply', exact: true }).click();
  await p.getByRole('textbox', { name: `Reply to ${author}` }).fill(text);
  await p.getByRole('button', { name: 'Send reply' }).click();
  await p.getByText('Reply posted.').waitFor();
}
async function assign(p: Page, title: string, who: string): Promise<void> {
  await open(p, title);
  await manage(p).getByLabel('Assign to').selectOption(who);
  await manage(p).getByRole('button', { name: 'Assign', exact: true }).click();
  await p.getByText(`Assigned to ${who}.`).waitFor();
}
async function status(p: Page, title: string, value: string): Promise<void> {
  await open(p, title);
  await manage(p).getByLabel('Status').selectOption(value);
  await manage(p).getByRole('button', { name: 'Update' }).click();
}

export const REFERENCE_7_FORUM: Record<string, (page: Page) => Promise<void>> = {
  'forum-move-meetup': async (p) => {
    await moveTo(p, 'Meetup in Lisbon this spring', 'Events');
    await p.getByText('Moved to Events.').waitFor();
  },
  'forum-file-dark-mode': async (p) => {
    await moveTo(p, 'Dark mode for the mobile app', 'General');
    await p.getByText('Moved to General.').waitFor();
  },
  'forum-reply-ravi-sync': (p) =>
    replyTo(p, 'Sync fails after updating to 4.2', 'Ravi Shah', 'I am on macOS 14'),
  'forum-respond-marco': (p) =>
    replyTo(p, 'Calendar invites show the wrong time zone', 'Marco Bianchi', 'Which browser do you use?'),
  'forum-post-keyboard': async (p) => {
    await open(p, 'Best keyboard for long coding sessions?');
    await p.getByPlaceholder('Write a reply…').fill('Try a split keyboard');
    await p.getByRole('button', { name: 'Post reply' }).click();
    await p.getByText('Reply posted.').waitFor();
  },
  'forum-assign-me-export': async (p) => {
    await open(p, 'Export to CSV drops accents');
    await manage(p).getByRole('button', { name: 'Assign to me' }).click();
    await p.getByText('You own this discussion now.').waitFor();
  },
  'forum-take-keyboard': async (p) => {
    await open(p, 'Best keyboard for long coding sessions?');
    await manage(p).getByRole('button', { name: 'Assign to me' }).click();
    await p.getByText('You own this discussion now.').waitFor();
  },
  'forum-give-ana': (p) => assign(p, 'Export to CSV drops accents', 'Ana Costa'),
  'forum-hand-over-meetup': (p) => assign(p, 'Meetup in Lisbon this spring', 'Ravi Shah'),
  'forum-unassign-calendar': async (p) => {
    await open(p, 'Calendar invites show the wrong time zone');
    await manage(p).getByRole('button', { name: 'Unassign' }).click();
    await p.getByText('Nobody owns this discussion now.').waitFor();
  },
  'forum-unassign-marco': async (p) => {
    await open(p, 'Dark mode for the mobile app');
    await manage(p).getByRole('button', { name: 'Unassign' }).click();
    await p.getByText('Nobody owns this discussion now.').waitFor();
  },
  'forum-close-keyboard': async (p) => {
    await status(p, 'Best keyboard for long coding sessions?', 'Closed');
    await p.getByText('Status updated to Closed.').waitFor();
  },
  'forum-pin-meetup': async (p) => {
    await open(p, 'Meetup in Lisbon this spring');
    await manage(p).getByRole('button', { name: 'Pinned' }).click();
    await p.getByText('Pinned.', { exact: true }).waitFor();
  },
  'forum-lock-keyboard': async (p) => {
    await open(p, 'Best keyboard for long coding sessions?');
    await manage(p).getByRole('switch', { name: 'Locked' }).click();
    await p.getByText('Locked.', { exact: true }).waitFor();
  },
  'forum-accept-ana': async (p) => {
    await open(p, 'Calendar invites show the wrong time zone');
    const reply = p.locator('.reply').filter({ has: p.locator('.by', { hasText: 'Ana Costa' }) });
    await reply.getByRole('button', { name: 'Mark as answer' }).click();
    await p.getByText('Answer accepted.').waitFor();
  },
  'forum-answered-empty': async (p) => {
    await status(p, 'Export to CSV drops accents', 'Answered');
    await p.getByText('A discussion needs at least one reply before it can be Answered.').waitFor();
  },
  'forum-move-announce': async (p) => {
    await moveTo(p, 'Meetup in Lisbon this spring', 'Announcements');
    await p.getByText('Only admins can post in Announcements.').waitFor();
  },
  'forum-reply-welcome': async (p) => {
    await open(p, 'Welcome to Commons — read this first');
    // The bottom box is disabled; the reply box under the moderators' reply is refused on send.
    await p.getByRole('button', { name: 'Reply', exact: true }).click();
    await p.getByRole('textbox', { name: 'Reply to Moderators' }).fill('Thanks, will do!');
    await p.getByRole('button', { name: 'Send reply' }).click();
    await p.getByText('This discussion is locked.').waitFor();
  },
};
