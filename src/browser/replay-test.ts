import { dirname, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { EventBus } from '../core/events/event-bus.ts';
import type { BrowserEvent } from './events.ts';
import { saveHealedSpec } from './healed-spec.ts';
import type { Planner } from './planner.ts';
import { replaySpec, type ReplayResult } from './replay.ts';
import type { RunLimits } from './session.ts';
import { loadSpec, type Spec } from './spec.ts';

/** Which spec to replay, with what. */
export interface ReplayTestRequest {
  /** The spec file: relative upload paths resolve against its folder, and heals are saved beside it. */
  specPath: string;
  /** The spec already read from `specPath` (read from it when absent). */
  spec?: Spec;
  variables?: Record<string, string>;
  /** Overrides or adds upload files (name → path). */
  files?: Record<string, string>;
  /** Replaces the spec's start URL (e.g. another port of the same app). */
  baseUrl?: string;
  headed?: boolean;
  /** Artifacts go to `<runsDir>/<runId>/` (default `runs`). Null: keep none. */
  runsDir?: string | null;
  runId?: string;
  actionTimeoutMs?: number;
  /** Limits of the healing planner's work (default: a recording's limits). */
  healLimits?: Partial<RunLimits>;
}

/** A shared browser, the bus progress goes to, and (to heal broken steps) a planner. */
export interface ReplayTestDeps {
  browser?: Browser;
  bus?: EventBus<BrowserEvent>;
  /** When set, a step the app broke is re-decided by this planner and the replay goes on. */
  healer?: Planner;
}

export interface ReplayTestResult extends ReplayResult {
  /** Where the healed spec and its diff were saved (absolute paths), when the replay healed one. */
  healedFiles?: { spec: string; diff: string };
}

/**
 * Replays a spec with no model calls; with a healer, broken steps are re-decided and, when the
 * healed replay passes, the repaired spec is saved beside the original by the one naming rule
 * (`healedSpecPath`: never over the original, never over an earlier heal).
 */
export async function replayTest(
  request: ReplayTestRequest,
  deps: ReplayTestDeps = {},
): Promise<ReplayTestResult> {
  const specPath = resolve(request.specPath);
  const spec = request.spec ?? (await loadSpec(specPath));
  const result = await replaySpec(spec, {
    specDir: dirname(specPath),
    ...(request.variables ? { variables: request.variables } : {}),
    ...(request.files ? { files: request.files } : {}),
    ...(request.baseUrl ? { baseUrl: request.baseUrl } : {}),
    ...(request.headed ? { headed: true } : {}),
    ...(request.runsDir !== undefined ? { runsDir: request.runsDir } : {}),
    ...(request.runId ? { runId: request.runId } : {}),
    ...(request.actionTimeoutMs ? { actionTimeoutMs: request.actionTimeoutMs } : {}),
    ...(deps.browser ? { browser: deps.browser } : {}),
    ...(deps.bus ? { bus: deps.bus } : {}),
    ...(deps.healer
      ? { heal: { planner: deps.healer, ...(request.healLimits ? { limits: request.healLimits } : {}) } }
      : {}),
  });
  if (!result.healed) return result;
  const healedFiles = await saveHealedSpec(specPath, result.healed.spec, result.healed.diff);
  return { ...result, healedFiles };
}
