/**
 * The cap on one answer's size, end to end over HTTP: the real AI SDK providers against the local
 * test server sending answers that are huge or never end. Every answer is scripted test data.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.ts';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, QueuedReply } from '../../../test/support/openai-server.ts';
import { DEFAULT_MAX_ANSWER_BYTES, createModel } from './create-model.ts';
import type { CreateModelOptions } from './create-model.ts';
import { ModelCallError } from './errors.ts';
import type { LanguageModel } from './types.ts';

let server: OpenAICompatibleServer;
beforeEach(async () => {
  server = await startOpenAICompatibleServer();
});
afterEach(async () => {
  await server.close();
});

const CAP = 1_000_000;

function model(options: CreateModelOptions = {}): LanguageModel {
  const created = createModel('openai-compatible:test-model', {
    baseUrl: server.baseUrl,
    env: {},
    retryBaseMs: 1,
    retryMaxDelayMs: 2,
    maxRetries: 2,
    timeoutMs: 20_000,
    ...options,
  });
  if (!created) throw new Error('expected a model');
  return created;
}

const messages = [{ role: 'user' as const, content: 'hello' }];
const streamed = { messages, onTextDelta: () => {} };
const whole = { messages };

async function failure(promise: Promise<unknown>): Promise<ModelCallError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelCallError);
  return error as ModelCallError;
}

describe('answer size cap', { timeout: 30_000 }, () => {
  const cases: [string, QueuedReply, typeof streamed | typeof whole][] = [
    ['an endless stream', { fault: 'huge' }, streamed],
    ['an endless single SSE line', { fault: 'huge', oneLine: true }, streamed],
    ['an endless stream of tiny chunks', { fault: 'tiny-chunks', content: 'abcd' }, streamed],
    ['an endless non-streamed body', { fault: 'huge' }, whole],
    ['a finite body over the cap', { fault: 'huge', bytes: 3 * CAP }, whole],
  ];
  for (const [name, fault, request] of cases) {
    it(`stops ${name} at the cap with a typed, non-retried error that says what to do`, async () => {
      server.enqueue(fault, fault, fault);
      const error = await failure(model({ maxAnswerBytes: CAP }).generate(request));
      expect(error.kind).toBe('too-large');
      expect(error.attempts).toBe(1);
      expect(error.message).toMatch(/more than 1000000 bytes/);
      expect(error.hint).toMatch(/CODIFY_MODEL_MAX_ANSWER_BYTES/);
      // Nothing unbounded: the client stopped reading near the cap (plus socket buffers).
      const sent = server.requests[0]?.bytesSent ?? 0;
      expect(sent).toBeGreaterThan(CAP / 2);
      expect(sent).toBeLessThan(CAP + 16_000_000);
      expect(server.requests).toHaveLength(1);
    });
  }

  it('refuses a body whose declared length is over the cap before reading it', async () => {
    server.enqueue({ content: 'y'.repeat(2_000) });
    const error = await failure(model({ maxAnswerBytes: 1_000 }).generate(whole));
    expect(error.kind).toBe('too-large');
  });

  it('lets answers under the cap through, streamed and whole', async () => {
    server.enqueue({ fault: 'huge', bytes: 300_000 }, { fault: 'huge', bytes: 300_000 });
    const m = model({ maxAnswerBytes: CAP });
    expect((await m.generate(streamed)).text).toHaveLength(300_000);
    expect((await m.generate(whole)).text).toHaveLength(300_000);
  });

  it('reads the cap from CODIFY_MODEL_MAX_ANSWER_BYTES, and refuses a nonsense value', async () => {
    server.enqueue({ fault: 'huge' });
    const error = await failure(
      model({ env: { CODIFY_MODEL_MAX_ANSWER_BYTES: '500000' } }).generate(streamed),
    );
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/more than 500000 bytes/);
    expect(() => model({ env: { CODIFY_MODEL_MAX_ANSWER_BYTES: '0' } })).toThrow(ConfigError);
    expect(() => model({ maxAnswerBytes: -1 })).toThrow(ConfigError);
  });

  it('has a default far above any real answer (the longest model outputs stream in ~30 MB)', () => {
    expect(DEFAULT_MAX_ANSWER_BYTES).toBe(64 * 1024 * 1024);
  });
});
