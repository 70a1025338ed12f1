import { describe, expect, it } from 'vitest';
import { movedIntoItsPlace } from './located-by.ts';
import type { HistoryEntry } from './planner.ts';

const set = (name: string, value: string, type: 'select' | 'fill' = 'select'): HistoryEntry => ({
  step: 1,
  action: { type, ref: 'e1', value },
  description: `${type} ${name}`,
  ok: true,
  url: 'http://127.0.0.1/app/',
  target: { role: type === 'select' ? 'combobox' : 'textbox', name },
});

describe('a run that moves an item to where the goal finds it', () => {
  it.each([
    ['Set the priority of the third task in the Waiting list to High', set('List', 'Waiting')],
    ['Give the first ticket in "Needs triage" to Omar', set('Queue', 'Needs triage')],
    ['Archive the last note from the Drafts folder', set('Folder', 'Drafts')],
    ['Rename the 2nd lane on the Sprint 4 board to Review', set('Board', 'Sprint 4', 'fill')],
  ])('"%s" is no proof', (goal, step) => {
    expect(movedIntoItsPlace(goal, [step])).toMatch(/where the goal says its item is found/);
  });

  it.each([
    // The value is what the goal asks to set, not a place.
    ['Move the second card in To do to Done', set('Column', 'Done')],
    ['Set the priority of the third task in the Waiting list to High', set('Priority', 'High')],
    // No item picked by its rank: "in the Done column" may be where to put it.
    ['Put the card "Fix login" in the Done column', set('Column', 'Done')],
    // A value that only starts like the place.
    ['Edit the first row in Sales 2025', set('Team', 'Sales')],
    ['Edit the first row in Sales Team North', set('Team', 'Sales')],
  ])('"%s" with a step setting another value is left to the other rules', (goal, step) => {
    expect(movedIntoItsPlace(goal, [step])).toBeNull();
  });
});
