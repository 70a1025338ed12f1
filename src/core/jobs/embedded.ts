import { CancelledError, ConfigError } from '../errors.ts';
import { raceAbort } from './race-abort.ts';
import type { JobHandlers, JobOutcome, JobQueue, JobSpec, SubmitOptions } from './types.ts';

export interface EmbeddedQueueOptions {
  /** Jobs run at once (default 1). CPU-bound handlers run their work off the event loop. */
  concurrency?: number;
  /** Tries per job, the first included (default 1: in one process a retry rarely helps). */
  attempts?: number;
  /**
   * Keep every outcome, so a finished id submitted again gets the same outcome (default true).
   * A long-lived host of many jobs (the server's job thread) turns it off: ids are then
   * idempotent only while their job is in hand, and nothing grows with every job.
   */
  keepOutcomes?: boolean;
}

/**
 * The default queue: jobs run in this process, `concurrency` at a time, with nothing to install.
 * Handlers whose work is CPU-bound (a transform's sandbox) already run it in worker threads, so
 * the event loop stays free for progress and I/O. Ids are idempotent within the queue's life.
 */
export class EmbeddedQueue implements JobQueue {
  readonly where = 'embedded';
  private readonly handlers: JobHandlers;
  private readonly concurrency: number;
  private readonly attempts: number;
  private readonly keepOutcomes: boolean;
  private readonly runs = new Map<string, Promise<JobOutcome>>();
  private readonly cancelled = new Set<string>();
  /** Per running job: aborted by `cancel` (that job) or `close` (all of them). */
  private readonly running = new Map<string, AbortController>();
  private readonly controller = new AbortController();
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(handlers: JobHandlers, options: EmbeddedQueueOptions = {}) {
    this.handlers = handlers;
    this.concurrency = Math.max(1, options.concurrency ?? 1);
    this.attempts = Math.max(1, options.attempts ?? 1);
    this.keepOutcomes = options.keepOutcomes ?? true;
  }

  async submit(jobs: readonly JobSpec[], options: SubmitOptions = {}): Promise<JobOutcome[]> {
    const stop = () => void this.cancel(jobs.map((job) => job.id));
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      const outcomes = jobs.map((job) => {
        let run = this.runs.get(job.id);
        if (!run) {
          run = this.run(job, options);
          this.runs.set(job.id, run);
          if (!this.keepOutcomes) {
            const settled = run;
            void settled.finally(() => {
              if (this.runs.get(job.id) === settled) this.runs.delete(job.id);
              this.cancelled.delete(job.id);
            });
          }
        }
        return run.then((outcome) => {
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
    }
  }

  async cancel(jobIds: readonly string[]): Promise<void> {
    for (const id of jobIds) {
      this.cancelled.add(id);
      this.running.get(id)?.abort(new CancelledError('The job was cancelled.'));
    }
    this.release();
  }

  async close(): Promise<void> {
    this.controller.abort();
    await Promise.allSettled([...this.runs.values()]);
  }

  private async run(job: JobSpec, options: SubmitOptions): Promise<JobOutcome> {
    const handler = this.handlers[job.kind];
    if (!handler) {
      throw new ConfigError(`No handler for jobs of kind "${job.kind}".`, {
        hint: `Register one of: ${Object.keys(this.handlers).join(', ') || '(none)'}.`,
      });
    }
    await this.slot();
    try {
      let lastError = '';
      for (let attempt = 1; attempt <= this.attempts; attempt++) {
        if (this.cancelled.has(job.id) || this.controller.signal.aborted)
          return { id: job.id, ok: false, error: 'cancelled', attempts: attempt - 1 };
        const own = new AbortController();
        this.running.set(job.id, own);
        try {
          const result = await handler(job.data, {
            jobId: job.id,
            attempt,
            signal: AbortSignal.any([this.controller.signal, own.signal]),
            progress: async (value) => options.onProgress?.(job.id, value),
          });
          return { id: job.id, ok: true, result };
        } catch (error) {
          lastError = error instanceof Error ? error.message : String(error);
          if (own.signal.aborted) return { id: job.id, ok: false, error: 'cancelled', attempts: attempt };
        } finally {
          this.running.delete(job.id);
        }
      }
      return { id: job.id, ok: false, error: lastError, attempts: this.attempts };
    } finally {
      this.active--;
      this.release();
    }
  }

  private slot(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.active++;
        resolve();
      }),
    );
  }

  private release(): void {
    while (this.active < this.concurrency && this.waiting.length > 0) this.waiting.shift()?.();
  }
}
