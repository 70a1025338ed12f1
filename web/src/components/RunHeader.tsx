import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { sendJson } from '../lib/api.ts';
import { formatCost, formatTime, runDuration, subjectName } from '../lib/format.ts';
import type { StartedRun, StopRun } from '../../../src/server/protocol/index.ts';
import type { Run, RunDetail } from '../lib/types.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** What every run page starts with: what ran, its status and times, cost, and what can be done. */
export function RunHeader({ detail, following }: { detail: RunDetail; following: boolean }) {
  const { run, live, usage } = detail;
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const tokens = usage.inputTokens + usage.outputTokens;

  // stop answers StopRun, resume and rerun StartedRun: each carries the run it concerns.
  const act = async (
    path: 'stop' | 'resume' | 'rerun',
    goTo: (answer: StartedRun | StopRun) => string | null,
  ) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await sendJson<StartedRun | StopRun>(`/runs/${run.id}/${path}`);
      const next = goTo(answer);
      if (next) navigate(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <header className="run-header">
      <h1>
        {run.kind} <span className="muted">{run.id.slice(0, 8)}</span> <StatusBadge status={run.status} />
        {following && live ? <span className="live-dot" title="live" aria-label="live" /> : null}
      </h1>
      <dl className="facts">
        <dt>Subject</dt>
        <dd>{subjectOf(run)}</dd>
        <dt>Started</dt>
        <dd>{formatTime(run.startedAt ?? run.createdAt)}</dd>
        <dt>Duration</dt>
        <dd>{runDuration(run)}</dd>
        <dt>Model calls</dt>
        <dd>
          {usage.calls} ({tokens.toLocaleString('en-US')} tokens, {formatCost(usage.costUsd)}
          {usage.costIncomplete ? ' + calls of unknown price' : ''})
        </dd>
        {run.rerunOf ? (
          <>
            <dt>Repeats</dt>
            <dd>
              <Link to={`/runs/${run.rerunOf}`}>{run.rerunOf.slice(0, 8)}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      {run.error ? (
        <div className="error-notice" role="alert">
          <strong>{run.error.code}</strong>: {run.error.message}
        </div>
      ) : null}
      <div className="toolbar">
        {live ? (
          <button disabled={busy} onClick={() => void act('stop', () => null)}>
            Stop
          </button>
        ) : null}
        {!live &&
        run.kind === 'transform-run' &&
        (run.status === 'interrupted' || run.status === 'stopped') ? (
          <button disabled={busy} onClick={() => void act('resume', () => `/runs/${run.id}`)}>
            Resume
          </button>
        ) : null}
        {!live ? (
          <button disabled={busy} onClick={() => void act('rerun', (a) => `/runs/${a.run.id}`)}>
            Run again
          </button>
        ) : null}
        <Link className="button" to={`/runs/${run.id}/debug`}>
          Model exchanges
        </Link>
      </div>
      <ErrorNotice error={error} />
    </header>
  );
}

function subjectOf(run: Run) {
  const name = subjectName(run.subjectId);
  if (!name || !run.subjectId) return '—';
  if (run.subjectId.startsWith('service:')) return <Link to={`/services/${name}`}>service {name}</Link>;
  if (run.subjectId.startsWith('browser-test:'))
    return <Link to={`/browser-tests/${name}`}>browser test {name}</Link>;
  return run.subjectId;
}
