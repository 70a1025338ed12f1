import { describe, expect, it } from 'vitest';
import { inferOutputChecks, profileInputs, withBranchEvidence } from '../run/trust.ts';
import { formatReviewReasons, reviewReasons } from './review-reasons.ts';

describe('why the inputs seen would go to review', () => {
  const examples = [
    { input: { d: '2024-03-15', level: 'warn' }, output: { day: '15', code: 'W-15' } },
    { input: { d: '2023-11-02', level: 'error' }, output: { day: '02', code: 'E-02' } },
    { input: { d: '2022-07-09', level: 'warn' }, output: { day: '09', code: 'W-09' } },
  ];
  const code =
    "const day = token(input.d, '-', 2); /warn/.test(input.level) ? 'W' : 'E'; parseDate(input.d, 'YMD');";
  const profile = profileInputs(examples, code);
  const checks = inferOutputChecks(examples);
  // Rivals disagree on one record only; the code's output is faked per input.
  const space = {
    disagreements: (input: unknown) =>
      (input as { d: string }).d === '2021-01-01' ? [{ field: 'day', outputs: ['01', '1'] }] : [],
  };
  const chosenOutput = (input: unknown) => {
    const { d } = input as { d: string };
    return d === '2020-05-05' ? { day: '05', code: 'W-AB' } : { day: d.slice(8), code: `W-${d.slice(8)}` };
  };

  it('counts every reason, each record once, in the order a run checks them', () => {
    const reasons = reviewReasons({ space, profile, checks, chosenOutput }, [
      { d: '2021-01-01', level: 'warn' }, // rivals disagree
      { d: '2021-01-01', level: 'warn' }, // the same record again: counted once
      { d: '2024-3-5', level: 'warn' }, // a shape no example had
      { d: '', level: 'warn' }, // empty, never was
      { d: '2024-03-16', level: 'debug' }, // a word the code's branch tests, never seen
      { d: '2020-05-05', level: 'warn' }, // the output's shape no label had
      { d: '2019-08-08', level: 'error' }, // settled
    ]);
    expect(reasons.checked).toBe(6);
    expect(reasons.unsettled).toBe(5);
    expect(reasons.byReason).toEqual({
      'rival programs disagree': 1,
      'unseen input shape': 1,
      'empty input field': 1,
      'unseen branch word': 1,
      'unseen output shape': 1,
    });
    const line = formatReviewReasons(reasons);
    expect(line).toMatch(/^5 of 6 input\(s\) seen are not settled by the examples/);
    for (const name of Object.keys(reasons.byReason)) expect(line).toContain(name);
  });

  it('names a record whose branch of the program its examples do not support', () => {
    // The code's branch for "day" is chosen by the level: records of each level are held to the
    // examples of that level (two warnings, one error).
    const branched = withBranchEvidence(profile, examples, {
      branches: [{ field: 'day', code }],
      routes: (input) => ({ day: (input as { level: string }).level === 'warn' ? 't' : 'f' }),
    });
    const reasons = reviewReasons({ space, profile: branched, checks, chosenOutput }, [
      { d: '2019-08-08', level: 'error' }, // one example took the error branch
      { d: '2019-08-08', level: 'warn' }, // settled
    ]);
    expect(reasons.byReason).toEqual({ 'branch its examples do not support': 1 });
  });

  it('says nothing is unsettled when nothing is', () => {
    const reasons = reviewReasons({ space, profile, checks, chosenOutput }, [
      { d: '2019-08-08', level: 'error' },
    ]);
    expect(reasons).toEqual({ checked: 1, unsettled: 0, byReason: {} });
  });
});
