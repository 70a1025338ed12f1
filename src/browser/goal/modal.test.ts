import { describe, expect, it } from 'vitest';
import { readGoal } from './read-goal.ts';
import { orderInModal } from './modal.ts';

/**
 * "Sam should be able to comment on Roadmap Q1", "the checklist should be estimated at 2 pts": a
 * statement of what ought to be, with no verb at its start. Read as it stood, its first word passed
 * for nothing and a run that only opened the page it names was judged done (a false pass on the
 * wiki app). The order it states has a verb of its own.
 */
describe('a statement of what ought to be is read as the order it states', () => {
  it.each([
    [
      'Sam should be able to comment on Roadmap Q1 but not edit it',
      'let Sam comment on Roadmap Q1 but not edit it',
    ],
    ['Priya needs to be able to edit the budget sheet', 'let Priya edit the budget sheet'],
    ['The design team must be able to view the brand kit', 'let The design team view the brand kit'],
    ['Ana only needs to read the style guide', 'let Ana read the style guide'],
    ['the onboarding checklist should be estimated at 2 pts', 'estimate the onboarding checklist at 2 pts'],
    ['Invoice 7 needs to be archived', 'archive Invoice 7'],
    ['The launch post should be scheduled for Friday', 'schedule The launch post for Friday'],
    ['Both old drafts must be deleted', 'delete Both old drafts'],
  ])('"%s" → "%s"', (goal, order) => {
    expect(orderInModal(goal)).toBe(order);
  });

  it.each([
    // An order already: its first word is the verb.
    'Make sure Sam should be able to comment',
    'Set the estimate to 8 points',
    // No modal at all.
    'Roadmap Q1 is in review',
    // A statement with a relative clause is no order ("the page that should be archived…").
    'The page that should be archived is open',
    // What ought to be true, not done: "should be visible", "should be empty".
    'The cart should be empty',
    'The banner should be visible',
  ])('left as it is: "%s"', (goal) => {
    expect(orderInModal(goal)).toBe(goal);
  });

  it('gives the part a verb, so following a link named in it is not the whole of it', () => {
    const [part] = readGoal('Sam should be able to comment on Roadmap Q1 but not edit it');
    expect(part!.verb).toBe('let');
    expect(part!.objectWords).toEqual(expect.arrayContaining(['sam', 'comment', 'roadmap']));
    const [passive] = readGoal('the onboarding checklist should be estimated at 2 pts');
    expect(passive!.verb).toBe('estimate');
  });
});
