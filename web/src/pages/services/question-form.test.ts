import { describe, expect, it } from 'vitest';
import { answersOfDrafts, freshDraft, questionKey, savedMessage, type AnswerDraft } from './question-form.ts';
import type { OpenQuestion } from './questions-api.ts';

const question = (name: string): OpenQuestion => ({
  input: { name },
  competing: { family: ['Smith', 'Ann'] },
  candidates: [{ family: 'Smith' }, { family: 'Ann' }],
  settles: 2,
});
const questions = [question('Mary Ann Smith'), question('Lee Jo Stone'), question('Di Mae Roe')];
const drafts = (...entries: [OpenQuestion, AnswerDraft][]) =>
  new Map(entries.map(([q, draft]) => [questionKey(q), draft]));

describe('the questions form', () => {
  it('prefills the typing box with the current code output', () => {
    expect(JSON.parse(freshDraft(questions[0]!).typed)).toEqual({ family: 'Smith' });
    expect(freshDraft(questions[0]!).choice).toBe('skip');
  });

  it('with no candidate, prefills the fields in question to fill in, not a bare {}', () => {
    const unread: OpenQuestion = {
      input: { phone: '12' },
      competing: {
        e164: [{ cannotRead: 'not as many digits as a phone number has' }, '+4412'],
        'parts.country': ['44', '1'],
        'parts.area': ['12', ''],
      },
      candidates: [],
      settles: 1,
    };
    expect(JSON.parse(freshDraft(unread).typed)).toEqual({
      e164: null,
      parts: { country: null, area: null },
    });
  });

  it('sends a pick (1-based) for a candidate, the parsed JSON for a typed output, nothing for a skip', () => {
    const [a, b, c] = questions as [OpenQuestion, OpenQuestion, OpenQuestion];
    expect(
      answersOfDrafts(
        questions,
        drafts(
          [a, { choice: 1, typed: '' }],
          [b, { choice: 'typed', typed: '{"family": "Jo Stone"}' }],
          [c, { choice: 'skip', typed: '{}' }],
        ),
      ),
    ).toEqual({
      answers: [
        { input: { name: 'Mary Ann Smith' }, pick: 2 },
        { input: { name: 'Lee Jo Stone' }, output: { family: 'Jo Stone' } },
      ],
    });
  });

  it('names the question whose typed output is not JSON', () => {
    const result = answersOfDrafts(
      questions,
      drafts([questions[1]!, { choice: 'typed', typed: '{"family": ' }]),
    );
    expect(result).toMatchObject({
      error: expect.stringMatching(/^Question 2: the typed output is not JSON/),
    });
  });

  it('says what was saved and what to do next', () => {
    expect(savedMessage(3)).toBe('3 answers saved as examples; rebuild to use them.');
    expect(savedMessage(1)).toBe('1 answer saved as example; rebuild to use it.');
    expect(savedMessage(0)).toMatch(/No new examples/);
  });
});
