import { describe, expect, it } from 'vitest';
import { modelAnswerLines } from './build-report.ts';

describe('modelAnswerLines', () => {
  it('says how many questions the model answered, that its answers are examples to review, and what stayed open', () => {
    const lines = modelAnswerLines({
      asked: 3,
      added: [
        { input: { d: '1:30' }, output: { minutes: 90 }, source: 'model' },
        { input: { d: '2 hr' }, output: { minutes: 120 }, source: 'model' },
      ],
      unanswered: [{ input: { d: '??' }, reason: 'the answer did not match the schema' }],
      usage: [],
    });
    expect(lines[0]).toBe(
      'The model answered 2 of 3 question(s): added to examples.json as model-labeled examples ("source": "model"); review them.',
    );
    expect(lines).toContain('  {"d":"1:30"} → {"minutes":90}');
    expect(lines).toContain('  unanswered: {"d":"??"} (the answer did not match the schema)');
  });

  it('says nothing when no model was asked', () => {
    expect(modelAnswerLines(undefined)).toEqual([]);
  });
});
