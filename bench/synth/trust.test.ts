import { describe, expect, it } from 'vitest';
import { synthesize } from '../../src/transform/synth/index.ts';
import {
  createSynthEngine,
  synthEngine,
  type Engine,
  type Example,
  type Learned,
  type Verdict,
} from './engine-adapter.ts';
import type { BenchTask } from './task.ts';
import { evaluateTask, median, scoreRecords, summarize, type EvaluateOptions } from './trust-metrics.ts';

const options: EvaluateOptions = {
  timeoutMs: 1000,
  giveInputs: true,
  maxQuestions: 3,
  perRound: 1,
  keepWrong: 5,
};

/** A learned transform with a fixed verdict per input (keyed by the input's `id`). */
function scripted(verdicts: Record<string, Verdict>): Learned {
  return {
    durationMs: 7,
    complete: true,
    notes: [],
    apply: (input) => verdicts[(input as { id: string }).id] ?? { kind: 'error', message: 'unscripted' },
    questions: () => [],
  };
}

/**
 * A lookup-table engine: writes the label of any input it has an example for, sends the rest to
 * review, and asks about unseen inputs, most frequent first. Records every example set it learns from.
 */
function lookupEngine(seen: Example[][], ask: (unseen: unknown[]) => unknown[] = (u) => u): Engine {
  return {
    name: 'lookup',
    learn(examples) {
      seen.push(examples);
      const table = new Map(examples.map((e) => [JSON.stringify(e.input), e.output]));
      return {
        durationMs: 10 * examples.length,
        complete: true,
        notes: [],
        apply: (input) =>
          table.has(JSON.stringify(input))
            ? { kind: 'written', output: table.get(JSON.stringify(input)) }
            : { kind: 'review', candidates: [] },
        questions(inputs, max) {
          const counts = new Map<string, { input: unknown; n: number }>();
          for (const input of inputs) {
            const key = JSON.stringify(input);
            if (table.has(key)) continue;
            counts.set(key, { input, n: (counts.get(key)?.n ?? 0) + 1 });
          }
          const unseen = [...counts.values()].sort((a, b) => b.n - a.n).map((c) => c.input);
          return ask(unseen).slice(0, max + 2); // asks for more than allowed: the harness must cut it
        },
      };
    },
  };
}

const letters: BenchTask = {
  name: 'letters',
  category: 'demo',
  description: 'letter → upper case',
  train: [
    { input: 'a', output: 'A' },
    { input: 'b', output: 'B' },
  ],
  test: [
    { input: 'a', output: 'A' },
    { input: 'c', output: 'C' },
    { input: 'c', output: 'C' },
    { input: 'c', output: 'C' },
    { input: 'd', output: 'D' },
    { input: 'd', output: 'D' },
    { input: 'e', output: 'E' },
    { input: 'b', output: 'B' },
  ],
};

