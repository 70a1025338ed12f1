import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { RunTable } from '../components/RunTable.tsx';
import { subjectName } from '../lib/format.ts';
import type { Run } from '../lib/types.ts';
import { useApi } from '../lib/use-api.ts';

const KINDS = ['transform-build', 'transform-run', 'browser-run', 'browser-replay'];

/** History: every run, newest first, filterable by kind and status, paged by creation time. */
export function RunsPage() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const status = params.get('status') ?? '';
  const [before, setBefore] = useState<string[]>([]);
  const query = new URLSearchParams({ limit: '50' });
  if (kind) query.set('kind', kind);
  if (status) query.set('status', status);
  const cursor = before.at(-1);
  if (cursor) query.set('before', cursor);
  const { data, error, loading } = useApi<{ runs: Run[]; nextBefore: string | null }>(`/runs?${query}`);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
    setBefore([]);
  };

  return (
    <section>
      <h1>History</h1>
      <div className="toolbar">
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setFilter('kind', e.target.value)}>
            <option value="">all</option>
            {KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">all</option>
            {['running', 'queued', 'completed', 'failed', 'stopped', 'interrupted', 'awaiting-review'].map(
              (s) => (
                <option key={s}>{s}</option>
              ),
            )}
          </select>
        </label>
      </div>
      <ErrorNotice error={error} />
      {loading && !data ? <p>Loading…</p> : null}
      {data && data.runs.length === 0 ? <p className="empty">No runs yet.</p> : null}
      {data && data.runs.length > 0 ? (
        <RunTable
          runs={data.runs}
          label="Runs"
          before={[{ title: 'Subject', render: (run) => subjectLink(run.subjectId) }]}
        />
      ) : null}
      <div className="toolbar">
        {before.length > 0 ? <button onClick={() => setBefore((b) => b.slice(0, -1))}>Newer</button> : null}
        {data?.nextBefore ? (
          <button onClick={() => setBefore((b) => [...b, data.nextBefore as string])}>Older</button>
        ) : null}
      </div>
    </section>
  );
}

function subjectLink(subjectId: string | null) {
  const name = subjectName(subjectId);
  if (!name || !subjectId) return '—';
  if (subjectId.startsWith('service:')) return <Link to={`/services/${name}`}>{name}</Link>;
  if (subjectId.startsWith('browser-test:')) return <Link to={`/browser-tests/${name}`}>{name}</Link>;
  return name;
}
