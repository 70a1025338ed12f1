import { z } from 'zod';
import { UsageTotalsSchema } from './runs.ts';

export const UsageQuery = z
  .object({
    days: z
      .number()
      .int()
      .min(1)
      .max(3660)
      .optional()
      .describe('The last N UTC days, today included (default 30).'),
  })
  .strict();

const DaySchema = UsageTotalsSchema.extend({ day: z.string().describe('UTC day, YYYY-MM-DD.') });
const ModelSchema = UsageTotalsSchema.extend({ provider: z.string(), model: z.string() });

/** `GET /usage`: model calls, tokens and estimated cost per day and per model. */
export const UsageResponse = z.object({
  days: z.number().int(),
  since: z.string().describe('Start of the first day counted (ISO time, UTC midnight).'),
  byDay: z.array(DaySchema).describe('One entry per day, oldest first; days without calls are zeros.'),
  byModel: z.array(ModelSchema).describe('Per provider and model over the same days, costliest first.'),
  totals: UsageTotalsSchema,
});
export type UsageReport = z.infer<typeof UsageResponse>;
