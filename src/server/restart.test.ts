import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type CodifyServer } from './app.ts';
import type { ServerPlugin } from './context.ts';
import { untilAborted } from './testing/gate.ts';
import { tempDataDir } from './testing/temp-server.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A job kind that waits until stopped the first time, and completes at once when rerun. */
const countingKind: ServerPlugin = (_app, { runs }) => {
  runs.register<{ records: number }>({
    kind: 'test.count',
    subjectOf: () => 'count:subject',
    run: async (ctx, input) => {
      ctx.emit({ type: 'counting', records: input.records });
      if (ctx.store.getRun(ctx.runId)?.rerunOf === null) await untilAborted(ctx.signal);
      return { counted: input.records };
    },
  });
};

async function serverOn(dataDir: string): Promise<CodifyServer> {
  const server = await createServer({ dataDir, port: 0, env: {}, plugins: [countingKind] });
  cleanups.push(() => server.close());
  return server;
}

function freshDir(): string {
  const data = tempDataDir();
  cleanups.push(data.cleanup);
  return data.dir;
}

describe('restart', () => {
  it('after a crash, a running run becomes interrupted and nothing written is lost', async () => {
    const dataDir = freshDir();
    const first = await serverOn(dataDir);
    const done = first.runs.start({ kind: 'k', subjectId: 'a', job: async () => ({ answer: 42 }) });
    await first.runs.waitFor(done.id);
    const running = first.runs.start({
      kind: 'k',
      subjectId: 'b',
      input: { records: 10 },
      job: async (ctx) => {
        ctx.emit({ type: 'attempt-started', attempt: 1, proposer: 'local' });
        ctx.emit({ type: 'progress', done: 3 });
        await untilAborted(ctx.signal);
        return null;
      },
    });
    await new Promise((resolve) => setImmediate(resolve));
    const before = first.store.listEvents(running.id);
    expect(before.map((e) => e.event.type)).toEqual([
      'run-status',
      'run-status',
      'attempt-started',
      'progress',
    ]);

    // A crash: the database handle goes away with no shutdown bookkeeping.
    first.store.close();
    await first.app.close();

    const second = await serverOn(dataDir);
    expect(second.interruptedAtStartup.map((r) => r.id)).toEqual([running.id]);
    const detail = await second.app.inject({ method: 'GET', url: `/api/v1/runs/${running.id}` });
    expect(JSON.parse(detail.body)).toMatchObject({
      run: { status: 'interrupted', input: { records: 10 }, subjectId: 'b' },
      live: false,
      lastSeq: 4,
      attempts: [{ attempt: 1, proposer: 'local', status: 'running' }],
    });
    expect(second.store.listEvents(running.id)).toEqual(before);
    expect(second.store.requireRun(done.id)).toMatchObject({ status: 'completed', summary: { answer: 42 } });

    const stream = await second.app.inject({
      method: 'GET',
      url: `/api/v1/runs/${running.id}/events?after=2`,
    });
    expect(stream.body).toContain('id: 3\n');
    expect(stream.body).toContain('id: 4\n');
    expect(stream.body).not.toContain('id: 2\n');
    expect(stream.body).toMatch(/event: end\ndata: \{[^}]*"status":"interrupted"/);

    // The subject is free again: the interrupted run can be rerun.
    const rerun = second.runs.start({ kind: 'k', subjectId: 'b', job: async () => 'again' });
    expect((await second.runs.waitFor(rerun.id)).status).toBe('completed');
  });

  it('a clean close interrupts live runs with a final event, and a reopen keeps it so', async () => {
    const dataDir = freshDir();
    const first = await serverOn(dataDir);
    const run = first.runs.start({ kind: 'k', job: (ctx) => untilAborted(ctx.signal) });
    await first.close();

    const second = await serverOn(dataDir);
    expect(second.interruptedAtStartup).toEqual([]);
    const stored = second.store.requireRun(run.id);
    expect(stored.status).toBe('interrupted');
    expect(stored.endedAt).not.toBeNull();
    expect(second.store.listEvents(run.id).at(-1)?.event).toMatchObject({
      type: 'run-finished',
      status: 'interrupted',
    });
  });

  it('reruns an interrupted run of a registered kind with the same input', async () => {
    const dataDir = freshDir();
    const first = await serverOn(dataDir);
    const original = first.runs.startKind('test.count', { records: 7 });
    const conflict = await first.app.inject({ method: 'POST', url: `/api/v1/runs/${original.id}/rerun` });
    expect(conflict.statusCode).toBe(409);
    expect(JSON.parse(conflict.body).error.message).toMatch(/still in progress/);
    first.runs.flushEvents();
    first.store.close(); // crash
    await first.app.close();

    const second = await serverOn(dataDir);
    expect(second.store.requireRun(original.id).status).toBe('interrupted');
    const response = await second.app.inject({ method: 'POST', url: `/api/v1/runs/${original.id}/rerun` });
    expect(response.statusCode).toBe(202);
    const { run } = JSON.parse(response.body) as { run: { id: string; rerunOf: string; input: unknown } };
    expect(run).toMatchObject({ rerunOf: original.id, input: { records: 7 } });
    expect(await second.runs.waitFor(run.id)).toMatchObject({ status: 'completed', summary: { counted: 7 } });

    const adHoc = second.runs.start({ kind: 'unregistered', job: async () => null });
    await second.runs.waitFor(adHoc.id);
    const unknownKind = await second.app.inject({ method: 'POST', url: `/api/v1/runs/${adHoc.id}/rerun` });
    expect(unknownKind.statusCode).toBe(409);
    expect(JSON.parse(unknownKind.body).error.message).toMatch(/no such job kind/);
    expect((await second.app.inject({ method: 'POST', url: '/api/v1/runs/nope/rerun' })).statusCode).toBe(
      404,
    );
  });
});