describe('trust metrics', () => {
  it('counts written, right, review and errors; precision is over written records, recall over all', async () => {
    const test: Example[] = ['r1', 'r2', 'r3', 'w1', 'v1', 'e1'].map((id) => ({
      input: { id },
      output: { v: id },
    }));
    const learned = scripted({
      r1: { kind: 'written', output: { v: 'r1' } },
      r2: { kind: 'written', output: { v: 'r2' } },
      r3: { kind: 'written', output: { v: 'r3', extra: null } }, // a null field equals an absent one
      w1: { kind: 'written', output: { v: 'WRONG' } },
      v1: { kind: 'review', candidates: [{ v: 'v1' }, { v: 'x' }] },
      e1: { kind: 'error', message: 'threw' },
    });
    const { counts, wrong } = scoreRecords(learned, test, 10);
    expect(counts).toEqual({
      total: 6,
      written: 4,
      writtenRight: 3,
      review: 1,
      errors: 1,
      unsettled: 0,
      unsettledReview: 0,
    });
    expect(wrong).toEqual([{ input: { id: 'w1' }, expected: { v: 'w1' }, actual: { v: 'WRONG' } }]);
    expect(scoreRecords(learned, test, 0).wrong).toEqual([]);

    const engine: Engine = { name: 'scripted', learn: () => learned };
    const task: BenchTask = { name: 't', category: 'c', description: '', train: [], test };
    const summary = summarize([await evaluateTask(engine, task, options)]);
    expect(summary.precision).toBe(3 / 4);
    expect(summary.recall).toBe(3 / 6);
    expect(summary.generalizedInitially).toBe(0);
    expect(summary.questions).toBe(0); // nothing asked: the scripted engine has no questions
  });

  it('counts a written output for a record marked review (no rule can settle it) as wrong, and review as its right outcome', async () => {
    const test = [
      { input: { id: 'r1' }, output: 1 },
      { input: { id: 'u1' }, output: 2, review: true as const },
      { input: { id: 'u2' }, output: 3, review: true as const },
    ];
    const guessing = scripted({
      r1: { kind: 'written', output: 1 },
      u1: { kind: 'written', output: 2 }, // right by luck: still a guess
      u2: { kind: 'review', candidates: [] },
    });
    expect(scoreRecords(guessing, test).counts).toEqual({
      total: 3,
      written: 2,
      writtenRight: 1,
      review: 1,
      errors: 0,
      unsettled: 2,
      unsettledReview: 1,
    });
    const careful = scripted({
      r1: { kind: 'written', output: 1 },
      u1: { kind: 'review', candidates: [] },
      u2: { kind: 'review', candidates: [] },
    });
    const task: BenchTask = { name: 't', category: 'c', description: '', train: [], test };
    const guessed = await evaluateTask({ name: 'g', learn: () => guessing }, task, options);
    const kept = await evaluateTask({ name: 'k', learn: () => careful }, task, options);
    expect(guessed.generalizedInitially).toBe(false);
    expect(kept.generalizedInitially).toBe(true);
    expect(summarize([guessed]).precision).toBe(1 / 2);
  });

  it('pools records across tasks for precision and recall, and reports null when nothing was written', async () => {
    const none: Engine = { name: 'none', learn: () => scripted({}) };
    const all: Engine = {
      name: 'all',
      learn: () => scripted({ x: { kind: 'written', output: 1 }, y: { kind: 'written', output: 2 } }),
    };
    const task = (name: string, ids: string[]): BenchTask => ({
      name,
      category: 'c',
      description: '',
      train: [],
      test: ids.map((id) => ({ input: { id }, output: 1 })),
    });
    const empty = summarize([await evaluateTask(none, task('n', ['x']), options)]);
    expect(empty.precision).toBeNull();
    expect(empty.recall).toBe(0);
    expect(empty.tasksWritingNothing).toBe(1);
    expect(empty.tasksWritingWrong).toBe(0);
    // Task 1: x right (1 of 1). Task 2: x right, y wrong (1 of 2). Pooled: 2 right of 3 written.
    const pooled = summarize([
      await evaluateTask(all, task('a', ['x']), options),
      await evaluateTask(all, task('b', ['x', 'y']), options),
    ]);
    expect(pooled.precision).toBeCloseTo(2 / 3, 12);
    expect(pooled.recall).toBeCloseTo(2 / 3, 12);
    expect(pooled.generalizedFinally).toBe(1);
    expect(pooled.tasksWritingWrong).toBe(1);
    expect(pooled.tasksWritingNothing).toBe(0);
  });

  it('answers questions with the held-back labels, rebuilds, and counts questions until generalized', async () => {
    const seen: Example[][] = [];
    const result = await evaluateTask(lookupEngine(seen), letters, options);
    // Before: a and b written (3 records), c, d, e in review. It asks c (3 records), then d, then e.
    expect(result.initial).toEqual({
      total: 8,
      written: 2,
      writtenRight: 2,
      review: 6,
      errors: 0,
      unsettled: 0,
      unsettledReview: 0,
    });
    expect(result.generalizedInitially).toBe(false);
    expect(result.questions).toBe(3);
    expect(result.questionsToGeneralize).toBe(3);
    expect(result.generalizedFinally).toBe(true);
    expect(result.final).toEqual({
      total: 8,
      written: 8,
      writtenRight: 8,
      review: 0,
      errors: 0,
      unsettled: 0,
      unsettledReview: 0,
    });
    // One question per round, each answered with its true label and added to the examples, marked
    // as an answer (the engine may leave an answer out to fit the rest, never a person's example).
    expect(seen.map((s) => s.length)).toEqual([2, 3, 4, 5]);
    expect(seen[3]?.slice(2)).toEqual([
      { input: 'c', output: 'C', answer: true },
      { input: 'd', output: 'D', answer: true },
      { input: 'e', output: 'E', answer: true },
    ]);
    expect(seen[3]?.slice(0, 2).every((e) => e.answer === undefined)).toBe(true);
    expect(result.buildsMs).toEqual([20, 30, 40, 50]);
    expect(result.synthesisMs).toBe(20);
  });

  it('takes an engine whose learn is asynchronous the same way', async () => {
    const sync = lookupEngine([]);
    const asyncEngine: Engine = { name: 'async lookup', learn: async (examples) => sync.learn(examples) };
    const viaAsync = await evaluateTask(asyncEngine, letters, options);
    expect(viaAsync).toEqual(await evaluateTask(lookupEngine([]), letters, options));
    expect(viaAsync.questionsToGeneralize).toBe(3);
  });

  it('stops at the question budget, counting only the questions it allowed', async () => {
    const seen: Example[][] = [];
    const result = await evaluateTask(lookupEngine(seen), letters, {
      ...options,
      maxQuestions: 2,
      perRound: 5,
    });
    expect(result.questions).toBe(2); // the engine offered 3, the budget allowed 2
    expect(result.generalizedFinally).toBe(false);
    expect(result.questionsToGeneralize).toBeNull();
    expect(result.final).toEqual({
      total: 8,
      written: 7,
      writtenRight: 7,
      review: 1,
      errors: 0,
      unsettled: 0,
      unsettledReview: 0,
    });
    const summary = summarize([result]);
    expect(summary.recall).toBe(7 / 8);
    expect(summary.precision).toBe(1);
    expect(summary.meanQuestionsToGeneralize).toBeNull();
  });

  it('counts a question about an input outside the task as unanswerable and stops asking', async () => {
    const seen: Example[][] = [];
    const result = await evaluateTask(
      lookupEngine(seen, () => ['zzz']),
      letters,
      options,
    );
    expect(result.questions).toBe(1);
    expect(result.unanswerable).toBe(1);
    expect(seen).toHaveLength(1); // nothing to add, no rebuild
  });

  it('summarizes time as median and worst of the first builds, and questions over generalized tasks', async () => {
    expect(median([5, 1, 9, 3])).toBe(3);
    expect(median([4])).toBe(4);
    expect(median([])).toBe(0);
    const seen: Example[][] = [];
    const asked = await evaluateTask(lookupEngine(seen), letters, options); // 3 questions, first build 20 ms
    const known: BenchTask = { ...letters, name: 'known', test: letters.train };
    const direct = await evaluateTask(lookupEngine(seen), known, options); // 0 questions
    const summary = summarize([asked, direct]);
    expect(summary.generalizedInitially).toBe(1);
    expect(summary.generalizedFinally).toBe(2);
    expect(summary.meanQuestionsToGeneralize).toBe(1.5);
    expect(summary.maxQuestionsToGeneralize).toBe(3);
    expect(summary.medianMs).toBe(20);
    expect(summary.worstMs).toBe(20);
  });
});

