import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import {
  startOpenAICompatibleServer,
  type OpenAICompatibleServer,
} from '../../test/support/openai-server.ts';
import { createBrowserTestRoutes } from '../../src/server/routes/browser-tests.ts';
import { startUi, type UiHarness } from './harness.ts';

/**
 * Watching a browser run live. The planner is a model behind the local OpenAI-compatible test
 * server, whose answer the test holds back: while it waits the run is provably in progress, so
 * what the page shows mid-run is checked without depending on timing. Every answer is scripted
 * test data, not a real model's.
 */
const DONE = {
  reason: 'Scripted: the heading proves the home page is open.',
  action: { type: 'done', assertions: [{ type: 'text-visible', text: 'Welcome to the Demo Shop' }] },
};

describe('live browser run page', () => {
  let ui: UiHarness;
  let shop: DemoApp;
  let model: OpenAICompatibleServer;
  /** Resolves the planner call the model server is holding. */
  let release: (() => void) | null = null;
  let held: Promise<void> = Promise.resolve();
  const pageErrors: string[] = [];

  const holdNextAnswer = () => {
    held = new Promise<void>((resolve) => {
      release = resolve;
    });
  };

  beforeAll(async () => {
    shop = await startDemoApp({ port: 0 });
    model = await startOpenAICompatibleServer({
      respond: async () => {
        await held;
        return { json: DONE };
      },
    });
    const env = { CODIFY_BASE_URL: model.baseUrl };
    ui = await startUi({ env, plugins: [createBrowserTestRoutes({ env })] });
    ui.page.on('pageerror', (error) => pageErrors.push(error.message));
    const created = await fetch(`${ui.baseUrl}/api/v1/browser-tests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'home',
        url: `${shop.url}/`,
        goal: 'See "Welcome to the Demo Shop"',
        model: 'openai-compatible:test-model',
      }),
    });
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    release?.();
    await ui?.close();
    await model?.close();
    await shop?.close();
  });

  /** Start a run from the test page; returns its id once the run page shows it. */
  const startRun = async (page: Page): Promise<string> => {
    await page.goto('/browser-tests/home');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('button', { name: 'Start run' }).click();
    await page.waitForURL(/\/runs\/[^/]+$/);
    await runPageRendered(page, 'browser-run', pageErrors);
    return new URL(page.url()).pathname.split('/').pop() ?? '';
  };

  it(
    'shows the step and screenshot while the planner thinks, survives a reload, then the verdict',
    { timeout: 80_000 },
    async () => {
      const { page } = ui;
      holdNextAnswer();
      const planned = model.requests.length;
      const runId = await startRun(page);

      // The planner has been asked (the model server holds its answer): the run is mid-step.
      await expect.poll(() => model.requests.length, { timeout: 30_000 }).toBeGreaterThan(planned);
      const status = page.getByRole('status');
      await status.getByText('Working on step 1').waitFor();
      await page.getByRole('list', { name: 'Run steps' }).getByText('in progress').waitFor();
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('img.shot-large');
        return img !== null && img.complete && img.naturalWidth > 100;
      });
      expect(await page.getByLabel('Verdict').count()).toBe(0);
      await ui.screenshot('live-run');

      // A reload mid-run replays the stored events and keeps following.
      await page.reload();
      await runPageRendered(page, 'browser-run', pageErrors);
      await page.getByRole('list', { name: 'Run steps' }).getByText('Step 1').waitFor();
      await status.getByText('Working on step 1').waitFor();

      // The answer arrives: the page turns to the verdict without another reload.
      release?.();
      await page.getByLabel('Verdict').getByRole('heading', { name: 'Passed' }).waitFor({ timeout: 30_000 });
      await page
        .getByRole('list', { name: 'Run steps' })
        .getByText('goal reached', { exact: true })
        .waitFor();
      await page.getByText(DONE.reason).first().waitFor();
      expect(await status.count()).toBe(0);
      const detail = (await (await fetch(`${ui.baseUrl}/api/v1/runs/${runId}`)).json()) as {
        run: { status: string };
      };
      expect(detail.run.status).toBe('completed');
    },
  );

  it('stops a live run from its page', { timeout: 60_000 }, async () => {
    const { page } = ui;
    holdNextAnswer();
    const planned = model.requests.length;
    const runId = await startRun(page);
    await expect.poll(() => model.requests.length, { timeout: 30_000 }).toBeGreaterThan(planned);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page
      .getByRole('heading', { name: /browser-run/ })
      .getByText('stopped')
      .waitFor({ timeout: 30_000 });
    release?.();
    const detail = (await (await fetch(`${ui.baseUrl}/api/v1/runs/${runId}`)).json()) as {
      run: { status: string };
    };
    expect(detail.run.status).toBe('stopped');
    await page.getByLabel('Verdict').getByRole('heading', { name: 'Stopped' }).waitFor();
  });
});

/**
 * Waits for a run page's header (`<kind> <id>`); when the page never renders, fails at once with
 * the UI's uncaught errors rather than timing out later on something that is not there.
 */
async function runPageRendered(page: Page, kind: string, pageErrors: readonly string[]): Promise<void> {
  try {
    await page.getByRole('heading', { name: new RegExp(`^${kind} `) }).waitFor();
  } catch (error) {
    throw new Error(
      `The ${kind} run page did not render. Uncaught errors in the page: ${pageErrors.join(' | ') || 'none'}`,
      { cause: error },
    );
  }
}
