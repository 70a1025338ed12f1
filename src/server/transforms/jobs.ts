import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CodifyError } from '../../core/errors.ts';
import type { JobQueue } from '../../core/jobs/types.ts';
import {
  CodeChangedError,
  RUN_JOB_KIND,
  answerOpenQuestionsWithModel,
  checkRunResumable,
  checkpointPath,
  detectFormat,
  loadService,
  readSample,
} from '../../transform/index.ts';
import type {
  LoadServiceOptions,
  ModelAnswersResult,
  RunFiles as RunFilesRequest,
  RunJobData,
  RunJobProgress,
  ServiceBuildResult,
} from '../../transform/index.ts';
import type { ServerContext } from '../context.ts';
import { recordBuildExchanges } from '../exchanges/exchanges.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { SampleRefBody, UPLOAD_PATH_PATTERN } from '../schemas.ts';
import { finishAs } from '../run-manager.ts';
import type { JobContext, JobKind } from '../run-manager.ts';
import { SERVICE_NAME_PATTERN, requireServiceDir, serviceSubject } from './service-dir.ts';

export const TRANSFORM_BUILD_KIND = 'transform-build';
export const TRANSFORM_RUN_KIND = 'transform-run';

/** Folder under the data directory for per-run files (`<runId>/output.jsonl`, `errors.jsonl`). */
export const RUNS_FOLDER = 'runs';
/** Folder under the data directory for uploaded inputs; kept so a run can be rerun. */
export const UPLOADS_FOLDER = 'uploads';

const ServiceName = z.string().regex(SERVICE_NAME_PATTERN, 'must be a valid service name');

export const BuildJobInput = z
  .object({
    service: ServiceName,
    model: z.string().min(1).max(200).optional(),
    maxAttempts: z.number().int().min(1).max(50).optional(),
    /** A sample of the input to come: an upload under the data directory (never a client's path). */
    sample: SampleRefBody.optional(),
    /** Let the model answer the open questions first (they become model-labeled examples), then build. */
    modelAnswers: z.literal(true).optional(),
  })
  .strict();
export type BuildJobInput = z.infer<typeof BuildJobInput>;

export const RunJobInput = z
  .object({
    service: ServiceName,
    /** The uploaded file, relative to the data directory (`uploads/<id>/<file>`). */
    upload: z.string().regex(UPLOAD_PATH_PATTERN),
    format: z.enum(['json', 'jsonl', 'csv']),
    fileName: z.string().max(300).optional(),
    frozen: z.boolean().optional(),
    model: z.string().min(1).max(200).optional(),
  })
  .strict();
export type RunJobInput = z.infer<typeof RunJobInput>;

/** Options for the jobs, mostly so tests can pass a sandbox or synthesizer. */
export interface TransformJobOptions {
  loadOptions?: LoadServiceOptions;
  /** Least time between two forwarded `run-progress` events (default 250 ms). */
  progressIntervalMs?: number;
  /**
   * Where transform runs go: by default a worker thread of this process (with `loadOptions`,
   * which cannot cross a thread, an in-process queue); `codify serve --queue` passes BullMQ.
   */
  queue?: JobQueue;
}

/** A build's summary: what a person needs to judge it (the attempts are in the run's attempts). */
export function buildSummary(result: ServiceBuildResult, dir: string) {
  return {
    status: result.status,
    reason: result.reason,
    attempts: result.attempts,
    builtBy: result.builtBy,
    wrote: result.wrote === null ? null : path.relative(dir, result.wrote),
    report: result.report,
    ...(result.schemaViolations ? { schemaViolations: result.schemaViolations } : {}),
    ...(result.diff !== undefined ? { diff: result.diff } : {}),
    ...(result.ambiguity
      ? {
          ambiguity: {
            checked: result.ambiguity.checked,
            ambiguous: result.ambiguity.ambiguous,
            byField: result.ambiguity.byField,
            questions: result.ambiguity.questions.length,
            ...(result.ambiguity.reasons ? { reasons: result.ambiguity.reasons } : {}),
            ...(result.ambiguity.thinBranches ? { thinBranches: result.ambiguity.thinBranches } : {}),
          },
        }
      : {}),
    ...(result.unfit ? { unfit: result.unfit } : {}),
  };
}

