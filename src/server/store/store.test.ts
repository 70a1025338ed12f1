import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Usage } from '../../core/models/types.ts';
import { EventSequenceError, RunNotFoundError } from './errors.ts';
import { MIGRATIONS, SchemaTooNewError, migrate } from './migrations.ts';
import { DATABASE_FILE, Store } from './store.ts';

let dataDir: string;
let store: Store;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'codify-store-'));
  store = Store.open(dataDir);
});

afterEach(() => {
  store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const usage = (overrides: Partial<Usage> = {}): Usage => ({
  provider: 'openai',
  model: 'gpt-test',
  inputTokens: 100,
  outputTokens: 20,
  latencyMs: 12.6,
  costUsd: 0.001,
  source: 'scripted',
  ...overrides,
});

describe('Store.open', () => {
  it('creates the database file in WAL mode with every migration applied', () => {
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
    expect(store.journalMode()).toBe('wal');
    expect(store.schemaVersions()).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('creates a missing data directory', () => {
    const nested = join(dataDir, 'a', 'b');
    const other = Store.open(nested);
    expect(existsSync(join(nested, DATABASE_FILE))).toBe(true);
    other.close();
  });

  it('does not reapply migrations on reopen', () => {
    store.close();
    const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
    expect(migrate(db)).toEqual([]);
    db.close();
    store = Store.open(dataDir);
    expect(store.schemaVersions()).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses a database from a newer codify', () => {
    store.close();
    const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
    db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(99, 'future', 'x');
    db.close();
    expect(() => Store.open(dataDir)).toThrow(SchemaTooNewError);
    store = Store.inMemory();
  });

  it('applies migrations in order, each once, and rolls a failing one back', () => {
    const db = new DatabaseSync(':memory:');
    const steps = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER)' },
      { version: 2, name: 'b', sql: 'CREATE TABLE b (x INTEGER)' },
    ];
    expect(migrate(db, steps)).toEqual([1, 2]);
    expect(migrate(db, steps)).toEqual([]);
    const broken = [
      ...steps,
      { version: 3, name: 'c', sql: 'CREATE TABLE c (x INTEGER); SELECT * FROM nowhere' },
    ];
    expect(() => migrate(db, broken)).toThrow(/nowhere/);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'c'").all();
    expect(tables).toEqual([]);
    expect(() => migrate(db, [steps[1]!])).toThrow(/expected 1/);
    db.close();
  });
});

describe('runs', () => {
  it('creates, reads and moves a run through its statuses with timestamps', () => {
    const run = store.createRun({ kind: 'demo', subjectId: 'service:a', input: { steps: 3 } });
    expect(run).toMatchObject({
      kind: 'demo',
      subjectId: 'service:a',
      status: 'queued',
      input: { steps: 3 },
    });
    expect(run.startedAt).toBeNull();
    expect(run.endedAt).toBeNull();
    expect(store.getRun(run.id)).toEqual(run);

    const running = store.updateRunStatus(run.id, 'running');
    expect(running.startedAt).not.toBeNull();
    expect(running.endedAt).toBeNull();

    const done = store.updateRunStatus(run.id, 'completed', { summary: { passed: 3, nested: { ok: true } } });
    expect(done.status).toBe('completed');
    expect(done.startedAt).toBe(running.startedAt);
    expect(done.endedAt).not.toBeNull();
    expect(done.summary).toEqual({ passed: 3, nested: { ok: true } });
    expect(done.error).toBeNull();

    const failed = store.updateRunStatus(run.id, 'failed', { error: { code: 'boom', message: 'It broke.' } });
    expect(failed.error).toEqual({ code: 'boom', message: 'It broke.' });
    expect(failed.summary).toEqual({ passed: 3, nested: { ok: true } });

    const resumed = store.updateRunStatus(run.id, 'running');
    expect(resumed.endedAt).toBeNull();
  });

  it('records which run a run repeats', () => {
    const first = store.createRun({ kind: 'k' });
    expect(first.rerunOf).toBeNull();
    const again = store.createRun({ kind: 'k', rerunOf: first.id });
    expect(store.requireRun(again.id).rerunOf).toBe(first.id);
    expect(() => store.createRun({ kind: 'k', rerunOf: 'missing' })).toThrow(/FOREIGN KEY/);
  });

  it('uses the given id and reports missing runs with a typed error', () => {
    expect(store.createRun({ id: 'fixed', kind: 'k' }).id).toBe('fixed');
    expect(store.getRun('nope')).toBeUndefined();
    expect(() => store.requireRun('nope')).toThrow(RunNotFoundError);
    expect(() => store.updateRunStatus('nope', 'running')).toThrow(RunNotFoundError);
  });

  it('rejects an unknown status at the database level', () => {
    const run = store.createRun({ kind: 'k' });
    // @ts-expect-error deliberately invalid
    expect(() => store.updateRunStatus(run.id, 'exploded')).toThrow(/CHECK/);
  });

  it('lists runs newest first, filtered by kind, subject and status, with a limit', () => {
    const a = store.createRun({ kind: 'transform', subjectId: 's1' });
    const b = store.createRun({ kind: 'browser', subjectId: 's2' });
    const c = store.createRun({ kind: 'transform', subjectId: 's1' });
    store.updateRunStatus(c.id, 'running');
    expect(store.listRuns().map((r) => r.id)).toEqual([c.id, b.id, a.id]);
    expect(store.listRuns({ kind: 'transform' }).map((r) => r.id)).toEqual([c.id, a.id]);
    expect(store.listRuns({ subjectId: 's2' }).map((r) => r.id)).toEqual([b.id]);
    expect(store.listRuns({ status: 'running' }).map((r) => r.id)).toEqual([c.id]);
    expect(store.listRuns({ status: ['running', 'queued'] }).map((r) => r.id)).toEqual([c.id, b.id, a.id]);
    expect(store.listRuns({ status: [] })).toEqual([]);
    expect(store.listRuns({ limit: 2 }).map((r) => r.id)).toEqual([c.id, b.id]);
    expect(store.listRuns({ createdBefore: '0000' })).toEqual([]);
  });
});

describe('events', () => {
  it('appends events with consecutive seqs and lists those after a seq', () => {
    const run = store.createRun({ kind: 'k' });
    const first = store.appendEvent(run.id, { type: 'a', n: 1 });
    const second = store.appendEvent(run.id, { type: 'b', n: 2 });
    store.appendEvent(run.id, { type: 'c', n: 3 });
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(store.lastEventSeq(run.id)).toBe(3);
    expect(store.listEvents(run.id).map((e) => e.event)).toEqual([
      { type: 'a', n: 1 },
      { type: 'b', n: 2 },
      { type: 'c', n: 3 },
    ]);
    expect(store.listEvents(run.id, 1).map((e) => e.seq)).toEqual([2, 3]);
    expect(store.listEvents(run.id, 1, 1).map((e) => e.seq)).toEqual([2]);
    expect(store.listEvents(run.id, 3)).toEqual([]);
  });

  it('keeps each run’s sequence separate and accepts an explicit seq only once', () => {
    const r1 = store.createRun({ kind: 'k' });
    const r2 = store.createRun({ kind: 'k' });
    store.appendEvent(r1.id, { type: 'x' });
    expect(store.appendEvent(r2.id, { type: 'y' }).seq).toBe(1);
    const at = '2026-01-01T00:00:00.000Z';
    expect(store.appendEvent(r1.id, { type: 'z' }, { seq: 5, at })).toEqual({
      runId: r1.id,
      seq: 5,
      at,
      event: { type: 'z' },
    });
    expect(() => store.appendEvent(r1.id, { type: 'again' }, { seq: 5 })).toThrow(EventSequenceError);
    expect(() => store.appendEvent('missing', { type: 'x' })).toThrow(RunNotFoundError);
  });

  it('is append-only: stored events cannot be rewritten', () => {
    const run = store.createRun({ kind: 'k' });
    store.appendEvent(run.id, { type: 'a' });
    store.close();
    const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
    expect(() => db.exec("UPDATE events SET payload_json = '{}'")).toThrow(/append-only/);
    db.close();
    store = Store.open(dataDir);
    expect(store.listEvents(run.id)[0]?.event).toEqual({ type: 'a' });
  });
});

describe('attempts and usage', () => {
  it('records attempts, replacing an attempt recorded again', () => {
    const run = store.createRun({ kind: 'k' });
    store.recordAttempt({ runId: run.id, attempt: 1, proposer: 'local', status: 'running', startedAt: 't1' });
    store.recordAttempt({
      runId: run.id,
      attempt: 2,
      proposer: 'llm',
      status: 'failed',
      startedAt: 't2',
      durationMs: 40,
    });
    store.recordAttempt({
      runId: run.id,
      attempt: 1,
      proposer: 'local',
      status: 'passed',
      startedAt: 't1',
      durationMs: 10,
      data: { failures: 0 },
    });
    expect(store.listAttempts(run.id)).toEqual([
      {
        runId: run.id,
        attempt: 1,
        proposer: 'local',
        status: 'passed',
        startedAt: 't1',
        durationMs: 10,
        data: { failures: 0 },
      },
      {
        runId: run.id,
        attempt: 2,
        proposer: 'llm',
        status: 'failed',
        startedAt: 't2',
        durationMs: 40,
        data: null,
      },
    ]);
    expect(() =>
      store.recordAttempt({ runId: 'missing', attempt: 1, proposer: 'p', status: 's', startedAt: 't' }),
    ).toThrow(RunNotFoundError);
  });

  it('records usage per call and totals it, flagging unknown prices', () => {
    const run = store.createRun({ kind: 'k' });
    store.recordUsage(usage(), { runId: run.id, attempt: 1 });
    store.recordUsage(usage({ inputTokens: 50, outputTokens: 5, costUsd: null }), {
      runId: run.id,
      attempt: 2,
    });
    store.recordUsage(usage({ costUsd: 0.5 }));
    const entries = store.listUsage(run.id);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      runId: run.id,
      attempt: 1,
      latencyMs: 13,
      source: 'scripted',
      costUsd: 0.001,
    });
    expect(store.usageTotals(run.id)).toEqual({
      calls: 2,
      inputTokens: 150,
      outputTokens: 25,
      costUsd: 0.001,
      costIncomplete: true,
    });
    expect(store.usageTotals()).toMatchObject({ calls: 3, costUsd: 0.501 });
    expect(store.usageTotals('other')).toEqual({
      calls: 0,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      costIncomplete: false,
    });
    expect(() => store.recordUsage(usage(), { runId: 'missing' })).toThrow(RunNotFoundError);
  });
});

