import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CodifyEvent } from '../../core/events/types.ts';
import {
  CheckpointedWriter,
  checkResumable,
  checkpointPath,
  codeFingerprint,
  describeInput,
  readCheckpoint,
  skipRecords,
  type RunCheckpoint,
} from '../../transform/run/checkpoint.ts';
import { fileSource } from '../../transform/run/sources.ts';
import type { RunSummary } from '../../transform/run/run.ts';
import type { TransformEvent } from '../../transform/events.ts';
import { loadService } from '../../transform/service.ts';
import type { LoadServiceOptions, ServiceBuildResult, TransformService } from '../../transform/service.ts';
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

/**
 * The transform service's own `run-finished` would collide with the run manager's final event of
 * the same name; its content is the run's summary anyway.
 */
const NOT_FORWARDED = new Set(['run-finished']);

/** Forwards a service's events to the run (loop events fill the attempts and usage tables). */
function forwardEvents(
  service: TransformService,
  context: JobContext,
  filter: (event: TransformEvent) => boolean = () => true,
  map: (event: TransformEvent) => CodifyEvent = (event) => event as CodifyEvent,
): () => void {
  return service.events.subscribe(({ event }) => {
    if (NOT_FORWARDED.has(event.type) || !filter(event)) return;
    context.emit(map(event));
  });
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
      const unsubscribe = forwardEvents(service, context);
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
    checkResume: (run, input) => checkRunResumable(server, run.id, input),
  };
}

/** Where a transform run writes: `<data>/runs/<runId>/output.jsonl`, `errors.jsonl` and the checkpoint. */
export function runFiles(server: ServerContext, runId: string) {
  const dir = server.dataPath(`${RUNS_FOLDER}/${runId}`);
  const output = path.join(dir, 'output.jsonl');
  return { dir, output, errors: path.join(dir, 'errors.jsonl'), checkpoint: checkpointPath(output) };
}

/** Results between two checkpoints (lines fsynced, then the checkpoint renamed into place). */
const CHECKPOINT_EVERY = 2000;

/**
 * A resume can continue from the checkpoint only while the input and code are those the run
 * started with; otherwise the files would mix two datasets or two code versions (409, rerun).
 */
async function checkRunResumable(server: ServerContext, runId: string, input: RunJobInput): Promise<void> {
  const upload = server.dataPath(input.upload);
  if (!existsSync(upload)) {
    throw new ConflictError(`The uploaded input ${input.upload} of run ${runId} is gone.`, {
      hint: 'Upload the file again with POST /api/v1/services/:name/runs.',
    });
  }
  const dir = requireServiceDir(server, input.service);
  const files = runFiles(server, runId);
  let checkpoint: RunCheckpoint | null;
  try {
    checkpoint = await readCheckpoint(files.checkpoint);
    if (!checkpoint) return; // Nothing durable yet: the resume starts from the first record.
    await checkResumable(checkpoint, {
      input: await describeInput(upload, input.format),
      outputPath: files.output,
      errorsPath: files.errors,
    });
  } catch (failure) {
    throw new ConflictError(`Run ${runId} cannot continue: ${(failure as Error).message}`, {
      hint: `Start it again from the first record with POST /api/v1/runs/${runId}/rerun.`,
    });
  }
  if ((await codeFingerprint(dir)) !== checkpoint.codeHash) {
    throw new ConflictError(
      `transform.ts or schema.json of service "${input.service}" changed since run ${runId} stopped; continuing would mix outputs of two code versions.`,
      { hint: `Start it again from the first record with POST /api/v1/runs/${runId}/rerun.` },
    );
  }
}

