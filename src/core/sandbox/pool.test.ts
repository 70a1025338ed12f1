import { describe, expect, it } from 'vitest';
import { CancelledError } from '../errors.ts';
import { resolveLimits } from './limits.ts';
import { PoolCompileError, WorkerPool } from './pool.ts';

const SPIN_ON_REQUEST = `export default function transform(r) {
  if (r.spin) for (;;) {}
  return r.n * 10;
}`;

describe('WorkerPool', () => {
  it('replaces a worker that dies mid-batch: that batch reports crash, the next call works', async () => {
    const pool = await WorkerPool.start({
      code: SPIN_ON_REQUEST,
      filename: 'transform.js',
      limits: resolveLimits({ timeoutMsPerRecord: 600_000, timeoutMsPerBatch: 600_000 }),
      size: 1,
    });
    try {
      const running = pool.submit(['{"n":1}', '{"spin":true}', '{"n":2}']);
      // Kill only once the worker is really busy with the batch.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await pool.killWorker(0);
      const crashed = await running;
      expect(crashed).toHaveLength(3);
      for (const result of crashed) {
        expect(result).toMatchObject({
          ok: false,
          error: { kind: 'crash', message: /worker died.*restarted/ },
        });
      }
      expect(await pool.submit(['{"n":3}', '{"n":4}'])).toEqual([
        { ok: true, value: 30 },
        { ok: true, value: 40 },
      ]);
    } finally {
      await pool.close();
    }
  });

  it('gives batches queued behind a crashed or cancelled one to a worker intact', async () => {
    const pool = await WorkerPool.start({
      code: SPIN_ON_REQUEST,
      filename: 'transform.js',
      limits: resolveLimits({ timeoutMsPerRecord: 600_000, timeoutMsPerBatch: 600_000 }),
      size: 1,
    });
    try {
      // One worker, two batches in flight: the second waits inside the worker behind the spin.
      const spinning = pool.submit(['{"spin":true}']);
      const waiting = pool.submit(['{"n":7}']);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await pool.killWorker(0);
      expect(await spinning).toEqual([{ ok: false, error: expect.objectContaining({ kind: 'crash' }) }]);
      expect(await waiting).toEqual([{ ok: true, value: 70 }]);

      const controller = new AbortController();
      const cancelled = pool.submit(['{"spin":true}'], controller.signal);
      const bystander = pool.submit(['{"n":8}']);
      setTimeout(() => controller.abort(), 100);
      await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
      expect(await bystander).toEqual([{ ok: true, value: 80 }]);
    } finally {
      await pool.close();
    }
  });

  it('spreads queued batches over all workers and keeps each batch intact', async () => {
    const pool = await WorkerPool.start({
      code: 'export default (r) => r.n * 10;',
      filename: 'transform.js',
      limits: resolveLimits(),
      size: 2,
    });
    try {
      const batches = Array.from({ length: 9 }, (_, b) =>
        Array.from({ length: 5 }, (_, i) => `{"n":${b * 5 + i}}`),
      );
      const results = await Promise.all(batches.map((batch) => pool.submit(batch)));
      expect(results.flat()).toEqual(Array.from({ length: 45 }, (_, n) => ({ ok: true, value: n * 10 })));
    } finally {
      await pool.close();
    }
  });

  it('reports compile failures from the worker', async () => {
    await expect(
      WorkerPool.start({
        code: 'export default 1',
        filename: 'transform.js',
        limits: resolveLimits(),
        size: 2,
      }),
    ).rejects.toBeInstanceOf(PoolCompileError);
  });

  it('rejects pending batches when closed', async () => {
    const pool = await WorkerPool.start({
      code: SPIN_ON_REQUEST,
      filename: 'transform.js',
      limits: resolveLimits({ timeoutMsPerRecord: 600_000, timeoutMsPerBatch: 600_000 }),
      size: 1,
    });
    const running = pool.submit(['{"spin":true}']);
    const queued = pool.submit(['{"n":1}']);
    const outcomes = Promise.allSettled([running, queued]);
    await pool.close();
    for (const outcome of await outcomes) {
      expect(outcome.status).toBe('rejected');
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(CancelledError);
    }
  });
});
