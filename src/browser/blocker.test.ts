import { describe, expect, it } from 'vitest';
import { clearBlocker } from './blocker.ts';
import { readGoal } from './goal/read-goal.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';

const url = 'http://127.0.0.1/app/';

function page(elements: Partial<ObservedElement>[]): Observation {
  const full = elements.map((e, i) => ({ ref: `e${i + 1}`, role: 'generic', name: '', ...e }));
  return { url, title: '', snapshot: '', elements: full, texts: [], tokens: 0 };
}

/** A page under a layer: `layer` stays clickable, a dozen controls lie under it. */
function covered(layer: Partial<ObservedElement>[], under: Partial<ObservedElement>[] = []): Observation {
  const rest = [
    { role: 'searchbox', name: 'Search' },
    { role: 'link', name: 'Home' },
    ...under,
    ...Array.from({ length: 8 }, (_, i) => ({ role: 'button', name: `Open ${i + 1}` })),
  ].map((e) => ({ ...e, blocked: true }));
  return page([...rest, ...layer]);
}

const decide = (goal: string, observation: Observation, history: HistoryEntry[] = [], first = observation) =>
  clearBlocker(observation, first, readGoal(goal), history);
const clicked = (o: Observation, d: ReturnType<typeof decide>) =>
  d?.action.type === 'click' ? o.elements.find((e) => e.ref === d.action.ref)?.name : undefined;

describe('a layer in the way of the goal', () => {
  const consent = [
    { role: 'button', name: 'Accept all', dialog: 'Cookie preferences' },
    { role: 'button', name: 'Necessary only', dialog: 'Cookie preferences' },
  ];

  it('is answered with its least committing choice when the goal does not speak of it', () => {
    const o = covered(consent);
    // Different verbs, word orders, quoted and unquoted values: none speaks of the dialog.
    for (const goal of [
      'Sort the stock by On hand, highest first',
      'Search the catalogue for "lamp"',
      'open the second invoice',
      'Rate the plumber 4 stars',
    ])
      expect(clicked(o, decide(goal, o)), goal).toBe('Necessary only');
  });

  it('prefers a choice that only puts it away, and skips one that opens more of it', () => {
    const o = covered([
      { role: 'button', name: 'Manage settings…', dialog: 'Newsletter' },
      { role: 'button', name: 'Sign me up', dialog: 'Newsletter' },
      { role: 'button', name: 'No thanks', dialog: 'Newsletter' },
    ]);
    expect(clicked(o, decide('Add the blue vase to my basket', o))).toBe('No thanks');
    // A glyph named by its title ("×" → close).
    const x = covered([
      { role: 'button', name: 'Join now' },
      { role: 'button', name: '×', hint: 'close' },
    ]);
    expect(clicked(x, decide('Show the opening hours', x))).toBe('×');
  });

  it('is left to the goal when the goal names one of its choices', () => {
    const o = covered(consent);
    expect(decide('Accept all cookies', o)).toBeNull();
    expect(decide('Allow only the necessary cookies', o)).toBeNull();
  });

  it('is the goal’s own work when the run opened it, and nothing is done when nothing is blocked', () => {
    const edit = covered([
      { role: 'textbox', name: 'Bin', dialog: 'Edit Hex bolt' },
      { role: 'button', name: 'Save', dialog: 'Edit Hex bolt' },
      { role: 'button', name: 'Cancel', dialog: 'Edit Hex bolt' },
    ]);
    const before = page([{ role: 'button', name: 'Edit' }]);
    expect(decide('Change the bin of Hex bolt to C-14', edit, [], before)).toBeNull();
    const open = page([{ role: 'button', name: 'Sort' }, ...consent]);
    expect(decide('Sort the list', open)).toBeNull();
  });

  it('tries another choice after one failed, and gives up when none is left', () => {
    const o = covered(consent);
    const failed: HistoryEntry = {
      step: 1,
      action: { type: 'click', ref: 'x' },
      description: 'click',
      ok: false,
      url,
      target: { role: 'button', name: 'Necessary only' },
    };
    expect(clicked(o, decide('Sort by price', o, [failed]))).toBe('Accept all');
    const both = { ...failed, target: { role: 'button', name: 'Accept all' } };
    expect(decide('Sort by price', o, [failed, both])).toBeNull();
  });
});
