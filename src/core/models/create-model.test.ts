import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.ts';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import { AiSdkModel } from './ai-sdk-model.ts';
import { ReplayModel } from './cassette.ts';
import { createModel, DEFAULT_OLLAMA_BASE_URL } from './create-model.ts';
import { ModelCallError } from './errors.ts';

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('createModel configuration', () => {
  it('returns null for local', () => {
    expect(createModel('local', { env: {} })).toBeNull();
  });

  it.each([
    ['openai:gpt-4o', 'OPENAI_API_KEY'],
    ['anthropic:claude-sonnet-4-5', 'ANTHROPIC_API_KEY'],
  ])('refuses %s without %s, saying how to set it', (spec, envVar) => {
    const error = configError(() => createModel(spec, { env: {} }));
    expect(error.message).toContain(envVar);
    expect(error.hint).toContain(`export ${envVar}=`);
    expect(error.hint).toContain('--model local');
  });

  it('takes keys from the environment or the apiKey option', () => {
    const fromEnv = createModel('openai:gpt-4o', { env: { OPENAI_API_KEY: 'sk-env' } });
    expect(fromEnv).toBeInstanceOf(AiSdkModel);
    expect(fromEnv).toMatchObject({ spec: 'openai:gpt-4o', provider: 'openai', modelId: 'gpt-4o' });
    expect(createModel('anthropic:claude-haiku-4-5', { env: {}, apiKey: 'k' })?.provider).toBe('anthropic');
  });

  it('needs a base URL for openai-compatible, from option, CODIFY_BASE_URL or OPENAI_BASE_URL', () => {
    const error = configError(() => createModel('openai-compatible:qwen', { env: {} }));
    expect(error.hint).toContain('CODIFY_BASE_URL');
    expect(
      createModel('openai-compatible:qwen', { env: { OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' } }),
    ).not.toBeNull();
    expect(
      createModel('openai-compatible:qwen', { env: {}, baseUrl: 'http://127.0.0.1:1/v1' }),
    ).not.toBeNull();
  });

  it('rejects invalid retry and timeout options', () => {
    expect(() => createModel('ollama:x', { env: {}, maxRetries: -1 })).toThrow(ConfigError);
    expect(() => createModel('ollama:x', { env: {}, timeoutMs: 0 })).toThrow(ConfigError);
    expect(() => createModel('nope:x', { env: {} })).toThrow(ConfigError);
  });

  it('auto picks a provider by the keys present, else null', () => {
    expect(createModel('auto', { env: {} })).toBeNull();
    expect(createModel('auto', { env: { ANTHROPIC_API_KEY: 'k' } })?.spec).toBe(
      'anthropic:claude-sonnet-4-5',
    );
    expect(createModel('auto', { env: { OPENAI_API_KEY: 'k', ANTHROPIC_API_KEY: 'k' } })?.provider).toBe(
      'openai',
    );
    expect(createModel('auto:anthropic:claude-haiku-4-5', { env: {} })).toBeNull();
    expect(createModel('auto:anthropic:claude-haiku-4-5', { env: { ANTHROPIC_API_KEY: 'k' } })?.spec).toBe(
      'anthropic:claude-haiku-4-5',
    );
    expect(createModel('auto:openai-compatible:q', { env: {} })).toBeNull();
  });

  it('pure replay needs no key', () => {
    const replay = createModel('openai:gpt-4o', { env: {}, replay: '/nonexistent/cassette.jsonl' });
    expect(replay).toBeInstanceOf(ReplayModel);
  });
});

describe('ollama endpoint', () => {
  it('calls 127.0.0.1:11434/v1 by default and reports when Ollama is not running', async () => {
    const seen: string[] = [];
    const refuse: typeof fetch = async (input) => {
      seen.push(String(input instanceof Request ? input.url : input));
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    };
    const m = createModel('ollama:llama3.1:8b', { env: {}, fetch: refuse, maxRetries: 1, retryBaseMs: 1 });
    const error = await m!.generate({ messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(seen).toEqual([
      `${DEFAULT_OLLAMA_BASE_URL}/chat/completions`,
      `${DEFAULT_OLLAMA_BASE_URL}/chat/completions`,
    ]);
    expect(error).toBeInstanceOf(ModelCallError);
    expect(error).toMatchObject({ kind: 'network', attempts: 2 });
    expect((error as ModelCallError).hint).toContain('ollama serve');
  });

  it('takes the retry count from CODIFY_MODEL_MAX_RETRIES when no option sets it, and refuses a non-number', async () => {
    let calls = 0;
    const refuse: typeof fetch = async () => {
      calls += 1;
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    };
    const env = { CODIFY_MODEL_MAX_RETRIES: '2' };
    const m = createModel('ollama:llama3.1:8b', { env, fetch: refuse, retryBaseMs: 1 });
    const error = await m!.generate({ messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', attempts: 3 });
    expect(calls).toBe(3);
    expect(() => createModel('ollama:x', { env: { CODIFY_MODEL_TIMEOUT_MS: 'soon' } })).toThrow(
      /CODIFY_MODEL_TIMEOUT_MS must be a number/,
    );
  });

  it('adds /v1 to an OLLAMA_BASE_URL given as the bare host', async () => {
    const server = await startOpenAICompatibleServer({ replies: [{ content: 'from ollama' }] });
    const host = server.baseUrl.replace(/\/v1$/, '');
    const m = createModel('ollama:qwen2.5:0.5b', { env: { OLLAMA_BASE_URL: host } });
    expect((await m!.generate({ messages: [{ role: 'user', content: 'hi' }] })).text).toBe('from ollama');
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect((server.requests[0]?.body as { model: string }).model).toBe('qwen2.5:0.5b');
    await server.close();
  });
});

describe('anthropic over HTTP (fake /v1/messages)', () => {
  let server: OpenAICompatibleServer;
  beforeAll(async () => {
    server = await startOpenAICompatibleServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.reset());

  const anthropic = (modelId = 'claude-sonnet-4-5') =>
    createModel(`anthropic:${modelId}`, {
      env: { ANTHROPIC_API_KEY: 'sk-ant-test' },
      baseUrl: server.baseUrl,
      retryBaseMs: 1,
    })!;
  const ask = {
    messages: [
      { role: 'system' as const, content: 'Be brief.' },
      { role: 'user' as const, content: 'Hi' },
    ],
  };
  const schema = {
    type: 'object',
    properties: { greeting: { type: 'string' } },
    required: ['greeting'],
    additionalProperties: false,
  };

  it('sends the key and system prompt, and accounts usage and cost', async () => {
    server.enqueue({ content: 'Hello.', usage: { promptTokens: 1000, completionTokens: 100 } });
    const result = await anthropic().generate(ask);
    expect(result.text).toBe('Hello.');
    const request = server.requests[0]!;
    expect(request.path).toBe('/v1/messages');
    expect(request.headers['x-api-key']).toBe('sk-ant-test');
    expect((request.body as { system: unknown }).system).toEqual([{ type: 'text', text: 'Be brief.' }]);
    expect(result.usage).toMatchObject({ provider: 'anthropic', inputTokens: 1000, outputTokens: 100 });
    expect(result.usage.costUsd).toBeCloseTo((1000 * 3 + 100 * 15) / 1e6, 12);
  });

  it('streams deltas', async () => {
    server.enqueue({ content: 'Hello from a stream.', chunkSize: 4 });
    const deltas: string[] = [];
    const result = await anthropic().generate({ ...ask, onTextDelta: (d) => deltas.push(d) });
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.join('')).toBe('Hello from a stream.');
    expect(result.text).toBe('Hello from a stream.');
  });

  it.each(['claude-sonnet-4-5', 'claude-3-5-haiku-20241022'])(
    'returns structured output (%s)',
    async (modelId) => {
      server.enqueue({ json: { greeting: 'hello' } });
      const result = await anthropic(modelId).generate({
        ...ask,
        maxOutputTokens: 1000,
        output: { name: 'greeting', jsonSchema: schema },
      });
      expect(result.object).toEqual({ greeting: 'hello' });
      expect(JSON.parse(result.text)).toEqual(result.object);
      const body = server.requests[0]?.body as Record<string, unknown>;
      // Newer models get native structured output; older ones a forced JSON tool.
      if (modelId === 'claude-sonnet-4-5') expect(body['output_config']).toBeDefined();
      else {
        expect(['any', 'tool']).toContain((body['tool_choice'] as { type: string }).type);
        expect(body['tools']).toHaveLength(1);
      }
    },
  );

  it.each([
    ['cut-stream', 'truncated-stream'],
    ['malformed-json', 'malformed-response'],
    ['reset', 'network'],
  ] as const)('retries a streamed %s fault as %s', async (fault, kind) => {
    const kinds: string[] = [];
    const m = createModel('anthropic:claude-sonnet-4-5', {
      env: { ANTHROPIC_API_KEY: 'k' },
      baseUrl: server.baseUrl,
      retryBaseMs: 1,
      onRetry: (e) => kinds.push(e.failure.kind),
    })!;
    server.enqueue({ fault }, { content: 'recovered' });
    expect((await m.generate({ ...ask, onTextDelta: () => {} })).text).toBe('recovered');
    expect(kinds).toEqual([kind]);
  });

  it('retries a 429 with Retry-After', async () => {
    const delays: number[] = [];
    const m = createModel('anthropic:claude-haiku-4-5', {
      env: { ANTHROPIC_API_KEY: 'k' },
      baseUrl: server.baseUrl,
      maxRetryAfterMs: 20,
      onRetry: (e) => delays.push(e.failure.retryAfterMs ?? -1),
    })!;
    server.enqueue({ fault: '429', retryAfter: 2 }, { content: 'ok' });
    expect((await m.generate(ask)).text).toBe('ok');
    expect(delays).toEqual([2000]);
  });
});
