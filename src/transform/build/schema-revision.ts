import type { LanguageModel, Usage } from '../../core/models/types.ts';
import { isPlainObject } from '../schema/json-schema.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import { compileSchema } from '../schema/validate.ts';
import type { OutputCheck } from '../run/trust.ts';
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

/**
 * The schema with the output checks the examples imply written in (issue 11 §2): the revision a build
 * proposes in `.codify/schema.proposed.json` for `codify transform accept-schema`. Until it is
 * accepted, `run` applies the same checks as `review` flags. Only fields the schema describes (under
 * `properties`) are tightened; the input schema is not changed.
 */
export function schemaWithOutputChecks(schema: JsonSchema, checks: readonly OutputCheck[]): JsonSchema {
  const revised = structuredClone(schema) as JsonSchema;
  for (const check of checks) {
    const node = nodeAt(revised, check.field);
    if (!node) continue;
    const addPattern = (pattern: string) => {
      if (node['pattern'] === undefined) node['pattern'] = pattern;
      else {
        const all = Array.isArray(node['allOf']) ? (node['allOf'] as unknown[]) : [];
        node['allOf'] = [...all, { pattern }];
      }
    };
    switch (check.kind) {
      case 'non-empty':
        node['minLength'] = Math.max(1, Number(node['minLength'] ?? 0));
        break;
      case 'digits':
        addPattern('^\\d+$');
        break;
      case 'no-digits':
        addPattern('^\\P{N}*$');
        break;
      case 'no-letters':
        addPattern('^\\P{L}*$');
        break;
      case 'length':
        node['minLength'] = check.length;
        node['maxLength'] = check.length;
        break;
      case 'integer':
        if (node['type'] === 'number') node['type'] = 'integer';
        else if (Array.isArray(node['type']))
          node['type'] = (node['type'] as unknown[]).map((t) => (t === 'number' ? 'integer' : t));
        else node['multipleOf'] = 1;
        break;
      case 'non-negative':
        node['minimum'] = 0;
        break;
    }
  }
  return revised;
}

function nodeAt(schema: JsonSchema, field: string): Record<string, unknown> | null {
  if (field === '$') return schema;
  let node: unknown = schema;
  for (const name of field.split('.')) {
    const properties = isPlainObject(node) ? node['properties'] : undefined;
    node = isPlainObject(properties) ? properties[name] : undefined;
  }
  return isPlainObject(node) ? node : null;
}
