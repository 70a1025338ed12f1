import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatTime, runDuration } from '../../lib/format.ts';
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
    <table className="table" aria-label="Service history">
      <thead>
        <tr>
          <th>Run</th>
          <th>Kind</th>
          <th>Status</th>
          <th>Started</th>
          <th>Duration</th>
          <th>Result</th>
        </tr>
      </thead>
      <tbody>
        {data.runs.map((run) => (
          <tr key={run.id}>
            <td>
              <Link to={`/runs/${run.id}`}>{run.id.slice(0, 8)}</Link>
            </td>
            <td>
              {run.kind === 'transform-build' ? 'build' : run.kind === 'transform-run' ? 'run' : run.kind}
            </td>
            <td>
              <StatusBadge status={run.status} />
            </td>
            <td>{formatTime(run.startedAt ?? run.createdAt)}</td>
            <td>{runDuration(run)}</td>
            <td>{resultLine(run)}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
