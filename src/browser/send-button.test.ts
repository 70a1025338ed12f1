import { describe, expect, it } from 'vitest';
import { readGoal } from './goal/read-goal.ts';
import { sendButton } from './local-planner.ts';
import type { ObservedElement } from './observe.ts';

let n = 0;
const button = (name: string): ObservedElement => ({ ref: `e${++n}`, role: 'button', name });

describe('a button of its own that the goal sends the form with', () => {
  const next = button('Next');
  const buttons = [button('Back'), next, button('Save and continue later'), button('Cancel application')];
  it('finds the button a sending part names by two of its words', () => {
    expect(sendButton(readGoal('Fill in my name and save it to finish later'), buttons, next)?.name).toBe(
      'Save and continue later',
    );
    expect(
      sendButton(readGoal('Enter the address, then save the draft'), [next, button('Save draft')], next)
        ?.name,
    ).toBe('Save draft');
  });
  it('finds none for a goal that sends the form the usual way', () => {
    expect(sendButton(readGoal('Apply for the course as Kim Lee and submit it'), buttons, next)).toBeNull();
    expect(sendButton(readGoal('Register Ada Lovelace'), buttons, next)).toBeNull();
  });
});
