import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { RunRecord, ServiceIndexEntry } from '../store/types.ts';
import type { ServerContext } from '../context.ts';
import { listServiceNames, readServiceListItem, serviceDir, serviceSubject } from './service-dir.ts';

const SUBJECT_PREFIX = serviceSubject('');

/** The files whose changes make a service "updated". */
const TRACKED_FILES = ['codify.json', 'examples.json', 'schema.json', 'transform.ts'];

/**
 * Refresh the `services` row of one service from its directory (the source of truth); removes the
 * row when the directory is no longer a service. Returns the row, or null when there is none.
 */
export async function syncServiceRow(
  context: ServerContext,
  name: string,
): Promise<ServiceIndexEntry | null> {
  const dir = serviceDir(context, name);
  if (!existsSync(path.join(dir, 'examples.json'))) {
    context.store.removeIndexRow('services', name);
    return null;
  }
  const item = await readServiceListItem(name, dir);
  const times = await directoryTimes(dir);
  const existing = context.store.getService(name);
  const lastRunId =
    existing?.lastRunId ?? context.store.listRuns({ subjectId: serviceSubject(name), limit: 1 })[0]?.id;
  return context.store.upsertService({
    name,
    model: item.model,
    locked: item.locked,
    examples: item.examples,
    built: item.built,
    createdAt: existing?.createdAt ?? times.createdAt,
    updatedAt: times.updatedAt,
    ...(lastRunId ? { lastRunId } : {}),
  });
}

/**
 * At startup: one row per service directory (hand-made ones included), rows of vanished
 * directories dropped, each row pointing at the service's latest run in the history.
 */
export async function rebuildServiceIndex(
  context: ServerContext,
): Promise<{ synced: number; removed: number }> {
  const names = await listServiceNames(context);
  let synced = 0;
  for (const name of names) {
    // A directory codify cannot read (broken JSON by hand) is listed with its error, not indexed.
    if (await syncServiceRow(context, name).catch(() => null)) synced++;
  }
  const removed = context.store.removeIndexRowsExcept('services', names);
  return { synced, removed };
}

/** Keeps `services.last_run_id` and the row itself current as builds and runs start and end. */
export function trackServiceRuns(context: ServerContext, onError: (error: unknown) => void): void {
  context.runs.onRunChange((run: RunRecord, change) => {
    if (!run.subjectId?.startsWith(SUBJECT_PREFIX)) return;
    const name = run.subjectId.slice(SUBJECT_PREFIX.length);
    if (change === 'started') {
      if (!context.store.setLastRun('services', name, run.id)) {
        void syncServiceRow(context, name)
          .then(() => context.store.isOpen && context.store.setLastRun('services', name, run.id))
          .catch(onError);
      }
      return;
    }
    // A build may have written transform.ts: refresh the row once the run has ended.
    if (context.store.isOpen) void syncServiceRow(context, name).catch(onError);
  });
}

async function directoryTimes(dir: string): Promise<{ createdAt: string; updatedAt: string }> {
  const info = await stat(dir);
  let updated = info.mtimeMs;
  for (const file of TRACKED_FILES) {
    const full = path.join(dir, file);
    if (existsSync(full)) updated = Math.max(updated, (await stat(full)).mtimeMs);
  }
  const created = info.birthtimeMs > 0 ? info.birthtimeMs : info.mtimeMs;
  return { createdAt: new Date(created).toISOString(), updatedAt: new Date(updated).toISOString() };
}
