import { describe, expect, it } from 'vitest';
import * as H from './helpers.ts';
import { loadTransform, synthesize, type SynthExample } from './index.ts';

const pairs = (rows: [unknown, unknown][]): SynthExample[] =>
  rows.map(([input, output]) => ({ input, output }));

function learn(train: SynthExample[]) {
  const result = synthesize(train, { timeoutMs: 15000 });
  expect(result.unsolved).toEqual([]);
  expect(result.code).not.toBeNull();
  return loadTransform(result.code ?? '');
}

describe('numeric dates in a column that mixes day-first and month-first order', () => {
  it('reads a date whose parts show the order (a part over 12 is the day), a dotted date day first, and no other', () => {
    const ymd = (v: string): string => H.formatDate(H.parseDate(v, 'DMY|MDY'), 'yyyy-MM-dd');
    expect(ymd('31/01/2025')).toBe('2025-01-31');
    expect(ymd('01/31/2025')).toBe('2025-01-31');
    expect(ymd('7/7/2025')).toBe('2025-07-07');
    expect(ymd('05.06.2025')).toBe('2025-06-05');
    expect(ymd('2025-06-05')).toBe('2025-06-05');
    expect(H.parseDate('05/06/2025', 'DMY|MDY')).toBeNull();
    expect(H.parseDate('11-12-2025', 'DMY|MDY')).toBeNull();
  });

  it('is learned when the examples show both orders, and leaves a date that could be either unread', () => {
    const transform = learn(
      pairs([
        [{ paid: '19/02/2024' }, { on: '2024-02-19' }],
        [{ paid: '02/27/2024' }, { on: '2024-02-27' }],
        [{ paid: '2024-08-30' }, { on: '2024-08-30' }],
      ]),
    );
    expect(transform({ paid: '30/11/2023' })).toEqual({ on: '2023-11-30' });
    expect(transform({ paid: '11/30/2023' })).toEqual({ on: '2023-11-30' });
    expect(transform({ paid: '2023-01-02' })).toEqual({ on: '2023-01-02' });
    expect(() => transform({ paid: '04/05/2023' })).toThrow(/cannot read/);
  });

  it('is not offered when the examples keep to one order (a US feed keeps reading month first)', () => {
    const transform = learn(
      pairs([
        [{ paid: '02/19/2024' }, { on: '2024-02-19' }],
        [{ paid: '03/27/2024' }, { on: '2024-03-27' }],
        [{ paid: '12/30/2023' }, { on: '2023-12-30' }],
      ]),
    );
    expect(transform({ paid: '04/05/2023' })).toEqual({ on: '2023-04-05' });
  });
});
