import { describe, expect, it } from 'vitest';
import { profileInputs, uncoveredShape } from './trust.ts';

const examples = (values: Record<string, string>[]) => values.map((input) => ({ input, output: {} }));

describe('spaces around a value the code cuts at a space untrimmed', () => {
  it('sends to review a padded value cut at its last space', () => {
    const profile = profileInputs(
      examples([{ name: 'Mary Ann Doe' }, { name: 'Li Weber' }, { name: 'Jean Paul Sartre' }]),
      "return { given: beforeLast(input.name, ' '), family: token(input.name, ' ', -1) };",
    );
    expect(uncoveredShape(profile, { name: 'Kurt Gödel' })).toBeNull();
    expect(uncoveredShape(profile, { name: '  Kurt Gödel  ' })).toMatch(/"name" has spaces around it/);
    expect(uncoveredShape(profile, { name: 'Kurt Gödel ' })).toMatch(/"name" has spaces around it/);
  });

  it('lets padding pass where the code cuts by token (which trims)', () => {
    const tokens = profileInputs(
      examples([{ name: 'Mary Ann Doe' }, { name: 'Li Weber' }, { name: 'Jean Paul Sartre' }]),
      "return { family: token(input.name, ' ', -1) };",
    );
    expect(uncoveredShape(tokens, { name: ' Kurt Gödel ' })).toBeNull();
  });

  it('holds to review a padded value where the only padded example had its spaces trimmed away', () => {
    const trimmedOnce = profileInputs(
      [
        { input: { name: 'Mary Ann Doe' }, output: { given: 'Mary Ann' } },
        // The padding is gone from the output, though "Li " stands in it before nothing.
        { input: { name: 'Li Weber ' }, output: { given: 'Li Weber' } },
        { input: { name: 'Jean Paul Sartre' }, output: { given: 'Jean Paul' } },
      ],
      "return { given: beforeLast(input.name, ' ') };",
    );
    expect(uncoveredShape(trimmedOnce, { name: 'Kurt Gödel ' })).toMatch(/"name" has spaces around it/);
  });

  it('does not hold a value written as it is into a template', () => {
    const profile = profileInputs(
      examples([
        { first: 'Omar', last: 'Haddad' },
        { first: 'Jane', last: 'van Dyke' },
        { first: 'Jean Paul', last: 'Nguyen' },
      ]),
      'return { display: `${text(input.last)}, ${text(input.first)}` };',
    );
    expect(uncoveredShape(profile, { first: 'Ada ', last: 'Lovelace' }) ?? '').not.toMatch(
      /spaces around it/,
    );
  });
});
