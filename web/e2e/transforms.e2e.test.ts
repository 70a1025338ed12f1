/**
 * The transform product in the web UI, end to end in real Chromium against a real server: create
 * a service from examples, infer and tighten its schema, build it, run a file with bad records,
 * read the errors, download the output, lock the code. Screenshots for the README along the way.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedModel } from '../../src/core/models/scripted-model.ts';
import { createTransformRoutes } from '../../src/server/routes/transforms.ts';
import { startUi, type UiHarness } from './harness.ts';

const EXAMPLES = [
  {
    input: { customer: 'Ada Lovelace', phone: '(415) 555-2671' },
    output: { customer: 'Ada Lovelace', phone: '+14155552671' },
  },
  {
    input: { customer: 'Grace Hopper', phone: '212.555.0199' },
    output: { customer: 'Grace Hopper', phone: '+12125550199' },
  },
  {
    input: { customer: 'Alan Turing', phone: '+1 646 555 0123' },
    output: { customer: 'Alan Turing', phone: '+16465550123' },
  },
  {
    input: { customer: 'Edsger Dijkstra', phone: '1-718-555-0147' },
    output: { customer: 'Edsger Dijkstra', phone: '+17185550147' },
  },
];

/** Good records (expected E.164 beside each) and two bad ones: a line that is not JSON, a phone with no digits. */
const GOOD = [
  ['Linus Torvalds', '(503) 555-0142', '+15035550142'],
  ['Margaret Hamilton', '617-555-0178', '+16175550178'],
  ['Ken Thompson', '+1 (908) 555-0111', '+19085550111'],
  ['Dennis Ritchie', '908.555.0123', '+19085550123'],
  ['Frances Allen', '1 914 555 0166', '+19145550166'],
] as const;
const RECORDS = [
  ...GOOD.slice(0, 3).map(([customer, phone]) => JSON.stringify({ customer, phone })),
  '{"customer": "Broken Line", "phone": ',
  ...GOOD.slice(3).map(([customer, phone]) => JSON.stringify({ customer, phone })),
  JSON.stringify({ customer: 'No Number', phone: 'unknown' }),
].join('\n');

