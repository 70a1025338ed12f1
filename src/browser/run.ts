import type { Browser, BrowserContext, Page } from 'playwright-core';
import { acceptNativeDialogs } from './native-dialogs.ts';
import { EventBus } from '../core/events/event-bus.ts';
import type { Usage } from '../core/models/types.ts';
import { RunArtifacts } from './artifacts.ts';
import { launchChromium } from './chromium.ts';
import type { BrowserEvent } from './events.ts';
import type { HistoryEntry, Planner } from './planner.ts';
import { DEFAULT_LIMITS, PlanningSession, type LimitName, type RunLimits } from './session.ts';
import { watchRequests } from './settle.ts';
import {
  SPEC_VERSION,
  describeStep,
  looksSecret,
  type Assertion,
  type Spec,
  type Step,
  type WaitCondition,
} from './spec.ts';
import type { RunEvidence } from './wire.ts';

export interface RunGoalOptions {
  url: string;
  goal: string;
  planner: Planner;
  /** Run-time variable values; only names end up in the spec. */
  variables?: Record<string, string>;
  /** File name → path, for uploads. */
  files?: Record<string, string>;
  /** Reuse a browser (tests share one); otherwise one is launched and closed. */
  browser?: Browser;
  headed?: boolean;
  viewport?: { width: number; height: number };
  limits?: Partial<RunLimits>;
  /** Artifacts go to `<runsDir>/<runId>/` (default `runs`). Null: keep none. */
  runsDir?: string | null;
  runId?: string;
  bus?: EventBus<BrowserEvent>;
  actionTimeoutMs?: number;
  signal?: AbortSignal;
  /** Called with the page before it closes (tests read the app's own state here). */
  onFinish?: (page: Page) => Promise<void>;
}

/**
 * What the checker found when the run ended (absent when it never got that far): goal parts
 * confirmed, goal parts nothing on the page confirmed, why it refused the end. Typed once, in the
 * wire file (the server sends it in a failed recording's summary).
 */
export type { RunEvidence } from './wire.ts';

