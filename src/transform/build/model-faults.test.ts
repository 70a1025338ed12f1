import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createModel } from '../../core/models/index.ts';
import type { CreateModelOptions } from '../../core/models/index.ts';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, QueuedReply } from '../../../test/support/openai-server.ts';
import { readServiceFiles } from '../service/files.ts';
import {
  NAME_CODE_ROBUST,
  NAME_EXAMPLES,
  NAME_SCHEMA,
  fenced,
  makeServiceDir,
  removeServiceDirs,
} from '../testing/fixtures.ts';
import { buildTransform } from './build.ts';
import type { BuildResult } from './build.ts';

afterAll(removeServiceDirs);

/**
 * Model faults through the build path: the real provider code (AI SDK over HTTP) against the local
 * OpenAI-compatible test server, scripted to fail. Every answer it gives is scripted test data.
 * Small timeouts and backoff bases (the documented `createModel` options) keep each case short;
 * what is asserted is the outcome (retried, then a clear failure with its report, or a recovery),
 * never how long it took.
 */
const RETRIES = 2;
const FAST: CreateModelOptions = {
  maxRetries: RETRIES,
  // Generous: a loaded machine must not turn a good answer into a timeout; the timeout case sets its own.
  timeoutMs: 20_000,
  retryBaseMs: 5,
  retryMaxDelayMs: 20,
  maxRetryAfterMs: 50,
};

let server: OpenAICompatibleServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function buildAgainst(
  respond: (call: number) => QueuedReply,
  options: { maxAttempts?: number; model?: CreateModelOptions } = {},
): Promise<{ result: BuildResult; dir: string; requests: number }> {
  let calls = 0;
  server = await startOpenAICompatibleServer({ respond: () => respond(calls++) });
  const dir = await makeServiceDir({
    'examples.json': NAME_EXAMPLES,
    'schema.json': NAME_SCHEMA,
    'codify.json': { name: 'names', model: 'openai-compatible:test-model' },
  });
  const model = createModel('openai-compatible:test-model', {
    baseUrl: server.baseUrl,
    ...FAST,
    ...options.model,
  });
  const result = await buildTransform(await readServiceFiles(dir), {
    model,
    useLocal: false,
    maxAttempts: options.maxAttempts ?? 2,
  });
  return { result, dir, requests: server.requests.filter((r) => r.api === 'chat.completions').length };
}

/** The attempts a build kept, as their attempt.json files say. */
async function attemptRecords(dir: string): Promise<{ proposer: string; error?: string }[]> {
  const root = path.join(dir, '.codify/attempts');
  const names = (await readdir(root)).sort((a, b) => Number(a) - Number(b));
  return Promise.all(
    names.map(
      async (name) =>
        JSON.parse(await readFile(path.join(root, name, 'attempt.json'), 'utf8')) as {
          proposer: string;
          error?: string;
        },
    ),
  );
}

const PYTHON =
  '```python\ndef transform(record):\n    first, last = record["name"].split(" ", 1)\n    return {"first": first, "last": last}\n```';
const JSON_BLOB = '```json\n{"first": "Ada", "last": "Lovelace"}\n```';
const PROSE =
  'To split a name, take the text before the first space as the first name and the rest as the last name.';

