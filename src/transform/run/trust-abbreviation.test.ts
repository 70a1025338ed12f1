/**
 * A code cut from a name ("Colorado" → "CO") fits the examples as a table of codes does; a name no
 * example had goes to review (issue 11, programs that fit by accident). Data of our own: country
 * names to ISO codes, languages to codes, through `profileInputs` and `uncoveredShape` as a run asks.
 */
import { describe, expect, it } from 'vitest';
import { inputReason } from '../build/review-reasons.ts';
import { cutsToCode, namesCut } from './trust-abbreviation.ts';
import { profileInputs, uncoveredShape } from './trust.ts';

const countries = [
  { input: { country: 'France', n: 1 }, output: { iso: 'FR' } },
  { input: { country: 'Italy', n: 2 }, output: { iso: 'IT' } },
  { input: { country: 'Norway', n: 3 }, output: { iso: 'NO' } },
];
const code = 'return { iso: text(input.country).slice(0, 2).toUpperCase() };';

describe('a code cut from a name', () => {
  it('recognizes the cut with a case change, before or after it', () => {
    expect(cutsToCode(code, 'country')).toBe(true);
    expect(cutsToCode('return { c: input.lang.toUpperCase().substring(0, 3) };', 'lang')).toBe(true);
    // no case change: a cut of the text as it is ("Monday 4 March" → "Mon") is not a code
    expect(cutsToCode('return { d: text(input.when).slice(0, 3) };', 'when')).toBe(false);
  });

  it('sends a name no example had to review, and writes the names the examples had', () => {
    const profile = profileInputs(countries, code);
    expect(uncoveredShape(profile, { country: 'Germany', n: 4 })).toMatch(
      /"country" is "Germany", which no example had; the output is a code cut from "country"/,
    );
    expect(inputReason(uncoveredShape(profile, { country: 'Spain', n: 5 }) ?? '')).toBe(
      'unseen name cut into a code',
    );
    expect(uncoveredShape(profile, { country: 'Italy', n: 6 })).toBeNull();
  });

  it('keeps the cut of weekday and month names, and of values that are not names', () => {
    expect(namesCut(['Monday', 'Friday', 'Sunday'])).toBeUndefined();
    expect(namesCut(['March', 'October', 'June'])).toBeUndefined();
    expect(namesCut(['AB-1234', 'CD-9981'])).toBeUndefined();
    expect(namesCut(['New Zealand', "Côte d'Ivoire", 'Peru'])).toEqual([
      'new zealand',
      "côte d'ivoire",
      'peru',
    ]);
    const days = [
      { input: { day: 'Monday' }, output: { d: 'MON' } },
      { input: { day: 'Tuesday' }, output: { d: 'TUE' } },
      { input: { day: 'Friday' }, output: { d: 'FRI' } },
    ];
    const profile = profileInputs(days, 'return { d: text(input.day).slice(0, 3).toUpperCase() };');
    expect(uncoveredShape(profile, { day: 'Sunday' })).toBeNull();
  });
});
