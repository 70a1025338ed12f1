import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CodeView } from '../../components/CodeView.tsx';
import { DiffView } from '../../components/DiffView.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { getJson } from '../../lib/api.ts';
import type { EventHistory } from '../../lib/events.ts';
import { formatTime } from '../../lib/format.ts';
import type { Run } from '../../lib/types.ts';
import { useApi } from '../../lib/use-api.ts';
import { foldBuildEvents } from './build-events.ts';
import { serviceApi, type ServiceDetail } from './service-api.ts';
import { useAction } from './use-action.ts';

/**
 * transform.ts as it is on disk, highlighted; a rebuild waiting for review with its diff and
 * Accept; and the code of any two builds compared.
 */
export function CodeTab({
  service,
  liveRun,
  onChange,
}: {
  service: ServiceDetail;
  liveRun: string | null;
  onChange: () => void;
}) {
  const navigate = useNavigate();
  const accept = useAction(async () => {
    await serviceApi.accept(service.name);
    onChange();
  });
  const build = useAction(async () => {
    const { run } = await serviceApi.build(service.name);
    navigate(`/runs/${run.id}`);
  });

  return (
    <div>
      {service.pending ? (
        <div className="card" role="region" aria-label="Pending review">
          <h2 style={{ marginTop: 0 }}>
            Waiting for review: <code>transform.next.ts</code>
          </h2>
          <p>
            <code>transform.ts</code> was edited by hand, so the last build did not overwrite it. Compare,
            then accept the new version (it replaces <code>transform.ts</code>) or keep yours.
          </p>
          {service.pending.diff ? (
            <DiffView
              label="Pending change"
              oldName="transform.ts"
              newName="transform.next.ts"
              patch={service.pending.diff}
            />
          ) : (
            <DiffView
              label="Pending change"
              oldName="transform.ts"
              newName="transform.next.ts"
              oldText={service.transform?.source ?? ''}
              newText={service.pending.source}
            />
          )}
          <ErrorNotice error={accept.error} />
          <div className="toolbar">
            <button className="primary" disabled={accept.busy || liveRun !== null} onClick={accept.run}>
              Accept transform.next.ts
            </button>
          </div>
        </div>
      ) : null}
      {service.transform ? (
        <>
          <div className="toolbar">
            <strong>transform.ts</strong>
            {service.transform.humanEdited ? (
              <span className="badge status-awaiting-review">edited by hand</span>
            ) : (
              <span className="muted">
                as generated ({service.transform.source.split('\n').length} lines)
              </span>
            )}
            {service.config.settings.locked ? (
              <span className="badge">locked: runs never regenerate it</span>
            ) : null}
          </div>
          <CodeView label="transform.ts" source={service.transform.source} />
        </>
      ) : (
        <div className="empty-state">
          <p className="empty">Not built yet: there is no transform.ts.</p>
          <ErrorNotice error={build.error} />
          <button className="primary" disabled={build.busy || liveRun !== null} onClick={build.run}>
            Build
          </button>
        </div>
      )}
      <BuildComparison name={service.name} />
    </div>
  );
}

/** Pick two builds of the service and see how their code differs. */
function BuildComparison({ name }: { name: string }) {
  const { data } = useApi<{ runs: Run[] }>(serviceApi.history(name, 100));
  // Builds that settled on code: a failed or schema-conflict build has none to compare.
  const builds = (data?.runs ?? []).filter(
    (run) =>
      run.kind === 'transform-build' && (run.summary as { status?: string } | null)?.status === 'passed',
  );
  const [older, setOlder] = useState<string>('');
  const [newer, setNewer] = useState<string>('');
  const newerId = newer || builds[0]?.id || '';
  const olderId = older || builds[1]?.id || '';
  const newerCode = useBuildCode(newerId);
  const olderCode = useBuildCode(olderId);

  if (builds.length < 2) return null;
  const option = (run: Run) => (
    <option key={run.id} value={run.id}>
      {formatTime(run.startedAt ?? run.createdAt)} · {run.id.slice(0, 8)} · {run.status}
    </option>
  );
  return (
    <div className="card" style={{ marginTop: 16 }}>
      <h2 style={{ marginTop: 0 }}>Compare builds</h2>
      <div className="field-row">
        <label>
          Older build
          <select value={olderId} onChange={(e) => setOlder(e.target.value)}>
            {builds.map(option)}
          </select>
        </label>
        <label>
          Newer build
          <select value={newerId} onChange={(e) => setNewer(e.target.value)}>
            {builds.map(option)}
          </select>
        </label>
        <Link to={`/runs/${newerId}`}>open newer build</Link>
      </div>
      {olderCode.error || newerCode.error ? <ErrorNotice error={olderCode.error ?? newerCode.error} /> : null}
      {olderCode.code !== undefined && newerCode.code !== undefined ? (
        olderCode.code === null || newerCode.code === null ? (
          <p className="empty">One of these builds proposed no code.</p>
        ) : (
          <DiffView
            label="Build comparison"
            oldName={olderId.slice(0, 8)}
            newName={newerId.slice(0, 8)}
            oldText={olderCode.code}
            newText={newerCode.code}
          />
        )
      ) : (
        <p>Loading…</p>
      )}
    </div>
  );
}

/** The code a build settled on (undefined while loading, null when it proposed none). */
function useBuildCode(runId: string): { code: string | null | undefined; error: unknown } {
  const [state, setState] = useState<{ id: string; code: string | null; error: unknown } | null>(null);
  useEffect(() => {
    if (!runId) return;
    const controller = new AbortController();
    getJson<EventHistory>(`/runs/${runId}/history?limit=5000`, controller.signal)
      .then((page) => setState({ id: runId, code: foldBuildEvents(page.events).finalCode, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ id: runId, code: null, error });
      });
    return () => controller.abort();
  }, [runId]);
  return state?.id === runId ? { code: state.code, error: state.error } : { code: undefined, error: null };
}
