import { describe, expect, it } from 'vitest';
import { readGoal } from './read-goal.ts';

/** The text of each part the goal is read into. */
const parts = (goal: string) => readGoal(goal).map((part) => part.text);

describe('a statement before a colon is context, the instruction follows it', () => {
  it.each([
    ['Water plants was ticked by mistake: set it back to open', ['set Water plants back to open']],
    ['Ticket 4 is urgent: mark it as high priority', ['mark Ticket 4 as high priority']],
    ['Invoice 7 has been paid: archive it', ['archive Invoice 7']],
    ['Those two rows were imported twice: delete them', ['delete Those two rows']],
    ['Ada needs access: invite ada@example.com', ['invite ada@example.com']],
  ])('"%s"', (goal, expected) => {
    expect(parts(goal)).toEqual(expected);
  });

  it("the statement's first word is not taken for the goal's verb", () => {
    const [part] = readGoal('Water plants was ticked by mistake: set it back to open');
    expect(part!.verb).not.toMatch(/water/i);
  });

  it.each([
    // An instruction before the colon: a check, a relative clause, a label with its value.
    'Make sure the cart is empty: open the cart',
    'Open the invoice that is overdue: pay it',
    'Username: ada',
    // What a sign-in reads stays in the goal.
    'My password is hunter2: sign in as ada',
    // A quoted value in the statement stays with the goal.
    'The title "Q3 plan" is wrong: rename it to Q4 plan',
    // After the colon no order: a list, not an instruction.
    'The cart is ready: two mugs and a kettle',
  ])('left whole: "%s"', (goal) => {
    expect(parts(goal).join(' ')).toContain(goal.split(':')[0]!.trim());
  });
});
