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

describe('a month and year with no day ("Dec 2026", "12/2026", "2026-12")', () => {
  it('is read as that month, and writing its day (or weekday) is refused rather than made up', () => {
    for (const order of ['DMY', 'MDY', 'YMD'] as const) {
      expect(H.formatDate(H.parseDate('Dec 2026', order), 'yyyy-MM')).toBe('2026-12');
      expect(H.formatDate(H.parseDate('Dezember 2026', order), 'MM/yyyy')).toBe('12/2026');
      expect(H.formatDate(H.parseDate('08/2027', order), 'yyyy-MM')).toBe('2027-08');
      expect(H.formatDate(H.parseDate('2027-08', order), 'MMM yyyy')).toBe('Aug 2027');
      expect(H.formatDate(H.parseDate('08/29', order), 'yyyy-MM')).toBe('2029-08');
    }
    expect(() => H.formatDate(H.parseDate('Dec 2026', 'DMY'), 'yyyy-MM-dd')).toThrow(/cannot read/);
    expect(() => H.formatDate(H.parseDate('08/2027', 'DMY'), 'EEE')).toThrow(/cannot read/);
    // a full date is still a full date, and a month with a day but no year is still no date
    expect(H.formatDate(H.parseDate('5 Dec 2026', 'DMY'), 'yyyy-MM-dd')).toBe('2026-12-05');
    expect(H.parseDate('Dec 5', 'DMY')).toBeNull();
    expect(H.parseDate('13/2026', 'DMY')).toBeNull();
    // a card's month/year has two digits each; "1/2" is a fraction, "13/29" no month
    expect(H.parseDate('1/2', 'MDY')).toBeNull();
    expect(H.parseDate('13/29', 'MDY')).toBeNull();
    // and "08/35" is 1935 by the spreadsheet window but 2035 on a card: unread
    expect(H.parseDate('08/35', 'MDY')).toBeNull();
  });

  it('is learned from a few examples and reads the other ways of writing a month', () => {
    const transform = learn(
      pairs([
        [{ renews: 'Jan 2027' }, { month: '2027-01' }],
        [{ renews: 'Sep 2026' }, { month: '2026-09' }],
        [{ renews: 'May 2028' }, { month: '2028-05' }],
      ]),
    );
    expect(transform({ renews: 'November 2029' })).toEqual({ month: '2029-11' });
    expect(transform({ renews: '03/2030' })).toEqual({ month: '2030-03' });
    expect(transform({ renews: '2031-07' })).toEqual({ month: '2031-07' });
    expect(transform({ renews: 'Okt. 2026' })).toEqual({ month: '2026-10' });
    expect(transform({ renews: '11/28' })).toEqual({ month: '2028-11' });
  });
});
