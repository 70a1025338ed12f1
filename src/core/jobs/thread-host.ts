/**
 * The worker thread of a {@link ThreadedQueue}: imports the handlers module it was given and runs
 * the jobs posted to it on an {@link EmbeddedQueue} of its own, posting progress and outcomes back.
 * Handlers are code, not data, so they are loaded here from a module rather than sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { EmbeddedQueue } from './embedded.ts';
import type { JobHandlers, JobOutcome, JobSpec } from './types.ts';

/** Messages from the queue to its thread. */
export type ToThread = { type: 'run'; job: JobSpec } | { type: 'cancel'; ids: string[] } | { type: 'close' };

/** Messages from the thread to its queue. */
export type FromThread =
  | { type: 'ready' }
  | { type: 'progress'; id: string; value: unknown }
  | { type: 'outcome'; outcome: JobOutcome }
  | { type: 'closed' };

export interface ThreadHostData {
  /** URL of a module whose `jobHandlers` export names the handlers. */
  handlers: string;
  concurrency: number;
}

const port = parentPort;
if (!port) throw new Error('thread-host.ts runs only as a worker thread.');
const data = workerData as ThreadHostData;
const loaded = (await import(data.handlers)) as { jobHandlers?: JobHandlers };
if (!loaded.jobHandlers) throw new Error(`${data.handlers} exports no jobHandlers.`);
const queue = new EmbeddedQueue(loaded.jobHandlers, {
  concurrency: data.concurrency,
  keepOutcomes: false,
});
const post = (message: FromThread) => port.postMessage(message);

port.on('message', (message: ToThread) => {
  if (message.type === 'run') {
    const { job } = message;
    queue.submit([job], { onProgress: (id, value) => post({ type: 'progress', id, value }) }).then(
      ([outcome]) => outcome && post({ type: 'outcome', outcome }),
      (error: unknown) =>
        post({
          type: 'outcome',
          outcome: {
            id: job.id,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
            attempts: 1,
          },
        }),
    );
  } else if (message.type === 'cancel') void queue.cancel(message.ids);
  else {
    void queue.close().finally(() => {
      post({ type: 'closed' });
      port.close();
    });
  }
});
post({ type: 'ready' });
