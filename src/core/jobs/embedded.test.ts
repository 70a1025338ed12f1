import { describe, expect, it } from 'vitest';
import { EmbeddedQueue } from './embedded.ts';
import type { JobContext } from './types.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('EmbeddedQueue', () => {
  it('runs each id once, returns outcomes in job order, and reports progress', async () => {
    let runs = 0;
    const progress: [string, unknown][] = [];
    const queue = new EmbeddedQueue(
      {
        double: async (data: unknown, context: JobContext) => {
          runs++;
          await context.progress({ half: true });
          await sleep(5 * (3 - (data as number)));
          return (data as number) * 2;
        },
      },
      { concurrency: 3 },
    );
    const jobs = [0, 1, 2].map((n) => ({ kind: 'double', id: `j${n}`, data: n }));
    const outcomes = await queue.submit([...jobs, jobs[0]!], {
      onProgress: (id, value) => progress.push([id, value]),
    });
    expect(outcomes.map((o) => (o.ok ? o.result : o.error))).toEqual([0, 2, 4, 0]);
    expect(runs).toBe(3);
    expect(progress).toContainEqual(['j1', { half: true }]);
    await queue.submit(jobs); // Same ids again: already done, not run again.
    expect(runs).toBe(3);
    await queue.close();
  });

  it('never runs more than `concurrency` jobs at once', async () => {
    let active = 0;
    let peak = 0;
    const queue = new EmbeddedQueue(
      {
        work: async () => {
          active++;
          peak = Math.max(peak, active);
          await sleep(10);
          active--;
          return null;
        },
      },
      { concurrency: 2 },
    );
    await queue.submit(Array.from({ length: 7 }, (_, i) => ({ kind: 'work', id: `w${i}`, data: null })));
    expect(peak).toBe(2);
    await queue.close();
  });

  it('retries up to `attempts`, then reports the last error', async () => {
    const tries: number[] = [];
    const queue = new EmbeddedQueue(
      {
        flaky: async (_data, context) => {
          tries.push(context.attempt);
          if (context.attempt < 2) throw new Error('transient');
          return 'ok';
        },
        broken: async () => {
          throw new Error('always');
        },
      },
      { attempts: 2 },
    );
    const [flaky, broken] = await queue.submit([
      { kind: 'flaky', id: 'f', data: null },
      { kind: 'broken', id: 'b', data: null },
    ]);
    expect(flaky).toEqual({ id: 'f', ok: true, result: 'ok' });
    expect(broken).toEqual({ id: 'b', ok: false, error: 'always', attempts: 2 });
    expect(tries).toEqual([1, 2]);
    await queue.close();
  });

  it('cancels the jobs that have not started when the signal aborts', async () => {
    const started: string[] = [];
    const queue = new EmbeddedQueue({
      slow: async (_data, context) => {
        started.push(context.jobId);
        await sleep(30);
        return null;
      },
    });
    const controller = new AbortController();
    const run = queue.submit(
      ['a', 'b', 'c'].map((id) => ({ kind: 'slow', id, data: null })),
      { signal: controller.signal },
    );
    await sleep(5);
    controller.abort();
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(started).toEqual(['a']);
    await queue.close();
  });

  it('aborts a job that is running when it is cancelled, and does not retry it', async () => {
    const seen: { attempt: number; aborted: boolean }[] = [];
    const queue = new EmbeddedQueue(
      {
        long: async (_data, context) => {
          await new Promise<void>((resolve) => {
            context.signal.addEventListener('abort', () => resolve(), { once: true });
            setTimeout(resolve, 5000);
          });
          seen.push({ attempt: context.attempt, aborted: context.signal.aborted });
          if (context.signal.aborted) throw new Error('stopped');
          return 'finished';
        },
      },
      { attempts: 3 },
    );
    const run = queue.submit([{ kind: 'long', id: 'l', data: null }]);
    await sleep(20);
    const asked = Date.now();
    await queue.cancel(['l']);
    const [outcome] = await run;
    expect(Date.now() - asked).toBeLessThan(2000);
    expect(outcome).toMatchObject({ ok: false, error: 'cancelled', attempts: 1 });
    expect(seen).toEqual([{ attempt: 1, aborted: true }]);
    await queue.close();
  });

  it('refuses a job kind it has no handler for', async () => {
    const queue = new EmbeddedQueue({});
    await expect(queue.submit([{ kind: 'nope', id: 'x', data: null }])).rejects.toMatchObject({
      code: 'config',
    });
  });
});

describe('EmbeddedQueue without kept outcomes', () => {
  it('forgets a finished job, so its id runs again, and waits for the same job while it is in hand', async () => {
    let runs = 0;
    const queue = new EmbeddedQueue(
      {
        count: async () => {
          runs++;
          await new Promise((resolve) => setTimeout(resolve, 50));
          return runs;
        },
      },
      { keepOutcomes: false },
    );
    const [first, same] = await Promise.all([
      queue.submit([{ kind: 'count', id: 'x', data: null }]),
      queue.submit([{ kind: 'count', id: 'x', data: null }]),
    ]);
    expect(first).toEqual(same);
    expect(runs).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    const [again] = await queue.submit([{ kind: 'count', id: 'x', data: null }]);
    expect(again).toMatchObject({ ok: true, result: 2 });
    await queue.close();
  });
});
