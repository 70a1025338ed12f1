import { z } from 'zod';
import { RunBriefSchema } from './runs.ts';

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

/**
 * How the server names an uploaded input under its data directory (`uploads/<id>/input.<format>`):
 * a run's upload, or a sample for a build. Clients name files only this way, never by a path of
 * their own, so nothing outside the uploads folder can be read.
 */
export const UPLOAD_PATH_PATTERN = /^uploads\/[a-f0-9-]{36}\/input\.(json|jsonl|csv)$/;

/** A sample of the input to come, for a build: an upload (`POST …/samples`, or a run's input). */
export const SampleRefBody = z
  .object({
    upload: z
      .string()
      .regex(UPLOAD_PATH_PATTERN)
      .describe(
        'An uploaded file: `sample.upload` of POST /services/:name/samples, or `input.upload` of an earlier transform run.',
      ),
    fileName: z.string().max(300).optional().describe('The file’s original name, to show with the build.'),
    // So the object POST …/samples answered can be passed back as it came.
    format: z
      .enum(['json', 'jsonl', 'csv'])
      .optional()
      .describe('As POST /services/:name/samples answered it; the stored upload’s name already says it.'),
  })
  .strict();
export type SampleRef = z.infer<typeof SampleRefBody>;

export const BuildBody = z
  .object({
    model: ModelSpec.optional().describe("Overrides the service's model for this build."),
    maxAttempts: z.number().int().min(1).max(50).optional(),
    sample: SampleRefBody.optional().describe(
      'Records of the input to come (the first 1000 are read): inputs the examples do not settle among them become questions.',
    ),
  })
  .strict();
export type BuildRequest = z.infer<typeof BuildBody>;

export const ServiceNameParams = z.object({ name: z.string().min(1).max(200) });

/** `POST /services/:name/samples`: the stored sample, to name in a build's `sample`. */
export const SampleUploadResponse = z.object({
  sample: z.object({
    upload: z.string().describe('Pass as `sample.upload` of POST /services/:name/build.'),
    format: z.enum(['json', 'jsonl', 'csv']),
    fileName: z.string(),
  }),
});
export type SampleUpload = z.infer<typeof SampleUploadResponse>;

export const ServiceHistoryQuery = z
  .object({ limit: z.number().int().min(1).max(1000).optional().describe('Default 50.') })
  .strict();

/** A service's settings as `codify.json` holds them (defaults filled in). */
export const ServiceSettingsSchema = z.object({
  maxAttempts: z.number().int(),
  qaRate: z.number(),
  qaMin: z.number().int(),
  locked: z.boolean(),
  maxRebuilds: z.number().int(),
  /** Wall-time budget of one build in ms (1 to 86400000; default 600000). */
  maxBuildTimeMs: z.number().int(),
  /** A run writes every record the code handles, even those the examples do not settle. */
  trust: z.boolean(),
});
export type ServiceSettings = z.infer<typeof ServiceSettingsSchema>;

export const ServiceConfigSchema = z.object({
  name: z.string(),
  model: z.string(),
  settings: ServiceSettingsSchema,
});
export type ServiceConfig = z.infer<typeof ServiceConfigSchema>;

/** A stored labelled example: what goes in and what must come out. */
export const ExampleSchema = z.object({
  input: z.unknown(),
  output: z.unknown(),
  source: z.enum(['user', 'model']).optional(),
  note: z.string().optional(),
});
export type Example = z.infer<typeof ExampleSchema>;

/** `GET /services/:name` and the answers of the routes that change a service: its files. */
export const ServiceDetailSchema = z.object({
  name: z.string(),
  config: ServiceConfigSchema,
  examples: z.array(ExampleSchema),
  schema: z.record(z.string(), z.unknown()),
  /** False when schema.json is absent and the schema shown was inferred from the examples. */
  schemaFromFile: z.boolean(),
  transform: z.object({ source: z.string(), humanEdited: z.boolean() }).nullable(),
  /** A rebuild waiting for review (transform.next.ts) and its unified diff against transform.ts. */
  pending: z.object({ source: z.string(), diff: z.string().nullable() }).nullable(),
  /** A schema change proposed when examples contradicted schema.json. */
  proposedSchema: z.unknown(),
  potentialInputs: z.number().int(),
});
export type ServiceDetail = z.infer<typeof ServiceDetailSchema>;

/** `GET /services/:name` (with `liveRun`), `PUT`, accept and accept-schema (without). */
export const ServiceResponse = z.object({
  service: ServiceDetailSchema,
  liveRun: z.string().nullable().optional(),
});
export type ServiceAnswer = z.infer<typeof ServiceResponse>;

/** `POST /services`. */
export const CreatedServiceResponse = ServiceResponse.extend({ schemaInferred: z.boolean() });
export type CreatedServiceAnswer = z.infer<typeof CreatedServiceResponse>;

/** `POST /services/:name/infer-schema`: the schema the examples suggest (not saved). */
export const InferredSchemaResponse = z.object({ schema: z.record(z.string(), z.unknown()) });
export type InferredSchemaAnswer = z.infer<typeof InferredSchemaResponse>;

/** `POST /services/:name/lock` and `/unlock`. */
export const LockResponse = z.object({ name: z.string(), locked: z.boolean() });
export type LockAnswer = z.infer<typeof LockResponse>;

/** A line of `GET /services`. A service whose files cannot be read carries `error` instead of its fields. */
export const ServiceListItemSchema = z.object({
  name: z.string(),
  model: z.string().optional(),
  locked: z.boolean().optional(),
  examples: z.number().int().optional(),
  built: z.boolean().optional(),
  humanEdited: z.boolean().optional(),
  reviewPending: z.boolean().optional(),
  schemaProposed: z.boolean().optional(),
  error: z.string().optional(),
  liveRun: z.string().nullable(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** The latest build or run. */
  lastRun: RunBriefSchema.nullable(),
});
export type ServiceListItem = z.infer<typeof ServiceListItemSchema>;

export const ServiceListResponse = z.object({ services: z.array(ServiceListItemSchema) });
export type ServiceList = z.infer<typeof ServiceListResponse>;
