import type { Page } from 'playwright-core';

/**
 * Reference solutions for the eighth batch of tuning goals (goals.tuning-8-sprint.ts: sprint),
 * WRITTEN BEFORE TUNING by hand with the app (2026-12-07, by the engineer of branch wip10/sprint,
 * who did not read the held-out sets): plain Playwright that finds the card by its column and rank
 * or its neighbour, reaches the goal and waits for what it caused to render; for a goal the app
 * refuses, tries it the way a user would and waits for the refusal. They prove each truth check
 * can turn true (and that refused goals stay false), not the planner.
 */

const column = (p: Page, name: string) => p.getByRole('region', { name: new RegExp(`^${name} \\(`) });
const panel = (p: Page) => p.getByRole('complementary', { name: 'Card details' });

/** Opens the card at 1-based `rank` in `col` (or the last one) and waits for its panel. */
async function openAt(p: Page, col: string, rank: number | 'last'): Promise<string> {
  const cards = column(p, col).getByRole('listitem');
  const item = rank === 'last' ? cards.last() : cards.nth(rank - 1);
  const button = item.getByRole('button');
  const title = (await button.textContent())!;
  await button.click();
  await panel(p).getByRole('heading', { level: 2, name: title }).waitFor();
  await panel(p).getByText(`In ${col}`, { exact: true }).waitFor();
  return title;
}
/** Opens the card `offset` places from the one titled `title` in its column. */
async function openBeside(p: Page, title: string, offset: number): Promise<void> {
  const items = p.getByRole('listitem');
  const titles = await items.getByRole('button').allTextContents();
  const at = titles.indexOf(title) + offset;
  await items.nth(at).getByRole('button').click();
  await panel(p).getByRole('heading', { level: 2, name: titles[at]! }).waitFor();
}
async function moveTo(p: Page, col: string): Promise<void> {
  await panel(p).getByLabel('Move to').selectOption(col);
  await panel(p).getByRole('button', { name: 'Move', exact: true }).click();
}
async function assign(p: Page, who: string): Promise<void> {
  await panel(p).getByLabel('Assignee').selectOption(who);
  await panel(p).getByText(`Assigned to ${who}.`).waitFor();
}
async function estimate(p: Page, points: string): Promise<void> {
  await panel(p).getByLabel('Estimate (points)').fill(points);
  await panel(p).getByRole('button', { name: 'Save estimate' }).click();
  await panel(p).getByText('Estimate saved.').waitFor();
}
async function label(p: Page, name: string): Promise<void> {
  await panel(p).getByRole('checkbox', { name }).check();
  await panel(p).getByText(`Label ${name} added.`).waitFor();
}
/** Replies to the comment whose text is `text` (its own, not a nested reply's). */
async function replyToComment(p: Page, text: string, author: string, reply: string): Promise<void> {
  const comment = panel(p)
    .locator('.comment')
    .filter({ has: p.locator(':scope > p', { hasText: text }) });
  await comment.locator(':scope > .actions').getByRole('button', { name: 'Reply' }).click();
  await panel(p)
    .getByRole('textbox', { name: `Reply to ${author}` })
    .fill(reply);
  await panel(p).getByRole('button', { name: 'Send reply' }).click();
  await panel(p).getByText('Reply posted.').waitFor();
  await panel(p).getByText(reply, { exact: true }).waitFor();
}

export const REFERENCE_8_SPRINT: Record<string, (page: Page) => Promise<void>> = {
  'sprint-assign-second-in-progress': async (p) => {
    await openAt(p, 'In progress', 2);
    await assign(p, 'Ravi Shah');
  },
  'sprint-estimate-third-review': async (p) => {
    await openAt(p, 'Review', 3);
    await estimate(p, '8');
  },
  'sprint-label-top-backlog': async (p) => {
    await openAt(p, 'Backlog', 1);
    await label(p, 'Bug');
  },
  'sprint-move-last-backlog': async (p) => {
    await openAt(p, 'Backlog', 'last');
    await moveTo(p, 'In progress');
    await panel(p).getByText('Moved to In progress.').waitFor();
  },
  'sprint-archive-second-done': async (p) => {
    await openAt(p, 'Done', 2);
    await panel(p).getByRole('button', { name: 'Archive' }).click();
    await panel(p).getByText('Card archived.').waitFor();
  },
  'sprint-finish-first-in-progress': async (p) => {
    await openAt(p, 'In progress', 1);
    await moveTo(p, 'Done');
    await panel(p).getByText('Moved to Done.').waitFor();
  },
  'sprint-give-below-fix-login': async (p) => {
    await openBeside(p, 'Fix login', 1);
    await assign(p, 'Marco Bianchi');
  },
  'sprint-give-above-audit': async (p) => {
    await openBeside(p, 'Audit log', -1);
    await assign(p, 'Ana Costa');
  },
  'sprint-estimate-backlog-docs': async (p) => {
    await column(p, 'Backlog').getByRole('button', { name: 'Update docs' }).click();
    await panel(p).getByText('In Backlog', { exact: true }).waitFor();
    await estimate(p, '2');
  },
  'sprint-label-done-docs': async (p) => {
    await column(p, 'Done').getByRole('button', { name: 'Update docs' }).click();
    await panel(p).getByText('In Done', { exact: true }).waitFor();
    await label(p, 'Docs');
  },
  'sprint-reply-ana-export': async (p) => {
    await p.getByRole('button', { name: 'Export to CSV' }).click();
    await replyToComment(
      p,
      'Accents break when the file is opened in Excel.',
      'Ana Costa',
      'Fixed in build 212',
    );
  },
  'sprint-answer-reply-under-ana': async (p) => {
    await p.getByRole('button', { name: 'Export to CSV' }).click();
    await replyToComment(p, 'Write it as UTF-8 with a BOM.', 'Ravi Shah', 'The BOM did it');
  },
  'sprint-reply-newest-export': async (p) => {
    await p.getByRole('button', { name: 'Export to CSV' }).click();
    await replyToComment(p, 'Tests are green now.', 'Ravi Shah', 'Great, shipping Friday');
  },
  'sprint-reply-last-login': async (p) => {
    await p.getByRole('button', { name: 'Fix login' }).click();
    await replyToComment(p, 'The session cookie is dropped after the redirect.', 'Marco Bianchi', 'On it');
  },
  'sprint-review-full': async (p) => {
    await openAt(p, 'Backlog', 2);
    await moveTo(p, 'Review');
    await panel(p).getByText('Review is full: it holds at most 3 cards.').waitFor();
  },
  'sprint-done-unestimated': async (p) => {
    await openAt(p, 'Backlog', 1);
    await moveTo(p, 'Done');
    await panel(p).getByText('Estimate the card before moving it to Done.').waitFor();
  },
  'sprint-archive-in-progress': async (p) => {
    await openAt(p, 'In progress', 3);
    await panel(p).getByRole('button', { name: 'Archive' }).click();
    await panel(p)
      .getByText('Cards in progress cannot be archived: move it out of In progress first.')
      .waitFor();
  },
};
