/**
 * End to end over HTTP: the real AI SDK providers (openai-compatible, ollama, openai via baseUrl)
 * against the local scripted server, with every fault the retry policy must handle.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CancelledError } from '../errors.ts';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import { createModel } from './create-model.ts';
import type { CreateModelOptions } from './create-model.ts';
import { ModelCallError } from './errors.ts';
import type { RetryEvent } from './retry.ts';
import type { GenerateRequest, LanguageModel, Usage } from './types.ts';

// A fresh server per test: a request a previous test timed out on can still reach a shared server
// late and take the next test's scripted fault (seen in CI on a loaded machine).
let server: OpenAICompatibleServer;
beforeEach(async () => {
  server = await startOpenAICompatibleServer();
});
afterEach(async () => {
  await server.close();
});

const ask: GenerateRequest = {
  messages: [
    { role: 'system', content: 'You turn records into JSON.' },
    { role: 'user', content: 'Name and age of: Ada Lovelace, 36' },
  ],
};

const personSchema = {
  type: 'object',
  properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } },
  required: ['name', 'age'],
  additionalProperties: false,
};

/** Each spec the tests drive through real provider code, with options that point it at the server. */
const variants: { spec: string; options: () => CreateModelOptions }[] = [
  { spec: 'openai-compatible:test-model', options: () => ({ env: { CODIFY_BASE_URL: server.baseUrl } }) },
  { spec: 'ollama:llama3.1:8b', options: () => ({ env: { OLLAMA_BASE_URL: server.baseUrl } }) },
  // The openai provider is used through its chat completions API (see createModel).
  { spec: 'openai:gpt-4o-mini', options: () => ({ baseUrl: server.baseUrl, apiKey: 'sk-test', env: {} }) },
];

function model(spec: string, options: CreateModelOptions): LanguageModel {
  const created = createModel(spec, { retryBaseMs: 1, retryMaxDelayMs: 2, ...options });
  if (!created) throw new Error('expected a model');
  return created;
}

describe.each(variants)('$spec over HTTP', ({ spec, options }) => {
  it('answers plain text, sends the messages in order, and accounts usage', async () => {
    const usages: Usage[] = [];
    const m = model(spec, { ...options(), onUsage: (u) => usages.push(u) });
    server.enqueue({ content: 'Ada is 36.', usage: { promptTokens: 1200, completionTokens: 300 } });
    const result = await m.generate({ ...ask, temperature: 0, maxOutputTokens: 50 });
    expect(result.text).toBe('Ada is 36.');
    expect(result.finishReason).toBe('stop');
    const body = server.requests[0]?.body as Record<string, unknown>;
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect(body['messages']).toEqual([
      { role: 'system', content: 'You turn records into JSON.' },
      { role: 'user', content: 'Name and age of: Ada Lovelace, 36' },
    ]);
    expect(body['temperature']).toBe(0);
    expect(body['stream']).toBeUndefined();
    expect(result.usage).toMatchObject({
      provider: m.provider,
      model: m.modelId,
      inputTokens: 1200,
      outputTokens: 300,
      source: 'live',
    });
    expect(result.usage.latencyMs).toBeGreaterThanOrEqual(0);
    if (spec.startsWith('openai:'))
      expect(result.usage.costUsd).toBeCloseTo((1200 * 0.15 + 300 * 0.6) / 1e6, 12);
    if (spec.startsWith('ollama:')) expect(result.usage.costUsd).toBe(0);
    if (spec.startsWith('openai-compatible:')) expect(result.usage.costUsd).toBeNull();
    expect(usages).toEqual([result.usage]);
  });

  it('streams text deltas and still accounts usage', async () => {
    const m = model(spec, options());
    const deltas: string[] = [];
    server.enqueue({ content: 'The quick brown fox jumps over the lazy dog.', chunkSize: 5 });
    const result = await m.generate({ ...ask, onTextDelta: (d) => deltas.push(d) });
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe('The quick brown fox jumps over the lazy dog.');
    expect(result.text).toBe(deltas.join(''));
    const body = server.requests[0]?.body as Record<string, unknown>;
    expect(body['stream']).toBe(true);
    expect(body['stream_options']).toEqual({ include_usage: true });
    expect(result.usage.outputTokens).toBeGreaterThan(0);
  });

  it.each([false, true])('returns a structured object (streaming: %s)', async (streaming) => {
    const m = model(spec, options());
    server.enqueue({ json: { name: 'Ada Lovelace', age: 36 } });
    const result = await m.generate({
      ...ask,
      output: { name: 'person', description: 'A person', jsonSchema: personSchema },
      ...(streaming ? { onTextDelta: () => {} } : {}),
    });
    expect(result.object).toEqual({ name: 'Ada Lovelace', age: 36 });
    expect(JSON.parse(result.text)).toEqual(result.object);
    const format = (server.requests[0]?.body as Record<string, unknown>)['response_format'] as Record<
      string,
      unknown
    >;
    expect(format['type']).toBe('json_schema');
    expect(format['json_schema']).toMatchObject({ name: 'person', schema: personSchema, strict: true });
  });
});

