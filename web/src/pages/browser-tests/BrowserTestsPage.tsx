import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import type { TestHistory, TestListItem } from '../../components/browser/types.ts';
import '../../components/browser/browser.css';
import { formatTime } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';

/** Every browser test: where it starts, its goal, whether it has a spec, and how it last went. */
export function BrowserTestsPage() {
  const { data, error, loading } = useApi<{ tests: TestListItem[] }>('/browser-tests');
  return (
    <section>
      <div className="page-title">
        <h1>Browser tests</h1>
        <Link className="button primary" to="/browser-tests/new">
          New test
        </Link>
      </div>
      <ErrorNotice error={error} />
      {loading && !data ? <p>Loading…</p> : null}
      {data && data.tests.length === 0 ? (
        <p className="empty">
          No browser tests yet. <Link to="/browser-tests/new">Create one</Link>: a URL, a goal in plain words,
          and the values it needs.
        </p>
      ) : null}
      {data && data.tests.length > 0 ? (
        <table className="table" aria-label="Browser tests">
          <thead>
            <tr>
              <th>Name</th>
              <th>URL</th>
              <th>Goal</th>
              <th>Spec</th>
              <th>Live run</th>
              <th>Last run</th>
            </tr>
          </thead>
          <tbody>
            {data.tests.map((test) => (
              <tr key={test.name}>
                <td>
                  <Link to={`/browser-tests/${test.name}`}>{test.name}</Link>
                </td>
                <td className="url-cell">
                  <code>{test.url}</code>
                </td>
                <td className="goal-cell">{test.goal}</td>
                <td>
                  {test.hasSpec ? (
                    <span className="badge status-completed">recorded</span>
                  ) : (
                    <span className="muted">none yet</span>
                  )}
                </td>
                <td>
                  {test.liveRunId ? (
                    <Link to={`/runs/${test.liveRunId}`}>
                      <StatusBadge status="running" />
                    </Link>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>
                  <LastRun name={test.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function LastRun({ name }: { name: string }) {
  const { data } = useApi<TestHistory>(`/browser-tests/${encodeURIComponent(name)}/history?limit=1`);
  const run = data?.runs[0];
  if (!data) return <span className="muted">…</span>;
  if (!run) return <span className="muted">never run</span>;
  return (
    <Link to={`/runs/${run.id}`} className="last-run">
      <StatusBadge status={run.status} /> {run.kind === 'browser-replay' ? 'replay' : 'record'}{' '}
      <span className="muted">{formatTime(run.startedAt ?? run.createdAt)}</span>
    </Link>
  );
}
