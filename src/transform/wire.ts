/**
 * The transform product's wire shapes, as zod schemas with their `z.infer` types: what a build
 * and a run report, and a line of a run's errors file. zod and nothing else
 * (`test/architecture.test.ts` checks it): the server's protocol re-exports these, so the web app
 * can import their types. The product's own interfaces are checked against them by tsc
 * (`src/server/protocol/conformance.test.ts`).
 */
import { z } from 'zod';

/** One thing a check found wrong with a candidate transform. */
export const CheckFailureSchema = z.object({
  kind: z.string(),
  message: z.string(),
  input: z.unknown().optional(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
  location: z
    .object({ line: z.number().int(), column: z.number().int() })
    .optional()
    .describe("Where in the candidate's source, when known."),
});
export type CheckFailure = z.infer<typeof CheckFailureSchema>;

/** What the checker said of a candidate: failures (maybe truncated per kind) and the true counts. */
export const CheckReportSchema = z.object({
  pass: z.boolean(),
  failures: z.array(CheckFailureSchema),
  counts: z.record(z.string(), z.number()),
  checked: z.number().int().optional().describe('How many checks ran (e.g. records tried).'),
});
export type CheckReport = z.infer<typeof CheckReportSchema>;

export const BUILD_STATUSES = ['passed', 'up-to-date', 'failed', 'schema-conflict', 'cancelled'] as const;
export const BuildStatusSchema = z.enum(BUILD_STATUSES);

/** A build's summary: what a person needs to judge it (the attempts are in the run's attempts). */
export const BuildSummarySchema = z.object({
  status: BuildStatusSchema,
  reason: z.string(),
  attempts: z.number().int(),
  builtBy: z.string().nullable().describe('Proposer of the passing attempt.'),
  wrote: z
    .string()
    .nullable()
    .describe('The file written, relative to the service: transform.ts, or transform.next.ts for review.'),
  report: CheckReportSchema.nullable().describe('The report of the passing or best attempt.'),
  schemaViolations: z.array(z.string()).optional(),
  diff: z.string().optional(),
  exchanges: z.number().int().describe('Model exchanges kept with the run (GET /runs/:id/exchanges).'),
  ambiguity: z
    .object({
      checked: z.number().int().describe('Inputs seen (earlier inputs and the sample) that were checked.'),
      ambiguous: z
        .number()
        .int()
        .describe('Of those, inputs the programs that fit every example disagree on.'),
      byField: z.record(z.string(), z.number().int()).describe('Output field → ambiguous inputs.'),
      questions: z.number().int().describe('Questions written (GET /services/:name/questions).'),
      reasons: z
        .object({
          checked: z.number().int().describe('Distinct inputs checked.'),
          unsettled: z
            .number()
            .int()
            .describe('Of those, inputs a run would not write (review, or kind input).'),
          byReason: z
            .record(z.string(), z.number().int())
            .describe('Reason → inputs, each counted once under the first reason a run would give.'),
        })
        .optional()
        .describe(
          'Every reason the inputs seen would go to review (rivals, an unseen input or output shape, …), as the CLI’s Unsettled line counts them.',
        ),
      thinBranches: z
        .array(
          z.object({
            field: z.string().describe('Output field (`$` for the whole output).'),
            examples: z.number().int().describe('How many examples took the branch.'),
          }),
        )
        .optional()
        .describe(
          'Branches of a field’s program too few examples took: a run sends every record that takes one to review until more examples show it.',
        ),
    })
    .optional()
    .describe('What the build found among the inputs it could see (local engine builds only).'),
  sample: z
    .object({
      fileName: z.string().optional(),
      records: z.number().int().describe('Records read from the sample and checked.'),
      skipped: z.number().int().describe('Records that did not parse.'),
      truncated: z.boolean().describe('The file had more records than were read.'),
    })
    .optional()
    .describe('The sample of the input the build was given.'),
  unfit: z
    .array(
      z.object({
        index: z.number().int().describe('0-based position in examples.json.'),
        input: z.unknown(),
        output: z.unknown(),
        reason: z.string().describe('What the program gives instead: `cents is 1250, the answer says 1205`.'),
        answer: z
          .boolean()
          .describe('Whether it came from an answered question (a person’s label or a model’s answer).'),
      }),
    )
    .optional()
    .describe(
      'When no program fits every example: the examples the program that fits the most (in transform.next.ts) does not fit.',
    ),
  modelAnswers: z
    .object({
      asked: z.number().int(),
      added: z
        .array(z.object({ input: z.unknown(), output: z.unknown() }))
        .describe('Model-labeled examples appended to examples.json ("source": "model"), to review.'),
      unanswered: z.array(z.object({ input: z.unknown(), reason: z.string() })),
    })
    .optional()
    .describe(
      'The model’s answers to open questions: asked for before this build (POST …/questions/model-answers) and during it (a configured model answers the questions the build finds).',
    ),
});
export type BuildSummary = z.infer<typeof BuildSummarySchema>;

/** A record on which the model's QA answer and the code's output disagreed. */
export const QaDisagreementSchema = z.object({
  index: z.number().int(),
  input: z.unknown(),
  code: z.unknown(),
  model: z.unknown(),
});
export type QaDisagreement = z.infer<typeof QaDisagreementSchema>;

/** A run's summary: `recordsIn = recordsOut + errors`. */
export const TransformRunSummarySchema = z.object({
  service: z.string(),
  recordsIn: z.number().int(),
  recordsOut: z.number().int(),
  errors: z.number().int(),
  errorsByKind: z.record(z.string(), z.number().int()),
  reviewByReason: z
    .record(z.string(), z.number().int())
    .optional()
    .describe(
      'Review rows by reason (`rival programs disagree`, `empty input field`, …, the words of a build’s ambiguity.reasons); absent in runs from before reasons were counted.',
    ),
  rebuilds: z.number().int().describe('Rebuilds the run triggered (failed ones included).'),
  passes: z.number().int().describe('How many times the records were read (1 + restarts after rebuilds).'),
  modelCalls: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number().nullable().describe('Estimated; null when some model had no known price.'),
  durationMs: z.number(),
  recordsPerSecond: z.number(),
  regeneration: z.object({ enabled: z.boolean(), reason: z.string() }),
  qa: z.object({
    enabled: z.boolean(),
    reason: z.string(),
    checked: z.number().int(),
    disagreements: z.array(QaDisagreementSchema),
    unusable: z.number().int(),
  }),
  reviewPending: z
    .string()
    .nullable()
    .describe('transform.next.ts waiting for review, when a rebuild wrote one.'),
  codeBuiltBy: z.string().nullable().describe('Proposer that wrote the code used for the outputs.'),
  examplesSentToReview: z
    .number()
    .int()
    .optional()
    .describe(
      'Own examples the code sends to review (partial code: it fits only the others, none written wrong).',
    ),
  resumedFromRecord: z
    .number()
    .int()
    .optional()
    .describe('The first record this process ran, when it continued from a checkpoint.'),
});
export type TransformRunSummary = z.infer<typeof TransformRunSummarySchema>;

/** A line of a run's errors file (`errors.jsonl`). */
export const ErrorLineSchema = z.object({
  index: z.number().int().describe("0-based position of the record among the input's records."),
  line: z
    .number()
    .int()
    .optional()
    .describe('1-based line of the input file where the record starts (absent when not read from a file).'),
  input: z.unknown(),
  error: z.object({
    kind: z.string(),
    message: z.string(),
    reason: z.string().optional().describe('Kind `review`: why (the key of the summary’s reviewByReason).'),
    competing: z
      .record(z.string(), z.array(z.unknown()))
      .optional()
      .describe('Kind `review`: output field → the answers that fit the examples, the code’s first.'),
    codeOutput: z
      .unknown()
      .optional()
      .describe(
        'Kind `review` without competing answers: what the code gives for the record, not written because the examples do not settle it.',
      ),
  }),
});
export type ErrorLine = z.infer<typeof ErrorLineSchema>;
