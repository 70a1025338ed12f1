import { ConfigError } from '../errors.ts';
import type { ModelSpec } from './types.ts';

/** Every accepted spec form, shown when a spec is not understood. */
export const VALID_MODEL_SPEC_FORMS: readonly string[] = [
  'local',
  'auto',
  'auto:<spec>',
  'openai:<model-id>',
  'anthropic:<model-id>',
  'openai-compatible:<model-id>',
  'ollama:<model-id>',
];

const PROVIDER_KINDS = ['openai', 'anthropic', 'openai-compatible', 'ollama'] as const;
type ProviderKind = (typeof PROVIDER_KINDS)[number];

function isProviderKind(value: string): value is ProviderKind {
  return (PROVIDER_KINDS as readonly string[]).includes(value);
}

function invalid(spec: string, why: string): ConfigError {
  return new ConfigError(`Model spec "${spec}" is not valid: ${why}.`, {
    hint: `Use one of: ${VALID_MODEL_SPEC_FORMS.join(', ')} (e.g. openai:gpt-4.1-mini, ollama:llama3.1:8b), or --model local for the embedded engine.`,
  });
}

/**
 * Parse a model spec string. The model id is everything after the first colon, so ids that contain
 * colons themselves (e.g. `ollama:llama3.1:8b`) survive intact.
 */
export function parseModelSpec(spec: string): ModelSpec {
  const trimmed = spec.trim();
  if (trimmed === '') throw invalid(spec, 'it is empty');
  if (trimmed === 'local') return { kind: 'local' };
  if (trimmed === 'auto') return { kind: 'auto', model: null };
  const colon = trimmed.indexOf(':');
  if (colon < 0) throw invalid(spec, `"${trimmed}" names no provider`);
  const prefix = trimmed.slice(0, colon);
  const rest = trimmed.slice(colon + 1).trim();
  if (prefix === 'auto') {
    if (rest === '' || rest === 'auto' || rest === 'local' || rest.startsWith('auto:')) {
      throw invalid(spec, 'auto: must be followed by a provider spec such as openai:<model-id>');
    }
    return { kind: 'auto', model: parseModelSpec(rest) };
  }
  if (!isProviderKind(prefix)) throw invalid(spec, `unknown provider "${prefix}"`);
  if (rest === '') throw invalid(spec, `no model id after "${prefix}:"`);
  return { kind: prefix, modelId: rest };
}

/** The canonical string of a parsed spec (inverse of {@link parseModelSpec}). */
export function formatModelSpec(spec: ModelSpec): string {
  switch (spec.kind) {
    case 'local':
      return 'local';
    case 'auto':
      return spec.model ? `auto:${formatModelSpec(spec.model)}` : 'auto';
    default:
      return `${spec.kind}:${spec.modelId}`;
  }
}

/**
 * Which model spec to use: the CLI value when given, else `CODIFY_MODEL`, else `local`.
 * The result is validated, so a bad value fails here with a {@link ConfigError}.
 */
export function resolveModelSpec(
  cliValue?: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const chosen = [cliValue, env['CODIFY_MODEL']].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  const spec = chosen?.trim() ?? 'local';
  parseModelSpec(spec);
  return spec;
}
