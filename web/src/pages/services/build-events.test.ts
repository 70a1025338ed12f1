import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../lib/events.ts';
import { progressOf } from '../runs/TransformRunView.tsx';
import { foldBuildEvents } from './build-events.ts';
import { draftFromExamples, examplesOfDraft } from './ExamplesEditor.tsx';
import { formatFromFileName, parseNdjson } from './service-api.ts';

let seq = 0;
const at = (second: number) => `2026-01-01T00:00:${String(second).padStart(2, '0')}.000Z`;
const ev = (second: number, event: RunEvent['event']): RunEvent => ({ seq: ++seq, at: at(second), event });

describe('foldBuildEvents', () => {
  it('tells each attempt: proposer, streamed then final code, report, errors and usage', () => {
    const usage = {
      provider: 'openai',
      model: 'gpt-4.1-mini',
      inputTokens: 100,
      outputTokens: 20,
      costUsd: 0.001,
    };
    const story = foldBuildEvents([
      ev(0, { type: 'build-started', service: 's', trigger: 'build', attemptsBudget: 4 }),
      ev(1, { type: 'candidate-delta', attempt: 1, text: 'export ' }),
      ev(1, { type: 'attempt-started', attempt: 1, proposer: 'model' }),
      ev(1, { type: 'candidate-delta', attempt: 1, text: 'default' }),
      ev(2, { type: 'usage', attempt: 1, usage }),
      ev(2, { type: 'candidate', attempt: 1, proposer: 'model', candidate: 'code one', notes: ['n'] }),
      ev(3, {
        type: 'check-finished',
        attempt: 1,
        report: {
          pass: false,
          failures: [{ kind: 'logic', message: 'm', expected: 1, actual: 2 }],
          counts: { logic: 1 },
        },
      }),
      ev(4, { type: 'attempt-started', attempt: 2, proposer: 'model' }),
      ev(5, { type: 'attempt-error', attempt: 2, proposer: 'model', error: 'timeout' }),
      ev(6, { type: 'attempt-started', attempt: 3, proposer: 'local' }),
      ev(6, { type: 'candidate', attempt: 3, proposer: 'local', candidate: 'code three' }),
      ev(8, {
        type: 'check-finished',
        attempt: 3,
        report: { pass: true, failures: [], counts: {}, checked: 4 },
      }),
      ev(9, {
        type: 'build-finished',
        service: 's',
        status: 'passed',
        wrote: '/x/transform.ts',
        reason: 'ok',
        report: null,
      }),
    ]);
    expect(story.attemptsBudget).toBe(4);
    expect(story.attempts.map((a) => [a.attempt, a.proposer, a.status])).toEqual([
      [1, 'model', 'failed'],
      [2, 'model', 'error'],
      [3, 'local', 'passed'],
    ]);
    const [first, second, third] = story.attempts;
    expect(first?.streamed).toBe('export default');
    expect(first?.code).toBe('code one');
    expect(first?.notes).toEqual(['n']);
    expect(first?.usage).toEqual([usage]);
    expect(first?.report?.counts).toEqual({ logic: 1 });
    expect(second?.error).toBe('timeout');
    expect(third?.endedAt).toBe(at(8));
    expect(story.finalCode).toBe('code three');
    expect(story.finished).toEqual({ status: 'passed', reason: 'ok' });
  });

  it('settles on the last proposed code when nothing passed, and keeps a review diff', () => {
    const story = foldBuildEvents([
      ev(0, { type: 'attempt-started', attempt: 1, proposer: 'local' }),
      ev(0, { type: 'candidate', attempt: 1, proposer: 'local', candidate: 'a' }),
      ev(1, { type: 'attempt-started', attempt: 2, proposer: 'local' }),
      ev(1, { type: 'candidate', attempt: 2, proposer: 'local', candidate: 'b' }),
      ev(2, { type: 'review-pending', file: 'transform.next.ts', diff: '@@ x' }),
    ]);
    expect(story.finalCode).toBe('b');
    expect(story.attempts.map((a) => a.status)).toEqual(['checking', 'checking']);
    expect(story.reviewPending).toEqual({ file: 'transform.next.ts', diff: '@@ x' });
    expect(foldBuildEvents([]).finalCode).toBeNull();
  });
});

