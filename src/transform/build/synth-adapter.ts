import type { JsonSchema } from '../schema/json-schema.ts';

/** What the local synthesizer (src/transform/synth) reports. */
export interface SynthesisResult {
  complete: boolean;
  code: string | null;
  solved: string[];
  unsolved: { path: string; reason: string }[];
  durationMs: number;
  programs?: unknown;
  /** The programs that fit the examples as well as the chosen ones (src/transform/synth/version-space.ts). */
  versionSpace?: SynthVersionSpace;
}

/** What the build needs of the synthesizer's version space. */
export interface SynthVersionSpace {
  fields: { field: string; tolerance: number }[];
  /** Fields whose retained programs disagree on this input, with the distinct outputs (chosen first). */
  disagreements(input: unknown): { field: string; outputs: unknown[] }[];
  /** `export default function rivals(input: Input)`; null when no field has rivals. */
  module: string | null;
  describe: Record<string, string[]>;
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