type ModelAnswered = Pick<ModelAnswersResult, 'asked' | 'added' | 'unanswered'>;

/**
 * What a build's summary says of the model's answers, before the build ("Let the model answer")
 * and during it (a configured model answers the questions it finds): the examples to review, and
 * what stays open. Null when the model answered nothing.
 */
function modelAnswersSummary(...rounds: (ModelAnswered | null | undefined)[]) {
  const given = rounds.filter((round): round is ModelAnswered => round !== null && round !== undefined);
  if (given.length === 0) return null;
  return {
    asked: given.reduce((sum, round) => sum + round.asked, 0),
    added: given.flatMap((round) => round.added.map(({ input, output }) => ({ input, output }))),
    unanswered: given.flatMap((round) => round.unanswered),
  };
}

/**
 * Reads a build's sample: the server's own upload (the name was checked against the uploads
 * pattern, so it cannot point elsewhere), with the run's readers.
 */
async function readBuildSample(server: ServerContext, sample: z.infer<typeof SampleRefBody>) {
  const file = server.dataPath(sample.upload);
  if (!existsSync(file)) {
    throw new NotFoundError(`The sample ${sample.upload} is gone.`, {
      hint: 'Upload it again with POST /api/v1/services/:name/samples.',
    });
  }
  const read = await readSample(file, { format: detectFormat(file) });
  return {
    records: read.records,
    summary: {
      ...(sample.fileName ? { fileName: sample.fileName } : {}),
      records: read.records.length,
      skipped: read.skipped,
      truncated: read.truncated,
    },
  };
}

export function transformBuildKind(
  server: ServerContext,
  options: TransformJobOptions = {},
): JobKind<BuildJobInput> {
  return {
    kind: TRANSFORM_BUILD_KIND,
    parseInput: (raw) => BuildJobInput.parse(raw),
    subjectOf: (input) => serviceSubject(input.service),
    run: async (context, input) => {
      const dir = requireServiceDir(server, input.service);
      const service = await loadService(dir, loadOptionsFor(server, options));
      const sample = input.sample ? await readBuildSample(server, input.sample) : null;
      const unsubscribe = service.events.subscribe(({ event }) => context.emit(event));
      let result: ServiceBuildResult;
      let answers: ModelAnswersResult | null = null;
      try {
        if (input.modelAnswers) {
          answers = await answerOpenQuestionsWithModel(service, {
            signal: context.signal,
            ...(input.model ? { model: input.model } : {}),
          });
          // The usage table counts these calls with the run's (they are tied to no attempt).
          for (const usage of answers.usage) context.emit({ type: 'usage', usage });
          context.signal.throwIfAborted();
        }
        result = await service.build({
          signal: context.signal,
          ...(input.model ? { model: input.model } : {}),
          ...(input.maxAttempts ? { maxAttempts: input.maxAttempts } : {}),
          ...(sample ? { sample: sample.records } : {}),
        });
      } finally {
        unsubscribe();
      }
      // The model's answers during the build are no loop attempt: their calls are counted here.
      for (const usage of result.modelAnswers?.usage ?? []) context.emit({ type: 'usage', usage });
      // The service's attempt folders are overwritten by its next build: keep this run's exchanges.
      const exchanges = await recordBuildExchanges(
        server.dataPath(`${RUNS_FOLDER}/${context.runId}`),
        result.attemptDirs,
      );
      const modelAnswers = modelAnswersSummary(answers, result.modelAnswers);
      const summary = {
        ...buildSummary(result, dir),
        exchanges,
        ...(sample ? { sample: sample.summary } : {}),
        ...(modelAnswers ? { modelAnswers } : {}),
      };
      context.signal.throwIfAborted();
      if (result.status === 'passed' || result.status === 'up-to-date') {
        // A rebuild of a hand-edited transform.ts waits in transform.next.ts for a person.
        const toReview = result.wrote !== null && path.basename(result.wrote) !== 'transform.ts';
        return toReview ? finishAs('awaiting-review', summary) : summary;
      }
      if (result.status === 'schema-conflict') return finishAs('awaiting-review', summary);
      return finishAs('failed', summary, { code: `build-${result.status}`, message: result.reason });
    },
  };
}

