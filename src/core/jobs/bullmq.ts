import { Queue, QueueEvents, UnrecoverableError, Worker } from 'bullmq';
import type { Job, JobsOptions } from 'bullmq';
import { CancelledError } from '../errors.ts';
import { Redis } from 'ioredis';
import { parseRedisUrl } from './redis-url.ts';
import type { JobHandlers, JobOutcome, JobQueue, JobSpec, SubmitOptions } from './types.ts';

/** The one BullMQ queue codify uses; job kinds are BullMQ job names. */
export const QUEUE_NAME = 'codify-jobs';

/**
 * Production defaults for every job: a few tries with exponential backoff (a worker that died or
 * a Redis that restarted is worth retrying), and bounded finished sets so Redis does not grow
 * with every run (the client reads outcomes while they are kept: a day for failures, an hour for
 * successes).
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 24 * 3600, count: 10_000 },
};

/**
 * A fresh ioredis connection for `url` (each Queue, Worker and QueueEvents owns its own).
 * `maxRetriesPerRequest: null` is what BullMQ requires of worker connections: a command waits
 * through a Redis restart instead of failing, and ioredis reconnects by itself.
 */
function connect(url: string): Redis {
  return new Redis({ ...parseRedisUrl(url), maxRetriesPerRequest: null });
}

/** The URL without its password, for messages. */
export function redactQueueUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/** The Redis channel on which clients ask workers to stop jobs they are running. */
export const CANCEL_CHANNEL = `${QUEUE_NAME}:cancel`;

/** The abort reason a worker gives a job it stops on a client's request (never retried). */
const CANCEL_REASON = 'cancelled by the run that submitted it';

/** How long a cancelling client waits for its running jobs to stop on their workers. */
const CANCEL_SETTLE_MS = 10_000;

/** Times a client re-adds a job that vanished from Redis before it gives up on it. */
const MAX_READDS = 3;

export interface BullMqQueueOptions {
  /** How often job states are read back (default 500 ms). Events only hint; states are the truth. */
  pollMs?: number;
  jobOptions?: JobsOptions;
}

/**
 * The client side of a BullMQ queue: enqueues jobs with idempotent ids and waits for their
 * outcomes. Outcomes are read from job states (polled), not only from events, so a Redis restart
 * or a dropped events stream cannot lose a completion; progress comes from `QueueEvents`.
 */
export class BullMqQueue implements JobQueue {
  readonly where: string;
  private readonly queue: Queue;
  private readonly events: QueueEvents;
  private readonly clients: Redis[];
  private readonly pollMs: number;
  private readonly jobOptions: JobsOptions;

  constructor(url: string, options: BullMqQueueOptions = {}) {
    this.where = redactQueueUrl(url);
    this.clients = [connect(url), connect(url)];
    this.queue = new Queue(QUEUE_NAME, { connection: this.clients[0] as Redis });
    this.events = new QueueEvents(QUEUE_NAME, { connection: this.clients[1] as Redis });
    this.queue.on('error', () => {}); // Reconnects are BullMQ's; a dropped socket is not fatal.
    this.events.on('error', () => {});
    this.pollMs = options.pollMs ?? 500;
    this.jobOptions = { ...DEFAULT_JOB_OPTIONS, ...options.jobOptions };
  }

  async submit(jobs: readonly JobSpec[], options: SubmitOptions = {}): Promise<JobOutcome[]> {
    const ids = new Set(jobs.map((job) => job.id));
    const onProgress = ({ jobId, data }: { jobId: string; data: unknown }) => {
      if (ids.has(jobId)) options.onProgress?.(jobId, data);
    };
    this.events.on('progress', onProgress);
    try {
      await this.events.waitUntilReady();
      for (const job of jobs) await this.enqueue(job);
      const outcomes = new Map<string, JobOutcome>();
      const readds = new Map<string, number>();
      while (outcomes.size < jobs.length) {
        if (options.signal?.aborted) {
          await this.cancel(jobs.map((job) => job.id));
          // Until the workers have let go, the same ids could not be submitted again (a resume
          // would wait on the job being cancelled): wait a little for that.
          await this.untilInactive(jobs, CANCEL_SETTLE_MS);
          throw new CancelledError('The run was cancelled.');
        }
        // Detached: the jobs stay on the queue and finish on the workers; a later submit re-attaches.
        options.detach?.throwIfAborted();
        for (const job of jobs) {
          if (outcomes.has(job.id)) continue;
          const outcome = await this.outcome(job, readds).catch(() => null); // Redis away: ask again.
          if (!outcome) continue;
          outcomes.set(job.id, outcome);
          options.onOutcome?.(outcome);
        }
        if (outcomes.size < jobs.length) await delay(this.pollMs, options.detach);
      }
      return jobs.map((job) => outcomes.get(job.id) as JobOutcome);
    } finally {
      this.events.off('progress', onProgress);
    }
  }

