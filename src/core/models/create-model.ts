import type { LanguageModel as AiSdkLanguageModel } from 'ai';
import { ConfigError } from '../errors.ts';
import { rememberSecrets } from '../secrets/index.ts';
import { AiSdkModel } from './ai-sdk-model.ts';
import { anthropicProvider, openAiCompatibleProvider, openAiProvider } from './ai-sdk-modules.ts';
import { RecordingModel, ReplayModel } from './cassette.ts';
import { guardedFetch } from './guarded-fetch.ts';
import type { ModelFailureKind } from './errors.ts';
import { DEFAULT_RETRY_POLICY } from './retry.ts';
import type { RetryEvent, RetryPolicy } from './retry.ts';
import { formatModelSpec, parseModelSpec } from './spec.ts';
import type { LanguageModel, ModelPrice, ModelSpec, Usage } from './types.ts';

export interface CreateModelOptions {
  /** Provider base URL (e.g. `http://127.0.0.1:8000/v1`); overrides the environment. */
  baseUrl?: string;
  /** API key; overrides the provider's environment variable. */
  apiKey?: string;
  /** Environment to read keys and URLs from (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Append every call to this JSONL cassette. */
  record?: string;
  /**
   * Answer from this cassette with no network; a request it lacks throws `CassetteMissError`.
   * With `record` too, hits are replayed and misses go live and are recorded.
   */
  replay?: string;
  /** Time limit of one attempt, in ms (default 120000). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 4). */
  maxRetries?: number;
  /** First backoff delay in ms (default 500); tests set it tiny. */
  retryBaseMs?: number;
  /** Ceiling of the computed backoff, in ms (default 20000). */
  retryMaxDelayMs?: number;
  /** Ceiling of a server-requested Retry-After wait, in ms (default 60000). */
  maxRetryAfterMs?: number;
  /**
   * Most bytes one model response may carry, streamed or not (default
   * {@link DEFAULT_MAX_ANSWER_BYTES}, or `CODIFY_MODEL_MAX_ANSWER_BYTES`). Past it the call fails
   * with kind `too-large` and is not retried.
   */
  maxAnswerBytes?: number;
  /** Price overrides by `modelId` or `provider:modelId`. */
  prices?: Record<string, ModelPrice>;
  /** Custom fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  /** Told of every call's usage, failed attempts that consumed tokens and replays included. */
  onUsage?: (usage: Usage) => void;
  /** Told before each retry's wait. */
  onRetry?: (event: RetryEvent) => void;
}

/** Models `auto` picks when no model is named, by which key is present. */
export const AUTO_DEFAULT_MODELS: readonly { envVar: string; spec: string }[] = [
  { envVar: 'OPENAI_API_KEY', spec: 'openai:gpt-4.1-mini' },
  { envVar: 'ANTHROPIC_API_KEY', spec: 'anthropic:claude-sonnet-4-5' },
];

export const DEFAULT_OLLAMA_BASE_URL = 'http://127.0.0.1:11434/v1';

/**
 * 64 MiB. The longest answers models give today (about 128k output tokens) stream in roughly
 * 30 MB of server-sent events at one token per event, so a real model stays well under it, while a
 * server that streams without end is stopped long before memory is at risk.
 */
export const DEFAULT_MAX_ANSWER_BYTES = 64 * 1024 * 1024;

/** A key or base URL the model needs is not configured (`auto` treats this as "no model"). */
export class MissingModelConfigError extends ConfigError {}

type ProviderSpec = Exclude<ModelSpec, { kind: 'local' } | { kind: 'auto' }>;

/**
 * Create the model a spec names.
 *
 * - `local` → null: the embedded engines run, no model is called.
 * - `auto` → the first provider whose key is set (see {@link AUTO_DEFAULT_MODELS}), else null;
 *   `auto:<spec>` → that model when its key/base URL is configured, else null (never a ConfigError
 *   for missing configuration).
 * - `openai:<id>` (key `OPENAI_API_KEY`, base URL option or `OPENAI_BASE_URL`). Speaks the chat
 *   completions API (`/v1/chat/completions`), which OpenAI and most proxies serve.
 * - `anthropic:<id>` (key `ANTHROPIC_API_KEY`, base URL option or `ANTHROPIC_BASE_URL`).
 * - `openai-compatible:<id>` (base URL option, else `CODIFY_BASE_URL`, else `OPENAI_BASE_URL`;
 *   optional key `CODIFY_API_KEY`).
 * - `ollama:<id>` → OpenAI-compatible at `http://127.0.0.1:11434/v1` (base URL option or
 *   `OLLAMA_BASE_URL` override it).
 *
 * @throws ConfigError for an invalid spec, a missing key or base URL, or bad options.
 */