/**
 * Runs the transform over the upload, writing results in input order through a
 * {@link CheckpointedWriter}: lines fsynced, then an atomic checkpoint, every
 * {@link CHECKPOINT_EVERY} results. A resume continues after the checkpoint's last record with the
 * code frozen (the checkpoint pins its fingerprint), so the files end with every record exactly once.
 * Without a checkpoint (killed before the first one, or while a run that may rebuild was still
 * spooling), a resume starts from the first record in the same files.
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
  const upload = server.dataPath(input.upload);
  if (!existsSync(upload)) {
    throw new NotFoundError(`The uploaded input ${input.upload} is gone.`, {
      hint: 'Upload the file again with POST /api/v1/services/:name/runs.',
    });
  }
  const files = runFiles(server, context.runId);
  await mkdir(files.dir, { recursive: true });
  const resumeFrom = resume ? await readCheckpoint(files.checkpoint) : null;
  const described = await describeInput(upload, input.format);
  if (resumeFrom) {
    await checkResumable(resumeFrom, {
      input: described,
      outputPath: files.output,
      errorsPath: files.errors,
    });
  }
  if (resume) {
    context.emit({
      type: 'resume-point',
      fromRecord: resumeFrom?.records ?? 0,
      recordsOut: resumeFrom?.recordsOut ?? 0,
      errors: resumeFrom ? sum(resumeFrom.errorsByKind) : 0,
      reason: resumeFrom
        ? `records 0–${resumeFrom.records - 1} were already written; continuing with the same code (frozen)`
        : 'no checkpoint was written before the run stopped: starting again from the first record',
    });
  }
  const service = await loadService(dir, loadOptionsFor(server, options));
  const skipped = {
    records: resumeFrom?.records ?? 0,
    ok: resumeFrom?.recordsOut ?? 0,
    errors: resumeFrom ? sum(resumeFrom.errorsByKind) : 0,
  };
  let lastProgressAt = 0;
  let lastProgress: CodifyEvent | null = null;
  const unsubscribe = forwardEvents(
    service,
    context,
    (event) => {
      if (event.type !== 'run-progress') return true;
      const now = Date.now();
      lastProgress = withOffset(event, skipped);
      if (now - lastProgressAt < interval) return false;
      lastProgressAt = now;
      lastProgress = null;
      return true;
    },
    (event) => (event.type === 'run-progress' ? withOffset(event, skipped) : (event as CodifyEvent)),
  );
  let writer: CheckpointedWriter | null = null;
  let completed = false;
  let summary: RunSummary;
  try {
    writer = await CheckpointedWriter.open({
      outputPath: files.output,
      errorsPath: files.errors,
      input: described,
      serviceDir: dir,
      resumeFrom,
      every: CHECKPOINT_EVERY,
    });
    const source = fileSource(upload, input.format);
    const handle = service.runSource(resumeFrom ? skipRecords(source, resumeFrom.records) : source, {
      signal: context.signal,
      // Continuing from a checkpoint must use the code that wrote the records before it.
      ...(resumeFrom ? { frozen: true } : input.frozen !== undefined ? { frozen: input.frozen } : {}),
      ...(input.model ? { model: input.model } : {}),
    });
    for await (const result of handle) await writer.write(result);
    summary = await handle.summary;
    completed = !context.signal.aborted;
  } finally {
    unsubscribe();
    // Not completed (stopped, shut down, failed): the checkpoint stays, so the run can be resumed.
    await writer?.close(completed);
  }
  // The last progress is always told, however the throttle fell.
  if (lastProgress) context.emit(lastProgress);
  context.signal.throwIfAborted();
  if (!resumeFrom) return summary;
  // A resumed run's summary counts the whole input, not only this process's share.
  return {
    ...summary,
    recordsIn: writer.records,
    recordsOut: writer.recordsOut,
    errors: sum(writer.errorsByKind),
    errorsByKind: { ...writer.errorsByKind },
    resumedFromRecord: resumeFrom.records,
  };
}

/** The jobs' load options, with model keys and base URLs read from the server's environment. */
function loadOptionsFor(server: ServerContext, options: TransformJobOptions): LoadServiceOptions {
  const given = options.loadOptions ?? {};
  return { ...given, modelOptions: { env: server.env, ...given.modelOptions } };
}

/** A `run-progress` event counted over the whole input of a resumed run. */
function withOffset(
  event: TransformEvent,
  skipped: { records: number; ok: number; errors: number },
): CodifyEvent {
  if (event.type !== 'run-progress' || skipped.records === 0) return event as CodifyEvent;
  return {
    ...event,
    processed: event.processed + skipped.records,
    ok: event.ok + skipped.ok,
    errors: event.errors + skipped.errors,
  };
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, n) => total + n, 0);
}
