import type { FastifyInstance, FastifyRequest, preValidationHookHandler } from 'fastify';
import type { z } from 'zod';
import { zodBodyOf } from './schemas.ts';

/** An issue in the shape Fastify's ajv validation reports, so both read the same to a client. */
export interface BodyIssue {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message: string;
}

/** At most this many issues are reported; the first ones say what to fix. */
const MAX_ISSUES = 5;

/**
 * Validates every JSON request body with the zod schema its route declared through
 * `bodySchema()`, before Fastify's ajv step, and replaces the body with zod's output (defaults
 * applied). Zod does not coerce: `{"steps": "3"}` or `{"steps": [3]}` for a number is a 400
 * (Fastify's ajv, which the query string needs, coerces with `coerceTypes: 'array'`). A route
 * whose body schema was not made by `bodySchema()` fails at startup, so no body escapes the check.
 */
export function installBodyValidation(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const declared = route.schema?.body;
    if (declared === undefined) return;
    const schema = zodBodyOf(declared);
    if (!schema) {
      throw new Error(
        `Route ${route.method} ${route.url} declares a body schema not made by bodySchema(): its body would be validated with type coercion.`,
      );
    }
    const check: preValidationHookHandler = (request, _reply, done) => {
      done(validateBody(schema, request, declared));
    };
    const existing = route.preValidation;
    route.preValidation = existing === undefined ? [check] : [...[existing].flat(), check];
  });
}

function validateBody(schema: z.ZodType, request: FastifyRequest, declared: unknown): Error | undefined {
  // No body at all is the handler's to default (`request.body ?? {}`), as with Fastify's own check.
  if (request.body === undefined) return undefined;
  const result = schema.safeParse(request.body);
  if (result.success) {
    request.body = result.data;
    return undefined;
  }
  const issues = result.error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => toBodyIssue(issue, request.body, declared));
  return Object.assign(new Error(issues.map((issue) => issue.message).join('; ')), {
    statusCode: 400,
    code: 'FST_ERR_VALIDATION',
    validation: issues,
    validationContext: 'body',
  });
}

/** A zod issue in ajv's words (`must be integer`, `must be <= 1000`, …), where there is one. */
export function toBodyIssue(issue: z.core.$ZodIssue, body: unknown, declared: unknown): BodyIssue {
  const path = issue.path.map(String);
  const pointer = (keys: readonly string[]) => keys.map((key) => `/${key}`).join('');
  const base = { instancePath: pointer(path), schemaPath: '', params: {} };
  switch (issue.code) {
    case 'invalid_type': {
      const parent = path.slice(0, -1);
      const last = path.at(-1);
      if (last !== undefined && !hasKey(valueAt(body, parent), last)) {
        return {
          ...base,
          keyword: 'required',
          instancePath: pointer(parent),
          params: { missingProperty: last },
          message: `must have required property '${last}'`,
        };
      }
      const declaredType = typeAt(declared, path);
      const expected = declaredType ?? (issue.expected === 'int' ? 'integer' : issue.expected);
      return { ...base, keyword: 'type', params: { type: expected }, message: `must be ${expected}` };
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = big ? issue.maximum : issue.minimum;
      const bound = String(limit);
      if (issue.origin === 'string') {
        return {
          ...base,
          keyword: big ? 'maxLength' : 'minLength',
          message: `must NOT have ${big ? 'more' : 'fewer'} than ${bound} characters`,
        };
      }
      if (issue.origin === 'array') {
        return {
          ...base,
          keyword: big ? 'maxItems' : 'minItems',
          message: `must NOT have ${big ? 'more' : 'fewer'} than ${bound} items`,
        };
      }
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        const operator = `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}`;
        return { ...base, keyword: big ? 'maximum' : 'minimum', message: `must be ${operator} ${bound}` };
      }
      return { ...base, keyword: issue.code, message: issue.message };
    }
    case 'unrecognized_keys':
      return {
        ...base,
        keyword: 'additionalProperties',
        params: { additionalProperty: issue.keys[0] },
        message: 'must NOT have additional properties',
      };
    case 'invalid_value':
      return {
        ...base,
        keyword: 'enum',
        params: { allowedValues: issue.values },
        message: 'must be equal to one of the allowed values',
      };
    case 'invalid_format':
      return {
        ...base,
        keyword: issue.format === 'regex' ? 'pattern' : 'format',
        message: issue.pattern
          ? `must match pattern "${issue.pattern.replace(/^\/(.*)\/[a-z]*$/s, '$1')}"`
          : `must match format "${issue.format}"`,
      };
    default:
      return { ...base, keyword: issue.code, message: issue.message };
  }
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

/** The `type` the route's JSON Schema declares at `path` (e.g. `integer`, which zod calls number). */
function typeAt(schema: unknown, path: readonly string[]): string | undefined {
  let current = schema;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    const node = current as {
      properties?: Record<string, unknown>;
      items?: unknown;
      additionalProperties?: unknown;
    };
    current =
      /^\d+$/.test(key) && node.items !== undefined
        ? node.items
        : (node.properties?.[key] ??
          (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined));
  }
  const type = (current as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? type : undefined;
}
