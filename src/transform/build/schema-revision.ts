import type { LanguageModel, Usage } from '../../core/models/types.ts';
import { isPlainObject } from '../schema/json-schema.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import { compileSchema } from '../schema/validate.ts';
import type { OutputCheck, ShapeGroup } from '../run/trust.ts';
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
      case 'non-zero':
        if (node['not'] === undefined) node['not'] = { const: 0 };
        break;
      case 'shape': {
        const pattern = check.shapes ? shapePattern(check.shapes) : null;
        if (pattern !== null) addPattern(pattern);
        break;
      }
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

/** Characters that group thousands (as the shape tokenizer reads them: 1,299 · 1.299 · 1 299 · 1'299). */
const GROUP_MARKS = [',', '.', ' ', "'", '’', '\u00a0', '\u202f'];
const escapeChar = (ch: string): string => (/[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch);
const WORDS: Record<string, string> = { C: '\\p{Lu}\\p{Ll}*', U: '\\p{Lu}{2,}', l: '\\p{Ll}+', M: '\\p{L}+' };
const LETTER_CLASSES = new Set(['C', 'U', 'l', 'M']);
const isGrouped = (cls: string): boolean => cls.length === 2 && cls.startsWith('N');
const grouped = (mark: string): string => `\\p{N}{1,3}(?:${escapeChar(mark)}\\p{N}{3})+`;
/** Words of one class separated by single spaces: the tokenizer reads them as one token. */
const wordRun = (cls: string): string => `${WORDS[cls] ?? WORDS['M']}(?: ${WORDS[cls] ?? WORDS['M']})*`;

/** The texts one slot of a shape covers (see `classCovered` in run/trust.ts), as a regex alternation. */
function slotRegex(slot: ShapeGroup['slots'][number]): string {
  const alternatives = new Set<string>();
  for (const cls of slot.classes) {
    if (cls === 'D')
      alternatives.add(slot.widths ? slot.widths.map((w) => `\\p{N}{${w}}`).join('|') : '\\p{N}+');
    else if (cls === 'A') {
      // Mixed letters and digits cover every token of letters or digits.
      alternatives.add('[\\p{L}\\p{N}]+');
      alternatives.add(wordRun('M'));
      for (const mark of GROUP_MARKS) alternatives.add(grouped(mark));
    } else if (isGrouped(cls)) {
      alternatives.add(grouped(cls.slice(1)));
      alternatives.add('\\p{N}+'); // a grouped number covers a plain one
    } else if (LETTER_CLASSES.has(cls)) {
      // Mixed case covers every case; otherwise each word is of the class.
      alternatives.add(wordRun(slot.classes.includes('M') ? 'M' : cls));
    } else return '(?!)';
  }
  return `(?:${[...alternatives].join('|')})`;
}

/**
 * A JSON Schema `pattern` (ECMAScript, Unicode) that accepts exactly the texts the output `shape`
 * check accepts (`shapeCovered` in run/trust.ts: blank, or of a shape the labels had), so that a
 * person can accept the check into schema.json. Lookarounds keep the token boundaries the shape
 * tokenizer draws: a single space between two words joins them into one token, and 1–3 digits, a
 * thousands mark and three digits are one grouped number. Null when the shapes do not map cleanly.
 */
export function shapePattern(groups: readonly ShapeGroup[]): string | null {
  if (groups.length === 0 || groups.some((g) => g.wordsCounted)) return null;
  const marks = GROUP_MARKS.map(escapeChar).join('');
  // After a run of digits: it must not be 1–3 digits that a thousands mark and three digits follow.
  const notGrouped = `(?!(?<=(?:^|[^\\p{L}\\p{N}])\\p{N}{1,3})[${marks}]\\p{N}{3}(?![\\p{L}\\p{N}]))`;
  // Spaces between two slots: not a single space between two runs of letters (that is one token).
  const spaces = `(?!(?<=(?:^|[^\\p{L}\\p{N}])\\p{L}+) \\p{L}+(?![\\p{L}\\p{N}]))\\s+`;
  const bodies: string[] = [];
  for (const group of groups) {
    const skeleton = [...group.skeleton];
    if (skeleton.length !== group.slots.length) return null;
    let body = '';
    for (const [i, at] of skeleton.entries()) {
      const slot = group.slots[i];
      if (!slot) return null;
      if (at === 'x') {
        body += slotRegex(slot);
        if (slot.classes.some((c) => c === 'D' || c === 'A' || isGrouped(c))) body += notGrouped;
      } else if (at === ' ') body += spaces;
      else body += escapeChar(at);
    }
    bodies.push(body);
  }
  return `^\\s*(?:(?:${bodies.join('|')})\\s*)?$`;
}
