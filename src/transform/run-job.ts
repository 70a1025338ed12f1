import type { JobContext, JobHandler } from '../core/jobs/types.ts';
import type { TransformEvent } from './events.ts';
import { runToFiles } from './run-to-files.ts';
import type { RunFiles, RunToFilesSummary } from './run-to-files.ts';
import { loadService } from './service.ts';
import type { LoadServiceOptions } from './service.ts';

/** The job kind of a whole checkpointed transform run ({@link runToFiles}) on a job queue. */
export const RUN_JOB_KIND = 'transform.run';

/**
 * A run as a job: paths every runner can read and the run's choices, nothing else (no records,
 * no keys: a runner reads model keys from its own environment). It survives JSON.
 */
export interface RunJobData extends RunFiles {
  serviceDir: string;
  /** Continue from the checkpoint beside `outputPath` (see {@link runToFiles}). */
  resume?: boolean;
  frozen?: boolean;
  model?: string;
  /** Least time between two `run-progress` events sent back (default 250 ms). */
  progressIntervalMs?: number;
  checkpointEvery?: number;
}

/**
 * What a run job reports as progress: the run's own events, in order (`run-progress` throttled,
 * and counted over the whole input of a resumed run so a viewer's figures never go backwards).
 */
export interface RunJobProgress {
  event: TransformEvent;
}

/**
 * The handler of {@link RUN_JOB_KIND} jobs: loads the service where the job runs and calls
 * {@link runToFiles}; resolves with its summary. The same handler serves an embedded queue (in a
 * worker thread of the server) and `codify worker` processes on a BullMQ queue.
 * @param loadOptions how services are loaded here (sandbox factory, model options)
 */
export function runJobHandler(loadOptions: LoadServiceOptions = {}): JobHandler {
  return (raw, context) => runTransformJob(raw as RunJobData, context, loadOptions);
}

async function runTransformJob(
  data: RunJobData,
  context: JobContext,
  loadOptions: LoadServiceOptions,
): Promise<RunToFilesSummary> {
  const interval = data.progressIntervalMs ?? 250;
  const service = await loadService(data.serviceDir, loadOptions);
  const send = (event: TransformEvent) =>
    void context.progress({ event } satisfies RunJobProgress).catch(() => {});
  const skipped = { records: 0, ok: 0, errors: 0 };
  let lastProgressAt = 0;
  let lastProgress: TransformEvent | null = null;
  const unsubscribe = service.events.subscribe(({ event }) => {
    if (event.type === 'resume-point') {
      Object.assign(skipped, { records: event.fromRecord, ok: event.recordsOut, errors: event.errors });
      send(event);
      return;
    }
    if (event.type !== 'run-progress') {
      send(event);
      return;
    }
    // Throttled; the last progress is always told, however the throttle fell.
    lastProgress = {
      ...event,
      processed: event.processed + skipped.records,
      ok: event.ok + skipped.ok,
      errors: event.errors + skipped.errors,
    };
    const now = Date.now();
    if (now - lastProgressAt < interval) return;
    lastProgressAt = now;
    send(lastProgress);
    lastProgress = null;
  });
  try {
    return await runToFiles(service, {
      input: data.input,
      format: data.format,
      outputPath: data.outputPath,
      errorsPath: data.errorsPath,
      // A retry (its worker died, Redis went away) continues from the checkpoint the last try
      // left rather than running the records it already wrote again.
      resume: data.resume === true || context.attempt > 1,
      signal: context.signal,
      ...(data.checkpointEvery !== undefined ? { checkpointEvery: data.checkpointEvery } : {}),
      run: {
        ...(data.frozen !== undefined ? { frozen: data.frozen } : {}),
        ...(data.model ? { model: data.model } : {}),
      },
    });
  } finally {
    unsubscribe();
    if (lastProgress) send(lastProgress);
  }
}
