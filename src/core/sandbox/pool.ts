import { getCompileCacheDir } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CancelledError } from '../errors.ts';
import type { GuestCompileFailure } from './guest.ts';
import { workerStackSizeMb } from './limits.ts';
import type { ResolvedLimits } from './limits.ts';
import type { SandboxRecordResult } from './types.ts';
import type { RunMessage, WorkerInit, WorkerMessage } from './worker.ts';

const WORKER_URL = new URL('./worker.ts', import.meta.url);

/**
 * The workers' environment: the host's, with Node's module compile cache on (the host's cache
 * directory when it has one, else Node's default under the temp folder). Every worker otherwise
 * loads Node's TypeScript stripper to read its own `.ts` modules: about 16 MB of RSS and, on a
 * loaded machine, a second of CPU per pool. `NODE_DISABLE_COMPILE_CACHE=1` still turns it off.
 */
const WORKER_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_COMPILE_CACHE:
    getCompileCacheDir() ?? process.env['NODE_COMPILE_CACHE'] ?? path.join(tmpdir(), 'node-compile-cache'),
};

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
  /**
   * Results received so far, in order. Each chunk from the worker is parsed as it arrives (a
   * chunk is bounded), so no string ever holds a whole batch's results.
   */
  results: SandboxRecordResult[];
  received: number;
  settled: boolean;
  resolve(results: SandboxRecordResult[]): void;
  reject(error: unknown): void;
  detachSignal(): void;
}

interface Slot {
  index: number;
  worker: Worker;
  /** Batch ids the host wants stopped, one cell per batch that can be in flight. */
  cancel: Int32Array;
  ready: boolean;
  /** Batches posted to this worker, in the order it runs them; the first is running. */
  tasks: BatchTask[];
  /** Terminated on purpose (close, or a cancel that did not stop in time). */
  retiring: boolean;
  /** Stops the worker if the running batch neither finishes nor honours its limits. */
  watchdog: ReturnType<typeof setTimeout> | undefined;
  /** Why the worker was terminated on purpose, reported on its unfinished records. */
  killReason: string | undefined;
}

/**
 * Batches posted to one worker ahead of time, so it starts the next batch while the host is
 * still decoding the previous one's results instead of waiting for a round trip.
 */
