import { describe, expect, it } from 'vitest';
import { profileInputs, uncoveredShape } from './trust.ts';

// Links pasted from sentences: the last path piece is the page. A full stop after the link's last
// number belongs to the sentence, not the page, but no example shows whether the code keeps it.
const PAGES = [
  { input: { link: 'https://wiki.example.org/a/Main.Page' }, output: { page: 'main.page' } },
  { input: { link: 'wiki.example.org/a/Help' }, output: { page: 'help' } },
  { input: { link: 'see: http://w.example.org/v2.Intro.2024' }, output: { page: 'v2.intro.2024' } },
  { input: { link: 'example.org/Rules' }, output: { page: 'rules' } },
];
const CODE = "return { page: lower(token(input.link, '/', -1)) };";

describe('a mark at the end of a value that no example ended with', () => {
  const profile = profileInputs(PAGES, CODE);

  it('sends the record to review: the mark may be the sentence’s, not the value’s', () => {
    expect(uncoveredShape(profile, { link: 'https://wiki.example.org/c/Rules.2019.' })).toMatch(
      /"link" ends with "\."/,
    );
    expect(uncoveredShape(profile, { link: 'wiki.example.org/c/v4:' })).toMatch(/ends with ":"/);
    expect(uncoveredShape(profile, { link: 'https://wiki.example.org/c/Rules.v3' })).toBeNull();
    // After a letter a full stop is as often the value's own (an abbreviation).
    expect(uncoveredShape(profile, { link: 'https://wiki.example.org/c/Rules.' })).toBeNull();
  });

  it('is no problem once an example ended with it', () => {
    const ended = profileInputs(
      [...PAGES, { input: { link: 'wiki.example.org/a/Town.1.' }, output: { page: 'town.1' } }],
      CODE,
    );
    expect(uncoveredShape(ended, { link: 'https://wiki.example.org/c/Rules.2019.' })).toBeNull();
  });

  it('is no problem for a value the code reads only the number of', () => {
    const amounts = profileInputs(
      [
        { input: { amount: 'EUR 12.50' }, output: { cents: 1250 } },
        { input: { amount: 'EUR 3.10' }, output: { cents: 310 } },
      ],
      'return { cents: Math.round(parseNumber(input.amount) * 100) };',
    );
    expect(uncoveredShape(amounts, { amount: 'EUR 7.' })).not.toMatch(/ends with/);
  });
});
