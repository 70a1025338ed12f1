import { describe, expect, it } from 'vitest';
import { readGoal } from './goal/read-goal.ts';
import type { Observation, ObservedElement } from './observe.ts';
import { partDecision, revealDecision } from './part-planner.ts';
import type { HistoryEntry, PlanContext } from './planner.ts';

const url = 'http://127.0.0.1/app/';

function page(texts: string[], elements: Partial<ObservedElement>[]): Observation {
  const full = elements.map((e, i) => ({ ref: `e${i + 1}`, role: 'generic', name: '', ...e }));
  return { url, title: '', snapshot: '', elements: full, texts, tokens: 0 };
}

function context(goal: string, observation: Observation, history: HistoryEntry[] = []): PlanContext {
  return { goal, observation, variables: [], files: [], history, lastError: null };
}

const ok = (action: HistoryEntry['action'], target?: HistoryEntry['target']): HistoryEntry => ({
  step: 1,
  action,
  description: action.type,
  ok: true,
  url,
  ...(target ? { target } : {}),
});

describe('part planner', () => {
  it('types the words of "search … for X" into the search box, then sends them', () => {
    const goal = 'Search the tickets for printer';
    const empty = page(
      ['Tickets'],
      [
        { role: 'textbox', name: 'Search tickets', value: '' },
        { role: 'button', name: 'Search' },
      ],
    );
    const parts = readGoal(goal);
    expect(partDecision(parts, context(goal, empty), empty)?.action).toEqual({
      type: 'fill',
      ref: 'e1',
      value: 'printer',
    });
    const filled = page(
      ['Tickets'],
      [
        { role: 'textbox', name: 'Search tickets', value: 'printer' },
        { role: 'button', name: 'Search' },
      ],
    );
    const typed = [
      ok({ type: 'fill', ref: 'e1', value: 'printer' }, { role: 'textbox', name: 'Search tickets' }),
    ];
    expect(partDecision(parts, context(goal, filled, typed), empty)?.action).toEqual({
      type: 'click',
      ref: 'e2',
    });
    const sent = [...typed, ok({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Search' })];
    expect(partDecision(parts, context(goal, filled, sent), empty)).toBeNull();
  });

  it('hovers, then clicks, a menu trigger when nothing on the page names the part', () => {
    const goal = 'Sign out';
    const signedIn = page(['Tickets', 'ada ▾'], [{ role: 'link', name: 'Tickets' }]);
    const parts = readGoal(goal);
    expect(revealDecision(parts, context(goal, signedIn), signedIn)?.action).toEqual({
      type: 'hover',
      text: 'ada ▾',
    });
    const hovered = [ok({ type: 'hover', text: 'ada ▾' })];
    expect(revealDecision(parts, context(goal, signedIn, hovered), signedIn)?.action).toEqual({
      type: 'click',
      text: 'ada ▾',
    });
    const open = page(
      ['Tickets', 'ada ▾'],
      [
        { role: 'link', name: 'Tickets' },
        { role: 'menuitem', name: 'Sign out' },
      ],
    );
    expect(revealDecision(parts, context(goal, open, hovered), signedIn)).toBeNull();
  });

  it('ticks the box a "turn on" part names', () => {
    const goal = 'Turn on the weekly digest';
    const prefs = page(['Preferences'], [{ role: 'checkbox', name: 'Weekly digest', checked: false }]);
    expect(partDecision(readGoal(goal), context(goal, prefs), prefs)?.action).toEqual({
      type: 'check',
      ref: 'e1',
    });
  });
});
