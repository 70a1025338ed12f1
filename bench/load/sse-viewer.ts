/**
 * A viewer of one run's live events, the way a web client behind a token reads them: `fetch` with a
 * readable body, parsing Server-Sent Events by hand. It can drop its connection after some events
 * and reconnect with `Last-Event-ID`, as EventSource does, and records what it needs to prove
 * delivery: every seq in order of arrival, and each live event's delay from publish to receipt.
 */

export interface ViewerOptions {
  /** Base URL of the API (`http://127.0.0.1:port/api/v1`). */
  base: string;
  runId: string;
  /** Drop the connection after this many events of each connection, this many times. */
  dropAfter?: number;
  drops?: number;
  /** Give up (and report) after this long without the `end` event. */
  timeoutMs?: number;
}

export interface ViewerResult {
  runId: string;
  /** Seqs in the order received, across connections. */
  seqs: number[];
  /** Publish-to-receipt delays (ms) of events published after the connection opened. */
  liveLatenciesMs: number[];
  /** Events that were published before their connection opened (replayed from the store). */
  replayed: number;
  connections: number;
  /** From the `end` event; null when the stream never ended. */
  end: { status: string; lastSeq: number } | null;
  error: string | null;
}

interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

/** Splits a growing SSE text buffer into complete messages; returns them and the unparsed rest. */
export function parseSseChunk(buffer: string): { messages: SseMessage[]; rest: string } {
  const messages: SseMessage[] = [];
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    const message: SseMessage = { data: '' };
    const data: string[] = [];
    let hasField = false;
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      hasField = true;
      if (field === 'id') message.id = value;
      else if (field === 'event') message.event = value;
      else if (field === 'data') data.push(value);
    }
    if (!hasField) continue;
    message.data = data.join('\n');
    messages.push(message);
  }
  return { messages, rest };
}

/** Watches a run until its `end` event, reconnecting after each planned drop. */
export async function watchRun(options: ViewerOptions): Promise<ViewerResult> {
  const result: ViewerResult = {
    runId: options.runId,
    seqs: [],
    liveLatenciesMs: [],
    replayed: 0,
    connections: 0,
    end: null,
    error: null,
  };
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  let dropsLeft = options.drops ?? 0;
  let lastEventId: string | null = null;
  const decoder = new TextDecoder();

  while (result.end === null && result.error === null) {
    if (Date.now() > deadline) {
      result.error = 'timed out before the end event';
      break;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.max(0, deadline - Date.now()));
    result.connections += 1;
    try {
      const response = await fetch(`${options.base}/runs/${options.runId}/events`, {
        headers: lastEventId === null ? {} : { 'last-event-id': lastEventId },
        signal: controller.signal,
      });
      if (response.status !== 200 || !response.body) {
        result.error = `events answered ${response.status}`;
        break;
      }
      const openedAt = Date.now();
      let inThisConnection = 0;
      let buffer = '';
      let dropped = false;
      const reader = response.body.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const receivedAt = Date.now();
        buffer += decoder.decode(value, { stream: true });
        const parsed = parseSseChunk(buffer);
        buffer = parsed.rest;
        for (const message of parsed.messages) {
          if (message.event === 'end') {
            const end = JSON.parse(message.data) as { status: string; lastSeq: number };
            result.end = { status: end.status, lastSeq: end.lastSeq };
            continue;
          }
          if (message.data === '') continue;
          const payload = JSON.parse(message.data) as { seq: number; at: string };
          result.seqs.push(payload.seq);
          if (message.id !== undefined) lastEventId = message.id;
          const publishedAt = Date.parse(payload.at);
          if (publishedAt >= openedAt) result.liveLatenciesMs.push(receivedAt - publishedAt);
          else result.replayed += 1;
          inThisConnection += 1;
          if (dropsLeft > 0 && options.dropAfter !== undefined && inThisConnection >= options.dropAfter) {
            // Drop mid-stream: whatever else is in this chunk is lost to this connection and must
            // come again through the reconnect.
            dropped = true;
            break;
          }
        }
        if (dropped || result.end !== null) break;
      }
      if (dropped) dropsLeft -= 1;
      controller.abort();
      await reader.cancel().catch(() => {});
      if (!dropped && result.end === null) result.error ??= 'the stream closed without an end event';
    } catch (error) {
      if (result.end === null) result.error = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
    }
  }
  return result;
}