describe('structured output validation', () => {
  const m = () => model('openai-compatible:test-model', { env: { CODIFY_BASE_URL: server.baseUrl } });

  it('retries an answer that breaks the schema and returns the valid one', async () => {
    const usages: Usage[] = [];
    const retried = model('openai-compatible:test-model', {
      env: { CODIFY_BASE_URL: server.baseUrl },
      onUsage: (u) => usages.push(u),
    });
    server.enqueue({ json: { name: 'Ada', age: -3 } }, { json: { name: 'Ada', age: 36 } });
    const result = await retried.generate({ ...ask, output: { name: 'person', jsonSchema: personSchema } });
    expect(result.object).toEqual({ name: 'Ada', age: 36 });
    expect(server.requests).toHaveLength(2);
    // The rejected answer consumed tokens, so it is accounted too.
    expect(usages).toHaveLength(2);
  });

  it('fails clearly when the model never matches the schema', async () => {
    server.enqueue({ content: 'not json at all' }, { content: 'still not' });
    const error = await model('openai-compatible:test-model', {
      env: { CODIFY_BASE_URL: server.baseUrl },
      maxRetries: 1,
    })
      .generate({ ...ask, output: { name: 'person', jsonSchema: personSchema } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelCallError);
    expect(error).toMatchObject({ kind: 'invalid-output', attempts: 2 });
  });

  it('asks for non-strict mode when the schema has optional properties', async () => {
    server.enqueue({ json: { name: 'Ada' } });
    const schema = { type: 'object', properties: { name: { type: 'string' }, age: { type: 'integer' } } };
    const result = await m().generate({ ...ask, output: { name: 'person', jsonSchema: schema } });
    expect(result.object).toEqual({ name: 'Ada' });
    const format = (server.requests[0]?.body as Record<string, unknown>)['response_format'] as {
      json_schema: { strict: boolean };
    };
    expect(format.json_schema.strict).toBe(false);
  });
});

describe('faults', () => {
  const faultModel = (extra: CreateModelOptions = {}) => {
    const retries: RetryEvent[] = [];
    const m = model('openai-compatible:test-model', {
      env: { CODIFY_BASE_URL: server.baseUrl },
      onRetry: (e) => retries.push(e),
      ...extra,
    });
    return { m, retries };
  };

  it('honours Retry-After (seconds) on 429, within the cap', async () => {
    const { m, retries } = faultModel({ maxRetryAfterMs: 40 });
    server.enqueue({ fault: '429', retryAfter: 1 }, { content: 'after the wait' });
    const result = await m.generate(ask);
    expect(result.text).toBe('after the wait');
    expect(retries).toHaveLength(1);
    expect(retries[0]?.failure).toMatchObject({ kind: 'rate-limit', status: 429, retryAfterMs: 1000 });
    expect(retries[0]?.delayMs).toBe(40);
  });

  it('waits the requested retry-after-ms before retrying', async () => {
    const { m, retries } = faultModel();
    server.enqueue({ fault: '429', retryAfterMs: 60 }, { content: 'ok' });
    await m.generate(ask);
    expect(retries[0]?.delayMs).toBe(60);
    const [first, second] = server.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(55);
  });

  it('retries a 500 and then succeeds', async () => {
    const { m, retries } = faultModel();
    server.enqueue({ fault: '500' }, { fault: '500', status: 503 }, { content: 'recovered' });
    expect((await m.generate(ask)).text).toBe('recovered');
    expect(retries.map((r) => r.failure.status)).toEqual([500, 503]);
  });

  it('gives up on a 500 forever with the attempt count', async () => {
    const { m } = faultModel({ maxRetries: 2 });
    server.enqueue({ fault: '500' }, { fault: '500' }, { fault: '500' });
    const error = await m.generate(ask).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelCallError);
    expect(error).toMatchObject({ kind: 'server-error', status: 500, attempts: 3 });
    expect((error as ModelCallError).message).toMatch(/failed after 3 attempts/);
    expect((error as ModelCallError).hint).toMatch(/Try again later/);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 401 and points at the key variable', async () => {
    const { m } = faultModel();
    server.enqueue({ fault: 'http-error', status: 401 });
    const error = await m.generate(ask).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth', status: 401, attempts: 1 });
    expect((error as ModelCallError).hint).toContain('CODIFY_API_KEY');
  });

  it.each([false, true])('retries malformed JSON from the server (streaming: %s)', async (streaming) => {
    const { m, retries } = faultModel();
    server.enqueue({ fault: 'malformed-json' }, { content: 'fine now' });
    const result = await m.generate({ ...ask, ...(streaming ? { onTextDelta: () => {} } : {}) });
    expect(result.text).toBe('fine now');
    expect(retries[0]?.failure.kind).toBe('malformed-response');
  });

  it('fails clearly on malformed JSON every time', async () => {
    const { m } = faultModel({ maxRetries: 1 });
    server.enqueue({ fault: 'malformed-json' }, { fault: 'malformed-json' });
    const error = await m.generate(ask).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'malformed-response', attempts: 2 });
  });

  it.each([
    ['openai-compatible:test-model', () => ({ env: { CODIFY_BASE_URL: server.baseUrl } })],
    ['openai:gpt-4o-mini', () => ({ env: {}, baseUrl: server.baseUrl, apiKey: 'sk-test' })],
  ] as const)('retries a stream cut before it finished (%s)', async (spec, options) => {
    const retries: RetryEvent[] = [];
    const m = model(spec, { ...options(), onRetry: (e) => retries.push(e) });
    server.enqueue({ fault: 'cut-stream', content: 'half an ans' }, { content: 'whole answer' });
    let deltas: string[] = [];
    const restarts: string[] = [];
    const result = await m.generate({
      ...ask,
      onTextDelta: (d) => deltas.push(d),
      onRetry: (info) => {
        restarts.push(`${info.attempt}:${info.reason}:${deltas.join('')}`);
        deltas = [];
      },
    });
    expect(result.text).toBe('whole answer');
    // The caller is told when streamed text belonged to an abandoned attempt.
    expect(restarts).toEqual(['1:truncated-stream:half an ans']);
    expect(deltas.join('')).toBe('whole answer');
    expect(retries[0]?.failure.kind).toBe('truncated-stream');
  });

  it('retries a non-streamed body cut mid-way', async () => {
    const { m, retries } = faultModel();
    server.enqueue({ fault: 'cut-stream' }, { content: 'complete' });
    expect((await m.generate(ask)).text).toBe('complete');
    expect(retries[0]?.failure.kind).toBe('truncated-stream');
  });

  it('gives up on a stream that is always cut, never hanging', async () => {
    const { m } = faultModel({ maxRetries: 1 });
    server.enqueue({ fault: 'cut-stream' }, { fault: 'cut-stream' });
    const error = await m.generate({ ...ask, onTextDelta: () => {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'truncated-stream', attempts: 2 });
  });

  it.each([false, true])(
    'times out a slow answer per call and retries (streaming: %s)',
    async (streaming) => {
      // Every later request is answered at once, so a loaded machine cannot starve the retry.
      const slowFirst = await startOpenAICompatibleServer({
        replies: [{ fault: 'slow', delayMs: 60_000 }],
        respond: () => ({ content: 'fast one' }),
      });
      const retries: RetryEvent[] = [];
      const m = model('openai-compatible:test-model', {
        env: { CODIFY_BASE_URL: slowFirst.baseUrl },
        timeoutMs: 1_000,
        onRetry: (e) => retries.push(e),
      });
      try {
        const result = await m.generate({ ...ask, ...(streaming ? { onTextDelta: () => {} } : {}) });
        expect(result.text).toBe('fast one');
        expect(retries[0]?.failure.kind).toBe('timeout');
      } finally {
        await slowFirst.close();
      }
    },
  );

  it('accepts a slow answer that arrives within the time limit', async () => {
    const { m, retries } = faultModel({ timeoutMs: 5_000 });
    server.enqueue({ fault: 'slow', delayMs: 30, reply: { content: 'worth the wait' } });
    expect((await m.generate(ask)).text).toBe('worth the wait');
    expect(retries).toHaveLength(0);
  });

  it('fails with kind timeout when every attempt is too slow', async () => {
    const { m } = faultModel({ timeoutMs: 100, maxRetries: 1 });
    server.enqueue({ fault: 'slow', delayMs: 10_000 }, { fault: 'slow', delayMs: 10_000 });
    const error = await m.generate(ask).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect((error as ModelCallError).hint).toMatch(/timeoutMs/);
  });

  it.each([false, true])('retries a connection reset (streaming: %s)', async (streaming) => {
    const { m, retries } = faultModel();
    server.enqueue({ fault: 'reset' }, { content: 'reconnected' });
    const result = await m.generate({ ...ask, ...(streaming ? { onTextDelta: () => {} } : {}) });
    expect(result.text).toBe('reconnected');
    expect(retries[0]?.failure.kind).toBe('network');
  });
});

