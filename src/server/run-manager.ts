import { CancelledError, CodifyError } from '../core/errors.ts';
import { EventBus } from '../core/events/event-bus.ts';
import type { CodifyEvent, PublishedEvent } from '../core/events/types.ts';
import { RunNotFoundError } from './store/errors.ts';
import type { Store } from './store/store.ts';
import type { RunRecord, RunStatus, StoredEvent } from './store/types.ts';
import { BadRequestError, ConflictError, ShuttingDownError } from './errors.ts';
import { LoopRecorder } from './loop-recorder.ts';
import type { Redactor } from './redact.ts';

/** Published when a run changes between live states (`queued` → `running`). */
export interface RunStatusEvent extends CodifyEvent {
  type: 'run-status';
  status: RunStatus;
}

/** Always the last event of a run that the manager saw end. */
export interface RunFinishedEvent extends CodifyEvent {
  type: 'run-finished';
  status: RunStatus;
  summary: unknown;
  error: { code: string; message: string } | null;
}

export const RUN_FINISHED = 'run-finished';

/** What a job gets: its run id, a signal to honour, a way to report progress, and the store. */
export interface JobContext {
  readonly runId: string;
  /** Aborted when the run is stopped or the server shuts down: stop promptly and return or throw. */
  readonly signal: AbortSignal;
  /**
   * Why the signal aborted, once it has: `stop` (a person stopped the run) or `shutdown` (the
   * server is closing; work handed to other processes may go on and be re-attached later).
   */
  readonly abortReason: 'stop' | 'shutdown' | null;
  /** The run's input as given to `start` (already validated by the job kind, if it has a parser). */
  readonly input: unknown;
  readonly store: Store;
  /**
   * Publish an event to live subscribers at once and append it to the run's stored history (secrets
   * redacted; writes are batched per event-loop turn — `RunManager.flushEvents()` forces them).
   * Loop events `attempt-started`, `check-finished`, `attempt-error` and `usage` also fill the
   * attempts and usage tables.
   */
  emit(event: CodifyEvent): StoredEvent;
}

const OUTCOME = Symbol('codify.job-outcome');

/** A job's result when it should end in a status other than `completed`. */
export interface JobOutcome {
  readonly [OUTCOME]: true;
  readonly status: 'completed' | 'awaiting-review' | 'failed';
  readonly summary: unknown;
  readonly error?: { code: string; message: string };
}

/** End the run as `status` with this summary (e.g. `awaiting-review` when a person must accept). */
export function finishAs(
  status: JobOutcome['status'],
  summary: unknown,
  error?: { code: string; message: string },
): JobOutcome {
  return error === undefined
    ? { [OUTCOME]: true, status, summary }
    : { [OUTCOME]: true, status, summary, error };
}

function isOutcome(value: unknown): value is JobOutcome {
  return typeof value === 'object' && value !== null && OUTCOME in value;
}

/**
 * The work of a run. Resolves with a JSON-serialisable summary (the run becomes `completed`) or a
 * {@link finishAs} outcome; throwing makes it `failed`.
 */
export type Job = (context: JobContext) => Promise<unknown>;

/** A kind of job the server can start by name, registered by a product's routes. */
export interface JobKind<I = unknown> {
  /** Unique, dotted by product: `transform.generate`, `browser.explore`. */
  kind: string;
  /** Validate and normalise raw input; throw a {@link BadRequestError} (or any CodifyError) if bad. */
  parseInput?: (raw: unknown) => I;
  /** The subject the run works on; at most one live run per subject. */
  subjectOf?: (input: I) => string | null;
  run: (context: JobContext, input: I) => Promise<unknown>;
  /**
   * Continue an interrupted or stopped run of this kind under the same run id (its events go on
   * after the last stored seq). Absent: the kind cannot resume; `POST /runs/:id/rerun` starts over.
   */
  resume?: (context: JobContext, input: I) => Promise<unknown>;
  /**
   * Called before a resume is accepted: throw a ConflictError (409) when this run cannot continue
   * (e.g. its input or code changed), saying what to do instead.
   */
  checkResume?: (run: RunRecord, input: I) => void | Promise<void>;
}

