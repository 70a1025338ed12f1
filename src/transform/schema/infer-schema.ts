import { SCHEMA_DIALECT, jsonTypeOf } from './json-schema.ts';
import type { JsonSchema, JsonTypeName } from './json-schema.ts';

/** How bold the inference may be. Defaults suit output schemas (closed, with formats and enums). */
export interface InferSchemaOptions {
  /** `additionalProperties: false` on objects (default true: outputs are defined by their examples). */
  closedObjects?: boolean;
  /** Detect string formats (date, date-time, email, uri, uuid, time). Default true. */
  formats?: boolean;
  /** Turn a small closed set of repeated strings into an enum. Default true. */
  enums?: boolean;
  /** Add `$schema` at the top. Default true. */
  dialect?: boolean;
}

/**
 * Infers a JSON Schema (2020-12) that every given value satisfies. Conservative on purpose: an enum
 * only when a few distinct short strings each occur at least twice, a format only when every value
 * has it, and a key is required only when every object has it.
 */
export function inferSchema(values: readonly unknown[], options: InferSchemaOptions = {}): JsonSchema {
  const resolved: Required<InferSchemaOptions> = {
    closedObjects: options.closedObjects ?? true,
    formats: options.formats ?? true,
    enums: options.enums ?? true,
    dialect: options.dialect ?? true,
  };
  const schema = inferNode(values, resolved);
  return resolved.dialect ? { $schema: SCHEMA_DIALECT, ...schema } : schema;
}

function inferNode(values: readonly unknown[], options: Required<InferSchemaOptions>): JsonSchema {
  if (values.length === 0) return {};
  const byType = new Map<JsonTypeName, unknown[]>();
  for (const value of values) {
    const type = jsonTypeOf(value);
    const bucket = byType.get(type) ?? [];
    bucket.push(value);
    byType.set(type, bucket);
  }
  // An integer among floats is just a number.
  const integers = byType.get('integer');
  const numbers = byType.get('number');
  if (integers && numbers) {
    numbers.push(...integers);
    byType.delete('integer');
  }
  const nulls = byType.get('null');
  byType.delete('null');
  const branches = [...byType.entries()].map(([type, group]) => inferTyped(type, group, options));
  if (branches.length === 0) return { type: 'null' };
  if (branches.length === 1) {
    const only = branches[0] ?? {};
    if (!nulls) return only;
    if (Array.isArray(only['enum']))
      return { ...only, type: [only['type'], 'null'], enum: [...only['enum'], null] };
    return { ...only, type: [only['type'], 'null'] };
  }
  if (nulls) branches.push({ type: 'null' });
  return { anyOf: branches };
}

function inferTyped(
  type: JsonTypeName,
  values: unknown[],
  options: Required<InferSchemaOptions>,
): JsonSchema {
  switch (type) {
    case 'string':
      return inferString(values as string[], options);
    case 'array': {
      const items = (values as unknown[][]).flat();
      return items.length === 0 ? { type: 'array' } : { type: 'array', items: inferNode(items, options) };
    }
    case 'object':
      return inferObject(values as Record<string, unknown>[], options);
    default:
      return { type };
  }
}

function inferObject(values: Record<string, unknown>[], options: Required<InferSchemaOptions>): JsonSchema {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    for (const key of Object.keys(value)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const key of keys) {
    const present = values.filter((value) => Object.hasOwn(value, key)).map((value) => value[key]);
    properties[key] = inferNode(present, options);
    if (present.length === values.length) required.push(key);
  }
  const schema: JsonSchema = { type: 'object', properties };
  if (required.length > 0) schema['required'] = required;
  if (options.closedObjects) schema['additionalProperties'] = false;
  return schema;
}

const FORMAT_TESTS: { format: string; test: (value: string) => boolean }[] = [
  { format: 'date-time', test: isDateTime },
  { format: 'date', test: isDate },
  { format: 'time', test: (v) => /^\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(v) },
  { format: 'uuid', test: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) },
  { format: 'email', test: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) },
  { format: 'uri', test: (v) => /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i.test(v) },
];

const ENUM_MAX_DISTINCT = 6;
const ENUM_MAX_LENGTH = 24;

function inferString(values: string[], options: Required<InferSchemaOptions>): JsonSchema {
  const schema: JsonSchema = { type: 'string' };
  if (options.formats && values.length > 0) {
    const match = FORMAT_TESTS.find(({ test }) => values.every(test));
    if (match) return { ...schema, format: match.format };
  }
  if (options.enums) {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    const distinct = [...counts.keys()];
    const closedSet =
      distinct.length >= 2 &&
      distinct.length <= ENUM_MAX_DISTINCT &&
      [...counts.values()].every((count) => count >= 2) &&
      distinct.every((value) => value.length > 0 && value.length <= ENUM_MAX_LENGTH);
    if (closedSet) return { ...schema, enum: distinct.sort() };
  }
  return schema;
}

function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isDateTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(value);
  if (!match || !isDate(match[1] ?? '')) return false;
  return Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[4]) < 61;
}

/** A JSON Schema for inputs: open objects, no formats or enums (inputs are messy by nature). */
export function inferInputSchema(inputs: readonly unknown[]): JsonSchema {
  return inferSchema(inputs, { closedObjects: false, formats: false, enums: false, dialect: false });
}
