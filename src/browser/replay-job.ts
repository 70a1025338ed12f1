import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { z } from 'zod';
import { ConfigError } from '../core/errors.ts';
import type { JobHandlers, JobSpec } from '../core/jobs/types.ts';
import { choosePlanner } from './choose-planner.ts';
import { launchChromium } from './chromium.ts';
import { envName } from './export.ts';
import { replayTest } from './replay-test.ts';
import { loadSpec, looksSecret, type Spec } from './spec.ts';

/** The job kind a `codify worker` serves for `codify test replay … --queue`. */
export const BROWSER_REPLAY_JOB = 'browser.replay';

const ReplayJobDataSchema = z
  .object({
    /** Absolute path every worker can read (a shared folder, as for transform inputs). */
    specPath: z.string().min(1),
    /** Non-secret values only: secrets never travel through the queue. */
    variables: z.record(z.string(), z.string()),
    files: z.record(z.string(), z.string()),
    baseUrl: z.string().optional(),
    /** Absolute artifacts folder, or null for none. */
    runsDir: z.string().nullable(),
    /** Heal broken steps with the planner this model spec names on the worker (none: its CODIFY_MODEL, else local). */
    heal: z.object({ model: z.string().optional() }).strict().optional(),
  })
  .strict();

export type ReplayJobData = z.infer<typeof ReplayJobDataSchema>;

const ReplayJobResultSchema = z.object({
  specPath: z.string(),
  status: z.enum(['passed', 'unverified', 'failed']),
  reason: z.string(),
  failure: z
    .object({
      step: z.number(),
      description: z.string(),
      locator: z.string().optional(),
      error: z.string(),
      kind: z.string(),
      screenshot: z.string().optional(),
    })
    .optional(),
  healedFiles: z.object({ spec: z.string(), diff: z.string() }).optional(),
  runDir: z.string().nullable(),
  wallMs: z.number(),
  /** `host:pid` of the worker that replayed it. */
  worker: z.string(),
});

/** What a replay job returns (small, serializable); validated where it comes back off the queue. */
export type ReplayJobResult = z.infer<typeof ReplayJobResultSchema>;

export function parseReplayJobResult(value: unknown): ReplayJobResult {
  return ReplayJobResultSchema.parse(value);
}

export interface ReplayJobRequest {
  specPath: string;
  variables?: Record<string, string>;
  files?: Record<string, string>;
  baseUrl?: string;
  runsDir?: string | null;
  /** Heal broken steps on the worker, with this model spec (or the worker's default planner). */
  heal?: { model?: string };
}

/**
 * One job per spec. Ids are fresh per call: running the same command again replays again (a
 * verdict is about now, unlike a transform chunk, whose output is reused on resume). Paths are
 * made absolute, since workers may run elsewhere in the tree. Secret values are refused, not
 * sent: job data sits in Redis; a worker takes them from its own environment instead.
 * @throws ConfigError naming the secret variables and the environment variables to set.
 */
export async function replayJobs(requests: readonly ReplayJobRequest[]): Promise<JobSpec<ReplayJobData>[]> {
  const batch = randomUUID();
  const jobs: JobSpec<ReplayJobData>[] = [];
  for (const [index, request] of requests.entries()) {
    const specPath = resolve(request.specPath);
    const spec = await loadSpec(specPath);
    const variables = request.variables ?? {};
    const secret = Object.keys(variables).filter((name) => isSecretIn(spec, name));
    if (secret.length)
      throw new ConfigError(
        `Secret variable(s) ${secret.join(', ')} would be stored in the queue with the job.`,
        {
          hint: `Do not pass them with --var: set ${secret.map(envName).join(', ')} in each worker's environment (workers read variables a job does not carry from there, under the names an exported test uses).`,
        },
      );
    jobs.push({
      kind: BROWSER_REPLAY_JOB,
      id: `replay-${batch}-${index + 1}`,
      data: {
        specPath,
        variables,
        files: Object.fromEntries(
          Object.entries(request.files ?? {}).map(([name, path]) => [name, resolve(path)]),
        ),
        ...(request.baseUrl ? { baseUrl: request.baseUrl } : {}),
        runsDir:
          request.runsDir === null
            ? null
            : isAbsolute(request.runsDir ?? 'runs')
              ? (request.runsDir ?? 'runs')
              : resolve(request.runsDir ?? 'runs'),
        ...(request.heal ? { heal: request.heal.model ? { model: request.heal.model } : {} } : {}),
      },
    });
  }
  return jobs;
}

function isSecretIn(spec: Spec, name: string): boolean {
  return spec.variables[name]?.secret ?? looksSecret(name);
}

export interface BrowserJobHandlers {
  handlers: JobHandlers;
  /** Closes the worker's browser (after the worker stopped taking jobs). */
  close(): Promise<void>;
}

/**
 * The handlers a worker serves browser jobs with: one Chromium per worker process, launched on the
 * first job and shared by the jobs it runs at once (a context each). A verdict, even `failed`, is
 * the job's result; only an error that stopped the replay (a crashed browser) fails the job, which
 * the queue then retries.
 */
export function createBrowserJobHandlers(
  options: { env?: NodeJS.ProcessEnv; launch?: () => Promise<Browser> } = {},
): BrowserJobHandlers {
  const env = options.env ?? process.env;
  const launch = options.launch ?? (() => launchChromium());
  let browser: Promise<Browser> | null = null;
  const shared = async (): Promise<Browser> => {
    const current = browser;
    if (current) {
      const open = await current.catch(() => null);
      if (open?.isConnected()) return open;
      if (browser !== current) return shared(); // another job is relaunching it
    }
    const launching = launch();
    browser = launching;
    // A failed launch is not kept: the next job (or the queue's retry) tries again.
    launching.catch(() => {
      if (browser === launching) browser = null;
    });
    return launching;
  };
  const replay = async (raw: unknown): Promise<ReplayJobResult> => {
    const data = ReplayJobDataSchema.parse(raw);
    const spec = await loadSpec(data.specPath);
    const variables = { ...data.variables };
    for (const name of Object.keys(spec.variables)) {
      const fromEnv = env[envName(name)];
      if (variables[name] === undefined && fromEnv !== undefined) variables[name] = fromEnv;
    }
    const started = performance.now();
    const result = await replayTest(
      {
        specPath: data.specPath,
        spec,
        variables,
        files: data.files,
        ...(data.baseUrl ? { baseUrl: data.baseUrl } : {}),
        runsDir: data.runsDir,
      },
      {
        browser: await shared(),
        ...(data.heal ? { healer: choosePlanner(data.heal.model, { env }) } : {}),
      },
    );
    return {
      specPath: data.specPath,
      status: result.status,
      reason: result.reason,
      ...(result.failure ? { failure: result.failure } : {}),
      ...(result.healedFiles ? { healedFiles: result.healedFiles } : {}),
      runDir: result.runDir,
      wallMs: performance.now() - started,
      worker: `${hostname()}:${process.pid}`,
    };
  };
  return {
    handlers: { [BROWSER_REPLAY_JOB]: replay },
    close: async () => {
      const current = await browser?.catch(() => null);
      browser = null;
      await current?.close().catch(() => {});
    },
  };
}