export function createModel(spec: string, options: CreateModelOptions = {}): LanguageModel | null {
  const parsed = parseModelSpec(spec);
  const env = options.env ?? process.env;
  if (parsed.kind === 'local') return null;
  if (parsed.kind === 'auto') {
    const inner = parsed.model ?? autoDefault(env);
    if (!inner || inner.kind === 'local' || inner.kind === 'auto') return null;
    try {
      return createProviderModel(inner, options, env);
    } catch (error) {
      if (error instanceof MissingModelConfigError) return null;
      throw error;
    }
  }
  return createProviderModel(parsed, options, env);
}

function autoDefault(env: Record<string, string | undefined>): ProviderSpec | null {
  const found = AUTO_DEFAULT_MODELS.find(({ envVar }) => (env[envVar] ?? '').trim() !== '');
  const parsed = found ? parseModelSpec(found.spec) : null;
  return parsed && parsed.kind !== 'local' && parsed.kind !== 'auto' ? parsed : null;
}

function createProviderModel(
  spec: ProviderSpec,
  options: CreateModelOptions,
  env: Record<string, string | undefined>,
): LanguageModel {
  const specText = formatModelSpec(spec);
  const policy = retryPolicy(options, env);
  const replay = options.replay
    ? new ReplayModel({
        spec: specText,
        provider: spec.kind,
        modelId: spec.modelId,
        path: options.replay,
        ...(options.onUsage ? { onUsage: options.onUsage } : {}),
      })
    : undefined;
  // Pure replay needs neither key nor network, so CI can run recorded sessions.
  if (replay && !options.record) return replay;

  const { model, hints, apiKey } = providerModel(spec, options, env);
  // Whatever else reads it, a key this process sends is redacted from every file and answer.
  rememberSecrets([apiKey]);
  const live = new AiSdkModel({
    spec: specText,
    provider: spec.kind,
    modelId: spec.modelId,
    model,
    policy,
    hints,
    ...(options.prices ? { prices: options.prices } : {}),
    ...(options.onUsage ? { onUsage: options.onUsage } : {}),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  });
  return options.record ? new RecordingModel(live, options.record, replay) : live;
}

function providerModel(
  spec: ProviderSpec,
  options: CreateModelOptions,
  env: Record<string, string | undefined>,
): { model: AiSdkLanguageModel; hints: Partial<Record<ModelFailureKind, string>>; apiKey?: string } {
  const maxAnswerBytes = answerLimit(options, env);
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const fetchOption = { fetch: guardedFetch(baseFetch, maxAnswerBytes) };
  switch (spec.kind) {
    case 'openai': {
      const apiKey = requireKey(options.apiKey, env, 'OPENAI_API_KEY', spec);
      const baseURL = nonEmpty(options.baseUrl) ?? nonEmpty(env['OPENAI_BASE_URL']);
      const provider = openAiProvider().createOpenAI({
        apiKey,
        ...(baseURL ? { baseURL } : {}),
        ...fetchOption,
      });
      return { model: provider.chat(spec.modelId), hints: authHint('OPENAI_API_KEY'), apiKey };
    }
    case 'anthropic': {
      const apiKey = requireKey(options.apiKey, env, 'ANTHROPIC_API_KEY', spec);
      const baseURL = nonEmpty(options.baseUrl) ?? nonEmpty(env['ANTHROPIC_BASE_URL']);
      const provider = anthropicProvider().createAnthropic({
        apiKey,
        ...(baseURL ? { baseURL } : {}),
        ...fetchOption,
      });
      return { model: provider.messages(spec.modelId), hints: authHint('ANTHROPIC_API_KEY'), apiKey };
    }
    case 'openai-compatible': {
      const baseURL =
        nonEmpty(options.baseUrl) ?? nonEmpty(env['CODIFY_BASE_URL']) ?? nonEmpty(env['OPENAI_BASE_URL']);
      if (!baseURL) {
        throw new MissingModelConfigError(`No base URL is set for ${formatModelSpec(spec)}.`, {
          hint:
            'Set CODIFY_BASE_URL (e.g. export CODIFY_BASE_URL=http://127.0.0.1:8000/v1) or pass --base-url; ' +
            'set CODIFY_API_KEY too if the server needs a key. Or use --model local.',
        });
      }
      const apiKey = nonEmpty(options.apiKey) ?? nonEmpty(env['CODIFY_API_KEY']);
      return {
        model: compatibleModel('openai-compatible', baseURL, apiKey, spec.modelId, fetchOption),
        hints: authHint('CODIFY_API_KEY'),
        ...(apiKey ? { apiKey } : {}),
      };
    }
    case 'ollama': {
      const baseURL = withV1(
        nonEmpty(options.baseUrl) ?? nonEmpty(env['OLLAMA_BASE_URL']) ?? DEFAULT_OLLAMA_BASE_URL,
      );
      const apiKey = nonEmpty(options.apiKey);
      return {
        ...(apiKey ? { apiKey } : {}),
        model: compatibleModel('ollama', baseURL, apiKey, spec.modelId, fetchOption),
        hints: {
          network: `Could not reach Ollama at ${baseURL}. Start it with \`ollama serve\` (and \`ollama pull ${spec.modelId}\`), set OLLAMA_BASE_URL, or use --model local.`,
          'not-found': `Ollama does not have ${spec.modelId}. Run \`ollama pull ${spec.modelId}\`, or use --model local.`,
        },
      };
    }
  }
}

