import { describe, expect, it } from 'vitest';
import { helperSources, withDependencies } from './helper-source.ts';
import * as H from './helpers.ts';

describe('text pieces', () => {
  it('reads tokens from either end and trims them', () => {
    expect(H.token('Smith, John', ',', 1)).toBe('John');
    expect(H.token('  a   b  c ', ' ', -1)).toBe('c');
    expect(H.token('a-b', '-', 5)).toBe('');
    expect(H.after('x@y@z', '@')).toBe('y@z');
    expect(H.after('none', '@')).toBe('');
    expect(H.beforeLast('a/b.c.pdf', '.')).toBe('a/b.c');
    expect(H.nthMatch('ab 12 cd 345', /\d+/g, -1)).toBe('345');
    expect(H.text(null)).toBe('');
    expect(H.text(12.5)).toBe('12.5');
  });

  it('changes case and joins words', () => {
    expect(H.titleCase("o'neil-SMITH jr")).toBe("O'Neil-Smith Jr");
    expect(H.capitalize('hELLO there')).toBe('Hello there');
    expect(H.slugify('Q&A with the Team!', '-')).toBe('q-a-with-the-team');
    expect(H.slugify('unitPrice', '_')).toBe('unit_price');
    expect(H.camelCase('date of birth')).toBe('dateOfBirth');
    expect(H.pascalCase('summer sale')).toBe('SummerSale');
  });
});

describe('numbers', () => {
  it.each([
    ['$1,234.50', 1234.5],
    ['1.234,50 €', 1234.5],
    ['1 234,50', 1234.5],
    ['99,90', 99.9],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ['(45.00)', -45],
    ['-$5', -5],
    ['5 kg', 5],
    ['Item - $5', 5],
    ['12%', 12],
  ])('parses %s', (input, expected) => {
    expect(H.parseNumber(input)).toBe(expected);
  });

  it('returns NaN when there is no number', () => {
    expect(H.parseNumber('n/a')).toBeNaN();
    expect(H.parseNumber(null)).toBeNaN();
  });

  it('rounds without binary noise and formats with grouping', () => {
    expect(H.round(1.005, 2)).toBe(1.01);
    expect(H.round(2.25, 1)).toBe(2.3);
    expect(H.formatNumber(1234567.891, 2, ',', '.')).toBe('1,234,567.89');
    expect(H.formatNumber(1234.5, 2, '.', ',')).toBe('1.234,50');
    expect(H.formatNumber(-0.001, 2, ',', '.')).toBe('0.00');
    expect(H.formatNumber(Number.NaN, 2, ',', '.')).toBe('');
  });
});

describe('dates', () => {
  const day = (value: unknown, order: 'DMY' | 'MDY' | 'YMD' = 'MDY') => {
    const d = H.parseDate(value, order);
    return d && `${d.year}-${d.month}-${d.day} ${d.hour}:${d.minute}:${d.second}`;
  };

  it('reads common formats', () => {
    expect(day('2023-03-07T14:30:05Z')).toBe('2023-3-7 14:30:5');
    expect(day('03/07/2023')).toBe('2023-3-7 0:0:0');
    expect(day('03/07/2023', 'DMY')).toBe('2023-7-3 0:0:0');
    expect(day('7.3.23', 'DMY')).toBe('2023-3-7 0:0:0');
    expect(day('March 7, 2023')).toBe('2023-3-7 0:0:0');
    expect(day('7 Mar 2023')).toBe('2023-3-7 0:0:0');
    expect(day('Tue, 07 Mar 2023 14:30:00 GMT')).toBe('2023-3-7 14:30:0');
    expect(day('20230307')).toBe('2023-3-7 0:0:0');
    expect(day('2023-03-07 3:45 PM')).toBe('2023-3-7 15:45:0');
    expect(day('2023-03-07 12:10 am')).toBe('2023-3-7 0:10:0');
    expect(day('14:30')).toBe('1970-1-1 14:30:0');
    expect(day('7. März 2023')).toBe('2023-3-7 0:0:0');
    expect(day('25 décembre 2022')).toBe('2022-12-25 0:0:0');
    expect(day('3 days ago')).toBeNull();
  });

  it('reads epoch seconds and milliseconds in UTC', () => {
    expect(day(1678147200)).toBe('2023-3-7 0:0:0');
    expect(day(1678147200000)).toBe('2023-3-7 0:0:0');
    expect(day('1678147200')).toBe('2023-3-7 0:0:0');
  });

  it('rejects what is not a date', () => {
    expect(H.parseDate('hello', 'MDY')).toBeNull();
    expect(H.parseDate('13/13/2023', 'MDY')).toBeNull();
    expect(H.parseDate('', 'MDY')).toBeNull();
  });

  it('formats with tokens and quoted literals', () => {
    const d = H.parseDate('2023-03-07 15:04:05', 'YMD');
    expect(H.formatDate(d, "yyyy-MM-dd'T'HH:mm:ss")).toBe('2023-03-07T15:04:05');
    expect(H.formatDate(d, 'EEEE, MMMM d, yy h:mm a')).toBe('Tuesday, March 7, 23 3:04 PM');
    expect(H.formatDate(null, 'yyyy')).toBe('');
  });
});

describe('flags and tables', () => {
  it('reads yes-like values', () => {
    for (const yes of ['Y', 'yes', 'TRUE', 1, true, 'on']) expect(H.isYes(yes)).toBe(true);
    for (const no of ['N', 'no', 'false', 0, false, '', null, 'maybe']) expect(H.isYes(no)).toBe(false);
    expect(H.isBlank('  ')).toBe(true);
    expect(H.isBlank(0)).toBe(false);
  });

  it('looks up ignoring case and spaces, with the fallback otherwise', () => {
    expect(H.lookup({ us: 'United States' }, ' US ', null)).toBe('United States');
    expect(H.lookup({ us: 'United States' }, 'toString', null)).toBeNull();
  });
});

describe('helper sources', () => {
  it('extracts every exported helper with its comment and without export', () => {
    const sources = helperSources();
    const exported = Object.keys(H).sort();
    const functions = [...sources.keys()].filter((name) => name !== 'DateParts').sort();
    expect(functions).toEqual(exported);
    for (const block of sources.values()) {
      expect(block.source.startsWith('// ')).toBe(true);
      expect(block.source).not.toMatch(/^export /m);
    }
  });

  it('pulls in dependencies in file order', () => {
    expect(withDependencies(['formatDate'])).toEqual(['DateParts', 'formatDate']);
    expect(withDependencies(['camelCase'])).toEqual(['text', 'words', 'camelCase', 'capitalize']);
  });
});
