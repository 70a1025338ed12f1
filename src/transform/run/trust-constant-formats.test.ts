/**
 * An output every label held constant is evidence only for inputs shaped like the examples'
 * (issue 11, the trust gate): "" for a unit fits three plain street lines, and says nothing of
 * "14 Birch Ln Unit 3". Data of our own, through `outputCheckProblem` as a run asks it.
 */
import { describe, expect, it } from 'vitest';
import { outputReason } from '../build/review-reasons.ts';
import { inferOutputChecks, inputFormats, outputCheckProblem, outputDoubtKey } from './trust.ts';

const plainLines = [
  { input: { addr: '14 Birch Ln' }, output: { street: '14 Birch Ln', suite: '' } },
  { input: { addr: '2210 Harbor Way' }, output: { street: '2210 Harbor Way', suite: '' } },
  { input: { addr: '7 Quarry Rd' }, output: { street: '7 Quarry Rd', suite: '' } },
];

describe('a constant output over inputs of one format', () => {
  const checks = inferOutputChecks(plainLines);

  it('learns the format every example input had', () => {
    expect(Object.keys(inputFormats(plainLines))).toEqual(['addr']);
  });

  it('writes the constant for an input of that format', () => {
    expect(outputCheckProblem(checks, { street: '88 Elm St', suite: '' }, { addr: '88 Elm St' })).toBeNull();
    expect(
      outputCheckProblem(checks, { street: '901 Old Mill Rd', suite: '' }, { addr: '901 Old Mill Rd' }),
    ).toBeNull();
  });

  it('sends the constant to review for an input of another shape', () => {
    const input = { addr: '14 Birch Ln Unit 3' };
    const output = { street: '14 Birch Ln Unit 3', suite: '' };
    expect(outputCheckProblem(checks, output, input)).toMatch(
      /suite is "", as every example's was, but this record's input differs .*"addr" looks like/,
    );
    expect(outputReason(outputDoubtKey(checks, output, input) ?? '')).toBe(
      'output the examples held constant, input not',
    );
    expect(
      outputCheckProblem(checks, { street: '5 Pier St, #2', suite: '' }, { addr: '5 Pier St, #2' }),
    ).not.toBeNull();
  });

  it('holds nothing where the example inputs had several shapes, or where the output changed', () => {
    const mixed = [
      ...plainLines.slice(0, 2),
      { input: { addr: '9 Dock St, Unit 4' }, output: { street: '9 Dock St, Unit 4', suite: '' } },
    ];
    expect(inputFormats(mixed)).toEqual({});
    const suites = [
      { input: { addr: '14 Birch Ln' }, output: { street: '14 Birch Ln', suite: 'A' } },
      { input: { addr: '2210 Harbor Way' }, output: { street: '2210 Harbor Way', suite: 'B' } },
      { input: { addr: '7 Quarry Rd' }, output: { street: '7 Quarry Rd', suite: 'C' } },
    ];
    const c = inferOutputChecks(suites).filter((x) => x.kind === 'constant');
    expect(c).toEqual([]);
  });
});
