/**
 * Issue 11 §2: a branch chosen by the FORMAT of a value (a test of token classes only: digits,
 * letters, spaces, punctuation) reads no word of it, so a record of a covered format whose words no
 * example had is covered; only a test that names a word ("km", "pm", "Mrs") makes unseen words
 * matter. Without this, the answer that teaches a new format leaves every record with a new street
 * name, product family or colour in review, however many answers come.
 */
import { describe, expect, it } from 'vitest';
import { profileInputs, uncoveredShape } from './trust.ts';

const STREETS = [
  { input: { line: '221 Baker Street' }, output: { street: 'Baker Street', number: '221' } },
  { input: { line: '10 Downing Street' }, output: { street: 'Downing Street', number: '10' } },
  { input: { line: 'Hauptstraße 12' }, output: { street: 'Hauptstraße', number: '12' } },
];
// Branches by format: a leading number, or a word then a number.
const BY_FORMAT =
  "/^[-+]?\\d[\\d.,]*/u.test(text(input.line).trim()) ? token(input.line, ' ', 0) : /^\\p{L}+\\s+[-+]?\\d[\\d.,]*/u.test(text(input.line).trim()) ? token(input.line, ' ', 1) : token(input.line, ' ', 0)";
// Branches by a word of the value.
const BY_WORD =
  "/\\bstreet\\b/i.test(text(input.line)) ? token(input.line, ' ', 0) : token(input.line, ' ', 1)";

describe('a branch picked by format, not by a word', () => {
  it('writes records of a covered format whatever their words', () => {
    const profile = profileInputs(STREETS, BY_FORMAT);
    expect(uncoveredShape(profile, { line: '16 Elm Street' })).toBeNull();
    expect(uncoveredShape(profile, { line: 'Schulstraße 143' })).toBeNull();
    // Other streets in the same two formats.
    expect(uncoveredShape(profile, { line: '7 Mill Street' })).toBeNull();
    expect(uncoveredShape(profile, { line: 'Gartenweg 9' })).toBeNull();
  });

  it('still holds records of a format no example had', () => {
    const profile = profileInputs(STREETS, BY_FORMAT);
    expect(uncoveredShape(profile, { line: 'Elm Street, 16' })).not.toBeNull();
  });

  it('still holds a new unit word beside a number the code reads whole under a format test', () => {
    const readings = [
      { input: { reading: '4 °C' }, output: { f: 39.2 } },
      { input: { reading: '5 °C' }, output: { f: 41 } },
      { input: { reading: '40' }, output: { f: 40 } },
    ];
    const code =
      '/^\\d+\\s+°\\p{L}+$/u.test(text(input.reading).trim()) ? parseNumber(input.reading) * 9 / 5 + 32 : parseNumber(input.reading)';
    expect(uncoveredShape(profileInputs(readings, code), { reading: '7 °F' })).toMatch(/the word "f"/);
  });

  it('still holds a new word when the format test counts letters (the length of a word picks the branch)', () => {
    const names = [
      { input: { name: 'Anna Schmidt' }, output: { first: 'Anna' } },
      { input: { name: 'Weber, Lena' }, output: { first: 'Lena' } },
      { input: { name: 'Kurt Becker' }, output: { first: 'Kurt' } },
    ];
    const code =
      "/^\\p{L}{4}\\s+\\p{L}{6}$/u.test(text(input.name).trim()) ? token(input.name, ' ', 0) : token(input.name, ' ', -1)";
    expect(uncoveredShape(profileInputs(names, code), { name: 'Jan Müller' })).not.toBeNull();
  });

  it('still holds a record with a new word when the test names a word', () => {
    const profile = profileInputs(STREETS, BY_WORD);
    expect(uncoveredShape(profile, { line: '16 Elm Avenue' })).toMatch(/the word "(elm|avenue)"/);
  });
});
