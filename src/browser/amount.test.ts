import { describe, expect, it } from 'vitest';
import { amountFor, amountOf } from './amount.ts';
import type { ObservedElement } from './observe.ts';
import type { PlanDecision } from './planner.ts';

describe('the amount of a value written with its unit ("8 points", "2 pts", "1.5 hours")', () => {
  it.each([
    ['8 points', '8'],
    ['2 pts', '2'],
    ['1.5 hours', '1.5'],
    ['3 kg', '3'],
    ['12 story points', '12'],
    ['40 mins.', '40'],
    ['-5 degrees', '-5'],
  ])('%s → %s', (value, amount) => {
    expect(amountOf(value)).toBe(amount);
  });

  it.each(['8', 'Q1 2027', 'Room 4', '8 points and 3 tags', 'Build 212 is out', '4242 4242 4242 4242', ''])(
    'no amount with a unit in %j',
    (value) => {
      expect(amountOf(value)).toBeNull();
    },
  );
});

describe('a value typed into a number box is its amount, never its unit', () => {
  const box = (inputType: string | undefined, role = 'spinbutton'): ObservedElement =>
    ({ ref: 'e1', role, name: 'Estimate', ...(inputType ? { inputType } : {}) }) as ObservedElement;
  const fill = (value: string): PlanDecision => ({ reason: 'r', action: { type: 'fill', ref: 'e1', value } });

  it('types "8" for "8 points" into an <input type=number>', () => {
    expect(amountFor(fill('8 points'), [box('number')]).action).toMatchObject({ value: '8' });
    expect(amountFor(fill('2 pts'), [box('number')]).action).toMatchObject({ value: '2' });
  });

  it('keeps the words in a text box, and any value that has no amount with a unit', () => {
    expect(amountFor(fill('8 points'), [box('text', 'textbox')]).action).toMatchObject({ value: '8 points' });
    expect(amountFor(fill('Room 4'), [box('number')]).action).toMatchObject({ value: 'Room 4' });
    const click: PlanDecision = { reason: 'r', action: { type: 'click', ref: 'e1' } };
    expect(amountFor(click, [box('number')])).toBe(click);
  });
});
