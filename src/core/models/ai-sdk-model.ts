/**
 * A codify {@link LanguageModel} backed by an AI SDK provider model: builds the call (messages,
 * structured output, streaming), runs it under codify's retry policy, and accounts usage.
 */
import type { LanguageModel as AiSdkLanguageModel, ModelMessage } from 'ai';
import { aiSdk } from './ai-sdk-modules.ts';
import { callWithRetry, parseRetryAfter } from './retry.ts';
import type { AttemptFailure, RetryEvent, RetryPolicy } from './retry.ts';
import { AnswerTooLargeError, NotAStreamError } from './errors.ts';
import type { ModelFailureKind } from './errors.ts';
import {
  compileValidator,
  describeValidationErrors,
  isStrictJsonSchemaCompatible,
} from './schema-validator.ts';
import { makeUsage } from './usage.ts';
import type {
  ChatMessage,
  GenerateRequest,
  GenerateResult,
  LanguageModel,
  ModelPrice,
  StructuredOutputRequest,
  Usage,
} from './types.ts';

export interface AiSdkModelOptions {
  spec: string;
  /** codify's provider name: `openai`, `anthropic`, `openai-compatible`, `ollama`. */
  provider: string;
  modelId: string;
  model: AiSdkLanguageModel;
  policy: RetryPolicy;
  prices?: Record<string, ModelPrice>;
  /** Told of every call that consumed tokens, failed attempts included. */
  onUsage?: (usage: Usage) => void;
  onRetry?: (event: RetryEvent) => void;
  hints?: Partial<Record<ModelFailureKind, string>>;
}

/** The stream stopped before the model said it was done. */
export class TruncatedStreamError extends Error {
  constructor(finishReason: string) {
    super(`the answer stream ended before the model finished (finish reason: ${finishReason})`);
    this.name = 'TruncatedStreamError';
  }
}

/** The model's structured answer did not match the requested schema. */
export class OutputValidationError extends Error {
  constructor(detail: string) {
    super(`the structured answer does not match the schema: ${detail}`);
    this.name = 'OutputValidationError';
  }
}

interface AttemptOutcome {
  text: string;
  object?: unknown;
  finishReason: string;
  rawFinishReason: string | undefined;
  inputTokens: number | undefined;
  outputTokens: number | undefined;
}

export class AiSdkModel implements LanguageModel {
  readonly spec: string;
  readonly provider: string;
  readonly modelId: string;
  readonly #options: AiSdkModelOptions;

