import { request } from 'node:http';

/** One parsed SSE message. */
export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
}

/** A minimal SSE client over node:http for tests: records messages and comments as they arrive. */
export interface SseClient {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  messages: SseMessage[];
  comments: string[];
  /** Resolves once `predicate` holds for the messages received so far (checked on each arrival). */
  waitFor(predicate: (messages: SseMessage[], comments: string[]) => boolean): Promise<void>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  /** Drop the connection from the client side. */
  close(): void;
}

/** Open `url` as an event stream and resolve once the response headers arrive. */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolveOpen, rejectOpen) => {
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      const messages: SseMessage[] = [];
      const comments: string[] = [];
      const waiters: { predicate: (m: SseMessage[], c: string[]) => boolean; resolve: () => void }[] = [];
      let buffer = '';
      let resolveEnded: () => void = () => {};
      const ended = new Promise<void>((resolve) => (resolveEnded = resolve));
      const check = (): void => {
        for (const waiter of [...waiters]) {
          if (waiter.predicate(messages, comments)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve();
          }
        }
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const message: SseMessage = { id: null, event: 'message', data: '' };
          const data: string[] = [];
          let isMessage = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) {
              comments.push(line.slice(1).trim());
              continue;
            }
            if (line.startsWith('id:')) message.id = line.slice(3).trim();
            else if (line.startsWith('event:')) message.event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
            else continue;
            isMessage = true;
          }
          if (isMessage && data.length > 0) {
            message.data = data.join('\n');
            messages.push(message);
          }
        }
        check();
      });
      res.on('end', () => resolveEnded());
      res.on('close', () => resolveEnded());
      res.on('error', () => resolveEnded());
      resolveOpen({
        status: res.statusCode ?? 0,
        headers: res.headers,
        messages,
        comments,
        ended,
        waitFor: (predicate) =>
          new Promise<void>((resolve) => {
            waiters.push({ predicate, resolve });
            check();
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', rejectOpen);
    req.end();
  });
}

/** The `seq` of each data message (ignoring `end`). */
export function seqsOf(messages: readonly SseMessage[]): number[] {
  return messages
    .filter((m) => m.event === 'message')
    .map((m) => (JSON.parse(m.data) as { seq: number }).seq);
}
