/**
 * Model servers that misbehave without failing outright, against the real AI SDK providers over
 * HTTP (the local test server, scripted: no real model). Each must end in a typed ModelCallError
 * within the time it was given, having read only a bounded amount.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, QueuedReply } from '../../../test/support/openai-server.ts';
import { createModel } from './create-model.ts';
import { ModelCallError } from './errors.ts';
import type { ModelFailureKind } from './errors.ts';

let server: OpenAICompatibleServer;
beforeEach(async () => {
  server = await startOpenAICompatibleServer();
});
afterEach(async () => {
  await server.close();
});

const TIMEOUT_MS = 800;
const RETRIES = 1;

async function call(fault: QueuedReply, stream: boolean, deadlineMs?: number) {
  server.enqueue(...Array.from({ length: RETRIES + 1 }, () => fault));
  const model = createModel('openai-compatible:test-model', {
    baseUrl: server.baseUrl,
    env: {},
    timeoutMs: TIMEOUT_MS,
    maxRetries: RETRIES,
    retryBaseMs: 1,
    retryMaxDelayMs: 2,
  });
  const started = Date.now();
  const error = await model
    ?.generate({
      messages: [{ role: 'user', content: 'hi' }],
      ...(stream ? { onTextDelta: () => {} } : {}),
      ...(deadlineMs === undefined ? {} : { deadline: started + deadlineMs }),
    })
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(ModelCallError);
  const bytes = server.requests.reduce((sum, r) => sum + r.bytesSent, 0);
  return { error: error as ModelCallError, elapsed: Date.now() - started, bytes };
}

describe('misbehaving model servers', { timeout: 30_000 }, () => {
  const cases: [string, QueuedReply, boolean, ModelFailureKind][] = [
    ['a 200 with an HTML page instead of JSON', { fault: 'garbage' }, false, 'malformed-response'],
    ['a 200 with an HTML page instead of an event stream', { fault: 'garbage' }, true, 'malformed-response'],
    [
      'a 200 whose JSON is not a completion',
      { fault: 'garbage', body: '{"hello":"world"}', contentType: 'application/json' },
      false,
      'malformed-response',
    ],
    ['a stream dropped mid-way', { fault: 'drop-mid-stream' }, true, 'truncated-stream'],
    ['a never-ending stream of tiny chunks', { fault: 'tiny-chunks', intervalMs: 2 }, true, 'timeout'],
    [
      'a never-ending stream of empty chunks',
      { fault: 'tiny-chunks', content: '', intervalMs: 2 },
      true,
      'timeout',
    ],
    [
      'an answer sent one byte at a time, streamed',
      { fault: 'trickle', byteDelayMs: 20, reply: { content: 'slow answer' } },
      true,
      'timeout',
    ],
    [
      'an answer sent one byte at a time, whole',
      { fault: 'trickle', byteDelayMs: 20, reply: { content: 'slow answer' } },
      false,
      'timeout',
    ],
  ];
  for (const [name, fault, stream, kind] of cases) {
    it(`${name}: a typed ${kind} error, retried, within the time given`, async () => {
      const { error, elapsed, bytes } = await call(fault, stream);
      expect(error.kind, error.message).toBe(kind);
      expect(error.attempts).toBe(RETRIES + 1);
      expect(error.hint ?? '').toMatch(/\w+ \w+ \w+/);
      expect(elapsed).toBeLessThan((RETRIES + 1) * TIMEOUT_MS + 2_000);
      expect(bytes).toBeLessThan(10_000_000);
    });
  }

  it("a slow trickle stops at the caller's deadline, not after every retry", async () => {
    const fault: QueuedReply = { fault: 'trickle', byteDelayMs: 20, reply: { content: 'slow' } };
    const { error, elapsed } = await call(fault, true, 500);
    expect(error.kind).toBe('deadline');
    expect(error.attempts).toBe(1);
    expect(elapsed).toBeLessThan(500 + 1_000);
  });
});
