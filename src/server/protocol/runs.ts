import { z } from 'zod';

/**
 * Where a run is in its life. `queued` and `running` are live states; the others are final, except
 * `interrupted` (the process stopped mid-run; it can be rerun) and `awaiting-review` (the job
 * finished but a person must accept its result).
 */
export const RUN_STATUSES = [
  'queued',
  'running',
  'completed',
  'failed',
  'stopped',
  'interrupted',
  'awaiting-review',
] as const;

export const RunStatusSchema = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof RunStatusSchema>;

export const RunErrorSchema = z.object({ code: z.string(), message: z.string() });

export const RunSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    subjectId: z.string().nullable(),
    status: RunStatusSchema,
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    updatedAt: z.string(),
    input: z.unknown().describe('The parameters the run was started with (kind-specific JSON).'),
    summary: z.unknown().describe('What the job reported when it ended (kind-specific JSON).'),
    error: RunErrorSchema.nullable(),
    rerunOf: z.string().nullable().describe('The run this one repeats, if it is a rerun.'),
  })
  .describe('A run: one execution of a job kind.');
export type Run = z.infer<typeof RunSchema>;

/** A run in brief, as lists of services and browser tests show their latest run. */
export const RunBriefSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: RunStatusSchema,
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
export type RunBrief = z.infer<typeof RunBriefSchema>;

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. bad-request, not-found, conflict.'),
      message: z.string(),
      hint: z.string().optional().describe('What to do next.'),
    }),
  })
  .describe('Every error response has this shape.');
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const RunIdParams = z.object({ id: z.string().min(1).max(200) });

/** The answer of a DELETE: the name of the service or browser test that is gone. */
export const DeletedResponse = z.object({ deleted: z.string().describe('The name of what was deleted.') });
export type Deleted = z.infer<typeof DeletedResponse>;

export const ListRunsQuery = z
  .object({
    kind: z.string().min(1).max(200).optional(),
    subjectId: z.string().min(1).max(500).optional(),
    status: z
      .string()
      .regex(/^[a-z-]+(,[a-z-]+)*$/)
      .optional()
      .describe(`One status or a comma-separated list of: ${RUN_STATUSES.join(', ')}.`),
    limit: z.number().int().min(1).max(1000).optional().describe('At most this many runs (default 50).'),
    before: z.string().min(1).max(64).optional().describe('Only runs created before this ISO time (paging).'),
  })
  .strict();

export const ListRunsResponse = z.object({
  runs: z.array(RunSchema),
  nextBefore: z.string().nullable().describe('Pass as `before` to get the next page; null on the last page.'),
});
export type RunList = z.infer<typeof ListRunsResponse>;

/** Sums of a group of model calls; `costIncomplete` when some call had no known price. */
export const UsageTotalsSchema = z.object({
  calls: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number(),
  costIncomplete: z.boolean(),
});
export type UsageTotals = z.infer<typeof UsageTotalsSchema>;

export const AttemptSchema = z.object({
  attempt: z.number().int(),
  proposer: z.string(),
  status: z.string(),
  startedAt: z.string(),
  durationMs: z.number().nullable(),
  data: z.unknown(),
});
export type Attempt = z.infer<typeof AttemptSchema>;

/** One model call of a run. */
export const UsageEntrySchema = z.object({
  attempt: z.number().int().nullable(),
  provider: z.string(),
  model: z.string(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  latencyMs: z.number(),
  costUsd: z.number().nullable(),
  source: z.string().nullable(),
  at: z.string(),
});
export type UsageEntry = z.infer<typeof UsageEntrySchema>;

export const RunDetailResponse = z.object({
  run: RunSchema,
  live: z.boolean().describe('True while the run is queued or running in this server process.'),
  lastSeq: z.number().int().describe('Seq of the last stored event (0 when none).'),
  attempts: z.array(AttemptSchema),
  usage: UsageTotalsSchema,
  usageEntries: z
    .array(UsageEntrySchema)
    .describe('Every model call of the run, oldest first (follow-up chats included).'),
  usageByAttempt: z
    .array(UsageTotalsSchema.extend({ attempt: z.number().int().nullable() }))
    .describe('Totals per attempt (null: calls not tied to an attempt), for a chart.'),
});
export type RunDetail = z.infer<typeof RunDetailResponse>;

export const StopRunResponse = z.object({
  run: RunSchema,
  settled: z.boolean().describe('False when the job had not returned yet; it will end as stopped.'),
});
export type StopRun = z.infer<typeof StopRunResponse>;

export const StartedRunResponse = z.object({ run: RunSchema });
export type StartedRun = z.infer<typeof StartedRunResponse>;

export const HealthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number(),
  liveRuns: z.number().int(),
  jobKinds: z.array(z.string()),
  auth: z.enum(['token', 'none']),
});
export type Health = z.infer<typeof HealthResponse>;

export const DemoRunBody = z
  .object({
    subjectId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('Defaults to a fresh subject, so demo runs never conflict.'),
    steps: z.number().int().min(1).max(1000).default(3),
    delayMs: z.number().int().min(0).max(10_000).default(50).describe('Pause between steps.'),
    failAtStep: z.number().int().min(1).optional().describe('Throw at this step, to see a failed run.'),
  })
  .strict();
export type DemoRunRequest = z.input<typeof DemoRunBody>;
