/**
 * The transform product's job handlers, as a module a runner loads by URL: the server's job
 * thread (`ThreadedQueue`) and `codify worker` serve exactly these, so a job runs unchanged in
 * either. Runs served here share one process-wide set of sandbox pools.
 */
import type { JobHandlers } from '../core/jobs/types.ts';
import { CHUNK_JOB_KIND, runChunkJob } from './run/chunks/chunk-job.ts';
import { RUN_JOB_KIND, runJobHandler } from './run-job.ts';
import { sharedSandboxFactory } from './sandbox-adapter.ts';

export const jobHandlers: JobHandlers = {
  [CHUNK_JOB_KIND]: runChunkJob,
  [RUN_JOB_KIND]: runJobHandler({ sandboxFactory: sharedSandboxFactory() }),
};
