import type { Page } from 'playwright-core';
import type { EventBus } from '../core/events/event-bus.ts';
import { runLoop } from '../core/loop/run-loop.ts';
import type { CheckReport, Checker, Proposer } from '../core/loop/types.ts';
import type { Usage } from '../core/models/types.ts';
import { stepFileName, type RunArtifacts } from './artifacts.ts';
import { ActionError, MissingInputError, stepErrorKind, stepErrorMessage } from './errors.ts';
import type { BrowserEvent } from './events.ts';
import { performStep, type StepInputs } from './executor.ts';
import { frameOfText, locatorForElement, locatorForText } from './locators.ts';
import { judge, type Judgement } from './evidence.ts';
import { observe, readName, type Observation, type ObservedElement } from './observe.ts';
import type { HistoryEntry, PlanDecision, PlannedAction, PlannedAssertion, Planner } from './planner.ts';
import { describeStep, type Assertion, type SpecLocator, type Step } from './spec.ts';

/** Limits of one run; hitting any ends the run with a reason naming it. */
export interface RunLimits {
  /** Steps recorded (successful actions). */
  maxSteps: number;
  /** Actions attempted, failed ones included. */
  maxActions: number;
  /** Observations of the page shown to the planner. */
  maxPageViews: number;
  /** Attempts the planner gets for one step before the run fails. */
  maxAttemptsPerStep: number;
  /** Wall-clock time of the whole run. */
  maxWallMs: number;
}

/** How long the checker waits before looking again at a page it would pass. */
const SETTLE_MS = 800;

export const DEFAULT_LIMITS: RunLimits = {
  maxSteps: 25,
  maxActions: 50,
  maxPageViews: 80,
  maxAttemptsPerStep: 3,
  maxWallMs: 180_000,
};

export type LimitName = keyof RunLimits;

/** What one decided-and-performed step produced. */
export type StepOutcome =
  | { kind: 'step'; step: Step; decision: PlanDecision }
  | { kind: 'done'; assertions: Assertion[]; decision: PlanDecision; judgement: Judgement }
  | { kind: 'failed'; reason: string; limit?: LimitName };

export interface SessionOptions {
  page: Page;
  planner: Planner;
  goal: string;
  inputs: StepInputs;
  limits: RunLimits;
  bus?: EventBus<BrowserEvent>;
  artifacts?: RunArtifacts;
  actionTimeoutMs?: number;
  signal?: AbortSignal;
}

interface Candidate {
  decision: PlanDecision;
  observation: Observation;
}

/**
 * A planner driving one page: each step is one run of the core loop, where the planner proposes an
 * action, the executor performs it (the check), and the typed error goes back as feedback until the
 * action works or the step's attempts run out. Counters enforce the run's limits.
 */
export class PlanningSession {
  readonly history: HistoryEntry[] = [];
  readonly usage: Usage[] = [];
  steps = 0;
  actions = 0;
  pageViews = 0;
  /** The page as first observed: the checker compares the end with it. */
  start: Observation | null = null;
  /** Some observation differed from the start. */
  changed = false;
  /** The readable texts of the page each history entry was decided on: the checker's "before". */
  readonly textsBefore = new Map<HistoryEntry, readonly string[]>();
  /** The page each history entry was decided on (which item of a list was acted on). */
  readonly pagesBefore = new Map<HistoryEntry, Observation>();
  /** Steps performed outside the planner (a replay before healing), so "nothing done" is not claimed. */
  replayedSteps = 0;
  private readonly startedAt = Date.now();
  private readonly options: SessionOptions;

  constructor(options: SessionOptions) {
    this.options = options;
  }

  /**
   * Records a step a replay performed outside the planner (see replayedEntry), with the page it was
   * done on, so the checker reads it as it reads the run's own steps.
   */
  noteReplayed(entry: HistoryEntry, before: Observation): void {
    this.textsBefore.set(entry, before.texts);
    this.pagesBefore.set(entry, before);
    this.history.push(entry);
  }

  emit(event: BrowserEvent): void {
    this.options.bus?.publish(event);
  }

  /** The first limit that is used up, if any. */
  limitReached(): { limit: LimitName; reason: string } | null {
    const { limits } = this.options;
    if (this.steps >= limits.maxSteps)
      return { limit: 'maxSteps', reason: `Step limit reached (${limits.maxSteps} steps) before the goal.` };
    if (this.actions >= limits.maxActions)
      return { limit: 'maxActions', reason: `Action limit reached (${limits.maxActions} actions tried).` };
    if (this.pageViews >= limits.maxPageViews)
      return {
        limit: 'maxPageViews',
        reason: `Page-view limit reached (${limits.maxPageViews} observations).`,
      };
    if (Date.now() - this.startedAt >= limits.maxWallMs)
      return { limit: 'maxWallMs', reason: `Time limit reached (${limits.maxWallMs} ms).` };
    return null;
  }

