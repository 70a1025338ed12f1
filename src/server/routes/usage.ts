import type { FastifyInstance } from 'fastify';
import type { UsageByDay } from '../store/types.ts';
import type { ServerContext } from '../context.ts';
import { ErrorBodySchema, UsageQuery, UsageResponse, jsonSchema } from '../schemas.ts';

const DAY_MS = 86_400_000;

/** `GET /usage?days=N`: model usage and estimated cost per day and per model, for a chart. */
export function registerUsageRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get(
    '/usage',
    {
      schema: {
        tags: ['runs'],
        summary: 'Model calls, tokens and estimated cost per day and per model over the last N days',
        querystring: jsonSchema(UsageQuery),
        response: { 200: jsonSchema(UsageResponse, 'output'), 400: jsonSchema(ErrorBodySchema, 'output') },
      },
    },
    async (request) => {
      const { days = 30 } = UsageQuery.parse(request.query);
      const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
      const since = new Date(today - (days - 1) * DAY_MS).toISOString();
      const counted = new Map(context.store.usageByDay({ since }).map((entry) => [entry.day, entry]));
      const byDay: UsageByDay[] = [];
      for (let i = 0; i < days; i++) {
        const day = new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10);
        byDay.push(
          counted.get(day) ?? {
            day,
            calls: 0,
            inputTokens: 0,
            outputTokens: 0,
            costUsd: 0,
            costIncomplete: false,
          },
        );
      }
      const byModel = context.store.usageByModel({ since });
      const totals = byDay.reduce(
        (sum, entry) => ({
          calls: sum.calls + entry.calls,
          inputTokens: sum.inputTokens + entry.inputTokens,
          outputTokens: sum.outputTokens + entry.outputTokens,
          costUsd: sum.costUsd + entry.costUsd,
          costIncomplete: sum.costIncomplete || entry.costIncomplete,
        }),
        { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, costIncomplete: false },
      );
      return { days, since, byDay, byModel, totals };
    },
  );
}
