import type { BrowserTestIndexEntry } from '../store/types.ts';
import type { ServerContext } from '../context.ts';
import { subjectOfTest } from './jobs.ts';
import type { BrowserTestFolder, TestConfig } from '../../browser/index.ts';

const SUBJECT_PREFIX = subjectOfTest('');

/**
 * Refresh the `browser_tests` row of one test from its `test.json` (the source of truth); the row
 * goes when the test's folder is no longer a test. Returns the row, or null when there is none.
 */
export async function syncBrowserTestRow(
  context: ServerContext,
  tests: BrowserTestFolder,
  name: string,
  config?: TestConfig,
): Promise<BrowserTestIndexEntry | null> {
  if (!config && !tests.exists(name)) {
    context.store.removeIndexRow('browser_tests', name);
    return null;
  }
  const current = config ?? (await tests.read(name));
  const existing = context.store.getBrowserTest(name);
  const lastRunId =
    existing?.lastRunId ?? context.store.listRuns({ subjectId: subjectOfTest(name), limit: 1 })[0]?.id;
  return context.store.upsertBrowserTest({
    name,
    url: current.url,
    goal: current.goal,
    model: current.model ?? null,
    hasSpec: (await tests.readSpec(name).catch(() => null)) !== null,
    createdAt: current.createdAt,
    updatedAt: current.updatedAt,
    ...(lastRunId ? { lastRunId } : {}),
  });
}

/** At startup: one row per readable test folder (hand-made ones included); rows of vanished ones dropped. */
export async function rebuildBrowserTestIndex(
  context: ServerContext,
  tests: BrowserTestFolder,
): Promise<{ synced: number; removed: number }> {
  const configs = await tests.list();
  for (const config of configs) await syncBrowserTestRow(context, tests, config.name, config);
  const removed = context.store.removeIndexRowsExcept(
    'browser_tests',
    configs.map((config) => config.name),
  );
  return { synced: configs.length, removed };
}

/** Keeps `browser_tests.last_run_id` (and `has_spec`, which a passing record sets) current. */
export function trackBrowserTestRuns(
  context: ServerContext,
  tests: BrowserTestFolder,
  onError: (error: unknown) => void,
): void {
  context.runs.onRunChange((run, change) => {
    if (!run.subjectId?.startsWith(SUBJECT_PREFIX)) return;
    const name = run.subjectId.slice(SUBJECT_PREFIX.length);
    if (change === 'started') {
      if (!context.store.setLastRun('browser_tests', name, run.id)) {
        void syncBrowserTestRow(context, tests, name)
          .then(() => context.store.isOpen && context.store.setLastRun('browser_tests', name, run.id))
          .catch(onError);
      }
      return;
    }
    if (context.store.isOpen) void syncBrowserTestRow(context, tests, name).catch(onError);
  });
}