  /**
   * Decides and performs one step. With `previousStep` (healing) the planner re-decides that step and
   * may not declare the goal done.
   */
  async nextStep(
    stepNumber: number,
    extra: { previousStep?: Step; allowDone?: boolean; doneOnly?: boolean } = {},
  ): Promise<StepOutcome> {
    const { page, planner, goal, inputs, artifacts } = this.options;
    const allowDone = extra.allowDone ?? true;
    let stop: { reason: string; limit?: LimitName } | null = null;
    const exchanges: unknown[] = [];
    this.emit({ type: 'step-started', step: stepNumber, url: page.url() });

    const proposer: Proposer<number, Candidate> = {
      name: planner.name,
      propose: async (ctx) => {
        if (stop) return null;
        const limit = this.limitReached();
        if (limit) {
          stop = limit;
          return null;
        }
        this.pageViews += 1;
        const screenshotPath = artifacts?.path(stepFileName(stepNumber, `attempt-${ctx.attempt}.png`));
        if (artifacts) await artifacts.ensure();
        const observation = await observe(page, {
          ...(screenshotPath ? { screenshotPath } : {}),
          ...(planner.wantsScreenshot ? { captureScreenshot: true } : {}),
        });
        this.start ??= observation;
        if (observation.snapshot !== this.start.snapshot || observation.url !== this.start.url)
          this.changed = true;
        this.emit({
          type: 'observation',
          step: stepNumber,
          attempt: ctx.attempt,
          url: observation.url,
          title: observation.title,
          tokens: observation.tokens,
          elements: observation.elements.length,
          ...(screenshotPath ? { screenshot: screenshotPath } : {}),
        });
        const lastError = ctx.feedback?.failures[0]?.message ?? null;
        const decision = await planner.plan(
          {
            goal: extra.doneOnly
              ? `${goal}\n(Every step is done: only confirm with evidence, answer "done".)`
              : goal,
            observation,
            variables: Object.keys({ ...(inputs.declared ?? {}), ...inputs.variables }),
            files: Object.keys(inputs.files),
            history: this.history,
            lastError,
            ...(extra.previousStep ? { previousStep: extra.previousStep } : {}),
          },
          this.options.signal,
        );
        this.usage.push(...(decision.usage ?? []));
        exchanges.push({
          attempt: ctx.attempt,
          snapshot: observation.snapshot,
          url: observation.url,
          tokens: observation.tokens,
          lastError,
          decision,
        });
        this.emit({
          type: 'action',
          step: stepNumber,
          attempt: ctx.attempt,
          planner: planner.name,
          reason: decision.reason,
          action: decision.action,
          description: describeAction(decision.action, observation),
        });
        return {
          candidate: { decision, observation },
          ...(decision.usage ? { usage: decision.usage } : {}),
          ...(decision.exchange
            ? { prompt: decision.exchange.messages, rawResponse: decision.exchange.response }
            : {}),
        };
      },
    };

    let outcome: StepOutcome | null = null;
    const checker: Checker<number, Candidate> = {
      check: async (_problem, { decision, observation }): Promise<CheckReport> => {
        // Asked only to confirm (a heal re-checking the end of a replay), whatever the planner would do
        // next is not done: the checker judges the page from the goal alone, as it judges every
        // "done". A planner that never saw the replayed steps would otherwise re-do one, be refused,
        // and the evidence would never be looked for.
        const action: PlannedAction =
          extra.doneOnly && decision.action.type !== 'done' ? { type: 'done' } : decision.action;
        const entry: HistoryEntry = {
          step: stepNumber,
          action,
          description: describeAction(action, observation),
          ok: false,
          url: observation.url,
        };
        const target = action.ref ? observation.elements.find((e) => e.ref === action.ref) : undefined;
        if (target)
          entry.target = {
            role: target.role,
            name: readName(target),
            ...(target.context ? { context: target.context } : {}),
          };
        this.textsBefore.set(entry, observation.texts);
        this.pagesBefore.set(entry, observation);
        const dialog = observation.elements.find(
          (e) => e.role === 'dialog' && (e.name === target?.group || e.name === target?.dialog),
        );
        if (dialog) entry.dialog = dialog.name;
        const fail = (kind: string, message: string): CheckReport => {
          entry.error = message;
          this.history.push(entry);
          this.emit({
            type: 'action-failed',
            step: stepNumber,
            attempt: exchanges.length,
            kind,
            error: message,
          });
          return { pass: false, failures: [{ kind, message }], counts: { [kind]: 1 } };
        };
        if (action.type === 'fail') {
          stop = { reason: `The planner gave up: ${action.value ?? decision.reason}` };
          return fail('gave-up', stop.reason);
        }
        if (action.type === 'done') {
          if (!allowDone)
            return fail(
              'invalid-action',
              'The goal is not over: re-do the step that broke instead of declaring done.',
            );
          try {
            // The proposer never judges itself: the checker re-observes the page and derives the
            // evidence from the goal; the planner's own assertions count only where they name it.
            const proposed = await this.toAssertions(action.assertions ?? [], observation).catch(() => []);
            const now = await observe(page);
            const judgement = await judge({
              page,
              goal,
              start: this.start ?? observation,
              now,
              history: this.replayedSteps
                ? [
                    ...this.history,
                    { step: 0, action: { type: 'click' }, description: 'replayed', ok: true, url: '' },
                  ]
                : this.history,
              inputs,
              proposed,
              changedOnTheWay: this.changed,
              textsBefore: this.textsBefore,
              pagesBefore: this.pagesBefore,
              // A pass must still hold a moment later (optimistic UIs revert, errors follow toasts).
              settle: async () => {
                await page.waitForTimeout(SETTLE_MS);
                return observe(page);
              },
            });
            if (judgement.outcome === 'not-done')
              return fail('not-done', `Not done: ${judgement.problems.join(' ')}`);
            entry.ok = true;
            this.history.push(entry);
            outcome = { kind: 'done', assertions: judgement.assertions, decision, judgement };
            return { pass: true, failures: [], counts: {} };
          } catch (error) {
            return fail(stepErrorKind(error), stepErrorMessage(error));
          }
        }
        if (extra.doneOnly) return fail('invalid-action', 'Only "done" with assertions is expected now.');
        const limit = this.limitReached();
        if (limit && limit.limit !== 'maxPageViews') {
          stop = limit;
          return fail('limit', limit.reason);
        }
        this.actions += 1;
        try {
          const step = await this.toStep(action, observation, decision.reason);
          entry.description = describeStep(step);
          await performStep(
            page,
            step,
            inputs,
            this.options.actionTimeoutMs ? { actionTimeoutMs: this.options.actionTimeoutMs } : {},
          );
          entry.ok = true;
          this.history.push(entry);
          outcome = { kind: 'step', step, decision };
          return { pass: true, failures: [], counts: {} };
        } catch (error) {
          if (error instanceof MissingInputError) {
            stop = { reason: error.describe() };
          }
          return fail(stepErrorKind(error), stepErrorMessage(error));
        }
      },
    };

    const result = await runLoop<number, Candidate>({
      problem: stepNumber,
      proposers: [proposer],
      checker,
      budget: { maxAttempts: this.options.limits.maxAttemptsPerStep },
      ...(this.options.signal ? { signal: this.options.signal } : {}),
      describeCandidate: (c) => c.decision,
    });
    if (artifacts)
      await artifacts.writeJson(stepFileName(stepNumber, 'exchange.json'), {
        step: stepNumber,
        attempts: exchanges,
        loop: result.reason,
      });
    if (result.status === 'passed' && outcome) {
      const done = (outcome as StepOutcome).kind === 'done';
      this.emit({
        type: 'step-done',
        step: stepNumber,
        description: done ? 'done' : describeStep((outcome as { step: Step }).step),
        done,
      });
      return outcome;
    }
    const stopped = stop as { reason: string; limit?: LimitName } | null;
    if (stopped)
      return { kind: 'failed', reason: stopped.reason, ...(stopped.limit ? { limit: stopped.limit } : {}) };
    if (result.status === 'cancelled') return { kind: 'failed', reason: 'Cancelled.' };
    const lastError = this.history.at(-1)?.error ?? result.attempts.at(-1)?.error ?? result.reason;
    return {
      kind: 'failed',
      limit: 'maxAttemptsPerStep',
      reason: `Step ${stepNumber} failed after ${result.attempts.length} attempt(s) (limit ${this.options.limits.maxAttemptsPerStep} per step): ${lastError}`,
    };
  }

