/**
 * A part read by place that is "null when it finds nothing" (the lower bound of "below 30", which
 * has one number) is a branch: the examples that found nothing are its only evidence, and the words
 * beside their numbers ("below") are what made the missing part mean "no bound". A record that
 * finds nothing for another reason ("above 15", a single "$18") goes to review, not to the output.
 */
import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize } from '../synth/index.ts';
import { numberContext, numberContextProblem } from './trust-evidence.ts';
import { profileInputs, uncoveredShape, withBranchEvidence } from './trust.ts';

const BOUNDS = [
  { input: { range: '$10 to $20' }, output: { low: 10, high: 20 } },
  { input: { range: '$5 to $8' }, output: { low: 5, high: 8 } },
  { input: { range: '$12.50 to $14' }, output: { low: 12.5, high: 14 } },
  { input: { range: 'below $30' }, output: { low: null, high: 30 } },
  { input: { range: 'below $7.50' }, output: { low: null, high: 7.5 } },
];

describe('a part that is null when the text has none', () => {
  const result = synthesize(BOUNDS, { timeoutMs: 15000 });
  const run = loadTransform(result.code ?? '');
  const profile = withBranchEvidence(profileInputs(BOUNDS, result.code), BOUNDS, result.versionSpace);

  it('writes records like the examples of the branch they take', () => {
    expect(run({ range: 'below $12' })).toEqual({ low: null, high: 12 });
    expect(uncoveredShape(profile, { range: 'below $12' })).toBeNull();
    expect(uncoveredShape(profile, { range: '$3 to $9' })).toBeNull();
  });

  it('sends to review a record that finds nothing for a reason no such example had', () => {
    // Another word beside the number: "above" is no "below".
    expect(uncoveredShape(profile, { range: 'above $15' })).toMatch(/"range" has the word "above"/);
    // A price alone: the examples that found no lower bound all said "below" (its shape is new too).
    expect(uncoveredShape(profile, { range: '$18' })).not.toBeNull();
    expect(run({ range: '$18' })).toEqual({ low: null, high: 18 }); // what it would have written
  });
});

describe('the words every example had beside its numbers', () => {
  it('are missed when a record lacks one', () => {
    const context = numberContext(['up to 40 kg', 'up to 12 kg'], true);
    expect(numberContextProblem('load', context, 'up to 9 kg')).toBeNull();
    expect(numberContextProblem('load', context, '9 kg')).toMatch(
      /"load" has no word "to"|"load" has no word "up"/,
    );
    // One example shows no word as shared.
    expect(numberContextProblem('load', numberContext(['up to 40 kg'], true), '9 kg')).toBeNull();
  });
});
