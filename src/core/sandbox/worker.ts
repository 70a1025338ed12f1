/**
 * Worker thread entry: owns one {@link GuestSession} and runs batches sent by the pool. A guest
 * that spins only ever blocks this thread; the host's event loop stays free.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { GuestCompileError, GuestSession } from './guest.ts';
import type { GuestConfig } from './guest.ts';

/** What the pool passes as `workerData`. */
export interface WorkerInit extends GuestConfig {
  /** Int32Array cells hold ids of batches the host wants stopped. */
  cancel: SharedArrayBuffer;
}

/**
 * Host → worker. The batch travels as one JSON text (the records' texts joined by the host), so
 * the message is one string to copy, not one per record, and the guest gets it as it is.
 */
export interface RunMessage {
  type: 'run';
  batchId: number;
  json: string;
  count: number;
}

/** Worker → host. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'compile-error'; message: string; line?: number; column?: number }
  | { type: 'chunk'; batchId: number; json: string; count: number }
  | { type: 'done'; batchId: number; outcome: 'done' | 'cancelled' | 'partial' };

const port = parentPort;
if (!port) throw new Error('src/core/sandbox/worker.ts must run as a worker thread');
const init = workerData as WorkerInit;
const cancel = new Int32Array(init.cancel);
const post = (message: WorkerMessage): void => port.postMessage(message);

let session: GuestSession;
try {
  session = await GuestSession.create({ code: init.code, filename: init.filename, limits: init.limits });
  post({ type: 'ready' });
} catch (error) {
  if (!(error instanceof GuestCompileError)) throw error;
  post({ type: 'compile-error', ...error.failure });
  process.exit(0);
}

port.on('message', (message: RunMessage) => {
  if (message.type !== 'run') return;
  const { batchId } = message;
  const isCancelled = (): boolean => {
    for (let cell = 0; cell < cancel.length; cell++) if (Atomics.load(cancel, cell) === batchId) return true;
    return false;
  };
  // A batch cancelled while it waited behind another is skipped outright.
  const outcome = isCancelled()
    ? 'cancelled'
    : session.runBatch(
        { json: message.json, count: message.count },
        (json, count) => post({ type: 'chunk', batchId, json, count }),
        isCancelled,
      );
  post({ type: 'done', batchId, outcome });
});
