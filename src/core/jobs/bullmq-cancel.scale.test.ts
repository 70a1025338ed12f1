import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_SERVER, freePort, startRedis } from '../../../test/support/redis-server.ts';
import type { RedisProcess } from '../../../test/support/redis-server.ts';
import { BullMqQueue, serveJobs } from './bullmq.ts';
import type { WorkerEvent } from './bullmq.ts';

if (!REDIS_SERVER) console.warn('SKIPPED: redis-server is not installed (npm run setup installs it).');

let redis: RedisProcess;

beforeAll(async () => {
  if (REDIS_SERVER) redis = await startRedis(await freePort());
}, 30_000);

afterAll(async () => {
  await redis?.stop();
});

describe.skipIf(!REDIS_SERVER)('cancelling a job a worker is running (BullMQ)', () => {
  it('aborts the handler on the worker that runs it, and the job fails once, without retries', async () => {
    const runs: { attempt: number; abortedAfterMs: number | null }[] = [];
    const events: WorkerEvent[] = [];
    const worker = await serveJobs(
      redis.url,
      {
        long: async (_data, context) => {
          const started = Date.now();
          await context.progress({ started: true });
          const aborted = await new Promise<boolean>((resolve) => {
            context.signal.addEventListener('abort', () => resolve(true), { once: true });
            setTimeout(() => resolve(false), 20_000);
          });
          runs.push({ attempt: context.attempt, abortedAfterMs: aborted ? Date.now() - started : null });
          if (aborted) throw new Error('stopped mid-job');
          return 'ran to the end';
        },
      },
      { onEvent: (event) => events.push(event) },
    );
    const queue = new BullMqQueue(redis.url, { pollMs: 100 });
    const controller = new AbortController();
    try {
      const submitted = queue.submit([{ kind: 'long', id: 'cancel-me', data: null }], {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      });
      await expect(submitted).rejects.toMatchObject({ code: 'cancelled' });
      // The worker hears the cancel and stops the running handler long before its 20 s end.
      const deadline = Date.now() + 10_000;
      while (runs.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(runs).toHaveLength(1);
      expect(runs[0]?.abortedAfterMs).not.toBeNull();
      expect(runs[0]?.abortedAfterMs ?? Infinity).toBeLessThan(10_000);
      const failed = await new Promise<WorkerEvent | undefined>((resolve) => {
        const until = Date.now() + 5000;
        const look = () => {
          const found = events.find((event) => event.type === 'job-failed');
          if (found || Date.now() > until) resolve(found);
          else setTimeout(look, 50);
        };
        look();
      });
      expect(failed).toMatchObject({ type: 'job-failed', id: 'cancel-me', willRetry: false });
      await new Promise((r) => setTimeout(r, 1500)); // a retry, if one were scheduled, would start here
      expect(runs).toHaveLength(1);
    } finally {
      await queue.close();
      await worker.close();
    }
  }, 60_000);
});
