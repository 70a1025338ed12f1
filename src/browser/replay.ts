import { isAbsolute, resolve } from 'node:path';
import { acceptNativeDialogs } from './native-dialogs.ts';
import { createTwoFilesPatch } from 'diff';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { EventBus } from '../core/events/event-bus.ts';
import type { Usage } from '../core/models/types.ts';
import { RunArtifacts, stepFileName } from './artifacts.ts';
import { launchChromium } from './chromium.ts';
import type { BrowserEvent } from './events.ts';
import { MissingInputError, stepErrorKind, stepErrorMessage } from './errors.ts';
import { judgeAssertionHeal } from './assertion-heal.ts';
import { waitForSettled, watchRequests } from './settle.ts';
import { checkAssertion, performStep, type StepInputs } from './executor.ts';
import { toPlaywrightLocator } from './locators.ts';
import { observe, type Observation } from './observe.ts';
import { replayedEntry } from './replay-history.ts';
import type { HistoryEntry, Planner } from './planner.ts';
import type { HealedStep, StepFailure } from './wire.ts';
import { DEFAULT_LIMITS, PlanningSession, type RunLimits } from './session.ts';
import {
  describeCondition,
  describeLocator,
  describeStep,
  serializeSpec,
  type Assertion,
  type Spec,
  type SpecLocator,
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
  /** Called with the page once the replay has run (e.g. to read the app's own state), before it closes. */
  onFinish?: (page: Page) => Promise<void>;
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
  const failedChecks: Assertion[] = [];
  /** Why the healer's fresh evidence was refused (weaker than the goal's assertions), if it was. */
  let weakerOffer = '';
  let failure: StepFailure | undefined;
  let session: PlanningSession | null = null;
  try {
    context = await browser.newContext({ viewport: spec.viewport });
    if (artifacts) await context.tracing.start({ screenshots: true, snapshots: true });
    const page = await context.newPage();
    acceptNativeDialogs(page);
    watchRequests(page);
    await page.goto(startUrl);
    // The first step acts on the page as recorded: after its content arrived.
    await waitForSettled(page);
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
      // The checker judges fresh evidence against the page as it was before the spec's steps ran:
      // without it, a heal asked for evidence at the end would only see the end, where nothing changed,
      // and a renamed control's state (a "Pin" now called "Pin shipment") could never be re-checked.
      session.start = await observe(page);
    }
    for (const [index, step] of spec.steps.entries()) {
      const number = index + 1;
      bus.publish({ type: 'step-started', step: number, url: page.url() });
      // With a healer, the page before each step and the element it acts on, as a run records them.
      const before: Observation | null = session ? await observe(page) : null;
      const entry = before ? await replayedEntry(page, before, step, number) : null;
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
        if (session) noteReplayed(session, entry, before!);
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
      // Heal, first without a planner: another locator recorded for the same element.
      const fallback = await tryFallbacks(page, step, inputs, options.actionTimeoutMs);
      if (fallback) {
        newSteps.push(fallback.step);
        // Its element by the locator that found it (after acting: kept when the element still is).
        noteReplayed(session, await replayedEntry(page, before!, fallback.step, number), before!);
        healedSteps.push({
          step: number,
          before: describeStep(step),
          after: describeStep(fallback.step),
          reason: `"${describeLocator(step.locator!)}" found nothing; "${describeLocator(fallback.step.locator!)}", recorded for the same element, did`,
        });
        bus.publish({
          type: 'step-done',
          step: number,
          description: describeStep(fallback.step),
          done: false,
        });
        continue;
      }
      // Then the planner re-decides this one step, knowing what it used to be.
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
        if (problem) {
          failedAssertions.push({ assertion: describeCondition(assertion), problem });
          failedChecks.push(assertion);
        }
      }
      if (failedAssertions.length && session) {
        // The success message may have changed with the UI: ask the planner for fresh evidence. A
        // failed assertion is replaced only by one as strong (judgeAssertionHeal); otherwise the
        // replay fails, so a heal never turns a goal the app no longer reaches into a pass.
        const outcome = await session.nextStep(spec.steps.length + 1, { doneOnly: true });
        if (outcome.kind === 'done') {
          const values = Object.values(inputs.variables);
          const judged = failedChecks.map((failed) => ({
            failed,
            ...judgeAssertionHeal(failed, outcome.assertions, spec.goal, values),
          }));
          const weaker = judged.filter((j) => !j.replacement);
          if (!weaker.length) {
            for (const j of judged)
              healedSteps.push({
                step: 0,
                before: `assert ${describeCondition(j.failed)}`,
                after: `assert ${describeCondition(j.replacement!)}`,
                reason: `the evidence changed with the UI: the old check failed (${failedAssertions[failedChecks.indexOf(j.failed)]!.problem}); the new one still checks ${j.checks.map((c) => `"${c}"`).join(', ') || 'the same kind of evidence'}`,
              });
            assertions = spec.assertions.map((a) => judged.find((j) => j.failed === a)?.replacement ?? a);
            failedAssertions.length = 0;
          } else {
            const offered = outcome.assertions.map((a) => describeCondition(a)).join('; ') || 'nothing';
            weakerOffer = `The healer offered ${offered} instead, which does not check ${weaker
              .map((w) => `${w.missing.map((m) => `"${m}"`).join(', ')} (of ${describeCondition(w.failed)})`)
              .join('; ')} as the goal's assertion did: not taken, as it would be a weaker test.`;
          }
        }
      }
    }
    if (session) usage.push(...session.usage);
    await options.onFinish?.(page);
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
      ? `${failedAssertions.length} assertion(s) failed: ${failedAssertions.map((f) => `${f.assertion} — ${f.problem}`).join('; ')}${weakerOffer ? ` ${weakerOffer}` : ''}`
      : confirmsNothing
        ? `${spec.steps.length} step(s) ran, but the spec was recorded ${spec.recordedWith?.outcome ?? 'without assertions'}: nothing confirms the goal.`
        : `${spec.steps.length} step(s) and ${spec.assertions.length} assertion(s) passed${healSummary(healedSteps)}.`;
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

