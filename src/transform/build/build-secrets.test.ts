import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createModel } from '../../core/models/index.ts';
import { collectSecrets } from '../../core/secrets/index.ts';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, RecordedRequest } from '../../../test/support/openai-server.ts';
import type { TransformEvent } from '../events.ts';
import { readServiceFiles } from '../service/files.ts';
import { NAME_CODE_ROBUST, NAME_EXAMPLES, NAME_SCHEMA, fenced, makeServiceDir } from '../testing/fixtures.ts';
import { buildTransform } from './build.ts';

/**
 * A model server that echoes the request's Authorization header into its answer (scripted test
 * data from the local test server): the key must reach no file the build writes, no event and no
 * cassette, and code that held it must never be written in a form that was not checked.
 */
const KEY = `sk-codify-${Math.random().toString(36).slice(2)}-0123456789`;

let server: OpenAICompatibleServer | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await server?.close();
  server = null;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const bearer = (request: RecordedRequest) =>
  String(request.headers['authorization'] ?? '').replace(/^Bearer /, '');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function buildEchoing(answer: (key: string) => string, maxAttempts = 1, chunkSize?: number) {
  server = await startOpenAICompatibleServer({
    respond: (request) => ({
      content: answer(bearer(request)),
      ...(chunkSize === undefined ? {} : { chunkSize }),
    }),
  });
  const dir = await makeServiceDir({
    'examples.json': NAME_EXAMPLES,
    'schema.json': NAME_SCHEMA,
    'codify.json': { name: 'names', model: 'openai-compatible:test-model' },
  });
  dirs.push(dir);
  const cassette = path.join(dir, 'calls.cassette.jsonl');
  // The key is given the way the CLI gives it: CODIFY_API_KEY, read by createModel.
  const model = createModel('openai-compatible:test-model', {
    baseUrl: server.baseUrl,
    env: { CODIFY_API_KEY: KEY },
    record: cassette,
  });
  const events: TransformEvent[] = [];
  const result = await buildTransform(await readServiceFiles(dir), {
    model,
    useLocal: false,
    maxAttempts,
    onEvent: (event) => events.push(event),
  });
  expect(server.requests[0]?.headers['authorization']).toBe(`Bearer ${KEY}`);
  return { dir, result, events, cassette };
}

async function expectNoKeyAnywhere(dir: string, result: unknown, events: unknown) {
  const files = await filesUnder(dir);
  expect(files.some((file) => file.endsWith('response.txt'))).toBe(true);
  for (const file of files) expect(await readFile(file, 'utf8'), file).not.toContain(KEY);
  expect(JSON.stringify(result)).not.toContain(KEY);
  expect(JSON.stringify(events)).not.toContain(KEY);
}

describe('secrets echoed by a model', { timeout: 60_000 }, () => {
  it('never reach transform.ts, the attempt files, the cassette, the events or the result', async () => {
    const { dir, result, events, cassette } = await buildEchoing(
      (key) =>
        `Using Authorization: Bearer ${key}\n\n${fenced(`// request key: ${key}\n${NAME_CODE_ROBUST}`)}`,
    );
    expect(result.status, result.reason).toBe('passed');
    const transform = await readFile(path.join(dir, 'transform.ts'), 'utf8');
    expect(transform).toContain('// request key: [redacted]');
    expect(existsSync(cassette)).toBe(true);
    await expectNoKeyAnywhere(dir, result, events);
    // Said, not only done: the build result warns that the answer held a secret.
    expect(result.warnings?.join('\n')).toMatch(
      /held the value of a secret .*replaced with \[redacted\] before/,
    );
  });

  it('code whose behaviour depended on the secret is checked as redacted, so it fails instead of being written changed', async () => {
    const code = (key: string) =>
      NAME_CODE_ROBUST.replace(
        'return { first, last };',
        `const token = '${key}';\n  return token.startsWith('sk-') ? { first, last } : { first: 'x', last: 'x' };`,
      );
    const { dir, result, events } = await buildEchoing((key) => fenced(code(key)));
    expect(result.status).toBe('failed');
    expect(existsSync(path.join(dir, 'transform.ts'))).toBe(false);
    expect(result.warnings?.join('\n')).toMatch(/secret/);
    await expectNoKeyAnywhere(dir, result, events);
  });

  it('redacts the server token too, once the server has named it (as `codify serve --token` does)', async () => {
    const token = `server-token-${Math.random().toString(36).slice(2)}`;
    collectSecrets({}, [token]);
    const { dir, result, events } = await buildEchoing(() =>
      fenced(`// token ${token}\n${NAME_CODE_ROBUST}`),
    );
    expect(result.status, result.reason).toBe('passed');
    for (const file of await filesUnder(dir)) expect(await readFile(file, 'utf8'), file).not.toContain(token);
    expect(JSON.stringify([result, events])).not.toContain(token);
  });

  it('a key split across streamed chunks never shows in the streamed events either', async () => {
    for (const chunkSize of [3, 7, 16]) {
      const { events } = await buildEchoing((key) => fenced(`// ${key}\n${NAME_CODE_ROBUST}`), 1, chunkSize);
      const deltas = events.flatMap((e) => (e.type === 'candidate-delta' ? [e.text] : []));
      expect(deltas.length).toBeGreaterThan(10);
      const streamed = deltas.join('');
      expect(streamed).not.toContain(KEY);
      expect(streamed).toContain('// [redacted]');
      expect(streamed).toContain('export default function transform');
      await server?.close();
      server = null;
    }
  });
});
