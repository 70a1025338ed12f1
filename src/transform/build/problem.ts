import { inferInputSchema } from '../schema/infer-schema.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import { printTypeDeclaration } from '../schema/print-types.ts';
import { compileSchema } from '../schema/validate.ts';
import type { SchemaValidator } from '../schema/validate.ts';
import type { Example } from '../service/types.ts';

/** What a build must solve: everything a proposer may read and the checker verifies against. */
export interface TransformProblem {
  serviceName: string;
  examples: Example[];
  schema: JsonSchema;
  validator: SchemaValidator;
  /** Unlabeled inputs the code must handle without throwing or breaking the schema. */
  potentialInputs: unknown[];
  /** `export type Input = …` and `export type Output = …`, placed above the code. */
  typeDeclarations: string;
  /** The code of the current transform (below the types), when there is one. */
  currentCode: string | null;
}

/** A candidate transform: the module below the type declarations (`export default function transform…`). */
export interface TransformCandidate {
  code: string;
}

/**
 * The problem a build checks every candidate against: its examples, schema (compiled), the inputs
 * seen before and the Input/Output declarations placed above the code. One function, so that what
 * the trust benchmark counts as built is what `codify transform build` would accept.
 */
export function problemFor(parts: {
  serviceName: string;
  examples: Example[];
  schema: JsonSchema;
  potentialInputs: unknown[];
  currentCode: string | null;
}): TransformProblem {
  return {
    ...parts,
    validator: compileSchema(parts.schema),
    typeDeclarations: typeDeclarationsFor(parts.examples, parts.potentialInputs, parts.schema),
  };
}

/** Input and Output type declarations: Input from every input seen, Output from the schema. */
export function typeDeclarationsFor(
  examples: readonly Example[],
  potentialInputs: readonly unknown[],
  schema: JsonSchema,
): string {
  const inputs = [...examples.map((example) => example.input), ...potentialInputs];
  const outputSchema = { ...schema };
  delete outputSchema['$schema'];
  delete outputSchema['$id'];
  return [
    '/** The records this transform reads, inferred from the examples and inputs seen so far. */',
    printTypeDeclaration('Input', inferInputSchema(inputs)),
    '',
    '/** What it must return: generated from schema.json. */',
    printTypeDeclaration('Output', outputSchema),
  ].join('\n');
}

/** The whole module: type declarations, then the code. */
export function assembleModule(typeDeclarations: string, code: string): string {
  return `${typeDeclarations}\n\n${code.trim()}\n`;
}

/** Lines the type declarations take before the code starts, to report positions in the code itself. */
export function codeLineOffset(typeDeclarations: string): number {
  return typeDeclarations.split('\n').length + 1;
}