/** Recorded first when a run is resumed under its own id. */
export interface RunResumedEvent extends CodifyEvent {
  type: 'run-resumed';
  /** The status it had when it was resumed (`interrupted` or `stopped`). */
  previousStatus: RunStatus;
  /** Seq of the last event stored before the resume. */
  afterSeq: number;
}

/** Statuses from which a run may be resumed. */
export const RESUMABLE_STATUSES: readonly RunStatus[] = ['interrupted', 'stopped'];

export interface StartRunOptions {
  kind: string;
  /** At most one live (queued or running) run per subject; another start gets a ConflictError (409). */
  subjectId?: string | null;
  input?: unknown;
  job: Job;
  /** The run this one repeats. */
  rerunOf?: string | null;
}

/** Told of a run's start (created or resumed) and end; see {@link RunManager.onRunChange}. */
export type RunChangeListener = (run: RunRecord, change: 'started' | 'ended') => void;

export interface RunManagerOptions {
  store: Store;
  /** Runs executing at once; further runs wait as `queued`. Default 2. */
  maxConcurrentRuns?: number;
  /** Applied to every event, summary and error before it is published or stored. */
  redact?: Redactor;
  /** Told when writing events to the store fails (the run goes on; the events stay live-only). */
  onStoreError?: (error: unknown) => void;
}

interface LiveRun {
  id: string;
  kind: string;
  subjectId: string | null;
  input: unknown;
  job: Job;
  bus: EventBus;
  controller: AbortController;
  recorder: LoopRecorder;
  /** Why it is being aborted, once it is. */
  abortReason: 'stop' | 'shutdown' | null;
  started: boolean;
  /** True while it counts against `maxConcurrentRuns`. */
  holdsSlot: boolean;
  finished: boolean;
  settled: Promise<RunRecord>;
  settle: (run: RunRecord) => void;
}

/**
 * Runs jobs as stored runs: creates the run, executes the job (up to `maxConcurrentRuns` at once,
 * the rest queued), publishes its events on a per-run {@link EventBus} while appending them to the
 * store, honours stop requests through an AbortSignal, and refuses a second live run of the same
 * subject. Products register {@link JobKind}s or call {@link RunManager.start} with a job function.
 */
export class RunManager {
  readonly store: Store;
  private readonly maxConcurrent: number;
  private readonly redact: Redactor;
  private readonly live = new Map<string, LiveRun>();
  private readonly bySubject = new Map<string, string>();
  private readonly queue: LiveRun[] = [];
  private readonly kinds = new Map<string, JobKind<unknown>>();
  private running = 0;
  private closing = false;
  private readonly onStoreError: (error: unknown) => void;
  /** Events published but not yet written: written together, in one transaction, on the next turn. */
  private pending: { entry: LiveRun; published: PublishedEvent }[] = [];
  private flushScheduled = false;
  private readonly changeListeners = new Set<RunChangeListener>();

  constructor(options: RunManagerOptions) {
    this.store = options.store;
    this.maxConcurrent = Math.max(1, Math.trunc(options.maxConcurrentRuns ?? 2));
    this.redact = options.redact ?? (<T>(value: T): T => value);
    this.onStoreError = options.onStoreError ?? (() => {});
  }

  /**
   * Write the events published so far to the store. Events are published at once and written in
   * batches (one transaction per turn of the event loop, about ten times cheaper than one each);
   * readers that replay from the store (the SSE route, the history route) call this first, so
   * they never miss an event that was already published.
   */
  flushEvents(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    if (!this.store.isOpen) return;
    const write = ({ entry, published }: { entry: LiveRun; published: PublishedEvent }): void => {
      this.store.appendEvent(entry.id, published.event, { seq: published.seq, at: published.at });
      entry.recorder.observe(published.event, published.at);
    };
    try {
      this.store.transaction(() => batch.forEach(write));
    } catch {
      // One bad write rolled the batch back: write one by one so only the bad ones are lost.
      for (const item of batch) {
        try {
          write(item);
        } catch (error) {
          this.onStoreError(error);
        }
      }
    }
  }

