import { describe, expect, it } from 'vitest';
import { profileInputs, uncoveredShape } from './trust.ts';

const examples = (values: Record<string, string>[]) => values.map((input) => ({ input, output: {} }));

describe('spaces around a value the code writes or cuts untrimmed', () => {
  it('sends to review a padded value that a template writes as it is, when no example was padded', () => {
    const profile = profileInputs(
      examples([
        { first: 'Omar', last: 'Haddad' },
        { first: 'Jane', last: 'van Dyke' },
        { first: 'Jean-Paul', last: 'Nguyen' },
      ]),
      'return { display: `${input.last}, ${input.first}` };',
    );
    expect(uncoveredShape(profile, { first: 'Ada', last: 'Lovelace' })).toBeNull();
    expect(uncoveredShape(profile, { first: ' Ada', last: 'Lovelace' })).toMatch(
      /"first" has spaces around it/,
    );
    expect(uncoveredShape(profile, { first: 'Ada', last: 'Lovelace  ' })).toMatch(
      /"last" has spaces around it/,
    );
    const viaText = profileInputs(
      examples([{ city: 'Lyon' }, { city: 'Oslo' }, { city: 'Porto' }]),
      'return { label: `${text(input.city)}!` };',
    );
    expect(uncoveredShape(viaText, { city: 'Lyon ' })).toMatch(/"city" has spaces around it/);
  });

  it('sends to review a padded value cut at its last space', () => {
    const profile = profileInputs(
      examples([{ name: 'Mary Ann Doe' }, { name: 'Li Weber' }, { name: 'Jean Paul Sartre' }]),
      "return { given: beforeLast(input.name, ' '), family: token(input.name, ' ', -1) };",
    );
    expect(uncoveredShape(profile, { name: 'Kurt Gödel' })).toBeNull();
    expect(uncoveredShape(profile, { name: '  Kurt Gödel  ' })).toMatch(/"name" has spaces around it/);
  });

  it('lets padding pass where the code trims the value, or an example was padded too', () => {
    const trimmed = profileInputs(
      examples([{ city: 'San Jose' }, { city: 'Oslo' }, { city: 'Le Havre' }]),
      'return { label: `${input.city.trim()}!` };',
    );
    expect(uncoveredShape(trimmed, { city: ' New York ' })).toBeNull();
    const kept = profileInputs(
      [
        { input: { city: 'San Jose' }, output: { label: 'San Jose!' } },
        { input: { city: ' Oslo' }, output: { label: ' Oslo!' } },
        { input: { city: 'Le Havre' }, output: { label: 'Le Havre!' } },
      ],
      'return { label: `${input.city}!` };',
    );
    expect(uncoveredShape(kept, { city: 'New York ' })).toBeNull();
  });

  it('holds to review a padded value where the only padded example had its spaces trimmed away', () => {
    const trimmedOnce = profileInputs(
      [
        { input: { city: 'San Jose', zip: '' }, output: { label: 'San Jose!' } },
        // The padding is trimmed away, though "Oslo " stands in the output before the zip.
        { input: { city: 'Oslo ', zip: '0150' }, output: { label: 'Oslo 0150!' } },
        { input: { city: 'Le Havre', zip: '' }, output: { label: 'Le Havre!' } },
      ],
      'return { label: isBlank(input.zip) ? `${text(input.city)}!` : `${text(input.city).trim()} ${input.zip}!` };',
    );
    expect(uncoveredShape(trimmedOnce, { city: 'New York ', zip: '' })).toMatch(
      /"city" has spaces around it/,
    );
  });
});
