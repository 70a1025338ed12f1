import type { ModelPrice } from './types.ts';

/**
 * Typical list prices (USD per million tokens) of common models, used to estimate cost. Providers
 * change prices; override with `prices` in `createModel` options when yours differ.
 */
export const DEFAULT_PRICES: Readonly<Record<string, ModelPrice>> = {
  // OpenAI
  'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 },
  'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  'gpt-4.1': { inputPerMillion: 2, outputPerMillion: 8 },
  'gpt-4.1-mini': { inputPerMillion: 0.4, outputPerMillion: 1.6 },
  'gpt-4.1-nano': { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  'gpt-5': { inputPerMillion: 1.25, outputPerMillion: 10 },
  'gpt-5-mini': { inputPerMillion: 0.25, outputPerMillion: 2 },
  'gpt-5-nano': { inputPerMillion: 0.05, outputPerMillion: 0.4 },
  o3: { inputPerMillion: 2, outputPerMillion: 8 },
  'o3-mini': { inputPerMillion: 1.1, outputPerMillion: 4.4 },
  'o4-mini': { inputPerMillion: 1.1, outputPerMillion: 4.4 },
  // Anthropic
  'claude-opus-4-5': { inputPerMillion: 5, outputPerMillion: 25 },
  'claude-opus-4-1': { inputPerMillion: 15, outputPerMillion: 75 },
  'claude-opus-4': { inputPerMillion: 15, outputPerMillion: 75 },
  'claude-sonnet-4-5': { inputPerMillion: 3, outputPerMillion: 15 },
  'claude-sonnet-4': { inputPerMillion: 3, outputPerMillion: 15 },
  'claude-3-7-sonnet': { inputPerMillion: 3, outputPerMillion: 15 },
  'claude-3-5-sonnet': { inputPerMillion: 3, outputPerMillion: 15 },
  'claude-haiku-4-5': { inputPerMillion: 1, outputPerMillion: 5 },
  'claude-3-5-haiku': { inputPerMillion: 0.8, outputPerMillion: 4 },
  'claude-3-haiku': { inputPerMillion: 0.25, outputPerMillion: 1.25 },
};

/** Dated snapshots (`-20250514`, `-2024-08-06`) and `-latest` cost what their base model costs. */
const SNAPSHOT_SUFFIX = /-(?:\d{8}|\d{4}-\d{2}-\d{2}|latest)$/;

/**
 * Find the price of a model. Overrides are looked up first, by `provider:modelId` and then by
 * `modelId`; then the default table, by exact id, by id without a snapshot suffix, and by the
 * longest table id the model id extends (`gpt-4o-mini-audio` → `gpt-4o-mini`). Models served by a
 * local Ollama cost nothing. Returns null when the price is unknown.
 */
export function lookupPrice(
  provider: string,
  modelId: string,
  overrides: Record<string, ModelPrice> = {},
): ModelPrice | null {
  const override = overrides[`${provider}:${modelId}`] ?? overrides[modelId];
  if (override) return override;
  if (provider === 'ollama') return { inputPerMillion: 0, outputPerMillion: 0 };
  if (provider !== 'openai' && provider !== 'anthropic') return null;
  const exact = DEFAULT_PRICES[modelId] ?? DEFAULT_PRICES[modelId.replace(SNAPSHOT_SUFFIX, '')];
  if (exact) return exact;
  let best: string | undefined;
  for (const id of Object.keys(DEFAULT_PRICES)) {
    if (modelId.startsWith(`${id}-`) && (best === undefined || id.length > best.length)) best = id;
  }
  return best === undefined ? null : (DEFAULT_PRICES[best] ?? null);
}

/** Cost in USD of a call, or null when the price is unknown. */
export function costOf(price: ModelPrice | null, inputTokens: number, outputTokens: number): number | null {
  if (!price) return null;
  return (inputTokens * price.inputPerMillion + outputTokens * price.outputPerMillion) / 1_000_000;
}
