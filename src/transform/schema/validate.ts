import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ConfigError } from '../../core/errors.ts';
import type { JsonSchema } from './json-schema.ts';

// ajv-formats is CommonJS: under Node's ESM interop its function sits on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

/** One reason a value broke the schema, located by JSON Pointer into the value. */
export interface SchemaViolation {
  path: string;
  message: string;
}

/** Checks values against one output schema. Compiled once; cheap per value. */
export interface SchemaValidator {
  validate(value: unknown): SchemaViolation[];
}

/**
 * Compiles a JSON Schema 2020-12 with every error reported (not just the first) and the standard
 * formats (date, date-time, email, uri, …). Throws ConfigError when the schema itself is invalid.
 */
export function compileSchema(schema: JsonSchema, where = 'schema.json'): SchemaValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  let validateFn: ValidateFunction;
  try {
    validateFn = ajv.compile(schema);
  } catch (error) {
    throw new ConfigError(`${where} is not a valid JSON Schema: ${(error as Error).message}`, {
      hint: 'Fix the schema (draft 2020-12), or delete it and let `codify transform init` infer one.',
    });
  }
  return {
    validate(value: unknown): SchemaViolation[] {
      if (validateFn(value)) return [];
      return (validateFn.errors ?? []).map(describeError);
    },
  };
}

function describeError(error: ErrorObject): SchemaViolation {
  const path = error.instancePath === '' ? '/' : error.instancePath;
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    message = `has an unexpected property "${String(error.params['additionalProperty'])}"`;
  } else if (error.keyword === 'enum') {
    message = `must be one of ${JSON.stringify(error.params['allowedValues'])}`;
  }
  return { path, message };
}

/** "at /phone: must match format \"email\"; at /: must have required property 'x'" */
export function formatViolations(violations: readonly SchemaViolation[]): string {
  return violations.map((v) => `at ${v.path}: ${v.message}`).join('; ');
}
