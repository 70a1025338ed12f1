import { rename } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import type { EventBus } from '../core/events/event-bus.ts';
import type { BrowserEvent } from './events.ts';
import type { Planner } from './planner.ts';
import { runGoal, type RunGoalOptions, type RunGoalResult } from './run.ts';
import type { RunLimits } from './session.ts';
import { saveSpec, type Spec } from './spec.ts';

/** What to record and where a passing recording goes. */
export interface RecordTestRequest {
  url: string;
  goal: string;
  /** Run-time variable values; only names end up in the spec. */
  variables?: Record<string, string>;
  /** File name → path, for uploads. */
  files?: Record<string, string>;
  viewport?: { width: number; height: number };
  limits?: Partial<RunLimits>;
  headed?: boolean;
  /** Artifacts go to `<runsDir>/<runId>/` (default `runs`). Null: keep none. */
  runsDir?: string | null;
  runId?: string;
  actionTimeoutMs?: number;
  signal?: AbortSignal;
  /** Where the spec is saved, and only if the recording passed (see {@link recordTest}). */
  specPath: string;
  /** The adapter's last word on the spec before it is kept (e.g. a test folder's declarations). */
  finishSpec?: (spec: Spec) => Spec;
  /** Called with the page before it closes (tests read the app's own state here). */
  onFinish?: RunGoalOptions['onFinish'];
}

/** Who records: the planner, and optionally a shared browser and the bus progress goes to. */
export interface RecordTestDeps {
  planner: Planner;
  browser?: Browser;
  bus?: EventBus<BrowserEvent>;
}

export interface RecordTestResult extends RunGoalResult {
  /** `specPath` when the recording passed and the spec was saved there; otherwise null. */
  savedTo: string | null;
  /**
   * When it did not pass: the steps so far as `unfinished.spec.json` in the run's artifacts folder
   * (null when the run keeps no artifacts or recorded no step), for a person to look at or finish.
   */
  unfinishedAt: string | null;
}

/** The file the steps of a recording that did not pass are kept in, inside its run folder. */
export const UNFINISHED_SPEC_FILE = 'unfinished.spec.json';

/**
 * Records a browser test: the planner drives Chromium toward the goal and what worked becomes a
 * spec. **What is saved** (one rule for the CLI and the server): the spec is written to
 * `specPath` only when the verdict is `passed`, so a spec file at that path always means "this
 * recording passed" and an earlier passing spec is never replaced by a failed or unverified
 * attempt. The steps of a recording that did not pass are kept in its run folder instead
 * ({@link UNFINISHED_SPEC_FILE}). Upload paths in the spec are made relative to the spec's folder,
 * so the folder can move.
 */
export async function recordTest(
  request: RecordTestRequest,
  deps: RecordTestDeps,
): Promise<RecordTestResult> {
  const result = await runGoal({
    url: request.url,
    goal: request.goal,
    planner: deps.planner,
    ...(request.variables ? { variables: request.variables } : {}),
    ...(request.files ? { files: request.files } : {}),
    ...(request.viewport ? { viewport: request.viewport } : {}),
    ...(request.limits ? { limits: request.limits } : {}),
    ...(request.headed ? { headed: true } : {}),
    ...(request.runsDir !== undefined ? { runsDir: request.runsDir } : {}),
    ...(request.runId ? { runId: request.runId } : {}),
    ...(request.actionTimeoutMs ? { actionTimeoutMs: request.actionTimeoutMs } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.onFinish ? { onFinish: request.onFinish } : {}),
    ...(deps.browser ? { browser: deps.browser } : {}),
    ...(deps.bus ? { bus: deps.bus } : {}),
  });
  const specPath = resolve(request.specPath);
  const relativeSpec = { ...result.spec, files: filesRelativeTo(result.spec.files, dirname(specPath)) };
  const spec = request.finishSpec ? request.finishSpec(relativeSpec) : relativeSpec;
  let savedTo: string | null = null;
  let unfinishedAt: string | null = null;
  if (result.status === 'passed') {
    // Write then rename: a reader (a replay started meanwhile) never sees half a spec.
    await saveSpec(`${specPath}.tmp`, spec);
    await rename(`${specPath}.tmp`, specPath);
    savedTo = specPath;
  } else if (result.runDir && spec.steps.length) {
    unfinishedAt = join(result.runDir, UNFINISHED_SPEC_FILE);
    await saveSpec(unfinishedAt, spec);
  }
  return { ...result, spec, savedTo, unfinishedAt };
}

/** Upload paths relative to `dir` (POSIX separators), so a spec folder can be moved or copied. */
function filesRelativeTo(files: Spec['files'], dir: string): Spec['files'] {
  return Object.fromEntries(
    Object.entries(files).map(([name, path]) => [
      name,
      isAbsolute(path) ? relative(dir, path).split(sep).join('/') || path : path,
    ]),
  );
}
