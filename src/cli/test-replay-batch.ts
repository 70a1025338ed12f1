import { relative } from 'node:path';
import { ConfigError } from '../core/errors.ts';
import { parseRedisUrl } from '../core/jobs/redis-url.ts';
import {
  parseReplayJobResult,
  replayJobs,
  replayMany,
  type Planner,
  type ReplayTestRequest,
  type StepFailure,
} from '../browser/index.ts';

/** One spec's verdict as `codify test replay a b …` prints it. */
export interface BatchVerdictView {
  specPath: string;
  status: 'passed' | 'unverified' | 'failed';
  reason: string;
  wallMs: number;
  failure?: StepFailure;
  healedSpec?: string;
  /** Who replayed it, on a queue (`host:pid`). */
  worker?: string;
}

/** The verdict line of one spec (plus, when it did not pass, where it broke). */
export function batchVerdictLines(view: BatchVerdictView, cwd = process.cwd()): string[] {
  const mark = view.status === 'passed' ? '✓' : view.status === 'unverified' ? '?' : '✗';
  const name = relative(cwd, view.specPath) || view.specPath;
  const where = view.worker ? `, worker ${view.worker}` : '';
  const lines = [
    `${mark} ${view.status.padEnd(10)} ${name}  (${(view.wallMs / 1000).toFixed(2)} s${where})${view.status === 'passed' ? '' : `: ${view.reason}`}`,
  ];
  const f = view.failure;
  if (f)
    lines.push(
      `    step ${f.step}: ${f.description}${f.locator ? ` — locator ${f.locator}` : ''}${f.screenshot ? ` — screenshot ${f.screenshot}` : ''}`,
    );
  if (view.healedSpec) lines.push(`    healed spec: ${view.healedSpec} (the original is unchanged)`);
  return lines;
}

/** The last line: how many passed, and the exit code (0 only when every spec passed). */
export function batchSummary(
  views: readonly BatchVerdictView[],
  total: number,
  wallMs: number,
  how: string,
): { line: string; exitCode: number } {
  const passed = views.filter((v) => v.status === 'passed').length;
  const notPassed = views.length - passed;
  const missing = total - views.length;
  return {
    line: `${passed} of ${total} spec(s) passed${notPassed ? `, ${notPassed} did not` : ''}${missing ? `, ${missing} got no verdict` : ''} in ${(wallMs / 1000).toFixed(2)} s (${how})`,
    exitCode: passed === total && total > 0 ? 0 : 1,
  };
}

export interface BatchFlags {
  workers?: number;
  queue?: string;
  headed?: boolean;
  heal?: boolean;
  model?: string;
  modelBaseUrl?: string;
  record?: string;
  replay?: string;
}

/**
 * `codify test replay a.spec.json b.spec.json … [--workers N | --queue redis://HOST:PORT]`: every
 * spec replayed, a verdict line each as it finishes, a summary, exit 0 only if all passed.
 */
export async function replayBatch(
  requests: ReplayTestRequest[],
  flags: BatchFlags,
  healer: () => Planner,
): Promise<number> {
  const started = performance.now();
  const views: BatchVerdictView[] = [];
  const print = (view: BatchVerdictView) => {
    views.push(view);
    for (const line of batchVerdictLines(view)) console.log(line);
  };
  let how: string;
  if (flags.queue) {
    if (flags.workers !== undefined)
      throw new ConfigError('--workers and --queue do not go together.', {
        hint: 'On a queue, each `codify worker --concurrency N` decides how many specs it replays at once.',
      });
    if (flags.headed)
      throw new ConfigError('--headed cannot show a browser that runs on a worker.', {
        hint: 'Drop --headed, or replay without --queue.',
      });
    if (flags.modelBaseUrl || flags.record || flags.replay)
      throw new ConfigError('--model-base-url, --record and --replay do not travel to workers.', {
        hint: 'Configure the model in the workers’ environment (CODIFY_BASE_URL, keys), and pass only --model.',
      });
    parseRedisUrl(flags.queue); // A bad URL fails here, with its hint, before any connection.
    const jobs = await replayJobs(
      requests.map((r) => ({
        specPath: r.specPath,
        ...(r.variables ? { variables: r.variables } : {}),
        ...(r.files ? { files: r.files } : {}),
        ...(r.baseUrl ? { baseUrl: r.baseUrl } : {}),
        ...(r.runsDir !== undefined ? { runsDir: r.runsDir } : {}),
        ...(flags.heal ? { heal: flags.model ? { model: flags.model } : {} } : {}),
      })),
    );
    // BullMQ is loaded only for a Redis queue.
    const { BullMqQueue } = await import('../core/jobs/bullmq.ts');
    const queue = new BullMqQueue(flags.queue);
    how = `jobs on ${queue.where}`;
    console.error(
      `Replaying ${jobs.length} spec(s) as jobs on ${queue.where} (served by: codify worker --queue URL)…`,
    );
    const byId = new Map(jobs.map((job) => [job.id, job.data.specPath]));
    const controller = new AbortController();
    const abort = () => controller.abort();
    process.once('SIGINT', abort);
    try {
      await queue.submit(jobs, {
        signal: controller.signal,
        onOutcome: (outcome) => {
          if (outcome.ok) {
            const r = parseReplayJobResult(outcome.result);
            print({
              specPath: r.specPath,
              status: r.status,
              reason: r.reason,
              wallMs: r.wallMs,
              worker: r.worker,
              ...(r.failure ? { failure: r.failure } : {}),
              ...(r.healedFiles ? { healedSpec: r.healedFiles.spec } : {}),
            });
          } else
            print({
              specPath: byId.get(outcome.id) ?? outcome.id,
              status: 'failed',
              reason: `the job failed after ${outcome.attempts} tries: ${outcome.error}`,
              wallMs: 0,
            });
        },
      });
    } finally {
      process.off('SIGINT', abort);
      await queue.close();
    }
  } else {
    const workers = flags.workers ?? 1;
    how = `${workers} parallel context(s) in one browser`;
    await replayMany(requests, {
      workers,
      ...(flags.headed ? { headed: true } : {}),
      ...(flags.heal ? { healer: healer() } : {}),
      onVerdict: (verdict) =>
        print({
          specPath: verdict.specPath,
          status: verdict.status,
          reason: verdict.reason,
          wallMs: verdict.wallMs,
          ...(verdict.result?.failure ? { failure: verdict.result.failure } : {}),
          ...(verdict.result?.healedFiles ? { healedSpec: verdict.result.healedFiles.spec } : {}),
        }),
    });
  }
  const summary = batchSummary(views, requests.length, performance.now() - started, how);
  console.log(summary.line);
  return summary.exitCode;
}
