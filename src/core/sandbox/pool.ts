import { Worker } from 'node:worker_threads';
import { CancelledError } from '../errors.ts';
import type { GuestCompileFailure } from './guest.ts';
import { workerStackSizeMb } from './limits.ts';
import type { ResolvedLimits } from './limits.ts';
import type { SandboxRecordResult } from './types.ts';
import type { RunMessage, WorkerInit, WorkerMessage } from './worker.ts';

const WORKER_URL = new URL('./worker.ts', import.meta.url);

/** How long a cancelled batch may take to stop cooperatively before its worker is terminated. */
const CANCEL_GRACE_MS = 2000;

/**
 * Extra time past the batch limit before a worker is presumed stuck. The guest enforces its own
 * limits at interrupt checks, but a few native built-ins (e.g. `new Array(2 ** 32 - 1).join('')`)
 * loop without checking; only terminating the thread stops those.
 */
const WATCHDOG_GRACE_MS = 2000;

/** Consecutive worker deaths before the pool gives up restarting (the module itself is broken). */
const MAX_CONSECUTIVE_CRASHES = 5;

export interface PoolConfig {
  code: string;
  filename: string;
  limits: ResolvedLimits;
  size: number;
}

/** The module failed to start in a worker. */
export class PoolCompileError extends Error {
  readonly failure: GuestCompileFailure;
  constructor(failure: GuestCompileFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

interface BatchTask {
  batchId: number;
  records: string[];
  /** Comma-joined JSON of results received so far, in order. */
  parts: string[];
  received: number;
  settled: boolean;
  resolve(results: SandboxRecordResult[]): void;
  reject(error: unknown): void;
  detachSignal(): void;
}

interface Slot {
  index: number;
  worker: Worker;
  cancel: Int32Array;
  ready: boolean;
  task: BatchTask | undefined;
  /** Terminated on purpose (close, or a cancel that did not stop in time). */
  retiring: boolean;
  cancelTimer: ReturnType<typeof setTimeout> | undefined;
  watchdog: ReturnType<typeof setTimeout> | undefined;
  /** Why the worker was terminated on purpose, reported on its unfinished records. */
  killReason: string | undefined;
}

/**
 * Worker threads, each with one QuickJS guest running the same module. Batches queue and go to
 * the first idle worker; a worker that dies is replaced and its batch's unfinished records come
 * back as `crash` errors.
 */
export class WorkerPool {
  private readonly config: PoolConfig;
  private readonly slots: Slot[] = [];
  private readonly queue: BatchTask[] = [];
  private nextBatchId = 1;
  private consecutiveCrashes = 0;
  private closed = false;

  private constructor(config: PoolConfig) {
    this.config = config;
  }

  /**
   * Starts `size` workers and waits until each has evaluated the module.
   * @throws PoolCompileError when the module does not compile or has no transform.
   */
  static async start(config: PoolConfig): Promise<WorkerPool> {
    const pool = new WorkerPool(config);
    const starts: Promise<void>[] = [];
    for (let index = 0; index < config.size; index++) {
      starts.push(pool.spawn(index));
    }
    const outcomes = await Promise.allSettled(starts);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) {
      await pool.close();
      throw failed.reason;
    }
    return pool;
  }

  /** Number of workers. */
  get size(): number {
    return this.slots.length;
  }

  /** Queues one batch of records (each a JSON text); resolves with their results in order. */
  submit(records: string[], signal?: AbortSignal): Promise<SandboxRecordResult[]> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    return new Promise((resolve, reject) => {
      const onAbort = (): void => this.cancelTask(task);
      const task: BatchTask = {
        batchId: this.nextBatchId++,
        records,
        parts: [],
        received: 0,
        settled: false,
        resolve,
        reject,
        detachSignal: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(task);
      this.dispatch();
    });
  }

  /** Terminates every worker; queued and running batches fail with CancelledError. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.settle(task, new CancelledError('The sandbox was closed.'));
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.retiring = true;
        const task = slot.task;
        this.release(slot);
        if (task) this.settle(task, new CancelledError('The sandbox was closed.'));
        await slot.worker.terminate();
      }),
    );
  }

  /**
   * Kills one worker as if it had crashed (for tests of the restart path and for callers that
   * detect a wedged worker). Its running batch reports `crash` for unfinished records.
   */
  async killWorker(index: number): Promise<void> {
    const slot = this.slots[index];
    if (!slot) throw new RangeError(`no worker ${index}`);
    await slot.worker.terminate();
  }

  private spawn(index: number): Promise<void> {
    const { code, filename, limits } = this.config;
    const cancel = new SharedArrayBuffer(4);
    const init: WorkerInit = { code, filename, limits, cancel };
    const worker = new Worker(WORKER_URL, {
      workerData: init,
      resourceLimits: { stackSizeMb: workerStackSizeMb(limits) },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = {
      index,
      worker,
      cancel: new Int32Array(cancel),
      ready: false,
      task: undefined,
      retiring: false,
      cancelTimer: undefined,
      watchdog: undefined,
      killReason: undefined,
    };
    this.slots[index] = slot;
    return new Promise<void>((resolve, reject) => {
      let started = false;
      let lastError: unknown;
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          started = true;
          slot.ready = true;
          this.consecutiveCrashes = 0;
          worker.unref();
          resolve();
          this.dispatch();
        } else if (message.type === 'compile-error') {
          started = true;
          reject(new PoolCompileError(message));
        } else {
          this.onTaskMessage(slot, message);
        }
      });
      worker.on('error', (error) => {
        lastError = error;
      });
      worker.on('exit', () => {
        if (!started) {
          reject(lastError ?? new Error('a sandbox worker exited before it was ready'));
          return;
        }
        this.onExit(slot, lastError);
      });
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.task || slot.retiring) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      slot.worker.ref();
      const patience = this.config.limits.timeoutMsPerBatch + WATCHDOG_GRACE_MS;
      slot.watchdog = setTimeout(() => {
        if (slot.task !== task) return;
        slot.killReason = `the guest stopped responding for ${patience} ms (stuck in a built-in that cannot be interrupted), so its worker was terminated`;
        void slot.worker.terminate();
      }, patience);
      slot.watchdog.unref();
      const message: RunMessage = { type: 'run', batchId: task.batchId, records: task.records };
      slot.worker.postMessage(message);
    }
  }

