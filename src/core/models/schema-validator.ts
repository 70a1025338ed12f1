import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import * as ajvFormatsModule from 'ajv-formats';

type AddFormats = (ajv: Ajv) => Ajv;
// ajv-formats is CommonJS; depending on the loader its function is the default export or the module.
const addFormats = ((ajvFormatsModule as unknown as { default?: AddFormats }).default ??
  (ajvFormatsModule as unknown as AddFormats)) as AddFormats;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const cache = new Map<string, ValidateFunction | null>();

/**
 * A validator for a JSON Schema, or null when Ajv cannot compile the schema (then the object is
 * accepted as parsed; the provider's own structured-output mode still constrains it).
 */
export function compileValidator(schema: Record<string, unknown>): ValidateFunction | null {
  const key = JSON.stringify(schema);
  if (!cache.has(key)) {
    let validator: ValidateFunction | null;
    try {
      const { $schema: _ignored, ...rest } = schema;
      validator = ajv.compile(rest);
    } catch {
      validator = null;
    }
    cache.set(key, validator);
  }
  return cache.get(key) ?? null;
}

/** Ajv's errors as one readable line. */
export function describeValidationErrors(validator: ValidateFunction): string {
  return (validator.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

/**
 * Whether OpenAI's strict structured-output mode accepts this schema: every object lists all its
 * properties as required and forbids additional ones. Strict mode guarantees the shape, but rejects
 * other schemas outright (HTTP 400), so it is only asked for when the schema qualifies.
 */
export function isStrictJsonSchemaCompatible(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.every(isStrictJsonSchemaCompatible);
  if (typeof schema !== 'object' || schema === null) return true;
  const node = schema as Record<string, unknown>;
  const properties = node['properties'];
  const isObject = node['type'] === 'object' || (typeof properties === 'object' && properties !== null);
  if (isObject) {
    if (node['additionalProperties'] !== false) return false;
    const keys = typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
    const required = Array.isArray(node['required']) ? (node['required'] as unknown[]) : [];
    if (!keys.every((key) => required.includes(key))) return false;
  }
  return Object.entries(node).every(
    ([key, value]) =>
      key === 'required' ||
      key === 'enum' ||
      key === 'const' ||
      key === 'default' ||
      key === 'examples' ||
      isStrictJsonSchemaCompatible(value),
  );
}
