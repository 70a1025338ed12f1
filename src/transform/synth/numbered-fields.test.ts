import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize, type SynthExample } from './index.ts';

const pairs = (rows: [unknown, unknown][]): SynthExample[] =>
  rows.map(([input, output]) => ({ input, output }));

/** Columns numbered 1, 2, 3 of one kind (email_1, email_2…) are one list spread over a row. */
describe('a list gathered from numbered columns', () => {
  it('lists the e-mail columns that are filled, in their order', () => {
    const result = synthesize(
      pairs([
        [
          { id: 7, email_1: 'a@x.example', email_2: 'b@y.example', email_3: '' },
          { emails: ['a@x.example', 'b@y.example'] },
        ],
        [{ id: 8, email_1: 'c@x.example', email_2: '', email_3: '' }, { emails: ['c@x.example'] }],
        [
          { id: 9, email_1: 'd@z.example', email_2: 'e@z.example', email_3: 'f@z.example' },
          { emails: ['d@z.example', 'e@z.example', 'f@z.example'] },
        ],
      ]),
      { timeoutMs: 4000 },
    );
    expect(result.unsolved).toEqual([]);
    const transform = loadTransform(result.code ?? '');
    expect(transform({ id: 10, email_1: '', email_2: 'g@q.example', email_3: 'h@q.example' })).toEqual({
      emails: ['g@q.example', 'h@q.example'],
    });
    expect(transform({ id: 11, email_1: '', email_2: '', email_3: '' })).toEqual({ emails: [] });
  });
});