describe('restart', () => {
  it('keeps everything written and marks runs left queued or running as interrupted', () => {
    const running = store.createRun({ kind: 'k', subjectId: 's' });
    store.updateRunStatus(running.id, 'running');
    store.appendEvent(running.id, { type: 'progress', done: 1 });
    store.appendEvent(running.id, { type: 'progress', done: 2 });
    store.recordAttempt({
      runId: running.id,
      attempt: 1,
      proposer: 'local',
      status: 'running',
      startedAt: 't',
    });
    store.recordUsage(usage(), { runId: running.id });
    const queued = store.createRun({ kind: 'k' });
    const finished = store.createRun({ kind: 'k' });
    store.updateRunStatus(finished.id, 'completed', { summary: { ok: true } });
    const review = store.createRun({ kind: 'k', status: 'awaiting-review' });
    store.close();

    store = Store.open(dataDir);
    const marked = store.markInterruptedRuns();
    expect(marked.map((r) => r.id).sort()).toEqual([running.id, queued.id].sort());
    expect(marked.every((r) => r.status === 'interrupted' && r.endedAt !== null)).toBe(true);
    expect(store.requireRun(running.id).startedAt).not.toBeNull();
    expect(store.requireRun(finished.id)).toMatchObject({ status: 'completed', summary: { ok: true } });
    expect(store.requireRun(review.id).status).toBe('awaiting-review');
    expect(store.listEvents(running.id).map((e) => e.event)).toEqual([
      { type: 'progress', done: 1 },
      { type: 'progress', done: 2 },
    ]);
    expect(store.listAttempts(running.id)).toHaveLength(1);
    expect(store.usageTotals(running.id).calls).toBe(1);
    expect(store.markInterruptedRuns()).toEqual([]);
  });

  it('rolls back a failed transaction as a whole', () => {
    const run = store.createRun({ kind: 'k' });
    expect(() =>
      store.transaction(() => {
        store.appendEvent(run.id, { type: 'a' });
        throw new Error('abort');
      }),
    ).toThrow('abort');
    expect(store.listEvents(run.id)).toEqual([]);
  });
});

