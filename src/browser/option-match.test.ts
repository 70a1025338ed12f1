import { describe, expect, it } from 'vitest';
import { acronymOption, distinctOption } from './option-match.ts';

describe('an option the goal names by a word only it has', () => {
  const courses = [
    'Creative writing Tuesday evenings, 18:30 to 20:30',
    'Web design Monday mornings, 10:00 to 12:00',
    'Pottery Saturday mornings (course full)',
  ];
  const pick = (goal: string, options = courses, own = 'Which course?') => distinctOption(options, goal, own);
  it("picks the one option sharing a word with the goal, beyond the group's own words", () => {
    expect(pick('Sign me up for the evening class as Kim Lee')).toBe(courses[0]);
    expect(pick('Book the Saturday pottery course')).toBe(courses[2]);
    expect(
      pick(
        'Deliver it on Friday',
        ['Weekday delivery Monday to Friday', 'Weekend delivery Saturday'],
        'When?',
      ),
    ).toBe('Weekday delivery Monday to Friday');
  });
  it('picks none when no option, or several, share a word', () => {
    expect(pick('Apply for a course as Kim Lee')).toBeNull();
    expect(pick('Something in the mornings')).toBeNull();
  });
});

describe('an option the goal names by its initials', () => {
  const countries = ['Select a country', 'United Kingdom', 'Ireland', 'United States', 'France'];
  it('reads a capitalised acronym as the option whose words it abbreviates', () => {
    expect(acronymOption(countries, 'She lives in Bristol, UK, postcode BS1 5TR')).toBe('United Kingdom');
    expect(acronymOption(countries, 'Ship to Boston, US')).toBe('United States');
  });
  it('reads no lower-case word as an acronym, and no acronym that two options share', () => {
    expect(acronymOption(countries, 'send us the form')).toBeNull();
    expect(acronymOption(['United Kingdom', 'Upper Kenya'], 'from the UK')).toBeNull();
    expect(acronymOption(countries, 'Call me at 5 PM')).toBeNull();
  });
});