describe('model faults through the build path', { timeout: 60_000 }, () => {
  const transient: [string, QueuedReply, RegExp, CreateModelOptions?][] = [
    ['429 with Retry-After', { fault: '429', retryAfter: 0 }, /rate-limit \(HTTP 429\)/],
    ['500', { fault: '500' }, /server-error \(HTTP 500\)/],
    ['a timeout', { fault: 'slow', delayMs: 10_000 }, /timeout: no answer within 300 ms/, { timeoutMs: 300 }],
    [
      'a truncated stream',
      { fault: 'cut-stream', content: '```ts\nexport default function' },
      /truncated-stream/,
    ],
    ['garbage (a body that is not JSON)', { fault: 'malformed-json' }, /malformed-response/],
    ['a connection reset', { fault: 'reset' }, /network: .*closed/],
  ];

  for (const [name, fault, message, model] of transient) {
    it(`retries on ${name}, then fails the build with a clear reason and keeps every attempt`, async () => {
      const { result, dir, requests } = await buildAgainst(() => fault, model ? { model } : {});
      expect(result.status).toBe('failed');
      expect(result.wrote).toBeNull();
      expect(existsSync(path.join(dir, 'transform.ts'))).toBe(false);
      // Two attempts (the budget), each of 1 + maxRetries requests.
      expect(requests).toBe(2 * (RETRIES + 1));
      const attempts = await attemptRecords(dir);
      expect(attempts).toHaveLength(2);
      for (const attempt of attempts) {
        expect(attempt.proposer).toBe('model:openai-compatible:test-model');
        expect(attempt.error).toMatch(
          new RegExp(
            `^Model call to openai-compatible:test-model failed after ${RETRIES + 1} attempts: ${message.source}`,
          ),
        );
      }
      // The cause is in each attempt (above) and in the build's events; the reason itself only
      // says the budget ran out (reported to the lead: it could carry the last attempt's error).
      expect(result.reason).toMatch(/budget of 2 attempt\(s\) is used up/);
      const lastBuild = JSON.parse(await readFile(path.join(dir, '.codify/last-build.json'), 'utf8')) as {
        status: string;
      };
      expect(lastBuild.status).toBe('failed');
    });
  }

  it('honours Retry-After: a 429 asking for more than the ceiling is still retried, and the build recovers', async () => {
    const { result, requests } = await buildAgainst((call) =>
      call === 0 ? { fault: '429', retryAfter: 30 } : { content: fenced(NAME_CODE_ROBUST) },
    );
    // The wait is capped by maxRetryAfterMs (50 ms here), so the build neither hangs nor gives up.
    expect(result.status).toBe('passed');
    expect(requests).toBe(2);
  });

  it('recovers from a mix of faults within one attempt and writes transform.ts', async () => {
    const faults: QueuedReply[] = [{ fault: '500' }, { fault: 'reset' }];
    const { result, dir, requests } = await buildAgainst(
      (call) => faults[call] ?? { content: fenced(NAME_CODE_ROBUST) },
    );
    expect(result.status, result.reason).toBe('passed');
    expect(requests).toBe(3);
    expect(result.attempts).toBe(1);
    expect(await readFile(path.join(dir, 'transform.ts'), 'utf8')).toContain(
      'export default function transform',
    );
  });

  it('recovers when a later attempt succeeds after every retry of the first one failed', async () => {
    const { result, requests } = await buildAgainst(
      (call) => (call < RETRIES + 1 ? { fault: '500' } : { content: fenced(NAME_CODE_ROBUST) }),
      { maxAttempts: 3 },
    );
    expect(result.status, result.reason).toBe('passed');
    expect(requests).toBe(RETRIES + 2);
  });

  const wrong: [string, string, RegExp][] = [
    ['Python', PYTHON, /types|syntax|compile|error/i],
    ['a JSON blob', JSON_BLOB, /.+/],
    ['prose without code', PROSE, /no code|code block|.+/i],
  ];
  for (const [name, answer, report] of wrong) {
    it(`fails the build with a report when the model answers ${name}, telling the model each time`, async () => {
      const { result, dir, requests } = await buildAgainst(() => ({ content: answer }));
      expect(result.status).toBe('failed');
      expect(requests).toBe(2); // One call per attempt: a wrong answer is not a transport fault.
      expect(result.report?.pass).toBe(false);
      expect(result.reason).toMatch(report);
      // The failure report of the first answer was sent back to the model in the second call.
      const second = JSON.stringify(server?.requests[1]?.body);
      expect(second).toContain(answer.slice(0, 20).replace(/\n/g, '\\n').replace(/"/g, '\\"'));
      const attempts = await readdir(path.join(dir, '.codify/attempts'));
      expect(attempts.length).toBe(2);
      for (const attempt of attempts) {
        expect(existsSync(path.join(dir, '.codify/attempts', attempt, 'report.md'))).toBe(true);
        expect(await readFile(path.join(dir, '.codify/attempts', attempt, 'response.txt'), 'utf8')).toBe(
          answer,
        );
      }
    });
  }
});
