import { createModel, resolveModelSpec } from '../../core/models/index.ts';
import { LocalPlanner } from '../../browser/local-planner.ts';
import { ModelPlanner } from '../../browser/model-planner.ts';
import type { Planner } from '../../browser/planner.ts';

/**
 * The planner for a test's model spec: `local` (or nothing set and no `CODIFY_MODEL`) is the
 * embedded heuristic planner; any provider spec is a model planner. Missing provider
 * configuration (e.g. no API key) throws the model layer's ConfigError, which fails the run with
 * a message saying what to set.
 */
export function plannerForModel(model: string | undefined, env: NodeJS.ProcessEnv = process.env): Planner {
  const spec = resolveModelSpec(model, env);
  const languageModel = createModel(spec, { env });
  return languageModel ? new ModelPlanner(languageModel) : new LocalPlanner();
}
