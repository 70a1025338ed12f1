import { describe, expect, it } from 'vitest';
import type { Sandbox, SandboxOptions } from './index.ts';
import { SharedSandboxes } from './shared.ts';

/** Pools that only record how they were made and closed. */
function fakePools() {
  const made: { source: string; options: SandboxOptions; closed: boolean }[] = [];
  const create = async (source: string, options: SandboxOptions): Promise<Sandbox> => {
    if (source === 'broken') throw new Error('does not compile');
    const pool = { source, options, closed: false };
    made.push(pool);
    return {
      run: async (records) => records.map((record) => ({ ok: true as const, value: [source, record] })),
      stream: async function* (records) {
        yield records.map((record) => ({ ok: true as const, value: [source, record] }));
      },
      close: async () => {
        pool.closed = true;
      },
    };
  };
  return { made, create };
}

describe('SharedSandboxes: one pool per module per process, sized from one budget', () => {
  it('gives concurrent runs of one module the same pool and stops it with its last user', async () => {
    const { made, create } = fakePools();
    const shared = new SharedSandboxes({ budget: 2, create });
    const [a, b] = await Promise.all([
      shared.acquire('m1', { workers: 4 }),
      shared.acquire('m1', { workers: 4 }),
    ]);
    expect(made).toHaveLength(1);
    expect(made[0]?.options.workers).toBe(2); // The budget, not the request.
    expect(await a.run([1])).toEqual([{ ok: true, value: ['m1', 1] }]);
    await a.close();
    await a.close(); // A second close of one handle releases nothing more.
    expect(made[0]?.closed).toBe(false);
    expect(await b.run([2])).toEqual([{ ok: true, value: ['m1', 2] }]);
    await b.close();
    expect(made[0]?.closed).toBe(true);
    expect(shared.pools).toBe(0);
    await (await shared.acquire('m1')).close();
    expect(made).toHaveLength(2); // A new pool once the old one stopped.
  });

  it('sizes the pools of other modules from what the budget has left (at least one worker each)', async () => {
    const { made, create } = fakePools();
    const shared = new SharedSandboxes({ budget: 4, create });
    const handles = [
      await shared.acquire('m1', { workers: 3 }),
      await shared.acquire('m2'),
      await shared.acquire('m3'),
    ];
    expect(made.map((pool) => pool.options.workers)).toEqual([3, 1, 1]);
    expect(shared.workers).toBe(5);
    for (const handle of handles) await handle.close();
    expect(shared.workers).toBe(0);
  });

  it('does not keep a module that fails to compile', async () => {
    const { create } = fakePools();
    const shared = new SharedSandboxes({ budget: 2, create });
    await expect(shared.acquire('broken')).rejects.toThrow('does not compile');
    expect(shared.pools).toBe(0);
  });
});
