/**
 * Code that fits only some examples (the build's program that fits the most, issue 11): a run
 * writes only records shaped like the examples it answers. Data of our own, through `uncoveredShape`.
 */
import { describe, expect, it } from 'vitest';
import { inputReason } from '../build/review-reasons.ts';
import { profileInputs, uncoveredShape } from './trust.ts';

// Parcel tracking codes to the carrier's depot: the code fits the two formats its examples show.
const kept = [
  { input: { tracking: 'DE-4471-BER' }, output: { depot: 'BER' } },
  { input: { tracking: 'FR-0932-LYS' }, output: { depot: 'LYS' } },
  { input: { tracking: '1Z 884 ORD' }, output: { depot: 'ORD' } },
];
const code = "return { depot: token(input.tracking, ' ', -1).split('-').pop() };";

describe('a profile for code that fits only some examples', () => {
  it('holds every text to the shapes of the examples it fits, one example a shape too', () => {
    const strict = profileInputs(kept, code, { strictShapes: true });
    expect(uncoveredShape(strict, { tracking: 'NL-5120-AMS' })).toBeNull();
    expect(uncoveredShape(strict, { tracking: '1Z 310 SEA' })).toBeNull();
    const why = uncoveredShape(strict, { tracking: 'GB/7781/MAN' });
    expect(why).toMatch(/the code fits only some examples: the ones it fits looked like/);
    expect(inputReason(why ?? '')).toBe('unseen input shape');
    // Another width of a zero-padded number, another letter case: shapes no kept example had.
    expect(uncoveredShape(strict, { tracking: 'DE-44712-BER' })).not.toBeNull();
    expect(uncoveredShape(strict, { tracking: 'de-4471-ber' })).not.toBeNull();
  });

  it('holds long text to its shapes too', () => {
    const notes = [
      {
        input: { note: 'Left at the front door of the building, signed by the neighbour' },
        output: { left: true },
      },
      {
        input: { note: 'Handed to the recipient in person at the reception desk today' },
        output: { left: false },
      },
    ];
    const c = 'return { left: /\\bleft\\b/i.test(text(input.note)) };';
    const strict = profileInputs(notes, c, { strictShapes: true });
    expect(
      uncoveredShape(strict, { note: 'Left by the garage door, as the driver was asked' }),
    ).not.toBeNull();
  });

  it('is off for code that fits every example: one example of a shape is no format then', () => {
    const loose = profileInputs(kept, code);
    expect(uncoveredShape(loose, { tracking: '1Z 310 SEA' })).toBeNull();
    expect(uncoveredShape(loose, { tracking: 'JP 4410 KIX' })).toBeNull();
  });

  it('compares the number part of a value the code reads only a number from', () => {
    const prices = [
      { input: { price: '$12.50' }, output: { cents: 1250 } },
      { input: { price: '$3.05' }, output: { cents: 305 } },
    ];
    const strict = profileInputs(prices, 'return { cents: Math.round(parseNumber(input.price) * 100) };', {
      strictShapes: true,
    });
    expect(uncoveredShape(strict, { price: '$7.25' })).toBeNull();
    expect(uncoveredShape(strict, { price: '$7' })).not.toBeNull();
  });
});
