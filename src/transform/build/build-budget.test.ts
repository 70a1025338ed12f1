import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../core/errors.ts';
import { createModel } from '../../core/models/index.ts';
import type { CreateModelOptions } from '../../core/models/index.ts';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, QueuedReply } from '../../../test/support/openai-server.ts';
import { readServiceFiles } from '../service/files.ts';
import { DEFAULT_SETTINGS } from '../service/types.ts';
import { loadService } from '../service.ts';
import { NAME_CODE_NAIVE, NAME_EXAMPLES, NAME_SCHEMA, makeServiceDir } from '../testing/fixtures.ts';
import { buildTransform } from './build.ts';

/**
 * The build's total wall-time budget against a model server that never answers (the local test
 * server, scripted). Without it a hanging provider held a build for attempts × retries × the
 * per-call timeout: about 50 minutes with the defaults.
 */
let server: OpenAICompatibleServer | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await server?.close();
  server = null;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function serviceDir(settings: Record<string, unknown> = {}): Promise<string> {
  const dir = await makeServiceDir({
    'examples.json': NAME_EXAMPLES,
    'schema.json': NAME_SCHEMA,
    'codify.json': { name: 'names', model: 'openai-compatible:test-model', settings },
  });
  dirs.push(dir);
  return dir;
}

async function hangingModel(
  reply: () => Promise<QueuedReply> | QueuedReply,
  options: CreateModelOptions = {},
) {
  server = await startOpenAICompatibleServer({ respond: reply });
  // The default retry policy (5 tries × 120 s per call): only the build's budget can stop it soon.
  return createModel('openai-compatible:test-model', { baseUrl: server.baseUrl, env: {}, ...options });
}

describe('build wall-time budget', { timeout: 30_000 }, () => {
  it('has a default that stops a hanging provider in minutes, not the ~50 the retries allow', () => {
    expect(DEFAULT_SETTINGS.maxBuildTimeMs).toBe(10 * 60 * 1000);
  });

  it('stops a build against a server that never answers within the budget and says why', async () => {
    const model = await hangingModel(() => ({ fault: 'slow', delayMs: 600_000 }));
    const dir = await serviceDir();
    const started = Date.now();
    const result = await buildTransform(await readServiceFiles(dir), {
      model,
      useLocal: false,
      maxBuildTimeMs: 1_500,
    });
    const elapsed = Date.now() - started;
    expect(result.status).toBe('failed');
    expect(result.timedOut).toBe(true);
    expect(result.reason).toMatch(/time budget of 1\.5 s .*used up/);
    expect(result.reason).toMatch(/--max-build-time|maxBuildTimeMs/);
    expect(elapsed).toBeGreaterThanOrEqual(1_400);
    expect(elapsed).toBeLessThan(1_500 + 2_000);
    // What was tried is kept, and the build's record says it ran out of time.
    const lastBuild = JSON.parse(await readFile(path.join(dir, '.codify/last-build.json'), 'utf8')) as {
      status: string;
      reason: string;
    };
    expect(lastBuild.status).toBe('failed');
    expect(lastBuild.reason).toMatch(/time budget/);
  });

  it('reads the budget from codify.json settings.maxBuildTimeMs, across retries of a slow 500', async () => {
    // Each call fails after 300 ms and is retried with backoff: retries alone would take far longer.
    const model = await hangingModel(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { fault: '500' };
      },
      { maxRetries: 50, retryBaseMs: 200, retryMaxDelayMs: 200 },
    );
    const dir = await serviceDir({ maxBuildTimeMs: 1_200, maxAttempts: 50 });
    const started = Date.now();
    const result = await buildTransform(await readServiceFiles(dir), { model, useLocal: false });
    expect(result.status).toBe('failed');
    expect(result.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_200 + 2_000);
    // No request started after the deadline.
    const lastRequest = Math.max(...(server?.requests.map((r) => r.receivedAt) ?? [0]));
    expect(lastRequest).toBeLessThanOrEqual(started + 1_200 + 100);
  });

  it('a caller cancel is still reported as cancelled, not as the budget', async () => {
    const model = await hangingModel(() => ({ fault: 'slow', delayMs: 600_000 }));
    const dir = await serviceDir();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const result = await buildTransform(await readServiceFiles(dir), {
      model,
      useLocal: false,
      maxBuildTimeMs: 5_000,
      signal: controller.signal,
    });
    expect(result.status).toBe('cancelled');
    expect(result.timedOut).toBeUndefined();
  });

  it('refuses a nonsense settings.maxBuildTimeMs in codify.json, naming it', async () => {
    for (const value of [0, -5, 1.5, 'ten minutes']) {
      const dir = await serviceDir();
      await writeFile(
        path.join(dir, 'codify.json'),
        JSON.stringify({ name: 'names', settings: { maxBuildTimeMs: value } }),
      );
      const error = await readServiceFiles(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/settings\.maxBuildTimeMs/);
    }
  });

  it(
    "bounds a run's rebuilds too, with the budget given when the service is loaded (the CLI's flag)",
    { timeout: 90_000 },
    async () => {
      await hangingModel(() => ({ fault: 'slow', delayMs: 600_000 }));
      const dir = await serviceDir({ qaRate: 0, qaMin: 0, maxRebuilds: 1 });
      await writeFile(path.join(dir, 'transform.ts'), NAME_CODE_NAIVE);
      const service = await loadService(dir, {
        modelOptions: { baseUrl: server?.baseUrl ?? '' },
        maxBuildTimeMs: 1_000,
      });
      const finished: string[] = [];
      service.events.subscribe(({ event }) => {
        if (event.type === 'build-finished') finished.push(event.reason);
      });
      // A one-word name makes the naive code throw, which asks for a rebuild from the hanging model.
      const handle = service.run([{ name: 'Ada Lovelace' }, { name: 'Plato' }]);
      const results = [];
      for await (const result of handle) results.push(result);
      expect((await handle.summary).rebuilds).toBe(1);
      expect(finished).toHaveLength(1);
      expect(finished[0]).toMatch(/time budget of 1 s was used up/);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
    },
  );
});
