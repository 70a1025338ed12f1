import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.ts';
import { createServer } from './app.ts';
import type { ServerPlugin } from './context.ts';
import { createGate, untilAborted } from './testing/gate.ts';
import { closeTestServers, startTestServer, tempDataDir } from './testing/temp-server.ts';

afterEach(closeTestServers);

const TOKEN = 'test-token-0123456789abcdef';

function json<T = Record<string, unknown>>(response: { body: string }): T {
  return JSON.parse(response.body) as T;
}

interface ErrorResponse {
  error: { code: string; message: string; hint?: string };
}

function sseData(body: string): { seq: number; event: { type: string } & Record<string, unknown> }[] {
  return body
    .split('\n\n')
    .filter((block) => block.startsWith('id: '))
    .map((block) =>
      JSON.parse(
        block
          .split('\n')
          .find((line) => line.startsWith('data: '))!
          .slice(6),
      ),
    );
}

describe('health and docs', () => {
  it('reports health', async () => {
    const server = await startTestServer({ enableDemoJobs: true });
    const response = await server.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({
      status: 'ok',
      liveRuns: 0,
      jobKinds: ['demo.count'],
      auth: 'none',
    });
    expect(typeof json(response)['version']).toBe('string');
  });

  it('serves the OpenAPI document and the docs UI', async () => {
    const server = await startTestServer({ enableDemoJobs: true });
    const doc = json<{
      openapi: string;
      paths: Record<string, unknown>;
      components: Record<string, unknown>;
    }>(await server.app.inject({ method: 'GET', url: '/openapi.json' }));
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/health',
        '/api/v1/runs',
        '/api/v1/runs/{id}',
        '/api/v1/runs/{id}/stop',
        '/api/v1/runs/{id}/rerun',
        '/api/v1/runs/{id}/events',
        '/api/v1/runs/{id}/history',
        '/api/v1/demo-runs',
      ]),
    );
    expect(doc.paths['/openapi.json']).toBeUndefined();
    expect(doc.components['securitySchemes']).toMatchObject({
      bearerAuth: { type: 'http', scheme: 'bearer' },
    });
    const docs = await server.app.inject({ method: 'GET', url: '/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('answers unknown routes with the error body', async () => {
    const server = await startTestServer();
    const response = await server.app.inject({ method: 'GET', url: '/api/v1/nothing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(json<ErrorResponse>(response).error).toMatchObject({
      code: 'not-found',
      message: 'No route GET /api/v1/nothing.',
    });
  });
});

