/** Job handlers for the ThreadedQueue tests, loaded by URL in the queue's thread. */
import { threadId } from 'node:worker_threads';
import type { JobHandlers } from '../../src/core/jobs/types.ts';

export const jobHandlers: JobHandlers = {
  echo: async (data, context) => {
    await context.progress({ step: 1 });
    await context.progress({ step: 2 });
    return { threadId, data, env: process.env['CODIFY_THREAD_TEST'] ?? null };
  },
  /** Holds the thread's CPU for `ms` without yielding. */
  spin: async (data) => {
    const until = Date.now() + (data as { ms: number }).ms;
    let n = 0;
    while (Date.now() < until) n++;
    return n > 0;
  },
  /** Runs until cancelled. */
  wait: (_data, context) =>
    new Promise((_resolve, reject) =>
      context.signal.addEventListener('abort', () => reject(context.signal.reason as Error), { once: true }),
    ),
  /** Ends the thread (process.exit in a worker thread stops only the thread). */
  crash: async () => process.exit(3),
};
