import { describe, expect, it } from 'vitest';
import { caseAsked, inCase, isDestructive, readGoal } from './read-goal.ts';
import { related } from './wordnet.ts';

describe('WordNet relations (no hand-written synonym list)', () => {
  it('relates words that mean the same and keeps unrelated ones apart', () => {
    expect(related('finished', 'completed')).toBe(true);
    expect(related('remove', 'delete')).toBe(true);
    expect(related('tick off', 'check')).toBe(true);
    expect(related('delete', 'add')).toBe(false);
    expect(related('active', 'completed')).toBe(false);
  });
});

describe('readGoal', () => {
  const summary = (goal: string) =>
    readGoal(goal).map((p) => ({ intent: p.intent, values: p.values, role: p.role, ordinal: p.ordinal }));

  it('splits multi-part goals into ordered parts, keeping noun lists whole', () => {
    expect(
      readGoal('Sign in as ada, search for printer and open the second ticket').map((p) => p.intent),
    ).toEqual(['login', 'search', 'open']);
    expect(
      readGoal('Sign up with my name, email and password and accept the terms').map((p) => p.text),
    ).toEqual(['Sign up with my name, email and password', 'accept the terms']);
  });

  it('reads a phrasal verb by its head and "try to X" as X', () => {
    expect(readGoal('Fill in the first step with the name Ada Lovelace and continue')[0]?.intent).toBe(
      'fill',
    );
    expect(readGoal('Fill out the form')[0]?.intent).toBe('fill');
    expect(readGoal('Try to continue without filling anything in')[0]?.verb).toBe('continue');
  });

  it('reads role words, ordinals and unquoted values', () => {
    expect(summary('Click the Completed link')).toEqual([
      { intent: 'click', values: [], role: 'link', ordinal: undefined },
    ]);
    expect(summary('Tick off the 3rd todo')[0]).toMatchObject({ intent: 'check', ordinal: 3 });
    expect(summary('Add a todo Buy bread')[0]).toMatchObject({ intent: 'add', values: ['Buy bread'] });
    expect(summary('Sign in as ada')[0]).toMatchObject({ intent: 'login', values: ['ada'] });
  });

  it('knows an observation from a tick, and a pronoun from nothing', () => {
    expect(readGoal('Check that the cart shows "Desk lamp"')[0]).toMatchObject({
      intent: 'observe',
      expect: ['Desk lamp'],
    });
    const parts = readGoal('Add a todo "Buy milk", complete it and filter Active');
    expect(parts[1]).toMatchObject({ intent: 'check', values: ['Buy milk'] });
  });

  it('marks destructive and bulk actions', () => {
    expect(isDestructive('Clear completed')).toBe(true);
    expect(isDestructive('Mark all as complete')).toBe(true);
    expect(isDestructive('Delete')).toBe(true);
    expect(isDestructive('Sign out')).toBe(true);
    expect(isDestructive('Open the second ticket')).toBe(false);
    expect(isDestructive('Completed')).toBe(false);
  });
  it('reads "mark X as <state>" as pressing what sets the state, and "highest first" as no ordinal', () => {
    expect(summary('Mark order 1007 as shipped')).toEqual([
      { intent: 'click', values: [], role: undefined, ordinal: undefined },
    ]);
    expect(readGoal('Sign in as maria and mark Priya Nair as a customer')[1]?.intent).toBe('click');
    expect(readGoal('Mark Buy milk as complete')[0]?.intent).toBe('check');
    expect(readGoal('Sign in as ada')[0]?.values).toEqual(['ada']);
    expect(readGoal('Sort the orders by total, highest first')[0]?.ordinal).toBeUndefined();
    expect(readGoal('Open the second message')[0]?.ordinal).toBe(2);
  });

  it('reads a verb as "open" only by a synonym, not by a far WordNet kin ("like" is a kind of "view")', () => {
    expect(readGoal('Like the Recipes note')[0]).toMatchObject({ intent: 'click', verb: 'like' });
    expect(readGoal('Visit the Books page')[0]?.intent).toBe('open');
    expect(readGoal('Show the details of the Curie room')[0]?.intent).toBe('open');
  });

  it('reads a change of letter case as the case to write in, never as text to type', () => {
    const [title] = readGoal('Change the title of issue 7 to upper case');
    expect(title).toMatchObject({ intent: 'edit', textCase: 'upper', values: [] });
    expect(readGoal('Rename issue 14 to Login button misaligned')[0]?.textCase).toBeUndefined();
    expect(inCase('Call the plumber in upper case', caseAsked('… in upper case'))).toBe('CALL THE PLUMBER');
    expect(inCase('Buy Milk', caseAsked('write it in lowercase'))).toBe('buy milk');
  });
});
