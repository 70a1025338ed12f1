import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import { startUi, type UiHarness } from './harness.ts';

/**
 * A QA engineer's path through the browser-test pages in real Chromium: create a test with
 * variables (one secret), record it with the local planner and watch the live run, read the spec,
 * replay it, and export it to Playwright.
 */
describe('browser tests in the web UI', () => {
  let ui: UiHarness;
  let shop: DemoApp;
  /** Uncaught errors in the UI, reported when a page does not render. */
  const pageErrors: string[] = [];
  const password = 'hunter22-e2e';

  beforeAll(async () => {
    shop = await startDemoApp({ port: 0, variant: 'v1' });
    ui = await startUi();
    ui.page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await ui?.close();
    await shop?.close();
  });

  it(
    'creates, records (live), shows the spec, replays and exports a sign-up test',
    { timeout: 150_000 },
    async () => {
      const { page } = ui;

      // Create the test through the form.
      await page.goto('/browser-tests');
      await page.getByText('No browser tests yet.').waitFor();
      await page.getByRole('link', { name: 'New test' }).click();
      await page.getByLabel('Name', { exact: true }).fill('signup');
      await page.getByLabel('URL', { exact: true }).fill(`${shop.url}/`);
      await page
        .getByLabel('Goal', { exact: true })
        .fill('Sign up with my name, email and password and accept the terms');
      for (const name of ['name', 'email', 'password']) {
        await page.getByRole('button', { name: 'Add variable' }).click();
        const row = page.locator('.variables-table tbody tr').last();
        await row.getByLabel(/name$/).fill(name);
      }
      await page.getByLabel('Variable 1 default').fill('Ada');
      // A password-like name is secret by itself, and its default field is locked.
      await expect(page.getByLabel('Variable 3 secret').isChecked()).resolves.toBe(true);
      await expect(page.getByLabel('Variable 3 default').isDisabled()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Create test' }).click();
      await page.waitForURL(/\/browser-tests\/signup$/);
      await page.getByRole('heading', { name: 'signup' }).waitFor();
      await page.getByText('No spec yet').waitFor();
      const stored = JSON.parse(
        await readFile(join(ui.dataDir, 'browser-tests', 'signup', 'test.json'), 'utf8'),
      );
      expect(stored.variables).toEqual({ name: { default: 'Ada' }, email: {}, password: { secret: true } });

      // Edit: a description for a variable, a time limit, and a file for upload steps.
      await page.getByRole('button', { name: 'Edit' }).click();
      const form = page.getByRole('form', { name: 'Edit test' });
      await form.getByLabel('Variable 2 description').fill('A fresh address for each run');
      await form.getByText('Limits, viewport and planner').click();
      await form.getByLabel('Time limit (s)').fill('120');
      await form.getByRole('button', { name: 'Add file' }).click();
      await form.getByLabel('File 1', { exact: true }).setInputFiles({
        name: 'avatar.png',
        mimeType: 'image/png',
        buffer: Buffer.from('not really a png'),
      });
      await expect(form.getByLabel('File 1 name').inputValue()).resolves.toBe('avatar');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText('A fresh address for each run').waitFor({ state: 'attached' });
      await page.getByText('files/avatar.png').waitFor();
      const edited = JSON.parse(
        await readFile(join(ui.dataDir, 'browser-tests', 'signup', 'test.json'), 'utf8'),
      );
      expect(edited.limits).toEqual({ maxWallMs: 120_000 });
      expect(edited.files).toEqual({ avatar: 'files/avatar.png' });
      expect(edited.variables.email).toEqual({ description: 'A fresh address for each run' });

      // Record: the form asks for the values without defaults; the run page follows it live.
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.locator('input[name=email]').fill('ada-e2e@example.com');
      await expect(page.locator('input[name=password]').getAttribute('type')).resolves.toBe('password');
      await page.locator('input[name=password]').fill(password);
      await page.getByRole('button', { name: 'Start run' }).click();
      await page.waitForURL(/\/runs\/[^/]+$/);
      const recordUrl = page.url();
      await runPageRendered(page, 'browser-run', pageErrors);
      const verdict = page.getByLabel('Verdict');
      await verdict.getByRole('heading', { name: 'Passed' }).waitFor({ timeout: 90_000 });
      const steps = page.getByRole('list', { name: 'Run steps' }).locator(':scope > li');
      expect(await steps.count()).toBeGreaterThanOrEqual(3);
      const runSteps = page.getByRole('list', { name: 'Run steps' });
      await expect(runSteps.textContent()).resolves.toMatch(/check/);
      await runSteps.getByText('goal reached', { exact: true }).waitFor();
      await verdict.getByRole('heading', { name: 'Assertions' }).waitFor();
      // The latest screenshot is an actual image fetched through the API.
      const shot = page.locator('img.shot-large');
      await shot.waitFor();
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('img.shot-large');
        return img !== null && img.complete && img.naturalWidth > 100;
      });
      expect(await page.locator('img.shot-thumb').count()).toBeGreaterThanOrEqual(2);
      await page
        .getByRole('table', { name: 'Artifacts' })
        .getByRole('button', { name: 'Download trace.zip' })
        .waitFor();
      // With the command that opens it in the trace viewer, from any folder.
      expect(await page.getByLabel('Open the trace').textContent()).toMatch(
        / show-trace --port 0 \/\S+\/trace\.zip$/,
      );
      await page
        .getByRole('table', { name: 'Artifacts' })
        .getByRole('button', { name: 'Download report.json' })
        .waitFor();
      await ui.screenshot('browser-live-run');
      expect(await page.content()).not.toContain(password);

      // The spec, readable.
      await page.getByRole('link', { name: 'browser test signup' }).click();
      await page.waitForURL(/\/browser-tests\/signup$/);
      const specSteps = page.getByRole('table', { name: 'Spec steps' });
      await specSteps.waitFor();
      expect(await specSteps.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
      await expect(specSteps.textContent()).resolves.toContain('{password}');
      await expect(specSteps.textContent()).resolves.toContain('check');
      expect(
        await page.getByRole('list', { name: 'Spec assertions' }).locator('li').count(),
      ).toBeGreaterThanOrEqual(1);
      await ui.screenshot('browser-spec');

      // Replay (no planner) with new values.
      await page.getByRole('button', { name: 'Replay', exact: true }).click();
      await page.locator('input[name=email]').fill('ada-e2e-2@example.com');
      await page.locator('input[name=password]').fill(password);
      await page.getByRole('button', { name: 'Start replay' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/runs/') && url.href !== recordUrl);
      await page.getByRole('heading', { name: /browser-replay/ }).waitFor();
      await page.getByLabel('Verdict').getByRole('heading', { name: 'Passed' }).waitFor({ timeout: 60_000 });
      await page.getByRole('list', { name: 'Run steps' }).waitFor();

      // Export to Playwright: highlighted source and a download.
      await page.getByRole('link', { name: 'browser test signup' }).click();
      await page.getByRole('button', { name: 'Export' }).click();
      const source = page.getByRole('region', { name: 'Playwright test source' });
      await source.waitFor();
      const text = (await source.textContent()) ?? '';
      expect(text).toContain('test(');
      expect(text).toContain('page.');
      expect(await source.locator('.hljs-keyword').count()).toBeGreaterThan(0);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download signup.spec.ts' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('signup.spec.ts');

      // History on the test page and the list.
      await page.getByRole('tab', { name: /History/ }).click();
      expect(await page.getByRole('table', { name: 'Runs of this test' }).locator('tbody tr').count()).toBe(
        2,
      );
      await page.getByRole('navigation').getByRole('link', { name: 'Browser tests' }).click();
      const row = page.getByRole('table', { name: 'Browser tests' }).getByRole('row', { name: /signup/ });
      await row.getByText('recorded').waitFor();
      await row.getByText('replay').waitFor();
      await ui.screenshot('browser-tests');

      // The secret value was used and forgotten: not in the test folder nor in the run's stored input.
      const files = await readFile(join(ui.dataDir, 'browser-tests', 'signup', 'spec.json'), 'utf8');
      expect(files).not.toContain(password);
    },
  );
});

/**
 * Waits for a run page's header (`<kind> <id>`); when the page never renders, fails at once with
 * the UI's uncaught errors rather than timing out later on something that is not there.
 */
export async function runPageRendered(
  page: Page,
  kind: string,
  pageErrors: readonly string[],
): Promise<void> {
  try {
    await page.getByRole('heading', { name: new RegExp(`^${kind} `) }).waitFor();
  } catch (error) {
    throw new Error(
      `The ${kind} run page did not render. Uncaught errors in the page: ${pageErrors.join(' | ') || 'none'}`,
      { cause: error },
    );
  }
}
