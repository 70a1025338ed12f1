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

describe('the units a text states after its numbers', () => {
  it.each([
    ['6 x 2 ft', ['ft']],
    ['6ft x 2ft', ['ft']],
    ['3 lbs 2 oz', ['lb', 'oz']],
    ['40 × 25 mm', ['mm']],
    ['72 °F', ['°f']],
    ['21.5C', ['°c']],
    ['14"', ['in']],
    ['4 items in 2 boxes', []],
    ['box 7', []],
  ] as const)('%s names %j', (text, units) => {
    expect(H.unitsIn(text)).toEqual(units);
  });

  it('lets a text through only when it states the same units as the examples', () => {
    expect(H.inUnits('6 x 2 ft', 'ft')).toBe('6 x 2 ft');
    expect(H.inUnits('3 lbs 2 oz', 'lb oz')).toBe('3 lbs 2 oz');
    expect(() => H.inUnits('6 x 2 m', 'ft')).toThrow(/^inUnits cannot read "6 x 2 m"/);
    expect(() => H.inUnits('6 x 2', 'ft')).toThrow(/no unit/);
    expect(() => H.inUnits('3 lbs', 'lb oz')).toThrow(/in lb, the examples in lb oz/);
  });

  it('is not fooled by a letter glued to the next number (a timestamp) or an ordinal', () => {
    expect(H.unitsIn('2024-03-05T14:07:00Z')).toEqual([]);
    expect(H.unitsIn('the 21st of May')).toEqual([]);
  });
});

describe('numbers read from a text whose examples all state one unit', () => {
  it('converts the records in that unit, each unit by its own definition, and reads no number from a record with no unit', () => {
    const transform = learn(
      pairs([
        [{ panel: '6 x 2 ft' }, { a: 1.83, b: 0.61 }],
        [{ panel: '10 x 4 ft' }, { a: 3.05, b: 1.22 }],
        [{ panel: '8 x 3 ft' }, { a: 2.44, b: 0.91 }],
      ]),
    );
    expect(transform({ panel: '12 x 5 ft' })).toEqual({ a: 3.66, b: 1.52 });
    expect(transform({ panel: '2 x 1 m' })).toEqual({ a: 2, b: 1 });
    // No unit: no number (NaN breaks the output's schema, so the record is an error, never written).
    expect(transform({ panel: '12 x 5' })).toEqual({ a: Number.NaN, b: Number.NaN });
  });

  it('does not copy a number stated in another unit than the examples', () => {
    const transform = learn(
      pairs([
        [{ load: '12 kg' }, { kilos: 12 }],
        [{ load: '7.5 kg' }, { kilos: 7.5 }],
        [{ load: '30 kg' }, { kilos: 30 }],
      ]),
    );
    expect(transform({ load: '3 kg' })).toEqual({ kilos: 3 });
    expect(() => transform({ load: '3 lb' })).toThrow(/cannot read/);
  });
});

describe('the nth quantity of a text in a unit', () => {
  it.each([
    ['6 x 2 ft', 0, 'in', 72],
    ['6 x 2 ft', 1, 'in', 24],
    ['6 x 2 ft', -1, 'in', 24],
    ['2 m x 40 cm', 0, 'cm', 200],
    ['2 m x 40 cm', 1, 'cm', 40],
    ['5kg / 500 g', 1, 'kg', 0.5],
    ['30"x12"', 0, 'cm', 76.2],
  ] as const)('%s, quantity %d, in %s is %d', (text, n, unit, expected) => {
    expect(H.toUnitAt(text, n, unit)).toBeCloseTo(expected, 9);
  });

  it('is NaN with no unit, a unit of another kind, or no such quantity', () => {
    expect(H.toUnitAt('6 x 2', 0, 'cm')).toBeNaN();
    expect(H.toUnitAt('6 x 2 kg', 0, 'cm')).toBeNaN();
    expect(H.toUnitAt('6 x 2 ft', 2, 'cm')).toBeNaN();
  });

  it('learns sides in metres from feet and reads sides written in other length units', () => {
    const transform = learn(
      pairs([
        [{ panel: '6 x 2 ft' }, { a: 1.83, b: 0.61 }],
        [{ panel: '10 x 4 ft' }, { a: 3.05, b: 1.22 }],
        [{ panel: '8 x 3 ft' }, { a: 2.44, b: 0.91 }],
      ]),
    );
    expect(transform({ panel: '2 x 1.5 m' })).toEqual({ a: 2, b: 1.5 });
    expect(transform({ panel: '120 cm x 80 cm' })).toEqual({ a: 1.2, b: 0.8 });
  });
});
