import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { createSandbox } from './index.ts';
import type { Sandbox, SandboxOptions } from './index.ts';

export interface SharedSandboxesOptions {
  /** Worker threads the process's sandboxes should hold together (default: one per core). */
  budget?: number;
  /** How a pool is made (default {@link createSandbox}); tests count pools with it. */
  create?: (source: string, options: SandboxOptions) => Promise<Sandbox>;
}

interface Entry {
  sandbox: Promise<Sandbox>;
  users: number;
  workers: number;
}

/**
 * The sandboxes of one process, owned here rather than by each run: concurrent runs of the same
 * module (same source, same limits) share one pool of workers, and the pools of different
 * modules share a budget of threads sized to the cores: the first pool gets what is free, the
 * others one worker each (a worker holds one compiled guest, so a module needs at least one).
 * A pool closes when its last user closes it. Compile errors are not kept.
 */
export class SharedSandboxes {
  private readonly budget: number;
  private readonly create: (source: string, options: SandboxOptions) => Promise<Sandbox>;
  private readonly entries = new Map<string, Entry>();

  constructor(options: SharedSandboxesOptions = {}) {
    this.budget = Math.max(1, options.budget ?? availableParallelism());
    this.create = options.create ?? createSandbox;
  }

  /** Worker threads held by the live pools. */
  get workers(): number {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.workers;
    return total;
  }

  /** Live pools (one per distinct module in use). */
  get pools(): number {
    return this.entries.size;
  }

  /**
   * A sandbox for `source`: a handle on the shared pool for this module and these options (made
   * if none is live). `workers` is an upper bound; the budget decides. `close()` releases the
   * handle; the pool stops with its last handle.
   */
  async acquire(source: string, options: SandboxOptions = {}): Promise<Sandbox> {
    const { workers: requested, ...rest } = options;
    const key = createHash('sha256')
      .update(JSON.stringify([source, rest]))
      .digest('hex');
    let entry = this.entries.get(key);
    if (!entry) {
      const free = this.budget - this.workers;
      const workers = Math.max(1, Math.min(requested ?? this.budget, free));
      const made: Entry = { sandbox: this.create(source, { ...rest, workers }), users: 0, workers };
      made.sandbox.catch(() => {
        if (this.entries.get(key) === made) this.entries.delete(key);
      });
      this.entries.set(key, made);
      entry = made;
    }
    const shared = entry;
    shared.users++;
    let sandbox: Sandbox;
    try {
      sandbox = await shared.sandbox;
    } catch (error) {
      shared.users--;
      throw error;
    }
    let released = false;
    return {
      run: (records, runOptions) => sandbox.run(records, runOptions),
      stream: (records, runOptions) => sandbox.stream(records, runOptions),
      close: async () => {
        if (released) return;
        released = true;
        shared.users--;
        if (shared.users > 0) return;
        if (this.entries.get(key) === shared) this.entries.delete(key);
        await sandbox.close();
      },
    };
  }
}
