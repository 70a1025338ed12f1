import type { DatabaseSync } from 'node:sqlite';
import { CodifyError } from '../../core/errors.ts';

/** One schema change. Versions are consecutive from 1; a migration never changes once released. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, oldest first. To change it, append a migration; never edit one that has shipped,
 * because databases in the field have already applied it.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'runs, attempts, events, usage',
    sql: `
      CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        subject_id TEXT,
        status TEXT NOT NULL CHECK (status IN
          ('queued', 'running', 'completed', 'failed', 'stopped', 'interrupted', 'awaiting-review')),
        created_at TEXT NOT NULL,
        started_at TEXT,
        ended_at TEXT,
        updated_at TEXT NOT NULL,
        input_json TEXT,
        summary_json TEXT,
        error_json TEXT
      );
      CREATE INDEX runs_by_created ON runs (created_at DESC, id DESC);
      CREATE INDEX runs_by_subject ON runs (subject_id, created_at DESC);
      CREATE INDEX runs_by_status ON runs (status);

      CREATE TABLE attempts (
        run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        attempt INTEGER NOT NULL CHECK (attempt >= 1),
        proposer TEXT NOT NULL,
        status TEXT NOT NULL,
        started_at TEXT NOT NULL,
        duration_ms INTEGER,
        data_json TEXT,
        PRIMARY KEY (run_id, attempt)
      ) WITHOUT ROWID;

      CREATE TABLE events (
        run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 1),
        type TEXT NOT NULL,
        at TEXT NOT NULL,
        payload_json TEXT NOT NULL,
        PRIMARY KEY (run_id, seq)
      ) WITHOUT ROWID;
      -- History is append-only: what a client was sent must stay what the store replays.
      CREATE TRIGGER events_append_only BEFORE UPDATE ON events
      BEGIN
        SELECT RAISE(ABORT, 'events are append-only');
      END;

      CREATE TABLE usage (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id TEXT REFERENCES runs (id) ON DELETE CASCADE,
        attempt INTEGER,
        provider TEXT NOT NULL,
        model TEXT NOT NULL,
        input_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL,
        latency_ms INTEGER NOT NULL,
        cost_usd REAL,
        source TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX usage_by_run ON usage (run_id);
    `,
  },
  {
    version: 2,
    name: 'runs.rerun_of: which run a run repeats',
    sql: `ALTER TABLE runs ADD COLUMN rerun_of TEXT REFERENCES runs (id);`,
  },
  {
    version: 3,
    name: 'services and browser_tests: an index of the product directories',
    // The directories stay the source of truth; these rows are rebuilt from them at startup.
    sql: `
      CREATE TABLE services (
        name TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        model TEXT,
        locked INTEGER NOT NULL DEFAULT 0,
        examples INTEGER NOT NULL DEFAULT 0,
        built INTEGER NOT NULL DEFAULT 0,
        last_run_id TEXT REFERENCES runs (id) ON DELETE SET NULL
      ) WITHOUT ROWID;

      CREATE TABLE browser_tests (
        name TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        goal TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        model TEXT,
        has_spec INTEGER NOT NULL DEFAULT 0,
        last_run_id TEXT REFERENCES runs (id) ON DELETE SET NULL
      ) WITHOUT ROWID;
    `,
  },
];

/** The database was written by a newer codify than this one. */
export class SchemaTooNewError extends CodifyError {
  constructor(found: number, known: number) {
    super(
      'store-schema-too-new',
      `The data directory's database is at schema version ${found}, newer than this codify knows (${known}).`,
      {
        hint: 'Upgrade codify, or point --data at another directory.',
      },
    );
  }
}

/**
 * Bring the database up to the newest schema, each pending migration in its own transaction, and
 * record it in `migrations`. Returns the versions applied now.
 */
export function migrate(db: DatabaseSync, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare('SELECT MAX(version) AS version FROM migrations').get() as
    { version: number | null } | undefined;
  const current = row?.version ?? 0;
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) throw new SchemaTooNewError(current, newest);
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}; expected ${index + 1}.`);
    }
    if (migration.version <= current) return;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
    applied.push(migration.version);
  });
  return applied;
}
