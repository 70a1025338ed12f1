import { createWriteStream } from 'node:fs';
import { openByteSource } from '../byte-source.ts';
import type { WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { ConfigError } from '../../../core/errors.ts';
import type { JobContext } from '../../../core/jobs/types.ts';
import { loadService } from '../../service.ts';
import { codeFingerprint } from '../checkpoint.ts';
import { readRecords } from '../readers.ts';
import type { RecordSource } from '../sources.ts';
import { chunkFiles, tempBeside, writeJsonAtomic } from './chunk-files.ts';
import type { ChunkDone } from './chunk-files.ts';
import type { ChunkRange } from './split.ts';
import { errorRow } from '../checkpoint.ts';
import { tallyReview } from '../review-tally.ts';
import type { ReviewTally } from '../review-tally.ts';

/** The job kind of a transform chunk. */
export const CHUNK_JOB_KIND = 'transform.chunk';

/** A chunk job's data: paths every worker can read, no records (they never travel through the queue). */
export interface ChunkJobData {
  serviceDir: string;
  /** Fingerprint of transform.ts + schema.json when the run started: a worker refuses other code. */
  code: string;
  runDir: string;
  chunk: ChunkRange;
  batchSize?: number;
}

/** The progress a chunk job reports (small: it travels through the queue). */
export interface ChunkProgress {
  chunk: number;
  processed: number;
  ok: number;
  errors: number;
}

/** The bytes of a chunk as one stream: the CSV header first (when there is one), then the range. */
async function* chunkBytes(
  chunk: ChunkRange,
  newlines: { header: number; lines: number },
  signal: AbortSignal | undefined,
): AsyncGenerator<Buffer> {
  newlines.header = 0;
  newlines.lines = 0;
  const source = await openByteSource(chunk.file, chunk.version ?? null);
  for await (const piece of source.read(0, chunk.headerEnd, signal)) {
    newlines.header += countNewlines(piece);
    yield piece;
  }
  for await (const piece of source.read(chunk.start, chunk.end, signal)) {
    newlines.lines += countNewlines(piece);
    yield piece;
  }
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** The chunk as a record source; `newlines` counts what was read, so the merge can make line numbers global. */
function chunkSource(
  chunk: ChunkRange,
  newlines: { header: number; lines: number },
  signal: AbortSignal | undefined,
): RecordSource {
  return {
    open: () => readRecords(chunkBytes(chunk, newlines, signal), chunk.format),
    close: async () => {},
  };
}

/**
 * Runs one chunk with the service's own run loop (frozen: every chunk must use the code the run
 * started with) and writes its output and errors once: to temp files, renamed into place, then
 * the done marker. A retried chunk replaces what an earlier try left; it never appends. Record
 * indexes in the chunk's errors file are local to the chunk; the merge makes them global.
 */
export async function runChunkJob(raw: unknown, context: JobContext): Promise<ChunkDone> {
  const data = raw as ChunkJobData;
  const code = await codeFingerprint(data.serviceDir);
  if (code !== data.code) {
    throw new ConfigError(
      `transform.ts or schema.json in ${data.serviceDir} changed since the run started (or differs on this worker).`,
      {
        hint: 'Every chunk must run the same code: give every worker the same service folder, and start the run again.',
      },
    );
  }
  const service = await loadService(data.serviceDir, { model: 'local' });
  const files = chunkFiles(data.runDir, data.chunk.index);
  await mkdir(data.runDir, { recursive: true });
  const outputTemp = tempBeside(files.output);
  const errorsTemp = tempBeside(files.errors);
  const output = createWriteStream(outputTemp);
  const errors = createWriteStream(errorsTemp);
  const counts = { processed: 0, ok: 0, errors: 0 };
  const errorsByKind: Record<string, number> = {};
  const reviewByReason: ReviewTally = {};
  let lastProgress = 0;
  const newlines = { header: 0, lines: 0 };
  try {
    const handle = service.runSource(chunkSource(data.chunk, newlines, context.signal), {
      frozen: true,
      signal: context.signal,
      ...(data.batchSize !== undefined ? { batchSize: data.batchSize } : {}),
    });
    for await (const result of handle) {
      counts.processed++;
      if (result.ok) {
        counts.ok++;
        await write(output, `${JSON.stringify(result.output)}\n`);
      } else {
        counts.errors++;
        errorsByKind[result.error.kind] = (errorsByKind[result.error.kind] ?? 0) + 1;
        tallyReview(reviewByReason, result.error);
        await write(errors, errorRow(result));
      }
      if (Date.now() - lastProgress > 500) {
        lastProgress = Date.now();
        await context
          .progress({ chunk: data.chunk.index, ...counts } satisfies ChunkProgress)
          .catch(() => {});
      }
    }
    const summary = await handle.summary;
    await end(output);
    await end(errors);
    await rename(outputTemp, files.output);
    await rename(errorsTemp, files.errors);
    const done: ChunkDone = {
      chunk: data.chunk.index,
      code,
      file: data.chunk.file,
      start: data.chunk.start,
      end: data.chunk.end,
      ...(data.chunk.version !== undefined ? { version: data.chunk.version } : {}),
      recordsIn: counts.processed,
      recordsOut: counts.ok,
      errors: counts.errors,
      errorsByKind,
      reviewByReason,
      codeBuiltBy: summary.codeBuiltBy,
      headerLines: newlines.header,
      lines: newlines.lines,
    };
    await writeJsonAtomic(files.done, done);
    await context.progress({ chunk: data.chunk.index, ...counts } satisfies ChunkProgress).catch(() => {});
    return done;
  } finally {
    output.destroy();
    errors.destroy();
    await rm(outputTemp, { force: true });
    await rm(errorsTemp, { force: true });
  }
}

function write(stream: WriteStream, text: string): Promise<void> | void {
  if (stream.write(text)) return;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

function end(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}
