import type { ChatMessage, Usage } from '../core/models/types.ts';
import type { Observation } from './observe.ts';
import { STEP_ACTIONS, type Step } from './spec.ts';

/** What a planner may ask for. `done` ends the run with evidence; `fail` gives up with a reason. */
export const PLANNED_ACTION_TYPES = [...STEP_ACTIONS, 'done', 'fail'] as const;
export type PlannedActionType = (typeof PLANNED_ACTION_TYPES)[number];

/** Evidence that the goal was reached, in terms of the current observation's refs. */
export type PlannedAssertion =
  | { type: 'text-visible'; text: string }
  | { type: 'text-hidden'; text: string }
  | { type: 'element-visible'; ref: string }
  | { type: 'checked'; ref: string; checked?: boolean }
  | { type: 'url-matches'; pattern: string }
  | { type: 'field-value'; ref: string; value?: string; variable?: string }
  | { type: 'title'; text: string };

export interface PlannedAction {
  type: PlannedActionType;
  /** Target element, by ref from the current observation. */
  ref?: string;
  /** Or a visible text to act on (text with no element of its own, e.g. a list item's title). */
  text?: string;
  /** Literal: text to type, option to pick, key to press, URL to open, or the `fail` message. */
  value?: string;
  /** Name of a run-time variable to type/pick instead of a literal (its value is never shown to planners). */
  variable?: string;
  /** upload: name of a run-time file. */
  file?: string;
  /** wait: the condition (exactly one field). */
  waitFor?: { text?: string; ref?: string; urlPattern?: string };
  /** done: what on the page proves the goal was reached. */
  assertions?: PlannedAssertion[];
}

/** One past attempt, as planners see it. */
export interface HistoryEntry {
  /** 1-based step the attempt belonged to. */
  step: number;
  action: PlannedAction;
  /** Human-readable, e.g. `click button "Sign up"`. */
  description: string;
  /**
   * Role and name of the target, so planners can recognise it on a later page; `context` is the text
   * of its row or card ("More options" of which contact).
   */
  target?: { role: string; name: string; context?: string };
  ok: boolean;
  error?: string;
  /** URL before the action. */
  url: string;
  /** The dialog the target sat in, if any (so "close it" knows which dialog was meant). */
  dialog?: string;
}

export interface PlanContext {
  goal: string;
  observation: Observation;
  /** Names only: values (possibly secret) never reach a planner. */
  variables: readonly string[];
  /** Names of files available for uploads. */
  files: readonly string[];
  history: readonly HistoryEntry[];
  /** Why the previous attempt of this step failed, if it did. */
  lastError: string | null;
  /** When healing: the recorded step that no longer works, to be re-decided. */
  previousStep?: Step;
}

/** A planner's answer: one action and why. */
export interface PlanDecision {
  reason: string;
  action: PlannedAction;
  /** Model calls made to decide (empty for the local planner). */
  usage?: Usage[];
  /** The exchange, for the per-step debug artifact. */
  exchange?: { messages: ChatMessage[]; response: string };
}

/** Decides the next action toward a goal from what the page shows. */
export interface Planner {
  /** e.g. `local` or the model spec. */
  readonly name: string;
  /** Vision-capable planners set this to get a screenshot of the viewport with each observation. */
  readonly wantsScreenshot?: boolean;
  plan(context: PlanContext, signal?: AbortSignal): Promise<PlanDecision>;
}
