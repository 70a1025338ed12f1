import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { getJson } from '../../lib/api.ts';
import { subjectName } from '../../lib/format.ts';
import type { Run } from '../../lib/types.ts';
import type {
  FailedAssertion,
  RecordRunSummary,
  ReplayRunSummary,
  RunEvidence,
  StepFailure,
} from '../../../../src/server/protocol/index.ts';
import { artifactPath } from './ArtifactImage.tsx';
import type { Artifact } from './ArtifactList.tsx';
import type { RunVerdict } from './run-model.ts';
import { SpecView } from './SpecView.tsx';
import { describeCondition, type Spec, type SpecCondition, type TestDetail } from './types.ts';

/**
 * The parts of a run's `report.json` artifact the card reads, from the protocol's types. The file
 * itself is an artifact, not an API answer: the protocol does not describe all of it (the planner's
 * history, usage), so only these fields are named here.
 */
interface Report {
  kind?: 'run' | 'replay';
  spec?: Spec;
  failure?: StepFailure | null;
  failedAssertions?: FailedAssertion[];
  /** What the checker found: goal parts confirmed, not confirmed, and why it refused the end. */
  evidence?: RunEvidence | null;
  did?: string[];
}

/** A record's or a replay's summary (the card shows both; absent until the run ends). */
type Summary = Partial<RecordRunSummary & ReplayRunSummary>;

/**
 * How the run ended: passed or failed and why, the assertions that prove it (✓ held, ✗ failed),
 * what was saved, and for a failed recording the partial spec it got to.
 */
export function RunVerdictCard({
  run,
  verdict,
  artifacts,
}: {
  run: Run;
  verdict: RunVerdict | null;
  artifacts: Artifact[] | null;
}) {
  const summary = (run.summary ?? {}) as Summary;
  const report = useReport(run.id, artifacts);
  const testName = subjectName(run.subjectId);
  const replaySpec = useTestSpec(run.kind === 'browser-replay' ? testName : null);
  const summaryStatus = summary.status;
  const passed = verdict
    ? verdict.status === 'passed'
    : run.status === 'completed' && summaryStatus !== 'unverified';
  // Unverified: the actions ran but nothing on the page confirmed the goal. Never shown as a pass.
  const unverified = (verdict?.status ?? summaryStatus) === 'unverified';
  // A stopped or interrupted run did not fail its goal: say what happened rather than "Failed".
  const cutShort = run.status === 'stopped' || run.status === 'interrupted';
  const reason =
    verdict?.reason ??
    summary.reason ??
    run.error?.message ??
    (cutShort ? `The run was ${run.status} before it reached a verdict.` : '');
  const assertions: SpecCondition[] =
    (run.kind === 'browser-replay' ? replaySpec?.assertions : report?.spec?.assertions) ?? [];
  const failed = new Map((report?.failedAssertions ?? []).map((f) => [f.assertion, f.problem]));

  return (
    <div
      className={`card verdict ${passed ? 'verdict-passed' : unverified ? 'verdict-unverified' : cutShort ? 'verdict-stopped' : 'verdict-failed'}`}
      aria-label="Verdict"
    >
      <h2>
        {passed
          ? 'Passed'
          : unverified
            ? 'Unverified'
            : cutShort
              ? run.status === 'stopped'
                ? 'Stopped'
                : 'Interrupted'
              : 'Failed'}
        {verdict?.limit ? <span className="badge status-failed">limit {verdict.limit}</span> : null}
      </h2>
      <p className="verdict-reason">{reason}</p>
      {report?.evidence?.unconfirmed.length ? (
        <>
          <h3>Could not confirm</h3>
          <ul className="assertions">
            {report.evidence.unconfirmed.map((u) => (
              <li key={u} className="assertion-failed">
                <span aria-hidden="true">?</span> {u}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report?.evidence?.problems.length ? (
        <>
          <h3>Why the checker refused the end</h3>
          <ul className="assertions">
            {report.evidence.problems.map((p) => (
              <li key={p} className="assertion-failed">
                <span aria-hidden="true">✗</span> {p}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report?.failure ? (
        <p className="attempt-error">
          Step {report.failure.step} <code>{report.failure.description}</code>
          {report.failure.locator ? (
            <>
              {' '}
              (locator <code>{report.failure.locator}</code>)
            </>
          ) : null}
          : {report.failure.error}
        </p>
      ) : null}
      {assertions.length ? (
        <>
          <h3>
            {report?.failure
              ? `Assertions (not checked: the replay stopped at step ${report.failure.step})`
              : 'Assertions'}
          </h3>
          <ul className="assertions">
            {assertions.map((assertion, index) => {
              const text = describeCondition(assertion);
              const problem = failed.get(text);
              return (
                <li key={index} className={problem ? 'assertion-failed' : 'assertion-held'}>
                  <span aria-hidden="true">{problem ? '✗' : passed ? '✓' : '·'}</span> {text}
                  {problem ? <span className="muted"> — {problem}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <p className="muted small">
        {summary.planner ? (
          <>
            Planner <code>{summary.planner}</code>.{' '}
          </>
        ) : null}
        {summary.counts
          ? Object.entries(summary.counts)
              .map(([k, v]) => `${k} ${v}`)
              .join(' · ')
          : null}
        {summary.specSaved ? <> Spec saved as the test&apos;s spec.json. </> : null}
        {summary.healed ? (
          <>
            {' '}
            Healed spec saved as <code>{summary.healed.spec}</code> (spec.json untouched).{' '}
          </>
        ) : null}
        {testName ? <Link to={`/browser-tests/${testName}`}>Open the test</Link> : null}
      </p>
      {summary.spec && !summary.specSaved ? (
        <details>
          <summary>Partial spec (not saved)</summary>
          <SpecView spec={summary.spec} />
        </details>
      ) : null}
    </div>
  );
}

function useReport(runId: string, artifacts: Artifact[] | null): Report | null {
  const [report, setReport] = useState<Report | null>(null);
  const has = artifacts?.some((a) => a.path === 'report.json') ?? false;
  const size = artifacts?.find((a) => a.path === 'report.json')?.bytes ?? 0;
  useEffect(() => {
    if (!has) return;
    const controller = new AbortController();
    getJson<Report>(artifactPath(runId, 'report.json'), controller.signal)
      .then(setReport)
      .catch(() => {});
    return () => controller.abort();
  }, [runId, has, size]);
  return report;
}

function useTestSpec(name: string | null): Spec | null {
  const [spec, setSpec] = useState<Spec | null>(null);
  useEffect(() => {
    if (!name) return;
    const controller = new AbortController();
    getJson<TestDetail>(`/browser-tests/${encodeURIComponent(name)}`, controller.signal)
      .then((detail) => setSpec(detail.spec))
      .catch(() => {});
    return () => controller.abort();
  }, [name]);
  return spec;
}
