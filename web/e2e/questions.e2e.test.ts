/**
 * The questions a build asks, answered in the web UI, end to end in real Chromium against a real
 * server: a real build finds an input the examples do not settle, the service page shows it with
 * its competing outputs, a wrong typed answer is refused with the schema's reason, a picked answer
 * lands in examples.json, and the Rebuild button builds with it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUi, type UiHarness } from './harness.ts';

// Two-word names only: "second word" and "last word" both fit, so three-word names are open.
const SURNAMES = [
  { input: { id: 1, name: 'Ann Lee' }, output: { family: 'Lee' } },
  { input: { id: 2, name: 'Bo Park' }, output: { family: 'Park' } },
  { input: { id: 3, name: 'Cy Dunn' }, output: { family: 'Dunn' } },
];
const SCHEMA = {
  type: 'object',
  properties: { family: { type: 'string', minLength: 1 } },
  required: ['family'],
  additionalProperties: false,
};
/** Inputs seen before (runs record them), two of them unsettled the same way. */
const SEEN = [
  { id: 9, name: 'Mary Ann Smith' },
  { id: 10, name: 'Di Roe' },
  { id: 11, name: 'Lee Jo Stone' },
];

describe('answering build questions in the web UI', () => {
  let ui: UiHarness;
  beforeAll(async () => {
    ui = await startUi();
  });
  afterAll(async () => {
    await ui?.close();
  });

  it(
    'shows the open question, refuses a wrong answer, saves a picked one as an example and rebuilds',
    { timeout: 240_000 },
    async () => {
      const { page } = ui;
      await ui.api('/services', { name: 'surnames', examples: SURNAMES, schema: SCHEMA });
      const dir = join(ui.dataDir, 'services', 'surnames');
      const examplesFile = join(dir, 'examples.json');
      const examplesOnDisk = () =>
        JSON.parse(readFileSync(examplesFile, 'utf8')) as { input: unknown; output: unknown }[];
      mkdirSync(join(dir, '.codify'), { recursive: true });
      writeFileSync(
        join(dir, '.codify', 'potential-inputs.jsonl'),
        SEEN.map((i) => `${JSON.stringify(i)}\n`).join(''),
      );

      // Before any build there is nothing to ask: no Questions tab.
      await page.goto('/services/surnames');
      await page.getByRole('heading', { name: /^surnames/ }).waitFor();
      expect(await page.getByRole('tab', { name: /Questions/ }).count()).toBe(0);

      // A real build (through the UI) finds the unsettled inputs.
      await page.getByRole('button', { name: 'Build', exact: true }).click();
      await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
      await page
        .getByRole('region', { name: 'Build outcome' })
        .getByText(/^passed/)
        .waitFor({ timeout: 60_000 });

      await page.goto('/services/surnames');
      const tab = page.getByRole('tab', { name: /^Questions\s*1 open$/ });
      await tab.waitFor();
      // Every unsettled input seen counts (two three-word names), beside the one question asked about them.
      const notice = page.getByRole('status', { name: 'Last build' });
      await notice
        .getByText(
          'The last build found 2 of 3 input(s) seen that the examples do not settle (rival programs disagree: 2)',
        )
        .waitFor();
      await notice.getByRole('link', { name: 'Answer 1 question(s)' }).waitFor();
      await tab.click();
      const card = page.getByRole('group', { name: 'Question 1 of 1' });
      await card.waitFor();
      expect(await card.getByLabel('Input of question 1').textContent()).toContain('Mary Ann Smith');
      await card.getByText('Answering settles about 2 records').waitFor();
      const competing = card.getByRole('table', { name: 'Competing outputs of question 1' });
      const familyRow = competing.getByRole('row', { name: /family/ });
      expect(await familyRow.textContent()).toContain('"Smith"');
      expect(await familyRow.textContent()).toContain('"Ann"');
      const save = page.getByRole('button', { name: /^Save \d+ answers? as examples$/ });
      expect(await save.isDisabled()).toBe(true);
      await ui.screenshot('transform-questions');

      // A locked service keeps its examples as reviewed: the form says so and cannot be used.
      await page.getByRole('button', { name: 'Lock', exact: true }).click();
      await page.getByText('The service is locked: unlock it to answer questions.').waitFor();
      expect(await card.getByRole('radio', { name: 'Skip for now' }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await page
        .getByText('The service is locked: unlock it to answer questions.')
        .waitFor({ state: 'detached' });

      // A typed answer the schema refuses: the server's reason is shown and nothing is saved.
      await card.getByRole('radio', { name: 'None of these: type the right output' }).check();
      const typed = card.getByLabel(/Right output of question 1/);
      await typed.fill('{"family": ""}');
      await page.getByRole('button', { name: 'Save 1 answer as examples' }).click();
      const refusal = page.getByRole('alert');
      await refusal.getByText(/does not satisfy the output schema: at \/family/).waitFor();
      expect(examplesOnDisk()).toHaveLength(3);

      // The right candidate, picked: it becomes an example in examples.json.
      await card.getByRole('radio', { name: /\{"family":"Smith"\}/ }).check();
      await page.getByRole('button', { name: 'Save 1 answer as examples' }).click();
      const done = page.getByRole('status', { name: 'Answers saved' });
      await done.getByText('1 answer saved as example; rebuild to use it.').waitFor();
      await done.getByText('The service now has 4 examples').waitFor();
      const examples = examplesOnDisk();
      expect(examples).toHaveLength(4);
      expect(examples[3]).toMatchObject({
        input: { id: 9, name: 'Mary Ann Smith' },
        output: { family: 'Smith' },
      });

      // Rebuild from the success notice: the new build settles what was open.
      await done.getByRole('button', { name: 'Rebuild' }).click();
      await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
      await page
        .getByRole('region', { name: 'Build outcome' })
        .getByText(/^passed/)
        .waitFor({ timeout: 60_000 });
      const open = await ui.api<{ questions: unknown[] }>('/services/surnames/questions');
      expect(open.questions).toEqual([]);
      await page.goto('/services/surnames');
      await page.getByRole('heading', { name: /^surnames/ }).waitFor();
      expect(await page.getByRole('tab', { name: /Questions/ }).count()).toBe(0);
    },
  );
});