describe('runs', () => {
  it('lists runs with filters and paging', async () => {
    const server = await startTestServer();
    const empty = await server.app.inject({ method: 'GET', url: '/api/v1/runs' });
    expect(json(empty)).toEqual({ runs: [], nextBefore: null });

    const ids: string[] = [];
    for (const [kind, subjectId] of [
      ['alpha', 's1'],
      ['beta', 's2'],
      ['alpha', 's3'],
    ] as const) {
      const run = server.runs.start({ kind, subjectId, job: async () => ({ kind }) });
      await server.runs.waitFor(run.id);
      ids.push(run.id);
    }
    const gate = createGate();
    const live = server.runs.start({ kind: 'beta', job: () => gate.promise });

    type List = { runs: { id: string; kind: string; status: string }[]; nextBefore: string | null };
    const all = json<List>(await server.app.inject({ method: 'GET', url: '/api/v1/runs' }));
    expect(all.runs.map((r) => r.id)).toEqual([live.id, ...ids.reverse()]);
    expect(all.nextBefore).toBeNull();
    const alpha = json<List>(await server.app.inject({ method: 'GET', url: '/api/v1/runs?kind=alpha' }));
    expect(alpha.runs.every((r) => r.kind === 'alpha')).toBe(true);
    expect(alpha.runs).toHaveLength(2);
    const s2 = json<List>(await server.app.inject({ method: 'GET', url: '/api/v1/runs?subjectId=s2' }));
    expect(s2.runs.map((r) => r.kind)).toEqual(['beta']);
    const running = json<List>(
      await server.app.inject({ method: 'GET', url: '/api/v1/runs?status=running,queued' }),
    );
    expect(running.runs.map((r) => r.id)).toEqual([live.id]);
    const page = json<List>(await server.app.inject({ method: 'GET', url: '/api/v1/runs?limit=2' }));
    expect(page.runs).toHaveLength(2);
    expect(page.nextBefore).toBe(server.store.requireRun(page.runs[1]!.id).createdAt);
    gate.open();
  });

  it('rejects bad list queries with 400 and a clear message', async () => {
    const server = await startTestServer();
    const cases: [string, RegExp][] = [
      ['/api/v1/runs?status=bogus', /Unknown run status "bogus"/],
      ['/api/v1/runs?limit=0', /querystring\.limit must be >= 1/],
      ['/api/v1/runs?limit=abc', /querystring\.limit must be integer/],
      ['/api/v1/runs?colour=red', /must NOT have additional properties \("colour"\)/],
      ['/api/v1/runs?before=yesterday', /ISO date-time/],
    ];
    for (const [url, message] of cases) {
      const response = await server.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      const body = json<ErrorResponse>(response);
      expect(body.error.code).toBe('bad-request');
      expect(body.error.message).toMatch(message);
    }
  });

  it('shows one run with attempts and usage, and 404 for an unknown id', async () => {
    const server = await startTestServer();
    const run = server.runs.start({
      kind: 'k',
      subjectId: 'subj',
      input: { a: 1 },
      job: async (ctx) => {
        ctx.emit({ type: 'attempt-started', attempt: 1, proposer: 'local' });
        ctx.emit({
          type: 'usage',
          attempt: 1,
          usage: { provider: 'p', model: 'm', inputTokens: 7, outputTokens: 3, latencyMs: 1, costUsd: null },
        });
        ctx.emit({ type: 'check-finished', attempt: 1, report: { pass: true, failures: [], counts: {} } });
        return { ok: true };
      },
    });
    await server.runs.waitFor(run.id);
    const response = await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}` });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({
      run: {
        id: run.id,
        kind: 'k',
        subjectId: 'subj',
        status: 'completed',
        input: { a: 1 },
        summary: { ok: true },
        error: null,
      },
      live: false,
      lastSeq: 6,
      attempts: [{ attempt: 1, proposer: 'local', status: 'passed' }],
      usage: { calls: 1, inputTokens: 7, outputTokens: 3, costUsd: 0, costIncomplete: true },
    });
    const missing = await server.app.inject({ method: 'GET', url: '/api/v1/runs/nope' });
    expect(missing.statusCode).toBe(404);
    expect(json<ErrorResponse>(missing).error.code).toBe('not-found');
  });

  it('stops a running run (200), then refuses to stop it again (409); 404 for unknown', async () => {
    const server = await startTestServer();
    const run = server.runs.start({ kind: 'k', job: (ctx) => untilAborted(ctx.signal) });
    const stop = await server.app.inject({ method: 'POST', url: `/api/v1/runs/${run.id}/stop` });
    expect(stop.statusCode).toBe(200);
    expect(json(stop)).toMatchObject({ run: { id: run.id, status: 'stopped' }, settled: true });
    const again = await server.app.inject({ method: 'POST', url: `/api/v1/runs/${run.id}/stop` });
    expect(again.statusCode).toBe(409);
    expect(json<ErrorResponse>(again).error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/stopped/),
    });
    const missing = await server.app.inject({ method: 'POST', url: '/api/v1/runs/nope/stop' });
    expect(missing.statusCode).toBe(404);
  });

  it('answers 202 when the job has not returned within the grace period', async () => {
    const server = await startTestServer({ stopGraceMs: 0 });
    const gate = createGate();
    const run = server.runs.start({ kind: 'k', job: () => gate.promise });
    const stop = await server.app.inject({ method: 'POST', url: `/api/v1/runs/${run.id}/stop` });
    expect(stop.statusCode).toBe(202);
    expect(json(stop)).toMatchObject({ run: { status: 'running' }, settled: false });
    gate.open();
    expect((await server.runs.waitFor(run.id)).status).toBe('stopped');
  });

  it('replays a finished run’s events as SSE, after ?after= or Last-Event-ID', async () => {
    const server = await startTestServer();
    const run = server.runs.start({
      kind: 'k',
      job: async (ctx) => {
        for (let i = 1; i <= 3; i++) ctx.emit({ type: 'tick', i });
        return null;
      },
    });
    await server.runs.waitFor(run.id);
    const full = await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}/events` });
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = sseData(full.body);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events.map((e) => e.event.type)).toEqual([
      'run-status',
      'run-status',
      'tick',
      'tick',
      'tick',
      'run-finished',
    ]);
    expect(full.body).toMatch(/event: end\ndata: \{"runId":"[^"]+","status":"completed","lastSeq":6\}\n\n$/);

    const after = await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}/events?after=4` });
    expect(sseData(after.body).map((e) => e.seq)).toEqual([5, 6]);
    const resumed = await server.app.inject({
      method: 'GET',
      url: `/api/v1/runs/${run.id}/events?after=1`,
      headers: { 'last-event-id': '5' },
    });
    expect(sseData(resumed.body).map((e) => e.seq)).toEqual([6]);
    const nothingNew = await server.app.inject({
      method: 'GET',
      url: `/api/v1/runs/${run.id}/events?after=6`,
    });
    expect(sseData(nothingNew.body)).toEqual([]);
    expect(nothingNew.body).toContain('event: end');
  });

  it('pages through stored events as JSON', async () => {
    const server = await startTestServer();
    const run = server.runs.start({
      kind: 'k',
      job: async (ctx) => {
        for (let i = 1; i <= 5; i++) ctx.emit({ type: 'tick', i });
        return null;
      },
    });
    await server.runs.waitFor(run.id);
    type History = {
      events: { seq: number; event: { type: string; i?: number } }[];
      lastSeq: number;
      live: boolean;
    };
    const page = json<History>(
      await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}/history?after=2&limit=3` }),
    );
    expect(page.events.map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(page.events.map((e) => e.event.i)).toEqual([1, 2, 3]);
    expect(page).toMatchObject({ lastSeq: 8, live: false });
    const all = json<History>(
      await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}/history` }),
    );
    expect(all.events.map((e) => e.event.type)).toEqual(
      server.store.listEvents(run.id).map((e) => e.event.type),
    );
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/runs/nope/history' })).statusCode).toBe(
      404,
    );
    expect(
      (await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}/history?limit=0` })).statusCode,
    ).toBe(400);
  });

  it('replays a long history completely and in order', async () => {
    const server = await startTestServer();
    const run = server.runs.start({
      kind: 'k',
      job: async (ctx) => {
        for (let i = 1; i <= 1_234; i++) ctx.emit({ type: 'tick', i });
        return null;
      },
    });
    await server.runs.waitFor(run.id);
    const stream = await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}/events?after=3` });
    const seqs = sseData(stream.body).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 1_234 }, (_, i) => i + 4));
  });

  it('rejects bad event stream requests', async () => {
    const server = await startTestServer();
    const run = server.runs.start({ kind: 'k', job: async () => null });
    await server.runs.waitFor(run.id);
    const badHeader = await server.app.inject({
      method: 'GET',
      url: `/api/v1/runs/${run.id}/events`,
      headers: { 'last-event-id': 'abc' },
    });
    expect(badHeader.statusCode).toBe(400);
    expect(json<ErrorResponse>(badHeader).error.message).toMatch(/Last-Event-ID/);
    const badAfter = await server.app.inject({
      method: 'GET',
      url: `/api/v1/runs/${run.id}/events?after=-1`,
    });
    expect(badAfter.statusCode).toBe(400);
    const missing = await server.app.inject({ method: 'GET', url: '/api/v1/runs/nope/events' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/json/);
  });
});

describe('demo runs (test facility)', () => {
  it('runs the demo job to completion and reports a failing step', async () => {
    const server = await startTestServer({ enableDemoJobs: true });
    const started = await server.app.inject({
      method: 'POST',
      url: '/api/v1/demo-runs',
      payload: { steps: 4, delayMs: 0 },
    });
    expect(started.statusCode).toBe(202);
    const { run } = json<{ run: { id: string; kind: string; subjectId: string } }>(started);
    expect(run.kind).toBe('demo.count');
    expect(run.subjectId).toMatch(/^demo:/);
    expect(await server.runs.waitFor(run.id)).toMatchObject({ status: 'completed', summary: { steps: 4 } });
    const steps = server.store.listEvents(run.id).filter((e) => e.event.type === 'demo-step');
    expect(steps.map((e) => e.event['step'])).toEqual([1, 2, 3, 4]);

    const failing = json<{ run: { id: string } }>(
      await server.app.inject({
        method: 'POST',
        url: '/api/v1/demo-runs',
        payload: { steps: 3, delayMs: 0, failAtStep: 2 },
      }),
    );
    expect(await server.runs.waitFor(failing.run.id)).toMatchObject({
      status: 'failed',
      error: { code: 'job-error', message: 'Demo failure at step 2, as requested.' },
    });
  });

  it('refuses a second demo run of the same subject with 409', async () => {
    const server = await startTestServer({ enableDemoJobs: true });
    const payload = { subjectId: 'same', steps: 2, delayMs: 10_000 };
    const first = await server.app.inject({ method: 'POST', url: '/api/v1/demo-runs', payload });
    expect(first.statusCode).toBe(202);
    const second = await server.app.inject({ method: 'POST', url: '/api/v1/demo-runs', payload });
    expect(second.statusCode).toBe(409);
    expect(json<ErrorResponse>(second).error).toMatchObject({
      code: 'conflict',
      hint: expect.stringMatching(/\/stop/),
    });
  });

  it('validates bodies: wrong types, unknown fields, bad JSON, wrong media type', async () => {
    const server = await startTestServer({ enableDemoJobs: true });
    const wrongType = await server.app.inject({
      method: 'POST',
      url: '/api/v1/demo-runs',
      payload: { steps: 'many' },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(json<ErrorResponse>(wrongType).error.message).toMatch(/body\.steps must be integer/);
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/v1/demo-runs',
      payload: { stepz: 3 },
    });
    expect(json<ErrorResponse>(unknown).error.message).toMatch(/"stepz"/);
    const tooMany = await server.app.inject({
      method: 'POST',
      url: '/api/v1/demo-runs',
      payload: { steps: 5000 },
    });
    expect(json<ErrorResponse>(tooMany).error.message).toMatch(/body\.steps must be <= 1000/);
    const badJson = await server.app.inject({
      method: 'POST',
      url: '/api/v1/demo-runs',
      headers: { 'content-type': 'application/json' },
      payload: '{"steps":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(json<ErrorResponse>(badJson).error.code).toBe('bad-request');
    const text = await server.app.inject({
      method: 'POST',
      url: '/api/v1/demo-runs',
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(text.statusCode).toBe(415);
    expect(json<ErrorResponse>(text).error.code).toBe('unsupported-media-type');
  });

  it('is absent unless enabled', async () => {
    const server = await startTestServer();
    const response = await server.app.inject({ method: 'POST', url: '/api/v1/demo-runs', payload: {} });
    expect(response.statusCode).toBe(404);
  });
});

describe('security', () => {
  it('refuses to start on a non-loopback host without a token', async () => {
    const data = tempDataDir();
    await expect(createServer({ dataDir: data.dir, host: '0.0.0.0', port: 0 })).rejects.toThrow(ConfigError);
    await expect(createServer({ dataDir: data.dir, host: '0.0.0.0', port: 0 })).rejects.toThrow(
      /needs an API token/,
    );
    data.cleanup();
  });

  it('requires the bearer token on every /api route when one is set, but not on the docs', async () => {
    const server = await startTestServer({ host: '0.0.0.0', token: TOKEN, enableDemoJobs: true });
    for (const [method, url] of [
      ['GET', '/api/v1/health'],
      ['GET', '/api/v1/runs'],
      ['GET', '/api/v1/runs/x'],
      ['POST', '/api/v1/runs/x/stop'],
      ['POST', '/api/v1/runs/x/rerun'],
      ['GET', '/api/v1/runs/x/events'],
      ['GET', '/api/v1/runs/x/history'],
      ['POST', '/api/v1/demo-runs'],
      ['GET', '/api/v1/unknown'],
    ] as const) {
      const none = await server.app.inject({ method, url });
      expect(none.statusCode, `${method} ${url}`).toBe(401);
      expect(json<ErrorResponse>(none).error.code).toBe('unauthorized');
      const wrong = await server.app.inject({ method, url, headers: { authorization: `Bearer ${TOKEN}x` } });
      expect(wrong.statusCode).toBe(401);
    }
    const ok = await server.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.statusCode).toBe(200);
    expect(json(ok)['auth']).toBe('token');
    expect((await server.app.inject({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(200);
    expect((await server.app.inject({ method: 'GET', url: '/docs' })).statusCode).toBe(200);
    const css = await server.app.inject({ method: 'GET', url: '/docs/static/swagger-ui.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/css/);
    const doc = json<{ security: unknown }>(await server.app.inject({ method: 'GET', url: '/openapi.json' }));
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
  });

  it('refuses foreign Host headers and cross-origin requests on a token-less server', async () => {
    const server = await startTestServer({ allowedOrigins: ['http://localhost:5173'] });
    const rebound = await server.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { host: 'evil.example:8787' },
    });
    expect(rebound.statusCode).toBe(403);
    expect(json<ErrorResponse>(rebound).error.code).toBe('forbidden');
    const crossOrigin = await server.app.inject({
      method: 'POST',
      url: '/api/v1/runs/x/stop',
      headers: { origin: 'https://evil.example' },
    });
    expect(crossOrigin.statusCode).toBe(403);
    const opaque = await server.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { origin: 'null' },
    });
    expect(opaque.statusCode).toBe(403);
    const sameOrigin = await server.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { host: '127.0.0.1:8787', origin: 'http://127.0.0.1:8787' },
    });
    expect(sameOrigin.statusCode).toBe(200);
    const devServer = await server.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { origin: 'http://localhost:5173' },
    });
    expect(devServer.statusCode).toBe(200);
  });

  it('limits body and upload sizes with 413', async () => {
    const upload: ServerPlugin = (app) => {
      app.post('/upload', async (request) => {
        const file = await request.file();
        if (!file) return { bytes: 0 };
        return { bytes: (await file.toBuffer()).length };
      });
    };
    const server = await startTestServer({ maxUploadBytes: 2_000, enableDemoJobs: true, plugins: [upload] });
    const big = await server.app.inject({
      method: 'POST',
      url: '/api/v1/demo-runs',
      payload: { subjectId: 'x'.repeat(3_000) },
    });
    expect(big.statusCode).toBe(413);
    expect(json<ErrorResponse>(big).error).toMatchObject({
      code: 'payload-too-large',
      hint: 'The limit is 2000 bytes.',
    });

    const multipart = (size: number): { payload: string; headers: Record<string, string> } => {
      const boundary = '----codifytest';
      const payload = [
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="data.csv"',
        'Content-Type: text/csv',
        '',
        'a'.repeat(size),
        `--${boundary}--`,
        '',
      ].join('\r\n');
      return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
    };
    const small = await server.app.inject({ method: 'POST', url: '/api/v1/upload', ...multipart(500) });
    expect(small.statusCode).toBe(200);
    expect(json(small)).toEqual({ bytes: 500 });
    const tooBig = await server.app.inject({ method: 'POST', url: '/api/v1/upload', ...multipart(2_500) });
    expect(tooBig.statusCode).toBe(413);
    expect(json<ErrorResponse>(tooBig).error.code).toBe('payload-too-large');
  });

  it("turns a job kind's input errors into 400s and starts valid runs through a plugin", async () => {
    const { z } = await import('zod');
    const Body = z.object({ service: z.string().regex(/^[a-z]+$/) });
    const product: ServerPlugin = (app, { runs }) => {
      runs.register<{ service: string }>({
        kind: 'product.build',
        parseInput: (raw) => Body.parse(raw),
        subjectOf: (input) => `service:${input.service}`,
        run: async (ctx, input) => {
          ctx.emit({ type: 'building', service: input.service });
          return { built: input.service };
        },
      });
      app.post('/builds', async (request, reply) =>
        reply.code(202).send({ run: runs.startKind('product.build', request.body) }),
      );
    };
    const server = await startTestServer({ plugins: [product] });
    const bad = await server.app.inject({
      method: 'POST',
      url: '/api/v1/builds',
      payload: { service: 'Not Valid' },
    });
    expect(bad.statusCode).toBe(400);
    expect(json<ErrorResponse>(bad).error).toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/^Invalid input: service: /),
    });
    const good = await server.app.inject({
      method: 'POST',
      url: '/api/v1/builds',
      payload: { service: 'invoices' },
    });
    expect(good.statusCode).toBe(202);
    const { run } = json<{ run: { id: string; subjectId: string } }>(good);
    expect(run.subjectId).toBe('service:invoices');
    expect(await server.runs.waitFor(run.id)).toMatchObject({
      status: 'completed',
      summary: { built: 'invoices' },
    });
    const health = json<{ jobKinds: string[] }>(
      await server.app.inject({ method: 'GET', url: '/api/v1/health' }),
    );
    expect(health.jobKinds).toEqual(['product.build']);
  });

  it('rejects path traversal through the data directory helper', async () => {
    const files: ServerPlugin = (app, context) => {
      app.get('/files', async (request) => ({
        path: context.dataPath((request.query as { path: string }).path),
      }));
    };
    const server = await startTestServer({ plugins: [files] });
    const fine = await server.app.inject({ method: 'GET', url: '/api/v1/files?path=services/a.json' });
    expect(fine.statusCode).toBe(200);
    expect(json(fine)['path']).toBe(`${server.config.dataDir}/services/a.json`);
    for (const path of ['../secrets', '%2Fetc%2Fpasswd', 'a%00b', 'a/../../b']) {
      const response = await server.app.inject({ method: 'GET', url: `/api/v1/files?path=${path}` });
      expect(response.statusCode, path).toBe(400);
      expect(json<ErrorResponse>(response).error.code).toBe('bad-path');
    }
  });

  it('never returns or logs provider keys', async () => {
    const key = 'sk-live-provider-key-0123456789';
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const leaky: ServerPlugin = (app) => {
      app.get('/leak', async (request) => {
        request.log.info({ detail: `using ${key}` }, `calling provider with ${key}`);
        throw new Error(`provider rejected ${key}`);
      });
    };
    const server = await startTestServer({
      env: { OPENAI_API_KEY: key },
      logger: { level: 'info', stream },
      plugins: [leaky],
    });
    const response = await server.app.inject({ method: 'GET', url: '/api/v1/leak' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain(key);
    expect(json<ErrorResponse>(response).error.code).toBe('internal');

    const run = server.runs.start({
      kind: 'k',
      input: { apiKey: key },
      job: async (ctx) => {
        ctx.emit({ type: 'note', text: `key ${key}` });
        throw new Error(`401 Unauthorized for ${key}`);
      },
    });
    await server.runs.waitFor(run.id);
    const detail = await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}` });
    const events = await server.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}/events` });
    for (const body of [detail.body, events.body]) {
      expect(body).not.toContain(key);
      expect(body).toContain('[redacted]');
    }
    const log = lines.join('');
    expect(log).toContain('calling provider with [redacted]');
    expect(log).toContain('provider rejected [redacted]');
    expect(log).not.toContain(key);
  });
});