describe('transforms in the web UI', () => {
  let ui: UiHarness;
  beforeAll(async () => {
    ui = await startUi();
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('creates a service, builds it, runs a file with bad records, downloads the output and locks it', async () => {
    const { page } = ui;

    // Services list, empty, then the new-service form with examples typed into the table.
    await page.goto('/services');
    await page.getByText('No services yet.').waitFor();
    await page.getByRole('link', { name: 'New service' }).click();
    await page.getByLabel('Name').fill('phones');
    for (const [i, example] of EXAMPLES.entries()) {
      if (i >= 2) await page.getByRole('button', { name: 'Add example' }).click();
      await page.getByLabel(`Input ${i + 1}`, { exact: true }).fill(JSON.stringify(example.input));
      await page.getByLabel(`Output ${i + 1}`, { exact: true }).fill(JSON.stringify(example.output));
    }
    await page.getByText('4 example(s)').waitFor();
    await page.getByRole('button', { name: 'Create service' }).click();
    await page.waitForURL(/\/services\/phones$/);
    await page.getByRole('heading', { name: /^phones/ }).waitFor();
    await page.getByText(/output schema inferred from the examples/).waitFor();

    // Schema: infer from the examples, take it, tighten the phone with a pattern, save.
    await page.getByRole('tab', { name: 'Schema' }).click();
    await page.getByRole('button', { name: 'Infer from examples' }).click();
    const inferred = page.getByRole('region', { name: 'Inferred schema', exact: true });
    await inferred.waitFor();
    await inferred.getByRole('button', { name: 'Use inferred schema' }).click();
    const editor = page.getByLabel('Output schema (JSON Schema)');
    const schema = JSON.parse(await editor.inputValue()) as {
      properties: Record<string, Record<string, unknown>>;
      required: string[];
    };
    expect(Object.keys(schema.properties).sort()).toEqual(['customer', 'phone']);
    expect(schema.required.sort()).toEqual(['customer', 'phone']);
    await editor.fill('{ "type": "object", ');
    await page.getByText(/^Invalid: /).waitFor();
    expect(await page.getByRole('button', { name: 'Save schema' }).isDisabled()).toBe(true);
    schema.properties['phone'] = { type: 'string', pattern: '^\\+1[2-9][0-9]{9}$' };
    await editor.fill(JSON.stringify(schema, null, 2));
    await page.getByText('Valid JSON').waitFor();
    await page.getByRole('button', { name: 'Save schema' }).click();
    await page.getByText('Schema saved.').waitFor();
    const stored = (await (await fetch(`${ui.baseUrl}/api/v1/services/phones`)).json()) as {
      service: { schema: { properties: { phone: { pattern?: string } } } };
    };
    expect(stored.service.schema.properties.phone.pattern).toBe('^\\+1[2-9][0-9]{9}$');

    // Build: the run page follows the attempts live until the build completes.
    await page.getByRole('button', { name: 'Build', exact: true }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    const outcome = page.getByRole('region', { name: 'Build outcome' });
    await outcome.getByText(/^passed/).waitFor({ timeout: 30_000 });
    await page.locator('.run-header').getByText('completed', { exact: true }).waitFor();
    const attempt = page.getByRole('article', { name: 'Attempt 1' });
    await attempt.getByText('Passed every check').waitFor();
    await expect(attempt.getByRole('region', { name: 'Attempt 1 code' }).textContent()).resolves.toContain(
      'export default function transform',
    );
    await page.getByText(/No model calls: the local engine/).waitFor();
    await ui.screenshot('transform-build');

    // The code tab shows transform.ts highlighted.
    await page.goto('/services/phones?tab=code');
    const code = page.getByRole('region', { name: 'transform.ts' });
    await code.waitFor();
    expect(await code.textContent()).toContain('export default function transform');
    expect(await code.locator('.hljs-keyword').count()).toBeGreaterThan(0);
    await ui.screenshot('service-editor');

    // A person edits transform.ts by hand (breaking it); a rebuild must not overwrite it but
    // propose transform.next.ts with a diff, which the code tab accepts.
    const transformFile = join(ui.dataDir, 'services', 'phones', 'transform.ts');
    const generated = await readFile(transformFile, 'utf8');
    // The line that writes the phone, whatever reader the engine chose for it; the person
    // replaces it with a copy of the input, which fails the examples.
    // (in the function: the Input type above it has a `phone: string;` line too).
    const body = generated.slice(generated.indexOf('export default function transform'));
    const phoneLine =
      body
        .split('\n')
        .find((line) => /^\s*phone: /.test(line))
        ?.trim() ?? '';
    expect(phoneLine, generated).not.toBe('');
    const handEdit = 'phone: input.phone, // edited by hand';
    await writeFile(transformFile, generated.replace(phoneLine, handEdit));
    await page.reload();
    await page.getByText('edited by hand').first().waitFor();
    await page.getByRole('button', { name: 'Rebuild', exact: true }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    await page
      .locator('.run-header')
      .getByText('awaiting-review', { exact: true })
      .waitFor({ timeout: 30_000 });
    const buildDiff = page.getByRole('region', { name: 'Build diff' });
    await buildDiff.getByText(phoneLine, { exact: false }).first().waitFor();
    await page.getByRole('link', { name: 'Review and accept it' }).click();
    const pending = page.getByRole('region', { name: 'Pending review' });
    await pending.waitFor();
    const removed = pending.locator('tr.del td.text');
    const added = pending.locator('tr.add td.text');
    expect((await removed.allTextContents()).join('\n')).toContain(handEdit);
    expect((await added.allTextContents()).join('\n')).toContain(phoneLine);
    await ui.screenshot('service-review');
    await pending.getByRole('button', { name: 'Accept transform.next.ts' }).click();
    await pending.waitFor({ state: 'detached' });
    expect(await readFile(transformFile, 'utf8')).toContain(phoneLine);
    expect(existsSync(join(ui.dataDir, 'services', 'phones', 'transform.next.ts'))).toBe(false);

    // Run a JSONL file with two bad records and watch the run page.
    await page.getByRole('tab', { name: 'Run' }).click();
    await page.getByLabel('Records file').setInputFiles({
      name: 'customers.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(RECORDS),
    });
    await page.getByText(/customers\.jsonl: /).waitFor();
    await page.getByRole('button', { name: 'Start run' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Result' }).waitFor({ timeout: 30_000 });
    const failed = page.getByRole('table', { name: 'Failed records' });
    await failed.waitFor();
    const errorRows = failed.locator('tbody tr');
    await expect.poll(() => errorRows.count()).toBe(2);
    const errorText = (await errorRows.allTextContents()).join('\n');
    expect(errorText).toContain('parse');
    expect(errorText).toContain('No Number');
    // Index (0-based among the records) and line (1-based in the file), the same as the errors file.
    const broken = failed.locator('tbody tr').filter({ hasText: 'Broken Line' });
    expect(await broken.locator('td').nth(0).textContent()).toBe('3');
    expect(await broken.locator('td').nth(1).textContent()).toBe('4');
    const preview = page.getByLabel('Output lines');
    await preview.waitFor();
    expect((await preview.textContent())?.trim().split('\n')).toHaveLength(GOOD.length);
    await ui.screenshot('transform-run');

    // Download the output: one E.164 line per good record, in input order.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download output' }).click(),
    ]);
    const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line) as { customer: string; phone: string })).toEqual(
      GOOD.map(([customer, , phone]) => ({ customer, phone })),
    );

    // The service's history lists the build and the run; lock the code.
    await page.goto('/services/phones?tab=history');
    const history = page.getByRole('table', { name: 'Service history' });
    await history.getByText(/customers\.jsonl: 7 in → 5 out, 2 error/).waitFor();
    await history.getByText(/passed after 1 attempt/).waitFor();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('button', { name: 'Unlock', exact: true }).waitFor();
    const locked = (await (await fetch(`${ui.baseUrl}/api/v1/services/phones`)).json()) as {
      service: { config: { settings: { locked: boolean } } };
    };
    expect(locked.service.config.settings.locked).toBe(true);

    // The list shows it built and locked.
    await page.getByRole('navigation').getByRole('link', { name: 'Services' }).click();
    const row = page.getByRole('table', { name: 'Services' }).getByRole('row', { name: /phones/ });
    await row.getByText('locked').waitFor();
    await row.getByText('built', { exact: true }).waitFor();
    await ui.screenshot('services');

    // Usage: the local engine made no model calls, and the page says so instead of an empty chart.
    await page.getByRole('navigation').getByRole('link', { name: 'Usage' }).click();
    await page.getByText(/No model calls in the last 30 days/).waitFor();
    await ui.screenshot('usage');

    // A new example breaks the schema (a UK number): the build stops with a proposed schema,
    // which the schema tab shows as a diff and accepts.
    await page.goto('/services/phones?tab=examples');
    await page.getByRole('button', { name: 'Add example' }).click();
    const uk = { customer: 'Tim Berners-Lee', phone: '+442079460958' };
    await page
      .getByLabel('Input 5', { exact: true })
      .fill(JSON.stringify({ ...uk, phone: '+44 20 7946 0958' }));
    await page.getByLabel('Output 5', { exact: true }).fill(JSON.stringify(uk));
    await page.getByRole('button', { name: 'Save examples' }).click();
    await page.getByText('Saved. Rebuild to check the code against them.').waitFor();
    await page.getByRole('button', { name: 'Rebuild', exact: true }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    await page
      .locator('.run-header')
      .getByText('awaiting-review', { exact: true })
      .waitFor({ timeout: 30_000 });
    await page.getByText(/The examples contradict the schema/).waitFor();
    await page.getByRole('link', { name: 'Schema tab' }).click();
    const proposed = page.getByRole('region', { name: 'Proposed schema', exact: true });
    await proposed.waitFor();
    expect((await proposed.locator('tr.del td.text').allTextContents()).join('\n')).toContain('pattern');
    await proposed.getByRole('button', { name: 'Accept proposed schema' }).click();
    await proposed.waitFor({ state: 'detached' });
    const accepted = (await (await fetch(`${ui.baseUrl}/api/v1/services/phones`)).json()) as {
      service: { schema: { properties: { phone: { pattern?: string } } }; proposedSchema: unknown };
    };
    expect(accepted.service.proposedSchema).toBeNull();
    expect(accepted.service.schema.properties.phone.pattern ?? '').not.toBe('^\\+1[2-9][0-9]{9}$');

    // The code tab compares the code of two builds that produced code (the schema-conflict build
    // produced none): the first build and the reviewed rebuild synthesized the same code.
    await page.goto('/services/phones?tab=code');
    const comparison = page.getByRole('region', { name: 'Build comparison' });
    await comparison.getByText('No differences.').waitFor();
    await expect(page.getByLabel('Older build').locator('option').count()).resolves.toBe(2);
    await expect(comparison.locator('.diff-stats').textContent()).resolves.toContain('+0 −0');
  }, 90_000);
});

describe('a build by a model, in the web UI (scripted test double, not a real model)', () => {
  let ui: UiHarness;
  beforeAll(async () => {
    // A scripted model stands in for a provider: its usage is recorded with source "scripted".
    const model = new ScriptedModel([
      {
        text: '```ts\nexport default function transform(input: Input): Output { return { double: input.a }; }\n```',
        inputTokens: 1200,
        outputTokens: 300,
      },
      {
        text: '```ts\nexport default function transform(input: Input): Output { return { double: input.a * 2 }; }\n```',
        inputTokens: 1500,
        outputTokens: 250,
      },
    ]);
    ui = await startUi({ plugins: [createTransformRoutes({ loadOptions: { model } })] });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('shows each attempt with its failures (expected against actual) and the tokens per attempt', async () => {
    const { page } = ui;
    const examples = [1, 2, 5].map((a) => ({ input: { a }, output: { double: a * 2 } }));
    await page.goto('/services/new');
    await page.getByLabel('Name').fill('doubler');
    await page.getByRole('radio', { name: 'JSON array' }).check();
    await page.getByLabel('Examples (JSON array)').fill(JSON.stringify(examples));
    await page.getByText('3 example(s)').waitFor();
    await page.getByRole('button', { name: 'Create service' }).click();
    await page.waitForURL(/\/services\/doubler$/);
    await page.getByRole('button', { name: 'Build', exact: true }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    await page
      .getByRole('region', { name: 'Build outcome' })
      .getByText(/^passed/)
      .waitFor({ timeout: 60_000 });

    const failedAttempt = page.getByRole('article', { name: 'Attempt 1' });
    await failedAttempt.getByText(/^Failed: /).waitFor();
    const failures = failedAttempt.getByRole('table', { name: 'First failures' });
    const firstFailure = failures.locator('tbody tr').first();
    const cells = (await firstFailure.locator('td').allTextContents()).map((text) =>
      text.replace(/\s+/g, ''),
    );
    // Kind, message, input, expected, actual: the example {a: 1} wants {double: 2} and got {double: 1}.
    expect(cells[2]).toBe('{"a":1}');
    expect(cells[3]).toBe('{"double":2}');
    expect(cells[4]).toBe('{"double":1}');
    await page.getByRole('article', { name: 'Attempt 2' }).getByText('Passed every check').waitFor();

    // The per-attempt chart draws the scripted model's tokens (no "$0, local engine" note).
    const chart = page.getByRole('figure', { name: 'Tokens and cost per attempt' });
    await chart.waitFor();
    // Recharts measures its container before it draws, so the bars come a moment later.
    await expect.poll(() => chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await expect(page.getByText(/No model calls: the local engine/).count()).resolves.toBe(0);

    // The usage page counts the same calls, per day and per model.
    await page.getByRole('navigation').getByRole('link', { name: 'Usage' }).click();
    await page.getByRole('figure', { name: 'Tokens and cost per day' }).waitFor();
    const perModel = page.getByRole('table', { name: 'Usage per model' });
    const row = perModel.getByRole('row', { name: /scripted/ });
    const values = await row.locator('td').allTextContents();
    expect(values.slice(1, 4)).toEqual(['2', '2,700', '550']);
  }, 90_000);
});