describe('synthEngine adapter (today: every completed output is written, no questions)', () => {
  it('writes what the synthesized transform returns', async () => {
    const learned = await synthEngine.learn(
      [
        { input: { name: 'Ada' }, output: { greeting: 'Ada' } },
        { input: { name: 'Grace' }, output: { greeting: 'Grace' } },
      ],
      { timeoutMs: 2000 },
    );
    expect(learned.complete).toBe(true);
    expect(learned.apply({ name: 'Linus' })).toEqual({ kind: 'written', output: { greeting: 'Linus' } });
    expect(learned.questions([{ name: 'x' }], 3)).toEqual([]);
  });

  it('writes nothing when synthesis fails: every record is an error', async () => {
    const learned = await synthEngine.learn(
      [
        { input: { a: '1' }, output: { b: 'x' } },
        { input: { a: '1' }, output: { b: 'y' } },
      ],
      { timeoutMs: 1000 },
    );
    expect(learned.complete).toBe(false);
    expect(learned.apply({ a: '1' }).kind).toBe('error');
  });
});

describe('synthEngine: built only when the product would build it', () => {
  const train = [
    { input: { name: 'Ada' }, output: { greeting: 'Ada' } },
    { input: { name: 'Grace' }, output: { greeting: 'Grace' } },
  ];

  it('counts code that fails the strict type check as not built, although it runs', async () => {
    // The same synthesis, with a line plain JavaScript runs but strict TypeScript refuses: the
    // product's build refuses it (check kind `type`), so the benchmark must not write with it.
    const engine = createSynthEngine((examples, options) => {
      const result = synthesize(examples, options);
      return { ...result, code: `const count: number = 'one';\n${result.code ?? ''}` };
    });
    const learned = await engine.learn(train, { timeoutMs: 2000 });
    expect(learned.complete).toBe(false);
    const verdict = learned.apply({ name: 'Linus' });
    expect(verdict.kind).toBe('error');
    expect(verdict.kind === 'error' ? verdict.message : '').toMatch(/type/);
    expect(learned.notes.join('\n')).toMatch(/not assignable to type 'number'/);
  });

  it('reports the check time apart from the synthesis time', async () => {
    const learned = await synthEngine.learn(train, { timeoutMs: 2000 });
    expect(learned.complete).toBe(true);
    expect(learned.checkMs).toBeGreaterThan(0);
    expect(learned.apply({ name: 'Linus' })).toEqual({ kind: 'written', output: { greeting: 'Linus' } });
  });
});

describe('synthEngine questions', () => {
  it('asks about the kinds of unsettled records that hold the most records first, one input per kind', async () => {
    const train = [
      { input: { d: '2024-03-15' }, output: { day: '15' } },
      { input: { d: '2023-11-02' }, output: { day: '02' } },
      { input: { d: '2022-07-09' }, output: { day: '09' } },
    ];
    const learned = await synthEngine.learn(train, { timeoutMs: 3000 });
    const inputs = [
      { d: '2021-01-20' },
      { d: '2024/03/16' },
      { d: '15.03.2024' },
      { d: '16.03.2024' },
      { d: '17.03.2024' },
      { d: '2001/01/01' },
    ];
    expect(learned.apply({ d: '16.03.2024' }).kind).toBe('review');
    expect(learned.apply({ d: '2021-01-20' })).toEqual({ kind: 'written', output: { day: '20' } });
    // Year-first dates with slashes read as the examples' do (the date reader is held to how it
    // reads, not to separators), so they are settled and only the dotted kind is asked, once.
    expect(learned.apply({ d: '2024/03/16' })).toEqual({ kind: 'written', output: { day: '16' } });
    const asked = learned.questions(inputs, 2);
    expect(asked).toEqual([{ d: '15.03.2024' }]);
  });
});
