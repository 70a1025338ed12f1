/**
 * A local OpenAI-compatible (and minimal Anthropic Messages) HTTP server for tests and benchmarks.
 *
 * Every answer it gives is scripted test data: a queue of replies and/or a `respond` callback decide
 * what comes back. It exists so the real provider code (AI SDK over HTTP) can be exercised end to end,
 * including faults a real provider shows (429 with Retry-After, 5xx, malformed bodies, streams that
 * stop half-way, slow answers, connection resets), without any network beyond 127.0.0.1.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tool call the scripted assistant makes. `arguments` is sent as a JSON string. */
export interface ScriptedToolCall {
  id?: string;
  name: string;
  arguments: unknown;
}

/** A normal (non-fault) scripted reply. */
export interface ScriptedReply {
  /** Assistant text. For structured output, the JSON text of the object. */
  content?: string;
  /** Convenience: `content = JSON.stringify(json)`. */
  json?: unknown;
  toolCalls?: ScriptedToolCall[];
  /** Defaults to `tool_calls` when tool calls are given, else `stop`; null sends `finish_reason: null`. */
  finishReason?: string | null;
  /** Token counts to report; by default estimated as characters / 4 (deterministic). */
  usage?: { promptTokens: number; completionTokens: number };
  /** Characters per streamed content chunk (default 8). */
  chunkSize?: number;
  /** Extra delay before this reply, in addition to the server-wide `latencyMs`. */
  latencyMs?: number;
  /** Model name echoed in the response (default: the requested model). */
  model?: string;
}

/** A scripted failure. */
export type FaultReply =
  | {
      fault: '429';
      /** Sent as `Retry-After` (seconds, or an HTTP date when a string). */
      retryAfter?: number | string;
      /** Sent as `retry-after-ms` (an OpenAI extension). */
      retryAfterMs?: number;
    }
  | { fault: '500'; status?: number; message?: string }
  | { fault: 'malformed-json' }
  | {
      fault: 'cut-stream';
      /** Text the stream carries before it stops (default 'partial answer'). */
      content?: string;
    }
  | { fault: 'slow'; delayMs: number; reply?: ScriptedReply }
  | { fault: 'reset' }
  | { fault: 'http-error'; status: number; message?: string }
  | {
      /**
       * A 200 whose answer is enormous: streamed, chunks of `chunkBytes` content each; not streamed,
       * one JSON body whose content string grows. Writes wait for the client to read (backpressure),
       * so the test server itself never holds more than a chunk.
       */
      fault: 'huge';
      /** Bytes of content to send before finishing normally; omitted, it never stops. */
      bytes?: number;
      /** Content bytes per write (default 65536). */
      chunkBytes?: number;
      /** Streamed: put everything on one SSE line that never ends (no newline). */
      oneLine?: boolean;
    }
  | {
      /** A stream of tiny content chunks, one every `intervalMs`, that never finishes. */
      fault: 'tiny-chunks';
      /** Content of each chunk (default 'a'; '' sends empty deltas). */
      content?: string;
      /** Pause between chunks, in ms (default 0: as fast as the client reads). */
      intervalMs?: number;
    }
  | {
      /** A 200 whose body is not JSON at all (an HTML error page from a proxy, say). */
      fault: 'garbage';
      body?: string;
      contentType?: string;
    }
  | {
      /** The normal answer, sent one byte at a time with a pause between bytes. */
      fault: 'trickle';
      byteDelayMs: number;
      reply?: ScriptedReply;
    }
  | {
      /** A stream that starts normally, then the server drops the connection (no clean end). */
      fault: 'drop-mid-stream';
      content?: string;
    };

export type QueuedReply = ScriptedReply | FaultReply;

/** One request the server received, in arrival order. */
export interface RecordedRequest {
  method: string;
  /** Path without query string, e.g. `/v1/chat/completions`. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body (undefined for GET or an unparsable body). */
  body: unknown;
  /** Which API shape it used. */
  api: 'chat.completions' | 'anthropic.messages' | 'models' | 'other';
  stream: boolean;
  receivedAt: number;
  /** Bytes of response body written so far by the streaming faults (huge, tiny-chunks, trickle). */
  bytesSent: number;
}

