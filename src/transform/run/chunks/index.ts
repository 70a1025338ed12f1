export { splitInput, DEFAULT_CHUNK_BYTES } from './split.ts';
export type { ChunkRange, SplitOptions } from './split.ts';
export { runChunkJob, CHUNK_JOB_KIND } from './chunk-job.ts';
export type { ChunkJobData, ChunkProgress } from './chunk-job.ts';
export { runChunked, chunkRunDir } from './run-on-queue.ts';
export type { ChunkedRunOptions } from './run-on-queue.ts';
export { mergeChunks } from './merge.ts';
export type { ChunkDone } from './chunk-files.ts';

import { runChunkJob, CHUNK_JOB_KIND } from './chunk-job.ts';
import type { JobHandlers } from '../../../core/jobs/types.ts';

/** The job handlers the transform product contributes to a worker. */
export const transformJobHandlers: JobHandlers = { [CHUNK_JOB_KIND]: runChunkJob };
