import { z } from 'zod';
import { BuildSummarySchema, TransformRunSummarySchema } from '../../transform/wire.ts';
import { RecordRunSummarySchema, ReplayRunSummarySchema } from './browser-tests.ts';
import { RunSchema } from './runs.ts';

// The transform product's own shapes (build and run summaries, check reports, error lines).
export {
  BUILD_STATUSES,
  BuildSummarySchema,
  CheckFailureSchema,
  CheckReportSchema,
  ErrorLineSchema,
  QaDisagreementSchema,
  TransformRunSummarySchema,
  type BuildSummary,
  type CheckFailure,
  type CheckReport,
  type ErrorLine,
  type QaDisagreement,
  type TransformRunSummary,
} from '../../transform/wire.ts';

/**
 * What a run's `summary` holds, by the run's kind. A run is kind-generic on the wire (`summary`
 * is any JSON in {@link RunSchema}: kinds are registered by plugins, a demo kind has its own);
 * these are the summaries of the products' kinds, null until the run ends (or when it crashed).
 */
export const RUN_SUMMARY_SCHEMAS = {
  'transform-build': BuildSummarySchema,
  'transform-run': TransformRunSummarySchema,
  'browser-run': RecordRunSummarySchema,
  'browser-replay': ReplayRunSummarySchema,
} as const;
export type SummarisedRunKind = keyof typeof RUN_SUMMARY_SCHEMAS;
export type RunSummaryOf<K extends SummarisedRunKind> = z.infer<(typeof RUN_SUMMARY_SCHEMAS)[K]>;

/** A run of a product kind, its summary typed by the kind (null while it runs). */
export function typedRunSchema<K extends SummarisedRunKind>(kind: K) {
  return RunSchema.extend({
    kind: z.literal(kind),
    summary: RUN_SUMMARY_SCHEMAS[kind].nullable(),
  });
}
export type TypedRun<K extends SummarisedRunKind> = Omit<z.infer<typeof RunSchema>, 'kind' | 'summary'> & {
  kind: K;
  summary: RunSummaryOf<K> | null;
};
