/**
 * What a build found, in the web UI, end to end in real Chromium against a real server: every
 * reason the inputs seen would go to review (not only rival disagreements), counted on the build's
 * page and the service page as the CLI's `Unsettled:` line counts them, and the examples the
 * program that fits the most leaves out, each with its reason.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUi, type UiHarness } from './harness.ts';

const SURNAMES = [
  { input: { id: '1', name: 'Ann Lee' }, output: { family: 'Lee' } },
  { input: { id: '2', name: 'Bo Park' }, output: { family: 'Park' } },
  { input: { id: '3', name: 'Cy Dunn' }, output: { family: 'Dunn' } },
];
const PRICES = [
  { input: { price: '$12.50' }, output: { cents: 1250 } },
  { input: { price: '$3.99' }, output: { cents: 399 } },
  { input: { price: '$100.00' }, output: { cents: 10000 } },
];

/** Three °F examples and one °C: the program branches on the scale, and one example took the °C branch. */
const PROBES = [
  { input: { reading: '212', scale: 'F' }, output: { celsius: 100 } },
  { input: { reading: '32', scale: 'F' }, output: { celsius: 0 } },
  { input: { reading: '50', scale: 'F' }, output: { celsius: 10 } },
  { input: { reading: '37', scale: 'C' }, output: { celsius: 37 } },
];

describe('what a build found, in the web UI', () => {
  let ui: UiHarness;
  beforeAll(async () => {
    ui = await startUi();
  });
  afterAll(async () => {
    await ui?.close();
  });

  /** Builds through the UI's button and waits for the outcome on the run page. */
  async function buildInUi(service: string, outcome: RegExp) {
    const { page } = ui;
    await page.goto(`/services/${service}`);
    await page.getByRole('button', { name: /^(Build|Rebuild)$/ }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    const region = page.getByRole('region', { name: 'Build outcome' });
    await region.getByText(outcome).waitFor({ timeout: 90_000 });
    return region;
  }

  it(
    'counts every reason the inputs seen are unsettled, on the build and on the service page',
    { timeout: 180_000 },
    async () => {
      const { page } = ui;
      await ui.api('/services', { name: 'surnames', examples: SURNAMES });
      // Inputs seen before: a three-word name (the rivals disagree) and an empty name (no example had one).
      const internal = join(ui.dataDir, 'services', 'surnames', '.codify');
      mkdirSync(internal, { recursive: true });
      writeFileSync(
        join(internal, 'potential-inputs.jsonl'),
        [
          { id: '9', name: 'Mary Ann Smith' },
          { id: '10', name: 'Di Roe' },
          { id: '11', name: '' },
        ]
          .map((i) => `${JSON.stringify(i)}\n`)
          .join(''),
      );
      const outcome = await buildInUi('surnames', /^passed/);
      await outcome.getByText(/Checked 3 input\(s\) seen: 2 not settled by the examples/).waitFor();
      const reasons = outcome.getByRole('list', { name: 'Why inputs are unsettled' });
      expect(await reasons.getByRole('listitem').allTextContents()).toEqual([
        'rival programs disagree: 1',
        'empty input field: 1',
      ]);

      await page.goto('/services/surnames');
      await page
        .getByRole('status', { name: 'Last build' })
        .getByText(
          'The last build found 2 of 3 input(s) seen that the examples do not settle (rival programs disagree: 1, empty input field: 1)',
        )
        .waitFor();

      // A run of records like them: its page counts the review rows by reason, as the summary does.
      await page.getByRole('tab', { name: 'Run' }).click();
      await page.getByLabel('Records file').setInputFiles({
        name: 'people.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('id,name\n20,Lee Jo Stone\n21,Ed Fox\n22,\n23,Ann Marie Cole\n'),
      });
      await page.getByRole('button', { name: 'Start run' }).click();
      await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: 'Result' }).waitFor({ timeout: 60_000 });
      const byReason = page.getByRole('list', { name: 'Review by reason' });
      await byReason.waitFor();
      expect(await byReason.getByRole('listitem').allTextContents()).toEqual([
        'rival programs disagree: 2',
        'empty input field: 1',
      ]);
      const runId = page.url().split('/').pop() ?? '';
      const { run } = await ui.api<{ run: { summary: { reviewByReason: Record<string, number> } } }>(
        `/runs/${runId}`,
      );
      expect(run.summary.reviewByReason).toEqual({ 'rival programs disagree': 2, 'empty input field': 1 });
      // Each review row in the errors table says its own reason.
      const rows = page.getByRole('table', { name: 'Failed records' }).locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(3);
      const disputed = rows.filter({ hasText: 'Lee Jo Stone' });
      expect(await disputed.textContent()).toContain('rival programs disagree');
      // The answers that were not written, the code's first, for the person labelling it.
      const competing = await disputed.getByRole('list', { name: 'Competing answers' }).textContent();
      expect(competing).toMatch(/^family: "[\w ]+"( or "[\w ]+")+$/);
      expect(competing).toContain('"Stone"');
    },
  );

  it(
    'names the examples the program that fits the most leaves out, and why',
    { timeout: 240_000 },
    async () => {
      const { page } = ui;
      await ui.api('/services', { name: 'prices', examples: PRICES });
      await buildInUi('prices', /^passed/);
      // A slip in an answered question: 12,50 € is 1250 cents, not 1205.
      const response = await fetch(`${ui.baseUrl}/api/v1/services/prices`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          examples: [
            ...PRICES,
            { input: { price: '12,50 €' }, output: { cents: 1205 }, note: 'answered question' },
          ],
        }),
      });
      expect(response.status).toBe(200);
      const outcome = await buildInUi('prices', /^failed/);
      const left = outcome.getByRole('table', { name: 'Examples left out' });
      const row = left.getByRole('row', { name: /12,50/ });
      await row.waitFor();
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells[0]).toMatch(/^4 \(index 3\)answered question$/);
      expect(cells[1]).toBe('{"price":"12,50 €"}');
      expect(cells[2]).toBe('{"cents":1205}');
      expect(cells[3]).toMatch(/cents is 1250, the answer says 1205/);

      await page.goto('/services/prices');
      const notice = page.getByRole('status', { name: 'Last build' });
      await notice.getByText(/the last build left out 1 example\(s\) \(example 4\)/).waitFor();
      await notice.getByRole('link', { name: 'See why' }).click();
      await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
      await page.getByRole('table', { name: 'Examples left out' }).waitFor();
    },
  );

  it(
    'says when no input was checked, and which branch one example alone took',
    { timeout: 180_000 },
    async () => {
      await ui.api('/services', { name: 'probes', examples: PROBES });
      const outcome = await buildInUi('probes', /^passed/);
      const coverage = outcome.getByLabel('What the build could not check');
      await coverage.getByText(/Ambiguity not checked: no input besides the examples was seen/).waitFor();
      expect(
        await coverage.getByRole('list', { name: 'Branches too few examples took' }).textContent(),
      ).toMatch(
        /The program for celsius has a branch only 1 example took: records that take it go to review/,
      );

      // A run: the °C record goes to review, its row showing what the code gives (not written).
      const { page } = ui;
      await page.goto('/services/probes');
      await page.getByRole('tab', { name: 'Run' }).click();
      await page.getByLabel('Records file').setInputFiles({
        name: 'probes.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('reading,scale\n68,F\n20,C\n'),
      });
      await page.getByRole('button', { name: 'Start run' }).click();
      await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: 'Result' }).waitFor({ timeout: 60_000 });
      const row = page.getByRole('table', { name: 'Failed records' }).locator('tbody tr');
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain('the code gives {"celsius":20}');
    },
  );
});
