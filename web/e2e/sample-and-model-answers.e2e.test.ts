/**
 * Building with a sample and letting the model answer, end to end in real Chromium against a real
 * server: "Build with a sample of…" uploads a CSV and the build asks about its unsettled records;
 * "Let the model answer" is refused with a reason while the model is local, and once a model is
 * set it saves the model's answer as a model-labeled example shown for review, and rebuilds. The
 * model is the local OpenAI-compatible test server: its answers are scripted test data (the
 * record's last word), never a real model's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer } from '../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, RecordedRequest } from '../../test/support/openai-server.ts';
import { startUi, type UiHarness } from './harness.ts';

// Two-word names only: "second word" and "last word" both fit, so three-word names are open.
const SURNAMES = [
  { input: { id: '1', name: 'Ann Lee' }, output: { family: 'Lee' } },
  { input: { id: '2', name: 'Bo Park' }, output: { family: 'Park' } },
  { input: { id: '3', name: 'Cy Dunn' }, output: { family: 'Dunn' } },
];
const SCHEMA = {
  type: 'object',
  properties: { family: { type: 'string', minLength: 1 } },
  required: ['family'],
  additionalProperties: false,
};
const SAMPLE_CSV = 'id,name\n9,Mary Ann Smith\n10,Di Roe\n11,Lee Jo Stone\n12,Ed Fox\n';

/** The record a direct-answer prompt asks about (the JSON after "## Record"). */
function recordOf(request: RecordedRequest): { name: string } | null {
  const messages = (request.body as { messages: { content: string }[] }).messages;
  const match = /## Record\n```json\n(.*)\n```/.exec(messages.at(-1)?.content ?? '');
  return match?.[1] ? (JSON.parse(match[1]) as { name: string }) : null;
}

