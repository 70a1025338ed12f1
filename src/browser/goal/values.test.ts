import { describe, expect, it } from 'vitest';
import { numberNouns } from './values.ts';

describe('a number that qualifies a noun ("car 3", "row 12") names that thing, not a control "3"', () => {
  it.each([
    ['pick the window seat in car 3', { '3': 'car' }],
    ['Give me seat 33 in car 3', { '33': 'seat', '3': 'car' }],
    ['move the meeting to room 12', { '12': 'room' }],
    ['book a bed in cabin 4 on deck 2', { '4': 'cabin', '2': 'deck' }],
  ])('"%s"', (text, want) => {
    expect(Object.fromEntries(numberNouns(text))).toEqual(want);
  });

  it.each([
    'go to page 3 of the results',
    'Book 2 adults from Lyon to Turin on 14 March',
    'change the departure date to 3 April',
    'Set the number of adults to 10',
    'show 20 results per page',
    'open order 1007',
  ])('"%s": a page number, a count, a date or an item\'s own number is none', (text) => {
    const found = numberNouns(text);
    if (text.startsWith('open order')) expect(found.get('1007')).toBe('order');
    else expect(found.size).toBe(0);
  });
});
