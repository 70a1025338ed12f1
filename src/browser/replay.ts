import { isAbsolute, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EventBus } from '../core/events/event-bus.ts';
import type { Usage } from '../core/models/types.ts';
import { RunArtifacts, stepFileName } from './artifacts.ts';
import { launchChromium } from './chromium.ts';
import type { BrowserEvent } from './events.ts';
import { MissingInputError, stepErrorKind, stepErrorMessage } from './errors.ts';
import { checkAssertion, performStep, type StepInputs } from './executor.ts';
import type { Planner } from './planner.ts';
import type { HealedStep, StepFailure } from './wire.ts';
import { DEFAULT_LIMITS, PlanningSession, type RunLimits } from './session.ts';
import {
  describeCondition,
  describeLocator,
  describeStep,
  serializeSpec,
  type Assertion,
  type Spec,
  type Step,
} from './spec.ts';

export interface ReplayOptions {
  variables?: Record<string, string>;
  /** Overrides or adds upload files (name → path). */
  files?: Record<string, string>;
  /** Folder of the spec file, against which relative file paths resolve. */
  specDir?: string;
  /** Replaces the spec's start URL (e.g. another port of the same app). */
  baseUrl?: string;
  browser?: Browser;
  headed?: boolean;
  runsDir?: string | null;
  runId?: string;
  bus?: EventBus<BrowserEvent>;
  actionTimeoutMs?: number;
  /** When set, a step that broke is re-decided by this planner and the run goes on. */
  heal?: { planner: Planner; limits?: Partial<RunLimits> };
}

// Typed once, in the wire file (the server sends them in a replay's summary).
export type { HealedStep, StepFailure } from './wire.ts';

export interface ReplayResult {
  /** `unverified`: every step ran but the spec holds no assertion (or was recorded unverified). */
  status: 'passed' | 'unverified' | 'failed';
  reason: string;
  failure?: StepFailure;
  /** Assertions that did not hold, with what was found. */
  failedAssertions: { assertion: string; problem: string }[];
  /** With healing: the repaired spec (only when something changed) and what changed. */
  healed?: { spec: Spec; steps: HealedStep[]; diff: string };
  runDir: string | null;
  usage: Usage[];
}

/**
 * Replays a spec with no model calls: each step, then each assertion. With `heal`, a step that
 * fails is re-decided by the planner (given the old step), and a repaired spec is returned — the
 * caller writes it next to the original, never over it.
 */