export function transformRunKind(
  server: ServerContext,
  options: TransformJobOptions = {},
): JobKind<RunJobInput> {
  return {
    kind: TRANSFORM_RUN_KIND,
    parseInput: (raw) => RunJobInput.parse(raw),
    subjectOf: (input) => serviceSubject(input.service),
    run: (context, input) => executeRun(server, options, context, input, false),
    resume: (context, input) => executeRun(server, options, context, input, true),
    checkResume: (run, input) => checkResumeOf(server, run.id, input),
  };
}

/** Where a transform run writes: `<data>/runs/<runId>/output.jsonl`, `errors.jsonl` and the checkpoint. */
export function runFiles(server: ServerContext, runId: string) {
  const dir = server.dataPath(`${RUNS_FOLDER}/${runId}`);
  const output = path.join(dir, 'output.jsonl');
  return { dir, output, errors: path.join(dir, 'errors.jsonl'), checkpoint: checkpointPath(output) };
}

/** The files of a run: its upload in, `output.jsonl` and `errors.jsonl` out. */
function runFilesOf(server: ServerContext, runId: string, input: RunJobInput): RunFilesRequest {
  const files = runFiles(server, runId);
  return {
    input: server.dataPath(input.upload),
    format: input.format,
    outputPath: files.output,
    errorsPath: files.errors,
  };
}

/**
 * A resume can continue from the checkpoint only while the input and code are those the run
 * started with; otherwise the files would mix two datasets or two code versions (409, rerun).
 */
async function checkResumeOf(server: ServerContext, runId: string, input: RunJobInput): Promise<void> {
  if (!existsSync(server.dataPath(input.upload))) {
    throw new ConflictError(`The uploaded input ${input.upload} of run ${runId} is gone.`, {
      hint: 'Upload the file again with POST /api/v1/services/:name/runs.',
    });
  }
  const dir = requireServiceDir(server, input.service);
  const rerun = `Start it again from the first record with POST /api/v1/runs/${runId}/rerun.`;
  try {
    await checkRunResumable(dir, runFilesOf(server, runId, input));
  } catch (failure) {
    if (failure instanceof CodeChangedError) {
      throw new ConflictError(
        `transform.ts or schema.json of service "${input.service}" changed since run ${runId} stopped; continuing would mix outputs of two code versions.`,
        { hint: rerun },
      );
    }
    throw new ConflictError(`Run ${runId} cannot continue: ${(failure as Error).message}`, { hint: rerun });
  }
}

/**
 * Runs the transform over the upload into the run's files as a {@link RUN_JOB_KIND} job on the
 * server's job queue (a worker thread of this process by default, or `codify worker` processes on
 * Redis): the record pipeline never runs on the server's event loop. The job is
 * {@link runToFiles} (checkpointed: a resume continues after the last checkpoint with every
 * record written exactly once); its events come back through the queue to the run (SSE and
 * history). A stop cancels the job; a server shutdown leaves a job on a shared queue running, and
 * the next server re-attaches to it (see {@link reattachRuns}).
 */
async function executeRun(
  server: ServerContext,
  options: TransformJobOptions,
  context: JobContext,
  input: RunJobInput,
  resume: boolean,
): Promise<unknown> {
  const queue = options.queue;
  if (!queue) throw new Error('transform runs need a job queue (createTransformRoutes makes one)');
  const dir = requireServiceDir(server, input.service);
  if (!existsSync(server.dataPath(input.upload))) {
    throw new NotFoundError(`The uploaded input ${input.upload} is gone.`, {
      hint: 'Upload the file again with POST /api/v1/services/:name/runs.',
    });
  }
  const data: RunJobData = {
    serviceDir: dir,
    ...runFilesOf(server, context.runId, input),
    resume,
    ...(input.frozen !== undefined ? { frozen: input.frozen } : {}),
    ...(input.model ? { model: input.model } : {}),
    ...(options.progressIntervalMs !== undefined ? { progressIntervalMs: options.progressIntervalMs } : {}),
  };
  const jobId = jobIdFor(server, context.runId, queue, resume);
  context.emit({ type: JOB_SUBMITTED, jobId, where: queue.where } satisfies JobSubmittedEvent);
  // A stop cancels the job; a shutdown only stops waiting when the job runs elsewhere.
  const cancel = new AbortController();
  const detach = new AbortController();
  const onAbort = () => {
    if (context.abortReason === 'shutdown' && queue.where !== 'embedded') {
      context.emit({ type: JOB_DETACHED, jobId });
      detach.abort(context.signal.reason);
    } else cancel.abort(context.signal.reason);
  };
  if (context.signal.aborted) onAbort();
  else context.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const [outcome] = await queue.submit([{ kind: RUN_JOB_KIND, id: jobId, data }], {
      onProgress: (_id, value) => {
        const { event } = value as RunJobProgress;
        if (!event || typeof event.type !== 'string') return;
        // The wire shape of a resume point is what the web reads; the product's `checkpoint` flag stays inside.
        if (event.type === 'resume-point') {
          const { checkpoint: _inside, ...wire } = event;
          context.emit(wire);
        } else context.emit(event);
      },
      signal: cancel.signal,
      detach: detach.signal,
    });
    if (!outcome) throw new Error('the job queue returned no outcome');
    if (!outcome.ok) throw new CodifyError('run-failed', outcome.error);
    return outcome.result;
  } finally {
    context.signal.removeEventListener('abort', onAbort);
  }
}

