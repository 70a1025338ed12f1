import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { ConfigError } from '../core/errors.ts';
import { inferSchema } from './schema/infer-schema.ts';
import type { JsonSchema } from './schema/json-schema.ts';
import { compileSchema } from './schema/validate.ts';
import { defaultConfig, parseExamples, writeFileAtomic, writeJsonFile } from './service/files.ts';
import { serviceLayout } from './service/layout.ts';
import type { Example, ServiceConfig, ServiceSettings } from './service/types.ts';

/** What a new service starts from; everything is optional. */
export interface InitServiceRequest {
  /** Service name (default: the directory name). */
  name?: string;
  /** Model spec saved in codify.json (default: $CODIFY_MODEL, else `local`). */
  model?: string;
  /** Settings over the defaults. */
  settings?: Partial<ServiceSettings>;
  /**
   * Labeled examples, written to examples.json. Absent: an examples.json already in the folder
   * is kept; otherwise a placeholder is written for a person to replace.
   */
  examples?: Example[];
  /** Output schema, written to schema.json. Absent: inferred from the example outputs. */
  schema?: {
    value: JsonSchema;
    /** The text to write as it is (a person's file keeps its formatting); default: `value` as JSON. */
    text?: string;
    /** Where it came from, for messages (default `schema`). */
    source?: string;
  };
  /** Overwrite codify.json and examples.json when they exist (default: refuse). */
  force?: boolean;
}

/** What {@link initService} wrote. */
export interface InitServiceResult {
  config: ServiceConfig;
  /** `given`: written from the request; `kept`: the folder's own; `placeholder`: to be replaced. */
  examples: 'given' | 'kept' | 'placeholder';
  exampleCount: number;
  schema: JsonSchema;
  /** `given`: from the request; `inferred`: from the example outputs. */
  schemaFrom: 'given' | 'inferred';
}

const PLACEHOLDER: Example[] = [
  { input: { text: 'an input record' }, output: { result: 'the output you expect' } },
];

/**
 * Creates a service directory: codify.json, examples.json and schema.json. Everything given is
 * checked before anything is written, and a folder this call created is removed again when a
 * write fails, so a bad input leaves no half-made service.
 * @throws ConfigError when a file would be overwritten without `force`, or an input is invalid.
 */
export async function initService(dir: string, request: InitServiceRequest = {}): Promise<InitServiceResult> {
  const layout = serviceLayout(dir);
  for (const file of [layout.examples, layout.config]) {
    if (existsSync(file) && !request.force && (file !== layout.examples || request.examples)) {
      throw new ConfigError(`${file} already exists.`, {
        hint: 'Pass --force to overwrite it, or pick another directory.',
      });
    }
  }
  const kept =
    !request.examples && existsSync(layout.examples)
      ? parseExamples(await readJsonInput(layout.examples, 'examples'), layout.examples)
      : null;
  if (request.schema) compileSchema(request.schema.value, request.schema.source ?? 'schema');
  const created = !existsSync(dir);
  try {
    await mkdir(dir, { recursive: true });
    const examples = request.examples ?? kept ?? PLACEHOLDER;
    if (examples !== kept) await writeJsonFile(layout.examples, examples);
    const config = defaultConfig(dir, request.model);
    if (request.name) config.name = request.name;
    if (request.settings) config.settings = { ...config.settings, ...request.settings };
    await writeJsonFile(layout.config, config);
    const schema = request.schema?.value ?? inferSchema(examples.map((example) => example.output));
    if (request.schema?.text !== undefined) await writeFileAtomic(layout.schema, request.schema.text);
    else await writeJsonFile(layout.schema, schema);
    return {
      config,
      examples: request.examples ? 'given' : kept ? 'kept' : 'placeholder',
      exampleCount: examples.length,
      schema,
      schemaFrom: request.schema ? 'given' : 'inferred',
    };
  } catch (error) {
    if (created) await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Parses a JSON file a person named; a missing or malformed one is a ConfigError naming it as `what`. */
export async function readJsonInput(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${what} ${file} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`}.`,
      { hint: 'Check the path (it is relative to the current folder).' },
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${what} ${file} is not valid JSON: ${(error as Error).message}.`, {
      hint: 'Fix the JSON at the position given, then run the command again.',
    });
  }
}
