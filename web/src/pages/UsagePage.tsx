import { useEffect, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { UsageChart, hasModelUse, type UsagePoint } from '../components/UsageChart.tsx';
import { ApiError, getJson } from '../lib/api.ts';
import { formatCost, formatCount } from '../lib/format.ts';
import type { Run } from '../lib/types.ts';
import './services/services.css';

const RANGES = [7, 30, 90] as const;

/** Totals of a group of model calls, as `GET /usage` reports them per day and per model. */
interface UsageSums {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  costIncomplete?: boolean;
}

export interface UsageReport {
  byDay: Array<UsageSums & { day: string }>;
  byModel: Array<UsageSums & { provider: string; model: string }>;
  /** Where the figures came from: the usage endpoint, or summed from runs when it is absent. */
  source: 'usage' | 'runs';
}

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
        {report?.source === 'runs' ? (
          <span className="muted">(summed from the runs: this server has no usage endpoint)</span>
        ) : null}
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

function sum(rows: UsageSums[]): UsageSums {
  return rows.reduce<UsageSums>(
    (total, r) => ({
      calls: total.calls + r.calls,
      inputTokens: total.inputTokens + r.inputTokens,
      outputTokens: total.outputTokens + r.outputTokens,
      costUsd: total.costUsd + r.costUsd,
      costIncomplete: Boolean(total.costIncomplete || r.costIncomplete),
    }),
    { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, costIncomplete: false },
  );
}

/** `GET /usage?days=N`, or the same figures summed from the runs when the server lacks it. */
export async function loadUsage(days: number, signal: AbortSignal): Promise<UsageReport> {
  try {
    const answer = await getJson<Record<string, unknown>>(`/usage?days=${days}`, signal);
    const byDay = (answer['byDay'] ?? answer['perDay'] ?? answer['days']) as UsageReport['byDay'] | undefined;
    const byModel = (answer['byModel'] ?? answer['perModel'] ?? answer['models']) as
      UsageReport['byModel'] | undefined;
    if (Array.isArray(byDay) && Array.isArray(byModel)) return { byDay, byModel, source: 'usage' };
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
  return usageFromRuns(days, signal);
}

/** Per-day totals from each run's usage; per model is unknown this way, so it is grouped by run kind. */
async function usageFromRuns(days: number, signal: AbortSignal): Promise<UsageReport> {
  const since = new Date(Date.now() - days * 86_400_000).toISOString();
  const { runs } = await getJson<{ runs: Run[] }>('/runs?limit=200', signal);
  const recent = runs.filter((run) => run.createdAt >= since);
  const byDay = new Map<string, UsageSums & { day: string }>();
  const byKind = new Map<string, UsageSums & { provider: string; model: string }>();
  for (const run of recent) {
    const detail = await getJson<{ usage: unknown }>(`/runs/${run.id}`, signal);
    const totals = usageTotalsOf(detail.usage);
    const day = run.createdAt.slice(0, 10);
    const dayRow = byDay.get(day) ?? { day, calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };
    byDay.set(day, { ...dayRow, ...add(dayRow, totals) });
    const kindRow = byKind.get(run.kind) ?? {
      provider: '',
      model: run.kind,
      calls: 0,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
    };
    byKind.set(run.kind, { ...kindRow, ...add(kindRow, totals) });
  }
  return {
    byDay: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
    byModel: [...byKind.values()].filter((row) => row.calls > 0),
    source: 'runs',
  };
}

function add(a: UsageSums, b: UsageSums): UsageSums {
  return {
    calls: a.calls + b.calls,
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    costUsd: a.costUsd + b.costUsd,
    costIncomplete: Boolean(a.costIncomplete || b.costIncomplete),
  };
}

/** A run's usage as `GET /runs/:id` gives it: totals, or (older servers) a list of calls. */
function usageTotalsOf(usage: unknown): UsageSums {
  if (Array.isArray(usage)) {
    return usage.reduce<UsageSums>(
      (t, u: { inputTokens?: number; outputTokens?: number; costUsd?: number | null }) =>
        add(t, {
          calls: 1,
          inputTokens: u.inputTokens ?? 0,
          outputTokens: u.outputTokens ?? 0,
          costUsd: u.costUsd ?? 0,
          costIncomplete: u.costUsd === null,
        }),
      { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 },
    );
  }
  const t = (usage ?? {}) as Partial<UsageSums> & { totals?: Partial<UsageSums> };
  const totals = t.totals ?? t;
  return {
    calls: totals.calls ?? 0,
    inputTokens: totals.inputTokens ?? 0,
    outputTokens: totals.outputTokens ?? 0,
    costUsd: totals.costUsd ?? 0,
    costIncomplete: totals.costIncomplete ?? false,
  };
}
