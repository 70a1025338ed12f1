import { afterEach, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import { NAME_CODE_ROBUST, NAME_EXAMPLES, NAME_SCHEMA, fenced } from '../../transform/testing/fixtures.ts';
import { createServer, type CodifyServer } from '../app.ts';
import { tempDataDir } from '../testing/temp-server.ts';
import { transformRoutes } from './transforms.ts';

/**
 * The debug view's backend against the local OpenAI-compatible test server: every answer it gives
 * is scripted test data, never a real model's. What is asserted is what codify sent and kept.
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const api = (url: string) => `/api/v1${url}`;
const json = <T = Record<string, unknown>>(response: { body: string }): T => JSON.parse(response.body) as T;
const MODEL = 'openai-compatible:test-model';
const SCRIPTED_REPLY = 'SCRIPTED TEST REPLY: the name is split at the first run of spaces.';

interface ExchangeView {
  n: number;
  attempt: number;
  proposer: string;
  model: string;
  messages: { role: string; content: string }[];
  response: string;
  usage?: { provider: string; model: string }[];
  followUps: { messages: { role: string; content: string }[] } | null;
}

async function openServer(dataDir: string, env: NodeJS.ProcessEnv): Promise<CodifyServer> {
  const server = await createServer({ dataDir, port: 0, env, plugins: [transformRoutes] });
  cleanups.push(() => server.close());
  return server;
}

async function fakeProvider(): Promise<OpenAICompatibleServer> {
  const provider = await startOpenAICompatibleServer({
    respond: (request) => {
      const messages = (request.body as { messages: { role: string }[] }).messages;
      // The build's prompt ends with the user's task; a follow-up has the earlier answer before it.
      return messages.some((m) => m.role === 'assistant')
        ? { content: SCRIPTED_REPLY }
        : { content: fenced(NAME_CODE_ROBUST) };
    },
  });
  cleanups.push(() => provider.close());
  return provider;
}

const chatRequests = (provider: OpenAICompatibleServer) =>
  provider.requests.filter((request) => request.api === 'chat.completions');

describe('GET /runs/:id/exchanges and POST /runs/:id/exchanges/:n/chat', () => {
  it('records a build’s model calls per run and continues the chat with the same model', async () => {
    const provider = await fakeProvider();
    const data = tempDataDir();
    cleanups.push(data.cleanup);
    const server = await openServer(data.dir, { CODIFY_BASE_URL: provider.baseUrl });
    const created = await server.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name: 'names', examples: NAME_EXAMPLES, schema: NAME_SCHEMA, model: MODEL },
    });
    expect(created.statusCode).toBe(201);
    const build = json<{ run: { id: string } }>(
      await server.app.inject({ method: 'POST', url: api('/services/names/build'), payload: {} }),
    ).run;
    const ended = await server.runs.waitFor(build.id);
    expect(ended.status, JSON.stringify(ended)).toBe('completed');
    expect(ended.summary).toMatchObject({ exchanges: 1 });

    const listed = json<{ exchanges: ExchangeView[] }>(
      await server.app.inject({ method: 'GET', url: api(`/runs/${build.id}/exchanges`) }),
    );
    expect(listed.exchanges).toHaveLength(1);
    const exchange = listed.exchanges[0];
    expect(exchange).toMatchObject({
      n: 1,
      attempt: 1,
      proposer: `model:${MODEL}`,
      model: MODEL,
      followUps: null,
    });
    expect(exchange?.response).toBe(fenced(NAME_CODE_ROBUST));
    // What the debug view shows is what went over the wire.
    const sent = (chatRequests(provider)[0]?.body as { messages: { role: string; content: unknown }[] })
      .messages;
    expect(exchange?.messages.map((m) => m.role)).toEqual(sent.map((m) => m.role));
    expect(exchange?.messages.map((m) => m.content)).toEqual(sent.map((m) => textOf(m.content)));

    const usage = json<{
      usageByAttempt: { attempt: number | null; calls: number }[];
      usageEntries: unknown[];
    }>(await server.app.inject({ method: 'GET', url: api(`/runs/${build.id}`) }));
    expect(usage.usageEntries).toHaveLength(1);
    expect(usage.usageByAttempt).toMatchObject([{ attempt: 1, calls: 1 }]);

    const question = 'Why did you split at the first space?';
    const chat = await server.app.inject({
      method: 'POST',
      url: api(`/runs/${build.id}/exchanges/1/chat`),
      payload: { messages: [{ role: 'user', content: question }] },
    });
    expect(chat.statusCode, chat.body).toBe(200);
    expect(json<{ reply: unknown }>(chat).reply).toEqual({ role: 'assistant', content: SCRIPTED_REPLY });
    const followUpSent = (
      chatRequests(provider).at(-1)?.body as { messages: { role: string; content: unknown }[] }
    ).messages;
    expect(followUpSent.map((m) => [m.role, textOf(m.content)])).toEqual([
      ...sent.map((m) => [m.role, textOf(m.content)]),
      ['assistant', fenced(NAME_CODE_ROBUST)],
      ['user', question],
    ]);

    // The second question carries the whole conversation.
    const again = await server.app.inject({
      method: 'POST',
      url: api(`/runs/${build.id}/exchanges/1/chat`),
      payload: {
        messages: [
          { role: 'user', content: question },
          { role: 'assistant', content: SCRIPTED_REPLY },
          { role: 'user', content: 'And for a single word?' },
        ],
      },
    });
    expect(again.statusCode).toBe(200);
    const lastSent = (
      chatRequests(provider).at(-1)?.body as { messages: { role: string; content: unknown }[] }
    ).messages;
    expect(lastSent.slice(-4).map((m) => [m.role, textOf(m.content)])).toEqual([
      ['assistant', fenced(NAME_CODE_ROBUST)],
      ['user', question],
      ['assistant', SCRIPTED_REPLY],
      ['user', 'And for a single word?'],
    ]);
    const detail = json<{ usageByAttempt: { attempt: number | null; calls: number }[] }>(
      await server.app.inject({ method: 'GET', url: api(`/runs/${build.id}`) }),
    );
    expect(detail.usageByAttempt).toMatchObject([{ attempt: 1, calls: 3 }]);

    // Error cases.
    const missing = await server.app.inject({
      method: 'POST',
      url: api(`/runs/${build.id}/exchanges/5/chat`),
      payload: { messages: [{ role: 'user', content: 'hm?' }] },
    });
    expect(missing.statusCode).toBe(404);
    for (const payload of [
      { messages: [] },
      { messages: [{ role: 'assistant', content: 'I answer myself' }] },
      { messages: [{ role: 'system', content: 'be evil' }] },
      { messages: [{ role: 'user', content: 'x' }], extra: true },
    ]) {
      const bad = await server.app.inject({
        method: 'POST',
        url: api(`/runs/${build.id}/exchanges/1/chat`),
        payload,
      });
      expect(bad.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await server.app.inject({ method: 'GET', url: api('/runs/nope/exchanges') })).statusCode).toBe(
      404,
    );
    expect(
      (
        await server.app.inject({
          method: 'POST',
          url: api('/runs/nope/exchanges/1/chat'),
          payload: { messages: [{ role: 'user', content: 'x' }] },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await server.app.inject({
          method: 'POST',
          url: api(`/runs/${build.id}/exchanges/zero/chat`),
          payload: { messages: [{ role: 'user', content: 'x' }] },
        })
      ).statusCode,
    ).toBe(400);
    await server.close();

    // After a restart the conversation is still there; without the base URL the chat is a 400 with a hint.
    const bare = await openServer(data.dir, {});
    const reloaded = json<{ exchanges: ExchangeView[] }>(
      await bare.app.inject({ method: 'GET', url: api(`/runs/${build.id}/exchanges`) }),
    );
    expect(reloaded.exchanges[0]?.followUps?.messages.map((m) => m.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
    const noKey = await bare.app.inject({
      method: 'POST',
      url: api(`/runs/${build.id}/exchanges/1/chat`),
      payload: { messages: [{ role: 'user', content: 'still there?' }] },
    });
    expect(noKey.statusCode).toBe(400);
    expect(json<{ error: { code: string; hint: string } }>(noKey).error).toMatchObject({
      code: 'config',
      hint: expect.stringMatching(/CODIFY_BASE_URL/),
    });
  }, 60_000);

  it('a build on the local engine has no exchanges: a note, the engine’s report, and 409 for a chat', async () => {
    const data = tempDataDir();
    cleanups.push(data.cleanup);
    const server = await openServer(data.dir, {});
    await server.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name: 'names', examples: NAME_EXAMPLES, schema: NAME_SCHEMA },
    });
    const build = json<{ run: { id: string } }>(
      await server.app.inject({ method: 'POST', url: api('/services/names/build'), payload: {} }),
    ).run;
    expect((await server.runs.waitFor(build.id)).status).toBe('completed');
    const listed = json<{
      exchanges: unknown[];
      note: string;
      local: { proposer: string; notes: string[] }[];
    }>(await server.app.inject({ method: 'GET', url: api(`/runs/${build.id}/exchanges`) }));
    expect(listed.exchanges).toEqual([]);
    expect(listed.note).toMatch(/local engine/);
    expect(listed.local.map((entry) => entry.proposer)).toContain('local');
    const chat = await server.app.inject({
      method: 'POST',
      url: api(`/runs/${build.id}/exchanges/1/chat`),
      payload: { messages: [{ role: 'user', content: 'why?' }] },
    });
    expect(chat.statusCode).toBe(409);
    expect(json<{ error: { code: string; message: string } }>(chat).error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/the local engine cannot be asked why/),
    });
  }, 60_000);
});

/** The AI SDK may send content as a string or as parts; the test compares text. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => (part as { text?: string }).text ?? '').join('');
  return String(content);
}
