import { createModel, parseModelSpec } from '../core/models/index.ts';
import type { CreateModelOptions } from '../core/models/index.ts';
import type { LanguageModel } from '../core/models/types.ts';

/** Which engines a build may use. */
export interface EngineChoice {
  /** The spec as given (for messages and headers). */
  spec: string;
  model: LanguageModel | null;
  /** True for `local` and `auto…`: the local synthesizer goes first. */
  useLocal: boolean;
}

/**
 * Turns a model spec (or a ready model object, e.g. a test double) into engines:
 * `local` → synthesizer only; `auto`/`auto:<spec>` → synthesizer, then that model when configured;
 * any provider spec → that model only.
 */
export function chooseEngines(model: string | LanguageModel, options: CreateModelOptions = {}): EngineChoice {
  if (typeof model !== 'string') return { spec: model.spec, model, useLocal: false };
  const parsed = parseModelSpec(model);
  const useLocal = parsed.kind === 'local' || parsed.kind === 'auto';
  return { spec: model, model: createModel(model, options), useLocal };
}
