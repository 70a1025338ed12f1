import { join, relative, sep } from 'node:path';
import { EventBus } from '../../core/events/event-bus.ts';
import {
  choosePlanner,
  declareVariables,
  isSecretVariable,
  recordTest,
  replayTest,
  type BrowserEvent,
  type BrowserTestFolder,
  type TestConfig,
} from '../../browser/index.ts';
import { BadRequestError } from '../errors.ts';
import type { RecordRunSummary, ReplayRunSummary } from '../protocol/index.ts';
import { createRedactor, type Redactor } from '../redact.ts';
import { finishAs, type JobContext } from '../run-manager.ts';
import { abortableBrowser, type SharedBrowser } from './shared-browser.ts';

export const BROWSER_RUN_KIND = 'browser-run';
export const BROWSER_REPLAY_KIND = 'browser-replay';

/** Stands in for a secret value in a run's stored input. */
export const SECRET_PLACEHOLDER = '[secret]';

/** A run's stored input: the test, the non-secret variable values, and secret names only. */
export interface BrowserJobInput {
  test: string;
  variables: Record<string, string>;
  heal?: boolean;
}

export interface BrowserJobDeps {
  tests: BrowserTestFolder;
  browser: SharedBrowser;
  /** `<dataDir>/runs`: each run's artifacts go to `<runsDir>/<runId>/`. */
  runsDir: string;
  env: NodeJS.ProcessEnv;
}

/** The subject of every run of one test: at most one live run (record or replay) per test. */
export function subjectOfTest(name: string): string {
  return `browser-test:${name}`;
}

export { isSecretVariable };

/**
 * Splits the values a run was given into what may be stored (non-secret values; secret names with a
 * placeholder) and the secrets, which live only in the job's memory. Throws BadRequestError naming
 * the declared variables that have neither a value nor a default.
 */
export function splitVariables(
  config: TestConfig,
  supplied: Record<string, string>,
): { stored: Record<string, string>; secrets: Record<string, string> } {
  const missing = Object.entries(config.variables)
    .filter(([name, declared]) => supplied[name] === undefined && declared.default === undefined)
    .map(([name]) => name);
  if (missing.length) {
    throw new BadRequestError(`Missing value for variable(s): ${missing.join(', ')}.`, {
      hint: 'Send them in the body: {"variables": {"name": "value"}}. Secret values are never stored, so they are needed on every run.',
    });
  }
  const stored: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  for (const [name, value] of Object.entries(supplied)) {
    if (isSecretVariable(config, name)) {
      stored[name] = SECRET_PLACEHOLDER;
      secrets[name] = value;
    } else stored[name] = value;
  }
  return { stored, secrets };
}

/** Defaults, then stored values, then secrets; a placeholder without its secret is an error. */
function valuesFor(config: TestConfig, input: BrowserJobInput, secrets: Record<string, string>) {
  const values: Record<string, string> = {};
  for (const [name, declared] of Object.entries(config.variables))
    if (declared.default !== undefined) values[name] = declared.default;
  const lacking: string[] = [];
  for (const [name, value] of Object.entries(input.variables)) {
    if (value === SECRET_PLACEHOLDER && secrets[name] === undefined) lacking.push(name);
    else values[name] = secrets[name] ?? value;
  }
  if (lacking.length) {
    throw new BadRequestError(`Secret variable(s) ${lacking.join(', ')} have no value in this run.`, {
      hint: `Secret values are never stored, so a rerun cannot supply them: start a new run with POST /api/v1/browser-tests/${input.test}/run (or /replay) and send them.`,
    });
  }
  return values;
}

/** Absolute paths of the test's upload files. */
function filesOf(deps: BrowserJobDeps, config: TestConfig): Record<string, string> {
  return Object.fromEntries(
    Object.entries(config.files).map(([key, path]) => [key, deps.tests.pathIn(config.name, path)]),
  );
}

/**
 * A bus whose events go to the run: secret values redacted, and absolute paths inside the run's
 * artifact folder turned into artifact names (`step-01-attempt-1.png`), which
 * `GET /runs/:id/artifacts/<name>` serves.
 */
function forwardingBus(context: JobContext, runDir: string, redactSecrets: Redactor) {
  const bus = new EventBus<BrowserEvent>();
  bus.subscribe(({ event }) => {
    context.emit(redactSecrets(artifactNames(event, runDir)));
  });
  return bus;
}

/** Replaces this run's secret values wherever they appear (events, summaries, error messages). */
function secretRedactor(secrets: Record<string, string>): Redactor {
  return createRedactor(
    Object.values(secrets)
      .filter((value) => value.length >= 3)
      .sort((a, b) => b.length - a.length),
  );
}

/** Replaces absolute paths under `runDir` with paths relative to it, anywhere in a JSON value. */
export function artifactNames<T>(value: T, runDir: string, depth = 0): T {
  if (typeof value === 'string') {
    return (value.startsWith(runDir + sep) ? relative(runDir, value).split(sep).join('/') : value) as T;
  }
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => artifactNames(item, runDir, depth + 1)) as T;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, artifactNames(item, runDir, depth + 1)]),
  ) as T;
}

