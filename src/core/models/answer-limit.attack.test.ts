/**
 * The answer cap under the default setting, measured: a local test server streams an answer that
 * never ends (scripted test data, no real model) and the process's peak RSS is sampled meanwhile.
 * Before the cap, a 300 MB stream took RSS to 670 MB and only the per-call timeout stopped it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, QueuedReply } from '../../../test/support/openai-server.ts';
import { DEFAULT_MAX_ANSWER_BYTES, createModel } from './create-model.ts';
import { ModelCallError } from './errors.ts';

let server: OpenAICompatibleServer;
beforeEach(async () => {
  server = await startOpenAICompatibleServer();
});
afterEach(async () => {
  await server.close();
});

const MiB = 1024 * 1024;

describe('answer cap at its default (memory)', { timeout: 120_000 }, () => {
  const cases: [string, QueuedReply, boolean][] = [
    ['an endless stream in 64 KiB chunks', { fault: 'huge' }, true],
    ['an endless stream of 1 KiB chunks', { fault: 'huge', chunkBytes: 1024 }, true],
    ['an endless non-streamed body', { fault: 'huge' }, false],
  ];
  for (const [name, fault, stream] of cases) {
    it(`stops ${name} at ${DEFAULT_MAX_ANSWER_BYTES / MiB} MiB with bounded memory`, async () => {
      server.enqueue(fault);
      const model = createModel('openai-compatible:test-model', { baseUrl: server.baseUrl, env: {} });
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 10);
      const started = Date.now();
      const error = await model
        ?.generate({
          messages: [{ role: 'user', content: 'hi' }],
          ...(stream ? { onTextDelta: () => {} } : {}),
        })
        .then(
          () => null,
          (e: unknown) => e,
        )
        .finally(() => clearInterval(sampler));
      expect(error).toBeInstanceOf(ModelCallError);
      expect((error as ModelCallError).kind).toBe('too-large');
      const sent = server.requests[0]?.bytesSent ?? 0;
      console.log(
        `${name}: stopped after ${Math.round(sent / MiB)} MiB sent in ${Date.now() - started} ms; ` +
          `peak RSS +${Math.round((peak - before) / MiB)} MiB`,
      );
      expect(sent).toBeLessThan(DEFAULT_MAX_ANSWER_BYTES + 16 * MiB);
      expect(peak - before).toBeLessThan(400 * MiB);
    });
  }
});