  /** Planner action (refs) → spec step (robust locators, variable references). */
  async toStep(action: PlannedAction, observation: Observation, reason: string): Promise<Step> {
    const { page } = this.options;
    const element = (): ObservedElement => {
      const found = action.ref ? observation.elements.find((e) => e.ref === action.ref) : undefined;
      if (!found)
        throw new ActionError(
          'unknown-ref',
          `"${action.type}" needs the ref of an element in the snapshot (got ${action.ref ?? 'none'}).`,
        );
      return found;
    };
    // The element's locator, with the other ways to find it that a heal may try (locators.ts).
    const target = async (): Promise<Pick<Step, 'locator' | 'fallbacks'>> => {
      const fallbacks: SpecLocator[] = [];
      const locator = await locatorForElement(page, element(), { fallbacks });
      return { locator, ...(fallbacks.length ? { fallbacks } : {}) };
    };
    const value = (): Step['value'] => {
      if (action.variable) {
        if (
          !(action.variable in this.options.inputs.variables) &&
          !(action.variable in (this.options.inputs.declared ?? {}))
        ) {
          throw new ActionError(
            'unknown-variable',
            `There is no variable "${action.variable}" (known: ${Object.keys(this.options.inputs.variables).join(', ') || 'none'}).`,
          );
        }
        return { var: action.variable };
      }
      if (action.value === undefined)
        throw new ActionError('invalid-action', `"${action.type}" needs a value or a variable.`);
      return action.value;
    };
    const base = { reason };
    switch (action.type) {
      case 'navigate':
        if (!action.value) throw new ActionError('invalid-action', '"navigate" needs a URL in value.');
        return { action: 'navigate', url: action.value, ...base };
      case 'wait': {
        const w = action.waitFor ?? {};
        if (w.text) return { action: 'wait', until: { type: 'text-visible', text: w.text }, ...base };
        if (w.urlPattern)
          return { action: 'wait', until: { type: 'url-matches', pattern: w.urlPattern }, ...base };
        if (w.ref) {
          const waited = observation.elements.find((e) => e.ref === w.ref);
          if (!waited) throw new ActionError('unknown-ref', `waitFor.ref ${w.ref} is not in the snapshot.`);
          const locator = await locatorForElement(page, waited);
          return { action: 'wait', until: { type: 'element-visible', locator }, ...base };
        }
        throw new ActionError(
          'invalid-action',
          '"wait" needs waitFor.text, waitFor.ref or waitFor.urlPattern (never a fixed time).',
        );
      }
      case 'press':
        return {
          action: 'press',
          value: value(),
          ...(action.ref ? await target() : {}),
          ...base,
        };
      case 'upload': {
        if (!action.file || !(action.file in this.options.inputs.files)) {
          throw new ActionError(
            'unknown-variable',
            `There is no file "${action.file ?? ''}" (known: ${Object.keys(this.options.inputs.files).join(', ') || 'none'}).`,
          );
        }
        return {
          action: 'upload',
          ...(await target()),
          file: action.file,
          ...base,
        };
      }
      case 'fill':
      case 'select':
        return {
          action: action.type,
          ...(await target()),
          value: value(),
          ...base,
        };
      case 'click':
      case 'dblclick':
      case 'rightclick':
      case 'check':
      case 'uncheck':
      case 'hover':
      case 'clear':
      case 'scroll':
        return {
          action: action.type,
          ...(!action.ref && action.text
            ? { locator: await locatorForText(page, action.text) }
            : await target()),
          ...base,
        };
      default:
        throw new ActionError('invalid-action', `"${action.type}" is not a page action.`);
    }
  }