/**
 * Job `browser-run`: records the test with its planner in the shared Chromium (the product's
 * `recordTest`: `spec.json` is written only on a pass), forwards the events, and presents the
 * verdict as the run's summary.
 */
export async function recordRun(
  deps: BrowserJobDeps,
  context: JobContext,
  input: BrowserJobInput,
  secrets: Record<string, string> = {},
): Promise<unknown> {
  const config = await deps.tests.read(input.test);
  const variables = valuesFor(config, input, secrets);
  const planner = choosePlanner(config.model, { env: deps.env });
  const browser = abortableBrowser(await deps.browser.get(), context.signal);
  const runDir = join(deps.runsDir, context.runId);
  const redactSecrets = secretRedactor(secrets);
  const result = await recordTest(
    {
      url: config.url,
      goal: config.goal,
      variables,
      files: filesOf(deps, config),
      ...(config.viewport ? { viewport: config.viewport } : {}),
      ...(config.limits ? { limits: config.limits } : {}),
      runsDir: deps.runsDir,
      runId: context.runId,
      signal: context.signal,
      specPath: deps.tests.specPath(config.name),
      finishSpec: (spec) => ({ ...spec, name: config.name, variables: declareVariables(spec, config) }),
    },
    { planner, browser, bus: forwardingBus(context, runDir, redactSecrets) },
  );
  const spec = result.spec;
  const passed = result.savedTo !== null;
  const summary = {
    test: config.name,
    status: result.status,
    reason: result.reason,
    ...(result.limit ? { limit: result.limit } : {}),
    planner: planner.name,
    counts: result.counts,
    steps: spec.steps.length,
    assertions: spec.assertions.length,
    specSaved: passed,
    // An unfinished spec is still useful to look at; it stays in the run, not in the test.
    ...(passed ? {} : { spec }),
    ...(result.unfinishedAt ? { unfinishedSpec: relative(runDir, result.unfinishedAt) } : {}),
  } satisfies RecordRunSummary;
  // Unverified is not a pass: the run ends failed (with its own code) and its spec is not saved.
  return passed
    ? redactSecrets(summary)
    : finishAs(
        'failed',
        redactSecrets({
          ...summary,
          ...(result.evidence ? { evidence: result.evidence } : {}),
        } satisfies RecordRunSummary),
        {
          code:
            result.status === 'unverified'
              ? 'goal-unverified'
              : result.limit
                ? 'limit-reached'
                : 'goal-not-reached',
          message: redactSecrets(result.reason),
        },
      );
}

/**
 * Job `browser-replay`: replays `spec.json` with no planner; with `heal`, a broken step is
 * re-decided and the repaired spec saved by the one naming rule (`spec.healed.json` + `.diff`,
 * then `-2`, …), never over the original.
 */
export async function replayRun(
  deps: BrowserJobDeps,
  context: JobContext,
  input: BrowserJobInput,
  secrets: Record<string, string> = {},
): Promise<unknown> {
  const config = await deps.tests.read(input.test);
  const spec = await deps.tests.readSpec(config.name);
  if (!spec) {
    throw new BadRequestError(`Browser test "${config.name}" has no recorded spec yet.`, {
      hint: `Record it first with POST /api/v1/browser-tests/${config.name}/run.`,
    });
  }
  const variables = valuesFor(config, input, secrets);
  const browser = abortableBrowser(await deps.browser.get(), context.signal);
  const runDir = join(deps.runsDir, context.runId);
  const redactSecrets = secretRedactor(secrets);
  const result = await replayTest(
    {
      specPath: deps.tests.specPath(config.name),
      spec,
      variables,
      files: filesOf(deps, config),
      runsDir: deps.runsDir,
      runId: context.runId,
    },
    {
      browser,
      bus: forwardingBus(context, runDir, redactSecrets),
      ...(input.heal ? { healer: choosePlanner(config.model, { env: deps.env }) } : {}),
    },
  );
  const testDir = deps.tests.dirOf(config.name);
  const healed =
    result.healed && result.healedFiles
      ? {
          spec: relative(testDir, result.healedFiles.spec),
          diff: relative(testDir, result.healedFiles.diff),
          steps: result.healed.steps,
        }
      : undefined;
  const summary = redactSecrets(
    artifactNames(
      {
        test: config.name,
        status: result.status,
        reason: result.reason,
        ...(result.failure ? { failure: result.failure } : {}),
        failedAssertions: result.failedAssertions,
        ...(healed ? { healed } : {}),
      } satisfies ReplayRunSummary,
      runDir,
    ),
  );
  return result.status === 'passed'
    ? summary
    : finishAs('failed', summary, {
        code: result.status === 'unverified' ? 'replay-unverified' : 'replay-failed',
        message: redactSecrets(result.reason),
      });
}