/**
 * Tells the healer's session of a step done outside it: as a run's own step when its element was
 * found (replayedEntry), else only counted, so its checker never thinks nothing was done.
 */
function noteReplayed(session: PlanningSession, entry: HistoryEntry | null, before: Observation): void {
  if (entry) session.noteReplayed(entry, before);
  else session.replayedSteps += 1;
}

/** " after healing 2 step(s) and changing 1 assertion (…)": what a passed heal changed, or ''. */
function healSummary(healed: HealedStep[]): string {
  const steps = healed.filter((h) => h.step > 0).length;
  const checks = healed.filter((h) => h.step === 0).length;
  const parts = [
    ...(steps ? [`healing ${steps} step(s)`] : []),
    ...(checks
      ? [
          `re-finding the evidence of ${checks} assertion(s) (as strong: same kind, same goal words; review the heal)`,
        ]
      : []),
  ];
  return parts.length ? ` after ${parts.join(' and ')}` : '';
}

/** A readable summary of healed steps, one line each. */
export function describeHeal(steps: HealedStep[]): string {
  return steps
    .map((h) =>
      h.step > 0
        ? `step ${h.step}: ${h.before}\n      → ${h.after}\n        (${h.reason})`
        : h.before && h.after
          ? `${h.before}\n      → ${h.after}\n        (${h.reason})`
          : h.before
            ? `- ${h.before} (${h.reason})`
            : `+ ${h.after}`,
    )
    .join('\n');
}

/**
 * Performs a step with each of its recorded fallback locators in turn (only those that find exactly
 * one element of the recorded role), returning the step that worked, its locator in place.
 */
async function tryFallbacks(
  page: Page,
  step: Step,
  inputs: StepInputs,
  actionTimeoutMs: number | undefined,
): Promise<{ step: Step } | null> {
  for (const [index, fallback] of (step.fallbacks ?? []).entries()) {
    const found = toPlaywrightLocator(page, fallback);
    const ofRole = step.locator?.role
      ? found.and(
          toPlaywrightLocator(page, {
            role: step.locator.role,
            ...(fallback.frame ? { frame: fallback.frame } : {}),
          }),
        )
      : found;
    if ((await ofRole.count().catch(() => 0)) !== 1) continue;
    const others = (step.fallbacks ?? []).filter((_, i) => i !== index);
    // The element's new name, when the step found it by name: the healed spec reads as the app now does.
    const renamed = step.locator && !step.locator.css ? await byNewName(page, found, fallback.frame) : null;
    const rest = renamed ? [fallback, ...others] : others;
    const { fallbacks: _old, ...base } = step;
    const healed: Step = {
      ...base,
      locator: renamed ?? fallback,
      ...(rest.length ? { fallbacks: rest.slice(0, 3) } : {}),
    };
    try {
      await performStep(page, healed, inputs, actionTimeoutMs ? { actionTimeoutMs } : {});
      return { step: healed };
    } catch {
      // This one does not act either: try the next.
    }
  }
  return null;
}

/**
 * A role-and-name locator for the one element `found` finds (its role and accessible name read from
 * Playwright's ARIA snapshot), when that locator finds exactly it; else null.
 */
async function byNewName(page: Page, found: Locator, frame: string | undefined): Promise<SpecLocator | null> {
  const snapshot = await found.ariaSnapshot({ timeout: 1_000 }).catch(() => '');
  const match = /^- ([a-z]+) "((?:[^"\\]|\\.)*)"/.exec(snapshot);
  if (!match) return null;
  let name: string;
  try {
    name = JSON.parse(`"${match[2]}"`) as string;
  } catch {
    return null;
  }
  const candidate: SpecLocator = { role: match[1]!, name, ...(frame ? { frame } : {}) };
  const located = toPlaywrightLocator(page, candidate);
  const only = (await located.count().catch(() => 0)) === 1;
  return only &&
    (await located
      .and(found)
      .count()
      .catch(() => 0)) === 1
    ? candidate
    : null;
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
