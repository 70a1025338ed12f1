import { inferSchema } from './infer-schema.ts';
import { isPlainObject } from './json-schema.ts';
import type { JsonSchema } from './json-schema.ts';
import { compileSchema } from './validate.ts';

/**
 * Proposes the smallest schema change that makes every example label valid: properties whose
 * labels break their sub-schema get a schema inferred from those labels, keys some labels lack stop
 * being required, and keys a closed object did not allow are added. Everything else stays as the
 * user wrote it. Falls back to a schema inferred from the labels when the schema is not an object
 * schema with properties. Never written over schema.json: the user accepts it explicitly.
 */
export function reviseSchemaForLabels(schema: JsonSchema, labels: readonly unknown[]): JsonSchema {
  const inferred = inferSchema(labels);
  const properties = schema['properties'];
  if (!isPlainObject(properties) || !labels.every(isPlainObject)) return inferred;
  const objects = labels as Record<string, unknown>[];
  const defs = schema['$defs'];
  const revisedProperties: Record<string, unknown> = {};
  for (const [key, propertySchema] of Object.entries(properties)) {
    const values = objects.filter((label) => Object.hasOwn(label, key)).map((label) => label[key]);
    revisedProperties[key] = fitsAll(propertySchema, values, defs)
      ? propertySchema
      : keepDescription(propertySchema, inferSchema(values, { dialect: false }));
  }
  const extraKeys = [...new Set(objects.flatMap((label) => Object.keys(label)))].filter(
    (key) => !(key in properties),
  );
  if (schema['additionalProperties'] === false) {
    for (const key of extraKeys) {
      revisedProperties[key] = inferSchema(
        objects.filter((label) => Object.hasOwn(label, key)).map((label) => label[key]),
        { dialect: false },
      );
    }
  }
  const revised: JsonSchema = { ...schema, properties: revisedProperties };
  if (Array.isArray(schema['required'])) {
    revised['required'] = schema['required'].filter(
      (key) => typeof key === 'string' && objects.every((label) => Object.hasOwn(label, key)),
    );
  }
  const validator = compileSchema(revised, 'the proposed schema');
  return labels.every((label) => validator.validate(label).length === 0) ? revised : inferred;
}

function fitsAll(schema: unknown, values: readonly unknown[], defs: unknown): boolean {
  if (typeof schema === 'boolean') return schema || values.length === 0;
  if (!isPlainObject(schema)) return true;
  try {
    const validator = compileSchema(defs === undefined ? schema : { ...schema, $defs: defs });
    return values.every((value) => validator.validate(value).length === 0);
  } catch {
    return false;
  }
}

function keepDescription(original: unknown, replacement: JsonSchema): JsonSchema {
  if (isPlainObject(original) && typeof original['description'] === 'string') {
    return { description: original['description'], ...replacement };
  }
  return replacement;
}