export interface OpenAICompatibleServerOptions {
  /** Replies served in order before `respond` is consulted. */
  replies?: QueuedReply[];
  /** Called when the queue is empty. */
  respond?: (request: RecordedRequest) => QueuedReply | Promise<QueuedReply>;
  /** Delay before every reply (simulates provider latency for benchmarks). */
  latencyMs?: number;
  /** Model ids listed by `GET /v1/models` (default `['test-model']`). */
  models?: string[];
}

export interface OpenAICompatibleServer {
  /** e.g. `http://127.0.0.1:41234/v1` */
  readonly baseUrl: string;
  /** Every request received, oldest first. */
  readonly requests: RecordedRequest[];
  /** Append replies to the queue. */
  enqueue(...replies: QueuedReply[]): void;
  /** How many queued replies are still waiting. */
  pending(): number;
  /** Drop queued replies and forget recorded requests (between tests). */
  reset(): void;
  /** Stop listening and drop open connections. */
  close(): Promise<void>;
}

const DEFAULT_CHUNK_SIZE = 8;

/** Start the server on 127.0.0.1 with an ephemeral port. */
export async function startOpenAICompatibleServer(
  options: OpenAICompatibleServerOptions = {},
): Promise<OpenAICompatibleServer> {
  const queue: QueuedReply[] = [...(options.replies ?? [])];
  const requests: RecordedRequest[] = [];
  let counter = 0;

  const nextReply = async (request: RecordedRequest): Promise<QueuedReply | undefined> => {
    const queued = queue.shift();
    if (queued) return queued;
    return options.respond ? await options.respond(request) : undefined;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        sendJson(res, 500, { error: { message: String(error), type: 'test_server_error' } });
      } else {
        res.destroy();
      }
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let body: unknown;
    try {
      body = raw.length > 0 ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const api: RecordedRequest['api'] =
      req.method === 'POST' && path.endsWith('/chat/completions')
        ? 'chat.completions'
        : req.method === 'POST' && path.endsWith('/messages')
          ? 'anthropic.messages'
          : req.method === 'GET' && path.endsWith('/models')
            ? 'models'
            : 'other';
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      body,
      api,
      stream: isRecord(body) && body['stream'] === true,
      receivedAt: Date.now(),
      bytesSent: 0,
    };
    requests.push(record);

    if (api === 'models') {
      sendJson(res, 200, {
        object: 'list',
        data: (options.models ?? ['test-model']).map((id) => ({
          id,
          object: 'model',
          created: 0,
          owned_by: 'codify-test',
        })),
      });
      return;
    }
    if (api === 'other') {
      sendJson(res, 404, { error: { message: `No route for ${record.method} ${path}` } });
      return;
    }

    const reply = await nextReply(record);
    if (!reply) {
      // 400 (not 5xx) so a client fails fast instead of retrying into an empty queue.
      sendJson(res, 400, {
        error: {
          message: 'openai-server: no scripted reply is queued for this request',
          type: 'test_server_exhausted',
        },
      });
      return;
    }
    const aborted = abortedWhenClosed(req, res);
    await sleep((options.latencyMs ?? 0) + (('fault' in reply ? 0 : reply.latencyMs) ?? 0), aborted);
    if (aborted.aborted) return;
    counter += 1;
    const id = `test-${counter}`;
    if ('fault' in reply) {
      await serveFault(reply, record, res, id, aborted);
    } else if (api === 'chat.completions') {
      serveChat(reply, record, res, id);
    } else {
      serveAnthropic(reply, record, res, id);
    }
  }

  async function serveFault(
    fault: FaultReply,
    request: RecordedRequest,
    res: ServerResponse,
    id: string,
    aborted: AbortSignal,
  ): Promise<void> {
    switch (fault.fault) {
      case '429': {
        const headers: Record<string, string> = {};
        if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
        if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
        sendJson(
          res,
          429,
          errorBody(request.api, 'Rate limit reached (scripted)', 'rate_limit_error'),
          headers,
        );
        return;
      }
      case '500':
        sendJson(
          res,
          fault.status ?? 500,
          errorBody(request.api, fault.message ?? 'Internal server error (scripted)', 'server_error'),
        );
        return;
      case 'http-error':
        sendJson(
          res,
          fault.status,
          errorBody(request.api, fault.message ?? `HTTP ${fault.status} (scripted)`, 'invalid_request_error'),
        );
        return;
      case 'malformed-json':
        if (request.stream) {
          res.writeHead(200, sseHeaders());
          res.write('data: {"id": "broken", "choices": [ {"delta": \n\n');
          res.end(request.api === 'chat.completions' ? 'data: [DONE]\n\n' : '');
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"id": "broken", "object": "chat.completion", "choices": [ {"message": ');
        }
        return;
      case 'cut-stream': {
        const content = fault.content ?? 'partial answer';
        if (request.stream && request.api === 'chat.completions') {
          res.writeHead(200, sseHeaders());
          const model = modelOf(request);
          res.write(sse(chatChunk(id, model, { role: 'assistant', content: '' }, null)));
          for (const piece of split(content, DEFAULT_CHUNK_SIZE)) {
            res.write(sse(chatChunk(id, model, { content: piece }, null)));
          }
          // No finish_reason, no usage, no [DONE]: the stream simply stops.
          res.end();
        } else if (request.stream) {
          res.writeHead(200, sseHeaders());
          res.write(anthropicEvent('message_start', anthropicMessageStart(id, modelOf(request), 1)));
          res.write(
            anthropicEvent('content_block_start', {
              type: 'content_block_start',
              index: 0,
              content_block: { type: 'text', text: '' },
            }),
          );
          res.end();
        } else {
          // Announce a longer body than is sent, then drop the connection.
          const full = JSON.stringify(chatCompletion(id, modelOf(request), { content }, request));
          res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(full)),
          });
          res.write(full.slice(0, Math.floor(full.length / 2)));
          setImmediate(() => res.destroy());
        }
        return;
      }
      case 'slow':
        await sleep(fault.delayMs, aborted);
        if (aborted.aborted) return;
        if (request.api === 'chat.completions') serveChat(fault.reply ?? {}, request, res, id);
        else serveAnthropic(fault.reply ?? {}, request, res, id);
        return;
      case 'reset':
        res.socket?.destroy();
        return;
      case 'huge':
        await serveHuge(fault, request, res, id, aborted);
        return;
      case 'tiny-chunks': {
        res.writeHead(200, sseHeaders());
        const model = modelOf(request);
        const chunk = sse(chatChunk(id, model, { content: fault.content ?? 'a' }, null));
        while (await writeCounted(res, request, chunk, aborted)) {
          if (fault.intervalMs) await sleep(fault.intervalMs, aborted);
        }
        return;
      }
      case 'garbage': {
        const body = fault.body ?? '<html><body><h1>502 Bad Gateway</h1></body></html>';
        res.writeHead(200, {
          'content-type': fault.contentType ?? 'text/html',
          'content-length': String(Buffer.byteLength(body)),
        });
        res.end(body);
        return;
      }
      case 'trickle': {
        const reply = fault.reply ?? {};
        const full = request.stream
          ? streamedChatText(reply, request, id)
          : JSON.stringify(chatCompletion(id, modelOf(request), reply, request));
        res.writeHead(200, request.stream ? sseHeaders() : { 'content-type': 'application/json' });
        for (const byte of Buffer.from(full)) {
          if (!(await writeCounted(res, request, Buffer.from([byte]), aborted))) return;
          await sleep(fault.byteDelayMs, aborted);
        }
        res.end();
        return;
      }
      case 'drop-mid-stream': {
        res.writeHead(200, request.stream ? sseHeaders() : { 'content-type': 'application/json' });
        const model = modelOf(request);
        res.write(sse(chatChunk(id, model, { role: 'assistant', content: '' }, null)));
        for (const piece of split(fault.content ?? 'partial answer', DEFAULT_CHUNK_SIZE)) {
          res.write(sse(chatChunk(id, model, { content: piece }, null)));
        }
        // Let the bytes leave, then drop the socket: no finish_reason, no [DONE], no clean end.
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
    }
  }

  async function serveHuge(
    fault: Extract<FaultReply, { fault: 'huge' }>,
    request: RecordedRequest,
    res: ServerResponse,
    id: string,
    aborted: AbortSignal,
  ): Promise<void> {
    const chunkBytes = Math.max(1, fault.chunkBytes ?? 65_536);
    const total = fault.bytes ?? Number.POSITIVE_INFINITY;
    const model = modelOf(request);
    const piece = (n: number) => 'x'.repeat(n);
    let open: string;
    let each: (n: number) => string;
    let close: string;
    if (request.stream && !fault.oneLine) {
      open = sse(chatChunk(id, model, { role: 'assistant', content: '' }, null));
      each = (n) => sse(chatChunk(id, model, { content: piece(n) }, null));
      close = `${sse(chatChunk(id, model, {}, 'stop'))}data: [DONE]\n\n`;
    } else {
      // One JSON document (a body, or a single SSE data line) whose content string keeps growing.
      const head = JSON.stringify(chatCompletion(id, model, { content: '\u0000' }, request));
      const [before, after] = head.split('\\u0000') as [string, string];
      open = request.stream ? `data: ${before}` : before;
      each = piece;
      close = request.stream ? `${after}\n\ndata: [DONE]\n\n` : after;
    }
    res.writeHead(200, request.stream ? sseHeaders() : { 'content-type': 'application/json' });
    if (!(await writeCounted(res, request, open, aborted))) return;
    for (let sent = 0; sent < total; sent += chunkBytes) {
      if (!(await writeCounted(res, request, each(Math.min(chunkBytes, total - sent)), aborted))) return;
    }
    res.end(close);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    pending: () => queue.length,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// OpenAI chat completions

interface ResolvedReply {
  content: string;
  toolCalls: { id: string; name: string; arguments: string }[];
  finishReason: string | null;
  promptTokens: number;
  completionTokens: number;
  model: string;
  chunkSize: number;
}

function resolveReply(reply: ScriptedReply, request: RecordedRequest): ResolvedReply {
  const content = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.content ?? '');
  const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({
    id: call.id ?? `call_${index + 1}`,
    name: call.name,
    arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
  }));
  const promptChars = JSON.stringify(isRecord(request.body) ? (request.body['messages'] ?? '') : '').length;
  const completionChars = content.length + toolCalls.reduce((n, c) => n + c.arguments.length, 0);
  return {
    content,
    toolCalls,
    finishReason:
      reply.finishReason === null
        ? null
        : (reply.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop')),
    promptTokens: reply.usage?.promptTokens ?? Math.max(1, Math.ceil(promptChars / 4)),
    completionTokens: reply.usage?.completionTokens ?? Math.max(1, Math.ceil(completionChars / 4)),
    model: reply.model ?? modelOf(request),
    chunkSize: Math.max(1, reply.chunkSize ?? DEFAULT_CHUNK_SIZE),
  };
}