describe('usage aggregates', () => {
  it('sums usage per UTC day and per model, since a given time', () => {
    const run = store.createRun({ kind: 'k' });
    store.recordUsage(usage({ inputTokens: 10, outputTokens: 1, costUsd: 0.25 }), {
      runId: run.id,
      at: '2026-11-20T23:59:59.000Z',
    });
    store.recordUsage(usage({ inputTokens: 20, outputTokens: 2, costUsd: 0.5 }), {
      at: '2026-11-21T00:00:00.000Z',
    });
    store.recordUsage(usage({ provider: 'anthropic', model: 'claude-x', inputTokens: 5, costUsd: null }), {
      at: '2026-11-21T10:00:00.000Z',
    });
    expect(store.usageByDay()).toEqual([
      { day: '2026-11-20', calls: 1, inputTokens: 10, outputTokens: 1, costUsd: 0.25, costIncomplete: false },
      { day: '2026-11-21', calls: 2, inputTokens: 25, outputTokens: 22, costUsd: 0.5, costIncomplete: true },
    ]);
    expect(store.usageByDay({ since: '2026-11-21T00:00:00.000Z' }).map((d) => d.day)).toEqual(['2026-11-21']);
    expect(store.usageByModel()).toEqual([
      {
        provider: 'openai',
        model: 'gpt-test',
        calls: 2,
        inputTokens: 30,
        outputTokens: 3,
        costUsd: 0.75,
        costIncomplete: false,
      },
      {
        provider: 'anthropic',
        model: 'claude-x',
        calls: 1,
        inputTokens: 5,
        outputTokens: 20,
        costUsd: 0,
        costIncomplete: true,
      },
    ]);
    expect(store.usageByModel({ since: '2099-01-01' })).toEqual([]);
  });
});

