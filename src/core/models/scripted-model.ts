import { CodifyError } from '../errors.ts';
import type { GenerateRequest, GenerateResult, LanguageModel, Usage } from './types.ts';

/** One scripted answer: text, a structured object, an error to throw, or a function of the request. */
export type ScriptedReply =
  | string
  | { text?: string; object?: unknown; inputTokens?: number; outputTokens?: number }
  | { error: Error }
  | ((request: GenerateRequest, callIndex: number) => ScriptedReply);

/** Thrown when a scripted model is called more often than it has replies. */
export class ScriptExhaustedError extends CodifyError {
  constructor(calls: number) {
    super('script-exhausted', `Scripted model has no reply left for call #${calls}.`, {
      hint: 'Queue more replies with `enqueue()` or check why the code under test calls the model again.',
    });
  }
}

/**
 * A test double: answers from a queue of scripted replies and records every request so tests can
 * assert what it was asked. Its usage is marked `source: 'scripted'` so its output can never be
 * mistaken for a real model's.
 */
export class ScriptedModel implements LanguageModel {
  readonly spec: string;
  readonly provider = 'scripted';
  readonly modelId: string;
  /** Every request received, in order. */
  readonly requests: GenerateRequest[] = [];
  private readonly replies: ScriptedReply[];

  constructor(replies: ScriptedReply[] = [], modelId = 'scripted') {
    this.replies = [...replies];
    this.modelId = modelId;
    this.spec = `scripted:${modelId}`;
  }

  enqueue(...replies: ScriptedReply[]): this {
    this.replies.push(...replies);
    return this;
  }

  /** Replies not yet consumed. */
  get remaining(): number {
    return this.replies.length;
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const callIndex = this.requests.length;
    this.requests.push(request);
    if (request.signal?.aborted) throw request.signal.reason ?? new Error('aborted');
    let reply = this.replies.shift();
    if (reply === undefined) throw new ScriptExhaustedError(callIndex + 1);
    while (typeof reply === 'function') reply = reply(request, callIndex);
    if (typeof reply === 'object' && 'error' in reply) throw reply.error;
    const { text, object, inputTokens, outputTokens } =
      typeof reply === 'string'
        ? { text: reply, object: undefined, inputTokens: undefined, outputTokens: undefined }
        : reply;
    const finalText = text ?? (object === undefined ? '' : JSON.stringify(object));
    if (request.onTextDelta && finalText) request.onTextDelta(finalText);
    const usage: Usage = {
      provider: this.provider,
      model: this.modelId,
      inputTokens: inputTokens ?? approximateTokens(request.messages.map((m) => m.content).join('\n')),
      outputTokens: outputTokens ?? approximateTokens(finalText),
      latencyMs: 0,
      costUsd: 0,
      replayed: true,
      source: 'scripted',
    };
    return { text: finalText, object: object ?? (request.output ? safeParse(finalText) : undefined), usage };
  }
}

function approximateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