  constructor(options: AiSdkModelOptions) {
    this.spec = options.spec;
    this.provider = options.provider;
    this.modelId = options.modelId;
    this.#options = options;
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const { NoObjectGeneratedError } = aiSdk();
    const options = this.#options;
    return callWithRetry(
      async (signal) => {
        const started = performance.now();
        const outcome = await this.#attempt(request, signal).catch((error: unknown) => {
          // A failed attempt that still consumed tokens (e.g. an invalid structured answer) is accounted.
          const usage = NoObjectGeneratedError.isInstance(error) ? error.usage : undefined;
          if (usage && (usage.inputTokens || usage.outputTokens)) {
            this.#account(usage.inputTokens, usage.outputTokens, performance.now() - started);
          }
          throw error;
        });
        const usage = this.#account(outcome.inputTokens, outcome.outputTokens, performance.now() - started);
        const result: GenerateResult = { text: outcome.text, usage, finishReason: outcome.finishReason };
        if (request.output) result.object = outcome.object;
        return result;
      },
      {
        spec: this.spec,
        policy: options.policy,
        ...(request.signal ? { signal: request.signal } : {}),
        ...(request.deadline === undefined ? {} : { deadline: request.deadline }),
        classify: classifyModelError,
        onRetry: (event: RetryEvent) => {
          options.onRetry?.(event);
          request.onRetry?.({ attempt: event.attempt, reason: event.failure.kind, delayMs: event.delayMs });
        },
        ...(options.hints ? { hints: options.hints } : {}),
      },
    );
  }

  #account(inputTokens: number | undefined, outputTokens: number | undefined, latencyMs: number): Usage {
    const usage = makeUsage({
      provider: this.provider,
      model: this.modelId,
      inputTokens,
      outputTokens,
      latencyMs,
      ...(this.#options.prices ? { prices: this.#options.prices } : {}),
    });
    this.#options.onUsage?.(usage);
    return usage;
  }

  async #attempt(request: GenerateRequest, signal: AbortSignal): Promise<AttemptOutcome> {
    const { generateText, streamText } = aiSdk();
    const strictJsonSchema = request.output
      ? isStrictJsonSchemaCompatible(request.output.jsonSchema)
      : undefined;
    const common = {
      model: this.#options.model,
      messages: toModelMessages(request.messages),
      allowSystemInMessages: true,
      maxRetries: 0,
      abortSignal: signal,
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.maxOutputTokens === undefined ? {} : { maxOutputTokens: request.maxOutputTokens }),
      ...(strictJsonSchema === undefined
        ? {}
        : {
            providerOptions: {
              openai: { strictJsonSchema },
              openaiCompatible: { strictJsonSchema },
            },
          }),
    };
    const output = request.output ? structuredOutput(request.output) : undefined;
    let outcome: AttemptOutcome;
    if (request.onTextDelta) {
      const onTextDelta = request.onTextDelta;
      // Errors arrive as stream parts and are rethrown below; the SDK's default onError would log them.
      const onError = () => {};
      const result = output ? streamText({ ...common, output, onError }) : streamText({ ...common, onError });
      for await (const part of result.fullStream) {
        if (part.type === 'text-delta') onTextDelta(part.text);
        else if (part.type === 'error') throw part.error;
      }
      const [text, finishReason, rawFinishReason, usage] = await Promise.all([
        result.text,
        result.finishReason,
        result.rawFinishReason,
        result.totalUsage,
      ]);
      assertComplete(finishReason, rawFinishReason);
      outcome = {
        text,
        finishReason,
        rawFinishReason,
        inputTokens: usage.inputTokens,
        outputTokens: usage.outputTokens,
      };
      if (output) outcome.object = await result.output;
    } else {
      // A whole JSON body cannot be truncated (a cut body fails to parse), and some servers leave
      // finish_reason empty in non-streamed answers, so only streams are checked for completeness.
      const result = output ? await generateText({ ...common, output }) : await generateText({ ...common });
      outcome = {
        text: result.text,
        finishReason: result.finishReason,
        rawFinishReason: result.rawFinishReason,
        inputTokens: result.totalUsage.inputTokens,
        outputTokens: result.totalUsage.outputTokens,
      };
      if (output) outcome.object = result.output;
    }
    return outcome;
  }
}

/**
 * Providers report a stream that stopped without a finish reason as `error`, or as `other` with no
 * raw reason; either way the answer is incomplete and must not be taken as the model's.
 */
function assertComplete(finishReason: string, rawFinishReason: string | undefined): void {
  if (finishReason === 'error' || (finishReason === 'other' && rawFinishReason === undefined)) {
    throw new TruncatedStreamError(finishReason);
  }
}

function structuredOutput(request: StructuredOutputRequest) {
  const { Output, jsonSchema } = aiSdk();
  const validator = compileValidator(request.jsonSchema);
  return Output.object({
    schema: jsonSchema<unknown>(request.jsonSchema, {
      validate: (value) => {
        if (!validator || validator(value)) return { success: true, value };
        return { success: false, error: new OutputValidationError(describeValidationErrors(validator)) };
      },
    }),
    name: request.name,
    ...(request.description === undefined ? {} : { description: request.description }),
  });
}

/** codify chat messages → AI SDK model messages (system messages stay in place). */
export function toModelMessages(messages: readonly ChatMessage[]): ModelMessage[] {
  return messages.map((message): ModelMessage => {
    if (message.role === 'system') return { role: 'system', content: message.content };
    if (message.role === 'assistant') return { role: 'assistant', content: message.content };
    if (!message.images || message.images.length === 0) return { role: 'user', content: message.content };
    return {
      role: 'user',
      content: [
        { type: 'text', text: message.content },
        ...message.images.map((image) => ({
          type: 'image' as const,
          image: image.base64,
          mediaType: image.mediaType,
        })),
      ],
    };
  });
}

