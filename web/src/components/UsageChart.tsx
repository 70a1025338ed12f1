import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCost } from '../lib/format.ts';

/** One bar group of a usage chart: a day, a model or an attempt. */
export interface UsagePoint {
  label: string;
  inputTokens: number;
  outputTokens: number;
  /** Null when some call of the group had no known price. */
  costUsd: number | null;
  calls: number;
}

/** Whether the points show any model use at all (the local engine makes none). */
export function hasModelUse(points: UsagePoint[]): boolean {
  return points.some((p) => p.calls > 0 || p.inputTokens + p.outputTokens > 0);
}

/**
 * Tokens (stacked input/output bars, left axis) and estimated cost (line, right axis) per group.
 * Without any model use it says so in words instead of drawing an empty chart.
 */
export function UsageChart({
  points,
  label,
  height = 260,
  emptyText = 'No model calls: the local engine ran everything, at $0.',
}: {
  points: UsagePoint[];
  /** Accessible name of the chart. */
  label: string;
  height?: number;
  emptyText?: string;
}) {
  if (!hasModelUse(points)) {
    return (
      <p className="usage-empty" role="note" aria-label={label}>
        {emptyText}
      </p>
    );
  }
  const data = points.map((p) => ({ ...p, cost: p.costUsd ?? 0 }));
  // A cost axis of zeros says nothing (unpriced or free models): then only tokens are drawn.
  const showCost = points.some((p) => (p.costUsd ?? 0) > 0);
  return (
    <figure className="usage-chart" role="figure" aria-label={label} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e6ec" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis yAxisId="tokens" tick={{ fontSize: 12 }} tickFormatter={compact} />
          {showCost ? (
            <YAxis
              yAxisId="cost"
              orientation="right"
              tick={{ fontSize: 12 }}
              tickFormatter={(v: number) => formatCost(v)}
            />
          ) : null}
          <Tooltip
            formatter={(value, name) =>
              name === 'Cost (est.)' ? formatCost(Number(value)) : Number(value).toLocaleString('en-US')
            }
          />
          <Legend />
          <Bar yAxisId="tokens" dataKey="inputTokens" name="Input tokens" stackId="t" fill="#8da6e8" />
          <Bar yAxisId="tokens" dataKey="outputTokens" name="Output tokens" stackId="t" fill="#2f5bd3" />
          {showCost ? (
            <Line yAxisId="cost" dataKey="cost" name="Cost (est.)" stroke="#c76b00" strokeWidth={2} dot />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

function compact(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)}M`;
  if (n >= 1_000) return `${(n / 1_000).toFixed(n >= 10_000 ? 0 : 1)}k`;
  return String(n);
}
