export type {
  JobContext,
  JobHandler,
  JobHandlers,
  JobOutcome,
  JobQueue,
  JobSpec,
  SubmitOptions,
} from './types.ts';
export { EmbeddedQueue } from './embedded.ts';
export type { EmbeddedQueueOptions } from './embedded.ts';
export { ThreadedQueue } from './threaded.ts';
export type { ThreadedQueueOptions } from './threaded.ts';
export { BullMqQueue, serveJobs, redactQueueUrl, DEFAULT_JOB_OPTIONS, QUEUE_NAME } from './bullmq.ts';
export type { BullMqQueueOptions, JobWorker, ServeJobsOptions, WorkerEvent } from './bullmq.ts';
export { parseRedisUrl } from './redis-url.ts';
export type { RedisAddress } from './redis-url.ts';
