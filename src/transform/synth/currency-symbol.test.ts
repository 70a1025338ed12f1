import { describe, expect, it } from 'vitest';
import * as H from './helpers.ts';
import { loadTransform, synthesize, type SynthExample } from './index.ts';

const pairs = (rows: [unknown, unknown][]): SynthExample[] =>
  rows.map(([input, output]) => ({ input, output }));

describe('the symbol of a currency code', () => {
  it.each([
    ['GBP', '£'],
    ['eur', '€'],
    [' INR ', '₹'],
    ['PLN', 'zł'],
    ['SEK', 'SEK'],
    ['CHF', 'CHF'],
  ])('%s is written %s', (code, symbol) => {
    expect(H.currencySymbol(code)).toBe(symbol);
  });

  it('stops for review on a dollar other than the US one and on what is no currency code', () => {
    expect(() => H.currencySymbol('AUD')).toThrow(/^currencySymbol cannot read "AUD": its symbol differs/);
    expect(() => H.currencySymbol('ABC')).toThrow(/no ISO currency code/);
    expect(() => H.currencySymbol('')).toThrow(/cannot read/);
  });
});

describe('a price displayed with the symbol of its currency', () => {
  it('takes the symbol from the record even when every example is in one currency', () => {
    const result = synthesize(
      pairs([
        [{ sum: 310, cur: 'GBP' }, { label: '£310.00' }],
        [{ sum: 7.5, cur: 'GBP' }, { label: '£7.50' }],
        [{ sum: 1999.99, cur: 'GBP' }, { label: '£1999.99' }],
      ]),
      { timeoutMs: 15000 },
    );
    expect(result.unsolved).toEqual([]);
    const transform = loadTransform(result.code ?? '');
    expect(transform({ sum: 12, cur: 'GBP' })).toEqual({ label: '£12.00' });
    // Never the examples' "£" for another currency: its own symbol, or a review when it has none agreed.
    expect(transform({ sum: 12, cur: 'INR' })).toEqual({ label: '₹12.00' });
    expect(() => transform({ sum: 12, cur: 'NZD' })).toThrow(/cannot read/);
  });
});