  /** Planner evidence (refs) → spec assertions (locators). */
  async toAssertions(planned: PlannedAssertion[], observation: Observation): Promise<Assertion[]> {
    const out: Assertion[] = [];
    for (const p of planned) {
      if (p.type === 'text-visible') {
        const frame = await frameOfText(this.options.page, p.text);
        out.push(
          frame ? { type: 'text-visible', text: p.text, frame } : { type: 'text-visible', text: p.text },
        );
      } else if (p.type === 'text-hidden') out.push({ type: 'text-hidden', text: p.text });
      else if (p.type === 'title') out.push({ type: 'title', text: p.text });
      else if (p.type === 'url-matches') out.push({ type: 'url-matches', pattern: p.pattern });
      else {
        const element = observation.elements.find((e) => e.ref === p.ref);
        if (!element)
          throw new ActionError('unknown-ref', `Assertion refers to ${p.ref}, which is not in the snapshot.`);
        const locator = await locatorForElement(this.options.page, element);
        if (p.type === 'element-visible') out.push({ type: 'element-visible', locator });
        else if (p.type === 'checked') out.push({ type: 'checked', locator, checked: p.checked ?? true });
        else
          out.push({
            type: 'field-value',
            locator,
            value: p.variable ? { var: p.variable } : (p.value ?? ''),
          });
      }
    }
    return out;
  }
}

/** `click button "Sign up"` from a planned action and the snapshot it refers to. */
export function describeAction(action: PlannedAction, observation: Observation): string {
  const target = action.ref ? observation.elements.find((e) => e.ref === action.ref) : undefined;
  const what = target ? `${target.role} "${target.name}"` : action.ref ? `[${action.ref}]` : '';
  const value = action.variable
    ? ` {${action.variable}}`
    : action.value !== undefined
      ? ` ${JSON.stringify(action.value)}`
      : action.file
        ? ` file ${action.file}`
        : '';
  return `${action.type}${what ? ` ${what}` : ''}${value}`;
}
