/**
 * A yes/no reading (`isYes`) reads a field of answers, not a count or an identifier that only
 * happens to give the right answers: a row number 1, 2, 3 reads 1 as "yes" and 2, 3 as "no", and
 * such a program writes a wrong flag for every record whose row number is not 1.
 */
import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize, type SynthExample } from './index.ts';

const learn = (train: SynthExample[]) => {
  const result = synthesize(train, { timeoutMs: 4000 });
  expect(result.unsolved).toEqual([]);
  return loadTransform(result.code ?? '');
};

describe('a yes/no reading of a field of yes/no words', () => {
  it('reads the answer, not a row number that happens to fit', () => {
    const transform = learn([
      { input: { id: 1, consent: 'yes' }, output: { consent: true } },
      { input: { id: 2, consent: 'no' }, output: { consent: false } },
      { input: { id: 3, consent: 'no' }, output: { consent: false } },
    ]);
    expect(transform({ id: 57, consent: 'yes' })).toEqual({ consent: true });
    expect(transform({ id: 1, consent: 'no' })).toEqual({ consent: false });
  });

  it('does so whatever the fields are called and in whatever order', () => {
    const transform = learn([
      { input: { row: '1', newsletter: 'Y' }, output: { subscribed: true } },
      { input: { row: '2', newsletter: 'N' }, output: { subscribed: false } },
      { input: { row: '3', newsletter: 'N' }, output: { subscribed: false } },
    ]);
    expect(transform({ row: '4', newsletter: 'Y' })).toEqual({ subscribed: true });
  });

  it('still reads a field of free answers as yes/no, so that the trust gate holds words no example had', () => {
    const result = synthesize(
      [
        { input: { answer: 'yes', email: 'a@example.com' }, output: { consent: true } },
        { input: { answer: 'no', email: 'b@example.com' }, output: { consent: false } },
        { input: { answer: 'Nein', email: 'c@example.com' }, output: { consent: false } },
      ],
      { timeoutMs: 4000 },
    );
    expect(result.code).toMatch(/isYes\(input\.answer\)/);
  });

  it('still reads 0/1 flags', () => {
    const transform = learn([
      { input: { active: 1 }, output: { active: true } },
      { input: { active: 0 }, output: { active: false } },
      { input: { active: 1 }, output: { active: true } },
    ]);
    expect(transform({ active: 0 })).toEqual({ active: false });
  });
});
