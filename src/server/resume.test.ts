import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CodifyServer } from './app.ts';
import type { ServerPlugin } from './context.ts';
import { ConflictError } from './errors.ts';
import { browserTestRoutes } from './routes/browser-tests.ts';
import { createTransformRoutes } from './routes/transforms.ts';
import { createGate, untilAborted } from './testing/gate.ts';
import { closeTestServers, startTestServer } from './testing/temp-server.ts';
import { defaultSandboxFactory } from '../transform/index.ts';
import type { SandboxFactory } from '../transform/index.ts';

afterAll(closeTestServers);

const api = (url: string) => `/api/v1${url}`;
const json = <T = Record<string, unknown>>(response: { body: string }): T => JSON.parse(response.body) as T;

interface RunBody {
  run: { id: string; status: string; summary: unknown };
}

/**
 * `test.steps`: emits one event per step and waits to be stopped at `holdAt` the first time;
 * resuming continues after the last step it recorded. `test.once` cannot resume.
 */
const stepKinds: ServerPlugin = (_app, { runs }) => {
  const execute = async (
    ctx: Parameters<NonNullable<Parameters<typeof runs.register>[0]['run']>>[0],
    input: { steps: number; holdAt: number },
    from: number,
  ) => {
    for (let step = from; step <= input.steps; step++) {
      ctx.emit({ type: 'step', step });
      if (step === input.holdAt && from === 1) {
        await untilAborted(ctx.signal);
        ctx.signal.throwIfAborted();
      }
    }
    return { steps: input.steps, resumedFrom: from };
  };
  runs.register<{ steps: number; holdAt: number; refuse?: boolean }>({
    kind: 'test.steps',
    subjectOf: () => 'steps:subject',
    run: (ctx, input) => execute(ctx, input, 1),
    resume: (ctx, input) => {
      const done = ctx.store
        .listEvents(ctx.runId)
        .filter((stored) => stored.event.type === 'step')
        .map((stored) => stored.event['step'] as number);
      return execute(ctx, input, Math.max(0, ...done) + 1);
    },
    checkResume: (_run, input) => {
      if (input.refuse) throw new ConflictError('Refused by the kind.', { hint: 'Rerun it.' });
    },
  });
  runs.register<Record<string, never>>({
    kind: 'test.once',
    run: (ctx) => untilAborted(ctx.signal),
  });
};

async function stopped(server: CodifyServer, runId: string): Promise<void> {
  const response = await server.app.inject({ method: 'POST', url: api(`/runs/${runId}/stop`) });
  expect([200, 202]).toContain(response.statusCode);
  expect((await server.runs.waitFor(runId)).status).toBe('stopped');
}

