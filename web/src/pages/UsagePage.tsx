import { useEffect, useState } from 'react';
import type { UsageTotals, UsageReport as WireUsageReport } from '../../../src/server/protocol/index.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { UsageChart, hasModelUse, type UsagePoint } from '../components/UsageChart.tsx';
import { getJson } from '../lib/api.ts';
import { formatCost, formatCount } from '../lib/format.ts';
import './services/services.css';

const RANGES = [7, 30, 90] as const;

/** What the page keeps of `GET /usage`: totals per day and per model (the wire type, imported). */
export type UsageReport = Pick<WireUsageReport, 'byDay' | 'byModel'>;

/**
 * Model usage and estimated cost over the last N days: per day (chart) and per model (chart and
 * table). The local engine makes no model calls, which the page says in words.
 */
export function UsagePage() {
  const [days, setDays] = useState<number>(30);
  const [report, setReport] = useState<UsageReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    loadUsage(days, controller.signal)
      .then(setReport)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [days]);

  const perDay = report ? dayPoints(report.byDay, days) : [];
  const perModel: UsagePoint[] = (report?.byModel ?? []).map((m) => ({
    label: m.provider === m.model || !m.provider ? m.model : `${m.provider}:${m.model}`,
    inputTokens: m.inputTokens,
    outputTokens: m.outputTokens,
    costUsd: m.costIncomplete ? null : m.costUsd,
    calls: m.calls,
  }));
  const totals = sum(report?.byDay ?? []);

  return (
    <section>
      <h1>Usage</h1>
      <div className="toolbar">
        <label className="inline">
          Period
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {RANGES.map((n) => (
              <option key={n} value={n}>
                last {n} days
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNotice error={error} />
      {!report && !error ? <p>Loading…</p> : null}
      {report ? (
        <>
          <div className="stat-grid">
            <Stat name="Model calls" value={formatCount(totals.calls)} />
            <Stat name="Input tokens" value={formatCount(totals.inputTokens)} />
            <Stat name="Output tokens" value={formatCount(totals.outputTokens)} />
            <Stat
              name={totals.costIncomplete ? 'Cost (est., some models unpriced)' : 'Cost (est.)'}
              value={formatCost(totals.costUsd)}
            />
          </div>
          {!hasModelUse(perDay) ? (
            <p className="usage-empty" role="note">
              No model calls in the last {days} days: every build and run used the local engine (program
              synthesis and the heuristic planner), which costs <strong>$0</strong>. Configure a model (for
              example <code>openai:gpt-4.1-mini</code>) on a service and its calls, tokens and estimated cost
              show here.
            </p>
          ) : (
            <>
              <h2>Per day</h2>
              <div className="card">
                <UsageChart label="Tokens and cost per day" points={perDay} />
              </div>
              <h2>Per model</h2>
              <div className="card">
                <UsageChart label="Tokens and cost per model" points={perModel} height={220} />
              </div>
              <ModelTable models={report.byModel} />
            </>
          )}
          <p className="muted">
            Costs are estimates from codify&apos;s price table; a model with no known price counts $0 and is
            marked.
          </p>
        </>
      ) : null}
    </section>
  );
}

function Stat({ name, value }: { name: string; value: string }) {
  return (
    <div className="stat">
      <div className="value">{value}</div>
      <div className="name">{name}</div>
    </div>
  );
}

function ModelTable({ models }: { models: UsageReport['byModel'] }) {
  return (
    <table className="table" aria-label="Usage per model">
      <thead>
        <tr>
          <th>Model</th>
          <th className="num">Calls</th>
          <th className="num">Input tokens</th>
          <th className="num">Output tokens</th>
          <th className="num">Cost (est.)</th>
        </tr>
      </thead>
      <tbody>
        {models.map((m) => (
          <tr key={`${m.provider}:${m.model}`}>
            <td>
              <code>{m.provider ? `${m.provider}:${m.model}` : m.model}</code>
            </td>
            <td className="num">{formatCount(m.calls)}</td>
            <td className="num">{formatCount(m.inputTokens)}</td>
            <td className="num">{formatCount(m.outputTokens)}</td>
            <td className="num">
              {formatCost(m.costUsd)}
              {m.costIncomplete ? ' + unpriced' : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One point per day of the period, oldest first; days without calls are zero, not missing. */
export function dayPoints(byDay: UsageReport['byDay'], days: number, today = new Date()): UsagePoint[] {
  const index = new Map(byDay.map((d) => [d.day, d]));
  const points: UsagePoint[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i));
    const key = date.toISOString().slice(0, 10);
    const row = index.get(key);
    points.push({
      label: key.slice(5),
      inputTokens: row?.inputTokens ?? 0,
      outputTokens: row?.outputTokens ?? 0,
      costUsd: row ? (row.costIncomplete ? null : row.costUsd) : 0,
      calls: row?.calls ?? 0,
    });
  }
  return points;
}

function sum(rows: UsageTotals[]): UsageTotals {
  return rows.reduce<UsageTotals>(
    (total, r) => ({
      calls: total.calls + r.calls,
      inputTokens: total.inputTokens + r.inputTokens,
      outputTokens: total.outputTokens + r.outputTokens,
      costUsd: total.costUsd + r.costUsd,
      costIncomplete: total.costIncomplete || r.costIncomplete,
    }),
    { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, costIncomplete: false },
  );
}

/** `GET /usage?days=N`: per-day and per-model totals over the server's usage table. */
export async function loadUsage(days: number, signal: AbortSignal): Promise<UsageReport> {
  const answer = await getJson<UsageReport>(`/usage?days=${days}`, signal);
  return { byDay: answer.byDay, byModel: answer.byModel };
}
