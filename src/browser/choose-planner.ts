import { createModel, resolveModelSpec, type CreateModelOptions } from '../core/models/index.ts';
import { LocalPlanner } from './local-planner.ts';
import { ModelPlanner } from './model-planner.ts';
import type { Planner } from './planner.ts';

export interface ChoosePlannerOptions {
  /** Environment for `CODIFY_MODEL` and provider keys (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** How the model is reached: base URL, cassette to record to or replay from. */
  model?: Omit<CreateModelOptions, 'env'>;
  /** Send a screenshot with each step (vision-capable models). */
  vision?: boolean;
}

/**
 * The planner for a model spec, the same for every adapter: `local` (or nothing set and no
 * `CODIFY_MODEL`) is the embedded heuristic planner; any provider spec is a model planner.
 * @throws ConfigError from the model layer when the provider is not configured (e.g. no API key).
 */
export function choosePlanner(modelSpec: string | undefined, options: ChoosePlannerOptions = {}): Planner {
  const env = options.env ?? process.env;
  const model = createModel(resolveModelSpec(modelSpec, env), { ...options.model, env });
  return model ? new ModelPlanner(model, { vision: options.vision === true }) : new LocalPlanner();
}
