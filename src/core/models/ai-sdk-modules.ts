/**
 * The AI SDK and its providers, loaded on first use. Importing them costs hundreds of milliseconds
 * and megabytes; a command that never creates or calls a model (`--model local`, a frozen run)
 * must not pay for it. `require` keeps model creation synchronous; the packages ship CommonJS builds.
 */
import { createRequire } from 'node:module';
import type * as Ai from 'ai';
import type * as Anthropic from '@ai-sdk/anthropic';
import type * as OpenAI from '@ai-sdk/openai';
import type * as OpenAICompatible from '@ai-sdk/openai-compatible';

const load = createRequire(import.meta.url);

let ai: typeof Ai | undefined;
let anthropic: typeof Anthropic | undefined;
let openai: typeof OpenAI | undefined;
let openaiCompatible: typeof OpenAICompatible | undefined;

/** The `ai` package (calls, structured output, error classes). */
export function aiSdk(): typeof Ai {
  ai ??= load('ai') as typeof Ai;
  return ai;
}

/** `@ai-sdk/anthropic`. */
export function anthropicProvider(): typeof Anthropic {
  anthropic ??= load('@ai-sdk/anthropic') as typeof Anthropic;
  return anthropic;
}

/** `@ai-sdk/openai`. */
export function openAiProvider(): typeof OpenAI {
  openai ??= load('@ai-sdk/openai') as typeof OpenAI;
  return openai;
}

/** `@ai-sdk/openai-compatible`. */
export function openAiCompatibleProvider(): typeof OpenAICompatible {
  openaiCompatible ??= load('@ai-sdk/openai-compatible') as typeof OpenAICompatible;
  return openaiCompatible;
}
