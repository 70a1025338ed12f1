import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { CodifyEvent } from '../../core/events/types.ts';
import type { Usage } from '../../core/models/types.ts';
import { EventSequenceError, RunNotFoundError } from './errors.ts';
import { migrate } from './migrations.ts';
import {
  LIVE_RUN_STATUSES,
  type AttemptEntry,
  type BrowserTestIndexEntry,
  type IndexInput,
  type ServiceIndexEntry,
  type UsageByDay,
  type UsageByModel,
  type NewRun,
  type RunFilter,
  type RunRecord,
  type RunStatus,
  type RunStatusUpdate,
  type StoredEvent,
  type UsageEntry,
  type UsageTotals,
} from './types.ts';

/** File name of the database inside the data directory. */
export const DATABASE_FILE = 'codify.db';

const FINAL_STATUSES: ReadonlySet<RunStatus> = new Set([
  'completed',
  'failed',
  'stopped',
  'interrupted',
  'awaiting-review',
]);

interface RunRow {
  id: string;
  kind: string;
  subject_id: string | null;
  status: RunStatus;
  created_at: string;
  started_at: string | null;
  ended_at: string | null;
  updated_at: string;
  input_json: string | null;
  summary_json: string | null;
  error_json: string | null;
  rerun_of: string | null;
}

interface EventRow {
  run_id: string;
  seq: number;
  at: string;
  payload_json: string;
}

interface AttemptRow {
  run_id: string;
  attempt: number;
  proposer: string;
  status: string;
  started_at: string;
  duration_ms: number | null;
  data_json: string | null;
}

interface UsageRow {
  run_id: string | null;
  attempt: number | null;
  provider: string;
  model: string;
  input_tokens: number;
  output_tokens: number;
  latency_ms: number;
  cost_usd: number | null;
  source: string | null;
  at: string;
}

/**
 * Persistence of runs, their attempts, events and model usage in SQLite (`node:sqlite`, WAL mode)
 * inside a data directory. Generic: a run is a `kind` string plus JSON payloads, so the products
 * define what they store without core knowing them. Synchronous, so a caller that appends an event
 * and then reads never races with itself.
 */
export class Store {
  /** Absolute path of the database file, or `:memory:`. */
  readonly path: string;
  private readonly db: DatabaseSync;
  /** Prepared statements by SQL text: preparing costs about as much as a small insert. */
  private readonly statements = new Map<string, StatementSync>();

  private constructor(path: string) {
    this.path = path;
    this.db = new DatabaseSync(path, { enableForeignKeyConstraints: true, timeout: 5_000 });
    // WAL lets readers (e.g. an SSE replay) proceed while a run writes; NORMAL sync is safe with WAL.
    this.db.exec('PRAGMA journal_mode = WAL');
    this.db.exec('PRAGMA synchronous = NORMAL');
    migrate(this.db);
  }

  /** Open (creating if needed) the store in `dataDir`, applying pending migrations. */
  static open(dataDir: string): Store {
    mkdirSync(dataDir, { recursive: true });
    return new Store(join(dataDir, DATABASE_FILE));
  }

  /** A throwaway in-memory store, for tests and one-shot CLI runs. */
  static inMemory(): Store {
    return new Store(':memory:');
  }

  /** The journal mode SQLite reports (`wal` for a file database). */
  journalMode(): string {
    const row = this.prepare('PRAGMA journal_mode').get() as { journal_mode: string } | undefined;
    return row?.journal_mode ?? 'unknown';
  }

  /** Applied schema versions, oldest first. */
  schemaVersions(): number[] {
    const rows = this.prepare('SELECT version FROM migrations ORDER BY version').all() as {
      version: number;
    }[];
    return rows.map((row) => row.version);
  }

  close(): void {
    this.statements.clear();
    if (this.db.isOpen) this.db.close();
  }

  get isOpen(): boolean {
    return this.db.isOpen;
  }

  // ---- runs ----