describe('POST /runs/:id/resume', () => {
  it('continues a stopped run under the same id; its events go on after the last stored seq', async () => {
    const server = await startTestServer({ plugins: [stepKinds] });
    const run = server.runs.startKind('test.steps', { steps: 5, holdAt: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await stopped(server, run.id);
    server.runs.flushEvents();
    const lastBefore = server.store.lastEventSeq(run.id);

    const response = await server.app.inject({ method: 'POST', url: api(`/runs/${run.id}/resume`) });
    expect(response.statusCode).toBe(202);
    expect(json<RunBody>(response).run).toMatchObject({ id: run.id });
    expect(['queued', 'running']).toContain(json<RunBody>(response).run.status);
    const ended = await server.runs.waitFor(run.id);
    expect(ended).toMatchObject({ status: 'completed', summary: { steps: 5, resumedFrom: 3 }, error: null });
    expect(ended.endedAt).not.toBeNull();

    server.runs.flushEvents();
    const events = server.store.listEvents(run.id);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const resumed = events.find((e) => e.event.type === 'run-resumed');
    expect(resumed?.seq).toBe(lastBefore + 1);
    expect(resumed?.event).toMatchObject({ previousStatus: 'stopped', afterSeq: lastBefore });
    expect(events.filter((e) => e.event.type === 'step').map((e) => e.event['step'])).toEqual([
      1, 2, 3, 4, 5,
    ]);
    const finishes = events.filter((e) => e.event.type === 'run-finished').map((e) => e.event['status']);
    expect(finishes).toEqual(['stopped', 'completed']);

    // The replay goes past the first run-finished and ends with the final status.
    const stream = await server.app.inject({ method: 'GET', url: api(`/runs/${run.id}/events`) });
    const ids = [...stream.body.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(ids).toEqual(events.map((e) => e.seq));
    expect(stream.body).toMatch(/event: end\ndata: \{[^}]*"status":"completed"/);
    // Last-Event-ID from before the resume gets exactly what came after.
    const tail = await server.app.inject({
      method: 'GET',
      url: api(`/runs/${run.id}/events`),
      headers: { 'last-event-id': String(lastBefore) },
    });
    expect([...tail.body.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]))).toEqual(
      events.filter((e) => e.seq > lastBefore).map((e) => e.seq),
    );
  });

  it('refuses what cannot resume: unknown (404), live, completed, no resume, refused by the kind (409)', async () => {
    const server = await startTestServer({ plugins: [stepKinds] });
    expect((await server.app.inject({ method: 'POST', url: api('/runs/nope/resume') })).statusCode).toBe(404);

    const live = server.runs.startKind('test.steps', { steps: 3, holdAt: 1 });
    const whileLive = await server.app.inject({ method: 'POST', url: api(`/runs/${live.id}/resume`) });
    expect(whileLive.statusCode).toBe(409);
    expect(json<{ error: { message: string } }>(whileLive).error.message).toMatch(/still in progress/);
    await stopped(server, live.id);
    // A second resume of the same run while the first is live is refused too.
    const first = await server.app.inject({ method: 'POST', url: api(`/runs/${live.id}/resume`) });
    expect(first.statusCode).toBe(202);
    await server.runs.waitFor(live.id);
    const completed = await server.app.inject({ method: 'POST', url: api(`/runs/${live.id}/resume`) });
    expect(completed.statusCode).toBe(409);
    expect(json<{ error: { message: string; hint: string } }>(completed).error).toMatchObject({
      message: expect.stringMatching(/is completed; only interrupted or stopped/),
      hint: expect.stringMatching(/rerun/),
    });

    const once = server.runs.startKind('test.once', {});
    await stopped(server, once.id);
    const noResume = await server.app.inject({ method: 'POST', url: api(`/runs/${once.id}/resume`) });
    expect(noResume.statusCode).toBe(409);
    expect(json<{ error: { message: string } }>(noResume).error.message).toMatch(/cannot be resumed/);

    const adHoc = server.runs.start({ kind: 'unregistered', job: (ctx) => untilAborted(ctx.signal) });
    await stopped(server, adHoc.id);
    const unregistered = await server.app.inject({ method: 'POST', url: api(`/runs/${adHoc.id}/resume`) });
    expect(unregistered.statusCode).toBe(409);
    expect(json<{ error: { message: string } }>(unregistered).error.message).toMatch(/no such job kind/);

    const refused = server.runs.startKind('test.steps', { steps: 3, holdAt: 1, refuse: true });
    await stopped(server, refused.id);
    const byKind = await server.app.inject({ method: 'POST', url: api(`/runs/${refused.id}/resume`) });
    expect(byKind.statusCode).toBe(409);
    expect(json<{ error: { message: string } }>(byKind).error.message).toBe('Refused by the kind.');
    expect(server.store.requireRun(refused.id).status).toBe('stopped');
  });
});

describe('resuming a browser run', () => {
  it('is refused with a 409 that says to rerun', async () => {
    const server = await startTestServer({ plugins: [browserTestRoutes] });
    // Any run of the registered browser kinds (the job itself does not matter for the refusal).
    for (const kind of ['browser-run', 'browser-replay']) {
      const run = server.runs.start({
        kind,
        subjectId: `browser-test:${kind}`,
        job: (ctx) => untilAborted(ctx.signal),
      });
      await stopped(server, run.id);
      const response = await server.app.inject({ method: 'POST', url: api(`/runs/${run.id}/resume`) });
      expect(response.statusCode).toBe(409);
      expect(json<{ error: { message: string; hint: string } }>(response).error).toMatchObject({
        message: expect.stringMatching(/cannot be resumed; rerun it/),
        hint: expect.stringContaining(`/runs/${run.id}/rerun`),
      });
    }
  });
});

const phoneExamples = JSON.parse(
  readFileSync(new URL('../../examples/phone-e164/examples.json', import.meta.url), 'utf8'),
) as { input: unknown; output: unknown }[];

describe('resuming a transform run', () => {
  it.each([
    // Held in the third sandbox batch: records 0–3999 are written and checkpointed first.
    { case: 'from the checkpoint', RECORDS: 5000, HOLD: 4100, FROM: 4000 },
    // Held in the first batch: nothing was written, so there is no checkpoint and it starts over.
    { case: 'from the first record when nothing was checkpointed', RECORDS: 1500, HOLD: 10, FROM: 0 },
  ])('continues $case: every record once, in order', async ({ RECORDS, HOLD, FROM }) => {
    const entered = createGate();
    let holds = 0;
    const holdingFactory: SandboxFactory = async (source, options) => {
      const inner = await defaultSandboxFactory(source, options);
      return {
        run: async (records, runOptions) => {
          const marked = records.some((r) => typeof r === 'object' && r !== null && 'hold' in r);
          if (marked && holds++ === 0) {
            entered.open();
            if (runOptions?.signal) await untilAborted(runOptions.signal);
          }
          return inner.run(records, runOptions);
        },
        close: () => inner.close(),
      };
    };
    const server = await startTestServer({
      plugins: [createTransformRoutes({ loadOptions: { sandboxFactory: holdingFactory } })],
    });
    await server.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name: 'phones', examples: phoneExamples },
    });
    const build = json<RunBody>(
      await server.app.inject({ method: 'POST', url: api('/services/phones/build'), payload: {} }),
    );
    expect((await server.runs.waitFor(build.run.id)).status).toBe('completed');

    const lines: string[] = [];
    for (let i = 0; i < RECORDS; i++) {
      if (i % 1000 === 7) lines.push(`{"customer": "Broken ${i}", "phone": "(212) 5`);
      else
        lines.push(
          JSON.stringify({
            customer: `C${i}`,
            phone: `(415) 555-${String(i % 10_000).padStart(4, '0')}`,
            ...(i === HOLD ? { hold: true } : {}),
          }),
        );
    }
    const form = new FormData();
    form.append('file', new Blob([`${lines.join('\n')}\n`]), 'phones.jsonl');
    const upload = await server.app.inject({
      method: 'POST',
      url: api('/services/phones/runs'),
      payload: form,
    });
    expect(upload.statusCode).toBe(202);
    const runId = json<RunBody>(upload).run.id;
    await entered.promise;
    await stopped(server, runId);

    if (FROM > 0) {
      // Outputs before the checkpoint came from this code: other code may not continue them.
      const dir = path.join(server.config.dataDir, 'services/phones');
      const transform = path.join(dir, 'transform.ts');
      const original = readFileSync(transform, 'utf8');
      writeFileSync(transform, `${original}\n// edited while the run was stopped\n`);
      const changed = await server.app.inject({ method: 'POST', url: api(`/runs/${runId}/resume`) });
      expect(changed.statusCode).toBe(409);
      expect(json<{ error: { message: string; hint: string } }>(changed).error).toMatchObject({
        message: expect.stringMatching(/changed since run/),
        hint: expect.stringMatching(/rerun/),
      });
      writeFileSync(transform, original);
    }

    const resumed = await server.app.inject({ method: 'POST', url: api(`/runs/${runId}/resume`) });
    expect(resumed.statusCode).toBe(202);
    const run = await server.runs.waitFor(runId);
    expect(run.status).toBe('completed');
    expect(run.summary).toMatchObject({ recordsIn: RECORDS, errors: Math.ceil((RECORDS - 7) / 1000) });
    expect((run.summary as { resumedFromRecord?: number }).resumedFromRecord).toBe(
      FROM > 0 ? FROM : undefined,
    );
    server.runs.flushEvents();
    const point = server.store.listEvents(runId).find((e) => e.event.type === 'resume-point');
    expect(point?.event).toMatchObject({ fromRecord: FROM });
    // The event's wire shape is the one the web app reads (the product's `checkpoint` flag stays inside).
    expect(Object.keys(point?.event ?? {}).sort()).toEqual([
      'errors',
      'fromRecord',
      'reason',
      'recordsOut',
      'type',
    ]);

    const output = (await server.app.inject({ method: 'GET', url: api(`/runs/${runId}/output`) })).body
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { customer: string });
    const errors = (await server.app.inject({ method: 'GET', url: api(`/runs/${runId}/errors`) })).body
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { index: number });
    const expectedOut: string[] = [];
    const expectedErr: number[] = [];
    for (let i = 0; i < RECORDS; i++) {
      if (i % 1000 === 7) expectedErr.push(i);
      else expectedOut.push(`C${i}`);
    }
    expect(output.map((record) => record.customer)).toEqual(expectedOut);
    expect(errors.map((record) => record.index)).toEqual(expectedErr);
  });
});
