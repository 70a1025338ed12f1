import { describe, expect, it } from 'vitest';
import { LocalPlanner } from './local-planner.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';

/**
 * A goal that shows, finds or searches for things ends by pressing its search form's button once
 * the goal's values are in the form's boxes: voyage's "Show me trains from Lyon to Geneva" picked
 * both stops and stopped, nothing searched. Pages of our own: a coach search and a hotel search,
 * their buttons plain buttons (no form, no submit type), as many apps have them.
 */
describe("a search form's button ends a goal that shows or finds things", () => {
  const url = 'http://127.0.0.1/#/search';
  const cases = [
    {
      goal: 'Show me coaches from Porto to Braga',
      boxes: [
        ['From', 'Porto'],
        ['To', 'Braga'],
      ],
      button: 'Search coaches',
    },
    {
      goal: 'Find buses from Ghent to Bruges',
      boxes: [
        ['From', 'Ghent'],
        ['To', 'Bruges'],
      ],
      button: 'Find buses',
    },
  ];

  it.each(cases)('$goal', async (c) => {
    const group = 'Plan a trip';
    const elements: Partial<ObservedElement>[] = [
      { role: 'heading', name: 'Plan a trip', level: 2 },
      ...c.boxes.map(([label, value]) => ({
        role: 'combobox' as const,
        name: label,
        inputType: 'text',
        value,
        group,
      })),
      { role: 'button', name: c.button, group },
      { role: 'link', name: 'My trips' },
    ];
    const full = elements.map((e, i) => ({ ref: `e${i + 1}`, name: '', ...e }) as ObservedElement);
    const observation: Observation = {
      url,
      title: 'Trips',
      snapshot: '',
      elements: full,
      texts: [],
      tokens: 0,
    };
    let step = 0;
    const entry = (action: HistoryEntry['action'], target?: HistoryEntry['target']): HistoryEntry => ({
      step: ++step,
      action,
      description: '',
      ok: true,
      url,
      ...(target ? { target } : {}),
    });
    const history: HistoryEntry[] = c.boxes.flatMap(([label, value], i) => [
      entry({ type: 'fill', ref: `e${i + 2}`, value: value! }, { role: 'combobox', name: label! }),
      entry({ type: 'click', ref: `o${i}` }, { role: 'option', name: value! }),
    ]);
    const decision = await new LocalPlanner().plan({
      goal: c.goal,
      observation,
      variables: [],
      files: [],
      history,
      lastError: null,
    } as never);
    expect(decision.action, decision.reason).toMatchObject({ type: 'click', ref: `e${c.boxes.length + 2}` });
  });
});