  createRun(run: NewRun): RunRecord {
    const now = new Date().toISOString();
    const status = run.status ?? 'queued';
    const id = run.id ?? randomUUID();
    this.prepare(
      `INSERT INTO runs (id, kind, subject_id, status, created_at, started_at, ended_at, updated_at, input_json, rerun_of)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      run.kind,
      run.subjectId ?? null,
      status,
      now,
      status === 'running' ? now : null,
      FINAL_STATUSES.has(status) ? now : null,
      now,
      toJson(run.input),
      run.rerunOf ?? null,
    );
    return this.requireRun(id);
  }

  getRun(id: string): RunRecord | undefined {
    const row = this.prepare('SELECT * FROM runs WHERE id = ?').get(id) as RunRow | undefined;
    return row ? toRunRecord(row) : undefined;
  }

  /** Like {@link getRun}, but a missing run is a {@link RunNotFoundError}. */
  requireRun(id: string): RunRecord {
    const run = this.getRun(id);
    if (!run) throw new RunNotFoundError(id);
    return run;
  }

  /**
   * Move a run to `status`. Entering `running` stamps `startedAt` (once); entering a final status
   * stamps `endedAt`; going back to a live status (a resumed run) clears it. `summary` and `error`
   * are replaced only when given.
   */
  updateRunStatus(id: string, status: RunStatus, update: RunStatusUpdate = {}): RunRecord {
    const now = new Date().toISOString();
    const sets: string[] = [];
    const params: SQLInputValue[] = [];
    const set = (clause: string, value?: SQLInputValue): void => {
      sets.push(clause);
      if (value !== undefined) params.push(value);
    };
    set('status = ?', status);
    set('updated_at = ?', now);
    if (status === 'running') set('started_at = COALESCE(started_at, ?)', now);
    if (FINAL_STATUSES.has(status)) set('ended_at = ?', now);
    else set('ended_at = NULL');
    if ('summary' in update) set('summary_json = ?', toJson(update.summary));
    if ('error' in update) set('error_json = ?', update.error ? JSON.stringify(update.error) : null);
    params.push(id);
    const result = this.prepare(`UPDATE runs SET ${sets.join(', ')} WHERE id = ?`).run(...params);
    if (Number(result.changes) === 0) throw new RunNotFoundError(id);
    return this.requireRun(id);
  }

  /** Runs matching the filter, newest first. */
  listRuns(filter: RunFilter = {}): RunRecord[] {
    const where: string[] = [];
    const params: SQLInputValue[] = [];
    const match = (clause: string, value: SQLInputValue): void => {
      where.push(clause);
      params.push(value);
    };
    if (filter.kind !== undefined) match('kind = ?', filter.kind);
    if (filter.subjectId !== undefined) match('subject_id = ?', filter.subjectId);
    if (filter.status !== undefined) {
      const statuses = typeof filter.status === 'string' ? [filter.status] : [...filter.status];
      if (statuses.length === 0) return [];
      where.push(`status IN (${statuses.map(() => '?').join(', ')})`);
      params.push(...statuses);
    }
    if (filter.createdBefore !== undefined) match('created_at < ?', filter.createdBefore);
    const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 50), 1), 1000);
    params.push(limit);
    const sql = `SELECT * FROM runs ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY created_at DESC, rowid DESC LIMIT ?`;
    return (this.prepare(sql).all(...params) as unknown as RunRow[]).map(toRunRecord);
  }

  /**
   * At startup: runs still `queued` or `running` belong to a process that stopped without finishing
   * them, so they become `interrupted` (their events and attempts stay). Returns the runs marked.
   */
  markInterruptedRuns(): RunRecord[] {
    const placeholders = LIVE_RUN_STATUSES.map(() => '?').join(', ');
    const ids = (
      this.prepare(`SELECT id FROM runs WHERE status IN (${placeholders})`).all(...LIVE_RUN_STATUSES) as {
        id: string;
      }[]
    ).map((row) => row.id);
    return this.transaction(() => ids.map((id) => this.updateRunStatus(id, 'interrupted')));
  }

  // ---- events ----

  /**
   * Append an event to a run's history. Without `seq`, the next number after the run's last event is
   * used; with it (e.g. the seq an EventBus assigned), it must be new for the run.
   */
  appendEvent<E extends CodifyEvent>(
    runId: string,
    event: E,
    options: { seq?: number; at?: string } = {},
  ): StoredEvent<E> {
    const at = options.at ?? new Date().toISOString();
    const seq = options.seq ?? this.lastEventSeq(runId) + 1;
    try {
      this.prepare('INSERT INTO events (run_id, seq, type, at, payload_json) VALUES (?, ?, ?, ?, ?)').run(
        runId,
        seq,
        event.type,
        at,
        JSON.stringify(event),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      if (message.includes('FOREIGN KEY')) throw new RunNotFoundError(runId);
      if (message.includes('UNIQUE') || message.includes('PRIMARY KEY'))
        throw new EventSequenceError(runId, seq);
      throw error;
    }
    return { runId, seq, at, event };
  }

  /** A run's events with seq greater than `afterSeq`, in order; at most `limit` (default all). */
  listEvents(runId: string, afterSeq = 0, limit?: number): StoredEvent[] {
    const rows = (limit === undefined
      ? this.prepare('SELECT * FROM events WHERE run_id = ? AND seq > ? ORDER BY seq').all(runId, afterSeq)
      : this.prepare('SELECT * FROM events WHERE run_id = ? AND seq > ? ORDER BY seq LIMIT ?').all(
          runId,
          afterSeq,
          Math.max(0, Math.trunc(limit)),
        )) as unknown as EventRow[];
    return rows.map((row) => ({
      runId: row.run_id,
      seq: row.seq,
      at: row.at,
      event: JSON.parse(row.payload_json) as CodifyEvent,
    }));
  }

  /** The highest seq stored for the run, 0 when none. */
  lastEventSeq(runId: string): number {
    const row = this.prepare('SELECT MAX(seq) AS seq FROM events WHERE run_id = ?').get(runId) as
      { seq: number | null } | undefined;
    return row?.seq ?? 0;
  }

  // ---- attempts ----

  /** Record (or replace) one attempt of a run. */
  recordAttempt(
    entry: Omit<AttemptEntry, 'durationMs' | 'data'> & { durationMs?: number | null; data?: unknown },
  ): AttemptEntry {
    try {
      this.prepare(
        `INSERT OR REPLACE INTO attempts (run_id, attempt, proposer, status, started_at, duration_ms, data_json)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        entry.runId,
        entry.attempt,
        entry.proposer,
        entry.status,
        entry.startedAt,
        entry.durationMs ?? null,
        toJson(entry.data),
      );
    } catch (error) {
      if (error instanceof Error && error.message.includes('FOREIGN KEY'))
        throw new RunNotFoundError(entry.runId);
      throw error;
    }
    return { ...entry, durationMs: entry.durationMs ?? null, data: entry.data ?? null };
  }

  listAttempts(runId: string): AttemptEntry[] {
    const rows = this.prepare('SELECT * FROM attempts WHERE run_id = ? ORDER BY attempt').all(
      runId,
    ) as unknown as AttemptRow[];
    return rows.map((row) => ({
      runId: row.run_id,
      attempt: row.attempt,
      proposer: row.proposer,
      status: row.status,
      startedAt: row.started_at,
      durationMs: row.duration_ms,
      data: fromJson(row.data_json),
    }));
  }

  // ---- usage ----

  /** Account one model call, optionally against a run and attempt. */
  recordUsage(
    usage: Usage,
    options: { runId?: string | null; attempt?: number | null; at?: string } = {},
  ): UsageEntry {
    const entry: UsageEntry = {
      runId: options.runId ?? null,
      attempt: options.attempt ?? null,
      provider: usage.provider,
      model: usage.model,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      latencyMs: Math.round(usage.latencyMs),
      costUsd: usage.costUsd,
      source: usage.source ?? (usage.replayed ? 'cassette' : null),
      at: options.at ?? new Date().toISOString(),
    };
    try {
      this.prepare(
        `INSERT INTO usage (run_id, attempt, provider, model, input_tokens, output_tokens, latency_ms, cost_usd, source, at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        entry.runId,
        entry.attempt,
        entry.provider,
        entry.model,
        entry.inputTokens,
        entry.outputTokens,
        entry.latencyMs,
        entry.costUsd,
        entry.source,
        entry.at,
      );
    } catch (error) {
      if (entry.runId && error instanceof Error && error.message.includes('FOREIGN KEY')) {
        throw new RunNotFoundError(entry.runId);
      }
      throw error;
    }
    return entry;
  }

  listUsage(runId: string): UsageEntry[] {
    const rows = this.prepare('SELECT * FROM usage WHERE run_id = ? ORDER BY id').all(
      runId,
    ) as unknown as UsageRow[];
    return rows.map((row) => ({
      runId: row.run_id,
      attempt: row.attempt,
      provider: row.provider,
      model: row.model,
      inputTokens: row.input_tokens,
      outputTokens: row.output_tokens,
      latencyMs: row.latency_ms,
      costUsd: row.cost_usd,
      source: row.source,
      at: row.at,
    }));
  }

  /** Totals for one run, or over everything when `runId` is omitted. */
  usageTotals(runId?: string): UsageTotals {
    const where = runId === undefined ? '' : 'WHERE run_id = ?';
    const row = this.prepare(
      `SELECT COUNT(*) AS calls, COALESCE(SUM(input_tokens), 0) AS input, COALESCE(SUM(output_tokens), 0) AS output,
                COALESCE(SUM(cost_usd), 0) AS cost, COALESCE(SUM(cost_usd IS NULL), 0) AS unpriced
         FROM usage ${where}`,
    ).get(...(runId === undefined ? [] : [runId])) as {
      calls: number;
      input: number;
      output: number;
      cost: number;
      unpriced: number;
    };
    return {
      calls: row.calls,
      inputTokens: row.input,
      outputTokens: row.output,
      costUsd: row.cost,
      costIncomplete: row.unpriced > 0,
    };
  }

  /**
   * Usage totals per UTC day (`YYYY-MM-DD`, oldest first) for calls at or after `since` (an ISO
   * time; all when omitted), for a cost chart.
   */
  usageByDay(options: { since?: string } = {}): UsageByDay[] {
    const rows = this.prepare(
      `SELECT substr(at, 1, 10) AS day, ${USAGE_SUMS} FROM usage WHERE at >= ? GROUP BY day ORDER BY day`,
    ).all(options.since ?? '') as unknown as (UsageSumRow & { day: string })[];
    return rows.map((row) => ({ day: row.day, ...usageSums(row) }));
  }

  /** Usage totals per provider and model since `since` (all when omitted), costliest first. */
  usageByModel(options: { since?: string } = {}): UsageByModel[] {
    const rows = this.prepare(
      `SELECT provider, model, ${USAGE_SUMS} FROM usage WHERE at >= ?
         GROUP BY provider, model ORDER BY cost DESC, calls DESC, provider, model`,
    ).all(options.since ?? '') as unknown as (UsageSumRow & { provider: string; model: string })[];
    return rows.map((row) => ({ provider: row.provider, model: row.model, ...usageSums(row) }));
  }

  // ---- product index: services and browser tests (the directories stay the source of truth) ----

  /** Insert or refresh a service's row; an existing row keeps its `createdAt` and (unless given) `lastRunId`. */
  upsertService(entry: IndexInput<ServiceIndexEntry>): ServiceIndexEntry {
    const now = new Date().toISOString();
    this.prepare(
      `INSERT INTO services (name, created_at, updated_at, model, locked, examples, built, last_run_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at, model = excluded.model,
         locked = excluded.locked, examples = excluded.examples, built = excluded.built,
         last_run_id = COALESCE(excluded.last_run_id, services.last_run_id)`,
    ).run(
      entry.name,
      entry.createdAt ?? now,
      entry.updatedAt ?? now,
      entry.model,
      entry.locked ? 1 : 0,
      entry.examples,
      entry.built ? 1 : 0,
      entry.lastRunId ?? null,
    );
    return this.requireIndexRow(this.getService(entry.name), 'services', entry.name);
  }

  getService(name: string): ServiceIndexEntry | undefined {
    const row = this.prepare('SELECT * FROM services WHERE name = ?').get(name) as ServiceRow | undefined;
    return row ? toServiceEntry(row) : undefined;
  }

  listServices(): ServiceIndexEntry[] {
    return (this.prepare('SELECT * FROM services ORDER BY name').all() as unknown as ServiceRow[]).map(
      toServiceEntry,
    );
  }

  /** Insert or refresh a browser test's row (same rules as {@link upsertService}). */
  upsertBrowserTest(entry: IndexInput<BrowserTestIndexEntry>): BrowserTestIndexEntry {
    const now = new Date().toISOString();
    this.prepare(
      `INSERT INTO browser_tests (name, url, goal, created_at, updated_at, model, has_spec, last_run_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET url = excluded.url, goal = excluded.goal,
         updated_at = excluded.updated_at, model = excluded.model, has_spec = excluded.has_spec,
         last_run_id = COALESCE(excluded.last_run_id, browser_tests.last_run_id)`,
    ).run(
      entry.name,
      entry.url,
      entry.goal,
      entry.createdAt ?? now,
      entry.updatedAt ?? now,
      entry.model,
      entry.hasSpec ? 1 : 0,
      entry.lastRunId ?? null,
    );
    return this.requireIndexRow(this.getBrowserTest(entry.name), 'browser_tests', entry.name);
  }

  getBrowserTest(name: string): BrowserTestIndexEntry | undefined {
    const row = this.prepare('SELECT * FROM browser_tests WHERE name = ?').get(name) as
      BrowserTestRow | undefined;
    return row ? toBrowserTestEntry(row) : undefined;
  }

  listBrowserTests(): BrowserTestIndexEntry[] {
    return (
      this.prepare('SELECT * FROM browser_tests ORDER BY name').all() as unknown as BrowserTestRow[]
    ).map(toBrowserTestEntry);
  }

  /** Point a service's or browser test's row at its latest run; false when there is no such row. */
  setLastRun(table: 'services' | 'browser_tests', name: string, runId: string): boolean {
    const sql =
      table === 'services'
        ? 'UPDATE services SET last_run_id = ? WHERE name = ?'
        : 'UPDATE browser_tests SET last_run_id = ? WHERE name = ?';
    return Number(this.prepare(sql).run(runId, name).changes) > 0;
  }

  /** Drop the rows whose directories are gone; returns how many were dropped. */
  removeIndexRowsExcept(table: 'services' | 'browser_tests', keep: readonly string[]): number {
    const rows =
      table === 'services'
        ? this.listServices().map((row) => row.name)
        : this.listBrowserTests().map((row) => row.name);
    const kept = new Set(keep);
    const gone = rows.filter((name) => !kept.has(name));
    this.transaction(() => gone.forEach((name) => this.removeIndexRow(table, name)));
    return gone.length;
  }

  /** Drop one service's or browser test's row; false when there was none. */
  removeIndexRow(table: 'services' | 'browser_tests', name: string): boolean {
    const sql =
      table === 'services'
        ? 'DELETE FROM services WHERE name = ?'
        : 'DELETE FROM browser_tests WHERE name = ?';
    return Number(this.prepare(sql).run(name).changes) > 0;
  }

  private requireIndexRow<T>(row: T | undefined, table: string, name: string): T {
    if (row === undefined) throw new Error(`row ${name} vanished from ${table} right after its upsert`);
    return row;
  }

  private prepare(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Run `work` in one transaction (nested calls join the outer one). */
  transaction<T>(work: () => T): T {
    if (this.db.isTransaction) return work();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }
}

function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

function fromJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

function toRunRecord(row: RunRow): RunRecord {
  return {
    id: row.id,
    kind: row.kind,
    subjectId: row.subject_id,
    status: row.status,
    createdAt: row.created_at,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    updatedAt: row.updated_at,
    input: fromJson(row.input_json),
    summary: fromJson(row.summary_json),
    error: row.error_json === null ? null : (JSON.parse(row.error_json) as { code: string; message: string }),
    rerunOf: row.rerun_of,
  };
}

/** The sums every usage aggregate shares (aliases read by {@link usageSums}). */
const USAGE_SUMS = `COUNT(*) AS calls, COALESCE(SUM(input_tokens), 0) AS input,
  COALESCE(SUM(output_tokens), 0) AS output, COALESCE(SUM(cost_usd), 0) AS cost,
  COALESCE(SUM(cost_usd IS NULL), 0) AS unpriced`;

interface UsageSumRow {
  calls: number;
  input: number;
  output: number;
  cost: number;
  unpriced: number;
}

function usageSums(row: UsageSumRow): UsageTotals {
  return {
    calls: row.calls,
    inputTokens: row.input,
    outputTokens: row.output,
    costUsd: row.cost,
    costIncomplete: row.unpriced > 0,
  };
}

interface ServiceRow {
  name: string;
  created_at: string;
  updated_at: string;
  model: string | null;
  locked: number;
  examples: number;
  built: number;
  last_run_id: string | null;
}

interface BrowserTestRow {
  name: string;
  url: string;
  goal: string;
  created_at: string;
  updated_at: string;
  model: string | null;
  has_spec: number;
  last_run_id: string | null;
}

function toServiceEntry(row: ServiceRow): ServiceIndexEntry {
  return {
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    model: row.model,
    locked: row.locked === 1,
    examples: row.examples,
    built: row.built === 1,
    lastRunId: row.last_run_id,
  };
}

function toBrowserTestEntry(row: BrowserTestRow): BrowserTestIndexEntry {
  return {
    name: row.name,
    url: row.url,
    goal: row.goal,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    model: row.model,
    hasSpec: row.has_spec === 1,
    lastRunId: row.last_run_id,
  };
}
