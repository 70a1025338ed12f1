import { describe, expect, it } from 'vitest';
import type { InputProfile } from '../run/trust.ts';
import { pickQuestions, type QuestionSources } from './pick-questions.ts';

/**
 * A question's candidates are outputs a person could pick: the code's NaN for an empty amount is no
 * output (JSON would turn it into null, which the schema refuses, and the server then refuses the
 * pick), so such a question offers no candidate and asks for the output to be typed.
 */
const profile: InputProfile = {
  keys: [
    { key: 'volume', required: true, types: ['string'], everBlank: false, classes: ['D', 'a'], parsed: true },
  ],
};
const chosenOutput = (input: unknown): unknown => ({
  litres: Number.parseFloat((input as { volume: string }).volume),
});
const sources: QuestionSources = { space: null, profile, checks: [], chosenOutput };

describe('question candidates', () => {
  it('offers no candidate holding a number JSON cannot write (NaN), only what can be picked', () => {
    const picked = pickQuestions(sources, [{ volume: '' }, { volume: '2 l' }], 5);
    const blank = picked.questions.find((q) => (q.input as { volume: string }).volume === '');
    expect(blank).toBeDefined();
    expect(blank?.candidates).toEqual([]);
  });
});