function chatCompletion(
  id: string,
  model: string,
  reply: ScriptedReply,
  request: RecordedRequest,
): Record<string, unknown> {
  const r = resolveReply(reply, request);
  return {
    id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: r.content.length > 0 || r.toolCalls.length === 0 ? r.content : null,
          ...(r.toolCalls.length > 0
            ? {
                tool_calls: r.toolCalls.map((c) => ({
                  id: c.id,
                  type: 'function',
                  function: { name: c.name, arguments: c.arguments },
                })),
              }
            : {}),
        },
        finish_reason: r.finishReason,
      },
    ],
    usage: {
      prompt_tokens: r.promptTokens,
      completion_tokens: r.completionTokens,
      total_tokens: r.promptTokens + r.completionTokens,
    },
  };
}

function serveChat(reply: ScriptedReply, request: RecordedRequest, res: ServerResponse, id: string) {
  if (!request.stream) {
    sendJson(res, 200, chatCompletion(id, resolveReply(reply, request).model, reply, request));
    return;
  }
  res.writeHead(200, sseHeaders());
  res.end(streamedChatText(reply, request, id));
}

/** The whole SSE body of a streamed chat answer, `data: [DONE]` included. */
function streamedChatText(reply: ScriptedReply, request: RecordedRequest, id: string): string {
  const r = resolveReply(reply, request);
  const out: string[] = [];
  const res = { write: (text: string) => out.push(text) };
  res.write(sse(chatChunk(id, r.model, { role: 'assistant', content: '' }, null)));
  for (const piece of split(r.content, r.chunkSize)) {
    res.write(sse(chatChunk(id, r.model, { content: piece }, null)));
  }
  r.toolCalls.forEach((call, index) => {
    res.write(
      sse(
        chatChunk(
          id,
          r.model,
          {
            tool_calls: [
              { index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } },
            ],
          },
          null,
        ),
      ),
    );
    for (const piece of split(call.arguments, r.chunkSize)) {
      res.write(
        sse(chatChunk(id, r.model, { tool_calls: [{ index, function: { arguments: piece } }] }, null)),
      );
    }
  });
  res.write(sse(chatChunk(id, r.model, {}, r.finishReason)));
  const body = request.body;
  const streamOptions = isRecord(body) ? body['stream_options'] : undefined;
  if (isRecord(streamOptions) && streamOptions['include_usage'] === true) {
    res.write(
      sse({
        id,
        object: 'chat.completion.chunk',
        created: Math.floor(Date.now() / 1000),
        model: r.model,
        choices: [],
        usage: {
          prompt_tokens: r.promptTokens,
          completion_tokens: r.completionTokens,
          total_tokens: r.promptTokens + r.completionTokens,
        },
      }),
    );
  }
  res.write('data: [DONE]\n\n');
  return out.join('');
}

