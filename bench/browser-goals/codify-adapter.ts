/**
 * The one place the browser-goal benchmark touches codify's browser API: run a goal, replay a spec,
 * heal it, and map codify's verdicts onto the three the benchmark counts (passed, unverified,
 * failed). When the planner or the verdicts change (issue 10 §1 adds `unverified`), update this
 * module only; the benchmark and its truth checks stay as they are.
 */
import type { Browser } from 'playwright-core';
import { LocalPlanner } from '../../src/browser/local-planner.ts';
import { replaySpec } from '../../src/browser/replay.ts';
import { runGoal } from '../../src/browser/run.ts';
import { describeStep, type Spec } from '../../src/browser/spec.ts';
import { exportRefusal } from '../../src/browser/index.ts';

/** What codify said about a run: the benchmark compares it with what the app says. */
export type Verdict = 'passed' | 'unverified' | 'failed';

export interface CodifyRun {
  verdict: Verdict;
  reason: string;
  /** The recorded spec (complete or not); null when codify recorded nothing replayable. */
  spec: Spec | null;
  /** The recorded steps in words ("fill the Username textbox with …"). */
  steps: string[];
}

export interface CodifyReplay {
  verdict: Verdict;
  reason: string;
  /** Steps the healer re-decided (0 without healing). */
  healedSteps: number;
}

/**
 * Maps codify's run status to a verdict. Today's code knows `passed` and `failed`; a status named
 * `unverified` (or a result that carries `verdict: 'unverified'`) maps to unverified, so the
 * benchmark counts it as soon as the planner reports it.
 */
export function verdictOf(result: { status: string; verdict?: string }): Verdict {
  const said = result.verdict ?? result.status;
  if (said === 'passed') return 'passed';
  if (said === 'unverified') return 'unverified';
  return 'failed';
}

export interface RunOptions {
  browser: Browser;
  url: string;
  goal: string;
  variables: Record<string, string>;
  /** The run's wall-time limit. */
  timeoutMs: number;
}

/** Runs the local planner on `goal` as `codify test run` does (no model, no artifacts). */
export async function runLocalPlanner(options: RunOptions): Promise<CodifyRun> {
  const result = await runGoal({
    url: options.url,
    goal: options.goal,
    planner: new LocalPlanner(),
    variables: options.variables,
    browser: options.browser,
    runsDir: null,
    limits: { maxWallMs: options.timeoutMs },
    signal: AbortSignal.timeout(options.timeoutMs + 5_000),
  });
  return {
    verdict: verdictOf(result),
    reason: result.reason,
    spec: result.spec,
    steps: result.spec.steps.map(describeStep),
  };
}

export interface ReplayOptions {
  browser: Browser;
  /** Origin of the fresh app instance to replay against. */
  baseUrl: string;
  variables: Record<string, string>;
  /** Heal broken steps with the local planner (as `codify test replay --heal`). */
  heal: boolean;
  timeoutMs: number;
}

/** Replays `spec` against `baseUrl` as `codify test replay [--heal]` does. */
export async function replay(spec: Spec, options: ReplayOptions): Promise<CodifyReplay> {
  const result = await replaySpec(spec, {
    baseUrl: options.baseUrl,
    variables: options.variables,
    browser: options.browser,
    runsDir: null,
    actionTimeoutMs: 5_000,
    ...(options.heal
      ? { heal: { planner: new LocalPlanner(), limits: { maxWallMs: options.timeoutMs } } }
      : {}),
  });
  return {
    verdict: verdictOf(result),
    reason: result.reason,
    healedSteps: result.healed?.steps.length ?? 0,
  };
}

/**
 * Whether `codify test export` would write this run's spec as a test: only a passed recording
 * with goal-derived assertions (it refuses unverified and failed ones, exit 1).
 */
export function exportable(run: CodifyRun): boolean {
  return run.verdict === 'passed' && run.spec !== null && exportRefusal(run.spec) === null;
}
