import { generateText, jsonSchema, tool } from 'ai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer } from './openai-server.ts';
import type { OpenAICompatibleServer } from './openai-server.ts';

/** The parts of chat completion bodies and chunks the tests read. */
interface ChatBody {
  model?: string;
  choices: {
    message?: { role: string; content: string | null };
    delta?: { content?: string; tool_calls?: { function?: { arguments?: string } }[] };
    finish_reason: string | null;
  }[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  error?: { type: string };
}

let server: OpenAICompatibleServer;
beforeAll(async () => {
  server = await startOpenAICompatibleServer({ models: ['alpha', 'beta'] });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

const post = (body: unknown, path = '/chat/completions') =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
    body: JSON.stringify(body),
  });

function sseData(text: string): string[] {
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('data: '))
    .map((block) => block.slice('data: '.length));
}

describe('openai-compatible test server', () => {
  it('listens on 127.0.0.1 under /v1 and lists models', async () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const response = await fetch(`${server.baseUrl}/models`);
    const body = (await response.json()) as { data: { id: string }[] };
    expect(body.data.map((m) => m.id)).toEqual(['alpha', 'beta']);
  });

  it('answers a non-streaming completion with usage and records the request', async () => {
    server.enqueue({ content: 'hello', usage: { promptTokens: 7, completionTokens: 2 } });
    const response = await post({ model: 'alpha', messages: [{ role: 'user', content: 'hi' }] });
    const body = (await response.json()) as ChatBody;
    expect(body.choices[0]?.message).toEqual({ role: 'assistant', content: 'hello' });
    expect(body.choices[0]?.finish_reason).toBe('stop');
    expect(body.usage).toEqual({ prompt_tokens: 7, completion_tokens: 2, total_tokens: 9 });
    expect(body.model).toBe('alpha');
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      api: 'chat.completions',
      stream: false,
    });
    expect(server.requests[0]?.headers['authorization']).toBe('Bearer t');
  });

  it('streams SSE chunks, a usage chunk when asked, then [DONE]', async () => {
    server.enqueue({ content: 'abcdefghij', chunkSize: 3 });
    const response = await post({
      model: 'alpha',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const data = sseData(await response.text());
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d) as ChatBody);
    const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
    expect(text).toBe('abcdefghij');
    expect(chunks.filter((c) => c.choices[0]?.delta?.content).length).toBe(4);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)?.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('omits the usage chunk when not asked', async () => {
    server.enqueue({ content: 'x' });
    const response = await post({ model: 'a', messages: [], stream: true });
    const data = sseData(await response.text());
    expect(data.some((d) => d.includes('"usage"'))).toBe(false);
  });

  it('serves tool calls the AI SDK can parse', async () => {
    server.enqueue({ toolCalls: [{ name: 'lookup', arguments: { city: 'Paris' } }] });
    const provider = createOpenAICompatible({ name: 'test', baseURL: server.baseUrl });
    const result = await generateText({
      model: provider.chatModel('alpha'),
      prompt: 'weather?',
      tools: {
        lookup: tool({
          inputSchema: jsonSchema<{ city: string }>({
            type: 'object',
            properties: { city: { type: 'string' } },
          }),
        }),
      },
      maxRetries: 0,
    });
    expect(result.toolCalls).toHaveLength(1);
    expect(result.toolCalls[0]).toMatchObject({ toolName: 'lookup', input: { city: 'Paris' } });
    expect(result.finishReason).toBe('tool-calls');
  });

  it('streams tool-call argument deltas', async () => {
    server.enqueue({ toolCalls: [{ id: 'c1', name: 'f', arguments: { a: 1, b: 'two' } }], chunkSize: 4 });
    const response = await post({ model: 'a', messages: [], stream: true });
    const chunks = sseData(await response.text())
      .slice(0, -1)
      .map((d) => JSON.parse(d) as ChatBody);
    const args = chunks.map((c) => c.choices[0]?.delta?.tool_calls?.[0]?.function?.arguments ?? '').join('');
    expect(JSON.parse(args)).toEqual({ a: 1, b: 'two' });
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('consults respond() once the queue is empty, and says when nothing is scripted', async () => {
    const scripted = await startOpenAICompatibleServer({
      replies: [{ content: 'queued' }],
      respond: (request) => ({ content: `echo ${(request.body as { model: string }).model}` }),
    });
    const ask = (model: string) =>
      fetch(`${scripted.baseUrl}/chat/completions`, {
        method: 'POST',
        body: JSON.stringify({ model, messages: [] }),
      }).then((r) => r.json() as Promise<ChatBody>);
    expect((await ask('m1')).choices[0]?.message?.content).toBe('queued');
    expect((await ask('m2')).choices[0]?.message?.content).toBe('echo m2');
    await scripted.close();
    const empty = await post({ model: 'a', messages: [] });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as ChatBody).error?.type).toBe('test_server_exhausted');
  });

  it('injects 429 with Retry-After headers and 5xx', async () => {
    server.enqueue({ fault: '429', retryAfter: 3, retryAfterMs: 3000 }, { fault: '500', status: 502 });
    const limited = await post({ model: 'a', messages: [] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.headers.get('retry-after-ms')).toBe('3000');
    expect((await post({ model: 'a', messages: [] })).status).toBe(502);
  });

  it('injects malformed JSON', async () => {
    server.enqueue({ fault: 'malformed-json' });
    const response = await post({ model: 'a', messages: [] });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('cuts a stream without finish_reason or [DONE]', async () => {
    server.enqueue({ fault: 'cut-stream', content: 'partial' });
    const response = await post({
      model: 'a',
      messages: [],
      stream: true,
      stream_options: { include_usage: true },
    });
    const text = await response.text();
    expect(text).toContain('partial'.slice(0, 7));
    expect(text).not.toContain('[DONE]');
    expect(text).not.toContain('"finish_reason":"stop"');
    expect(text).not.toContain('"usage"');
  });

  it('sends a huge answer, streamed or whole, that parses when finite', async () => {
    server.enqueue({ fault: 'huge', bytes: 200_000, chunkBytes: 50_000 });
    const whole = (await (await post({ model: 'a', messages: [] })).json()) as ChatBody;
    expect(whole.choices[0]?.message?.content).toBe('x'.repeat(200_000));
    server.enqueue({ fault: 'huge', bytes: 200_000, chunkBytes: 50_000 });
    const streamed = await (await post({ model: 'a', messages: [], stream: true })).text();
    const deltas = sseData(streamed)
      .filter((data) => data !== '[DONE]')
      .map((data) => (JSON.parse(data) as ChatBody).choices[0]?.delta?.content ?? '');
    expect(deltas.join('')).toBe('x'.repeat(200_000));
    expect(server.requests[1]?.bytesSent).toBeGreaterThan(200_000);
  });

  it('stops an endless answer when the client goes away, having written only what was read', async () => {
    for (const fault of [
      { fault: 'huge' as const },
      { fault: 'huge' as const, oneLine: true },
      { fault: 'tiny-chunks' as const },
    ]) {
      server.reset();
      server.enqueue(fault);
      const response = await post({ model: 'a', messages: [], stream: true });
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      let read = 0;
      while (read < 1_000_000) read += (await reader.read()).value?.length ?? 0;
      await reader.cancel();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const sent = server.requests[0]?.bytesSent ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Backpressure: the server stopped, and never ran far ahead of the reader (socket buffers only).
      expect(server.requests[0]?.bytesSent).toBe(sent);
      expect(sent).toBeLessThan(read + 16_000_000);
    }
  });

  it('answers 200 with a body that is not JSON', async () => {
    server.enqueue({ fault: 'garbage' });
    const response = await post({ model: 'a', messages: [] });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<html>');
  });

  it('trickles a valid answer one byte at a time', async () => {
    server.enqueue({ fault: 'trickle', byteDelayMs: 0, reply: { content: 'slowly' } });
    const body = (await (await post({ model: 'a', messages: [] })).json()) as ChatBody;
    expect(body.choices[0]?.message?.content).toBe('slowly');
    expect(server.requests[0]?.bytesSent).toBe(JSON.stringify(body).length);
  });

  it('drops the connection mid-stream', async () => {
    server.enqueue({ fault: 'drop-mid-stream', content: 'half' });
    const response = await post({ model: 'a', messages: [], stream: true });
    await expect(response.text()).rejects.toThrow(/terminated/);
  });

  it('delays slow replies and adds latencyMs to every reply', async () => {
    const slow = await startOpenAICompatibleServer({ latencyMs: 40 });
    slow.enqueue({ fault: 'slow', delayMs: 40, reply: { content: 'late' } }, { content: 'normal' });
    const started = Date.now();
    const ask = () =>
      fetch(`${slow.baseUrl}/chat/completions`, { method: 'POST', body: '{"model":"m","messages":[]}' }).then(
        (r) => r.json() as Promise<ChatBody>,
      );
    expect((await ask()).choices[0]?.message?.content).toBe('late');
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    const second = Date.now();
    expect((await ask()).choices[0]?.message?.content).toBe('normal');
    expect(Date.now() - second).toBeGreaterThanOrEqual(35);
    await slow.close();
  });

  it('resets the connection', async () => {
    server.enqueue({ fault: 'reset' });
    await expect(post({ model: 'a', messages: [] })).rejects.toThrow(/fetch failed/);
  });

  it('closes even while a slow reply is pending', async () => {
    const slow = await startOpenAICompatibleServer({ replies: [{ fault: 'slow', delayMs: 60_000 }] });
    const pending = fetch(`${slow.baseUrl}/chat/completions`, { method: 'POST', body: '{}' }).catch(
      (e: unknown) => e,
    );
    for (let i = 0; i < 200 && slow.requests.length === 0; i += 1) await new Promise((r) => setTimeout(r, 5));
    await slow.close();
    expect(await pending).toBeInstanceOf(Error);
  });

  it('speaks a minimal Anthropic Messages API: text, SSE events, forced JSON tool', async () => {
    server.enqueue(
      { content: 'bonjour', usage: { promptTokens: 5, completionTokens: 1 } },
      { content: 'streamed', chunkSize: 3 },
      { json: { a: 1 } },
    );
    const plain = (await (await post({ model: 'claude-x', messages: [] }, '/messages')).json()) as Record<
      string,
      unknown
    >;
    expect(plain).toMatchObject({
      type: 'message',
      content: [{ type: 'text', text: 'bonjour' }],
      stop_reason: 'end_turn',
      usage: { input_tokens: 5, output_tokens: 1 },
    });
    const streamed = await (
      await post({ model: 'claude-x', messages: [], stream: true }, '/messages')
    ).text();
    const events = [...streamed.matchAll(/^event: (\S+)$/gm)].map((m) => m[1]);
    expect(events[0]).toBe('message_start');
    expect(events.at(-1)).toBe('message_stop');
    expect(events.filter((e) => e === 'content_block_delta')).toHaveLength(3);
    const forced = (await (
      await post(
        {
          model: 'claude-x',
          messages: [],
          tools: [{ name: 'json', input_schema: {} }],
          tool_choice: { type: 'any' },
        },
        '/messages',
      )
    ).json()) as Record<string, unknown>;
    expect(forced['content']).toEqual([
      { type: 'tool_use', id: 'toolu_json', name: 'json', input: { a: 1 } },
    ]);
    expect(forced['stop_reason']).toBe('tool_use');
    expect(server.requests.map((r) => r.api)).toEqual([
      'anthropic.messages',
      'anthropic.messages',
      'anthropic.messages',
    ]);
  });

  it('answers unknown routes with 404', async () => {
    expect((await fetch(`${server.baseUrl}/embeddings`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
