import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize } from './index.ts';

// Hours worked, where every example comes out in quarter hours (7.5, 8.25, 6): nothing in the
// examples says how a 20-minute remainder is written (3.33? 3.333…? 3.3?), and the input's own
// numbers ("3h20") have no decimals to copy. A value with more decimals than the examples and the
// input show is a guess about precision, for a person to settle.
const SHIFTS = [
  { input: { worked: '7.5h' }, output: { hours: 7.5 } },
  { input: { worked: '7h30' }, output: { hours: 7.5 } },
  { input: { worked: '8:15' }, output: { hours: 8.25 } },
  { input: { worked: '6h' }, output: { hours: 6 } },
];

// The same gap in another kind of data: lap times in minutes and seconds to minutes.
const LAPS = [
  { input: { lap: '1:30' }, output: { minutes: 1.5 } },
  { input: { lap: '2:15' }, output: { minutes: 2.25 } },
  { input: { lap: '3:00' }, output: { minutes: 3 } },
  { input: { lap: '0:45' }, output: { minutes: 0.75 } },
];

// Prices read straight from the text: the examples happen to be whole, but a record's own text
// shows its decimals ("12.99"), so copying them is no guess.
const PRICES = [
  { input: { price: '$12' }, output: { amount: 12 } },
  { input: { price: '$7' }, output: { amount: 7 } },
  { input: { price: '$130' }, output: { amount: 130 } },
];

const fields = (r: ReturnType<typeof synthesize>, input: unknown): string[] =>
  (r.versionSpace?.disagreements(input) ?? []).map((d) => d.field);

describe('a computed value with more decimals than the examples and the input show', () => {
  const shifts = synthesize(SHIFTS, { timeoutMs: 4000 });
  const laps = synthesize(LAPS, { timeoutMs: 4000 });

  it('goes to review (hours from "3h20", minutes from "1:20")', () => {
    expect(shifts.code).not.toBeNull();
    expect(fields(shifts, { worked: '3h20' })).toEqual(['hours']);
    expect(fields(shifts, { worked: '1:50' })).toEqual(['hours']);
    expect(laps.code).not.toBeNull();
    expect(fields(laps, { lap: '1:20' })).toEqual(['minutes']);
  });

  it('the rivals module says so too, as the run checks it', () => {
    const rivals = loadTransform(shifts.versionSpace?.module ?? '');
    const out = (rivals({ worked: '3h20' }) as { rivals: Record<string, unknown[]> }).rivals;
    expect(out['hours']).toContainEqual({ cannotRead: expect.stringContaining('3.33') as unknown });
  });

  it('is settled where the value has no more decimals than the examples show', () => {
    expect(fields(shifts, { worked: '4h45' })).toEqual([]);
    expect(fields(shifts, { worked: '9:30' })).toEqual([]);
    expect(fields(laps, { lap: '4:30' })).toEqual([]);
  });

  it('is settled where the input itself shows those decimals (a price read as written)', () => {
    const prices = synthesize(PRICES, { timeoutMs: 4000 });
    expect(prices.code).not.toBeNull();
    expect(fields(prices, { price: '$12.99' })).toEqual([]);
  });
});
