import { ConfigError } from '../core/errors.ts';
import { EmbeddedQueue } from '../core/jobs/embedded.ts';
import type { JobQueue } from '../core/jobs/types.ts';
import { runChunked, transformJobHandlers } from '../transform/index.ts';
import type { RunSummary, TransformService } from '../transform/index.ts';

/** The `transform run` flags a queued run reads. */
export interface QueueRunFlags {
  input: string;
  format?: string;
  output?: string;
  queue?: string;
  chunkSize?: number;
  qaRate?: number;
  qaMin?: number;
  batchSize?: number;
  frozen?: boolean;
}

/**
 * `codify transform run … --queue URL`: the run split into chunk jobs on the queue (`embedded`,
 * or `redis://HOST:PORT` served by `codify worker`), merged into the same output and errors
 * files a local run writes. Progress is published on the service's events, so the CLI's progress
 * bar shows it as for a local run. Running the same command again resumes: finished chunks are kept.
 */
export async function runTransformOnQueue(
  service: TransformService,
  flags: QueueRunFlags,
  errorsPath: string,
): Promise<RunSummary> {
  const refuse = (why: string, hint: string) => new ConfigError(`Cannot run on a queue: ${why}`, { hint });
  if (flags.input === '-')
    throw refuse(
      'stdin cannot be read by workers.',
      'Save the input to a file (or folder) every worker can read.',
    );
  if (!flags.output)
    throw refuse(
      'workers write files, not this terminal.',
      'Pass --output FILE (on a path every worker can write).',
    );
  if (flags.qaRate !== undefined || flags.qaMin !== undefined)
    throw refuse(
      'QA calls the model from every chunk.',
      'Run QA locally (without --queue), or drop --qa-rate/--qa-min.',
    );
  if (service.mayRegenerate({ frozen: flags.frozen === true }))
    console.error(
      'On a queue the run is frozen: every chunk runs the current transform.ts (no rebuilds), so all outputs come from one code version.',
    );
  const queue = await openQueue(flags.queue ?? 'embedded');
  console.error(
    `Running on ${queue.where}${queue.where === 'embedded' ? '' : ' (start workers with: codify worker --queue URL)'}…`,
  );
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  try {
    return await runChunked({
      serviceDir: service.dir,
      input: flags.input,
      outputPath: flags.output,
      errorsPath,
      queue,
      signal: controller.signal,
      onEvent: (event) => service.events.publish(event),
      ...(flags.format !== undefined ? { format: flags.format } : {}),
      ...(flags.chunkSize !== undefined ? { chunkBytes: flags.chunkSize } : {}),
      ...(flags.batchSize !== undefined ? { batchSize: flags.batchSize } : {}),
    });
  } finally {
    process.off('SIGINT', abort);
    await queue.close();
  }
}

async function openQueue(url: string): Promise<JobQueue> {
  if (url === 'embedded') return new EmbeddedQueue(transformJobHandlers);
  // BullMQ is loaded only for a Redis queue: a local run never pays for it.
  const { BullMqQueue } = await import('../core/jobs/bullmq.ts');
  return new BullMqQueue(url);
}