  async cancel(jobIds: readonly string[]): Promise<void> {
    const active: string[] = [];
    for (const id of jobIds) {
      const job = await this.queue.getJob(id);
      const state = await job?.getState();
      if (job && (state === 'waiting' || state === 'delayed' || state === 'prioritized'))
        await job.remove().catch(() => {});
      else if (state === 'active') active.push(id);
    }
    // Active jobs hold a worker's lock and cannot be removed: the worker running each one hears
    // this and aborts it (its handler sees the signal; the job fails once, without retries).
    if (active.length > 0)
      await (this.clients[0] as Redis).publish(CANCEL_CHANNEL, JSON.stringify(active)).catch(() => 0);
  }

  /** Waits up to `ms` until none of the jobs is running on a worker (Redis errors end the wait). */
  private async untilInactive(jobs: readonly JobSpec[], ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      let active = false;
      for (const job of jobs) {
        const found = await this.queue.getJob(job.id).catch(() => undefined);
        const state = await found?.getState().catch(() => 'unknown');
        if (state === 'active') active = true;
      }
      if (!active) return;
      await delay(Math.min(this.pollMs, 200));
    }
  }

  async close(): Promise<void> {
    await this.events.close();
    await this.queue.close();
    // Clients handed to BullMQ are the caller's to close (BullMQ closes only those it made).
    for (const client of this.clients) client.disconnect();
  }

  /** Adds the job unless one with its id is waiting, running or done; a failed one is re-added. */
  private async enqueue(job: JobSpec): Promise<void> {
    const existing = await this.queue.getJob(job.id);
    if (existing && (await existing.getState()) === 'failed') await existing.remove();
    await this.queue.add(job.kind, job.data, { ...this.jobOptions, jobId: job.id });
  }

  /**
   * The job's outcome once it is final, else null. A job missing from the queue (Redis lost it,
   * or answered before it had reloaded its data after a restart) is added again: jobs are
   * idempotent by design. After {@link MAX_READDS} such losses it fails.
   */
  private async outcome(spec: JobSpec, readds: Map<string, number>): Promise<JobOutcome | null> {
    const id = spec.id;
    // The state first, the data after: a job finishes (state and result) in one atomic step, so
    // data read once the state is final holds the result. Read the other way round, a job that
    // finished between the two reads looked 'completed' with the result it did not have yet (null).
    const state = await this.queue.getJobState(id);
    if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return null;
    const job = await this.queue.getJob(id);
    if (!job) {
      const count = (readds.get(id) ?? 0) + 1;
      if (count > MAX_READDS)
        return {
          id,
          ok: false,
          error: `the job disappeared from the queue ${MAX_READDS} times`,
          attempts: 0,
        };
      readds.set(id, count);
      await this.queue.add(spec.kind, spec.data, { ...this.jobOptions, jobId: id });
      return null;
    }
    if (state === 'completed') return { id, ok: true, result: job.returnvalue };
    if (state === 'failed')
      return { id, ok: false, error: job.failedReason || 'failed', attempts: job.attemptsMade };
    return null;
  }
}

