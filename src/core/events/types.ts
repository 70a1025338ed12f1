import type { Usage } from '../models/types.ts';
import type { CheckReport } from '../loop/types.ts';

/** Events the generic loop emits. Products add their own with other `type` values. */
export type LoopEvent =
  | { type: 'attempt-started'; attempt: number; proposer: string }
  | { type: 'candidate-delta'; attempt: number; text: string }
  | { type: 'candidate'; attempt: number; proposer: string; candidate: unknown; notes?: string[] }
  | { type: 'check-finished'; attempt: number; report: CheckReport }
  | { type: 'usage'; attempt: number; usage: Usage }
  | { type: 'attempt-error'; attempt: number; proposer: string; error: string }
  | { type: 'done'; attempt: number; reason: string }
  | { type: 'failed'; reason: string };

/** Any event: a `type` plus data. Every event gets a sequence number and time when published. */
export interface CodifyEvent {
  type: string;
  [key: string]: unknown;
}

export interface PublishedEvent<E extends CodifyEvent = CodifyEvent> {
  seq: number;
  at: string;
  event: E;
}
