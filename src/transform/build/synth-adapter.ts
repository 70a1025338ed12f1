import type { JsonSchema } from '../schema/json-schema.ts';

/** What the local synthesizer (src/transform/synth) reports. */
export interface SynthesisResult {
  complete: boolean;
  code: string | null;
  solved: string[];
  unsolved: { path: string; reason: string }[];
  durationMs: number;
  programs?: unknown;
}

export interface SynthesisOptions {
  timeoutMs?: number;
  inputs?: unknown[];
  schema?: JsonSchema;
  delegateFunctionName?: string;
}

export type Synthesizer = (
  examples: { input: unknown; output: unknown }[],
  options?: SynthesisOptions,
) => SynthesisResult | Promise<SynthesisResult>;

/** The synthesizer, loaded on first use. */
export const defaultSynthesizer: Synthesizer = async (examples, options) => {
  const { synthesize } = await import('../synth/index.ts');
  return synthesize(examples, options);
};