  /**
   * Be told when a run is created or resumed (`started`) and when it has ended (`ended`), e.g. to
   * keep a product's index of its latest run. Listeners must not throw (errors are reported to
   * `onStoreError` and ignored). Returns an unsubscribe function.
   */
  onRunChange(listener: RunChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private notify(run: RunRecord, change: 'started' | 'ended'): void {
    for (const listener of this.changeListeners) {
      try {
        listener(run, change);
      } catch (error) {
        this.onStoreError(error);
      }
    }
  }

  /** Make a job kind startable by name through {@link startKind}. */
  register<I>(kind: JobKind<I>): void {
    if (this.kinds.has(kind.kind)) throw new Error(`Job kind "${kind.kind}" is already registered.`);
    this.kinds.set(kind.kind, kind as JobKind<unknown>);
  }

  /** Names of the registered job kinds. */
  registeredKinds(): string[] {
    return [...this.kinds.keys()].sort();
  }

  /** Start a run of a registered kind, validating its input first. */
  startKind(kind: string, rawInput: unknown, options: { rerunOf?: string } = {}): RunRecord {
    const definition = this.kinds.get(kind);
    if (!definition) {
      throw new BadRequestError(`Unknown job kind "${kind}".`, {
        hint: `Known kinds: ${this.registeredKinds().join(', ') || 'none'}.`,
      });
    }
    const input = definition.parseInput ? definition.parseInput(rawInput) : rawInput;
    return this.start({
      kind,
      subjectId: definition.subjectOf?.(input) ?? null,
      input,
      job: (context) => definition.run(context, input),
      rerunOf: options.rerunOf ?? null,
    });
  }

  /**
   * Start a new run with the kind and input of an ended one (e.g. one interrupted by a restart).
   * The new run records `rerunOf`. ConflictError if the run is still live or its kind is not
   * registered in this server; RunNotFoundError if there is no such run.
   */
  rerun(runId: string): RunRecord {
    const previous = this.get(runId);
    if (this.live.has(runId)) {
      throw new ConflictError(`Run ${runId} is still in progress.`, {
        hint: `Stop it first with POST /api/v1/runs/${runId}/stop.`,
      });
    }
    if (!this.kinds.has(previous.kind)) {
      throw new ConflictError(
        `Runs of kind "${previous.kind}" cannot be rerun here: no such job kind is registered.`,
        {
          hint: 'Start it again through the route that created it.',
        },
      );
    }
    return this.startKind(previous.kind, previous.input, { rerunOf: runId });
  }

  /**
   * Create a run and schedule its job. Returns the stored run (`running`, or `queued` when all
   * slots are busy). Throws ConflictError when the subject already has a live run.
   */
  start(options: StartRunOptions): RunRecord {
    if (this.closing) throw new ShuttingDownError();
    const subjectId = options.subjectId ?? null;
    if (subjectId !== null) {
      const current = this.bySubject.get(subjectId);
      if (current !== undefined) {
        throw new ConflictError(`Subject "${subjectId}" already has a run in progress (${current}).`, {
          hint: `Wait for it to finish, or stop it with POST /api/v1/runs/${current}/stop.`,
        });
      }
    }
    const record = this.store.createRun({
      kind: options.kind,
      subjectId,
      input: this.redact(options.input),
      status: 'queued',
      rerunOf: options.rerunOf ?? null,
    });
    return this.enqueue(record, { subjectId, input: options.input, job: options.job, firstSeq: 1 });
  }

  /**
   * Continue an `interrupted` or `stopped` run under its own id, through its kind's `resume`:
   * the run goes back to `queued`/`running`, records a `run-resumed` event, and its events go on
   * after the last stored seq (so an SSE client's Last-Event-ID stays valid). ConflictError (409)
   * when the run is live or ended otherwise, when its kind is not registered or cannot resume, when
   * the kind's check refuses, or when its subject has another live run; RunNotFoundError if unknown.
   */
  async resume(runId: string): Promise<RunRecord> {
    const before = this.get(runId);
    const definition = this.resumableKind(before);
    const input = definition.parseInput ? definition.parseInput(before.input) : before.input;
    await definition.checkResume?.(before, input);
    // The check may have waited: look again before committing (a second resume may have won).
    const run = this.get(runId);
    this.resumableKind(run);
    if (this.closing) throw new ShuttingDownError();
    const subjectId = run.subjectId;
    if (subjectId !== null) {
      const current = this.bySubject.get(subjectId);
      if (current !== undefined) {
        throw new ConflictError(`Subject "${subjectId}" already has a run in progress (${current}).`, {
          hint: `Wait for it to finish, or stop it with POST /api/v1/runs/${current}/stop.`,
        });
      }
    }
    this.flushEvents();
    const afterSeq = this.store.lastEventSeq(runId);
    const resume = definition.resume;
    if (!resume) throw new Error('unreachable: resumableKind checked it');
    this.store.updateRunStatus(runId, 'queued', { summary: null, error: null });
    return this.enqueue(this.get(runId), {
      subjectId,
      input,
      job: (context) => resume(context, input),
      firstSeq: afterSeq + 1,
      prelude: { type: 'run-resumed', previousStatus: run.status, afterSeq } satisfies RunResumedEvent,
    });
  }

  /** The run's kind, if the run can be resumed now; ConflictError saying why not otherwise. */
  private resumableKind(run: RunRecord): JobKind<unknown> {
    if (this.live.has(run.id)) {
      throw new ConflictError(`Run ${run.id} is still in progress.`, {
        hint: 'Only interrupted or stopped runs can be resumed.',
      });
    }
    if (!RESUMABLE_STATUSES.includes(run.status)) {
      throw new ConflictError(
        `Run ${run.id} is ${run.status}; only interrupted or stopped runs can be resumed.`,
        {
          hint: `Start it again from the beginning with POST /api/v1/runs/${run.id}/rerun.`,
        },
      );
    }
    const definition = this.kinds.get(run.kind);
    if (!definition?.resume) {
      throw new ConflictError(
        definition
          ? `Runs of kind "${run.kind}" cannot be resumed; rerun it from the start instead.`
          : `Runs of kind "${run.kind}" cannot be resumed here: no such job kind is registered.`,
        { hint: `Rerun it from the beginning with POST /api/v1/runs/${run.id}/rerun.` },
      );
    }
    return definition;
  }

  /** Make a stored run live: its bus, its subject, its place in the queue. */
  private enqueue(
    record: RunRecord,
    options: { subjectId: string | null; input: unknown; job: Job; firstSeq: number; prelude?: CodifyEvent },
  ): RunRecord {
    const { subjectId } = options;
    let settle: (run: RunRecord) => void = () => {};
    const settled = new Promise<RunRecord>((resolve) => (settle = resolve));
    const entry: LiveRun = {
      id: record.id,
      kind: record.kind,
      subjectId,
      input: options.input,
      job: options.job,
      bus: new EventBus({ firstSeq: options.firstSeq }),
      controller: new AbortController(),
      recorder: new LoopRecorder(this.store, record.id),
      abortReason: null,
      started: false,
      holdsSlot: false,
      finished: false,
      settled,
      settle,
    };
    this.live.set(entry.id, entry);
    if (subjectId !== null) this.bySubject.set(subjectId, entry.id);
    if (options.prelude) this.publish(entry, options.prelude);
    this.publish(entry, { type: 'run-status', status: 'queued' } satisfies RunStatusEvent);
    this.queue.push(entry);
    const stored = this.store.requireRun(entry.id);
    this.notify(stored, 'started');
    this.pump();
    return this.store.requireRun(entry.id);
  }

  /** The stored run; RunNotFoundError if unknown. */
  get(runId: string): RunRecord {
    return this.store.requireRun(runId);
  }

  /** True while the run is queued or running in this process. */
  isLive(runId: string): boolean {
    return this.live.has(runId);
  }

  /** Ids of the runs queued or running in this process. */
  liveRunIds(): string[] {
    return [...this.live.keys()];
  }

  /** The live run's event bus, or undefined once it has ended (read its history from the store). */
  eventsOf(runId: string): EventBus | undefined {
    return this.live.get(runId)?.bus;
  }

  /** The id of the subject's live run, if any. */
  liveRunOf(subjectId: string): string | undefined {
    return this.bySubject.get(subjectId);
  }

  /** Resolves with the stored run once it has ended (at once if it is not live). */
  async waitFor(runId: string): Promise<RunRecord> {
    const entry = this.live.get(runId);
    return entry ? entry.settled : this.get(runId);
  }

  /**
   * Ask a run to stop: a queued run ends `stopped` at once; a running one has its signal aborted and
   * ends `stopped` when its job returns. Waits up to `graceMs` for that and returns the run as it is
   * then. ConflictError if the run has already ended; RunNotFoundError if there is no such run.
   */
  async stop(runId: string, options: { graceMs?: number } = {}): Promise<RunRecord> {
    const entry = this.live.get(runId);
    if (!entry) {
      const run = this.get(runId);
      throw new ConflictError(`Run ${runId} is not in progress (it is ${run.status}).`, {
        hint: 'Only queued or running runs can be stopped.',
      });
    }
    this.abort(entry, 'stop');
    return this.settleWithin(entry, options.graceMs ?? 5_000);
  }

  /**
   * Stop everything for a shutdown: no new runs are accepted, live runs are aborted and end as
   * `interrupted` (so they can be rerun after a restart). Waits up to `graceMs` for jobs to return,
   * then marks any stragglers interrupted anyway. Returns the runs it interrupted.
   */
  async shutdown(options: { graceMs?: number } = {}): Promise<RunRecord[]> {
    this.closing = true;
    const entries = [...this.live.values()];
    for (const entry of entries) this.abort(entry, 'shutdown');
    const graceMs = options.graceMs ?? 5_000;
    const results = await Promise.all(entries.map((entry) => this.settleWithin(entry, graceMs)));
    for (const entry of entries) {
      if (!entry.finished) this.finish(entry, { status: 'interrupted', summary: null, error: null });
    }
    this.flushEvents();
    return results.map((run) => (this.store.isOpen ? (this.store.getRun(run.id) ?? run) : run));
  }

  // ---- internals ----

  private abort(entry: LiveRun, reason: 'stop' | 'shutdown'): void {
    if (entry.abortReason === null) entry.abortReason = reason;
    if (!entry.started) {
      this.queue.splice(this.queue.indexOf(entry), 1);
      this.finish(entry, {
        status: reason === 'stop' ? 'stopped' : 'interrupted',
        summary: null,
        error: null,
      });
      return;
    }
    entry.controller.abort(
      new CancelledError(reason === 'stop' ? 'The run was stopped.' : 'The server is shutting down.'),
    );
  }

  private async settleWithin(entry: LiveRun, graceMs: number): Promise<RunRecord> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), graceMs)));
    const settled = await Promise.race([entry.settled, timeout]);
    clearTimeout(timer);
    if (settled) return settled;
    return this.store.isOpen ? this.get(entry.id) : { ...placeholderRecord(entry), status: 'running' };
  }

  private pump(): void {
    while (this.running < this.maxConcurrent && this.queue.length > 0) {
      const entry = this.queue.shift();
      if (entry) this.execute(entry).catch((error: unknown) => this.abandon(entry, error));
    }
  }

  private async execute(entry: LiveRun): Promise<void> {
    this.running++;
    entry.holdsSlot = true;
    entry.started = true;
    this.store.updateRunStatus(entry.id, 'running');
    this.publish(entry, { type: 'run-status', status: 'running' } satisfies RunStatusEvent);
    const context: JobContext = {
      runId: entry.id,
      signal: entry.controller.signal,
      get abortReason() {
        return entry.abortReason;
      },
      input: entry.input,
      store: this.store,
      emit: (event) => {
        if (entry.finished)
          throw new CodifyError('run-ended', `Run ${entry.id} has ended; its events are closed.`);
        return this.publish(entry, event);
      },
    };
    let ending: { status: RunStatus; summary: unknown; error: { code: string; message: string } | null };
    try {
      // Run the job on a later tick so a job that throws synchronously still fails the run cleanly.
      const result = await Promise.resolve().then(() => entry.job(context));
      const outcome = isOutcome(result) ? result : finishAs('completed', result);
      ending = { status: outcome.status, summary: outcome.summary ?? null, error: outcome.error ?? null };
    } catch (error) {
      ending = { status: 'failed', summary: null, error: describeError(error) };
    }
    this.running--;
    entry.holdsSlot = false;
    if (entry.finished) {
      // Shutdown gave up waiting and already marked it; keep that record.
      this.pump();
      return;
    }
    if (entry.abortReason !== null) {
      ending = {
        status: entry.abortReason === 'stop' ? 'stopped' : 'interrupted',
        summary: ending.summary,
        // Jobs typically throw an abort error when stopped; that is the stop, not a failure.
        error: null,
      };
    }
    this.finish(entry, ending);
    this.pump();
  }

  /** The bookkeeping itself failed (e.g. the store broke): free the run's slot and subject, report it. */
  private abandon(entry: LiveRun, error: unknown): void {
    this.onStoreError(error);
    // It may have got halfway through finishing; every step below is safe to repeat, and settling
    // an already settled run changes nothing.
    entry.finished = true;
    this.live.delete(entry.id);
    if (entry.subjectId !== null && this.bySubject.get(entry.subjectId) === entry.id) {
      this.bySubject.delete(entry.subjectId);
    }
    if (entry.holdsSlot) {
      entry.holdsSlot = false;
      this.running--;
    }
    entry.settle({ ...placeholderRecord(entry), status: 'failed', error: describeError(error) });
    this.pump();
  }

  /** Record the end: the final event, then the stored status; frees the subject. */
  private finish(
    entry: LiveRun,
    ending: { status: RunStatus; summary: unknown; error: { code: string; message: string } | null },
  ): void {
    let summary = this.redact(ending.summary ?? null);
    let error = this.redact(ending.error);
    try {
      JSON.stringify(summary);
    } catch (cause) {
      // A summary the store cannot keep must not leave the run `running` forever.
      summary = null;
      error ??= {
        code: 'bad-summary',
        message: `The job's summary is not JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
      };
      if (ending.status === 'completed' || ending.status === 'awaiting-review')
        ending = { ...ending, status: 'failed' };
    }
    try {
      this.publish(entry, {
        type: RUN_FINISHED,
        status: ending.status,
        summary,
        error,
      } satisfies RunFinishedEvent);
    } catch {
      // The store may already be closed when a straggler ends after shutdown; the status below still tries.
    }
    // The history is complete before the status says the run has ended.
    this.flushEvents();
    entry.finished = true;
    this.live.delete(entry.id);
    if (entry.subjectId !== null && this.bySubject.get(entry.subjectId) === entry.id) {
      this.bySubject.delete(entry.subjectId);
    }
    let record: RunRecord;
    try {
      record = this.store.updateRunStatus(entry.id, ending.status, { summary, error });
    } catch (storeError) {
      if (storeError instanceof RunNotFoundError || !this.store.isOpen) {
        record = { ...placeholderRecord(entry), status: ending.status, summary, error };
      } else throw storeError;
    }
    entry.settle(record);
    this.notify(record, 'ended');
  }

  private publish(entry: LiveRun, event: CodifyEvent): StoredEvent {
    const clean = this.redact(event);
    const published: PublishedEvent = entry.bus.publish(clean);
    this.pending.push({ entry, published });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flushEvents();
      });
    }
    return { runId: entry.id, ...published };
  }
}

function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof CodifyError) return { code: error.code, message: error.describe() };
  if (error instanceof Error) return { code: 'job-error', message: error.message || error.name };
  return { code: 'job-error', message: String(error) };
}

function placeholderRecord(entry: LiveRun): RunRecord {
  const now = new Date().toISOString();
  return {
    id: entry.id,
    kind: entry.kind,
    subjectId: entry.subjectId,
    status: 'interrupted',
    createdAt: now,
    startedAt: null,
    endedAt: now,
    updatedAt: now,
    input: null,
    summary: null,
    error: null,
    rerunOf: null,
  };
}
