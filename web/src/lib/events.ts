import type { RunEvent, StreamEnd } from '../../../src/server/protocol/index.ts';
import { API_BASE, authHeaders } from './api.ts';

/**
 * One stored run event (`RunEvent`), the stream's last message (`StreamEnd`) and a page of
 * `GET /runs/:id/history` (`EventHistory`), as the server sends them.
 */
export type { EventHistory, RunEvent, StreamEnd } from '../../../src/server/protocol/index.ts';

export interface FollowRunOptions {
  /** Start after this seq (events up to it are already shown). */
  after?: number;
  onEvent: (event: RunEvent) => void;
  onEnd?: (end: StreamEnd) => void;
  onError?: (error: Error) => void;
  signal: AbortSignal;
}

/**
 * Follow a run's Server-Sent Events with `fetch` rather than EventSource, which cannot send the
 * bearer token. A dropped connection is resumed from the last seen seq (`Last-Event-ID`), so no
 * event is shown twice or missed; the stream's `end` message stops it for good.
 */
export async function followRun(runId: string, options: FollowRunOptions): Promise<void> {
  let lastSeq = options.after ?? 0;
  let failures = 0;
  while (!options.signal.aborted) {
    try {
      const response = await fetch(`${API_BASE}/runs/${encodeURIComponent(runId)}/events`, {
        headers: { ...authHeaders(), accept: 'text/event-stream', 'last-event-id': String(lastSeq) },
        signal: options.signal,
      });
      if (!response.ok || !response.body) throw new Error(`event stream: HTTP ${response.status}`);
      failures = 0;
      let ended = false;
      for await (const message of parseSse(response.body)) {
        if (message.event === 'end') {
          options.onEnd?.(JSON.parse(message.data) as StreamEnd);
          ended = true;
          break;
        }
        const event = JSON.parse(message.data) as RunEvent;
        if (event.seq <= lastSeq) continue;
        lastSeq = event.seq;
        options.onEvent(event);
      }
      if (ended) return;
    } catch (error) {
      if (options.signal.aborted) return;
      failures += 1;
      if (failures >= 5) {
        options.onError?.(error instanceof Error ? error : new Error(String(error)));
        return;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * 2 ** failures)));
  }
}

interface SseMessage {
  event: string;
  data: string;
}

/** Parse an SSE byte stream into messages (comments and heartbeats dropped). */
export async function* parseSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let boundary: number;
    while ((boundary = buffer.search(/\r?\n\r?\n/)) !== -1) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + (buffer[boundary] === '\r' ? 4 : 2));
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0) yield { event, data: data.join('\n') };
    }
  }
}