describe('progressOf', () => {
  it('reads the latest counts and the rate since the run started', () => {
    const progress = progressOf([
      ev(0, { type: 'run-started', service: 's', pass: 1, qa: false, regenerate: false }),
      ev(2, { type: 'run-progress', processed: 100, ok: 90, errors: 10, pass: 1 }),
      ev(4, { type: 'run-progress', processed: 400, ok: 380, errors: 20, pass: 1 }),
      ev(5, { type: 'rebuild', reason: 'failures', records: 20, rebuilds: 1 }),
    ]);
    expect(progress).toMatchObject({ processed: 400, ok: 380, errors: 20, pass: 1, rate: 100 });
    expect(progress.notes).toHaveLength(1);
    expect(progress.notes[0]).toContain('Rebuild 1');
  });

  it('counts the rate of a resumed run from where it resumed', () => {
    const progress = progressOf([
      ev(0, { type: 'run-started', service: 's', pass: 1, qa: false, regenerate: false }),
      ev(10, { type: 'resume-point', fromRecord: 1000, recordsOut: 990, errors: 10, reason: 'continuing' }),
      ev(12, { type: 'run-progress', processed: 1200, ok: 1190, errors: 10, pass: 1 }),
    ]);
    expect(progress.rate).toBe(100);
    expect(progress.notes[0]).toContain('Resumed');
    expect(progressOf([]).rate).toBeNull();
  });
});

describe('examples drafts', () => {
  it('round-trips examples through the table and names the row that does not parse', () => {
    const examples = [
      { input: { a: 1 }, output: { b: 'x' }, note: 'kept' },
      { input: 'text', output: null },
    ];
    const draft = draftFromExamples(examples);
    expect(examplesOfDraft(draft)).toEqual({ examples });
    if (draft.mode !== 'table') throw new Error('expected a table draft');
    const broken = {
      ...draft,
      rows: draft.rows.map((row, i) => (i === 1 ? { ...row, output: '{oops' } : row)),
    };
    const result = examplesOfDraft(broken);
    expect('error' in result && result.error).toMatch(/^Example 2: the output is not valid JSON/);
  });

  it('opens a large set as one JSON array instead of hundreds of text areas', () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ input: i, output: i * 2 }));
    const draft = draftFromExamples(many);
    expect(draft.mode).toBe('json');
    expect(examplesOfDraft(draft)).toEqual({ examples: many });
    expect(draftFromExamples(many.slice(0, 200)).mode).toBe('table');
  });

  it('skips empty rows, and checks a pasted array item by item', () => {
    expect(examplesOfDraft({ mode: 'table', rows: [] })).toEqual({ error: 'Add at least one example.' });
    expect(examplesOfDraft({ mode: 'json', text: '[{"input": 1, "output": 2}]' })).toEqual({
      examples: [{ input: 1, output: 2 }],
    });
    const missing = examplesOfDraft({ mode: 'json', text: '[{"input": 1, "output": 2}, {"input": 3}]' });
    expect('error' in missing && missing.error).toBe('Item 2 must be an object with "input" and "output".');
    const notArray = examplesOfDraft({ mode: 'json', text: '{}' });
    expect('error' in notArray && notArray.error).toMatch(/JSON array/);
  });
});

describe('service-api helpers', () => {
  it('parses NDJSON and skips a partial last line', () => {
    expect(parseNdjson<{ i: number }>('{"i":1}\n\n{"i":2}\n{"i":')).toEqual([{ i: 1 }, { i: 2 }]);
    expect(parseNdjson('{"i":1}\n{"i":2}\n', 1)).toEqual([{ i: 1 }]);
  });

  it('guesses the record format from the file name', () => {
    expect(formatFromFileName('a.JSONL')).toBe('jsonl');
    expect(formatFromFileName('a.ndjson')).toBe('jsonl');
    expect(formatFromFileName('a.json')).toBe('json');
    expect(formatFromFileName('export.csv')).toBe('csv');
    expect(formatFromFileName('records.txt')).toBeNull();
  });
});
