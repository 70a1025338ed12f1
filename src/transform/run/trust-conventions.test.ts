/**
 * Conventions the examples show varying, which a record does not state (issue 11, the trust gate):
 * each rule on data of our own (not the benchmark's), through `uncoveredShape` as a run asks it.
 */
import { describe, expect, it } from 'vitest';
import { inputReason } from '../build/review-reasons.ts';
import { profileInputs, uncoveredShape } from './trust.ts';
import { ambiguousMarkProblem, mixesLocales, numberMarks } from './trust-conventions.ts';

describe('numbers in a feed that mixes locales', () => {
  it('tells a mixed feed from one of a single locale', () => {
    expect(mixesLocales(numberMarks(['2,480.75', '18.20', '40,000.00']))).toBe(false);
    expect(mixesLocales(numberMarks(['2.480,75', '18,20', '40.000,00']))).toBe(false);
    expect(mixesLocales(numberMarks(['2,480.75', '18,20']))).toBe(true);
    expect(mixesLocales(numberMarks(['2,480.75', '3.100.000']))).toBe(true);
    // A lone mark before three digits says nothing on its own.
    expect(mixesLocales(numberMarks(['5,250', '7.125']))).toBe(false);
  });

  it('finds only a lone mark before three digits ambiguous', () => {
    const mixed = numberMarks(['2,480.75', '18,20']);
    expect(ambiguousMarkProblem('w', mixed, '7,125')).toMatch(/"7,125", whose "," may group thousands/);
    expect(ambiguousMarkProblem('w', mixed, 'net 12.500 t')).toMatch(/"12.500"/);
    expect(ambiguousMarkProblem('w', mixed, '7,125.40')).toBeNull();
    expect(ambiguousMarkProblem('w', mixed, '7,12')).toBeNull();
    expect(ambiguousMarkProblem('w', mixed, '1,234,567')).toBeNull();
    expect(ambiguousMarkProblem('w', numberMarks(['2,480.75', '18.20']), '7,125')).toBeNull();
  });

  const code = 'return { kg: parseNumber(input.weight) };';
  const mixedFeed = [
    { input: { weight: '1,250.50' }, output: { kg: 1250.5 } },
    { input: { weight: '2.400,75' }, output: { kg: 2400.75 } },
    { input: { weight: '15,5' }, output: { kg: 15.5 } },
  ];
  const usFeed = [
    { input: { weight: '1,250.50' }, output: { kg: 1250.5 } },
    { input: { weight: '2,400.75' }, output: { kg: 2400.75 } },
    { input: { weight: '15.5' }, output: { kg: 15.5 } },
  ];

  it('sends "7,125" to review where the examples mixed locales, and writes it where they did not', () => {
    const why = uncoveredShape(profileInputs(mixedFeed, code), { weight: '7,125' });
    expect(why).toMatch(/may group thousands or mark decimals/);
    expect(inputReason(why ?? '')).toBe('number in a convention the examples mix');
    expect(uncoveredShape(profileInputs(mixedFeed, code), { weight: '7,125.00' })).toBeNull();
    expect(uncoveredShape(profileInputs(mixedFeed, code), { weight: '7.125,00' })).toBeNull();
    // (Other rules may still hold it; this one does not, in a feed of one locale.)
    expect(uncoveredShape(profileInputs(usFeed, code), { weight: '7,125' }) ?? '').not.toMatch(
      /may group thousands/,
    );
  });
});

describe('times of day among 12-hour times', () => {
  const code = 'return { at: clock24(input.slot, false) };';
  const marked = [
    { input: { slot: '7:15 PM' }, output: { at: '19:15' } },
    { input: { slot: '10:40 AM' }, output: { at: '10:40' } },
    { input: { slot: '21:30' }, output: { at: '21:30' } },
  ];

  it('sends an hour of 1–12 with neither am nor pm to review', () => {
    const profile = profileInputs(marked, code);
    const why = uncoveredShape(profile, { slot: '6:20' });
    expect(why).toMatch(/"6:20", a time with neither am nor pm/);
    expect(inputReason(why ?? '')).toBe('time without am or pm among 12-hour times');
    expect(uncoveredShape(profile, { slot: '12:05' })).not.toBeNull();
  });

  it('writes a 24-hour hour past 12, a zero-padded hour, and a marked one', () => {
    const profile = profileInputs(marked, code);
    expect(uncoveredShape(profile, { slot: '18:20' })).toBeNull();
    expect(uncoveredShape(profile, { slot: '06:20' })).toBeNull();
    expect(uncoveredShape(profile, { slot: '6:20 AM' })).toBeNull();
    // (The shape rule still holds "6h20", a shape no example had; this rule does not.)
    expect(uncoveredShape(profile, { slot: '6h20' }) ?? '').not.toMatch(/neither am nor pm/);
  });

  it('holds nothing against "6:20" where no example said am or pm', () => {
    const plain = profileInputs(
      [
        { input: { slot: '7:15' }, output: { at: '07:15' } },
        { input: { slot: '21:30' }, output: { at: '21:30' } },
        { input: { slot: '10:40' }, output: { at: '10:40' } },
      ],
      code,
    );
    expect(uncoveredShape(plain, { slot: '6:20' })).toBeNull();
  });
});

describe('a bare number where every example had a unit or a sign beside it', () => {
  const code = 'return { share: parseNumber(input.off) / 100 };';

  it('sends "0.3" to review where every example said "%"', () => {
    const profile = profileInputs(
      [
        { input: { off: '30 %' }, output: { share: 0.3 } },
        { input: { off: '12.5 %' }, output: { share: 0.125 } },
        { input: { off: '7 %' }, output: { share: 0.07 } },
      ],
      code,
    );
    const why = uncoveredShape(profile, { off: '0.3' });
    expect(why).toMatch(/"off" is a bare number/);
    expect(inputReason(why ?? '')).toBe('bare number where examples had a unit or sign');
    expect(uncoveredShape(profile, { off: '15 %' })).toBeNull();
  });

  it('holds nothing against a bare number where an example was bare too', () => {
    const profile = profileInputs(
      [
        { input: { off: '30' }, output: { share: 0.3 } },
        { input: { off: '12.5 %' }, output: { share: 0.125 } },
        { input: { off: '7 %' }, output: { share: 0.07 } },
      ],
      code,
    );
    expect(uncoveredShape(profile, { off: '0.3' })).toBeNull();
  });
});