describe('cancellation', () => {
  const waitForRequests = async (count: number) => {
    for (let i = 0; i < 2000 && server.requests.length < count; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  it.each([false, true])('aborts an in-flight call promptly (streaming: %s)', async (streaming) => {
    const m = model('openai-compatible:test-model', { env: { CODIFY_BASE_URL: server.baseUrl } });
    server.enqueue({ fault: 'slow', delayMs: 20_000 });
    const controller = new AbortController();
    const started = Date.now();
    const pending = m.generate({
      ...ask,
      signal: controller.signal,
      ...(streaming ? { onTextDelta: () => {} } : {}),
    });
    await waitForRequests(1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    // Far below the 20 s the server would have taken.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.requests).toHaveLength(1);
  });

  it('aborts during the backoff wait without another request', async () => {
    const controller = new AbortController();
    const m = model('openai-compatible:test-model', {
      env: { CODIFY_BASE_URL: server.baseUrl },
      retryBaseMs: 60_000,
      retryMaxDelayMs: 60_000,
      onRetry: () => controller.abort(),
    });
    server.enqueue({ fault: '500' });
    const started = Date.now();
    await expect(m.generate({ ...ask, signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.requests).toHaveLength(1);
  });
});

describe('lenient servers', () => {
  it('accepts a complete non-streamed answer whose finish_reason is empty', async () => {
    server.reset();
    server.enqueue({ content: 'done anyway', finishReason: null });
    const m = model('openai:gpt-4o-mini', {
      baseUrl: server.baseUrl,
      apiKey: 'sk-test',
      env: {},
      maxRetries: 0,
    });
    const result = await m.generate(ask);
    expect(result.text).toBe('done anyway');
  });
});
