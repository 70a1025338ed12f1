import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';
import type { JobContext, JobKind } from '../run-manager.ts';
import { DemoRunBody, ErrorBodySchema, StartedRunResponse, bodySchema, jsonSchema } from '../schemas.ts';

/** Kind name of the demo job. */
export const DEMO_KIND = 'demo.count';

type DemoInput = { subjectId?: string; steps: number; delayMs: number; failAtStep?: number };

/**
 * TEST/DEMO FACILITY — not a product feature. A job that counts to `steps`, emitting a `demo-step`
 * event per step, so the run manager, SSE stream and stop can be tried without either product.
 * Only registered when the server is created with `enableDemoJobs: true`.
 */
export const demoJobKind: JobKind<DemoInput> = {
  kind: DEMO_KIND,
  parseInput: (raw) => DemoRunBody.parse(raw ?? {}),
  subjectOf: (input) => `demo:${input.subjectId ?? randomUUID()}`,
  run: async (context: JobContext, input) => {
    for (let step = 1; step <= input.steps; step++) {
      context.signal.throwIfAborted();
      if (input.failAtStep === step) throw new Error(`Demo failure at step ${step}, as requested.`);
      context.emit({ type: 'demo-step', step, of: input.steps });
      if (input.delayMs > 0 && step < input.steps)
        await delay(input.delayMs, undefined, { signal: context.signal });
    }
    return { steps: input.steps, note: 'demo job: counts only; no model or product involved' };
  },
};

export function registerDemoRoutes(app: FastifyInstance, context: ServerContext): void {
  context.runs.register(demoJobKind);
  app.post(
    '/demo-runs',
    {
      schema: {
        tags: ['demo'],
        summary: 'TEST/DEMO: start a run that only counts and emits demo-step events',
        description:
          'A facility for trying the run manager, SSE and stop without either product. Enabled only with enableDemoJobs.',
        body: bodySchema(DemoRunBody),
        response: {
          202: jsonSchema(StartedRunResponse, 'output'),
          400: jsonSchema(ErrorBodySchema, 'output'),
          409: jsonSchema(ErrorBodySchema, 'output'),
        },
      },
    },
    async (request, reply) => {
      const run = context.runs.startKind(DEMO_KIND, request.body ?? {});
      return reply.code(202).send({ run });
    },
  );
}
