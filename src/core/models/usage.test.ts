import { describe, expect, it } from 'vitest';
import { costOf, lookupPrice } from './prices.ts';
import { makeUsage, summarizeUsage } from './usage.ts';
import type { Usage } from './types.ts';

describe('lookupPrice', () => {
  it('finds exact ids, dated snapshots and extended ids', () => {
    expect(lookupPrice('openai', 'gpt-4o-mini')).toEqual({ inputPerMillion: 0.15, outputPerMillion: 0.6 });
    expect(lookupPrice('openai', 'gpt-4o-2024-08-06')).toEqual({
      inputPerMillion: 2.5,
      outputPerMillion: 10,
    });
    expect(lookupPrice('anthropic', 'claude-sonnet-4-5-20250929')?.inputPerMillion).toBe(3);
    // The longest matching id wins: gpt-4o-mini-… is priced as gpt-4o-mini, not gpt-4o.
    expect(lookupPrice('openai', 'gpt-4o-mini-search-preview')?.inputPerMillion).toBe(0.15);
  });

  it('is null for unknown models and providers, zero for local Ollama', () => {
    expect(lookupPrice('openai', 'my-finetune')).toBeNull();
    expect(lookupPrice('openai-compatible', 'gpt-4o')).toBeNull();
    expect(lookupPrice('ollama', 'llama3.1:8b')).toEqual({ inputPerMillion: 0, outputPerMillion: 0 });
  });

  it('lets overrides win, by provider:model before model', () => {
    const overrides = {
      'gpt-4o': { inputPerMillion: 1, outputPerMillion: 2 },
      'openai-compatible:qwen': { inputPerMillion: 0.5, outputPerMillion: 0.5 },
    };
    expect(lookupPrice('openai', 'gpt-4o', overrides)).toEqual({ inputPerMillion: 1, outputPerMillion: 2 });
    expect(lookupPrice('openai-compatible', 'qwen', overrides)?.inputPerMillion).toBe(0.5);
  });
});

describe('usage and cost', () => {
  it('prices a call from token counts', () => {
    expect(costOf({ inputPerMillion: 2, outputPerMillion: 8 }, 1_000_000, 500_000)).toBe(6);
    const usage = makeUsage({
      provider: 'anthropic',
      model: 'claude-haiku-4-5',
      inputTokens: 2000,
      outputTokens: 1000,
      latencyMs: 12.4,
    });
    expect(usage).toMatchObject({ inputTokens: 2000, outputTokens: 1000, latencyMs: 12, source: 'live' });
    expect(usage.costUsd).toBeCloseTo(0.002 + 0.005, 10);
  });

  it('counts missing token numbers as zero and unknown prices as null', () => {
    const usage = makeUsage({
      provider: 'openai-compatible',
      model: 'x',
      inputTokens: undefined,
      outputTokens: 3,
      latencyMs: 1,
    });
    expect(usage.inputTokens).toBe(0);
    expect(usage.costUsd).toBeNull();
  });

  it('summarizes totals, per model, and flags incomplete cost', () => {
    const usages: Usage[] = [
      { provider: 'openai', model: 'a', inputTokens: 10, outputTokens: 5, latencyMs: 100, costUsd: 0.5 },
      { provider: 'openai', model: 'a', inputTokens: 20, outputTokens: 5, latencyMs: 300, costUsd: 0.25 },
      {
        provider: 'x',
        model: 'b',
        inputTokens: 1,
        outputTokens: 1,
        latencyMs: 2,
        costUsd: null,
        replayed: true,
        source: 'cassette',
      },
    ];
    const summary = summarizeUsage(usages);
    expect(summary).toMatchObject({
      calls: 3,
      inputTokens: 31,
      outputTokens: 11,
      totalTokens: 42,
      costUsd: 0.75,
      costIncomplete: true,
      latencyMs: 402,
      meanLatencyMs: 134,
      replayedCalls: 1,
    });
    expect(summary.byModel['openai:a']).toEqual({
      calls: 2,
      inputTokens: 30,
      outputTokens: 10,
      costUsd: 0.75,
    });
    expect(summary.byModel['x:b']?.costUsd).toBeNull();
    expect(summarizeUsage([])).toMatchObject({ calls: 0, meanLatencyMs: 0, costIncomplete: false });
  });
});
