import type { JsonSchema } from '../schema/json-schema.ts';

/** A labeled example. `source: 'model'` marks labels a model gave (QA disagreements), not a person. */
export interface Example {
  input: unknown;
  output: unknown;
  source?: 'user' | 'model';
  note?: string;
}

/** Settings in codify.json. */
export interface ServiceSettings {
  /** Attempts per build (model attempts; the local synthesizer's try is extra). Default 5. */
  maxAttempts: number;
  /** Share of records a model also answers directly during a run, to catch wrong code. Default 0.05. */
  qaRate: number;
  /** At least this many records are QA-checked per run (when there are that many). Default 3. */
  qaMin: number;
  /** When true, a run never regenerates the code. */
  locked: boolean;
  /** How many rebuilds a run may trigger before leftover failures go to the errors file. Default 3. */
  maxRebuilds: number;
  /**
   * Wall-time budget of one build, in ms, across every attempt and retry (model calls, checks).
   * Default 600000 (10 minutes). The CLI's `--max-build-time` overrides it.
   */
  maxBuildTimeMs: number;
  /**
   * When true, a run writes every record the code handles, even those the examples do not settle
   * (no `review` rows; like `--trust`). Default false.
   */
  trust: boolean;
}

/** codify.json */
export interface ServiceConfig {
  name: string;
  /** Model spec: `local`, `auto`, `auto:openai:gpt-4o-mini`, `openai:…`, … */
  model: string;
  settings: ServiceSettings;
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  maxAttempts: 5,
  qaRate: 0.05,
  qaMin: 3,
  locked: false,
  maxRebuilds: 3,
  maxBuildTimeMs: 600_000,
  trust: false,
};

/** Everything a service directory holds, loaded. */
export interface ServiceFiles {
  dir: string;
  config: ServiceConfig;
  examples: Example[];
  schema: JsonSchema;
  /** False when schema.json was absent and the schema was inferred from the examples. */
  schemaFromFile: boolean;
  /** transform.ts text, or null when not built yet. */
  transformSource: string | null;
  /** Unlabeled inputs seen in runs that broke the code (kept so later builds handle them). */
  potentialInputs: unknown[];
}
