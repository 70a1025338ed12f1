import { requiredOption } from './required-option.ts';
import type { Command } from 'commander';
import { ConfigError } from '../core/errors.ts';
import { redactQueueUrl, serveJobs } from '../core/jobs/bullmq.ts';
import type { WorkerEvent } from '../core/jobs/bullmq.ts';
import { parseRedisUrl } from '../core/jobs/redis-url.ts';
import { workerJobHandlers } from '../transform/index.ts';

interface WorkerFlags {
  queue: string;
  concurrency: number;
  lockDuration?: number;
  quiet?: boolean;
}

/**
 * Registers `codify worker`: serve queued jobs from a BullMQ queue on Redis: transform chunks,
 * whole server runs (`codify serve --queue`) and browser spec replays (`codify test replay … --queue`).
 */
export function registerWorkerCommand(program: Command): void {
  requiredOption(
    program
      .command('worker')
      .description(
        'Serve queued runs from Redis (BullMQ) on this machine: codify worker --queue redis://HOST:PORT.',
      ),
    '--queue <url>',
    'the queue: redis://HOST:PORT',
  )
    .option(
      '--concurrency <n>',
      'jobs this process runs at once (default 1; one per core is a good start)',
      parsePositive,
      1,
    )
    .option(
      '--lock-duration <ms>',
      'how long a job stays claimed by a worker that stopped answering before another worker retries it (default 30000)',
      parsePositive,
    )
    .option('--quiet', 'log only failures')
    .action(async (flags: WorkerFlags) => {
      await workerCommand(flags);
    });
}

async function workerCommand(flags: WorkerFlags): Promise<void> {
  parseRedisUrl(flags.queue); // A bad URL fails here, with its hint, before any connection.
  const where = redactQueueUrl(flags.queue);
  const log = (event: WorkerEvent) => {
    if (flags.quiet && event.type !== 'job-failed' && event.type !== 'connection-error') return;
    console.error(`[worker ${process.pid}] ${describe(event)}`);
  };
  // Browser replays share one Chromium per worker, launched on the first replay job only.
  const { createBrowserJobHandlers } = await import('../browser/index.ts');
  const browserJobs = createBrowserJobHandlers();
  const worker = await serveJobs(
    flags.queue,
    { ...workerJobHandlers, ...browserJobs.handlers },
    {
      concurrency: flags.concurrency,
      ...(flags.lockDuration !== undefined ? { lockDurationMs: flags.lockDuration } : {}),
      onEvent: log,
    },
  );
  console.error(
    `[worker ${process.pid}] serving ${where} with concurrency ${flags.concurrency}; SIGTERM or Ctrl-C finishes the jobs in hand, then stops.`,
  );
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second signal: stop now; the jobs in hand are retried elsewhere once their lock expires.
        console.error(`[worker ${process.pid}] ${signal} again: stopping without waiting.`);
        void worker.kill().finally(resolve);
        return;
      }
      stopping = true;
      console.error(`[worker ${process.pid}] ${signal}: finishing the jobs in hand…`);
      void worker.close().finally(resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await browserJobs.close();
  console.error(`[worker ${process.pid}] stopped.`);
  // Every job in hand has finished or been handed back: nothing left may keep a daemon alive.
  setTimeout(() => process.exit(process.exitCode ?? 0), 5000).unref();
}

function describe(event: WorkerEvent): string {
  switch (event.type) {
    case 'job-started':
      return `started ${event.kind} ${event.id} (try ${event.attempt})`;
    case 'job-completed':
      return `finished ${event.kind} ${event.id}`;
    case 'job-failed':
      return `failed ${event.kind} ${event.id}: ${event.error}${event.willRetry ? ' (will retry)' : ''}`;
    case 'job-stalled':
      return `job ${event.id} stalled (its worker stopped answering); it goes back to the queue`;
    case 'connection-error':
      return `queue connection: ${event.message} (reconnecting)`;
  }
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`Expected a positive integer, got "${value}".`);
  return n;
}