/** Map an error thrown by one AI SDK call to what the retry loop needs to know. */
export function classifyModelError(error: unknown): AttemptFailure {
  const {
    APICallError,
    InvalidResponseDataError,
    JSONParseError,
    NoObjectGeneratedError,
    TypeValidationError,
  } = aiSdk();
  const message = error instanceof Error ? error.message : String(error);
  // Over the cap: retrying would read as much again, so it is final. The SDK may wrap it.
  const tooLarge = findCause(error, AnswerTooLargeError);
  if (tooLarge) return { kind: 'too-large', retryable: false, message: tooLarge.message };
  const notStream = findCause(error, NotAStreamError);
  if (notStream) return { kind: 'malformed-response', retryable: true, message: notStream.message };
  if (error instanceof TruncatedStreamError) return { kind: 'truncated-stream', retryable: true, message };
  if (NoObjectGeneratedError.isInstance(error)) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { kind: 'invalid-output', retryable: true, message: `${message}${cause}` };
  }
  if (InvalidResponseDataError.isInstance(error)) {
    return /without a finish reason|ended/i.test(message)
      ? { kind: 'truncated-stream', retryable: true, message }
      : { kind: 'malformed-response', retryable: true, message };
  }
  if (JSONParseError.isInstance(error) || TypeValidationError.isInstance(error)) {
    return {
      kind: 'malformed-response',
      retryable: true,
      message: `malformed data from the server: ${message}`,
    };
  }
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    const retryAfterMs = parseRetryAfter(error.responseHeaders);
    const withStatus = (failure: AttemptFailure): AttemptFailure => ({
      ...failure,
      ...(status === undefined ? {} : { status }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
    if (status !== undefined && status >= 200 && status < 300) {
      // A 2xx whose body could not be read: either garbled JSON or a body cut off mid-way.
      const cut =
        !/invalid json/i.test(message) &&
        error.cause !== undefined &&
        !JSONParseError.isInstance(error.cause);
      return withStatus({
        kind: cut ? 'truncated-stream' : 'malformed-response',
        retryable: true,
        message: cut
          ? `the response body was cut off: ${causeMessage(error)}`
          : `the server sent invalid JSON`,
      });
    }
    // Some providers (Anthropic) report an unparsable stream chunk as an API error with a 5xx status.
    if (/JSON parsing failed|invalid json/i.test(message)) {
      return withStatus({
        kind: 'malformed-response',
        retryable: true,
        message: `malformed data from the server: ${message}`,
      });
    }
    if (status === 429) return withStatus({ kind: 'rate-limit', retryable: true, message });
    if (status === 401 || status === 403) return withStatus({ kind: 'auth', retryable: false, message });
    if (status === 404) return withStatus({ kind: 'not-found', retryable: false, message });
    if (status === 408) return withStatus({ kind: 'timeout', retryable: true, message });
    if (status !== undefined && status >= 500)
      return withStatus({ kind: 'server-error', retryable: true, message });
    if (status !== undefined && status >= 400) {
      return withStatus({ kind: 'bad-request', retryable: error.isRetryable, message });
    }
    return withStatus({ kind: 'network', retryable: true, message: `${message}${causeSuffix(error)}` });
  }
  if (isNetworkError(error)) return { kind: 'network', retryable: true, message };
  return { kind: 'unknown', retryable: false, message };
}

function findCause<T extends Error>(
  error: unknown,
  type: abstract new (...args: never[]) => T,
): T | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth += 1) {
    if (current instanceof type) return current;
    current = current.cause;
  }
  return undefined;
}

function causeMessage(error: Error): string {
  return error.cause instanceof Error ? error.cause.message : String(error.cause);
}

function causeSuffix(error: Error): string {
  return error.cause instanceof Error && !error.message.includes(error.cause.message)
    ? ` (${error.cause.message})`
    : '';
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET']);

function isNetworkError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (current instanceof TypeError && /terminated|fetch failed|socket/i.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}
