import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../../core/errors.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import { serviceLayout } from '../service/layout.ts';

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
  /**
   * `export default function rivals(input: Input)`, giving `{ rivals, routes }`; null when no field
   * has rivals or branches.
   */
  module: string | null;
  /** The fields whose program has branches (see `branchEvidence` in run/trust.ts). */
  branches: readonly { field: string; code: string }[];
  /** Field → the branch of its program this input takes. */
  routes(input: unknown): Record<string, string>;
  describe: Record<string, string[]>;
}

export interface SynthesisOptions {
  timeoutMs?: number;
  inputs?: unknown[];
  schema?: JsonSchema;
  delegateFunctionName?: string;
  /** The service's lookup tables (`lookups.json`), see {@link readLookupTables}. */
  tables?: LookupTables;
}

/** Table name → key → value, e.g. `{ "currency": { "$": "USD", "€": "EUR", "USD": "USD" } }`. */
export type LookupTables = Record<string, Record<string, string>>;

/**
 * The lookup tables a user gives beside the examples in `lookups.json` (issue 11 §4): small mappings
 * the examples cannot teach (every currency symbol and code, country names to codes). The local
 * synthesizer may look a key found in an input field up in them; the generated code carries the table.
 * Undefined when the file is absent; a typed error when it is not an object of string → string tables.
 */
export async function readLookupTables(dir: string): Promise<LookupTables | undefined> {
  const file = serviceLayout(dir).lookups;
  if (!existsSync(file)) return undefined;
  const hint =
    'lookups.json holds named tables of text to text, e.g. { "currency": { "$": "USD", "€": "EUR" } }.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file} is not valid JSON: ${(error as Error).message}`, { hint });
  }
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isRecord(parsed)) throw new ConfigError(`${file} must be a JSON object of tables.`, { hint });
  for (const [name, table] of Object.entries(parsed)) {
    if (!isRecord(table) || !Object.values(table).every((v) => typeof v === 'string'))
      throw new ConfigError(`Table "${name}" in ${file} must map text to text.`, { hint });
  }
  return parsed as LookupTables;
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
