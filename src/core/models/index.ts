/** codify's model layer: specs → models, usage and cost, retries, record/replay. */
export type {
  ChatMessage,
  GenerateRequest,
  GenerateResult,
  LanguageModel,
  ModelPrice,
  ModelSpec,
  StructuredOutputRequest,
  Usage,
} from './types.ts';
export { parseModelSpec, formatModelSpec, resolveModelSpec, VALID_MODEL_SPEC_FORMS } from './spec.ts';
export {
  createModel,
  AUTO_DEFAULT_MODELS,
  DEFAULT_OLLAMA_BASE_URL,
  DEFAULT_MAX_ANSWER_BYTES,
  MissingModelConfigError,
} from './create-model.ts';
export type { CreateModelOptions } from './create-model.ts';
export { ModelCallError, CassetteMissError, AnswerTooLargeError } from './errors.ts';
export type { ModelFailureKind } from './errors.ts';
export { summarizeUsage, makeUsage } from './usage.ts';
export type { UsageSummary } from './usage.ts';
export { DEFAULT_PRICES, lookupPrice, costOf } from './prices.ts';
export { DEFAULT_RETRY_POLICY, callWithRetry, parseRetryAfter, backoffDelay } from './retry.ts';
export type { RetryPolicy, RetryEvent, AttemptFailure } from './retry.ts';
export {
  ReplayModel,
  RecordingModel,
  normalizeRequest,
  cassetteKey,
  readCassette,
  appendCassetteEntry,
} from './cassette.ts';
export type { CassetteEntry, NormalizedRequest } from './cassette.ts';
export { AiSdkModel, classifyModelError, toModelMessages } from './ai-sdk-model.ts';
