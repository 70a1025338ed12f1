import { describe, expect, it } from 'vitest';
import {
  changeDates,
  promptsTheUser,
  readsDate,
  stateRestrictions,
  unshownRestrictions,
} from './change-proof.ts';

describe('what proves a change', () => {
  it.each([
    'Choose a date to pause Winter Orchard until.',
    'Pick the new date for Casa Lupo first.',
    'Please enter your reason',
    'Select a reason before cancelling',
  ])('a prompt is no evidence: %s', (text) => expect(promptsTheUser(text)).toBe(true));
  it.each([
    'Hold on Winter Orchard paused until 2027-03-20.',
    'Saved.',
    'Add to cart',
    'Booking moved to 5 Feb 2027',
  ])('a report is not a prompt: %s', (text) => expect(promptsTheUser(text)).toBe(false));
  it('reads the date a part sets, its own or the goal’s "until then"', () => {
    const goal = "I'm away until 20 March 2027. Pause my hold on Winter Orchard until then.";
    expect(changeDates('Pause my hold on Winter Orchard until then', goal)).toEqual(['2027-03-20']);
    expect(changeDates('Move my booking at Casa Lupo to 14 February 2027', '')).toEqual(['2027-02-14']);
    expect(changeDates('Pause my Veg Box subscription till 3 May 2027', '')).toEqual(['2027-05-03']);
    expect(changeDates('Book a table for 14 February 2027', '')).toEqual([]);
  });
  it('a date is read back in any written form, never by a mere box', () => {
    expect(readsDate({ type: 'text-visible', text: 'Paused until 20 Mar 2027' }, '2027-03-20')).toBe(true);
    expect(readsDate({ type: 'text-visible', text: 'Paused until 2027-03-20' }, '2027-03-20')).toBe(true);
    expect(readsDate({ type: 'text-visible', text: 'Choose a date to pause X until.' }, '2027-03-20')).toBe(
      false,
    );
    expect(
      readsDate(
        { type: 'element-visible', locator: { role: 'textbox', name: 'Pause X until' } },
        '2027-03-20',
      ),
    ).toBe(false);
  });
  it.each([
    ['Show only audiobooks that are available right now', ['available']],
    ['List the trail shoes that are in stock', ['stock']],
    ['Filter the tickets to bugs that are still open', ['open']],
    ['Show only free events', ['free']],
    ['Show only audiobooks', []],
  ])('the state restrictions of "%s"', (goal, words) => expect(stateRestrictions(goal)).toEqual(words));
  it('a restriction no control name shows is unshown', () => {
    const audio = {
      type: 'checked' as const,
      locator: { role: 'checkbox', name: 'Audiobook' },
      checked: true,
    };
    const now = {
      type: 'checked' as const,
      locator: { role: 'checkbox', name: 'Available now' },
      checked: true,
    };
    expect(unshownRestrictions(['available'], [audio])).toEqual(['available']);
    expect(unshownRestrictions(['available'], [audio, now])).toEqual([]);
  });
});
