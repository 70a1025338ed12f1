import { z } from 'zod';

/**
 * Route schemas are written once in zod, in the wire protocol (`./protocol/`): converted to JSON
 * Schema for Fastify and the OpenAPI document, and parsed again in handlers for typed values.
 * Request bodies are checked by zod itself, strictly (see `./body-validation.ts`).
 */
export * from './protocol/index.ts';

export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const converted = z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete converted['$schema'];
  return converted;
}

const zodOfBody = new WeakMap<object, z.ZodType>();

/**
 * The JSON Schema of a request body, for Fastify's route `schema.body` (docs), remembered with
 * its zod schema so the body is validated by zod, strictly: a string where a number belongs is a
 * 400, never coerced. Every route with a JSON body must declare it through this function.
 */
export function bodySchema(schema: z.ZodType): Record<string, unknown> {
  const converted = jsonSchema(schema);
  zodOfBody.set(converted, schema);
  return converted;
}

/** The zod schema a route's `schema.body` was made from by {@link bodySchema}, if it was. */
export function zodBodyOf(routeBodySchema: unknown): z.ZodType | undefined {
  return typeof routeBodySchema === 'object' && routeBodySchema !== null
    ? zodOfBody.get(routeBodySchema)
    : undefined;
}
