import { useEffect, useMemo, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { EventList } from '../../components/EventList.tsx';
import { download } from '../../lib/api.ts';
import type { RunEvent } from '../../lib/events.ts';
import { formatCost, formatCount, formatDuration } from '../../lib/format.ts';
import type { LiveRun } from '../../lib/use-run.ts';
import {
  parseNdjson,
  readFirstLines,
  type ErrorLine,
  type TransformRunSummary,
} from '../services/service-api.ts';
import { useAction } from '../services/use-action.ts';
import '../services/services.css';

const PREVIEW_LINES = 50;
const ERROR_LINES = 500;

/** Progress as the run's events tell it. */
export interface RunProgress {
  processed: number;
  ok: number;
  errors: number;
  pass: number;
  /** Records per second over the run so far (null before two readings). */
  rate: number | null;
  /** Notable moments: rebuilds, a resume, QA disagreements. */
  notes: string[];
}

export function progressOf(events: RunEvent[]): RunProgress {
  const progress: RunProgress = { processed: 0, ok: 0, errors: 0, pass: 1, rate: null, notes: [] };
  let startedAt: number | null = null;
  let startProcessed = 0;
  let lastAt: number | null = null;
  for (const { event, at } of events) {
    const num = (key: string) => (typeof event[key] === 'number' ? (event[key] as number) : 0);
    if (event.type === 'run-started' && startedAt === null) startedAt = Date.parse(at);
    if (event.type === 'resume-point') {
      startProcessed = num('fromRecord');
      startedAt = Date.parse(at);
      progress.notes.push(`Resumed: ${String(event['reason'] ?? '')}`);
    }
    if (event.type === 'run-progress') {
      progress.processed = num('processed');
      progress.ok = num('ok');
      progress.errors = num('errors');
      progress.pass = num('pass') || 1;
      lastAt = Date.parse(at);
    }
    if (event.type === 'rebuild') {
      progress.notes.push(
        `Rebuild ${num('rebuilds')} (${String(event['reason'])}) after ${num('records')} record(s) failed; the records are read again.`,
      );
    }
    if (event.type === 'qa-disagreement') {
      progress.notes.push(`QA: the model disagreed with the code on record index ${num('index')}.`);
    }
  }
  if (startedAt !== null && lastAt !== null && lastAt > startedAt) {
    progress.rate = ((progress.processed - startProcessed) * 1000) / (lastAt - startedAt);
  }
  return progress;
}

/** A transform run: live progress, then the summary, the errors, a preview of the output, downloads. */
export function TransformRunView({ live }: { live: LiveRun }) {
  const detail = live.detail;
  const run = detail?.run;
  const progress = useMemo(() => progressOf(live.events), [live.events]);
  const summary = (run?.summary ?? null) as TransformRunSummary | null;
  const ended = !!detail && !detail.live;
  const fileName = (run?.input as { fileName?: string } | null)?.fileName;
  const runId = run?.id ?? '';
  // Refetch the files when the run ends and every 20 progress events while it runs.
  const filesVersion = `${ended}:${Math.floor(live.events.length / 20)}`;

  const downloadOutput = useAction(() => download(`/runs/${runId}/output`, `${runId}-output.jsonl`));
  const downloadErrors = useAction(() => download(`/runs/${runId}/errors`, `${runId}-errors.jsonl`));

  if (!run) return null;
  const processed = summary ? summary.recordsIn : progress.processed;
  const ok = summary ? summary.recordsOut : progress.ok;
  const errors = summary ? summary.errors : progress.errors;
  const rate = summary ? summary.recordsPerSecond : progress.rate;

  return (
    <div>
      <section aria-label="Progress">
        <h2>{ended ? 'Result' : 'Progress'}</h2>
        {fileName ? (
          <p className="muted">
            Input: <code>{fileName}</code> ({(run.input as { format?: string }).format})
          </p>
        ) : null}
        <ProgressBar processed={processed} ok={ok} errors={errors} ended={ended} />
        <div className="stat-grid">
          <Stat name="Records read" value={formatCount(processed)} />
          <Stat name="Output" value={formatCount(ok)} />
          <Stat name="Errors" value={formatCount(errors)} bad={errors > 0} />
          <Stat name="Records / s" value={rate === null ? '—' : formatCount(Math.round(rate))} />
          {summary ? <Stat name="Duration" value={formatDuration(summary.durationMs)} /> : null}
          {summary ? <Stat name="Rebuilds" value={formatCount(summary.rebuilds)} /> : null}
          {summary ? <Stat name="Model calls" value={formatCount(summary.modelCalls)} /> : null}
          {summary ? <Stat name="Cost (est.)" value={formatCost(summary.costUsd)} /> : null}
        </div>
        {progress.notes.length > 0 ? (
          <ul>
            {progress.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        ) : null}
        {summary ? <SummaryFacts summary={summary} /> : null}
      </section>

      <div className="toolbar">
        <button disabled={downloadOutput.busy || ok === 0} onClick={downloadOutput.run}>
          Download output
        </button>
        <button disabled={downloadErrors.busy || errors === 0} onClick={downloadErrors.run}>
          Download errors
        </button>
        {!ended ? <span className="muted">Files grow as the run goes; a download now is partial.</span> : null}
      </div>
      <ErrorNotice error={downloadOutput.error ?? downloadErrors.error} />

      <ErrorsTable runId={runId} version={filesVersion} expected={errors} />
      <OutputPreview runId={runId} version={filesVersion} expected={ok} />
      <EventList events={live.events} />
    </div>
  );
}

function ProgressBar({
  processed,
  ok,
  errors,
  ended,
}: {
  processed: number;
  ok: number;
  errors: number;
  ended: boolean;
}) {
  if (!ended) {
    // The total is unknown until the file is read to its end, so the bar shows activity, not a share.
    return (
      <div
        className="progress indeterminate"
        role="progressbar"
        aria-label="Records processed"
        aria-valuetext={`${processed} records processed`}
      >
        <div className="fill" />
      </div>
    );
  }
  const total = Math.max(1, processed);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label="Records processed"
      aria-valuemin={0}
      aria-valuemax={processed}
      aria-valuenow={processed}
      aria-valuetext={`${ok} output, ${errors} errors of ${processed}`}
    >
      <div className="fill" style={{ width: `${(ok / total) * 100}%` }} />
      <div className="fill errors" style={{ left: `${(ok / total) * 100}%`, width: `${(errors / total) * 100}%` }} />
    </div>
  );
}

function Stat({ name, value, bad = false }: { name: string; value: string; bad?: boolean }) {
  return (
    <div className="stat">
      <div className={`value ${bad ? 'bad-text' : ''}`}>{value}</div>
      <div className="name">{name}</div>
    </div>
  );
}

function SummaryFacts({ summary }: { summary: TransformRunSummary }) {
  const kinds = Object.entries(summary.errorsByKind ?? {});
  // Most first, as the CLI's Review line and the build's reasons list them.
  const reviewReasons = Object.entries(summary.reviewByReason ?? {}).sort((a, b) => b[1] - a[1]);
  return (
    <dl className="facts">
      {kinds.length > 0 ? (
        <>
          <dt>Errors by kind</dt>
          <dd>{kinds.map(([kind, n]) => `${kind}: ${n}`).join(', ')}</dd>
        </>
      ) : null}
      {reviewReasons.length > 0 ? (
        <>
          <dt>Sent to review, by reason</dt>
          <dd>
            <ul aria-label="Review by reason">
              {reviewReasons.map(([reason, n]) => (
                <li key={reason}>
                  {reason}: {n}
                </li>
              ))}
            </ul>
            <span className="muted">
              Not written because the examples do not settle them: answer the service&apos;s questions or add
              examples, then rebuild.
            </span>
          </dd>
        </>
      ) : null}
      <dt>Passes over the input</dt>
      <dd>{summary.passes}</dd>
      <dt>Code built by</dt>
      <dd>{summary.codeBuiltBy ?? '—'}</dd>
      {summary.regeneration ? (
        <>
          <dt>Regeneration</dt>
          <dd>{summary.regeneration.reason}</dd>
        </>
      ) : null}
      {summary.qa ? (
        <>
          <dt>QA</dt>
          <dd>
            {summary.qa.enabled
              ? `${summary.qa.checked} record(s) checked, ${summary.qa.disagreements.length} disagreement(s)`
              : summary.qa.reason}
          </dd>
        </>
      ) : null}
      {summary.modelCalls > 0 ? (
        <>
          <dt>Tokens</dt>
          <dd>
            {formatCount(summary.inputTokens)} in, {formatCount(summary.outputTokens)} out
          </dd>
        </>
      ) : null}
      {summary.reviewPending ? (
        <>
          <dt>Review pending</dt>
          <dd>
            <code>{summary.reviewPending}</code> (see the service&apos;s Code tab)
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** Fetch the first lines of a run file again whenever `version` changes. */
function useRunFile(apiPath: string, maxLines: number, version: string, enabled: boolean) {
  const [state, setState] = useState<{ lines: string[]; complete: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    readFirstLines(apiPath, maxLines, controller.signal)
      .then((result) => {
        setState(result);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [apiPath, maxLines, version, enabled]);
  return { state, error };
}

function ErrorsTable({ runId, version, expected }: { runId: string; version: string; expected: number }) {
  const { state, error } = useRunFile(`/runs/${runId}/errors`, ERROR_LINES, version, expected > 0);
  const [kind, setKind] = useState('');
  const rows = useMemo(() => parseNdjson<ErrorLine>((state?.lines ?? []).join('\n')), [state]);
  const kinds = [...new Set(rows.map((row) => row.error?.kind ?? '?'))].sort();
  const shown = kind ? rows.filter((row) => row.error?.kind === kind) : rows;
  return (
    <section aria-label="Errors">
      <h2>
        Errors <span className="muted">({formatCount(expected)})</span>
      </h2>
      {expected === 0 ? <p className="empty">No record failed.</p> : null}
      <ErrorNotice error={error} />
      {rows.length > 0 ? (
        <>
          <div className="toolbar">
            <label className="inline">
              Kind
              <select value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="">all</option>
                {kinds.map((k) => (
                  <option key={k}>{k}</option>
                ))}
              </select>
            </label>
            {!state?.complete || rows.length < expected ? (
              <span className="muted">
                First {rows.length} shown; download the errors file for all {formatCount(expected)}.
              </span>
            ) : null}
          </div>
          <table className="table failure-table" aria-label="Failed records">
            <thead>
              <tr>
                <th className="num" title="0-based position among the input's records">
                  Index
                </th>
                <th className="num" title="1-based line of the input file">
                  Line
                </th>
                <th>Kind</th>
                <th>Message</th>
                <th>Input</th>
                <th title="Review rows: what the code gives (not written), or the answers that fit every example">
                  Not written
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.index}>
                  <td className="num">{row.index}</td>
                  <td className="num">{row.line ?? '–'}</td>
                  <td>
                    <span className="badge status-failed">{row.error?.kind}</span>
                    {row.error?.reason ? <div className="muted">{row.error.reason}</div> : null}
                  </td>
                  <td>{row.error?.message}</td>
                  <td>
                    <pre>{typeof row.input === 'string' ? row.input : JSON.stringify(row.input)}</pre>
                  </td>
                  <td>
                    <UnwrittenAnswers error={row.error} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

/**
 * What a review row was not written with: the competing answers (the code's first) when programs
 * disagree, else the code's own output; a person labelling the record confirms or corrects it.
 */
function UnwrittenAnswers({ error }: { error: ErrorLine['error'] | undefined }) {
  if (error?.competing && Object.keys(error.competing).length > 0)
    return (
      <ul aria-label="Competing answers">
        {Object.entries(error.competing).map(([field, values]) => (
          <li key={field}>
            <code>{field}</code>: {values.map((v) => JSON.stringify(v)).join(' or ')}
          </li>
        ))}
      </ul>
    );
  if (error && 'codeOutput' in error && error.codeOutput !== undefined)
    return (
      <div>
        <span className="muted">the code gives </span>
        <pre>{JSON.stringify(error.codeOutput)}</pre>
      </div>
    );
  return <span className="muted">–</span>;
}

function OutputPreview({ runId, version, expected }: { runId: string; version: string; expected: number }) {
  const { state, error } = useRunFile(`/runs/${runId}/output`, PREVIEW_LINES, version, expected > 0);
  return (
    <section aria-label="Output preview">
      <h2>
        Output <span className="muted">(first {Math.min(PREVIEW_LINES, expected)} of {formatCount(expected)})</span>
      </h2>
      <ErrorNotice error={error} />
      {expected === 0 ? <p className="empty">No output yet.</p> : null}
      {state && state.lines.length > 0 ? (
        <pre className="preview" aria-label="Output lines">
          {state.lines.join('\n')}
        </pre>
      ) : null}
    </section>
  );
}
