import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  CheckpointedWriter,
  CodeChangedError,
  checkResumable,
  checkpointPath,
  codeFingerprint,
  describeInput,
  readCheckpoint,
  skipRecords,
} from './run/checkpoint.ts';
import type { RunCheckpoint } from './run/checkpoint.ts';
import type { InputFormat } from './run/readers.ts';
import type { RunSummary } from './run/run.ts';
import { fileSource } from './run/sources.ts';
import type { ServiceRunOptions, TransformService } from './service.ts';

/** Results between two checkpoints when the caller names no other number. */
export const DEFAULT_CHECKPOINT_EVERY = 2000;

/** Where a file run reads and writes. */
export interface RunFiles {
  /** The input file (a file, not stdin: a resume reads it again). */
  input: string;
  format: InputFormat;
  /** Output JSONL: one output per line, in input order. */
  outputPath: string;
  /** Errors JSONL: one `{index, line, input, error}` row per failed record. */
  errorsPath: string;
}

export interface RunToFilesRequest extends RunFiles {
  /**
   * Continue from the checkpoint beside `outputPath` (records it counts are kept, the rest run
   * again); with no checkpoint there, the run starts from the first record. A `resume-point`
   * event says which.
   */
  resume?: boolean;
  /** Results between two checkpoints (default {@link DEFAULT_CHECKPOINT_EVERY}). */
  checkpointEvery?: number;
  /** How the records are run (frozen, trust, QA, batch size, model). */
  run?: Omit<ServiceRunOptions, 'signal'>;
  /** Stops the run; the checkpoint stays so it can be resumed. */
  signal?: AbortSignal;
}

/** A run's summary; for a resumed run it counts the whole input, not only this process's share. */
export interface RunToFilesSummary extends RunSummary {
  /** The first record this process ran, when it continued from a checkpoint. */
  resumedFromRecord?: number;
}

/**
 * Checks that the run writing `files` can continue from its checkpoint: the checkpoint is
 * readable, counts what the files hold, is of this input (unchanged), and the service's code is
 * the one that wrote it. Returns the checkpoint, or null when there is none (a resume starts over).
 * @throws CheckpointError or ConfigError (checkpoint, files or input), CodeChangedError (code).
 */
export async function checkRunResumable(serviceDir: string, files: RunFiles): Promise<RunCheckpoint | null> {
  const checkpoint = await readCheckpoint(checkpointPath(files.outputPath));
  if (!checkpoint) return null;
  await checkResumable(checkpoint, {
    input: await describeInput(files.input, files.format),
    outputPath: files.outputPath,
    errorsPath: files.errorsPath,
  });
  if ((await codeFingerprint(serviceDir)) !== checkpoint.codeHash) throw new CodeChangedError();
  return checkpoint;
}

/**
 * Runs a service's transform over an input file into an output and an errors file, through a
 * {@link CheckpointedWriter}: lines fsynced, then an atomic checkpoint
 * (`<output>.codify-checkpoint.json`), every `checkpointEvery` results, so a run killed at any
 * moment can be resumed with every record written exactly once, in input order.
 *
 * A resume keeps the records the checkpoint counts (cutting any line written after it) and runs
 * the rest with the code that wrote them: the checkpoint pins its fingerprint, and a run that
 * could otherwise rebuild is frozen. Before running it publishes a `resume-point` event on the
 * service's events; a completed run removes its checkpoint, a stopped or failed one keeps it.
 *
 * @param service the loaded service (its model, sandbox and synthesizer are the run's engines)
 * @throws the run's own errors, CheckpointError/ConfigError when the checkpoint does not fit,
 *   and the signal's reason when stopped.
 */
export async function runToFiles(
  service: TransformService,
  request: RunToFilesRequest,
): Promise<RunToFilesSummary> {
  const { outputPath, errorsPath } = request;
  await mkdir(path.dirname(path.resolve(outputPath)), { recursive: true });
  await mkdir(path.dirname(path.resolve(errorsPath)), { recursive: true });
  const source = fileSource(request.input, request.format); // A missing input is named before anything is written.
  const input = await describeInput(request.input, request.format);
  const resumeFrom = request.resume ? await readCheckpoint(checkpointPath(outputPath)) : null;
  if (resumeFrom) await checkResumable(resumeFrom, { input, outputPath, errorsPath });
  if (request.resume) {
    service.events.publish({
      type: 'resume-point',
      checkpoint: resumeFrom !== null,
      fromRecord: resumeFrom?.records ?? 0,
      recordsOut: resumeFrom?.recordsOut ?? 0,
      errors: resumeFrom ? sum(resumeFrom.errorsByKind) : 0,
      reason: resumeFrom
        ? `records 0–${resumeFrom.records - 1} were already written; continuing with the same code (frozen)`
        : 'no checkpoint was written before the run stopped: starting again from the first record',
    });
  }
  const runOptions = request.run ?? {};
  // Continuing from a checkpoint must use the code that wrote the records before it.
  const freeze = resumeFrom !== null && service.mayRegenerate(runOptions);
  let completed = false;
  let summary: RunSummary;
  // The files are opened when the first result arrives (or a run of no records ends): a run refused
  // at its start (a renamed column, code failing its own examples) leaves no empty output behind,
  // and an earlier run's files as they were.
  const files: { writer: CheckpointedWriter | null } = { writer: null };
  const opened = async (): Promise<CheckpointedWriter> =>
    (files.writer ??= await CheckpointedWriter.open({
      outputPath,
      errorsPath,
      input,
      serviceDir: service.dir,
      resumeFrom,
      every: request.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY,
    }));
  try {
    const handle = service.runSource(
      resumeFrom ? skipRecords(source, resumeFrom.records, checkpointPath(outputPath)) : source,
      {
        ...runOptions,
        ...(freeze ? { frozen: true } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      },
    );
    for await (const result of handle) await (await opened()).write(result);
    summary = await handle.summary;
    completed = request.signal?.aborted !== true;
    if (completed) await opened();
  } finally {
    // A run stopped before its first result still leaves its (empty) partial files and checkpoint,
    // as a stopped run is expected to; only a run refused at its start leaves none.
    if (!files.writer && request.signal?.aborted) await opened();
    // Not completed (stopped, failed): the checkpoint stays, so the run can be resumed.
    await files.writer?.close(completed);
  }
  request.signal?.throwIfAborted();
  const writer = await opened(); // Open by now: the run completed.
  if (!resumeFrom) return summary;
  // The run's own summary covers only what this process did; the files hold the whole input.
  return {
    ...summary,
    recordsIn: writer.records,
    recordsOut: writer.recordsOut,
    errors: sum(writer.errorsByKind),
    errorsByKind: { ...writer.errorsByKind },
    reviewByReason: { ...writer.reviewByReason },
    resumedFromRecord: resumeFrom.records,
  };
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, n) => total + n, 0);
}
