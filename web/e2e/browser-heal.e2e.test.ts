import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import { startUi, type UiHarness } from './harness.ts';

/**
 * When the app changes under a recorded test: a plain replay fails and says where, a replay with
 * "heal" repairs the step, and the healed spec is listed on the test page with its diff.
 */
describe('replaying a browser test after the app changed', () => {
  let ui: UiHarness;
  let shop: DemoApp;
  /** Uncaught errors in the UI, reported when a page does not render. */
  const pageErrors: string[] = [];
  const password = 'hunter22-heal';

  beforeAll(async () => {
    shop = await startDemoApp({ port: 0, variant: 'v1' });
    ui = await startUi();
    ui.page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await ui?.close();
    await shop?.close();
  });

  const api = <T>(path: string, body?: unknown) => ui.api<T>(path, body);

  const replayFromUi = async (email: string, heal: boolean) => {
    const { page } = ui;
    await page.goto('/browser-tests/signup');
    // The page has loaded the test with its spec (Replay is enabled only then).
    await page.getByRole('table', { name: 'Spec steps' }).waitFor();
    await page.getByRole('button', { name: 'Replay', exact: true }).click();
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(password);
    if (heal) await page.getByLabel(/Heal broken steps/).check();
    await page.getByRole('button', { name: heal ? 'Start replay with healing' : 'Start replay' }).click();
    await page.waitForURL(/\/runs\/[^/]+$/);
    await runPageRendered(page, 'browser-replay', pageErrors);
    return page.getByLabel('Verdict');
  };

  it(
    'shows a failed replay, heals it, and lists the healed spec with its diff',
    { timeout: 150_000 },
    async () => {
      await api('/browser-tests', {
        name: 'signup',
        url: `${shop.url}/`,
        goal: 'Sign up with my name, email and password and accept the terms',
        variables: { name: { default: 'Ada' }, email: {}, password: { secret: true } },
        model: 'local',
      });
      // The files are the source of truth: a spec recorded on v1 of the shop, written as a person could.
      await writeFile(
        join(ui.dataDir, 'browser-tests', 'signup', 'spec.json'),
        JSON.stringify({
          version: 1,
          name: 'signup',
          goal: 'Sign up with my name, email and password and accept the terms',
          url: `${shop.url}/signup`,
          viewport: { width: 1280, height: 800 },
          variables: { name: { default: 'Ada' }, email: {}, password: { secret: true } },
          files: {},
          steps: [
            { action: 'fill', locator: { role: 'textbox', name: 'Name' }, value: { var: 'name' } },
            { action: 'fill', locator: { role: 'textbox', name: 'Email' }, value: { var: 'email' } },
            { action: 'fill', locator: { role: 'textbox', name: 'Password' }, value: { var: 'password' } },
            { action: 'check', locator: { role: 'checkbox', name: 'I accept the terms and conditions' } },
            { action: 'click', locator: { role: 'button', name: 'Create account' } },
          ],
          assertions: [{ type: 'text-visible', text: 'Your account has been created.' }],
        }),
      );
      shop.setVariant('v2');
      const { page } = ui;

      // Without healing the replay fails, naming the step and its locator.
      const failed = await replayFromUi('heal-2@example.com', false);
      await failed.getByRole('heading', { name: 'Failed' }).waitFor({ timeout: 60_000 });
      await expect(failed.textContent()).resolves.toMatch(/Step \d+/);
      await failed.getByText(/\(locator .+\): /).waitFor();
      await failed.getByRole('heading', { name: /Assertions \(not checked/ }).waitFor();
      // The page as it was when the step failed.
      await page
        .getByText(/^Step \d+, failure$/)
        .first()
        .waitFor();
      await page.getByRole('list', { name: 'Run steps' }).getByText('not done').waitFor();

      // With healing it passes, and says where the healed spec went.
      const healed = await replayFromUi('heal-3@example.com', true);
      await healed.getByRole('heading', { name: 'Passed' }).waitFor({ timeout: 60_000 });
      await healed.getByText('spec.healed.json').waitFor();
      await page
        .getByRole('list', { name: 'Run steps' })
        .getByText('healed', { exact: true })
        .first()
        .waitFor();

      // The test page lists it with the step changes and the diff; spec.json is untouched.
      await page.getByRole('link', { name: 'Open the test' }).click();
      await page.getByRole('tab', { name: 'Healed specs (1)' }).click();
      const diff = page.getByLabel('Diff of spec.healed.json');
      await diff.waitFor();
      expect(await diff.locator('tr.del').count()).toBeGreaterThan(0);
      expect(await diff.locator('tr.add').count()).toBeGreaterThan(0);
      await page.locator('.healed-steps ins').first().waitFor();
      await ui.screenshot('browser-healed');
      const detail = await api<{ spec: { recordedWith?: { healedFrom?: string } }; healed: string[] }>(
        '/browser-tests/signup',
      );
      expect(detail.healed).toEqual(['spec.healed.json']);
      expect(detail.spec.recordedWith?.healedFrom).toBeUndefined();
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
