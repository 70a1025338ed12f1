import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import {
  startOpenAICompatibleServer,
  type OpenAICompatibleServer,
  type RecordedRequest,
} from '../../test/support/openai-server.ts';
import { createBrowserTestRoutes } from '../../src/server/routes/browser-tests.ts';
import { startUi, type UiHarness } from './harness.ts';

/**
 * The debug view of a browser run planned by a model. The "model" is the local OpenAI-compatible
 * test server: every answer below is scripted test data, not a real model's.
 */
const SCRIPTED_DECISION = {
  reason: 'The heading says "Welcome to the Demo Shop", which is what the goal asks to see.',
  action: { type: 'done', assertions: [{ type: 'text-visible', text: 'Welcome to the Demo Shop' }] },
};
const QUESTION = 'Why did you pick this heading as evidence?';
const SCRIPTED_REPLY = 'Scripted test reply: the heading is the first thing the home page shows.';

const isFollowUp = (request: RecordedRequest) => JSON.stringify(request.body ?? {}).includes(QUESTION);

describe('debug view: model exchanges and continuing the chat', () => {
  let ui: UiHarness;
  let shop: DemoApp;
  let model: OpenAICompatibleServer;

  beforeAll(async () => {
    shop = await startDemoApp({ port: 0 });
    model = await startOpenAICompatibleServer({
      respond: (request) => (isFollowUp(request) ? { content: SCRIPTED_REPLY } : { json: SCRIPTED_DECISION }),
    });
    const env = { CODIFY_BASE_URL: model.baseUrl };
    ui = await startUi({ env, plugins: [createBrowserTestRoutes({ env })] });
  });
  afterAll(async () => {
    await ui?.close();
    await model?.close();
    await shop?.close();
  });

  const api = <T>(path: string, body?: unknown) => ui.api<T>(path, body);

  it(
    'shows each exchange as a transcript and sends a follow-up question with its history',
    { timeout: 90_000 },
    async () => {
      await api('/browser-tests', {
        name: 'home',
        url: `${shop.url}/`,
        goal: 'See "Welcome to the Demo Shop"',
        model: 'openai-compatible:test-model',
      });
      const { run } = await api<{ run: { id: string } }>('/browser-tests/home/run', {});
      await ui.server.runs.waitFor(run.id);
      const { run: ended } = await api<{ run: { status: string } }>(`/runs/${run.id}`);
      expect(ended.status).toBe('completed');
      const planned = model.requests.length;
      expect(planned).toBe(1);

      const { page } = ui;
      await page.goto(`/runs/${run.id}/debug`);
      const exchange = page.getByRole('article', { name: 'Exchange 1' });
      await exchange.waitFor();
      const transcript = exchange.getByRole('list', { name: 'Transcript of exchange 1' });
      await transcript.getByRole('listitem', { name: 'System message' }).waitFor();
      await expect(
        transcript.getByRole('listitem', { name: 'User message' }).textContent(),
      ).resolves.toContain('Goal: See "Welcome to the Demo Shop"');
      const response = transcript.getByRole('listitem', { name: 'Model response' });
      await expect(response.textContent()).resolves.toContain('Welcome to the Demo Shop');
      await expect(response.textContent()).resolves.toContain('openai-compatible:test-model');
      // The structured answer is pretty-printed and highlighted as JSON.
      expect(await response.locator('.hljs-attr').count()).toBeGreaterThan(0);

      // Continue the conversation.
      await exchange.getByLabel('Ask the model about this exchange').fill(QUESTION);
      await exchange.getByRole('button', { name: 'Ask' }).click();
      const followUp = exchange.getByRole('list', { name: 'Follow-up of exchange 1' });
      await followUp.getByText(SCRIPTED_REPLY).waitFor();
      await expect(exchange.getByLabel('Ask the model about this exchange').inputValue()).resolves.toBe('');

      // The test server got the original exchange as history, then the question.
      const chat = model.requests.slice(planned).find(isFollowUp);
      const messages = (chat?.body as { messages: { role: string; content: unknown }[] }).messages;
      expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
      expect(JSON.stringify(messages[1]?.content)).toContain(
        JSON.stringify('See "Welcome to the Demo Shop"').slice(1, -1),
      );
      expect(JSON.stringify(messages[2]?.content)).toContain('Welcome to the Demo Shop');
      expect(JSON.stringify(messages[3]?.content)).toContain(QUESTION);
      await exchange.getByRole('heading', { name: /Exchange 1/ }).scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -60));
      // Tall enough to show the transcript and the follow-up in one picture.
      await page.setViewportSize({ width: 1280, height: 1280 });
      await ui.screenshot('debug');
      await page.setViewportSize({ width: 1280, height: 820 });

      // The conversation is kept with the run: it is there after a reload.
      await page.reload();
      await page.getByRole('list', { name: 'Follow-up of exchange 1' }).getByText(SCRIPTED_REPLY).waitFor();
    },
  );
  it(
    'explains that a local-engine run has no model to ask and shows what its planner decided',
    { timeout: 60_000 },
    async () => {
      await api('/browser-tests', {
        name: 'home-local',
        url: `${shop.url}/`,
        // An observation only: the local planner no longer takes "Open the shop" as done when the
        // start page is the shop (a known gap, docs/benchmarks.md), and this test is about the view.
        goal: 'See "Welcome to the Demo Shop"',
        model: 'local',
      });
      const before = model.requests.length;
      const { run } = await api<{ run: { id: string } }>('/browser-tests/home-local/run', {});
      await ui.server.runs.waitFor(run.id);
      expect(model.requests.length).toBe(before);

      const { page } = ui;
      await page.goto(`/runs/${run.id}/debug`);
      await page
        .getByRole('note')
        .getByText(/local engine/)
        .waitFor();
      expect(await page.getByRole('article').count()).toBe(0);
      expect(await page.getByLabel('Ask the model about this exchange').count()).toBe(0);
      const decisions = page.locator('.planner-decisions');
      await decisions.getByRole('heading', { name: 'What the planner saw and decided' }).waitFor();
      await decisions.getByRole('heading', { name: 'Step 1' }).waitFor();
      await decisions.getByText('done', { exact: true }).first().waitFor();
      await decisions.getByText('Page snapshot').first().click();
      await decisions
        .getByText(/heading "Welcome to the Demo Shop"/)
        .first()
        .waitFor();
    },
  );
});