describe('product index tables', () => {
  it('upserts services keeping createdAt and the last run, lists them and drops vanished ones', () => {
    const first = store.upsertService({
      name: 'phones',
      model: 'local',
      locked: false,
      examples: 3,
      built: false,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(first).toMatchObject({ name: 'phones', examples: 3, built: false, lastRunId: null });
    const run = store.createRun({ kind: 'transform-build', subjectId: 'service:phones' });
    expect(store.setLastRun('services', 'phones', run.id)).toBe(true);
    expect(store.setLastRun('services', 'nope', run.id)).toBe(false);
    const again = store.upsertService({
      name: 'phones',
      model: 'openai:gpt-4o-mini',
      locked: true,
      examples: 4,
      built: true,
      createdAt: '2030-01-01T00:00:00.000Z',
    });
    expect(again).toMatchObject({
      createdAt: '2026-01-01T00:00:00.000Z',
      model: 'openai:gpt-4o-mini',
      locked: true,
      examples: 4,
      built: true,
      lastRunId: run.id,
    });
    store.upsertService({ name: 'dates', model: null, locked: false, examples: 1, built: false });
    expect(store.listServices().map((s) => s.name)).toEqual(['dates', 'phones']);
    expect(store.removeIndexRowsExcept('services', ['phones'])).toBe(1);
    expect(store.listServices().map((s) => s.name)).toEqual(['phones']);
    expect(() => store.setLastRun('services', 'phones', 'no-such-run')).toThrow(/FOREIGN KEY/);
  });

  it('upserts browser tests the same way', () => {
    store.upsertBrowserTest({
      name: 'signup',
      url: 'http://a/',
      goal: 'sign up',
      model: null,
      hasSpec: false,
    });
    const run = store.createRun({ kind: 'browser-run', subjectId: 'browser-test:signup' });
    store.setLastRun('browser_tests', 'signup', run.id);
    const updated = store.upsertBrowserTest({
      name: 'signup',
      url: 'http://b/',
      goal: 'sign up again',
      model: 'local',
      hasSpec: true,
    });
    expect(updated).toMatchObject({
      url: 'http://b/',
      goal: 'sign up again',
      hasSpec: true,
      lastRunId: run.id,
    });
    expect(store.getBrowserTest('nope')).toBeUndefined();
    expect(store.removeIndexRow('browser_tests', 'signup')).toBe(true);
    expect(store.listBrowserTests()).toEqual([]);
  });
});
