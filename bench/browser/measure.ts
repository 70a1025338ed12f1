/** One timed execution of a flow, per way of running it, and their summaries. */
import type { Usage } from '../../src/core/models/types.ts';

export type Way = 'planner-model' | 'planner-local' | 'replay' | 'replay-cli' | 'exported-test';

export interface Execution {
  way: Way;
  status: 'passed' | 'unverified' | 'failed';
  reason: string;
  wallMs: number;
  /** exported-test only: Playwright's own duration of the test. */
  testMs?: number;
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  /** Time spent waiting for model answers (the provider's latency as the client saw it). */
  modelWaitMs: number;
  /** HTML documents the app served (see page-loads.ts). */
  pageLoads: number;
  /** Planner runs: steps recorded, actions tried, observations taken. */
  steps?: number;
  actions?: number;
  pageViews?: number;
}

export interface Summary {
  way: Way;
  runs: number;
  passed: number;
  wallMsMedian: number;
  wallMsMin: number;
  wallMsMax: number;
  testMsMedian?: number;
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  modelWaitMsMedian: number;
  pageLoads: number;
  steps?: number;
  pageViews?: number;
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function usageTotals(
  usage: Usage[],
): Pick<Execution, 'inputTokens' | 'outputTokens' | 'costUsd' | 'modelWaitMs'> {
  return {
    modelWaitMs: usage.reduce((n, u) => n + u.latencyMs, 0),
    inputTokens: usage.reduce((n, u) => n + u.inputTokens, 0),
    outputTokens: usage.reduce((n, u) => n + u.outputTokens, 0),
    costUsd: usage.reduce((n, u) => n + (u.costUsd ?? 0), 0),
  };
}

/** Medians over the executions of one way (counts are medians too: the flows are deterministic). */
export function summarize(way: Way, executions: Execution[]): Summary {
  const of = (pick: (e: Execution) => number | undefined) =>
    median(executions.map(pick).filter((v): v is number => v !== undefined));
  const walls = executions.map((e) => e.wallMs);
  const summary: Summary = {
    way,
    runs: executions.length,
    passed: executions.filter((e) => e.status === 'passed').length,
    wallMsMedian: median(walls),
    wallMsMin: Math.min(...walls),
    wallMsMax: Math.max(...walls),
    modelCalls: of((e) => e.modelCalls),
    inputTokens: of((e) => e.inputTokens),
    outputTokens: of((e) => e.outputTokens),
    costUsd: of((e) => e.costUsd),
    modelWaitMsMedian: of((e) => e.modelWaitMs),
    pageLoads: of((e) => e.pageLoads),
  };
  if (executions.some((e) => e.testMs !== undefined)) summary.testMsMedian = of((e) => e.testMs);
  if (executions.some((e) => e.steps !== undefined)) {
    summary.steps = of((e) => e.steps);
    summary.pageViews = of((e) => e.pageViews);
  }
  return summary;
}
