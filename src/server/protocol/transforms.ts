import { z } from 'zod';

/** A labeled example: an input and the output it should give. */
export const ExampleBody = z
  .object({
    input: z.unknown().describe('Any JSON value.'),
    output: z.unknown().describe('Any JSON value; it must satisfy the schema.'),
    source: z.enum(['user', 'model']).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type ExampleRequest = z.infer<typeof ExampleBody>;

export const Examples = z.array(ExampleBody).min(1).max(10_000);
export const JsonSchemaBody = z
  .record(z.string(), z.unknown())
  .describe('JSON Schema (2020-12) of one output.');
export const ModelSpec = z
  .string()
  .min(1)
  .max(200)
  .describe('Model spec: local, auto, openai:…, anthropic:…');

/** A day: a build budget beyond it is a typo (seconds for ms), not a plan. */
export const MAX_BUILD_TIME_MS = 86_400_000;

export const SettingsBody = z
  .object({
    maxAttempts: z.number().int().min(0).max(50).optional(),
    qaRate: z.number().min(0).max(1).optional(),
    qaMin: z.number().int().min(0).max(10_000).optional(),
    locked: z.boolean().optional(),
    maxRebuilds: z.number().int().min(0).max(100).optional(),
    maxBuildTimeMs: z
      .number()
      .int()
      .min(1)
      .max(MAX_BUILD_TIME_MS)
      .optional()
      .describe(
        'Wall-time budget of one build in ms (1 to 86400000, i.e. 24 h), every attempt and retry included; default 600000 (10 min).',
      ),
  })
  .strict();
export type ServiceSettingsRequest = z.infer<typeof SettingsBody>;

export const CreateServiceBody = z
  .object({
    name: z
      .string()
      .min(1)
      .max(64)
      .describe('1–64 of a-z, 0-9, "-" and "_", starting with a letter or digit.'),
    examples: Examples,
    schema: JsonSchemaBody.optional().describe('Inferred from the example outputs when absent.'),
    model: ModelSpec.optional(),
    settings: SettingsBody.optional(),
  })
  .strict();
export type CreateServiceRequest = z.infer<typeof CreateServiceBody>;

export const UpdateServiceBody = z
  .object({
    examples: Examples.optional(),
    schema: JsonSchemaBody.optional(),
    model: ModelSpec.optional(),
    settings: SettingsBody.optional(),
  })
  .strict();
export type UpdateServiceRequest = z.infer<typeof UpdateServiceBody>;

export const InferSchemaBody = z
  .object({
    examples: Examples.optional().describe("Infer from these instead of the service's examples."),
  })
  .strict();
export type InferSchemaRequest = z.infer<typeof InferSchemaBody>;

export const BuildBody = z
  .object({
    model: ModelSpec.optional().describe("Overrides the service's model for this build."),
    maxAttempts: z.number().int().min(1).max(50).optional(),
  })
  .strict();
export type BuildRequest = z.infer<typeof BuildBody>;

export const ServiceNameParams = z.object({ name: z.string().min(1).max(200) });

export const ServiceHistoryQuery = z
  .object({ limit: z.number().int().min(1).max(1000).optional().describe('Default 50.') })
  .strict();
