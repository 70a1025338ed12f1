import { createHash } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { CodifyError, ConfigError } from '../../../core/errors.ts';
import type { JobQueue, JobSpec } from '../../../core/jobs/types.ts';
import type { TransformEvent } from '../../events.ts';
import type { RunSummary } from '../run.ts';
import { codeFingerprint } from '../checkpoint.ts';
import { readServiceFiles } from '../../service/files.ts';
import { chunkFiles, readChunkDone } from './chunk-files.ts';
import type { ChunkDone } from './chunk-files.ts';
import { CHUNK_JOB_KIND } from './chunk-job.ts';
import type { ChunkJobData, ChunkProgress } from './chunk-job.ts';
import { mergeChunks } from './merge.ts';
import { UNNAMED_REVIEW_REASON, addTally } from '../review-tally.ts';
import type { ReviewTally } from '../review-tally.ts';
import { splitInput } from './split.ts';
import type { ChunkRange } from './split.ts';

export interface ChunkedRunOptions {
  serviceDir: string;
  /** A JSONL or CSV file, or a folder of them, at a path every worker can read. */
  input: string;
  format?: string;
  outputPath: string;
  errorsPath: string;
  queue: JobQueue;
  chunkBytes?: number;
  batchSize?: number;
  /** Keep finished chunks from an earlier try of the same run (default true). */
  resume?: boolean;
  onEvent?: (event: TransformEvent) => void;
  /** Called once per chunk as it is found finished or finishes (for logs and tests). */
  onChunk?: (done: ChunkDone, reused: boolean) => void;
  signal?: AbortSignal;
}

/** The folder that holds a run's chunk files: beside the output, named after it. */
export function chunkRunDir(outputPath: string): string {
  return `${path.resolve(outputPath)}.codify-chunks`;
}

/**
 * Runs a transform over a large input as chunk jobs on `queue` and merges their files in input
 * order. The run is frozen (every chunk runs the transform.ts it started with: no rebuilds, no
 * QA). Chunks whose done marker matches this code and byte range are skipped, so running the same
 * command again after a crash only runs what is missing. Records never travel through the queue:
 * jobs carry paths and byte ranges; results are files in the run folder.
 */
