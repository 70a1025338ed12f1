import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../core/errors.ts';
import { inferSchema } from '../schema/infer-schema.ts';
import { isPlainObject } from '../schema/json-schema.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import { serviceLayout } from './layout.ts';
import { DEFAULT_SETTINGS } from './types.ts';
import type { Example, ServiceConfig, ServiceFiles, ServiceSettings } from './types.ts';

/** Reads a service directory. Only examples.json is required; everything else has a default. */
export async function readServiceFiles(dir: string): Promise<ServiceFiles> {
  const layout = serviceLayout(dir);
  if (!existsSync(layout.examples)) {
    throw new ConfigError(`${layout.examples} not found: a service directory needs labeled examples.`, {
      hint: `Create it with \`codify transform init ${dir} --examples FILE\` (a JSON array of {"input", "output"}).`,
    });
  }
  const examples = parseExamples(await readJson(layout.examples), layout.examples);
  const config = existsSync(layout.config)
    ? parseConfig(await readJson(layout.config), layout.config, dir)
    : defaultConfig(dir);
  let schema: JsonSchema;
  let schemaFromFile = true;
  if (existsSync(layout.schema)) {
    const raw = await readJson(layout.schema);
    if (!isPlainObject(raw)) throw new ConfigError(`${layout.schema} must hold a JSON Schema object.`);
    schema = raw;
  } else {
    schema = inferSchema(examples.map((example) => example.output));
    schemaFromFile = false;
  }
  const transformSource = existsSync(layout.transform) ? await readFile(layout.transform, 'utf8') : null;
  const potentialInputs = await readPotentialInputs(dir);
  return { dir, config, examples, schema, schemaFromFile, transformSource, potentialInputs };
}

export function defaultConfig(dir: string, model?: string): ServiceConfig {
  return {
    name: path.basename(path.resolve(dir)),
    model: model || process.env['CODIFY_MODEL'] || 'local',
    settings: { ...DEFAULT_SETTINGS },
  };
}

function parseConfig(raw: unknown, file: string, dir: string): ServiceConfig {
  if (!isPlainObject(raw)) throw new ConfigError(`${file} must hold a JSON object.`);
  const base = defaultConfig(dir);
  const settingsRaw = isPlainObject(raw['settings']) ? raw['settings'] : {};
  const settings: ServiceSettings = { ...DEFAULT_SETTINGS };
  for (const key of ['maxAttempts', 'qaMin', 'maxRebuilds'] as const) {
    const value = settingsRaw[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new ConfigError(
        `${file}: settings.${key} must be a non-negative integer (got ${JSON.stringify(value)}).`,
      );
    }
    settings[key] = value;
  }
  if (settingsRaw['qaRate'] !== undefined) {
    const rate = settingsRaw['qaRate'];
    if (typeof rate !== 'number' || rate < 0 || rate > 1) {
      throw new ConfigError(
        `${file}: settings.qaRate must be a number from 0 to 1 (got ${JSON.stringify(rate)}).`,
      );
    }
    settings.qaRate = rate;
  }
  if (settingsRaw['locked'] !== undefined) settings.locked = settingsRaw['locked'] === true;
  const buildTime = settingsRaw['maxBuildTimeMs'];
  if (buildTime !== undefined) {
    if (typeof buildTime !== 'number' || !Number.isSafeInteger(buildTime) || buildTime < 1) {
      throw new ConfigError(
        `${file}: settings.maxBuildTimeMs must be a whole number of milliseconds ≥ 1 (got ${JSON.stringify(buildTime)}).`,
        { hint: `E.g. 600000 for 10 minutes (the default is ${DEFAULT_SETTINGS.maxBuildTimeMs}).` },
      );
    }
    settings.maxBuildTimeMs = buildTime;
  }
  if (settingsRaw['trust'] !== undefined) settings.trust = settingsRaw['trust'] === true;
  return {
    name: typeof raw['name'] === 'string' && raw['name'] ? raw['name'] : base.name,
    model: typeof raw['model'] === 'string' && raw['model'] ? raw['model'] : base.model,
    settings,
  };
}

/** Validates the shape of examples.json; says which entry is wrong. */
export function parseExamples(raw: unknown, file: string): Example[] {
  if (!Array.isArray(raw)) {
    throw new ConfigError(`${file} must be a JSON array of {"input", "output"} objects.`);
  }
  return raw.map((entry, index) => {
    if (!isPlainObject(entry) || !('input' in entry) || !('output' in entry)) {
      throw new ConfigError(`${file}: entry ${index} must be an object with "input" and "output".`);
    }
    const example: Example = { input: entry['input'], output: entry['output'] };
    if (entry['source'] === 'model' || entry['source'] === 'user') example.source = entry['source'];
    if (typeof entry['note'] === 'string') example.note = entry['note'];
    return example;
  });
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Writes a file atomically (temp file + rename), so a crash never leaves half a file. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}

export function writeJsonFile(file: string, value: unknown): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}

export async function readPotentialInputs(dir: string): Promise<unknown[]> {
  const file = serviceLayout(dir).potentialInputs;
  if (!existsSync(file)) return [];
  const inputs: unknown[] = [];
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (!line.trim()) continue;
    try {
      inputs.push(JSON.parse(line));
    } catch {
      // A torn last line (crash mid-append) loses one input, not the service.
    }
  }
  return inputs;
}

export async function appendPotentialInputs(dir: string, inputs: readonly unknown[]): Promise<void> {
  if (inputs.length === 0) return;
  const file = serviceLayout(dir).potentialInputs;
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, inputs.map((input) => `${JSON.stringify(input)}\n`).join(''));
}
