/**
 * Turns a browser run's event stream (step-started, observation, action, action-failed, step-done,
 * run-done — docs/browser-tests.md) into steps with their attempts, for the live run view. Pure,
 * so it is recomputed from the events on every render and tested without a browser.
 */
import type { RunEvent } from '../../lib/events.ts';

export interface AttemptView {
  attempt: number;
  url?: string;
  title?: string;
  /** Artifact name of the screenshot the planner saw. */
  screenshot?: string;
  tokens?: number;
  elements?: number;
  planner?: string;
  reason?: string;
  /** e.g. `fill textbox "Email" {email}`. */
  description?: string;
  actionType?: string;
  /** Set when this attempt's action failed: the typed error the planner got back. */
  failure?: { kind: string; error: string };
}

export interface StepView {
  step: number;
  url?: string;
  attempts: AttemptView[];
  /** Set once the step succeeded. */
  done?: { description: string; goalReached: boolean };
  /** Healing re-decided this step of a replay. */
  healed: boolean;
}

export interface RunVerdict {
  status: 'passed' | 'unverified' | 'failed';
  reason: string;
  limit?: string;
}

export interface RunModel {
  steps: StepView[];
  verdict: RunVerdict | null;
  /** Screenshots named in events, in the order they were taken. */
  screenshots: { step: number; attempt: number; name: string }[];
}

type Payload = Record<string, unknown>;

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function buildRunModel(events: readonly RunEvent[]): RunModel {
  const steps = new Map<number, StepView>();
  const screenshots: RunModel['screenshots'] = [];
  let verdict: RunVerdict | null = null;

  const stepOf = (payload: Payload): StepView | null => {
    const number = num(payload.step);
    if (number === undefined) return null;
    let view = steps.get(number);
    if (!view) {
      view = { step: number, attempts: [], healed: false };
      steps.set(number, view);
    }
    return view;
  };
  /** The attempt an event belongs to: the latest one with that number that has no failure yet. */
  const attemptOf = (view: StepView, attempt: number, create: boolean): AttemptView => {
    const last = view.attempts.at(-1);
    if (last && last.attempt === attempt && !last.failure && !create) return last;
    const fresh: AttemptView = { attempt };
    view.attempts.push(fresh);
    return fresh;
  };

  for (const { event } of events) {
    const payload = event as Payload;
    switch (event.type) {
      case 'step-started': {
        const view = stepOf(payload);
        if (!view) break;
        // A second start of a step that already failed is a replay healing it.
        if (view.attempts.some((a) => a.failure) && !view.done) view.healed = true;
        view.url ??= str(payload.url);
        break;
      }
      case 'observation': {
        const view = stepOf(payload);
        if (!view) break;
        const attempt = attemptOf(view, num(payload.attempt) ?? view.attempts.length + 1, true);
        attempt.url = str(payload.url);
        attempt.title = str(payload.title);
        attempt.tokens = num(payload.tokens);
        attempt.elements = num(payload.elements);
        const shot = str(payload.screenshot);
        if (shot) {
          attempt.screenshot = shot;
          screenshots.push({ step: view.step, attempt: attempt.attempt, name: shot });
        }
        break;
      }
      case 'action': {
        const view = stepOf(payload);
        if (!view) break;
        const attempt = attemptOf(view, num(payload.attempt) ?? 1, false);
        attempt.planner = str(payload.planner);
        attempt.reason = str(payload.reason);
        attempt.description = str(payload.description);
        attempt.actionType = str((payload.action as Payload | undefined)?.type);
        break;
      }
      case 'action-failed': {
        const view = stepOf(payload);
        if (!view) break;
        const attempt = attemptOf(view, num(payload.attempt) ?? 1, false);
        attempt.failure = { kind: str(payload.kind) ?? 'error', error: str(payload.error) ?? '' };
        break;
      }
      case 'step-done': {
        const view = stepOf(payload);
        if (!view) break;
        view.done = { description: str(payload.description) ?? '', goalReached: payload.done === true };
        break;
      }
      case 'run-done': {
        const status =
          payload.status === 'passed' ? 'passed' : payload.status === 'unverified' ? 'unverified' : 'failed';
        const limit = str(payload.limit);
        verdict = { status, reason: str(payload.reason) ?? '', ...(limit ? { limit } : {}) };
        break;
      }
      default:
        break;
    }
  }
  return { steps: [...steps.values()].sort((a, b) => a.step - b.step), verdict, screenshots };
}

/** The step number of a step artifact such as `step-03-after.png`, else null. */
export function stepOfArtifact(name: string): number | null {
  const match = /^step-(\d+)-/.exec(name);
  return match ? Number(match[1]) : null;
}
