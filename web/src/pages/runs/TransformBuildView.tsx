import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { CodeView } from '../../components/CodeView.tsx';
import { DiffView } from '../../components/DiffView.tsx';
import { EventList } from '../../components/EventList.tsx';
import { UsageChart, type UsagePoint } from '../../components/UsageChart.tsx';
import { getJson } from '../../lib/api.ts';
import type { EventHistory } from '../../lib/events.ts';
import { formatCost, formatDuration, subjectName } from '../../lib/format.ts';
import type { Run } from '../../lib/types.ts';
import type { LiveRun } from '../../lib/use-run.ts';
import { BuildCoverage, UnfitAnswers, UnsettledReasons } from '../services/BuildFindings.tsx';
import { foldBuildEvents, type AttemptView } from '../services/build-events.ts';
import type { BuildSummary, Failure } from '../services/service-api.ts';
import '../services/services.css';
import '../services/questions.css';

const FAILURES_SHOWN = 5;

/**
 * A build: each attempt as it happens (who proposed, the code, the check and its first failures
 * with expected against actual), the model usage per attempt, and the outcome with its diff.
 */
export function TransformBuildView({ live }: { live: LiveRun }) {
  const story = useMemo(() => foldBuildEvents(live.events), [live.events]);
  const run = live.detail?.run;
  const summary = (run?.summary ?? null) as BuildSummary | null;
  const ended = !!live.detail && !live.detail.live;
  const usagePoints = useMemo(() => story.attempts.map(attemptUsage), [story.attempts]);
  if (!run) return null;
  const service = subjectName(run.subjectId);

  return (
    <div>
      <section aria-label="Build outcome">
        <h2>{ended ? 'Outcome' : 'Building'}</h2>
        {summary ? (
          <Outcome summary={summary} service={service} />
        ) : (
          <p>
            Attempt {story.attempts.length || 1}
            {story.attemptsBudget ? ` of at most ${story.attemptsBudget}` : ''}…
          </p>
        )}
        {story.schemaConflict ? (
          <div className="notice">
            The examples contradict the schema ({story.schemaConflict.violations.length} violation(s)); a schema was
            proposed. Review it in the service&apos;s <Link to={`/services/${service}?tab=schema`}>Schema tab</Link>.
            <ul>
              {story.schemaConflict.violations.slice(0, 10).map((v, i) => (
                <li key={i}>{v}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {summary?.diff || story.reviewPending ? (
        <section aria-label="Change waiting for review">
          <h2>Change waiting for review</h2>
          <p>
            <code>transform.ts</code> was edited by hand, so the new code went to <code>transform.next.ts</code>.{' '}
            <Link to={`/services/${service}?tab=code`}>Review and accept it</Link> on the service.
          </p>
          <DiffView
            label="Build diff"
            oldName="transform.ts"
            newName="transform.next.ts"
            patch={summary?.diff ?? story.reviewPending?.diff ?? ''}
          />
        </section>
      ) : null}

      <section aria-label="Attempts">
        <h2>Attempts</h2>
        {story.attempts.length === 0 ? (
          <p className="empty">{ended ? 'No proposer made an attempt.' : 'No attempt yet.'}</p>
        ) : null}
        {story.attempts.map((attempt) => (
          <AttemptCard key={attempt.attempt} attempt={attempt} live={!ended} />
        ))}
      </section>

      <section aria-label="Model usage">
        <h2>Model usage per attempt</h2>
        <UsageChart
          label="Tokens and cost per attempt"
          points={usagePoints}
          height={220}
          emptyText="No model calls: the local engine (program synthesis) built this, at $0."
        />
      </section>

      {ended && service && story.finalCode ? (
        <PreviousBuildDiff service={service} runId={run.id} createdAt={run.createdAt} code={story.finalCode} />
      ) : null}

      <EventList events={live.events} />
    </div>
  );
}

function Outcome({ summary, service }: { summary: BuildSummary; service: string | null }) {
  const passed = summary.status === 'passed' || summary.status === 'up-to-date';
  return (
    <div className={`notice ${passed ? 'info' : ''}`} role="status">
      <strong>{summary.status}</strong>: <span className="reason">{summary.reason}</span>
      <div className="muted">
        {summary.attempts} attempt(s)
        {summary.builtBy ? `, code by ${summary.builtBy}` : ''}
        {summary.wrote ? (
          <>
            , wrote <code>{summary.wrote}</code>
          </>
        ) : null}
        {summary.report?.checked !== undefined ? `, checked against ${summary.report.checked} example(s)` : ''}
        {service && summary.wrote ? (
          <>
            {' · '}
            <Link to={`/services/${service}?tab=code`}>see the code</Link>
          </>
        ) : null}
        {service && !passed ? (
          <>
            {' · '}
            <Link to={`/services/${service}?tab=examples`}>check the examples</Link>
          </>
        ) : null}
      </div>
      {summary.sample ? (
        <div className="muted">
          Sample: {summary.sample.records} record(s)
          {summary.sample.fileName ? (
            <>
              {' '}
              of <code>{summary.sample.fileName}</code>
            </>
          ) : null}
          {summary.sample.truncated ? ' (the first ones)' : ''}
          {summary.sample.skipped > 0 ? `; ${summary.sample.skipped} unreadable record(s) skipped` : ''}.
        </div>
      ) : null}
      {summary.ambiguity && summary.ambiguity.checked > 0 ? (
        <UnsettledReasons ambiguity={summary.ambiguity} service={service} />
      ) : null}
      {summary.ambiguity ? <BuildCoverage ambiguity={summary.ambiguity} /> : null}
      {summary.unfit && summary.unfit.length > 0 ? <UnfitAnswers unfit={summary.unfit} service={service} /> : null}
      {summary.modelAnswers ? <ModelAnswers answers={summary.modelAnswers} service={service} /> : null}
    </div>
  );
}

/** What the model answered before this build: examples marked model-labeled, for a person to review. */
function ModelAnswers({
  answers,
  service,
}: {
  answers: NonNullable<BuildSummary['modelAnswers']>;
  service: string | null;
}) {
  return (
    <section aria-label="Model answers" className="model-answers">
      <strong>
        The model answered {answers.added.length} of {answers.asked} open question(s)
      </strong>
      {answers.added.length > 0 ? (
        <>
          {' '}
          <span className="muted">
            — saved as examples marked model-labeled. Review them
            {service ? (
              <>
                {' '}
                in <Link to={`/services/${service}?tab=examples`}>the examples</Link>
              </>
            ) : null}
            ; a wrong one is worse than none.
          </span>
          <table className="table" aria-label="Answers the model gave">
            <thead>
              <tr>
                <th scope="col">Input</th>
                <th scope="col">The model’s output</th>
              </tr>
            </thead>
            <tbody>
              {answers.added.map((answer, i) => (
                <tr key={i}>
                  <td>
                    <code>{JSON.stringify(answer.input)}</code>
                  </td>
                  <td>
                    <code>{JSON.stringify(answer.output)}</code>{' '}
                    <span className="badge model-labeled">model-labeled</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {answers.unanswered.length > 0 ? (
        <ul aria-label="Questions the model left open">
          {answers.unanswered.map((open, i) => (
            <li key={i} className="muted">
              <code>{JSON.stringify(open.input)}</code>: {open.reason} (still open)
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function AttemptCard({ attempt, live }: { attempt: AttemptView; live: boolean }) {
  // Until the user chooses, the passing attempt's code is shown and the others' folded.
  const [choice, setChoice] = useState<boolean | null>(null);
  const showCode = choice ?? attempt.status === 'passed';
  const counts = Object.entries(attempt.report?.counts ?? {});
  const failures = attempt.report?.failures ?? [];
  const duration =
    attempt.endedAt !== null ? Date.parse(attempt.endedAt) - Date.parse(attempt.startedAt) : null;
  const cost = attempt.usage.reduce((sum, u) => sum + (u.costUsd ?? 0), 0);
  const tokens = attempt.usage.reduce((sum, u) => sum + u.inputTokens + u.outputTokens, 0);
  const inFlight = live && (attempt.status === 'running' || attempt.status === 'checking');
  return (
    <article className={`card attempt ${attempt.status}`} aria-label={`Attempt ${attempt.attempt}`}>
      <h3>
        Attempt {attempt.attempt} <span className="muted">by {attempt.proposer}</span>
        <span className={`badge status-${badgeStatus(attempt.status)}`}>{attempt.status}</span>
        {inFlight ? <span className="live-dot" aria-hidden="true" /> : null}
        <span className="muted" style={{ fontWeight: 400 }}>
          {duration !== null ? formatDuration(duration) : ''}
          {attempt.usage.length > 0 ? ` · ${tokens.toLocaleString('en-US')} tokens, ${formatCost(cost)}` : ''}
        </span>
      </h3>
      {attempt.error ? (
        <div className="error-notice" role="alert">
          {attempt.error}
        </div>
      ) : null}
      {attempt.report ? (
        <p>
          {attempt.report.pass ? (
            <span className="ok-text">Passed every check</span>
          ) : (
            <span className="bad-text">
              Failed: {counts.map(([kind, n]) => `${n} ${kind}`).join(', ') || `${failures.length} failure(s)`}
            </span>
          )}
          {attempt.report.checked !== undefined ? (
            <span className="muted"> · {attempt.report.checked} checked</span>
          ) : null}
        </p>
      ) : null}
      {attempt.notes.length > 0 ? (
        <ul className="muted">
          {attempt.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
      {failures.length > 0 ? <FailureTable failures={failures.slice(0, FAILURES_SHOWN)} /> : null}
      {failures.length > FAILURES_SHOWN ? (
        <p className="muted">…and {failures.length - FAILURES_SHOWN} more in the report.</p>
      ) : null}
      {attempt.code === null && attempt.streamed ? (
        <CodeView label={`Attempt ${attempt.attempt} code (streaming)`} source={attempt.streamed} maxHeight={320} />
      ) : null}
      {attempt.code !== null ? (
        <>
          <button aria-expanded={showCode} onClick={() => setChoice(!showCode)}>
            {showCode ? 'Hide code' : 'Show code'}
          </button>
          {showCode ? (
            <div style={{ marginTop: 8 }}>
              <CodeView label={`Attempt ${attempt.attempt} code`} source={attempt.code} maxHeight={420} />
            </div>
          ) : null}
        </>
      ) : null}
    </article>
  );
}

function badgeStatus(status: AttemptView['status']): string {
  if (status === 'passed') return 'completed';
  if (status === 'failed' || status === 'error') return 'failed';
  return 'running';
}

function FailureTable({ failures }: { failures: Failure[] }) {
  return (
    <table className="table failure-table" aria-label="First failures">
      <thead>
        <tr>
          <th>Kind</th>
          <th>Message</th>
          <th>Input</th>
          <th>Expected</th>
          <th>Actual</th>
        </tr>
      </thead>
      <tbody>
        {failures.map((failure, i) => (
          <tr key={i}>
            <td>
              <span className="badge status-failed">{failure.kind}</span>
            </td>
            <td>
              {failure.message}
              {failure.location ? (
                <div className="muted">
                  line {failure.location.line}:{failure.location.column}
                </div>
              ) : null}
            </td>
            <td>
              <Json value={failure.input} />
            </td>
            <td>
              <Json value={failure.expected} />
            </td>
            <td>
              <Json value={failure.actual} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Json({ value }: { value: unknown }) {
  if (value === undefined) return <span className="muted">—</span>;
  return <pre>{JSON.stringify(value, null, 1)}</pre>;
}

function attemptUsage(attempt: AttemptView): UsagePoint {
  const priced = attempt.usage.every((u) => u.costUsd !== null && u.costUsd !== undefined);
  return {
    label: `#${attempt.attempt} ${attempt.proposer}`,
    inputTokens: attempt.usage.reduce((s, u) => s + u.inputTokens, 0),
    outputTokens: attempt.usage.reduce((s, u) => s + u.outputTokens, 0),
    costUsd: priced ? attempt.usage.reduce((s, u) => s + (u.costUsd ?? 0), 0) : null,
    calls: attempt.usage.length,
  };
}

/** How this build's code differs from the code of the service's build before it. */
function PreviousBuildDiff({
  service,
  runId,
  createdAt,
  code,
}: {
  service: string;
  runId: string;
  createdAt: string;
  code: string;
}) {
  const [previous, setPrevious] = useState<{ run: Run; code: string | null } | null | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const { runs } = await getJson<{ runs: Run[] }>(
        `/services/${encodeURIComponent(service)}/history?limit=200`,
        controller.signal,
      );
      const before = runs.find(
        (r) => r.kind === 'transform-build' && r.id !== runId && r.createdAt < createdAt && r.status !== 'running',
      );
      if (!before) return setPrevious(null);
      const page = await getJson<EventHistory>(`/runs/${before.id}/history?limit=5000`, controller.signal);
      setPrevious({ run: before, code: foldBuildEvents(page.events).finalCode });
    })().catch(() => {
      if (!controller.signal.aborted) setPrevious(null);
    });
    return () => controller.abort();
  }, [service, runId, createdAt]);

  if (!previous || previous.code === null) return null;
  if (previous.code === code) {
    return (
      <p className="muted">
        Same code as the previous build (<Link to={`/runs/${previous.run.id}`}>{previous.run.id.slice(0, 8)}</Link>).
      </p>
    );
  }
  return (
    <section aria-label="Changes since the previous build">
      <h2>
        Changes since the previous build{' '}
        <Link to={`/runs/${previous.run.id}`} className="muted">
          ({previous.run.id.slice(0, 8)})
        </Link>
      </h2>
      <DiffView
        label="Diff against the previous build"
        oldName={`build ${previous.run.id.slice(0, 8)}`}
        newName="this build"
        oldText={previous.code}
        newText={code}
      />
    </section>
  );
}
