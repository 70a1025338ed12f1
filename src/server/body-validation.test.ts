import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toBodyIssue } from './body-validation.ts';
import { transformRoutes } from './routes/transforms.ts';
import type { ServerPlugin } from './context.ts';
import { bodySchema, jsonSchema } from './schemas.ts';
import { closeTestServers, startTestServer } from './testing/temp-server.ts';

interface ErrorResponse {
  error: { code: string; message: string; hint?: string };
}

const errorOf = (response: { body: string }) => (JSON.parse(response.body) as ErrorResponse).error;

afterEach(closeTestServers);

describe('request bodies are checked by their zod schema, strictly', () => {
  it('refuses a wrong type that ajv would have coerced (a numeric string, a one-item array) with 400', async () => {
    const server = await startTestServer({ enableDemoJobs: true });
    for (const steps of ['3', [3], true]) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/v1/demo-runs',
        payload: { steps, delayMs: 0 },
      });
      expect(response.statusCode, JSON.stringify(steps)).toBe(400);
      expect(errorOf(response)).toMatchObject({
        code: 'bad-request',
        message: 'Invalid request: body.steps must be integer.',
        hint: 'See the schema at /docs.',
      });
    }
    const right = await server.app.inject({
      method: 'POST',
      url: '/api/v1/demo-runs',
      payload: { steps: 1, delayMs: 0 },
    });
    expect(right.statusCode).toBe(202);
  });

  it('refuses a build budget sent as a string, a boolean or an array (once coerced to a number)', async () => {
    const server = await startTestServer({ plugins: [transformRoutes] });
    for (const maxBuildTimeMs of ['600000', true, [600000]]) {
      const response = await server.app.inject({
        method: 'PUT',
        url: '/api/v1/services/any',
        payload: { settings: { maxBuildTimeMs } },
      });
      expect(response.statusCode, JSON.stringify(maxBuildTimeMs)).toBe(400);
      expect(errorOf(response).message).toBe(
        'Invalid request: body.settings.maxBuildTimeMs must be integer.',
      );
    }
  });

  it('hands the handler zod’s output: defaults applied, the body otherwise as sent', async () => {
    const Body = z.object({ name: z.string(), size: z.number().int().default(7) }).strict();
    const echo: ServerPlugin = (app) => {
      app.post('/echo', { schema: { body: bodySchema(Body) } }, async (request) => ({ body: request.body }));
    };
    const server = await startTestServer({ plugins: [echo] });
    const response = await server.app.inject({ method: 'POST', url: '/api/v1/echo', payload: { name: 'a' } });
    expect(JSON.parse(response.body)).toEqual({ body: { name: 'a', size: 7 } });
    const missing = await server.app.inject({ method: 'POST', url: '/api/v1/echo', payload: { size: 1 } });
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).message).toBe("Invalid request: body must have required property 'name'.");
  });

  it('refuses to start when a route declares a body schema that zod would not check', async () => {
    const unchecked: ServerPlugin = (app) => {
      app.post('/loose', { schema: { body: jsonSchema(z.object({ n: z.number() })) } }, async () => ({}));
    };
    await expect(startTestServer({ plugins: [unchecked] })).rejects.toThrow(/not made by bodySchema\(\)/);
  });
});

describe('toBodyIssue', () => {
  const Schema = z
    .object({
      count: z.number().int().min(1).max(10),
      name: z.string().max(3),
      tags: z.array(z.string()).max(1),
      mode: z.enum(['a', 'b']),
      nested: z.object({ code: z.string().regex(/^x+$/) }),
    })
    .strict();
  const declared = jsonSchema(Schema);
  const issuesOf = (body: unknown) =>
    (Schema.safeParse(body).error?.issues ?? []).map((issue) => {
      const { instancePath, message, keyword } = toBodyIssue(issue, body, declared);
      return { instancePath, message, keyword };
    });
  const valid = { count: 2, name: 'ab', tags: [], mode: 'a', nested: { code: 'xx' } };

  it('words zod issues as ajv did, so clients read the same messages', () => {
    expect(issuesOf({ ...valid, count: 1.5 })).toEqual([
      { instancePath: '/count', message: 'must be integer', keyword: 'type' },
    ]);
    expect(issuesOf({ ...valid, count: 11 })).toEqual([
      { instancePath: '/count', message: 'must be <= 10', keyword: 'maximum' },
    ]);
    expect(issuesOf({ ...valid, count: 0 })).toEqual([
      { instancePath: '/count', message: 'must be >= 1', keyword: 'minimum' },
    ]);
    expect(issuesOf({ ...valid, name: 'abcd' })).toEqual([
      { instancePath: '/name', message: 'must NOT have more than 3 characters', keyword: 'maxLength' },
    ]);
    expect(issuesOf({ ...valid, tags: ['a', 'b'] })).toEqual([
      { instancePath: '/tags', message: 'must NOT have more than 1 items', keyword: 'maxItems' },
    ]);
    expect(issuesOf({ ...valid, mode: 'c' })).toEqual([
      { instancePath: '/mode', message: 'must be equal to one of the allowed values', keyword: 'enum' },
    ]);
    expect(issuesOf({ ...valid, extra: 1 })).toEqual([
      { instancePath: '', message: 'must NOT have additional properties', keyword: 'additionalProperties' },
    ]);
    expect(issuesOf({ ...valid, nested: {} })).toEqual([
      { instancePath: '/nested', message: "must have required property 'code'", keyword: 'required' },
    ]);
    expect(issuesOf({ ...valid, nested: { code: 'y' } })).toEqual([
      { instancePath: '/nested/code', message: 'must match pattern "^x+$"', keyword: 'pattern' },
    ]);
    expect(issuesOf('text')).toEqual([{ instancePath: '', message: 'must be object', keyword: 'type' }]);
  });
});