const PIPELINE_DEPTH = 2;

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

  /**
   * Queues one batch of records (each a JSON text); resolves with their results in order. The
   * results may stop short of the batch when its output reached `maxBatchOutputChars`: the
   * caller submits the rest (with `front`, so it runs next) once it has taken these.
   */
  submit(
    records: string[],
    signal?: AbortSignal,
    options: { front?: boolean } = {},
  ): Promise<SandboxRecordResult[]> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    return new Promise((resolve, reject) => {
      const onAbort = (): void => this.cancelTask(task);
      const task: BatchTask = {
        batchId: this.nextBatchId++,
        records,
        results: [],
        received: 0,
        settled: false,
        resolve,
        reject,
        detachSignal: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (options.front) this.queue.unshift(task);
      else this.queue.push(task);
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
        if (slot.watchdog) clearTimeout(slot.watchdog);
        for (const task of slot.tasks.splice(0))
          this.settle(task, new CancelledError('The sandbox was closed.'));
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
    const cancel = new SharedArrayBuffer(4 * PIPELINE_DEPTH);
    const init: WorkerInit = { code, filename, limits, cancel };
    const worker = new Worker(WORKER_URL, {
      workerData: init,
      resourceLimits: { stackSizeMb: workerStackSizeMb(limits) },
      env: WORKER_ENV,
      stdout: false,
      stderr: false,
    });
    const slot: Slot = {
      index,
      worker,
      cancel: new Int32Array(cancel),
      ready: false,
      tasks: [],
      retiring: false,
      watchdog: undefined,
      killReason: undefined,
    };
    this.slots[index] = slot;
    return new Promise<void>((resolve, reject) => {
      let lastError: unknown;
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          slot.ready = true;
          worker.unref();
          resolve();
          this.dispatch();
        } else if (message.type === 'compile-error') {
          reject(new PoolCompileError(message));
        } else {
          this.onTaskMessage(slot, message);
        }
      });
      worker.on('error', (error) => {
        lastError = error;
      });
      worker.on('exit', () => {
        if (!slot.ready) {
          // Never started (compile error, or died while loading): the start promise reports it.
          reject(lastError ?? new Error('a sandbox worker exited before it was ready'));
          return;
        }
        this.onExit(slot, lastError);
      });
    });
  }

  private dispatch(): void {
    // Fill every worker to one batch before giving any a second, so work spreads evenly.
    for (let depth = 1; depth <= PIPELINE_DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (!slot.ready || slot.retiring || slot.tasks.length >= depth) continue;
        const task = this.queue.shift();
        if (!task) return;
        slot.tasks.push(task);
        slot.worker.ref();
        if (slot.tasks.length === 1) this.armWatchdog(slot);
        const message: RunMessage = {
          type: 'run',
          batchId: task.batchId,
          json: `[${task.records.join(',')}]`,
          count: task.records.length,
        };
        slot.worker.postMessage(message);
      }
    }
  }

  /** Starts timing the batch the worker is now running (the first of its tasks). */
  private armWatchdog(slot: Slot): void {
    if (slot.watchdog) clearTimeout(slot.watchdog);
    slot.watchdog = undefined;
    const task = slot.tasks[0];
    if (!task) return;
    const patience = this.config.limits.timeoutMsPerBatch + WATCHDOG_GRACE_MS;
    slot.watchdog = setTimeout(() => {
      if (slot.tasks[0] !== task) return;
      slot.killReason = `the guest stopped responding for ${patience} ms (stuck in a built-in that cannot be interrupted), so its worker was terminated`;
      void slot.worker.terminate();
    }, patience);
    slot.watchdog.unref();
  }

  private onTaskMessage(
    slot: Slot,
    message: Exclude<WorkerMessage, { type: 'ready' | 'compile-error' }>,
  ): void {
    const task = slot.tasks[0];
    if (!task || task.batchId !== message.batchId) return;
    if (message.type === 'chunk') {
      const results = JSON.parse(`[${message.json}]`) as SandboxRecordResult[];
      for (const result of results) task.results.push(result);
      task.received += message.count;
      return;
    }
    slot.tasks.shift();
    this.consecutiveCrashes = 0;
    this.clearCancel(slot, task.batchId);
    this.armWatchdog(slot);
    if (slot.tasks.length === 0) slot.worker.unref();
    this.settle(
      task,
      message.outcome === 'cancelled' ? new CancelledError() : undefined,
      message.outcome === 'partial',
    );
    this.dispatch();
  }

  /**
   * Resolves with the collected results, or rejects with `error`. A `partial` batch (stopped at
   * its output budget) resolves with what it delivered; otherwise missing results are padded
   * with crash errors.
   */
  private settle(task: BatchTask, error: unknown, partial = false): void {
    if (task.settled) return;
    task.settled = true;
    task.detachSignal();
    if (error !== undefined) {
      task.reject(error);
      return;
    }
    const results = task.results;
    task.results = [];
    if (partial && results.length > 0 && results.length < task.records.length) {
      task.resolve(results);
      return;
    }
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
    this.settle(task, new CancelledError());
    const slot = this.slots.find((candidate) => candidate.tasks.includes(task));
    if (!slot) return;
    // Ask the guest to stop at its next interrupt check (or skip the batch when it gets to it).
    const inFlight = new Set(slot.tasks.map((candidate) => candidate.batchId));
    for (let cell = 0; cell < slot.cancel.length; cell++) {
      if (!inFlight.has(Atomics.load(slot.cancel, cell))) {
        Atomics.store(slot.cancel, cell, task.batchId);
        break;
      }
    }
    // Terminate the thread if the batch has not stopped a while after it started running.
    const check = (): void => {
      if (!slot.tasks.includes(task) || slot.retiring) return;
      if (slot.tasks[0] !== task) {
        setTimeout(check, CANCEL_GRACE_MS).unref();
        return;
      }
      slot.retiring = true;
      void slot.worker.terminate();
    };
    setTimeout(check, CANCEL_GRACE_MS).unref();
  }

  private clearCancel(slot: Slot, batchId: number): void {
    for (let cell = 0; cell < slot.cancel.length; cell++) {
      if (Atomics.load(slot.cancel, cell) === batchId) Atomics.store(slot.cancel, cell, 0);
    }
  }

  private onExit(slot: Slot, error: unknown): void {
    const [running, ...waiting] = slot.tasks.splice(0);
    const deliberate = slot.retiring;
    if (slot.watchdog) clearTimeout(slot.watchdog);
    slot.watchdog = undefined;
    slot.ready = false;
    if (running && !running.settled) {
      const missing = running.records.length - running.received;
      const reason =
        slot.killReason ?? `the sandbox worker died${error instanceof Error ? ` (${error.message})` : ''}`;
      const crash: SandboxRecordResult = {
        ok: false,
        error: { kind: 'crash', message: `${reason}; it was restarted and this record did not finish` },
      };
      for (let count = 0; count < missing; count++) running.results.push(structuredClone(crash));
      this.settle(running, undefined);
    }
    // Batches that had not started did nothing wrong: they go first to the next free worker.
    const unstarted = waiting.filter((task) => !task.settled);
    if (this.closed) {
      for (const task of unstarted) this.settle(task, new CancelledError('The sandbox was closed.'));
    } else {
      this.queue.unshift(...unstarted);
      this.dispatch();
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
