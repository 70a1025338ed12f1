import { costOf, lookupPrice } from './prices.ts';
import type { ModelPrice, Usage } from './types.ts';

/** Build the {@link Usage} of one live call, pricing it from the table (or the overrides). */
export function makeUsage(options: {
  provider: string;
  model: string;
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  latencyMs: number;
  prices?: Record<string, ModelPrice>;
}): Usage {
  const inputTokens = options.inputTokens ?? 0;
  const outputTokens = options.outputTokens ?? 0;
  return {
    provider: options.provider,
    model: options.model,
    inputTokens,
    outputTokens,
    latencyMs: Math.round(options.latencyMs),
    costUsd: costOf(lookupPrice(options.provider, options.model, options.prices), inputTokens, outputTokens),
    source: 'live',
  };
}

/** Totals over many calls. */
export interface UsageSummary {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  /** Sum of known costs. */
  costUsd: number;
  /** True when at least one call had no known price, so `costUsd` is a lower bound. */
  costIncomplete: boolean;
  /** Sum of call latencies (calls may have overlapped, so this can exceed wall time). */
  latencyMs: number;
  /** Mean latency per call, 0 with no calls. */
  meanLatencyMs: number;
  /** Calls answered from a cassette or a scripted model rather than a live provider. */
  replayedCalls: number;
  /** Per `provider:model` breakdown. */
  byModel: Record<
    string,
    { calls: number; inputTokens: number; outputTokens: number; costUsd: number | null }
  >;
}

/** Add up usages: calls, tokens, cost, latency, overall and per model. */
export function summarizeUsage(usages: readonly Usage[]): UsageSummary {
  const summary: UsageSummary = {
    calls: 0,
    inputTokens: 0,
    outputTokens: 0,
    totalTokens: 0,
    costUsd: 0,
    costIncomplete: false,
    latencyMs: 0,
    meanLatencyMs: 0,
    replayedCalls: 0,
    byModel: {},
  };
  for (const usage of usages) {
    summary.calls += 1;
    summary.inputTokens += usage.inputTokens;
    summary.outputTokens += usage.outputTokens;
    summary.latencyMs += usage.latencyMs;
    if (usage.costUsd === null) summary.costIncomplete = true;
    else summary.costUsd += usage.costUsd;
    if (usage.replayed || (usage.source !== undefined && usage.source !== 'live')) summary.replayedCalls += 1;
    const key = `${usage.provider}:${usage.model}`;
    const entry = (summary.byModel[key] ??= { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 });
    entry.calls += 1;
    entry.inputTokens += usage.inputTokens;
    entry.outputTokens += usage.outputTokens;
    entry.costUsd = entry.costUsd === null || usage.costUsd === null ? null : entry.costUsd + usage.costUsd;
  }
  summary.totalTokens = summary.inputTokens + summary.outputTokens;
  summary.meanLatencyMs = summary.calls === 0 ? 0 : summary.latencyMs / summary.calls;
  return summary;
}
