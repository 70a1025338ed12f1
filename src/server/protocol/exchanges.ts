import { z } from 'zod';
import { UsageTotalsSchema } from './runs.ts';

export const ExchangeParams = z.object({
  id: z.string().min(1).max(200),
  n: z.coerce.number().int().min(1).max(100_000),
});

/** One model call's usage, as a run's exchanges and a follow-up chat report it. */
export const ModelCallUsageSchema = z.object({
  provider: z.string(),
  model: z.string(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  latencyMs: z.number(),
  /** Estimated from the price table; null when the model has no known price. */
  costUsd: z.number().nullable(),
  replayed: z.boolean().optional(),
  /** 'scripted' for test doubles, so their output is never mistaken for a real model's. */
  source: z.enum(['live', 'cassette', 'scripted']).optional(),
});
export type ModelCallUsage = z.infer<typeof ModelCallUsageSchema>;

/** A message of an exchange; images sent to vision models are counted, not returned. */
export const ExchangeMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
  images: z.number().int().optional(),
});
export type ExchangeMessage = z.infer<typeof ExchangeMessageSchema>;

export const ChatTurnSchema = z
  .object({ role: z.enum(['user', 'assistant']), content: z.string().min(1).max(20_000) })
  .strict();
export type ChatTurn = z.infer<typeof ChatTurnSchema>;

/** The saved follow-up conversation about one exchange. */
export const FollowUpSchema = z.object({
  messages: z.array(ChatTurnSchema),
  usage: z.array(ModelCallUsageSchema),
  updatedAt: z.string(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** One model call a run made: what was sent, what came back, what it cost. */
export const ExchangeSchema = z.object({
  /** 1-based, in the order the run made its calls; stable once the run has ended. */
  n: z.number().int(),
  attempt: z.number().int(),
  /** Browser runs: the step the call decided. */
  step: z.number().int().optional(),
  proposer: z.string(),
  /** The model spec called (e.g. `openai:gpt-4o-mini`), the one a follow-up chat calls again. */
  model: z.string(),
  at: z.string(),
  messages: z.array(ExchangeMessageSchema),
  response: z.string(),
  usage: z.array(ModelCallUsageSchema).optional(),
  followUps: FollowUpSchema.nullable(),
});
export type Exchange = z.infer<typeof ExchangeSchema>;

/** What a run's local engine reported instead of model calls. */
export const LocalReportSchema = z.object({
  attempt: z.number().int(),
  step: z.number().int().optional(),
  proposer: z.string(),
  notes: z.array(z.string()),
  error: z.string().optional(),
});
export type LocalReport = z.infer<typeof LocalReportSchema>;

/** `GET /runs/:id/exchanges`. */
export const ExchangesResponse = z.object({
  exchanges: z.array(ExchangeSchema),
  /** Why there are none (e.g. the local engine makes no model calls), and what it reported instead. */
  note: z.string().optional(),
  local: z.array(LocalReportSchema).optional(),
});
export type ExchangesAnswer = z.infer<typeof ExchangesResponse>;

export const ChatBody = z
  .object({
    messages: z
      .array(ChatTurnSchema)
      .min(1)
      .max(100)
      .describe(
        'The follow-up conversation so far, oldest first, ending with the user’s new question (earlier replies included as assistant messages).',
      ),
  })
  .strict();
export type ChatRequest = z.infer<typeof ChatBody>;

/** `POST /runs/:id/exchanges/:n/chat`. */
export const ChatResponse = z.object({
  reply: z.object({ role: z.literal('assistant'), content: z.string() }),
  usage: ModelCallUsageSchema,
  totals: UsageTotalsSchema.describe("The run's usage totals, follow-ups included."),
});
export type ChatAnswer = z.infer<typeof ChatResponse>;
