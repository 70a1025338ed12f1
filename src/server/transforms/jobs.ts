import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CodifyEvent } from '../../core/events/types.ts';
import {
  CodeChangedError,
  checkRunResumable,
  checkpointPath,
  loadService,
  runToFiles,
} from '../../transform/index.ts';
import type {
  LoadServiceOptions,
  RunFiles as RunFilesRequest,
  RunToFilesSummary,
  ServiceBuildResult,
  TransformEvent,
} from '../../transform/index.ts';
import type { ServerContext } from '../context.ts';
import { recordBuildExchanges } from '../exchanges/exchanges.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
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
  })
  .strict();
export type BuildJobInput = z.infer<typeof BuildJobInput>;

export const RunJobInput = z
  .object({
    service: ServiceName,
    /** The uploaded file, relative to the data directory (`uploads/<id>/<file>`). */
    upload: z.string().regex(/^uploads\/[a-f0-9-]{36}\/input\.(json|jsonl|csv)$/),
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
      const unsubscribe = service.events.subscribe(({ event }) => context.emit(event));
      let result: ServiceBuildResult;
      try {
        result = await service.build({
          signal: context.signal,
          ...(input.model ? { model: input.model } : {}),
          ...(input.maxAttempts ? { maxAttempts: input.maxAttempts } : {}),
        });
      } finally {
        unsubscribe();
      }
      // The service's attempt folders are overwritten by its next build: keep this run's exchanges.
      const exchanges = await recordBuildExchanges(
        server.dataPath(`${RUNS_FOLDER}/${context.runId}`),
        result.attemptDirs,
      );
      const summary = { ...buildSummary(result, dir), exchanges };
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
 * Runs the transform over the upload into the run's files ({@link runToFiles}: checkpointed, so a
 * resume continues after the last checkpoint with every record written exactly once). This
 * adapter adds what the server shows: events forwarded to the run (progress throttled and
 * counted over the whole input of a resumed run).
 */
async function executeRun(
  server: ServerContext,
  options: TransformJobOptions,
  context: JobContext,
  input: RunJobInput,
  resume: boolean,
): Promise<unknown> {
  const interval = options.progressIntervalMs ?? 250;
  const dir = requireServiceDir(server, input.service);
  if (!existsSync(server.dataPath(input.upload))) {
    throw new NotFoundError(`The uploaded input ${input.upload} is gone.`, {
      hint: 'Upload the file again with POST /api/v1/services/:name/runs.',
    });
  }
  const service = await loadService(dir, loadOptionsFor(server, options));
  const skipped = { records: 0, ok: 0, errors: 0 };
  let lastProgressAt = 0;
  let lastProgress: CodifyEvent | null = null;
  const unsubscribe = service.events.subscribe(({ event }) => {
    if (event.type === 'resume-point') {
      Object.assign(skipped, { records: event.fromRecord, ok: event.recordsOut, errors: event.errors });
      const { fromRecord, recordsOut, errors, reason } = event;
      context.emit({ type: 'resume-point', fromRecord, recordsOut, errors, reason });
      return;
    }
    if (event.type !== 'run-progress') {
      context.emit(event);
      return;
    }
    // Throttled; the last progress is always told, however the throttle fell.
    lastProgress = withOffset(event, skipped);
    const now = Date.now();
    if (now - lastProgressAt < interval) return;
    lastProgressAt = now;
    context.emit(lastProgress);
    lastProgress = null;
  });
  let summary: RunToFilesSummary;
  try {
    summary = await runToFiles(service, {
      ...runFilesOf(server, context.runId, input),
      resume,
      signal: context.signal,
      run: {
        ...(input.frozen !== undefined ? { frozen: input.frozen } : {}),
        ...(input.model ? { model: input.model } : {}),
      },
    });
  } finally {
    unsubscribe();
    if (lastProgress) context.emit(lastProgress);
  }
  return summary;
}

/** The jobs' load options, with model keys and base URLs read from the server's environment. */
function loadOptionsFor(server: ServerContext, options: TransformJobOptions): LoadServiceOptions {
  const given = options.loadOptions ?? {};
  return { ...given, modelOptions: { env: server.env, ...given.modelOptions } };
}

/** A `run-progress` event counted over the whole input of a resumed run. */
function withOffset(
  event: Extract<TransformEvent, { type: 'run-progress' }>,
  skipped: { records: number; ok: number; errors: number },
): CodifyEvent {
  if (skipped.records === 0) return event;
  return {
    ...event,
    processed: event.processed + skipped.records,
    ok: event.ok + skipped.ok,
    errors: event.errors + skipped.errors,
  };
}
