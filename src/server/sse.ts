import type { ServerResponse } from 'node:http';
import type { PublishedEvent } from '../core/events/types.ts';
import type { RunEvent, StreamEnd } from './protocol/events.ts';
import type { Store } from './store/store.ts';
import { RUN_FINISHED, type RunManager } from './run-manager.ts';

const REPLAY_PAGE = 500;

/** The connection of one SSE client, so the server can end them all when it closes. */
export interface SseConnection {
  close(): void;
}

export interface RunEventStreamOptions {
  runId: string;
  /** Send only events with a seq greater than this (from `Last-Event-ID` or `?after=`). */
  afterSeq: number;
  store: Store;
  runs: RunManager;
  /** Interval of `: heartbeat` comments that keep proxies from closing an idle stream. */
  heartbeatMs: number;
  /** Told when the stream ends, so the server can forget it. */
  onClose: () => void;
  /**
   * Replaces secrets in each message's text. Events are redacted when emitted, but a stored event
   * may predate a key the server knows now; the stream is hijacked, so no response hook sees it.
   */
  redact?: (text: string) => string;
}

/**
 * Stream a run's events as Server-Sent Events on `response`: first the stored events after
 * `afterSeq`, then live ones as the run publishes them, each with `id: <seq>` so a reconnecting
 * client (EventSource sends `Last-Event-ID`) resumes exactly after the last one it got. Ends with
 * an `end` event (`data: {"status": ...}`) when the run has finished; clients should close then,
 * or EventSource will reconnect.
 *
 * The manager's pending events are flushed to the store first, then replay and subscription happen
 * in the same synchronous turn, so no published event can fall between them; the seq check drops
 * duplicates all the same.
 */
export function streamRunEvents(response: ServerResponse, options: RunEventStreamOptions): SseConnection {
  const { runId, store, runs } = options;
  let lastSeq = options.afterSeq;
  let closed = false;
  let unsubscribe: () => void = () => {};
  let heartbeat: NodeJS.Timeout | undefined = undefined;

  const write = (chunk: string): void => {
    if (!closed && !response.writableEnded && !response.destroyed) response.write(chunk);
  };

  const close = (): void => {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearInterval(heartbeat);
    if (!response.writableEnded && !response.destroyed) response.end();
    options.onClose();
  };

  // The final status comes from the run-finished event when there is one: the manager publishes it
  // just before it writes the status to the store.
  const end = (finalStatus?: unknown): void => {
    if (closed) return;
    const status = typeof finalStatus === 'string' ? finalStatus : (store.getRun(runId)?.status ?? 'unknown');
    const message: StreamEnd = { runId, status, lastSeq };
    write(`event: end\ndata: ${JSON.stringify(message)}\n\n`);
    close();
  };

  // A resumed run has a `run-finished` in the middle of its history (where it was interrupted or
  // stopped), so only a live `run-finished` ends the stream; after a replay, the run's being live
  // or not decides.
  const send = (published: PublishedEvent, live: boolean): void => {
    if (closed || published.seq <= lastSeq) return;
    lastSeq = published.seq;
    const message: RunEvent = { seq: published.seq, at: published.at, event: published.event };
    const json = JSON.stringify(message);
    const data = options.redact ? options.redact(json) : json;
    write(`id: ${published.seq}\ndata: ${data}\n\n`);
    if (live && published.event.type === RUN_FINISHED) end(published.event['status']);
  };

  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  // Flush headers at once so the client knows the stream is open before the first event.
  write(`retry: 3000\n\n`);
  response.on('close', close);

  runs.flushEvents();
  const bus = runs.eventsOf(runId);
  // Replay in pages, so a long history is never all in memory at once.
  for (;;) {
    const page = store.listEvents(runId, lastSeq, REPLAY_PAGE);
    for (const stored of page) send(stored, false);
    if (page.length < REPLAY_PAGE || closed) break;
  }
  if (closed) return { close };
  if (!bus) {
    end();
    return { close };
  }
  unsubscribe = bus.subscribe((published) => send(published, true));
  heartbeat = setInterval(() => write(`: heartbeat ${new Date().toISOString()}\n\n`), options.heartbeatMs);
  heartbeat.unref();
  return { close };
}