export interface ServeJobsOptions {
  /** Jobs this process runs at once (BullMQ `concurrency`, default 1). */
  concurrency?: number;
  /** How long a job stays claimed by a worker that stopped renewing its lock (default 30 s). */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for (default: half the lock duration). */
  stalledIntervalMs?: number;
  /** Times a job may stall (its worker died) before it fails for good (default 2). */
  maxStalledCount?: number;
  onEvent?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | { type: 'job-started'; id: string; kind: string; attempt: number }
  | { type: 'job-completed'; id: string; kind: string }
  | { type: 'job-failed'; id: string; kind: string; error: string; willRetry: boolean }
  | { type: 'job-stalled'; id: string }
  | { type: 'connection-error'; message: string };

/** A running worker: `close()` lets active jobs finish (graceful shutdown on SIGTERM). */
export interface JobWorker {
  close(): Promise<void>;
  /** Stops at once, without waiting for active jobs (they are retried elsewhere after their lock expires). */
  kill(): Promise<void>;
}

/**
 * Serves jobs from a BullMQ queue with `handlers`. Errors that retrying cannot fix (a
 * `CodifyError` of kind config, e.g. a transform that changed since the run started) fail the
 * job at once; anything else is retried with backoff. Stalled jobs (a worker SIGKILLed mid-job)
 * are moved back to waiting by any live worker once their lock expires.
 */
export async function serveJobs(
  url: string,
  handlers: JobHandlers,
  options: ServeJobsOptions = {},
): Promise<JobWorker> {
  const lockDuration = options.lockDurationMs ?? 30_000;
  const emit = options.onEvent ?? (() => {});
  const client = connect(url);
  // Set once the worker exists; cancel requests that arrive before then have nothing to stop.
  const serving: { worker?: Worker } = {};
  // A subscribed connection can do nothing else, so cancel requests get their own.
  const listener = connect(url);
  listener.on('error', () => {});
  listener.on('message', (_channel: string, message: string) => {
    let ids: unknown;
    try {
      ids = JSON.parse(message);
    } catch {
      return;
    }
    if (!Array.isArray(ids)) return;
    for (const id of ids) if (typeof id === 'string') serving.worker?.cancelJob(id, CANCEL_REASON);
  });
  await listener.subscribe(CANCEL_CHANNEL);
  const worker = new Worker(
    QUEUE_NAME,
    async (job: Job, _token?: string, signal?: AbortSignal) => {
      const handler = handlers[job.name];
      if (!handler) throw new UnrecoverableError(`This worker has no handler for "${job.name}" jobs.`);
      emit({ type: 'job-started', id: String(job.id), kind: job.name, attempt: job.attemptsMade + 1 });
      try {
        return await handler(job.data, {
          jobId: String(job.id),
          attempt: job.attemptsMade + 1,
          signal: signal ?? new AbortController().signal,
          progress: (value) => job.updateProgress(value as object),
        });
      } catch (error) {
        if (signal?.aborted && signal.reason === CANCEL_REASON)
          throw new UnrecoverableError(`Cancelled: ${CANCEL_REASON}.`);
        if (isPermanent(error)) throw new UnrecoverableError((error as Error).message);
        throw error;
      }
    },
    {
      connection: client,
      concurrency: Math.max(1, options.concurrency ?? 1),
      lockDuration,
      stalledInterval: options.stalledIntervalMs ?? Math.max(1000, Math.floor(lockDuration / 2)),
      maxStalledCount: options.maxStalledCount ?? 2,
      removeOnComplete: { age: 3600, count: 10_000 },
      removeOnFail: { age: 24 * 3600, count: 10_000 },
    },
  );
  worker.on('completed', (job) => emit({ type: 'job-completed', id: String(job.id), kind: job.name }));
  worker.on('failed', (job, error) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    emit({
      type: 'job-failed',
      id: String(job.id),
      kind: job.name,
      error: error.message,
      willRetry: !(error instanceof UnrecoverableError) && job.attemptsMade < attempts,
    });
  });
  worker.on('stalled', (id) => emit({ type: 'job-stalled', id }));
  worker.on('error', (error) => emit({ type: 'connection-error', message: error.message }));
  await worker.waitUntilReady();
  serving.worker = worker;
  const disconnect = () => {
    client.disconnect();
    listener.disconnect();
  };
  return {
    close: () => worker.close().finally(disconnect),
    kill: () => worker.close(true).finally(disconnect),
  };
}

/** Config errors (bad input, changed code) fail the same way on every try. */
function isPermanent(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'config';
}

/** Waits `ms`, or less when `signal` aborts (the caller looks at it next). */
function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