export interface RunGoalResult {
  /**
   * `passed`: assertions derived from the goal hold on the final page. `unverified`: the actions ran
   * but part of the goal's outcome could not be confirmed. `failed`: a step, a limit or the checker
   * said no (see `reason`, and `failedStep`).
   */
  status: 'passed' | 'unverified' | 'failed';
  reason: string;
  /** The step that was being decided when the run failed. */
  failedStep?: number;
  evidence?: RunEvidence;
  /** What the run did, one line per recorded step. */
  did: string[];
  /** Which limit ended the run, when one did. */
  limit?: LimitName;
  /** The recorded spec: complete when passed, the steps so far otherwise. */
  spec: Spec;
  runDir: string | null;
  counts: { steps: number; actions: number; pageViews: number };
  usage: Usage[];
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/**
 * Drives Chromium toward `goal`, one planner decision per step, and records what worked as a spec.
 * Passed means the planner declared done and its assertions held on the page.
 */
export async function runGoal(options: RunGoalOptions): Promise<RunGoalResult> {
  const bus = options.bus ?? new EventBus<BrowserEvent>();
  const limits: RunLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const viewport = options.viewport ?? DEFAULT_VIEWPORT;
  const variables = options.variables ?? {};
  const files = options.files ?? {};
  const artifacts =
    options.runsDir === null ? undefined : new RunArtifacts(options.runsDir ?? 'runs', options.runId);
  const ownBrowser = options.browser ? null : await launchChromium(options.headed ? { headed: true } : {});
  const browser = options.browser ?? ownBrowser!;
  let context: BrowserContext | null = null;
  const steps: Step[] = [];
  let assertions: Assertion[] = [];
  let status: RunGoalResult['status'] = 'failed';
  let reason: string;
  let limit: LimitName | undefined;
  let failedStep: number | undefined;
  let evidence: RunEvidence | undefined;
  let session: PlanningSession;
  try {
    context = await browser.newContext({ viewport });
    if (artifacts) await context.tracing.start({ screenshots: true, snapshots: true });
    const page: Page = await context.newPage();
    acceptNativeDialogs(page);
    watchRequests(page);
    await page.goto(options.url);
    session = new PlanningSession({
      page,
      planner: options.planner,
      goal: options.goal,
      inputs: { variables, files, baseUrl: options.url },
      limits,
      bus,
      ...(artifacts ? { artifacts } : {}),
      ...(options.actionTimeoutMs ? { actionTimeoutMs: options.actionTimeoutMs } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    for (let stepNumber = 1; ; stepNumber++) {
      const outcome = await session.nextStep(stepNumber);
      if (outcome.kind === 'failed') {
        reason = outcome.reason;
        limit = outcome.limit;
        failedStep = stepNumber;
        const refused = [...session.history].reverse().find((h) => h.error?.startsWith('Not done:'));
        if (refused) evidence = { confirmed: [], unconfirmed: [], problems: [refused.error!] };
        break;
      }
      if (outcome.kind === 'done') {
        assertions = outcome.assertions;
        const { confirmed, unconfirmed, problems } = outcome.judgement;
        evidence = { confirmed, unconfirmed, problems };
        const placed = withCheckpoints(steps, session.history, outcome.judgement.checkpoints);
        if (outcome.judgement.outcome === 'passed' && placed) {
          // Parts a later part undid ("open … and close it") were seen right after their step:
          // replay waits for the same evidence there.
          steps.splice(0, steps.length, ...placed);
          status = 'passed';
          reason = `Goal reached in ${steps.length} step(s); ${assertions.length} assertion(s) derived from the goal hold.`;
        } else {
          status = 'unverified';
          reason = placed
            ? `Did ${steps.length} step(s), but could not confirm ${unconfirmed.join('; ')}.`
            : `Did ${steps.length} step(s), but the evidence seen between steps could not be placed in the recording.`;
        }
        break;
      }
      steps.push(outcome.step);
      session.steps = steps.length;
    }
    if (options.onFinish) await options.onFinish(page);
  } finally {
    if (context && artifacts)
      await context.tracing.stop({ path: artifacts.path('trace.zip') }).catch(() => {});
    await context?.close().catch(() => {});
    await ownBrowser?.close().catch(() => {});
  }

  // Upload file names are run-time inputs too: a replay may send another file.
  const fileNames = Object.fromEntries(
    Object.entries(files).map(([name, path]) => [`file:${name}`, path.split(/[\\/]/).at(-1) ?? path]),
  );
  assertions = withoutVariableValues(assertions, { ...variables, ...fileNames });
  const used = new Set(steps.flatMap((s) => (typeof s.value === 'object' ? [s.value.var] : [])));
  for (const a of assertions)
    if (a.type === 'field-value' && typeof a.value === 'object') used.add(a.value.var);
  const spec: Spec = {
    version: SPEC_VERSION,
    goal: options.goal,
    url: options.url,
    viewport,
    variables: Object.fromEntries(
      [...used].sort().map((name) => [name, looksSecret(name) ? { secret: true } : {}]),
    ),
    files: Object.fromEntries(Object.entries(files).filter(([name]) => steps.some((s) => s.file === name))),
    steps,
    assertions,
    recordedWith: { planner: options.planner.name, outcome: status, at: new Date().toISOString() },
  };
  const counts = { steps: steps.length, actions: session.actions, pageViews: session.pageViews };
  const result: RunGoalResult = {
    status,
    reason,
    ...(limit ? { limit } : {}),
    ...(failedStep !== undefined ? { failedStep } : {}),
    ...(evidence ? { evidence } : {}),
    did: steps.map(describeStep),
    spec,
    runDir: artifacts?.dir ?? null,
    counts,
    usage: session.usage,
  };
  bus.publish({ type: 'run-done', status, reason, ...(limit ? { limit } : {}) });
  if (artifacts) {
    await artifacts.writeJson('report.json', {
      kind: 'run',
      runId: artifacts.runId,
      status,
      reason,
      limit: limit ?? null,
      failedStep: failedStep ?? null,
      evidence: evidence ?? null,
      did: result.did,
      goal: options.goal,
      url: options.url,
      planner: options.planner.name,
      variables: Object.keys(variables),
      counts,
      usage: result.usage,
      history: session.history,
      spec,
    });
  }
  return result;
}

/**
 * A text assertion quoting a run-time value ("Welcome, Ada!") would fail when the spec is replayed
 * with other values, and would store the value: keep the longest fixed part instead, or drop it.
 */
export function withoutVariableValues(
  assertions: Assertion[],
  variables: Record<string, string>,
): Assertion[] {
  const values = Object.values(variables).filter((v) => v.length >= 3);
  return assertions.flatMap((assertion): Assertion[] => {
    if (assertion.type !== 'text-visible') return [assertion];
    const hit = values.filter((v) => assertion.text.includes(v));
    if (!hit.length) return [assertion];
    const pieces = hit
      .reduce((parts, value) => parts.flatMap((p) => p.split(value)), [assertion.text])
      .map((p) => p.trim().replace(/^[^\p{L}\p{N}]+/u, ''))
      .filter((p) => p.replace(/[^\p{L}\p{N}]/gu, '').length >= 5)
      .sort((a, b) => b.length - a.length);
    return pieces[0] ? [{ ...assertion, text: pieces[0] }] : [];
  });
}

/**
 * The recorded steps with a `wait` step after each step a checkpoint was seen after (steps are the
 * history's successful actions, in order); null when there are checkpoints and the steps do not line
 * up with the history (a healed replay), so the pass is not claimed without them.
 */
export function withCheckpoints(
  steps: readonly Step[],
  history: readonly HistoryEntry[],
  checkpoints: readonly { entry: HistoryEntry; until: WaitCondition }[],
): Step[] | null {
  const acted = history.filter((h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail');
  if (acted.length !== steps.length) return checkpoints.length ? null : [...steps];
  const out: Step[] = [];
  steps.forEach((step, i) => {
    out.push(step);
    for (const c of checkpoints)
      if (c.entry === acted[i])
        out.push({ action: 'wait', until: c.until, reason: 'what the goal asked for at this point' });
  });
  return out;
}