function compatibleModel(
  name: string,
  baseURL: string,
  apiKey: string | undefined,
  modelId: string,
  fetchOption: { fetch: typeof globalThis.fetch },
): AiSdkLanguageModel {
  const provider = openAiCompatibleProvider().createOpenAICompatible({
    name,
    baseURL,
    ...(apiKey ? { apiKey } : {}),
    // Ask for the usage chunk when streaming, so streamed calls are accounted too.
    includeUsage: true,
    // Send response_format json_schema (vLLM, llama.cpp, Ollama ≥0.5 and most gateways accept it).
    supportsStructuredOutputs: true,
    ...fetchOption,
  });
  return provider.chatModel(modelId);
}

function requireKey(
  explicit: string | undefined,
  env: Record<string, string | undefined>,
  envVar: string,
  spec: ProviderSpec,
): string {
  const key = nonEmpty(explicit) ?? nonEmpty(env[envVar]);
  if (key) return key;
  throw new MissingModelConfigError(`${envVar} is not set, so ${formatModelSpec(spec)} cannot be used.`, {
    hint: `Set it (export ${envVar}=...) or pass --api-key, or use --model local to run without a model.`,
  });
}

function authHint(envVar: string): Partial<Record<ModelFailureKind, string>> {
  return { auth: `The provider rejected the API key. Check ${envVar} (or --api-key), or use --model local.` };
}

/**
 * Options win; then `CODIFY_MODEL_TIMEOUT_MS` and `CODIFY_MODEL_MAX_RETRIES`, so every entry point
 * (CLI, server, library) can be tuned without a flag each; then the defaults.
 */
function retryPolicy(options: CreateModelOptions, env: Record<string, string | undefined>): RetryPolicy {
  const policy: RetryPolicy = {
    maxRetries:
      options.maxRetries ?? envNumber(env, 'CODIFY_MODEL_MAX_RETRIES') ?? DEFAULT_RETRY_POLICY.maxRetries,
    timeoutMs:
      options.timeoutMs ?? envNumber(env, 'CODIFY_MODEL_TIMEOUT_MS') ?? DEFAULT_RETRY_POLICY.timeoutMs,
    retryBaseMs: options.retryBaseMs ?? DEFAULT_RETRY_POLICY.retryBaseMs,
    retryMaxDelayMs: options.retryMaxDelayMs ?? DEFAULT_RETRY_POLICY.retryMaxDelayMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs,
  };
  if (!Number.isInteger(policy.maxRetries) || policy.maxRetries < 0) {
    throw new ConfigError(`maxRetries must be a whole number ≥ 0, not ${policy.maxRetries}.`);
  }
  for (const name of ['timeoutMs', 'retryBaseMs', 'retryMaxDelayMs', 'maxRetryAfterMs'] as const) {
    const value = policy[name];
    if (!Number.isFinite(value) || value < 0 || (name === 'timeoutMs' && value === 0)) {
      throw new ConfigError(`${name} must be a positive number of milliseconds, not ${value}.`);
    }
  }
  return policy;
}

function answerLimit(options: CreateModelOptions, env: Record<string, string | undefined>): number {
  const value =
    options.maxAnswerBytes ?? envNumber(env, 'CODIFY_MODEL_MAX_ANSWER_BYTES') ?? DEFAULT_MAX_ANSWER_BYTES;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ConfigError(`maxAnswerBytes must be a whole number of bytes ≥ 1, not ${value}.`, {
      hint: `Set CODIFY_MODEL_MAX_ANSWER_BYTES to a byte count (default ${DEFAULT_MAX_ANSWER_BYTES}).`,
    });
  }
  return value;
}

function envNumber(env: Record<string, string | undefined>, name: string): number | undefined {
  const text = nonEmpty(env[name]);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new ConfigError(`${name} must be a number, not "${text}".`);
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

/** Ollama's native address has no /v1; its OpenAI-compatible API lives under it. */
function withV1(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  try {
    const url = new URL(trimmed);
    return url.pathname === '' || url.pathname === '/' ? `${trimmed}/v1` : trimmed;
  } catch {
    throw new ConfigError(`Ollama base URL "${baseUrl}" is not a URL.`, {
      hint: `Use e.g. ${DEFAULT_OLLAMA_BASE_URL}.`,
    });
  }
}
