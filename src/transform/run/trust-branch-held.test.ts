/**
 * A branch chosen by a test on one key (how the amount is written) whose examples all had one value
 * of another key the program reads (every one at the 20% rate) shows that branch only at that
 * value: its code may have taken the value in as a constant (× 1.2). A record routed there with
 * another value goes to review.
 */
import { describe, expect, it } from 'vitest';
import { profileInputs, uncoveredShape, withBranchEvidence, type BranchSource } from './trust.ts';

const LINES = [
  { input: { net: '250.00', rate: '20%' }, output: { gross: 300 } },
  // The same rate written as a fraction: one value, as a percent is its hundredths.
  { input: { net: '120.50', rate: '0.20' }, output: { gross: 144.6 } },
  { input: { net: '80', rate: '5%' }, output: { gross: 84 } },
  { input: { net: '12', rate: '20%' }, output: { gross: 14.4 } },
  { input: { net: '40', rate: '0%' }, output: { gross: 40 } },
];
// Fitted by accident: amounts with a decimal mark take a constant 20%.
const CODE =
  '/\\./.test(text(input.net)) ? round(parseNumber(input.net) * 1.2, 2) : round(parseNumber(input.net) * (1 + parseNumber(input.rate) / 100), 2)';
const byMark: BranchSource = {
  branches: [{ field: 'gross', code: CODE }],
  routes: (input) => ({ gross: /\./.test(String((input as { net?: unknown }).net ?? '')) ? 't' : 'f' }),
};

describe('a key one branch saw at one value only', () => {
  const profile = withBranchEvidence(profileInputs(LINES, CODE), LINES, byMark);

  it('sends to review a record of that branch with another value', () => {
    expect(uncoveredShape(profile, { net: '150.25', rate: '20%' })).toBeNull();
    expect(uncoveredShape(profile, { net: '150.25', rate: '20 %' })).toBeNull();
    expect(uncoveredShape(profile, { net: '150.25', rate: '7%' })).toMatch(
      /every example of the branch .* had "rate" "20%"; this record has "7%"/,
    );
  });

  it('lets a branch whose examples differ there write any value', () => {
    expect(uncoveredShape(profile, { net: '60', rate: '7%' })).toBeNull();
  });

  it('does not hold a key every example had at one value (the whole program saw no other)', () => {
    const same = LINES.map((l) => ({ ...l, input: { ...l.input, region: 'EU' } }));
    const code = CODE.replace('text(input.net)', 'text(input.net) + text(input.region)');
    const p = withBranchEvidence(profileInputs(same, code), same, byMark);
    expect(uncoveredShape(p, { net: '150.25', rate: '20%', region: 'UK' }) ?? '').not.toMatch(/branch/);
  });
});
