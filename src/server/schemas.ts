import { z } from 'zod';
import { RUN_STATUSES } from './store/types.ts';

/**
 * Route schemas are written once in zod: converted to JSON Schema for Fastify's validation and the
 * OpenAPI document, and parsed again in handlers for typed values.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const converted = z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete converted['$schema'];
  return converted;
}

export const RunStatusSchema = z.enum(RUN_STATUSES as [string, ...string[]]);

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

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. bad-request, not-found, conflict.'),
      message: z.string(),
      hint: z.string().optional().describe('What to do next.'),
    }),
  })
  .describe('Every error response has this shape.');

export const RunIdParams = z.object({ id: z.string().min(1).max(200) });

/** The answer of a DELETE: the name of the service or browser test that is gone. */
export const DeletedResponse = z.object({ deleted: z.string().describe('The name of what was deleted.') });

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

export const UsageTotalsSchema = z.object({
  calls: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number(),
  costIncomplete: z.boolean(),
});

export const AttemptSchema = z.object({
  attempt: z.number().int(),
  proposer: z.string(),
  status: z.string(),
  startedAt: z.string(),
  durationMs: z.number().nullable(),
  data: z.unknown(),
});

export const RunDetailResponse = z.object({
  run: RunSchema,
  live: z.boolean().describe('True while the run is queued or running in this server process.'),
  lastSeq: z.number().int().describe('Seq of the last stored event (0 when none).'),
  attempts: z.array(AttemptSchema),
  usage: UsageTotalsSchema,
  usageEntries: z
    .array(
      z.object({
        attempt: z.number().int().nullable(),
        provider: z.string(),
        model: z.string(),
        inputTokens: z.number().int(),
        outputTokens: z.number().int(),
        latencyMs: z.number(),
        costUsd: z.number().nullable(),
        source: z.string().nullable(),
        at: z.string(),
      }),
    )
    .describe('Every model call of the run, oldest first (follow-up chats included).'),
  usageByAttempt: z
    .array(UsageTotalsSchema.extend({ attempt: z.number().int().nullable() }))
    .describe('Totals per attempt (null: calls not tied to an attempt), for a chart.'),
});

export const StopRunResponse = z.object({
  run: RunSchema,
  settled: z.boolean().describe('False when the job had not returned yet; it will end as stopped.'),
});

export const EventsQuery = z
  .object({
    after: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Replay events with a seq greater than this. The Last-Event-ID header wins.'),
  })
  .strict();

export const HistoryQuery = z
  .object({
    after: z.number().int().min(0).optional().describe('Only events with a seq greater than this.'),
    limit: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .describe('At most this many events (default 1000).'),
  })
  .strict();

export const HistoryResponse = z.object({
  events: z.array(
    z.object({ seq: z.number().int(), at: z.string(), event: z.record(z.string(), z.unknown()) }),
  ),
  lastSeq: z
    .number()
    .int()
    .describe('Seq of the last stored event; more remain when it exceeds the last one returned.'),
  live: z.boolean(),
});

export const HealthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number(),
  liveRuns: z.number().int(),
  jobKinds: z.array(z.string()),
  auth: z.enum(['token', 'none']),
});

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

export const StartedRunResponse = z.object({ run: RunSchema });