/** Recorded when a run's job is handed to the queue: which job, on which queue. */
export const JOB_SUBMITTED = 'job-submitted';
/** Recorded when the server shut down and left the run's job running on the queue. */
export const JOB_DETACHED = 'job-detached';

interface JobSubmittedEvent {
  type: typeof JOB_SUBMITTED;
  jobId: string;
  where: string;
}

/**
 * The job id of this submission. On a shared queue a resume reuses the run's last job id: the
 * queue then re-attaches to that job if it is still there (running, or finished while no server
 * watched), or runs it again from the checkpoint if it failed or was stopped: one job per run at
 * a time, never two writing the same files. In-process, every submission is new.
 */
function jobIdFor(server: ServerContext, runId: string, queue: JobQueue, resume: boolean): string {
  if (!resume) return runId;
  if (queue.where !== 'embedded') {
    const previous = lastSubmission(server, runId);
    if (previous?.where === queue.where) return previous.jobId;
  }
  return `${runId}.${server.store.lastEventSeq(runId) + 1}`;
}

function lastSubmission(server: ServerContext, runId: string): JobSubmittedEvent | null {
  let found: JobSubmittedEvent | null = null;
  for (const { event } of server.store.listEvents(runId)) {
    if (event.type === JOB_SUBMITTED) found = event as unknown as JobSubmittedEvent;
  }
  return found;
}

/**
 * At startup, on a shared queue: transform runs the last server left to workers (it shut down
 * and detached, or died) are resumed under their own ids, which re-attaches them to their jobs.
 * Returns the ids resumed; a run that cannot resume stays interrupted (the log says why).
 */
export async function reattachRuns(
  server: ServerContext,
  queue: JobQueue,
  onFailure: (runId: string, error: unknown) => void,
): Promise<string[]> {
  if (queue.where === 'embedded') return [];
  const resumed: string[] = [];
  const candidates = server.store.listRuns({ kind: TRANSFORM_RUN_KIND, status: 'interrupted', limit: 1000 });
  for (const run of candidates) {
    // After the run's last submission on this queue: did a server leave the job out there?
    let submitted = false;
    let detached = false;
    let left = false;
    for (const { event } of server.store.listEvents(run.id)) {
      if (event.type === JOB_SUBMITTED) {
        submitted = (event as unknown as JobSubmittedEvent).where === queue.where;
        detached = false;
        left = true; // Until an end is seen: a server that died leaves none.
      } else if (event.type === JOB_DETACHED) detached = true;
      else if (event.type === 'run-finished') left = detached;
    }
    if (!submitted || !left) continue;
    try {
      await server.runs.resume(run.id);
      resumed.push(run.id);
    } catch (error) {
      onFailure(run.id, error);
    }
  }
  return resumed;
}

/** The jobs' load options, with model keys and base URLs read from the server's environment. */
export function loadOptionsFor(server: ServerContext, options: TransformJobOptions): LoadServiceOptions {
  const given = options.loadOptions ?? {};
  return { ...given, modelOptions: { env: server.env, ...given.modelOptions } };
}
