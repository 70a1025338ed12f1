import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createModel } from '../../core/models/index.ts';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, QueuedReply } from '../../../test/support/openai-server.ts';
import { readServiceFiles } from '../service/files.ts';
import { NAME_EXAMPLES, NAME_SCHEMA, makeServiceDir } from '../testing/fixtures.ts';
import { buildTransform } from './build.ts';

/**
 * Builds against model servers that misbehave (the local test server, scripted: no real model),
 * with the default retry policy and a short build budget: each build must stop within the budget,
 * with every attempt's typed error kept, having read a bounded amount.
 */
const BUDGET_MS = 2_000;

let server: OpenAICompatibleServer | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await server?.close();
  server = null;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function attemptErrors(dir: string): Promise<string[]> {
  const root = path.join(dir, '.codify/attempts');
  const names = await readdir(root);
  const metas = await Promise.all(
    names.map(
      async (name) =>
        JSON.parse(await readFile(path.join(root, name, 'attempt.json'), 'utf8')) as { error?: string },
    ),
  );
  return metas.map((meta) => meta.error ?? '');
}

describe('builds against misbehaving model servers', { timeout: 30_000 }, () => {
  const cases: [string, QueuedReply, RegExp][] = [
    ['answers 200 with an HTML page', { fault: 'garbage' }, /malformed-response|deadline/],
    ['drops the connection mid-stream', { fault: 'drop-mid-stream' }, /truncated-stream|deadline/],
    ['streams tiny chunks without end', { fault: 'tiny-chunks', intervalMs: 1 }, /deadline/],
    ['sends its answer one byte at a time', { fault: 'trickle', byteDelayMs: 50 }, /deadline/],
    ['streams a huge answer without end', { fault: 'huge', chunkBytes: 1024 }, /too-large|deadline/],
    ['never answers at all', { fault: 'slow', delayMs: 600_000 }, /deadline/],
  ];
  for (const [name, fault, kind] of cases) {
    it(`stops within the budget when the server ${name}`, async () => {
      server = await startOpenAICompatibleServer({ respond: () => fault });
      const dir = await makeServiceDir({
        'examples.json': NAME_EXAMPLES,
        'schema.json': NAME_SCHEMA,
        'codify.json': { name: 'names', model: 'openai-compatible:test-model' },
      });
      dirs.push(dir);
      const model = createModel('openai-compatible:test-model', { baseUrl: server.baseUrl, env: {} });
      const started = Date.now();
      const result = await buildTransform(await readServiceFiles(dir), {
        model,
        useLocal: false,
        maxBuildTimeMs: BUDGET_MS,
      });
      const elapsed = Date.now() - started;
      expect(result.status).toBe('failed');
      expect(elapsed).toBeLessThan(BUDGET_MS + 1_500);
      const errors = await attemptErrors(dir);
      expect(errors.length).toBeGreaterThanOrEqual(1);
      for (const error of errors)
        expect(error).toMatch(new RegExp(`^Model call to .* failed after \\d+ attempts?: (${kind.source})`));
      // Nothing unbounded: the server wrote what the client read, far under the answer cap.
      const bytes = server.requests.reduce((sum, r) => sum + r.bytesSent, 0);
      expect(bytes).toBeLessThan(64 * 1024 * 1024 + 16_000_000);
    });
  }
});
