import { afterEach, describe, expect, it } from 'vitest';
import type { JobContext } from './run-manager.ts';
import { createGate, untilAborted, type Gate } from './testing/gate.ts';
import { openSse, seqsOf, type SseClient } from './testing/sse-client.ts';
import { closeTestServers, startTestServer } from './testing/temp-server.ts';

afterEach(closeTestServers);

/** A job the test drives: each `step()` lets it emit one `tick`; `finish()` lets it return. */
function steppedJob(): {
  job: (ctx: JobContext) => Promise<unknown>;
  step: () => Promise<void>;
  finish: () => void;
} {
  const steps: Gate[] = [];
  const emitted: Gate[] = [];
  const finished = createGate();
  let stopped = false;
  let waiting = 0;
  const nextStep = (): Gate => (steps[waiting] ??= createGate());
  const job = async (ctx: JobContext): Promise<unknown> => {
    for (let i = 1; ; i++) {
      const gate = nextStep();
      const winner = await Promise.race([
        gate.promise.then(() => 'step'),
        finished.promise.then(() => 'finish'),
      ]);
      if (winner === 'finish' || stopped) return { ticks: i - 1 };
      ctx.emit({ type: 'tick', i });
      waiting++;
      (emitted[i - 1] ??= createGate()).open();
    }
  };
  let asked = 0;
  return {
    job,
    step: async () => {
      asked++;
      (steps[asked - 1] ??= createGate()).open();
      await (emitted[asked - 1] ??= createGate()).promise;
    },
    finish: () => {
      stopped = true;
      finished.open();
    },
  };
}

const dataOf = (client: SseClient): { seq: number; event: { type: string; i?: number } }[] =>
  client.messages.filter((m) => m.event === 'message').map((m) => JSON.parse(m.data));

describe('run events over SSE (real HTTP)', () => {
  it('streams live events with id = seq and closes with an end event when the run finishes', async () => {
    const server = await startTestServer();
    const base = await server.listen();
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const driver = steppedJob();
    const run = server.runs.start({ kind: 'k', job: driver.job });

    const client = await openSse(`${base}/api/v1/runs/${run.id}/events`);
    expect(client.status).toBe(200);
    expect(client.headers['content-type']).toMatch(/text\/event-stream/);
    await client.waitFor((m) => m.length >= 2);
    expect(dataOf(client).map((d) => d.event.type)).toEqual(['run-status', 'run-status']);

    await driver.step();
    await driver.step();
    await client.waitFor((m) => m.length >= 4);
    expect(
      dataOf(client)
        .slice(2)
        .map((d) => d.event),
    ).toEqual([
      { type: 'tick', i: 1 },
      { type: 'tick', i: 2 },
    ]);
    expect(client.messages.map((m) => m.id)).toEqual(['1', '2', '3', '4']);

    driver.finish();
    await client.ended;
    const last = client.messages.at(-1);
    expect(last?.event).toBe('end');
    expect(JSON.parse(last?.data ?? '{}')).toMatchObject({ runId: run.id, status: 'completed', lastSeq: 5 });
    expect(dataOf(client).at(-1)?.event).toMatchObject({ type: 'run-finished', status: 'completed' });
    expect(seqsOf(client.messages)).toEqual([1, 2, 3, 4, 5]);
  });

  it('on reconnect with Last-Event-ID sends exactly the events missed, then live ones', async () => {
    const server = await startTestServer();
    const base = await server.listen();
    const driver = steppedJob();
    const run = server.runs.start({ kind: 'k', job: driver.job });
    const url = `${base}/api/v1/runs/${run.id}/events`;

    const first = await openSse(url);
    await driver.step(); // seq 3
    await first.waitFor((m) => m.length >= 3);
    const lastSeen = first.messages.at(-1)?.id;
    expect(lastSeen).toBe('3');
    first.close();
    await first.ended;

    // Missed while disconnected: seq 4, 5, 6.
    await driver.step();
    await driver.step();
    await driver.step();

    const second = await openSse(url, { 'last-event-id': lastSeen ?? '' });
    await second.waitFor((m) => m.length >= 3);
    expect(seqsOf(second.messages)).toEqual([4, 5, 6]);
    expect(dataOf(second).map((d) => d.event.i)).toEqual([2, 3, 4]);

    await driver.step(); // live: seq 7
    await second.waitFor((m) => m.length >= 4);
    driver.finish();
    await second.ended;
    expect(seqsOf(second.messages)).toEqual([4, 5, 6, 7, 8]);
    expect(second.messages.at(-1)?.event).toBe('end');

    // Every seq the two connections saw together is the whole stored history, without repeats.
    const stored = server.store.listEvents(run.id).map((e) => e.seq);
    expect([...seqsOf(first.messages), ...seqsOf(second.messages)]).toEqual(stored);
  });

  it('lets several clients follow one run and resumes with ?after=', async () => {
    const server = await startTestServer();
    const base = await server.listen();
    const driver = steppedJob();
    const run = server.runs.start({ kind: 'k', job: driver.job });
    await driver.step();
    const a = await openSse(`${base}/api/v1/runs/${run.id}/events`);
    const b = await openSse(`${base}/api/v1/runs/${run.id}/events?after=2`);
    await driver.step();
    driver.finish();
    await Promise.all([a.ended, b.ended]);
    expect(seqsOf(a.messages)).toEqual([1, 2, 3, 4, 5]);
    expect(seqsOf(b.messages)).toEqual([3, 4, 5]);
  });

  it('sends heartbeat comments while a run is quiet', async () => {
    const server = await startTestServer({ sseHeartbeatMs: 10 });
    const base = await server.listen();
    const run = server.runs.start({ kind: 'k', job: (ctx) => untilAborted(ctx.signal) });
    const client = await openSse(`${base}/api/v1/runs/${run.id}/events`);
    await client.waitFor((_m, comments) => comments.some((c) => c.startsWith('heartbeat')));
    expect(client.messages.every((m) => m.event === 'message')).toBe(true);
    client.close();
  });

  it('ends open streams when the server closes, reporting the run interrupted', async () => {
    const server = await startTestServer();
    const base = await server.listen();
    const gate = createGate();
    const run = server.runs.start({
      kind: 'k',
      job: (ctx) => untilAborted(ctx.signal).then(() => gate.open()),
    });
    const client = await openSse(`${base}/api/v1/runs/${run.id}/events`);
    await client.waitFor((m) => m.length >= 2);
    await server.close();
    await client.ended;
    await gate.promise;
    expect(dataOf(client).at(-1)?.event).toMatchObject({ type: 'run-finished', status: 'interrupted' });
    expect(client.messages.at(-1)?.event).toBe('end');
  });

  it('requires the token for the stream when one is set', async () => {
    const token = 'sse-token-0123456789abcdef';
    const server = await startTestServer({ token });
    const base = await server.listen();
    const run = server.runs.start({ kind: 'k', job: async () => null });
    await server.runs.waitFor(run.id);
    const denied = await openSse(`${base}/api/v1/runs/${run.id}/events`);
    expect(denied.status).toBe(401);
    const allowed = await openSse(`${base}/api/v1/runs/${run.id}/events`, {
      authorization: `Bearer ${token}`,
    });
    await allowed.ended;
    expect(allowed.status).toBe(200);
    expect(seqsOf(allowed.messages)).toEqual([1, 2, 3]);
  });
});
