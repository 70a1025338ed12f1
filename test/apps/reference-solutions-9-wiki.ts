import type { Page } from 'playwright-core';

/**
 * Reference solutions for the ninth batch of tuning goals (goals.tuning-9-wiki.ts: a team wiki),
 * WRITTEN BEFORE TUNING by hand with the app (2026-12-07, branch wip11/wiki): plain Playwright that
 * reaches each goal, or for the goals the app refuses, tries them the way a user would and sees
 * the refusal. Each ends by waiting for what it caused to show. They prove each truth check can
 * turn true, not the planner.
 */

const notice = (p: Page, text: string | RegExp) => p.getByRole('status').filter({ hasText: text }).waitFor();
const refusal = (p: Page, text: string | RegExp) => p.getByRole('alert').filter({ hasText: text }).waitFor();

/** Opens a page from All pages by its title. */
async function open(p: Page, title: string): Promise<void> {
  await p.getByRole('link', { name: title, exact: true }).click();
  await p.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function saveProperties(p: Page, title: string, change: (p: Page) => Promise<void>): Promise<void> {
  await open(p, title);
  await change(p);
  await p.getByRole('button', { name: 'Save properties' }).click();
}

/** The comment by `author` whose text starts with `text`. */
const commentBy = (p: Page, author: string, text: string) =>
  p
    .getByRole('article', { name: `Comment by ${author}` })
    .filter({ has: p.getByText(text, { exact: false }) })
    .last();

async function reply(p: Page, author: string, text: string, answer: string): Promise<void> {
  const c = commentBy(p, author, text);
  await c.getByRole('button', { name: 'Reply', exact: true }).first().click();
  await p.getByLabel(`Reply to ${author.split(' ')[0]}`).fill(answer);
  await p.getByRole('button', { name: 'Post reply' }).click();
  await notice(p, 'Reply posted.');
}

async function share(
  p: Page,
  title: string,
  act: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
): Promise<void> {
  await open(p, title);
  await p.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = p.getByRole('dialog');
  await act(dialog);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function addPerson(
  dialog: ReturnType<Page['getByRole']>,
  person: string,
  permission: string,
): Promise<void> {
  await dialog.getByLabel('Person').selectOption(person);
  await dialog.getByLabel('Permission').selectOption({ label: permission });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await dialog.getByRole('combobox', { name: `Access for ${person}` }).waitFor();
}

async function move(p: Page, title: string, folder: string): Promise<void> {
  await open(p, title);
  await p.getByRole('button', { name: 'Move', exact: true }).click();
  await p.getByRole('dialog').getByLabel('Folder').selectOption(folder);
  await p.getByRole('dialog').getByRole('button', { name: 'Move', exact: true }).click();
  await notice(p, `Moved to ${folder}.`);
}

export const REFERENCE_9_WIKI: Record<string, (page: Page) => Promise<void>> = {
  'wiki-estimate-roadmap': async (p) => {
    await saveProperties(p, 'Roadmap Q1', (x) => x.getByLabel('Estimate').fill('8'));
    await notice(p, 'Properties saved.');
  },
  'wiki-estimate-checklist-pts': async (p) => {
    await saveProperties(p, 'Onboarding checklist', (x) => x.getByLabel('Estimate').fill('2'));
    await notice(p, 'Properties saved.');
  },
  'wiki-reply-lee-thanks': async (p) => {
    await open(p, 'API style guide');
    await reply(p, 'Lee Park', 'The error codes', 'thanks, will do');
  },
  'wiki-like-reply-under-ana': async (p) => {
    await open(p, 'API style guide');
    const like = commentBy(p, 'Ben Okafor', 'Agreed').getByRole('button', { name: /^Like/ }).first();
    await like.click();
    await commentBy(p, 'Ben Okafor', 'Agreed')
      .getByRole('button', { name: /^Like/, pressed: true })
      .waitFor();
  },
  'wiki-answer-newest-roadmap': async (p) => {
    await open(p, 'Roadmap Q1');
    await reply(p, 'Ana Ruiz', 'Yes, it moved', 'Noted');
  },
  'wiki-resolve-ben-second': async (p) => {
    await open(p, 'Release process');
    await commentBy(p, 'Ben Okafor', 'Should we add').getByRole('button', { name: 'Resolve' }).click();
    await notice(p, 'Thread resolved.');
  },
  'wiki-trash-old-notes': async (p) => {
    await open(p, 'Old onboarding notes');
    await p.getByRole('button', { name: 'Move to trash' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
    await notice(p, /moved to the trash/);
  },
  'wiki-move-brand-design': (p) => move(p, 'Brand colours', 'Design'),
  'wiki-file-incident-runbooks': (p) => move(p, 'Incident runbook', 'Runbooks'),
  'wiki-lee-edit-api': (p) => share(p, 'API style guide', (d) => addPerson(d, 'Lee Park', 'Can edit')),
  'wiki-sam-comment-roadmap': (p) => share(p, 'Roadmap Q1', (d) => addPerson(d, 'Sam Ito', 'Can comment')),
  'wiki-holiday-view-only': (p) =>
    share(p, 'Holiday calendar', async (d) => {
      await d.getByLabel('Everyone at Fern').selectOption({ label: 'Can view' });
      await notice(p, 'Everyone at Fern: can view.');
    }),
  'wiki-ana-read-only': (p) =>
    share(p, 'API style guide', async (d) => {
      await d.getByRole('combobox', { name: 'Access for Ana Ruiz' }).selectOption({ label: 'Can view' });
      await notice(p, 'Ana Ruiz can view.');
    }),
  'wiki-filter-in-review': async (p) => {
    await p.getByRole('button', { name: 'In review', exact: true }).click();
    await p.getByRole('button', { name: 'In review', pressed: true }).waitFor();
  },
  'wiki-filter-drafts': async (p) => {
    await p.getByRole('button', { name: 'Draft', exact: true }).click();
    await p.getByRole('button', { name: 'Draft', pressed: true }).waitFor();
  },
  'wiki-restore-offsite': async (p) => {
    await p.getByRole('link', { name: 'Trash' }).click();
    await p
      .getByRole('row', { name: /Team offsite 2025/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await notice(p, /restored/);
  },
  'wiki-tag-backend': async (p) => {
    await saveProperties(p, 'API style guide', (x) => x.getByLabel('Tags').fill('api, backend'));
    await notice(p, 'Properties saved.');
  },
  'wiki-share-security-refused': async (p) => {
    await open(p, 'Security policy');
    await p.getByRole('button', { name: 'Share', exact: true }).click();
    await refusal(p, /Only the owner/);
  },
  'wiki-move-security-refused': async (p) => {
    await open(p, 'Security policy');
    await p.getByRole('button', { name: 'Move', exact: true }).click();
    await refusal(p, /Only the owner/);
  },
  'wiki-estimate-too-big': async (p) => {
    await saveProperties(p, 'Release process', (x) => x.getByLabel('Estimate').fill('150'));
    await refusal(p, /at most 100 points/);
  },
};
