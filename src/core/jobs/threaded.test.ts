import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadedQueue } from './threaded.ts';

const HANDLERS = new URL('../../../test/support/thread-job-handlers.ts', import.meta.url);
let queue: ThreadedQueue | null = null;

afterEach(async () => {
  await queue?.close();
  queue = null;
});

describe('ThreadedQueue: the embedded queue in a worker thread', () => {
  it('runs jobs off the main thread, with the given environment, and forwards progress in order', async () => {
    queue = new ThreadedQueue({ handlers: HANDLERS, env: { CODIFY_THREAD_TEST: 'from-server' } });
    const progress: unknown[] = [];
    const [outcome] = await queue.submit([{ kind: 'echo', id: 'a', data: { n: 1 } }], {
      onProgress: (id, value) => progress.push([id, value]),
    });
    expect(outcome).toMatchObject({ id: 'a', ok: true });
    const result = (outcome as { result: { threadId: number; data: unknown; env: string } }).result;
    expect(result.threadId).not.toBe(threadId);
    expect(result.data).toEqual({ n: 1 });
    expect(result.env).toBe('from-server');
    expect(progress).toEqual([
      ['a', { step: 1 }],
      ['a', { step: 2 }],
    ]);
  }, 60_000);

  it('keeps the caller’s event loop free while a job holds its CPU', async () => {
    queue = new ThreadedQueue({ handlers: HANDLERS });
    await queue.submit([{ kind: 'echo', id: 'warm', data: null }]); // The thread is up.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const [outcome] = await queue.submit([{ kind: 'spin', id: 'spin', data: { ms: 1500 } }]);
    clearInterval(timer);
    expect(outcome?.ok).toBe(true);
    // On this thread the job would have allowed no tick at all until it ended.
    expect(ticks).toBeGreaterThan(10);
  }, 60_000);

  it('cancels a running job (its handler sees the signal) and stops waiting on detach without cancelling', async () => {
    queue = new ThreadedQueue({ handlers: HANDLERS });
    const stop = new AbortController();
    const cancelled = queue.submit([{ kind: 'wait', id: 'w1', data: null }], { signal: stop.signal });
    setTimeout(() => stop.abort(), 300);
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });

    const detach = new AbortController();
    const outcomes: unknown[] = [];
    const detached = queue.submit([{ kind: 'wait', id: 'w2', data: null }], {
      detach: detach.signal,
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    detach.abort(new Error('detached'));
    await expect(detached).rejects.toThrow('detached');
    // The job is still in hand: submitting its id again waits for it; cancelling ends it.
    const again = queue.submit([{ kind: 'wait', id: 'w2', data: null }]);
    await queue.cancel(['w2']);
    expect(await again).toEqual([{ id: 'w2', ok: false, error: 'cancelled', attempts: 1 }]);
  }, 60_000);

  it('fails the jobs of a thread that dies, and runs the next job on a new thread', async () => {
    queue = new ThreadedQueue({ handlers: HANDLERS });
    const [crashed] = await queue.submit([{ kind: 'crash', id: 'c', data: null }]);
    expect(crashed).toMatchObject({ id: 'c', ok: false });
    expect((crashed as { error: string }).error).toMatch(/job thread exited/);
    const [next] = await queue.submit([{ kind: 'echo', id: 'after', data: 2 }]);
    expect(next?.ok).toBe(true);
  }, 60_000);
});
