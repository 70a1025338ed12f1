import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.ts';
import { initService } from './init-service.ts';
import { readServiceFiles } from './service/files.ts';
import { DEFAULT_SETTINGS } from './service/types.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'codify-init-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const json = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as unknown;
const EXAMPLES = [
  { input: { n: 'a' }, output: { upper: 'A' } },
  { input: { n: 'b' }, output: { upper: 'B' } },
];

describe('initService', () => {
  it('writes the examples, a config and a schema inferred from the outputs', async () => {
    const dir = path.join(root, 'upper');
    const result = await initService(dir, { examples: EXAMPLES, model: 'local', settings: { qaRate: 0 } });
    expect(result).toMatchObject({ examples: 'given', exampleCount: 2, schemaFrom: 'inferred' });
    expect(await json(path.join(dir, 'examples.json'))).toEqual(EXAMPLES);
    expect(await json(path.join(dir, 'codify.json'))).toEqual({
      name: 'upper',
      model: 'local',
      settings: { ...DEFAULT_SETTINGS, qaRate: 0 },
    });
    expect(await json(path.join(dir, 'schema.json'))).toEqual(result.schema);
    expect(result.schema).toMatchObject({ type: 'object', properties: { upper: { type: 'string' } } });
    // The folder is a service the rest of codify reads.
    expect((await readServiceFiles(dir)).examples).toEqual(EXAMPLES);
  });

  it('writes a given schema text as it is, and a placeholder when no examples exist', async () => {
    const dir = path.join(root, 'given');
    const text = '{ "type": "object" }\n';
    const result = await initService(dir, {
      name: 'named',
      schema: { value: { type: 'object' }, text },
    });
    expect(result).toMatchObject({ examples: 'placeholder', schemaFrom: 'given' });
    expect(await readFile(path.join(dir, 'schema.json'), 'utf8')).toBe(text);
    expect(await json(path.join(dir, 'codify.json'))).toMatchObject({ name: 'named' });
  });

  it('keeps an examples.json already in the folder and refuses to overwrite without force', async () => {
    const dir = path.join(root, 'kept');
    await initService(dir, { examples: EXAMPLES });
    await rm(path.join(dir, 'codify.json'));
    const kept = await initService(dir, {});
    expect(kept).toMatchObject({ examples: 'kept', exampleCount: 2 });
    await expect(initService(dir, { examples: EXAMPLES })).rejects.toThrow(/already exists/);
    await expect(initService(dir, { examples: EXAMPLES, force: true })).resolves.toMatchObject({
      examples: 'given',
    });
  });

  it('checks everything before writing: a bad schema leaves no folder behind', async () => {
    const dir = path.join(root, 'bad');
    await expect(
      initService(dir, {
        examples: EXAMPLES,
        schema: { value: { type: 'no-such-type' }, source: 'my.json' },
      }),
    ).rejects.toBeInstanceOf(ConfigError);
    expect(existsSync(dir)).toBe(false);
  });

  it('names a malformed examples.json already in the folder', async () => {
    const dir = path.join(root, 'malformed');
    await initService(dir, { examples: EXAMPLES });
    await writeFile(path.join(dir, 'examples.json'), '[{');
    await rm(path.join(dir, 'codify.json'));
    await expect(initService(dir, {})).rejects.toThrow(/examples .*examples\.json is not valid JSON/);
  });
});