export async function replaySpec(spec: Spec, options: ReplayOptions = {}): Promise<ReplayResult> {
  const bus = options.bus ?? new EventBus<BrowserEvent>();
  const artifacts =
    options.runsDir === null ? undefined : new RunArtifacts(options.runsDir ?? 'runs', options.runId);
  const startUrl = options.baseUrl ? rebase(spec.url, options.baseUrl) : spec.url;
  const files = Object.fromEntries(
    Object.entries({ ...spec.files, ...options.files }).map(([name, path]) => [
      name,
      isAbsolute(path) || !options.specDir ? path : resolve(options.specDir, path),
    ]),
  );
  const inputs: StepInputs = {
    variables: options.variables ?? {},
    files,
    declared: spec.variables,
    baseUrl: startUrl,
  };
  const ownBrowser = options.browser ? null : await launchChromium(options.headed ? { headed: true } : {});
  const browser = options.browser ?? ownBrowser!;
  let context: BrowserContext | null = null;
  const newSteps: Step[] = [];
  const healedSteps: HealedStep[] = [];
  let assertions: Assertion[] = spec.assertions;
  const usage: Usage[] = [];
  const failedAssertions: ReplayResult['failedAssertions'] = [];
  let failure: StepFailure | undefined;
  let session: PlanningSession | null = null;
  try {
    context = await browser.newContext({ viewport: spec.viewport });
    if (artifacts) await context.tracing.start({ screenshots: true, snapshots: true });
    const page = await context.newPage();
    await page.goto(startUrl);
    if (options.heal) {
      session = new PlanningSession({
        page,
        planner: options.heal.planner,
        goal: spec.goal,
        inputs,
        limits: { ...DEFAULT_LIMITS, ...options.heal.limits },
        bus,
        ...(artifacts ? { artifacts } : {}),
        ...(options.actionTimeoutMs ? { actionTimeoutMs: options.actionTimeoutMs } : {}),
      });
    }
    for (const [index, step] of spec.steps.entries()) {
      const number = index + 1;
      bus.publish({ type: 'step-started', step: number, url: page.url() });
      try {
        await performStep(
          page,
          step,
          inputs,
          options.actionTimeoutMs ? { actionTimeoutMs: options.actionTimeoutMs } : {},
        );
        if (artifacts)
          await page.screenshot({ path: artifacts.path(stepFileName(number, 'after.png')) }).catch(() => {});
        newSteps.push(step);
        bus.publish({ type: 'step-done', step: number, description: describeStep(step), done: false });
        continue;
      } catch (error) {
        if (error instanceof MissingInputError || !session) {
          failure = await describeFailure(number, step, error, page, artifacts);
          bus.publish({
            type: 'action-failed',
            step: number,
            attempt: 1,
            kind: failure.kind,
            error: failure.error,
          });
          break;
        }
        bus.publish({
          type: 'action-failed',
          step: number,
          attempt: 1,
          kind: stepErrorKind(error),
          error: stepErrorMessage(error, { withHint: true }),
        });
      }
      // Heal: the planner re-decides this one step, knowing what it used to be.
      const outcome = await session.nextStep(number, { previousStep: step, allowDone: false });
      if (outcome.kind !== 'step') {
        failure = {
          step: number,
          description: describeStep(step),
          ...(step.locator ? { locator: describeLocator(step.locator) } : {}),
          error: `Could not heal: ${outcome.kind === 'failed' ? outcome.reason : 'no replacement'}`,
          kind: 'heal-failed',
        };
        break;
      }
      newSteps.push(outcome.step);
      healedSteps.push({
        step: number,
        before: describeStep(step),
        after: describeStep(outcome.step),
        reason: outcome.decision.reason,
      });
    }
    if (!failure) {
      for (const assertion of spec.assertions) {
        const problem = await checkAssertion(page, assertion, inputs);
        if (problem) failedAssertions.push({ assertion: describeCondition(assertion), problem });
      }
      if (failedAssertions.length && session) {
        // The success message may have changed too: ask the planner for fresh evidence.
        const outcome = await session.nextStep(spec.steps.length + 1, { doneOnly: true });
        if (outcome.kind === 'done') {
          for (const f of failedAssertions)
            healedSteps.push({ step: 0, before: `assert ${f.assertion}`, after: '', reason: f.problem });
          healedSteps.push({
            step: 0,
            before: '',
            after: outcome.assertions.map((a) => `assert ${describeCondition(a)}`).join('; '),
            reason: outcome.decision.reason,
          });
          assertions = outcome.assertions;
          failedAssertions.length = 0;
        }
      }
    }
    if (session) usage.push(...session.usage);
  } finally {
    if (context && artifacts)
      await context.tracing.stop({ path: artifacts.path('trace.zip') }).catch(() => {});
    await context?.close().catch(() => {});
    await ownBrowser?.close().catch(() => {});
  }

  const confirmsNothing =
    !assertions.length ||
    (spec.recordedWith?.outcome !== undefined && spec.recordedWith.outcome !== 'passed');
  const status: ReplayResult['status'] =
    failure || failedAssertions.length ? 'failed' : confirmsNothing ? 'unverified' : 'passed';
  const reason = failure
    ? `Step ${failure.step} (${failure.description}) failed: ${failure.error}`
    : failedAssertions.length
      ? `${failedAssertions.length} assertion(s) failed: ${failedAssertions.map((f) => `${f.assertion} — ${f.problem}`).join('; ')}`
      : confirmsNothing
        ? `${spec.steps.length} step(s) ran, but the spec was recorded ${spec.recordedWith?.outcome ?? 'without assertions'}: nothing confirms the goal.`
        : `${spec.steps.length} step(s) and ${spec.assertions.length} assertion(s) passed${healedSteps.length ? ` after healing ${healedSteps.filter((h) => h.step > 0).length} step(s)` : ''}.`;
  const result: ReplayResult = {
    status,
    reason,
    ...(failure ? { failure } : {}),
    failedAssertions,
    runDir: artifacts?.dir ?? null,
    usage,
  };
  if (healedSteps.length && status === 'passed') {
    const healedSpec: Spec = {
      ...spec,
      steps: newSteps,
      assertions,
      recordedWith: {
        planner: options.heal!.planner.name,
        at: new Date().toISOString(),
        healedFrom: spec.recordedWith?.at ?? 'unknown',
      },
    };
    const diff = createTwoFilesPatch(
      'spec.json',
      'healed.spec.json',
      serializeSpec(spec),
      serializeSpec(healedSpec),
    );
    result.healed = { spec: healedSpec, steps: healedSteps, diff };
  }
  bus.publish({ type: 'run-done', status, reason });
  if (artifacts) {
    await artifacts.writeJson('report.json', {
      kind: 'replay',
      runId: artifacts.runId,
      status,
      reason,
      failure: failure ?? null,
      failedAssertions,
      healed: result.healed?.steps ?? [],
      usage,
    });
    if (result.healed) await artifacts.writeText('heal.diff', result.healed.diff);
  }
  return result;
}

/** A readable summary of healed steps, one line each. */
export function describeHeal(steps: HealedStep[]): string {
  return steps
    .map((h) =>
      h.step > 0
        ? `step ${h.step}: ${h.before}\n      → ${h.after}\n        (${h.reason})`
        : h.before
          ? `- ${h.before} (${h.reason})`
          : `+ ${h.after}`,
    )
    .join('\n');
}

function rebase(url: string, base: string): string {
  const original = new URL(url);
  const target = new URL(base);
  return new URL(original.pathname + original.search + original.hash, target).toString();
}

async function describeFailure(
  step: number,
  spec: Step,
  error: unknown,
  page: Page,
  artifacts: RunArtifacts | undefined,
): Promise<StepFailure> {
  const screenshot = artifacts?.path(stepFileName(step, 'failure.png'));
  if (screenshot) {
    await artifacts!.ensure();
    await page.screenshot({ path: screenshot }).catch(() => {});
  }
  return {
    step,
    description: describeStep(spec),
    ...(spec.locator ? { locator: describeLocator(spec.locator) } : {}),
    error: stepErrorMessage(error, { withHint: true }),
    kind: stepErrorKind(error),
    ...(screenshot ? { screenshot } : {}),
  };
}
