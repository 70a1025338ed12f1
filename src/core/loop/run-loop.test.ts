import { describe, expect, it } from 'vitest';
import type { LoopEvent } from '../events/types.ts';
import { conciseReport, runLoop } from './run-loop.ts';
import type { CheckReport, Checker, Proposer, ProposeContext } from './types.ts';

/** Problem: find a number equal to `target`. The checker reports how far off a candidate is. */
interface Problem {
  target: number;
}

const checker: Checker<Problem, number> = {
  async check(problem, candidate): Promise<CheckReport> {
    if (candidate === problem.target) return { pass: true, failures: [], counts: {} };
    return {
      pass: false,
      failures: [
        {
          kind: 'logic',
          message: `off by ${problem.target - candidate}`,
          expected: problem.target,
          actual: candidate,
        },
      ],
      counts: { logic: 1 },
    };
  },
};

/** Proposes a fixed guess, then repairs from the feedback's `expected` field (like a model reading the report). */
function repairingProposer(
  name: string,
  firstGuess: number,
  seen: ProposeContext<Problem, number>['feedback'][] = [],
): Proposer<Problem, number> {
  return {
    name,
    async propose(context) {
      seen.push(context.feedback);
      const expected = context.feedback?.failures[0]?.expected;
      return { candidate: typeof expected === 'number' ? expected : firstGuess };
    },
  };
}

function giveUpAfter(name: string, guesses: number[]): Proposer<Problem, number> {
  const queue = [...guesses];
  return {
    name,
    async propose() {
      const next = queue.shift();
      return next === undefined ? null : { candidate: next };
    },
  };
}

describe('runLoop', () => {
  it('feeds the failure report back and passes on the repaired candidate', async () => {
    const feedbacks: (CheckReport | null)[] = [];
    const events: LoopEvent[] = [];
    const result = await runLoop({
      problem: { target: 7 },
      proposers: [repairingProposer('model', 3, feedbacks)],
      checker,
      budget: { maxAttempts: 5 },
      onEvent: (event) => events.push(event),
    });
    expect(result.status).toBe('passed');
    expect(result.best?.candidate).toBe(7);
    expect(result.attempts).toHaveLength(2);
    expect(feedbacks[0]).toBeNull();
    expect(feedbacks[1]?.failures[0]?.message).toBe('off by 4');
    expect(events.map((e) => e.type)).toEqual([
      'attempt-started',
      'candidate',
      'check-finished',
      'attempt-started',
      'candidate',
      'check-finished',
      'done',
    ]);
  });

  it('hands over to the next proposer when one returns null, cheapest first', async () => {
    const result = await runLoop({
      problem: { target: 9 },
      proposers: [giveUpAfter('local', [1]), repairingProposer('model', 2)],
      checker,
      budget: { maxAttempts: 5 },
    });
    expect(result.status).toBe('passed');
    expect(result.attempts.map((a) => a.proposer)).toEqual(['local', 'model']);
  });

  it('fails with a clear reason when the attempt budget runs out, keeping the best candidate', async () => {
    const result = await runLoop({
      problem: { target: 100 },
      proposers: [giveUpAfter('stubborn', [1, 2, 3, 4, 5])],
      checker,
      budget: { maxAttempts: 3 },
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/budget of 3 attempt/);
    expect(result.attempts).toHaveLength(3);
    expect(result.best?.candidate).toBe(1);
  });

  it('fails when every proposer gives up', async () => {
    const result = await runLoop({
      problem: { target: 100 },
      proposers: [giveUpAfter('a', [1]), giveUpAfter('b', [])],
      checker,
      budget: { maxAttempts: 10 },
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/Every proposer gave up after 1 attempt/);
  });

  it('stops on the token budget, counting usage from proposals', async () => {
    const usage = {
      provider: 'scripted',
      model: 'm',
      inputTokens: 600,
      outputTokens: 0,
      latencyMs: 0,
      costUsd: 0.01,
    };
    const proposer: Proposer<Problem, number> = {
      name: 'model',
      async propose() {
        return { candidate: 0, usage: [usage] };
      },
    };
    const result = await runLoop({
      problem: { target: 1 },
      proposers: [proposer],
      checker,
      budget: { maxAttempts: 10, maxTokens: 1000 },
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/token budget of 1000/);
    expect(result.attempts).toHaveLength(2);
    expect(result.usage).toHaveLength(2);
  });

  it('records proposer errors as attempts and switches proposer after two in a row', async () => {
    let calls = 0;
    const broken: Proposer<Problem, number> = {
      name: 'broken',
      async propose() {
        calls += 1;
        throw new Error('model unreachable');
      },
    };
    const events: LoopEvent[] = [];
    const result = await runLoop({
      problem: { target: 4 },
      proposers: [broken, repairingProposer('fallback', 4)],
      checker,
      budget: { maxAttempts: 5 },
      onEvent: (event) => events.push(event),
    });
    expect(calls).toBe(2);
    expect(result.status).toBe('passed');
    expect(result.attempts.map((a) => a.error ?? 'ok')).toEqual([
      'model unreachable',
      'model unreachable',
      'ok',
    ]);
    expect(events.filter((e) => e.type === 'attempt-error')).toHaveLength(2);
  });

  it('turns a throwing checker into a failure report instead of crashing', async () => {
    const result = await runLoop({
      problem: { target: 1 },
      proposers: [giveUpAfter('p', [1])],
      checker: {
        async check() {
          throw new Error('sandbox died');
        },
      },
      budget: { maxAttempts: 1 },
    });
    expect(result.status).toBe('failed');
    expect(result.attempts[0]?.report?.failures[0]).toMatchObject({
      kind: 'checker',
      message: 'sandbox died',
    });
  });

  it('is cancellable while a proposer is working', async () => {
    const controller = new AbortController();
    const slow: Proposer<Problem, number> = {
      name: 'slow',
      propose: ({ signal }) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new Error('aborted')));
          controller.abort();
        }),
    };
    const result = await runLoop({
      problem: { target: 1 },
      proposers: [slow],
      checker,
      budget: { maxAttempts: 3 },
      signal: controller.signal,
    });
    expect(result.status).toBe('cancelled');
  });

  it('streams candidate deltas as events', async () => {
    const events: LoopEvent[] = [];
    const streaming: Proposer<Problem, number> = {
      name: 'streaming',
      async propose({ onDelta }) {
        onDelta('4');
        onDelta('2');
        return { candidate: 42 };
      },
    };
    await runLoop({
      problem: { target: 42 },
      proposers: [streaming],
      checker,
      budget: { maxAttempts: 1 },
      onEvent: (e) => events.push(e),
    });
    expect(
      events.filter((e) => e.type === 'candidate-delta').map((e) => (e as { text: string }).text),
    ).toEqual(['4', '2']);
    // The attempt is announced once, before its first streamed text.
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'attempt-started')).toHaveLength(1);
    expect(types.indexOf('attempt-started')).toBeLessThan(types.indexOf('candidate-delta'));
  });
});

describe('conciseReport', () => {
  it('keeps the first N failures of each kind and the true counts', () => {
    const failures = [
      ...Array.from({ length: 8 }, (_, i) => ({ kind: 'schema', message: `s${i}` })),
      ...Array.from({ length: 2 }, (_, i) => ({ kind: 'logic', message: `l${i}` })),
    ];
    const concise = conciseReport({ pass: false, failures, counts: { schema: 8, logic: 2 } }, 3);
    expect(concise.failures.map((f) => f.message)).toEqual(['s0', 's1', 's2', 'l0', 'l1']);
    expect(concise.counts).toEqual({ schema: 8, logic: 2 });
  });
});
