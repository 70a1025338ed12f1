import { z } from 'zod';

/**
 * A run event on the wire: what the SSE stream's `data:` lines and `GET /runs/:id/history` carry.
 * `event.type` says what happened; the rest of `event` is the emitter's data (each product's
 * events are typed where they are emitted; the wire keeps them open).
 */
export const RunEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  event: z.object({ type: z.string() }).catchall(z.unknown()),
});
export type RunEvent = z.infer<typeof RunEventSchema>;

/** The SSE stream's last message (`event: end`): the run has finished. */
export const StreamEndSchema = z.object({
  runId: z.string(),
  status: z.string().describe("The run's final status."),
  lastSeq: z.number().int(),
});
export type StreamEnd = z.infer<typeof StreamEndSchema>;

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
  events: z.array(RunEventSchema),
  lastSeq: z
    .number()
    .int()
    .describe('Seq of the last stored event; more remain when it exceeds the last one returned.'),
  live: z.boolean(),
});
export type EventHistory = z.infer<typeof HistoryResponse>;