export async function runChunked(options: ChunkedRunOptions): Promise<RunSummary> {
  const started = Date.now();
  const files = await readServiceFiles(options.serviceDir);
  if (files.transformSource === null) {
    throw new ConfigError(`${options.serviceDir} has no transform.ts to run on workers.`, {
      hint: `Build it first: codify transform build ${options.serviceDir}`,
    });
  }
  const code = await codeFingerprint(options.serviceDir);
  const chunks = await splitInput(options.input, {
    ...(options.chunkBytes !== undefined ? { chunkBytes: options.chunkBytes } : {}),
    ...(options.format !== undefined ? { format: options.format } : {}),
  });
  const runDir = chunkRunDir(options.outputPath);
  await mkdir(runDir, { recursive: true });
  const runId = createHash('sha256')
    .update(JSON.stringify({ code, runDir, chunks }))
    .digest('hex')
    .slice(0, 16);

  const done = new Map<number, ChunkDone>();
  for (const chunk of chunks) {
    const marker =
      options.resume === false ? null : await readChunkDone(chunkFiles(runDir, chunk.index).done);
    if (marker && matches(marker, chunk, code)) {
      done.set(chunk.index, marker);
      options.onChunk?.(marker, true);
    }
  }

  const totals = { processed: 0, ok: 0, errors: 0 };
  for (const marker of done.values()) {
    totals.processed += marker.recordsIn;
    totals.ok += marker.recordsOut;
    totals.errors += marker.errors;
  }
  const live = new Map<number, ChunkProgress>();
  const publish = () => {
    const sum = { ...totals };
    for (const progress of live.values()) {
      sum.processed += progress.processed;
      sum.ok += progress.ok;
      sum.errors += progress.errors;
    }
    options.onEvent?.({ type: 'run-progress', ...sum, pass: 1 });
  };

  const jobs: JobSpec<ChunkJobData>[] = chunks
    .filter((chunk) => !done.has(chunk.index))
    .map((chunk) => ({
      kind: CHUNK_JOB_KIND,
      id: `${runId}-${chunk.index}`,
      data: {
        serviceDir: path.resolve(options.serviceDir),
        code,
        runDir,
        chunk,
        ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
      },
    }));
  const byId = new Map(jobs.map((job) => [job.id, job.data.chunk.index]));
  const outcomes = await options.queue.submit(jobs, {
    onProgress: (jobId, value) => {
      const index = byId.get(jobId);
      if (index !== undefined && !done.has(index)) {
        live.set(index, value as ChunkProgress);
        publish();
      }
    },
    onOutcome: (outcome) => {
      const index = byId.get(outcome.id);
      if (index === undefined || !outcome.ok) return;
      // The result is only a hint for progress (the done markers on disk are read below): a job
      // finished by a try whose result was not kept (seen after a lost lock) has none.
      const marker = outcome.result as ChunkDone | null;
      live.delete(index);
      if (!marker || typeof marker.recordsIn !== 'number') return;
      totals.processed += marker.recordsIn;
      totals.ok += marker.recordsOut;
      totals.errors += marker.errors;
      publish();
    },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const failed = outcomes.filter((outcome) => !outcome.ok);
  if (failed.length > 0) {
    const first = failed[0];
    throw new CodifyError(
      'chunks_failed',
      `${failed.length} of ${chunks.length} chunk(s) failed on ${options.queue.where}${first && !first.ok ? `; first: ${first.error}` : ''}.`,
      { hint: 'Fix the cause and run the same command again: finished chunks are kept and skipped.' },
    );
  }
  // The done markers on disk are the truth (a job's result may be from an earlier, replaced try).
  const ordered: ChunkDone[] = [];
  for (const chunk of chunks) {
    const marker = await readChunkDone(chunkFiles(runDir, chunk.index).done);
    if (!marker || !matches(marker, chunk, code)) {
      throw new CodifyError(
        'chunk_missing',
        `Chunk ${chunk.index} reported success but its files are missing in ${runDir}.`,
        {
          hint: 'Check that every worker writes to the same shared folder as this machine reads.',
        },
      );
    }
    if (!done.has(chunk.index)) options.onChunk?.(marker, false);
    ordered.push(marker);
  }
  await mergeChunks(runDir, ordered, options.outputPath, options.errorsPath);
  await rm(runDir, { recursive: true, force: true });
  return summarize(files.config.name, ordered, Date.now() - started);
}

function matches(marker: ChunkDone, chunk: ChunkRange, code: string): boolean {
  return (
    marker.code === code &&
    marker.chunk === chunk.index &&
    marker.file === chunk.file &&
    marker.start === chunk.start &&
    marker.end === chunk.end &&
    marker.version === chunk.version
  );
}

function summarize(service: string, chunks: readonly ChunkDone[], durationMs: number): RunSummary {
  const errorsByKind: Record<string, number> = {};
  const reviewByReason: ReviewTally = {};
  let recordsIn = 0;
  let recordsOut = 0;
  let errors = 0;
  for (const chunk of chunks) {
    recordsIn += chunk.recordsIn;
    recordsOut += chunk.recordsOut;
    errors += chunk.errors;
    for (const [kind, n] of Object.entries(chunk.errorsByKind))
      errorsByKind[kind] = (errorsByKind[kind] ?? 0) + n;
    // A marker from before reasons were counted: its review rows are counted as unnamed.
    addTally(
      reviewByReason,
      chunk.reviewByReason ?? { [UNNAMED_REVIEW_REASON]: chunk.errorsByKind['review'] ?? 0 },
    );
  }
  for (const [reason, n] of Object.entries(reviewByReason)) if (n === 0) delete reviewByReason[reason];
  return {
    service,
    recordsIn,
    recordsOut,
    errors,
    errorsByKind,
    reviewByReason,
    rebuilds: 0,
    passes: 1,
    modelCalls: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    durationMs,
    recordsPerSecond: Math.round(recordsIn / Math.max(0.001, durationMs / 1000)),
    regeneration: {
      enabled: false,
      reason: 'off: a run on a queue is frozen (every chunk runs the same code)',
    },
    qa: {
      enabled: false,
      reason: 'off: a run on a queue does not call the model',
      checked: 0,
      disagreements: [],
      unusable: 0,
    },
    reviewPending: null,
    codeBuiltBy: chunks[0]?.codeBuiltBy ?? null,
  };
}