function chatChunk(
  id: string,
  model: string,
  delta: Record<string, unknown>,
  finishReason: string | null,
): Record<string, unknown> {
  return {
    id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

// ---------------------------------------------------------------------------------------------
// Anthropic messages (minimal: text, forced tool use for JSON output, streaming)

function anthropicJsonToolName(request: RecordedRequest): string | undefined {
  const body = request.body;
  if (!isRecord(body)) return undefined;
  const choice = body['tool_choice'];
  if (isRecord(choice) && choice['type'] === 'tool' && typeof choice['name'] === 'string') {
    return choice['name'];
  }
  // `any` with a single tool forces that tool too (the AI SDK's JSON-tool mode sends this).
  const tools = body['tools'];
  if (isRecord(choice) && choice['type'] === 'any' && Array.isArray(tools) && tools.length === 1) {
    const only: unknown = tools[0];
    if (isRecord(only) && typeof only['name'] === 'string') return only['name'];
  }
  return undefined;
}

function anthropicStopReason(finishReason: string | null): string {
  if (finishReason === 'length') return 'max_tokens';
  if (finishReason === 'tool_calls') return 'tool_use';
  return 'end_turn';
}

function anthropicMessageStart(id: string, model: string, inputTokens: number) {
  return {
    type: 'message_start',
    message: {
      id,
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: inputTokens, output_tokens: 0 },
    },
  };
}

function serveAnthropic(reply: ScriptedReply, request: RecordedRequest, res: ServerResponse, id: string) {
  const r = resolveReply(reply, request);
  const jsonTool = anthropicJsonToolName(request);
  // When the SDK forces a tool for structured output, the object arrives as that tool's input.
  const toolCalls =
    jsonTool !== undefined && r.toolCalls.length === 0
      ? [{ id: 'toolu_json', name: jsonTool, arguments: r.content || '{}' }]
      : r.toolCalls;
  const text = jsonTool !== undefined ? '' : r.content;
  const stopReason = anthropicStopReason(toolCalls.length > 0 ? 'tool_calls' : r.finishReason);
  const blocks: Record<string, unknown>[] = [];
  if (text.length > 0 || toolCalls.length === 0) blocks.push({ type: 'text', text });
  for (const call of toolCalls) {
    blocks.push({ type: 'tool_use', id: call.id, name: call.name, input: JSON.parse(call.arguments) });
  }
  if (!request.stream) {
    sendJson(res, 200, {
      id,
      type: 'message',
      role: 'assistant',
      model: r.model,
      content: blocks,
      stop_reason: stopReason,
      stop_sequence: null,
      usage: { input_tokens: r.promptTokens, output_tokens: r.completionTokens },
    });
    return;
  }
  res.writeHead(200, sseHeaders());
  res.write(anthropicEvent('message_start', anthropicMessageStart(id, r.model, r.promptTokens)));
  blocks.forEach((block, index) => {
    if (block['type'] === 'text') {
      res.write(
        anthropicEvent('content_block_start', {
          type: 'content_block_start',
          index,
          content_block: { type: 'text', text: '' },
        }),
      );
      for (const piece of split(text, r.chunkSize)) {
        res.write(
          anthropicEvent('content_block_delta', {
            type: 'content_block_delta',
            index,
            delta: { type: 'text_delta', text: piece },
          }),
        );
      }
    } else {
      const call = toolCalls[index - (blocks[0]?.['type'] === 'text' ? 1 : 0)];
      res.write(
        anthropicEvent('content_block_start', {
          type: 'content_block_start',
          index,
          content_block: { type: 'tool_use', id: block['id'], name: block['name'], input: {} },
        }),
      );
      for (const piece of split(call?.arguments ?? '{}', r.chunkSize)) {
        res.write(
          anthropicEvent('content_block_delta', {
            type: 'content_block_delta',
            index,
            delta: { type: 'input_json_delta', partial_json: piece },
          }),
        );
      }
    }
    res.write(anthropicEvent('content_block_stop', { type: 'content_block_stop', index }));
  });
  res.write(
    anthropicEvent('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: stopReason, stop_sequence: null },
      usage: { output_tokens: r.completionTokens },
    }),
  );
  res.end(anthropicEvent('message_stop', { type: 'message_stop' }));
}

function anthropicEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

// ---------------------------------------------------------------------------------------------
// helpers

function errorBody(api: RecordedRequest['api'], message: string, type: string): unknown {
  return api === 'anthropic.messages'
    ? { type: 'error', error: { type, message } }
    : { error: { message, type, param: null, code: null } };
}

function modelOf(request: RecordedRequest): string {
  const body = request.body;
  return isRecord(body) && typeof body['model'] === 'string' ? body['model'] : 'test-model';
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

function sseHeaders(): Record<string, string> {
  return { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' };
}

function sse(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

function split(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Write one piece, counting it on the request and waiting while the client is not reading. False
 * once the client has gone, so endless faults stop writing.
 */
async function writeCounted(
  res: ServerResponse,
  request: RecordedRequest,
  chunk: string | Buffer,
  aborted: AbortSignal,
): Promise<boolean> {
  if (aborted.aborted || res.destroyed) return false;
  request.bytesSent += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  if (!res.write(chunk)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.once('drain', done);
      res.once('close', done);
    });
  }
  return !aborted.aborted && !res.destroyed;
}

/** A signal that fires when the client goes away, so slow replies stop waiting. */
function abortedWhenClosed(req: IncomingMessage, res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  const onClose = () => {
    if (!res.writableEnded) controller.abort();
  };
  req.socket.once('close', onClose);
  res.once('finish', () => req.socket.off('close', onClose));
  return controller.signal;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
