import { describe, expect, it } from 'vitest';
import { LocalPlanner } from './local-planner.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { PlanContext } from './planner.ts';

// Issue 10, round 12: rows of holds / bookings / subscriptions, each with its own date box and its
// own buttons, one of them destructive ("Cancel booking"). A goal that moves or pauses an item never
// presses its destructive button, whichever of the planner's paths (a month-grid opener, a
// widget) would pick it.
function rows(items: string[], box: (i: string) => string, buttons: string[]): Observation {
  const elements: Partial<ObservedElement>[] = items.flatMap((item) => {
    const context = `${item} Confirmed ${box(item)} ${buttons.join(' ')}`;
    return [
      { role: 'row', text: context },
      { role: 'textbox', name: box(item), inputType: 'date', value: '', context },
      ...buttons.map((name) => ({ role: 'button', name, context })),
    ];
  });
  const full = elements.map((e, i) => ({ ref: `e${i + 1}`, role: 'generic', name: '', ...e }));
  return { url: 'http://127.0.0.1/app/', title: '', snapshot: '', elements: full, texts: [], tokens: 0 };
}

describe('a destructive row button is never the way to a move or a pause', () => {
  it.each([
    [
      'Move my table booking at The Green Fig to 5 February 2027',
      ['Casa Lupo', 'The Green Fig'],
      (i: string) => `New date for ${i}`,
      ['Move', 'Cancel booking'],
    ],
    [
      'Put my hold on A Map of Rivers on pause until 2 April 2027',
      ['The Salt Road', 'A Map of Rivers'],
      (i: string) => `Pause ${i} until`,
      ['Pause', 'Cancel hold'],
    ],
    [
      'Push my Fruit Crate subscription back to 3 May 2027',
      ['Weekly Veg Box', 'Fruit Crate'],
      (i: string) => `Next delivery of ${i}`,
      ['Reschedule', 'Cancel subscription'],
    ],
  ])('"%s"', async (goal, items, box, buttons) => {
    const observation = rows(items, box, buttons);
    const context: PlanContext = {
      goal,
      observation,
      variables: [],
      files: [],
      history: [],
      lastError: null,
    };
    const decision = await new LocalPlanner().plan(context);
    const target = observation.elements.find((e) => e.ref === decision.action.ref);
    expect(target?.name ?? '', decision.reason).not.toMatch(/cancel/i);
  });
});

describe('a row’s field before the row’s button', () => {
  it.each([
    [
      'Move my table booking at The Green Fig to 5 February 2027',
      ['Casa Lupo', 'The Green Fig'],
      (i: string) => `New date for ${i}`,
      ['Move', 'Cancel booking'],
      '2027-02-05',
    ],
    [
      'Put my hold on A Map of Rivers on pause until 2 April 2027',
      ['The Salt Road', 'A Map of Rivers'],
      (i: string) => `Pause ${i} until`,
      ['Pause', 'Cancel hold'],
      '2027-04-02',
    ],
  ])('"%s": the named row’s date box first', async (goal, items, box, buttons, value) => {
    const observation = rows(items, box, buttons);
    const context: PlanContext = {
      goal,
      observation,
      variables: [],
      files: [],
      history: [],
      lastError: null,
    };
    const decision = await new LocalPlanner().plan(context);
    const target = observation.elements.find((e) => e.ref === decision.action.ref);
    expect([decision.action.type, target?.name, decision.action.value], decision.reason).toEqual([
      'fill',
      box(items[1]!),
      value,
    ]);
  });
});
