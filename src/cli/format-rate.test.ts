import { describe, expect, it } from 'vitest';
import { formatRate } from './format-rate.ts';

describe('formatRate', () => {
  it('never says 0 records/s for a run that wrote records', () => {
    expect(formatRate(2, 18_300)).toBe('0.11');
    expect(formatRate(7, 2_000)).toBe('3.5');
    expect(formatRate(20_000, 4_000)).toBe('5000');
    expect(formatRate(0, 1_000)).toBe('0');
    expect(formatRate(5, 0)).toBe('5');
  });
});
