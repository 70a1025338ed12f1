import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import '../../components/browser/browser.css';
import { ApiError } from '../../lib/api.ts';
import type { RunDetail } from '../../lib/types.ts';
import { useApi } from '../../lib/use-api.ts';
import { ExchangeView } from './ExchangeView.tsx';
import { PlannerDecisions } from './PlannerDecisions.tsx';
import './debug.css';
import type { ExchangesAnswer, LocalReport } from './types.ts';

/**
 * Every model exchange of a run as a chat transcript, each with a box to keep asking the model
 * about it. Runs on the local engine made no model calls: the server's note says so, and for
 * browser runs the planner's recorded decisions are shown instead.
 */
export function DebugPage() {
  const { id = '' } = useParams();
  const runPath = `/runs/${encodeURIComponent(id)}`;
  const detail = useApi<RunDetail>(runPath);
  const answer = useApi<ExchangesAnswer>(`${runPath}/exchanges`);
  const run = detail.data?.run;
  const exchanges = answer.data?.exchanges ?? [];
  const local = answer.data?.local ?? [];
  const isBrowser = run?.kind === 'browser-run' || run?.kind === 'browser-replay';

  return (
    <section className="debug-page">
      <p className="crumbs">
        <Link to={runPath}>Run {id.slice(0, 8)}</Link> /
      </p>
      <div className="page-title">
        <h1>Model exchanges</h1>
        {run ? (
          <span>
            {run.kind} <StatusBadge status={run.status} />
          </span>
        ) : null}
      </div>
      <ErrorNotice error={detail.error} />
      {answer.error ? (
        <ErrorNotice
          error={
            answer.error instanceof ApiError && answer.error.status === 404 && detail.data
              ? new Error(
                  'This server does not list model exchanges for this run (GET /runs/:id/exchanges answered 404).',
                )
              : answer.error
          }
        />
      ) : null}
      {answer.loading && !answer.data ? <p>Loading…</p> : null}
      {answer.data?.note ? (
        <div className="card note" role="note">
          <strong>No model to ask.</strong> {answer.data.note}
        </div>
      ) : null}
      {local.length && !isBrowser ? <LocalReports reports={local} /> : null}
      {answer.data && exchanges.length === 0 && !answer.data.note ? (
        <p className="empty">This run made no model calls.</p>
      ) : null}
      {exchanges.length > 1 ? (
        <nav className="exchange-index" aria-label="Exchanges">
          {exchanges.map((exchange) => (
            <a key={exchange.n} href={`#exchange-${exchange.n}`}>
              #{exchange.n}
              {exchange.step !== undefined ? ` step ${exchange.step}` : ''} · attempt {exchange.attempt}
            </a>
          ))}
        </nav>
      ) : null}
      {exchanges.map((exchange) => (
        <ExchangeView key={exchange.n} runId={id} exchange={exchange} />
      ))}
      {isBrowser && exchanges.length === 0 && (answer.data || answer.error) ? (
        <PlannerDecisions runId={id} />
      ) : null}
    </section>
  );
}

/** What the local engine noted per attempt (or step), in place of model calls. */
function LocalReports({ reports }: { reports: LocalReport[] }) {
  return (
    <div className="card">
      <h2>What the local engine reported</h2>
      <ol className="local-reports">
        {reports.map((report, index) => (
          <li key={index}>
            <strong>
              {report.step !== undefined ? `Step ${report.step}, ` : ''}attempt {report.attempt}
            </strong>{' '}
            <span className="muted">{report.proposer}</span>
            {report.notes.length ? (
              <ul>
                {report.notes.map((note, i) => (
                  <li key={i}>{note}</li>
                ))}
              </ul>
            ) : null}
            {report.error ? <div className="attempt-error">{report.error}</div> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
