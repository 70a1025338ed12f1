/**
 * The job seam: a product hands the queue serializable jobs and gets their progress and outcomes
 * back, without knowing whether they run in this process or on workers on other machines.
 */

/** A unit of work. `data` must survive JSON; `id` makes enqueueing idempotent. */
export interface JobSpec<D = unknown> {
  /** Which handler runs it (e.g. `transform.chunk`). */
  kind: string;
  /** Stable id: enqueueing the same id twice runs the job once. */
  id: string;
  data: D;
}

/** What a handler may do while it runs. */
export interface JobContext {
  readonly jobId: string;
  /** 1 for the first try, 2 for the first retry… */
  readonly attempt: number;
  /** Aborted when the job is cancelled or the worker shuts down. */
  readonly signal: AbortSignal;
  /** Reports small, serializable progress (it travels through the queue). */
  progress(value: unknown): Promise<void>;
}

/** Runs one kind of job; its return value (small, serializable) is the job's result. */
export type JobHandler = (data: unknown, context: JobContext) => Promise<unknown>;

/** Handlers by job kind. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** How a job ended, after every retry. */
export type JobOutcome =
  { id: string; ok: true; result: unknown } | { id: string; ok: false; error: string; attempts: number };

export interface SubmitOptions {
  /** Called with each job's progress as it arrives (at most as often as the queue delivers it). */
  onProgress?: (jobId: string, value: unknown) => void;
  /** Called once per job as it finishes, in completion order. */
  onOutcome?: (outcome: JobOutcome) => void;
  /** Cancels the jobs still waiting and stops waiting. */
  signal?: AbortSignal;
  /**
   * Stops waiting without cancelling: `submit` rejects with the signal's reason and the jobs go
   * on (on a shared broker they finish on the workers; submitting the same ids later re-attaches).
   */
  detach?: AbortSignal;
}

/** A queue of jobs: embedded (in this process) or on a shared broker (BullMQ on Redis). */
export interface JobQueue {
  /** Where the jobs run, for messages: `embedded` or the redacted queue URL. */
  readonly where: string;
  /** Enqueues the jobs (idempotently, by id) and resolves with every outcome, in the jobs' order. */
  submit(jobs: readonly JobSpec[], options?: SubmitOptions): Promise<JobOutcome[]>;
  /** Removes the jobs that have not started and aborts running ones (their handlers see the signal; no retry). */
  cancel(jobIds: readonly string[]): Promise<void>;
  /** Releases connections; waits for nothing that has not been submitted. */
  close(): Promise<void>;
}
