import { Worker } from 'node:worker_threads';
import { CancelledError } from '../errors.ts';
import { raceAbort } from './race-abort.ts';
import type { FromThread, ThreadHostData, ToThread } from './thread-host.ts';
import type { JobOutcome, JobQueue, JobSpec, SubmitOptions } from './types.ts';

const HOST_URL = new URL('./thread-host.ts', import.meta.url);

export interface ThreadedQueueOptions {
  /**
   * URL of the module whose `jobHandlers` export runs the jobs, loaded in the thread (the same
   * module a `codify worker` serves, so a job runs unchanged here or on a BullMQ worker).
   */
  handlers: URL;
  /** Jobs the thread runs at once (default 2). Their CPU-heavy parts may start threads of their own. */
  concurrency?: number;
  /** The thread's environment (default: a copy of this process's). Model keys are read from it. */
  env?: NodeJS.ProcessEnv;
}

interface Pending {
  job: JobSpec;
  outcome: Promise<JobOutcome>;
  resolve(outcome: JobOutcome): void;
  progress: Set<(jobId: string, value: unknown) => void>;
}

/**
 * The embedded queue, off the event loop: jobs run in one worker thread of this process (started
 * on first use, restarted if it dies), so their record pipeline (read, parse, check, write) never
 * blocks the caller's event loop. Progress and outcomes come back as messages. One thread holds
 * every job, so what the handlers share per process (a sandbox pool) is shared by all of them.
 * Ids are idempotent while a job is in hand: submitting its id again waits for the same job.
 */
export class ThreadedQueue implements JobQueue {
  readonly where = 'embedded';
  private readonly options: ThreadedQueueOptions;
  private worker: Worker | null = null;
  private readonly jobs = new Map<string, Pending>();
  private closed = false;

  constructor(options: ThreadedQueueOptions) {
    this.options = options;
  }

  async submit(jobs: readonly JobSpec[], options: SubmitOptions = {}): Promise<JobOutcome[]> {
    if (this.closed) throw new CancelledError('The job queue is closed.');
    const stop = () => void this.cancel(jobs.map((job) => job.id));
    options.signal?.addEventListener('abort', stop, { once: true });
    const listeners: [Pending, (jobId: string, value: unknown) => void][] = [];
    try {
      const outcomes = jobs.map((job) => {
        const pending = this.jobs.get(job.id) ?? this.start(job);
        if (options.onProgress) {
          const listener = options.onProgress;
          pending.progress.add(listener);
          listeners.push([pending, listener]);
        }
        return pending.outcome.then((outcome) => {
          options.onOutcome?.(outcome);
          return outcome;
        });
      });
      const all = Promise.all(outcomes);
      const settled = await (options.detach ? raceAbort(all, options.detach) : all);
      if (options.signal?.aborted) throw new CancelledError('The run was cancelled.');
      return settled;
    } finally {
      options.signal?.removeEventListener('abort', stop);
      for (const [pending, listener] of listeners) pending.progress.delete(listener);
    }
  }

  async cancel(jobIds: readonly string[]): Promise<void> {
    this.worker?.postMessage({ type: 'cancel', ids: [...jobIds] } satisfies ToThread);
  }

  /** Aborts the jobs in hand (their handlers see the signal), waits briefly, then ends the thread. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'close' } satisfies ToThread);
    const timer = setTimeout(() => void worker.terminate(), 5000);
    await exited;
    clearTimeout(timer);
  }

  private start(job: JobSpec): Pending {
    let resolve: (outcome: JobOutcome) => void = () => {};
    const outcome = new Promise<JobOutcome>((done) => (resolve = done));
    const pending: Pending = { job, outcome, resolve, progress: new Set() };
    this.jobs.set(job.id, pending);
    this.thread().postMessage({ type: 'run', job } satisfies ToThread);
    return pending;
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const workerData: ThreadHostData = {
      handlers: this.options.handlers.href,
      concurrency: Math.max(1, this.options.concurrency ?? 2),
    };
    const worker = new Worker(HOST_URL, {
      workerData,
      ...(this.options.env ? { env: this.options.env } : {}),
    });
    worker.on('message', (message: FromThread) => {
      if (message.type === 'progress') {
        for (const listener of this.jobs.get(message.id)?.progress ?? []) listener(message.id, message.value);
      } else if (message.type === 'outcome') {
        this.jobs.get(message.outcome.id)?.resolve(message.outcome);
        this.jobs.delete(message.outcome.id);
      }
    });
    const fail = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      // Every job the thread held fails; the next submit starts a new thread.
      for (const [id, pending] of this.jobs) {
        pending.resolve({ id, ok: false, error: `the job thread ${reason}`, attempts: 1 });
      }
    };
    worker.on('error', (error) => fail(`failed: ${error.message}`));
    worker.on('exit', (code) => fail(`exited (code ${code})`));
    this.worker = worker;
    return worker;
  }
}
