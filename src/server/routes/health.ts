import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';
import { HealthResponse, jsonSchema } from '../schemas.ts';

export function registerHealthRoute(
  app: FastifyInstance,
  context: ServerContext,
  info: { version: string; startedAt: number; auth: 'token' | 'none' },
): void {
  app.get(
    '/health',
    {
      schema: {
        tags: ['server'],
        summary: 'Liveness and basic facts about the server',
        response: { 200: jsonSchema(HealthResponse, 'output') },
      },
    },
    async () => ({
      status: 'ok' as const,
      version: info.version,
      uptimeSeconds: Math.round((Date.now() - info.startedAt) / 1000),
      liveRuns: context.runs.liveRunIds().length,
      jobKinds: context.runs.registeredKinds(),
      auth: info.auth,
    }),
  );
}
