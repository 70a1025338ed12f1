import type { LoopEvent } from '../core/events/types.ts';
import type { CheckReport } from '../core/loop/types.ts';
import type { Usage } from '../core/models/types.ts';

/** Events of transform builds and runs, on top of the loop's own. */
export type TransformEvent =
  | LoopEvent
  | { type: 'build-started'; service: string; trigger: 'build' | 'run' | 'qa'; attemptsBudget: number }
  | {
      type: 'build-finished';
      service: string;
      status: 'passed' | 'failed' | 'schema-conflict' | 'cancelled' | 'up-to-date';
      wrote: string | null;
      reason: string;
      report: CheckReport | null;
    }
  | { type: 'schema-conflict'; service: string; violations: string[]; proposedSchemaPath: string }
  | { type: 'run-started'; service: string; pass: number; qa: boolean; regenerate: boolean }
  | { type: 'run-progress'; processed: number; ok: number; errors: number; pass: number }
  | { type: 'rebuild'; reason: 'failures' | 'qa'; records: number; rebuilds: number }
  | { type: 'qa-disagreement'; index: number; input: unknown; code: unknown; model: unknown }
  | { type: 'qa-usage'; usage: Usage }
  | { type: 'review-pending'; file: string; diff: string }
  /** The model answered open questions: `added` became model-labeled examples, `unanswered` stay open. */
  | { type: 'model-answers'; service: string; asked: number; added: number; unanswered: number }
  | {
      /** A resumed file run: where it continues (`checkpoint` false: none was found, it starts over). */
      type: 'resume-point';
      checkpoint: boolean;
      fromRecord: number;
      recordsOut: number;
      errors: number;
      reason: string;
    };
