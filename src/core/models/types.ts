/** A message of a chat with a model. Images are optional and only sent to vision-capable models. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
  /** PNG/JPEG images as base64 (no data: prefix), for vision-capable models. */
  images?: { mediaType: string; base64: string }[];
}

/** Ask for a JSON object matching this schema instead of free text (structured output). */
export interface StructuredOutputRequest {
  name: string;
  description?: string;
  /** JSON Schema of the object. */
  jsonSchema: Record<string, unknown>;
}

export interface GenerateRequest {
  messages: ChatMessage[];
  /** When set, the model must answer with an object matching the schema; `GenerateResult.object` holds it. */
  output?: StructuredOutputRequest;
  temperature?: number;
  maxOutputTokens?: number;
  signal?: AbortSignal;
  /**
   * Epoch ms by which the call must be over (a caller's total time budget): no attempt runs and no
   * retry starts past it; the call then fails with kind `deadline` or its last failure.
   */
  deadline?: number;
  /** Called with each piece of text as it streams in (the call streams when this is given). */
  onTextDelta?: (delta: string) => void;
  /**
   * Called before a failed attempt is retried. Text already streamed through `onTextDelta` belonged
   * to the abandoned attempt; the next attempt streams its answer from the start.
   */
  onRetry?: (info: { attempt: number; reason: string; delayMs: number }) => void;
}

/** What one model call cost. Every call is accounted, including failed retries that consumed tokens. */
export interface Usage {
  provider: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  /** Estimated from the price table; null when the model has no known price. */
  costUsd: number | null;
  /** True when the answer came from a cassette or a scripted model, not a live provider call. */
  replayed?: boolean;
  /** 'scripted' for test doubles, so their output is never mistaken for a real model's. */
  source?: 'live' | 'cassette' | 'scripted';
}

export interface GenerateResult {
  text: string;
  /** The parsed object, when `output` was requested. */
  object?: unknown;
  usage: Usage;
  finishReason?: string;
}

/**
 * A language model behind a provider. Implementations: the AI SDK providers (OpenAI, Anthropic,
 * OpenAI-compatible), the cassette replayer and the scripted test model.
 */
export interface LanguageModel {
  /** The spec it was created from, e.g. `openai:gpt-4o-mini`. */
  readonly spec: string;
  readonly provider: string;
  readonly modelId: string;
  generate(request: GenerateRequest): Promise<GenerateResult>;
}

/** Parsed form of a model spec string. `local` means the embedded engines: no network, no model. */
export type ModelSpec =
  | { kind: 'local' }
  | { kind: 'auto'; model: ModelSpec | null }
  | { kind: 'openai'; modelId: string }
  | { kind: 'anthropic'; modelId: string }
  | { kind: 'openai-compatible'; modelId: string }
  | { kind: 'ollama'; modelId: string };

/** Price per million tokens, in US dollars. */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
}