describe('a build with a sample, and the model answering its questions, in the web UI', () => {
  let ui: UiHarness;
  let provider: OpenAICompatibleServer;
  beforeAll(async () => {
    provider = await startOpenAICompatibleServer({
      respond: (request) => ({
        content: JSON.stringify({ family: recordOf(request)?.name.split(' ').at(-1) ?? '' }),
      }),
    });
    ui = await startUi({ env: { CODIFY_BASE_URL: provider.baseUrl } });
  });
  afterAll(async () => {
    await ui?.close();
    await provider?.close();
  });

  it(
    'builds with an uploaded sample, then lets the model answer and shows its answer for review',
    { timeout: 240_000 },
    async () => {
      const { page } = ui;
      await ui.api('/services', { name: 'surnames', examples: SURNAMES, schema: SCHEMA, model: 'local' });
      const examplesFile = join(ui.dataDir, 'services', 'surnames', 'examples.json');
      const examplesOnDisk = () =>
        JSON.parse(readFileSync(examplesFile, 'utf8')) as {
          input: unknown;
          output: unknown;
          source?: string;
        }[];

      // Build with a sample of a file chosen here (no run has read an input yet).
      await page.goto('/services/surnames');
      await page.getByRole('heading', { name: /^surnames/ }).waitFor();
      await page.getByRole('button', { name: 'Build with a sample of…' }).click();
      const panel = page.getByRole('region', { name: 'Build with a sample' });
      await panel.waitFor();
      expect(await panel.getByRole('radio', { name: 'a file from this computer' }).isChecked()).toBe(true);
      const start = panel.getByRole('button', { name: 'Build with this sample' });
      expect(await start.isDisabled()).toBe(true);
      await panel.getByLabel('Sample file').setInputFiles({
        name: 'people.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(SAMPLE_CSV),
      });
      await start.click();
      await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
      const outcome = page.getByRole('region', { name: 'Build outcome' });
      await outcome.getByText(/^passed/).waitFor({ timeout: 60_000 });
      await outcome.getByText('Sample: 4 record(s) of people.csv.').waitFor();
      await outcome
        .getByText(/Checked 4 input\(s\) seen: 2 not settled by the examples, 1 question\(s\) asked/)
        .waitFor();

      // The question is the sample's; with the local model, nobody but a person can answer it.
      await outcome.getByRole('link', { name: 'answer them' }).click();
      const card = page.getByRole('group', { name: 'Question 1 of 1' });
      await card.waitFor();
      expect(await card.getByLabel('Input of question 1').textContent()).toContain('Mary Ann Smith');
      const letModel = page.getByRole('button', { name: 'Let the model answer' });
      expect(await letModel.isDisabled()).toBe(true);
      await page.getByText('The model is local (no model to ask): set one beside Model above').waitFor();

      // A model is set: the button asks it, and a build runs with its answer.
      const changed = await fetch(`${ui.baseUrl}/api/v1/services/surnames`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'auto:openai-compatible:test-model' }),
      });
      expect(changed.status).toBe(200);
      await page.reload();
      await card.waitFor();
      expect(await letModel.isDisabled()).toBe(false);
      await ui.screenshot('transform-questions-model');
      await letModel.click();
      await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
      await outcome.getByText(/^passed/).waitFor({ timeout: 60_000 });
      const answers = page.getByRole('region', { name: 'Model answers' });
      await answers.getByText('The model answered 1 of 1 open question(s)').waitFor();
      const row = answers
        .getByRole('table', { name: 'Answers the model gave' })
        .getByRole('row', { name: /Mary Ann Smith/ });
      expect(await row.textContent()).toContain('{"family":"Smith"}');
      expect(await row.textContent()).toContain('model-labeled');
      // The rebuild checked the sample the question came from again: the answer settled it.
      await outcome.getByText('Sample: 4 record(s) of people.csv.').waitFor();
      await outcome.getByText('Checked 4 input(s) seen: 0 not settled by the examples.').waitFor();
      await ui.screenshot('transform-model-answers');
      expect(provider.requests.filter((r) => recordOf(r)?.name === 'Mary Ann Smith')).toHaveLength(1);
      expect(examplesOnDisk().at(-1)).toMatchObject({
        input: { id: '9', name: 'Mary Ann Smith' },
        output: { family: 'Smith' },
        source: 'model',
      });

      // The Examples tab marks it for review; nothing is open any more.
      await answers.getByRole('link', { name: 'the examples' }).click();
      await page.getByRole('table', { name: 'Examples' }).waitFor();
      const rows = page.getByRole('table', { name: 'Examples' }).getByRole('row');
      expect(await rows.count()).toBe(5);
      expect(await rows.nth(4).textContent()).toContain('model-labeled');
      expect(await rows.nth(3).textContent()).not.toContain('model-labeled');
      expect(await page.getByRole('tab', { name: /Questions/ }).count()).toBe(0);

      // A person who edits the model's output stands behind it: the mark goes, and stays gone once saved.
      await page.getByLabel('Output 4').fill('{"family": "Smith"}');
      expect(await rows.nth(4).textContent()).not.toContain('model-labeled');
      await page.getByRole('button', { name: 'Save examples' }).click();
      await expect.poll(() => examplesOnDisk()[3]?.source ?? 'none').toBe('none');
      expect(examplesOnDisk()[3]).toMatchObject({ output: { family: 'Smith' } });
    },
  );

  it('offers an earlier run’s input as the sample, and builds with it', { timeout: 120_000 }, async () => {
    const { page } = ui;
    await ui.api('/services', { name: 'family', examples: SURNAMES, schema: SCHEMA, model: 'local' });
    const form = new FormData();
    form.append('frozen', 'true');
    form.append('file', new Blob([SAMPLE_CSV]), 'customers.csv');
    const started = await fetch(`${ui.baseUrl}/api/v1/services/family/runs`, { method: 'POST', body: form });
    expect(started.status).toBe(202);
    const { run } = (await started.json()) as { run: { id: string } };
    await expect
      .poll(async () => ((await ui.api<{ live: boolean }>(`/runs/${run.id}`)).live ? 'live' : 'ended'), {
        timeout: 60_000,
      })
      .toBe('ended');

    await page.goto('/services/family');
    await page.getByRole('button', { name: 'Build with a sample of…' }).click();
    const panel = page.getByRole('region', { name: 'Build with a sample' });
    const earlier = panel.getByRole('radio', {
      name: new RegExp(`the input of run ${run.id.slice(0, 8)}: customers\\.csv`),
    });
    await earlier.waitFor();
    expect(await earlier.isChecked()).toBe(true);
    await panel.getByRole('button', { name: 'Build with this sample' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    const outcome = page.getByRole('region', { name: 'Build outcome' });
    await outcome.getByText(/^passed/).waitFor({ timeout: 60_000 });
    await outcome.getByText('Sample: 4 record(s) of customers.csv.').waitFor();
    await outcome.getByText(/1 question\(s\) asked/).waitFor();
  });
});
