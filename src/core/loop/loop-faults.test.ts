import { afterEach, describe, expect, it } from 'vitest';
import { createModel } from '../models/create-model.ts';
import type { LanguageModel } from '../models/types.ts';
import {
  startOpenAICompatibleServer,
  type OpenAICompatibleServer,
} from '../../../test/support/openai-server.ts';
import { runLoop } from './run-loop.ts';
import type { CheckReport, Checker, Proposer } from './types.ts';

// The loop with a real provider client over HTTP against the local test server, whose answers
// and faults are scripted. The point: every fault ends in a retry or a clear failure, never a hang.

let server: OpenAICompatibleServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Proposes whatever number the model answers. */
function modelProposer(model: LanguageModel): Proposer<number, number> {
  return {
    name: model.spec,
    async propose({ feedback, signal }) {
      const hint = feedback ? `Wrong: ${feedback.failures[0]?.message}` : 'Pick a number.';
      const result = await model.generate({ messages: [{ role: 'user', content: hint }], signal });
      return { candidate: Number(result.text.trim()), rawResponse: result.text, usage: [result.usage] };
    },
  };
}

const equalsTarget: Checker<number, number> = {
  async check(target, candidate): Promise<CheckReport> {
    return candidate === target
      ? { pass: true, failures: [], counts: {} }
      : {
          pass: false,
          failures: [{ kind: 'logic', message: `${candidate} is not it` }],
          counts: { logic: 1 },
        };
  },
};

function modelFor(baseUrl: string): LanguageModel {
  const model = createModel('openai-compatible:test-model', {
    baseUrl,
    env: {},
    maxRetries: 2,
    retryBaseMs: 1,
    retryMaxDelayMs: 5,
    timeoutMs: 5_000,
  });
  if (!model) throw new Error('expected a model');
  return model;
}

describe('runLoop over a faulty provider', () => {
  it('retries through 429 and 500, repairs from feedback, and accounts every successful call', async () => {
    server = await startOpenAICompatibleServer({
      replies: [{ fault: '429', retryAfterMs: 1 }, { content: '3' }, { fault: '500' }, { content: '7' }],
    });
    const result = await runLoop({
      problem: 7,
      proposers: [modelProposer(modelFor(server.baseUrl))],
      checker: equalsTarget,
      budget: { maxAttempts: 3 },
    });
    expect(result.status).toBe('passed');
    expect(result.attempts).toHaveLength(2);
    expect(result.usage.map((u) => u.outputTokens > 0)).toEqual([true, true]);
    expect(server.requests.filter((r) => r.api === 'chat.completions')).toHaveLength(4);
    // The repair prompt carried the checker's feedback.
    const last = server.requests.at(-1)?.body as { messages: { content: string }[] };
    expect(last.messages.at(-1)?.content).toContain('3 is not it');
  });

  it('fails clearly when the provider keeps failing, recording each failed attempt', async () => {
    server = await startOpenAICompatibleServer({ respond: () => ({ fault: '500' }) });
    const result = await runLoop({
      problem: 1,
      proposers: [modelProposer(modelFor(server.baseUrl))],
      checker: equalsTarget,
      budget: { maxAttempts: 5 },
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/gave up/);
    expect(result.attempts).toHaveLength(2);
    for (const attempt of result.attempts) expect(attempt.error).toMatch(/500|server/i);
  });

  it('turns a cut stream and malformed JSON into retries, not hangs', async () => {
    server = await startOpenAICompatibleServer({
      replies: [{ fault: 'malformed-json' }, { fault: 'cut-stream', content: '4' }, { content: '4' }],
    });
    const model = modelFor(server.baseUrl);
    const streaming: Proposer<number, number> = {
      name: 'streaming',
      async propose({ signal, onDelta }) {
        const result = await model.generate({
          messages: [{ role: 'user', content: 'n?' }],
          signal,
          onTextDelta: onDelta,
        });
        return { candidate: Number(result.text.trim()), usage: [result.usage] };
      },
    };
    const result = await runLoop({
      problem: 4,
      proposers: [streaming],
      checker: equalsTarget,
      budget: { maxAttempts: 2 },
    });
    expect(result.status).toBe('passed');
    expect(server.requests.filter((r) => r.api === 'chat.completions')).toHaveLength(3);
  });
});
