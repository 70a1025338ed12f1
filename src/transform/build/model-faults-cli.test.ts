import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, QueuedReply } from '../../../test/support/openai-server.ts';
import { NAME_CODE_ROBUST, NAME_EXAMPLES, NAME_SCHEMA, fenced, makeServiceDir } from '../testing/fixtures.ts';
import { runCodify } from '../../../test/support/codify-cli.ts';

/**
 * `codify transform build --model openai-compatible:…` (the real CLI) against the local test
 * server scripted to fail. The CLI has no flags for the retry policy, so the cases use faults the
 * default policy gets through quickly (Retry-After: 0, answers in the wrong language); slow faults
 * (timeouts, exponential backoff) are covered through the library in model-faults.test.ts.
 */

const codify = (args: string[]) => runCodify(args);

let server: OpenAICompatibleServer | null = null;
let dir: string | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

async function build(respond: (call: number) => QueuedReply, maxAttempts: number) {
  let calls = 0;
  server = await startOpenAICompatibleServer({ respond: () => respond(calls++) });
  dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': NAME_SCHEMA });
  const result = await codify([
    'transform',
    'build',
    dir,
    '--model',
    'openai-compatible:test-model',
    '--base-url',
    server.baseUrl,
    '--max-attempts',
    String(maxAttempts),
  ]);
  return { ...result, dir, requests: server.requests.filter((r) => r.api === 'chat.completions').length };
}

describe('codify transform build: model faults (real CLI)', { timeout: 120_000 }, () => {
  it('keeps getting 429: retries (default policy: 4), then exit 1 naming the cause, no transform.ts', async () => {
    const result = await build(() => ({ fault: '429', retryAfter: 0 }), 1);
    expect(result.signal).toBeNull();
    expect(result.code, result.stderr).toBe(1);
    expect(result.requests).toBe(5);
    expect(result.stderr).toMatch(/failed after 5 attempts: rate-limit \(HTTP 429\)/);
    expect(result.stderr).toMatch(/Build failed/);
    expect(existsSync(path.join(result.dir, 'transform.ts'))).toBe(false);
    expect(existsSync(path.join(result.dir, '.codify/attempts/1/attempt.json'))).toBe(true);
  });

  it('answers in Python every time: exit 1 with the check report, every attempt kept', async () => {
    const python = '```python\ndef transform(record):\n    return record\n```';
    const result = await build(() => ({ content: python }), 2);
    expect(result.code, result.stderr).toBe(1);
    expect(result.requests).toBe(2);
    expect(result.stderr).toMatch(/Build failed/);
    for (const attempt of ['1', '2']) {
      const attemptDir = path.join(result.dir, '.codify/attempts', attempt);
      expect(await readFile(path.join(attemptDir, 'response.txt'), 'utf8')).toBe(python);
      expect(existsSync(path.join(attemptDir, 'report.md'))).toBe(true);
    }
  });

  it('recovers from a 429 and a 500 and writes transform.ts (exit 0)', async () => {
    const faults: QueuedReply[] = [{ fault: '429', retryAfter: 0 }, { fault: '500' }];
    const result = await build((call) => faults[call] ?? { content: fenced(NAME_CODE_ROBUST) }, 1);
    expect(result.code, result.stderr).toBe(0);
    expect(result.requests).toBe(3);
    expect(await readFile(path.join(result.dir, 'transform.ts'), 'utf8')).toContain(
      'export default function transform',
    );
  });
});

describe('codify transform build --max-build-time (real CLI)', { timeout: 120_000 }, () => {
  it('stops a build against a server that never answers within the budget, saying why (exit 1)', async () => {
    server = await startOpenAICompatibleServer({ respond: () => ({ fault: 'slow', delayMs: 600_000 }) });
    dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': NAME_SCHEMA });
    const started = Date.now();
    // The default retry policy (5 tries × 120 s per call × 5 attempts): only the budget stops it soon.
    const result = await codify([
      'transform',
      'build',
      dir,
      '--model',
      'openai-compatible:test-model',
      '--base-url',
      server.baseUrl,
      '--max-build-time',
      '2s',
    ]);
    const elapsed = Date.now() - started;
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/time budget of 2 s was used up/);
    expect(existsSync(path.join(dir, 'transform.ts'))).toBe(false);
    // 2 s of budget plus the CLI's own start-up, which takes 10-40 s on a loaded two-core machine;
    // without the budget this build would take about 50 minutes.
    expect(elapsed).toBeLessThan(2_000 + 60_000);
    expect(server.requests.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses a nonsense duration, naming the flag (exit 2)', async () => {
    dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': NAME_SCHEMA });
    const result = await codify(['transform', 'build', dir, '--max-build-time', 'soon']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--max-build-time must be a duration such as 90s/);
  });
});
