import type { PlannedAction } from './planner.ts';
import type { LimitName } from './session.ts';

/**
 * Every event a browser run (record or replay) publishes on its bus, as one discriminated union:
 * adapters (the CLI's progress lines, the server's SSE stream) narrow on `type` with no casts.
 */
export type BrowserEvent =
  | { type: 'step-started'; step: number; url: string }
  | {
      type: 'observation';
      step: number;
      attempt: number;
      url: string;
      title: string;
      tokens: number;
      elements: number;
      screenshot?: string;
    }
  | {
      type: 'action';
      step: number;
      attempt: number;
      planner: string;
      reason: string;
      action: PlannedAction;
      description: string;
    }
  | { type: 'action-failed'; step: number; attempt: number; kind: string; error: string }
  | { type: 'step-done'; step: number; description: string; done: boolean }
  | { type: 'run-done'; status: 'passed' | 'unverified' | 'failed'; reason: string; limit?: LimitName };

/** The `type` of every browser event. */
export type BrowserEventType = BrowserEvent['type'];
