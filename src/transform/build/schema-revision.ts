import type { LanguageModel, Usage } from '../../core/models/types.ts';
import { isPlainObject } from '../schema/json-schema.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import { compileSchema } from '../schema/validate.ts';
import type { Example } from '../service/types.ts';

/**
 * Asks a model to revise a schema the example labels contradict (a separate chat from the code
 * build, as the seed did). The answer counts only if it is a valid schema every label satisfies;
 * otherwise null, and the caller falls back to the local revision.
 */
export async function reviseSchemaWithModel(
  model: LanguageModel,
  schema: JsonSchema,
  examples: readonly Example[],
  violations: readonly string[],
  signal?: AbortSignal,
): Promise<{ schema: JsonSchema | null; usage: Usage | null; note: string }> {
  const prompt = [
    'The labeled examples of a data transform contradict its output JSON Schema (draft 2020-12).',
    'Revise the schema as little as possible so every label is valid, keeping its intent',
    '(descriptions, formats, constraints that the labels satisfy). Answer with the complete revised',
    'schema as JSON only.',
    '',
    '## Schema',
    '```json',
    JSON.stringify(schema, null, 2),
    '```',
    '## Violations',
    ...violations.map((violation) => `- ${violation}`),
    '## Example outputs',
    '```json',
    JSON.stringify(
      examples.map((example) => example.output),
      null,
      2,
    ),
    '```',
  ].join('\n');
  let result;
  try {
    result = await model.generate({
      messages: [
        {
          role: 'system',
          content: 'You maintain JSON Schemas for data pipelines. You answer with JSON only.',
        },
        { role: 'user', content: prompt },
      ],
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    return { schema: null, usage: null, note: `the model could not be asked: ${(error as Error).message}` };
  }
  const candidate = result.object ?? parseJson(result.text);
  if (!isPlainObject(candidate))
    return { schema: null, usage: result.usage, note: 'the model did not answer with a schema' };
  try {
    const validator = compileSchema(candidate, 'the model-proposed schema');
    const stillBroken = examples.filter((example) => validator.validate(example.output).length > 0).length;
    if (stillBroken > 0) {
      return {
        schema: null,
        usage: result.usage,
        note: `the model's schema still rejects ${stillBroken} label(s)`,
      };
    }
  } catch (error) {
    return { schema: null, usage: result.usage, note: (error as Error).message };
  }
  return { schema: candidate, usage: result.usage, note: `proposed by ${model.spec}` };
}

function parseJson(text: string): unknown {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/.exec(text);
  for (const candidate of [fenced?.[1], text]) {
    if (candidate === undefined) continue;
    try {
      return JSON.parse(candidate.trim());
    } catch {
      // try the next
    }
  }
  return undefined;
}
