import { describe, expect, it } from 'vitest';
import { labelsPlace, placeOf, rankWord } from './place.ts';
import { readPart } from './read-goal.ts';

// Paraphrases of our own over lists, tables, threads and folders (not the sprint app's goals).
describe('placeOf: the container a ranked item is counted in', () => {
  it.each([
    ['Open the third message in the Archive folder', 'Archive'],
    ['Star the 2nd email in Promotions', 'Promotions'],
    ['Delete the last row of the Invoices table', 'Invoices'],
    ['Rename the first task under Someday to Buy paint', 'Someday'],
    ['Flag the top item in the "Waiting for" list', 'Waiting for'],
    ['The second ticket of Triage is a duplicate, close it', 'Triage'],
    ['Assign the fourth story in the Ready lane to Bo', 'Ready'],
  ])('%s → within %s', (text, within) => {
    expect(placeOf(text)).toEqual({ within });
  });

  it('names no container when the place is only a kind of container', () => {
    expect(placeOf('Reply to the last comment in the thread')).toBeUndefined();
    expect(placeOf('Open the second row in the table')).toBeUndefined();
    // ("Inbox" names a folder as well as a kind: it is looked for as one.)
    expect(placeOf('Open the second message in my inbox')).toEqual({ within: 'inbox' });
    // A page or a step is a place of its own, not an item in a container.
    expect(placeOf('Go to the second page of results')).toBeUndefined();
    expect(placeOf('Go back to the first step of the form')).toBeUndefined();
  });

  it('reads a titled item in a named container', () => {
    expect(placeOf('Open the Quarterly report file in the Drafts folder')).toEqual({ within: 'Drafts' });
    expect(placeOf('Mark the Pay rent task in the Home list as done')).toEqual({ within: 'Home' });
    expect(placeOf('Type it in the first column')).toBeUndefined();
  });
});

describe('placeOf: the neighbour an item sits next to', () => {
  it.each([
    ['Delete the row below "Order 1042"', 'Order 1042', 1],
    ['Open the email right above Weekly digest', 'Weekly digest', -1],
    ['Tick the task just below Water plants and nothing else', 'Water plants', 1],
    ['Edit the folder above the one called Taxes', 'Taxes', -1],
  ])('%s → %s (%d)', (text, of, offset) => {
    expect(placeOf(text)).toEqual({ beside: { of, offset } });
  });

  it('leaves a destination alone', () => {
    expect(placeOf('File the thread under General')).toBeUndefined();
    expect(placeOf('Move Fix login to Review')).toBeUndefined();
  });
});

describe('rankWord and labelsPlace', () => {
  it('reads top and bottom of a container as ranks', () => {
    expect(rankWord('Pin the top note in Ideas')).toBe(1);
    expect(rankWord('Archive the bottom card of Done')).toBe(-1);
    expect(rankWord('Scroll to the top of the page')).toBeUndefined();
  });
  it('matches a container label by its words, counts and kind aside', () => {
    expect(labelsPlace('In progress (3)', 'In progress')).toBe(true);
    expect(labelsPlace('Backlog · 4 cards', 'Backlog')).toBe(true);
    expect(labelsPlace('Archive folder', 'Archive')).toBe(true);
    expect(labelsPlace('Not in progress', 'In progress')).toBe(false);
    expect(labelsPlace('Done this week', 'Done')).toBe(false);
  });
});

describe('readPart: a place is no value to set', () => {
  it('keeps the place off the values and gives the part its place and rank', () => {
    const part = readPart('Rename the top task in the Someday list to Buy paint');
    expect(part.place).toEqual({ within: 'Someday' });
    expect(part.ordinal).toBe(1);
    expect(part.values).not.toContain('Someday');
  });
  it('drops a neighbour read as a value', () => {
    const part = readPart("Open the email below 'Weekly digest'");
    expect(part.place).toEqual({ beside: { of: 'Weekly digest', offset: 1 } });
    expect(part.values).toEqual([]);
  });
});
