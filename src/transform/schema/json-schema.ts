/** A JSON Schema (draft 2020-12) as plain data. Booleans are valid schemas too. */
export type JsonSchema = { [keyword: string]: unknown };
export type JsonSchemaOrBoolean = JsonSchema | boolean;

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type name of a value, with integers told apart from other numbers. */
export type JsonTypeName = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

export function jsonTypeOf(value: unknown): JsonTypeName {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return 'array';
  return 'object';
}
