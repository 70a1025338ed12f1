import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { RunTable } from '../../components/RunTable.tsx';
import type { Run } from '../../lib/types.ts';
import { useApi } from '../../lib/use-api.ts';
import { serviceApi, type BuildSummary, type TransformRunSummary } from './service-api.ts';

/** The service's builds and runs, newest first, each with the one line that matters. */
export function HistoryTab({ name }: { name: string }) {
  const { data, error, loading } = useApi<{ runs: Run[] }>(serviceApi.history(name, 100));
  if (error) return <ErrorNotice error={error} />;
  if (loading && !data) return <p>Loading…</p>;
  if (!data || data.runs.length === 0) return <p className="empty">No builds or runs yet.</p>;
  return (
    <RunTable
      runs={data.runs}
      label="Service history"
      kindLabel={(run) =>
        run.kind === 'transform-build' ? 'build' : run.kind === 'transform-run' ? 'run' : run.kind
      }
      after={[{ title: 'Result', render: resultLine }]}
    />
  );
}

/** What a run produced, in a few words. */
export function resultLine(run: Run): string {
  const summary = run.summary as Partial<TransformRunSummary & BuildSummary> | null;
  if (run.error && !summary) return run.error.message;
  if (!summary) return '—';
  if (run.kind === 'transform-run' && typeof summary.recordsIn === 'number') {
    const file = (run.input as { fileName?: string } | null)?.fileName;
    return `${file ? `${file}: ` : ''}${summary.recordsIn} in → ${summary.recordsOut} out, ${summary.errors} error(s)`;
  }
  if (run.kind === 'transform-build' && typeof summary.status === 'string') {
    return `${summary.status} after ${summary.attempts} attempt(s)${summary.builtBy ? ` (${summary.builtBy})` : ''}`;
  }
  return '—';
}
