/**
 * An order the examples' numbers happened to keep: a program reading numbers by place and one taking
 * the smaller and the larger fit them alike (issue 11, programs that fit by accident). Data of our
 * own: price ranges and blood pressure readings, through `profileInputs` and `uncoveredShape`.
 */
import { describe, expect, it } from 'vitest';
import { inputReason } from '../build/review-reasons.ts';
import { numberOrders, numbersIn, readsNumbersByPlace } from './trust-order.ts';
import { profileInputs, uncoveredShape } from './trust.ts';

const ranges = [
  { input: { range: '12 - 30' }, output: { from: 12, to: 30 } },
  { input: { range: '5 - 9' }, output: { from: 5, to: 9 } },
  { input: { range: '40 - 75' }, output: { from: 40, to: 75 } },
];
const code =
  'return { from: parseNumber(input.range), to: parseNumber(nthMatch(input.range, /\\d+(?:[.,]\\d+)*/g, 1)) };';

describe('numbers read by place in an order every example kept', () => {
  it('reads the numbers of a value with their signs, and the code reading by place', () => {
    expect(numbersIn('-2 / 5')).toEqual([-2, 5]);
    expect(numbersIn('2026-03-04')).toEqual([2026, 3, 4]);
    expect(readsNumbersByPlace(code, 'range')).toBe(true);
    expect(readsNumbersByPlace('return { n: parseNumber(input.range) };', 'range')).toBe(false);
  });

  it('sends a value in the other order to review, and writes one in the examples’ order', () => {
    const profile = profileInputs(ranges, code);
    expect(uncoveredShape(profile, { range: '18 - 44' })).toBeNull();
    const why = uncoveredShape(profile, { range: '90 - 60' }) ?? '';
    expect(why).toMatch(/"range" has 90 before 60, where in every example the first .* was the smaller/);
    expect(inputReason(why)).toBe('numbers in an order no example had');
  });

  it('holds no order the examples did not all keep, nor one of numbers that are not outputs', () => {
    const mixed = [...ranges, { input: { range: '80 - 20' }, output: { from: 80, to: 20 } }];
    expect(numberOrders(mixed, 'range')).toEqual([]);
    // the year is not an output: day and month are, and 3 examples need not show their order
    const dates = [
      { input: { d: '2024-03-14' }, output: { month: 3 } },
      { input: { d: '2023-11-20' }, output: { month: 11 } },
    ];
    expect(numberOrders(dates, 'd')).toEqual([]);
    const bp = [
      { input: { bp: '120/80' }, output: { sys: 120, dia: 80 } },
      { input: { bp: '135/85' }, output: { sys: 135, dia: 85 } },
    ];
    expect(numberOrders(bp, 'bp')).toEqual([{ first: 0, second: 1, order: 'falling' }]);
  });
});
