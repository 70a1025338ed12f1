import { describe, expect, it } from 'vitest';
import { LocalPlanner } from './local-planner.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';

/**
 * A form whose boxes are labelled only by the text beside them (no accessible name) and that
 * starts over on a refusal: the run's history names those boxes by that text (readName), so the
 * planner must know them by it too. Keyed by their empty name and ref instead, every box looked
 * untouched once the app cleared it, and the run typed the goal's values and sent the form again
 * until the step limit (bookings' "try to book … without a name, and make sure an error is
 * shown"). Pages of our own: a restaurant's table form and a clinic's appointment form.
 */
describe('a refused form that starts over is not filled again', () => {
  const url = 'http://127.0.0.1/#/reserve';
  const cases = [
    {
      goal: 'Try to reserve a table on 20 March 2027 at 7 pm for 3 people without a phone number, and check that an error appears',
      date: { label: 'Day', value: '2027-03-20' },
      time: {
        label: 'Arrival time',
        options: ['Pick one', '6:00 PM', '7:00 PM', '8:00 PM'],
        value: '7:00 PM',
      },
      count: { label: 'Party size', value: '3' },
      send: 'Reserve',
      error: 'Give us a number to call.',
    },
    {
      goal: 'Attempt to book an appointment on 4 May 2027 at 10 am for 2 patients with no e-mail and confirm the app complains',
      date: { label: 'Visit date', value: '2027-05-04' },
      time: { label: 'Slot', options: ['Choose', '9:00 AM', '10:00 AM', '11:00 AM'], value: '10:00 AM' },
      count: { label: 'Patients', value: '2' },
      send: 'Book appointment',
      error: 'An e-mail address is required.',
    },
  ];

  it.each(cases)('$goal', async (c) => {
    const context = `${c.date.label} ${c.time.label} ${c.count.label} Phone ${c.send}`;
    const elements: Partial<ObservedElement>[] = [
      { role: 'textbox', inputType: 'date', nearLabel: c.date.label, value: '', context },
      { role: 'combobox', nearLabel: c.time.label, options: c.time.options, value: '', context },
      { role: 'spinbutton', inputType: 'number', nearLabel: c.count.label, value: '', context },
      { role: 'textbox', inputType: 'text', nearLabel: 'Phone', value: '', context },
      { role: 'button', name: c.send, context },
    ];
    const full = elements.map((e, i) => ({ ref: `e${i + 1}`, name: '', ...e }) as ObservedElement);
    const observation: Observation = {
      url,
      title: 'Reserve',
      snapshot: c.error,
      elements: full,
      texts: [c.error],
      dialogTexts: [c.error],
      tokens: 0,
    };
    const entry = (
      step: number,
      action: HistoryEntry['action'],
      target: HistoryEntry['target'],
    ): HistoryEntry => ({ step, action, description: '', ok: true, url, target });
    const history: HistoryEntry[] = [
      entry(
        1,
        { type: 'fill', ref: 'e1', value: c.date.value },
        { role: 'textbox', name: c.date.label, context },
      ),
      entry(
        2,
        { type: 'select', ref: 'e2', value: c.time.value },
        { role: 'combobox', name: c.time.label, context },
      ),
      entry(
        3,
        { type: 'fill', ref: 'e3', value: c.count.value },
        { role: 'spinbutton', name: c.count.label, context },
      ),
      entry(4, { type: 'click', ref: 'e5' }, { role: 'button', name: c.send, context }),
    ];
    const decision = await new LocalPlanner().plan({
      goal: c.goal,
      observation,
      variables: [],
      files: [],
      history,
      lastError: null,
      previousStep: history[3],
    } as never);
    expect(['select', 'fill'], decision.reason).not.toContain(decision.action?.type);
  });
});