  private onTaskMessage(
    slot: Slot,
    message: Exclude<WorkerMessage, { type: 'ready' | 'compile-error' }>,
  ): void {
    const task = slot.task;
    if (!task || task.batchId !== message.batchId) return;
    if (message.type === 'chunk') {
      task.parts.push(message.json);
      task.received += message.count;
      return;
    }
    this.release(slot);
    if (message.outcome === 'cancelled') {
      this.settle(task, new CancelledError());
    } else {
      this.settle(task, undefined);
    }
    this.dispatch();
  }

  private release(slot: Slot): void {
    slot.task = undefined;
    if (slot.cancelTimer) clearTimeout(slot.cancelTimer);
    if (slot.watchdog) clearTimeout(slot.watchdog);
    slot.cancelTimer = undefined;
    slot.watchdog = undefined;
    slot.worker.unref();
  }

  /** Resolves with the collected results (padding with crash errors), or rejects with `error`. */
  private settle(task: BatchTask, error: unknown): void {
    if (task.settled) return;
    task.settled = true;
    task.detachSignal();
    if (error !== undefined) {
      task.reject(error);
      return;
    }
    const results = JSON.parse(`[${task.parts.join(',')}]`) as SandboxRecordResult[];
    // Every record gets a result even if the accounting went wrong somewhere.
    while (results.length < task.records.length) {
      results.push({
        ok: false,
        error: { kind: 'crash', message: 'the sandbox returned no result for this record' },
      });
    }
    task.resolve(results.slice(0, task.records.length));
  }

  private cancelTask(task: BatchTask): void {
    const queued = this.queue.indexOf(task);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      this.settle(task, new CancelledError());
      return;
    }
    const slot = this.slots.find((candidate) => candidate.task === task);
    this.settle(task, new CancelledError());
    if (!slot) return;
    // Ask the guest to stop at its next interrupt check; terminate the thread if it does not.
    Atomics.store(slot.cancel, 0, task.batchId);
    slot.cancelTimer = setTimeout(() => {
      if (slot.task !== task) return;
      slot.retiring = true;
      void slot.worker.terminate();
    }, CANCEL_GRACE_MS);
    slot.cancelTimer.unref();
  }

  private onExit(slot: Slot, error: unknown): void {
    const task = slot.task;
    const deliberate = slot.retiring;
    this.release(slot);
    slot.ready = false;
    if (task && !task.settled) {
      const missing = task.records.length - task.received;
      const reason =
        slot.killReason ?? `the sandbox worker died${error instanceof Error ? ` (${error.message})` : ''}`;
      const crash: SandboxRecordResult = {
        ok: false,
        error: { kind: 'crash', message: `${reason}; it was restarted and this record did not finish` },
      };
      if (missing > 0)
        task.parts.push(Array.from({ length: missing }, () => JSON.stringify(crash)).join(','));
      this.settle(task, undefined);
    }
    if (this.closed) return;
    if (!deliberate) this.consecutiveCrashes++;
    if (this.consecutiveCrashes > MAX_CONSECUTIVE_CRASHES) {
      for (const queued of this.queue.splice(0)) {
        this.settle(queued, new Error('sandbox workers keep dying; giving up on this sandbox'));
      }
      return;
    }
    this.spawn(slot.index).catch((spawnError: unknown) => {
      // The module compiled before, so a failed restart is a crash of the machinery itself.
      for (const queued of this.queue.splice(0)) this.settle(queued, spawnError);
    });
  }
}
