import type { LanguageModel, Usage } from '../../core/models/types.ts';
import { directAnswerPrompt } from '../build/prompt.ts';
import { isPlainObject } from '../schema/json-schema.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import type { SchemaValidator } from '../schema/validate.ts';
import type { Example } from '../service/types.ts';

export type OracleAnswer =
  { ok: true; output: unknown; usage: Usage } | { ok: false; reason: string; usage: Usage | null };

/**
 * Asks the model to answer one record directly (no code): the QA oracle. The answer must satisfy
 * the schema to count; otherwise it is reported and ignored, never turned into an example.
 */
export async function askModelDirectly(
  model: LanguageModel,
  context: { serviceName: string; schema: JsonSchema; examples: Example[]; validator: SchemaValidator },
  input: unknown,
  signal?: AbortSignal,
): Promise<OracleAnswer> {
  let result;
  try {
    result = await model.generate({
      messages: directAnswerPrompt(context, input),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    return { ok: false, reason: `model call failed: ${(error as Error).message}`, usage: null };
  }
  const output = result.object !== undefined ? result.object : parseJsonAnswer(result.text);
  if (output === undefined) return { ok: false, reason: 'the answer was not JSON', usage: result.usage };
  const violations = context.validator.validate(output);
  if (violations.length > 0) {
    return {
      ok: false,
      reason: `the answer broke the schema (${violations[0]?.path}: ${violations[0]?.message})`,
      usage: result.usage,
    };
  }
  return { ok: true, output, usage: result.usage };
}

function parseJsonAnswer(text: string): unknown {
  const candidates = [text.trim()];
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/.exec(text);
  if (fenced?.[1]) candidates.unshift(fenced[1].trim());
  const brace = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (brace >= 0 && end > brace) candidates.push(text.slice(brace, end + 1));
  for (const candidate of candidates) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (isPlainObject(value) && Object.keys(value).length === 1 && 'output' in value)
        return value['output'];
      return value;
    } catch {
      // try the next reading
    }
  }
  return undefined;
}

/**
 * Which records get a QA check: at least `min` (the first ones seen), then a `rate` share at
 * random. Decided once per record index, so a restarted pass never asks about a record twice.
 */
export class QaSampler {
  private readonly rate: number;
  private readonly min: number;
  private readonly random: () => number;
  private decidedUpTo = -1;
  private chosen = 0;

  constructor(rate: number, min: number, random: () => number = Math.random) {
    this.rate = rate;
    this.min = min;
    this.random = random;
  }

  /** True when this record should be checked now (first time it is seen and it is picked). */
  pick(index: number): boolean {
    if (index <= this.decidedUpTo) return false;
    this.decidedUpTo = index;
    if (this.chosen < this.min || this.random() < this.rate) {
      this.chosen += 1;
      return true;
    }
    return false;
  }
}
