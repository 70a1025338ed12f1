import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodifyError } from '../core/errors.ts';
import type { PublishedEvent } from '../core/events/types.ts';
import { RunNotFoundError } from './store/errors.ts';
import { Store } from './store/store.ts';
import { BadRequestError, ConflictError, ShuttingDownError } from './errors.ts';
import { createRedactor } from './redact.ts';
import { RunManager, finishAs, type JobContext } from './run-manager.ts';
import { createGate, untilAborted } from './testing/gate.ts';

let store: Store;
let manager: RunManager;

beforeEach(() => {
  store = Store.inMemory();
  manager = new RunManager({ store });
});

afterEach(async () => {
  await manager.shutdown({ graceMs: 1_000 });
  store.close();
});

const eventTypes = (runId: string): string[] => store.listEvents(runId).map((e) => e.event.type);

describe('RunManager', () => {
  it('runs a job, storing its events between run-status and run-finished, and its summary', async () => {
    const run = manager.start({
      kind: 'test',
      subjectId: 'subject:a',
      input: { n: 2 },
      job: async (ctx) => {
        expect(ctx.input).toEqual({ n: 2 });
        ctx.emit({ type: 'progress', done: 1 });
        ctx.emit({ type: 'progress', done: 2 });
        return { total: 2 };
      },
    });
    expect(run.status).toBe('running');
    expect(manager.isLive(run.id)).toBe(true);
    const done = await manager.waitFor(run.id);
    expect(done).toMatchObject({ status: 'completed', summary: { total: 2 }, error: null, input: { n: 2 } });
    expect(done.endedAt).not.toBeNull();
    expect(eventTypes(run.id)).toEqual(['run-status', 'run-status', 'progress', 'progress', 'run-finished']);
    expect(store.listEvents(run.id).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(store.listEvents(run.id).at(-1)?.event).toEqual({
      type: 'run-finished',
      status: 'completed',
      summary: { total: 2 },
      error: null,
    });
    expect(manager.isLive(run.id)).toBe(false);
    expect(manager.eventsOf(run.id)).toBeUndefined();
  });

  it('publishes on the bus with the same seqs it stores', async () => {
    const gate = createGate();
    const run = manager.start({
      kind: 'test',
      job: async (ctx) => {
        await gate.promise;
        ctx.emit({ type: 'a' });
        ctx.emit({ type: 'b' });
        return null;
      },
    });
    const seen: PublishedEvent[] = [];
    manager.eventsOf(run.id)?.subscribe((published) => seen.push(published));
    gate.open();
    await manager.waitFor(run.id);
    const stored = store.listEvents(run.id);
    expect(seen.map((p) => [p.seq, p.at, p.event])).toEqual(
      stored.slice(2).map((s) => [s.seq, s.at, s.event]),
    );
  });

  it('marks a throwing job failed with its message and code', async () => {
    const a = manager.start({
      kind: 'test',
      job: async () => {
        throw new CodifyError('sandbox-timeout', 'The transform ran too long.', { hint: 'Raise the limit.' });
      },
    });
    const b = manager.start({
      kind: 'test',
      job: () => {
        throw new Error('plain failure');
      },
    });
    expect(await manager.waitFor(a.id)).toMatchObject({
      status: 'failed',
      error: { code: 'sandbox-timeout', message: 'The transform ran too long.\n  → Raise the limit.' },
    });
    expect(await manager.waitFor(b.id)).toMatchObject({
      status: 'failed',
      error: { code: 'job-error', message: 'plain failure' },
    });
  });

  it('lets a job end awaiting review or failed through finishAs', async () => {
    const review = manager.start({ kind: 'test', job: async () => finishAs('awaiting-review', { diff: 3 }) });
    const failed = manager.start({
      kind: 'test',
      job: async () => finishAs('failed', { best: 1 }, { code: 'budget', message: 'Out of attempts.' }),
    });
    expect(await manager.waitFor(review.id)).toMatchObject({
      status: 'awaiting-review',
      summary: { diff: 3 },
    });
    expect(await manager.waitFor(failed.id)).toMatchObject({
      status: 'failed',
      summary: { best: 1 },
      error: { code: 'budget', message: 'Out of attempts.' },
    });
  });

  it('refuses a second live run of the same subject, and allows it once the first ended', async () => {
    const gate = createGate();
    const first = manager.start({ kind: 'test', subjectId: 'service:x', job: () => gate.promise });
    expect(() => manager.start({ kind: 'other', subjectId: 'service:x', job: async () => null })).toThrow(
      ConflictError,
    );
    expect(manager.liveRunOf('service:x')).toBe(first.id);
    const other = manager.start({ kind: 'test', subjectId: 'service:y', job: async () => null });
    await manager.waitFor(other.id);
    gate.open();
    await manager.waitFor(first.id);
    expect(manager.liveRunOf('service:x')).toBeUndefined();
    const again = manager.start({ kind: 'test', subjectId: 'service:x', job: async () => null });
    expect((await manager.waitFor(again.id)).status).toBe('completed');
  });

  it('stops a running job through its signal', async () => {
    let sawAbort = false;
    const run = manager.start({
      kind: 'test',
      job: async (ctx) => {
        ctx.emit({ type: 'waiting' });
        await untilAborted(ctx.signal);
        sawAbort = true;
        ctx.signal.throwIfAborted();
        return null;
      },
    });
    const stopped = await manager.stop(run.id);
    expect(sawAbort).toBe(true);
    expect(stopped).toMatchObject({ status: 'stopped', error: null });
    expect(store.listEvents(run.id).at(-1)?.event).toMatchObject({ type: 'run-finished', status: 'stopped' });
    await expect(manager.stop(run.id)).rejects.toThrow(ConflictError);
    await expect(manager.stop('missing')).rejects.toThrow(RunNotFoundError);
  });

  it('keeps a summary a stopped job returns', async () => {
    const run = manager.start({
      kind: 'test',
      job: async (ctx) => {
        await untilAborted(ctx.signal);
        return { partial: 4 };
      },
    });
    expect(await manager.stop(run.id)).toMatchObject({ status: 'stopped', summary: { partial: 4 } });
  });

  it('answers a stop before a slow job returns, which then still ends stopped', async () => {
    const gate = createGate();
    const run = manager.start({ kind: 'test', job: () => gate.promise });
    const answered = await manager.stop(run.id, { graceMs: 0 });
    expect(answered.status).toBe('running');
    gate.open();
    expect((await manager.waitFor(run.id)).status).toBe('stopped');
  });

  it('queues runs beyond the concurrency limit and starts them as slots free', async () => {
    const limited = new RunManager({ store, maxConcurrentRuns: 1 });
    const gate = createGate();
    const first = limited.start({ kind: 'test', job: () => gate.promise });
    const second = limited.start({ kind: 'test', job: async () => 'second' });
    const third = limited.start({ kind: 'test', job: async () => 'third' });
    expect([first.status, second.status, third.status]).toEqual(['running', 'queued', 'queued']);
    expect(await limited.stop(third.id)).toMatchObject({ status: 'stopped' });
    expect(eventTypes(third.id)).toEqual(['run-status', 'run-finished']);
    gate.open();
    expect(await limited.waitFor(second.id)).toMatchObject({ status: 'completed', summary: 'second' });
    expect(store.requireRun(third.id).status).toBe('stopped');
  });

  it('interrupts live and queued runs at shutdown and refuses new ones', async () => {
    const limited = new RunManager({ store, maxConcurrentRuns: 1 });
    const running = limited.start({ kind: 'test', job: (ctx) => untilAborted(ctx.signal) });
    const queued = limited.start({ kind: 'test', job: async () => null });
    const stubborn = new RunManager({ store });
    const gate = createGate();
    const slow = stubborn.start({ kind: 'test', job: () => gate.promise });

    const interrupted = await limited.shutdown();
    expect(interrupted.map((r) => [r.id, r.status]).sort()).toEqual(
      [
        [running.id, 'interrupted'],
        [queued.id, 'interrupted'],
      ].sort(),
    );
    expect(() => limited.start({ kind: 'test', job: async () => null })).toThrow(ShuttingDownError);

    // A job that ignores its signal is marked interrupted when the grace period ends.
    const [slowRun] = await stubborn.shutdown({ graceMs: 0 });
    expect(slowRun).toMatchObject({ id: slow.id, status: 'interrupted' });
    gate.open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.requireRun(slow.id).status).toBe('interrupted');
  });

  it('writes events in batches: a flush makes everything published visible in the store', async () => {
    const gate = createGate();
    const run = manager.start({
      kind: 'test',
      job: async (ctx) => {
        for (let i = 1; i <= 50; i++) ctx.emit({ type: 'tick', i });
        await gate.promise;
        return null;
      },
    });
    await Promise.resolve();
    await Promise.resolve();
    manager.flushEvents();
    expect(store.listEvents(run.id).map((e) => e.seq)).toEqual(Array.from({ length: 52 }, (_, i) => i + 1));
    gate.open();
    await manager.waitFor(run.id);
    expect(store.lastEventSeq(run.id)).toBe(53);
  });

  it('reports store failures without failing the run', async () => {
    const errors: unknown[] = [];
    const failing = new RunManager({ store, onStoreError: (error) => errors.push(error) });
    const original = store.appendEvent.bind(store);
    store.appendEvent = ((runId, event, options) => {
      if (event.type === 'doomed') throw new Error('disk full');
      return original(runId, event, options);
    }) as typeof store.appendEvent;
    const run = failing.start({
      kind: 'test',
      job: async (ctx) => {
        ctx.emit({ type: 'doomed' });
        await new Promise((resolve) => setImmediate(resolve));
        return 'done';
      },
    });
    expect(await failing.waitFor(run.id)).toMatchObject({ status: 'completed', summary: 'done' });
    expect(errors.map((e) => (e as Error).message)).toEqual(['disk full']);
    store.appendEvent = original;
    // Only the failing event is missing; its batch neighbours were written.
    expect(eventTypes(run.id)).toEqual(['run-status', 'run-status', 'run-finished']);
  });

  it('survives its own bookkeeping failing: the run settles failed and its subject is freed', async () => {
    const errors: unknown[] = [];
    const fragile = new RunManager({ store, onStoreError: (error) => errors.push(error) });
    const original = store.updateRunStatus.bind(store);
    store.updateRunStatus = ((id, status, update) => {
      if (status === 'completed') throw new Error('database is locked');
      return original(id, status, update);
    }) as typeof store.updateRunStatus;
    try {
      const run = fragile.start({ kind: 'test', subjectId: 'svc', job: async () => 'ok' });
      expect(await fragile.waitFor(run.id)).toMatchObject({
        id: run.id,
        status: 'failed',
        error: { message: 'database is locked' },
      });
      expect(errors).toHaveLength(1);
      expect(fragile.isLive(run.id)).toBe(false);
      expect(fragile.liveRunOf('svc')).toBeUndefined();
    } finally {
      store.updateRunStatus = original;
    }
    const next = fragile.start({ kind: 'test', subjectId: 'svc', job: async () => 'next' });
    expect((await fragile.waitFor(next.id)).status).toBe('completed');
  });

  it('fails a run whose summary cannot be stored as JSON, rather than leaving it running', async () => {
    const run = manager.start({ kind: 'test', job: async () => ({ big: 10n }) });
    const done = await manager.waitFor(run.id);
    expect(done).toMatchObject({ status: 'failed', summary: null, error: { code: 'bad-summary' } });
    expect(store.requireRun(run.id).status).toBe('failed');
  });

  it('refuses events after the run ended', async () => {
    let context: JobContext | undefined;
    const run = manager.start({
      kind: 'test',
      job: async (ctx) => {
        context = ctx;
        return null;
      },
    });
    await manager.waitFor(run.id);
    expect(() => context?.emit({ type: 'late' })).toThrow(/has ended/);
  });

  it('fills attempts and usage from loop events', async () => {
    const run = manager.start({
      kind: 'test',
      job: async (ctx) => {
        ctx.emit({ type: 'attempt-started', attempt: 1, proposer: 'local' });
        ctx.emit({
          type: 'usage',
          attempt: 1,
          usage: {
            provider: 'openai',
            model: 'm',
            inputTokens: 10,
            outputTokens: 2,
            latencyMs: 5,
            costUsd: 0.01,
            source: 'scripted',
          },
        });
        ctx.emit({
          type: 'check-finished',
          attempt: 1,
          report: { pass: false, failures: [], counts: { logic: 2 }, checked: 5 },
        });
        ctx.emit({ type: 'attempt-started', attempt: 2, proposer: 'llm' });
        ctx.emit({ type: 'attempt-error', attempt: 2, proposer: 'llm', error: 'timeout' });
        return null;
      },
    });
    await manager.waitFor(run.id);
    const attempts = store.listAttempts(run.id);
    expect(attempts.map((a) => [a.attempt, a.proposer, a.status])).toEqual([
      [1, 'local', 'failed'],
      [2, 'llm', 'error'],
    ]);
    expect(attempts[0]?.data).toEqual({ counts: { logic: 2 }, checked: 5 });
    expect(attempts[0]?.durationMs).toBeGreaterThanOrEqual(0);
    expect(store.usageTotals(run.id)).toMatchObject({ calls: 1, inputTokens: 10, costUsd: 0.01 });
  });

  it('redacts secrets from events, inputs, summaries and errors', async () => {
    const secret = 'sk-test-0123456789abcdef';
    const redacting = new RunManager({ store, redact: createRedactor([secret]) });
    const run = redacting.start({
      kind: 'test',
      input: { key: secret },
      job: async (ctx) => {
        ctx.emit({ type: 'log', text: `calling with ${secret}` });
        throw new Error(`401 for key ${secret}`);
      },
    });
    const done = await redacting.waitFor(run.id);
    const everything = JSON.stringify([done, store.listEvents(run.id)]);
    expect(everything).not.toContain(secret);
    expect(everything).toContain('[redacted]');
  });

  it('starts registered job kinds by name, validating their input', async () => {
    manager.register<{ n: number }>({
      kind: 'count',
      parseInput: (raw) => {
        const n = (raw as { n?: unknown }).n;
        if (typeof n !== 'number') throw new BadRequestError('n must be a number');
        return { n };
      },
      subjectOf: (input) => `count:${input.n}`,
      run: async (ctx, input) => {
        for (let i = 1; i <= input.n; i++) ctx.emit({ type: 'tick', i });
        return { counted: input.n };
      },
    });
    expect(manager.registeredKinds()).toEqual(['count']);
    expect(() => manager.register({ kind: 'count', run: async () => null })).toThrow(/already registered/);
    expect(() => manager.startKind('count', { n: 'x' })).toThrow(BadRequestError);
    expect(() => manager.startKind('nope', {})).toThrow(/Unknown job kind/);
    const run = manager.startKind('count', { n: 3 });
    expect(run.subjectId).toBe('count:3');
    expect(await manager.waitFor(run.id)).toMatchObject({ status: 'completed', summary: { counted: 3 } });
    expect(eventTypes(run.id).filter((t) => t === 'tick')).toHaveLength(3);
  });

  it('tells onRunChange listeners of starts (new and resumed) and ends; a throwing listener is contained', async () => {
    const errors: unknown[] = [];
    const local = new RunManager({ store, onStoreError: (error) => errors.push(error) });
    local.register<{ n: number }>({
      kind: 'resumable',
      run: (ctx) => untilAborted(ctx.signal),
      resume: async (_ctx, input) => ({ resumed: input.n }),
    });
    const seen: [string, string, string][] = [];
    const unsubscribe = local.onRunChange((run, change) => seen.push([run.id, change, run.status]));
    local.onRunChange(() => {
      throw new Error('listener bug');
    });
    const run = local.startKind('resumable', { n: 1 });
    await local.stop(run.id);
    await local.resume(run.id);
    expect(await local.waitFor(run.id)).toMatchObject({ status: 'completed', summary: { resumed: 1 } });
    expect(seen).toEqual([
      [run.id, 'started', 'queued'],
      [run.id, 'ended', 'stopped'],
      [run.id, 'started', 'queued'],
      [run.id, 'ended', 'completed'],
    ]);
    expect(errors).toHaveLength(4);
    unsubscribe();
    const other = local.start({ kind: 'k', job: async () => null });
    await local.waitFor(other.id);
    expect(seen).toHaveLength(4);
    await local.shutdown({ graceMs: 100 });
  });
});
