import { describe, expect, it } from 'vitest';
import { readGoal } from './goal/read-goal.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry, PlanContext } from './planner.ts';
import { nextPart, opensMenu, partDecision, revealDecision } from './part-planner.ts';
import {
  autocompleteDecision,
  dateGridDecision,
  routeDecision,
  routePending,
  pickedBefore,
  pickerDecision,
  rangeDecision,
  stepButtons,
  tabDecision,
  targetNumber,
  typeToConfirmDecision,
  widgetSatisfied,
} from './widgets.ts';

// Pages of our own, in other words than the gearshop tuning app: a radio's volume, a shirt shop,
// a ferry booking, an account page.
const url = 'http://127.0.0.1/app/';

function page(elements: Partial<ObservedElement>[], texts: string[] = []): Observation {
  const full = elements.map((e, i) => ({ ref: `e${i + 1}`, role: 'generic', name: '', ...e }));
  return { url, title: '', snapshot: '', elements: full, texts, tokens: 0 };
}

function context(goal: string, observation: Observation, history: HistoryEntry[] = []): PlanContext {
  return { goal, observation, variables: [], files: [], history, lastError: null };
}

const clicked = (target: { role: string; name: string }): HistoryEntry => ({
  step: 1,
  action: { type: 'click', ref: 'e1' },
  description: 'click',
  ok: true,
  url,
  target,
});

const part = (goal: string) => readGoal(goal)[0]!;

describe('range widgets (a slider, a stepper around a role=spinbutton)', () => {
  it('reads the number a part sets, in digits or in words', () => {
    expect(targetNumber(part('Turn the volume up to 7'))).toBe(7);
    expect(targetNumber(part('Give the hotel three stars'))).toBe(3);
  });

  it("takes the number beside the widget's label, never a date's day", () => {
    // A ferry booking and a hotel page of our own: the count sits next to its noun, a date elsewhere.
    const ferry = page([
      { role: 'spinbutton', name: 'Cabins', value: '1' },
      { role: 'button', name: 'Add a cabin' },
    ]);
    expect(targetNumber(part('Reserve 3 cabins to Tangier on 21 June'))).toBe(3);
    expect(rangeDecision(part('Reserve 3 cabins to Tangier on 21 June'), ferry, new Map())?.action).toEqual({
      type: 'click',
      ref: 'e2',
    });
    expect(targetNumber(part('move the arrival date to 5 May'))).toBeNull();
    const hotel = page([{ role: 'slider', name: 'Arrives before', value: '20' }]);
    expect(rangeDecision(part('move the arrival date to 5 May'), hotel, new Map())).toBeNull();
    expect(targetNumber(part('Give the hotel three stars'))).toBe(3);
  });

  it('moves a slider toward the number with its arrow keys, whichever verb says so', () => {
    const radio = page([{ role: 'slider', name: 'Volume', value: '4' }]);
    expect(rangeDecision(part('Turn the volume up to 7'), radio, new Map())?.action).toEqual({
      type: 'press',
      ref: 'e1',
      value: 'ArrowRight',
    });
    expect(rangeDecision(part('Lower the volume to 2'), radio, new Map())?.action).toEqual({
      type: 'press',
      ref: 'e1',
      value: 'ArrowLeft',
    });
    expect(widgetSatisfied(part('Set volume to 4'), radio)).toBe(true);
    expect(widgetSatisfied(part('Set volume to 5'), radio)).toBe(false);
  });

  it('pages a slider with Page Up / Page Down when the number is ten steps away or more, else arrows', () => {
    // A thermostat of our own: 5 degrees a step, from 80 down to 30.
    const at = (value: string) => page([{ role: 'slider', name: 'Oven temperature', value }]);
    const memory = new Map<string, string>();
    const goal = part('Set the oven temperature to 30');
    const step = (value: string) => rangeDecision(goal, at(value), memory)?.action;
    expect(step('280')).toEqual({ type: 'press', ref: 'e1', value: 'ArrowLeft' });
    expect(step('275')).toEqual({ type: 'press', ref: 'e1', value: 'PageDown' });
    expect(step('225')).toEqual({ type: 'press', ref: 'e1', value: 'PageDown' });
    expect(step('175')).toEqual({ type: 'press', ref: 'e1', value: 'PageDown' });
    expect(step('125')).toEqual({ type: 'press', ref: 'e1', value: 'PageDown' });
    expect(step('75')).toEqual({ type: 'press', ref: 'e1', value: 'ArrowLeft' });
    // A slider that ignores Page Down is stepped by its arrows, not said to stop.
    const deaf = new Map<string, string>();
    const again = (value: string) => rangeDecision(goal, at(value), deaf)?.action;
    expect(again('280')?.value).toBe('ArrowLeft');
    expect(again('275')?.value).toBe('PageDown');
    expect(again('275')).toEqual({ type: 'press', ref: 'e1', value: 'ArrowLeft' });
    expect(again('270')).toEqual({ type: 'press', ref: 'e1', value: 'ArrowLeft' });
  });

  it("presses a stepper's buttons, named by words or only by glyphs in place", () => {
    const named = page([
      { role: 'button', name: 'Decrease guests' },
      { role: 'spinbutton', name: 'Guests', value: '2' },
      { role: 'button', name: 'Increase guests' },
    ]);
    expect(rangeDecision(part('Raise the guests to 4'), named, new Map())?.action).toEqual({
      type: 'click',
      ref: 'e3',
    });
    const glyphs = page([
      { role: 'button', name: '−' },
      { role: 'spinbutton', name: 'Nights', value: '3' },
      { role: 'button', name: '+' },
    ]);
    expect(stepButtons(glyphs.elements[1]!, glyphs.elements)).toEqual({
      up: glyphs.elements[2],
      down: glyphs.elements[0],
    });
    expect(rangeDecision(part('Reduce the nights to 1'), glyphs, new Map())?.action).toEqual({
      type: 'click',
      ref: 'e1',
    });
  });

  it('says the app stopped it when a step left the value where it was, never loops', () => {
    const elements = [
      { role: 'spinbutton', name: 'Tickets', value: '4' },
      { role: 'button', name: 'Add one' },
    ];
    const start = page(elements, ['Tickets']);
    const capped = page(elements, ['Tickets', 'Max 4 per order']);
    const memory = new Map<string, string>();
    expect(rangeDecision(part('Set the tickets to 6'), capped, memory, start)?.action.type).toBe('click');
    const again = rangeDecision(part('Set the tickets to 6'), capped, memory, start);
    expect(again?.action.type).toBe('fail');
    expect(again?.action.value).toBe(
      'spinbutton "Tickets" stops at 4, not 6; the page says: Max 4 per order.',
    );
  });

  it('leaves a number <input> (it takes typing) and an unlabelled widget to the other rules', () => {
    const typed = page([{ role: 'spinbutton', name: 'Guests', value: '2', inputType: 'number' }]);
    expect(rangeDecision(part('Set guests to 4'), typed, new Map())).toBeNull();
    const other = page([{ role: 'slider', name: 'Brightness', value: '2' }]);
    expect(rangeDecision(part('Turn the volume up to 7'), other, new Map())).toBeNull();
  });
});

describe('pickers (a combobox over a div listbox, a caret dropdown of plain text)', () => {
  it('opens the combobox the part labels, then clicks the option that starts with the value', () => {
    const closed = page([{ role: 'combobox', name: 'Shirt size', value: 'Pick one', expanded: false }]);
    const goal = 'Choose the M shirt size';
    expect(pickerDecision(part(goal), context(goal, closed))?.action).toEqual({ type: 'click', ref: 'e1' });
    const open = page([
      { role: 'combobox', name: 'Shirt size', value: 'Pick one', expanded: true },
      { role: 'listbox', name: 'Shirt size', options: ['S — small', 'M — medium', 'XM — roomy'] },
    ]);
    expect(pickerDecision(part(goal), context(goal, open))?.action).toEqual({
      type: 'click',
      text: 'M — medium',
    });
    // Another verb, the value after the label.
    const other = 'Set shirt size to S';
    expect(pickerDecision(part(other), context(other, open))?.action).toEqual({
      type: 'click',
      text: 'S — small',
    });
    const picked = page([{ role: 'combobox', name: 'Shirt size', value: 'M — medium', expanded: false }]);
    expect(widgetSatisfied(part(goal), picked)).toBe(true);
    expect(widgetSatisfied(part(goal), closed)).toBe(false);
  });

  it('opens a role-less dropdown by its caret face, then clicks the quoted choice that appeared in it', () => {
    const goal = 'Change the font to "Serif"';
    const closed = page([{ role: 'generic', clickable: true, name: 'Select a font ▾' }]);
    expect(pickerDecision(part(goal), context(goal, closed))?.action).toEqual({ type: 'click', ref: 'e1' });
    const open = page([{ role: 'generic', clickable: true, name: 'Select a font ▾ Sans Serif Mono' }]);
    const history = [clicked({ role: 'generic', name: 'Select a font ▾' })];
    expect(pickerDecision(part(goal), context(goal, open, history))?.action).toEqual({
      type: 'click',
      text: 'Serif',
    });
    const done = page([{ role: 'generic', clickable: true, name: 'Serif ▾' }]);
    expect(widgetSatisfied(part(goal), done)).toBe(true);
    expect(pickerDecision(part(goal), context(goal, done))).toBeNull();
  });

  it('never opens a picker for a part that only opens or clicks something', () => {
    const closed = page([{ role: 'combobox', name: 'Shirt size', value: 'Pick one', expanded: false }]);
    const goal = 'Open the size guide';
    expect(pickerDecision(part(goal), context(goal, closed))).toBeNull();
  });
});

describe('month grids', () => {
  const grid = (month: string, days: Partial<ObservedElement>[]) =>
    page([
      { role: 'button', name: 'Previous month' },
      { role: 'heading', name: month, level: 2 },
      { role: 'button', name: '›', hint: 'next' },
      ...days,
    ]);

  it('pages to the month the goal names, either way, then clicks its day', () => {
    const goal = 'Book the ferry for 2 April 2027';
    const march = grid('March 2027', [{ role: 'generic', clickable: true, name: '2' }]);
    expect(dateGridDecision(part(goal), context(goal, march))?.action).toEqual({ type: 'click', ref: 'e3' });
    const other = 'Pick 5 February 2027 as the sailing date';
    expect(dateGridDecision(part(other), context(other, march))?.action).toEqual({
      type: 'click',
      ref: 'e1',
    });
    const april = grid('April 2027', [
      { role: 'cell', name: '1' },
      { role: 'gridcell', name: '2' },
    ]);
    expect(dateGridDecision(part(goal), context(goal, april))?.action).toEqual({ type: 'click', ref: 'e5' });
  });

  it('clicks a day named by its whole date, as date-picker libraries name their day buttons', () => {
    const goal = 'Book the ferry for 2 April 2027';
    const april = grid('April 2027', [
      { role: 'button', name: 'Thursday, 1 April 2027' },
      { role: 'button', name: 'Friday, April 2nd, 2027' },
      { role: 'button', name: 'Saturday, 3 April 2027', disabled: true },
    ]);
    expect(dateGridDecision(part(goal), context(goal, april))?.action).toEqual({ type: 'click', ref: 'e5' });
    const later = 'Travel on 3 April 2027';
    expect(dateGridDecision(part(later), context(later, april))?.action.type).toBe('fail');
  });

  it('says plainly that a day the grid shows takes no click', () => {
    const goal = 'Travel on 4 April 2027';
    const april = grid('April 2027', [{ role: 'cell', name: '4' }]);
    const decision = dateGridDecision(part(goal), context(goal, april));
    expect(decision?.action.type).toBe('fail');
  });

  it('opens the grid from the control the part labels, and stops once the date shows', () => {
    const goal = 'Set the sailing date to 2 April 2027';
    const closed = page([{ role: 'button', name: 'Sailing date: not set' }]);
    expect(dateGridDecision(part(goal), context(goal, closed))?.action).toEqual({ type: 'click', ref: 'e1' });
    const set = page([{ role: 'button', name: 'Sailing date: 2 April 2027' }]);
    expect(dateGridDecision(part(goal), context(goal, set))).toBeNull();
  });
});

describe('tabs whose panels hide what the part needs', () => {
  const account = (extra: Partial<ObservedElement>[] = []) =>
    page([
      { role: 'tab', name: 'Overview', selected: true },
      { role: 'tab', name: 'Billing' },
      { role: 'tab', name: 'Shipping' },
      { role: 'button', name: 'Edit profile' },
      ...extra,
    ]);

  it('chooses the tab that names the part, by the same word or one stem', () => {
    const goal = 'Have it shipped to Leiden';
    expect(tabDecision(part(goal), context(goal, account()))?.action).toEqual({ type: 'click', ref: 'e3' });
    const other = 'Show my billing history';
    expect(tabDecision(part(other), context(other, account()))?.action).toEqual({
      type: 'click',
      ref: 'e2',
    });
  });

  it('stays when a control here already names the part, and never re-chooses a tab', () => {
    const goal = 'Edit my profile';
    expect(tabDecision(part(goal), context(goal, account()))).toBeNull();
    const shipped = 'Have it shipped to Leiden';
    const history = [clicked({ role: 'tab', name: 'Shipping' })];
    expect(tabDecision(part(shipped), context(shipped, account(), history))?.action).toEqual({
      type: 'click',
      ref: 'e2',
    });
  });
});

describe('a delete that asks for a phrase typed out', () => {
  const dialog = (texts: string[], value = '') =>
    page(
      [
        { role: 'dialog', name: 'Delete project Apollo?' },
        { role: 'textbox', name: '', dialog: 'Delete project Apollo?', value },
        { role: 'button', name: 'Delete', dialog: 'Delete project Apollo?', disabled: true },
      ],
      texts,
    );

  it('types the phrase the dialog asks for, quoted or not, whatever the verb', () => {
    const named = { ...dialog([]), dialogTexts: ['This cannot be undone.', 'Type', 'Apollo', 'to confirm.'] };
    expect(typeToConfirmDecision(part('Delete the Apollo project'), named)?.action).toEqual({
      type: 'fill',
      ref: 'e2',
      value: 'Apollo',
    });
    const word = { ...dialog([]), dialogTexts: ['Enter “DELETE” below to go on.'] };
    expect(typeToConfirmDecision(part('Remove project Apollo for good'), word)?.action).toEqual({
      type: 'fill',
      ref: 'e2',
      value: 'DELETE',
    });
  });

  it('reads the phrase from the label of the box itself, in whichever dialog asks (a banner dialog first)', () => {
    const labelled = (name: string, nearLabel?: string) => ({
      ...page(
        [
          { role: 'dialog', name: 'Cookie consent' },
          { role: 'button', name: 'Accept all', dialog: 'Cookie consent' },
          { role: 'dialog', name: 'Close workspace?' },
          {
            role: 'textbox',
            name,
            dialog: 'Close workspace?',
            value: '',
            ...(nearLabel ? { nearLabel } : {}),
          },
          { role: 'button', name: 'Close my workspace', dialog: 'Close workspace?', disabled: true },
        ],
        [],
      ),
      dialogTexts: ['This permanently closes your workspace.'],
    });
    for (const [goal, obs] of [
      ['Delete my workspace', labelled('Type CLOSE to confirm')],
      ['Erase my workspace for good', labelled('', 'Enter “CLOSE” below')],
    ] as const)
      expect(typeToConfirmDecision(part(goal), obs)?.action, goal).toEqual({
        type: 'fill',
        ref: 'e4',
        value: 'CLOSE',
      });
  });

  it('types nothing once typed, or when the pending part backs out of the dialog', () => {
    const typed = { ...dialog([], 'Apollo'), dialogTexts: ['Type Apollo to confirm.'] };
    expect(typeToConfirmDecision(part('Delete the Apollo project'), typed)).toBeNull();
    const open = { ...dialog([]), dialogTexts: ['Type Apollo to confirm.'] };
    expect(typeToConfirmDecision(readGoal('Start deleting Apollo, then cancel')[1]!, open)).toBeNull();
  });
});

describe('autocomplete boxes', () => {
  const form = (extra: Partial<ObservedElement>[] = [], value = '') =>
    page([{ role: 'textbox', name: 'Departure city', inputType: 'text', value }, ...extra]);

  it('types the value into the box the part labels, then picks the new suggestion named so', () => {
    const goal = 'Set the departure city to Lyon';
    expect(autocompleteDecision(part(goal), context(goal, form()), form())?.action).toEqual({
      type: 'fill',
      ref: 'e1',
      value: 'Lyon',
    });
    const typed: HistoryEntry = {
      step: 1,
      action: { type: 'fill', ref: 'e1', value: 'Lyon' },
      description: 'fill',
      ok: true,
      url,
      target: { role: 'textbox', name: 'Departure city' },
    };
    const offered = form([{ role: 'generic', clickable: true, name: 'Lyon' }], 'Lyon');
    expect(autocompleteDecision(part(goal), context(goal, offered, [typed]), form())?.action).toEqual({
      type: 'click',
      ref: 'e2',
    });
    // Another verb, the value quoted, the label by one stem ("departing" → "Departure").
    const other = 'We are departing from "Lyon"';
    expect(autocompleteDecision(part(other), context(other, form()), form())?.action.type).toBe('fill');
  });

  it('leaves a box the part does not label alone', () => {
    const goal = 'Set the arrival city to Lyon';
    const other = page([{ role: 'textbox', name: 'Passenger name', inputType: 'text' }]);
    expect(autocompleteDecision(part(goal), context(goal, other), other)).toBeNull();
  });
});

describe('parts a later part undoes, removals not yet in sight, card menus', () => {
  it('keeps a pick done once a later step came after it', () => {
    const goal = 'Choose the M shirt size';
    const pick: HistoryEntry = {
      step: 2,
      action: { type: 'click', text: 'M — medium' },
      description: 'click',
      ok: true,
      url,
    };
    const later: HistoryEntry = {
      step: 3,
      action: { type: 'click', ref: 'e9' },
      description: 'click',
      ok: true,
      url,
    };
    expect(pickedBefore(part(goal), [pick])).toBe(false);
    expect(pickedBefore(part(goal), [pick, later])).toBe(true);
    // Opening the part's next picker ("…and the colour Graphite") is still the part's own work.
    const nextFace: HistoryEntry = { ...later, target: { role: 'generic', name: 'Choose a colour ▾' } };
    expect(pickedBefore(part(goal), [pick, nextFace])).toBe(false);
  });

  it('never takes an item not shown yet for removed before anything was done', () => {
    const goal = "Delete the saved list 'Groceries'";
    const elsewhere = page([{ role: 'tab', name: 'Lists' }]);
    expect(nextPart(readGoal(goal), context(goal, elsewhere), elsewhere)).toBe(0);
  });

  it("opens a plain card's menu button to remove the card's item, named as menus are named", () => {
    expect(opensMenu('Invoice options')).toBe(true);
    expect(opensMenu('Row actions')).toBe(true);
    const goal = "Remove the list 'Groceries'";
    const cards = page([
      { role: 'button', name: 'List options', context: 'Groceries 12 items' },
      { role: 'button', name: 'List options', context: 'Hardware 3 items' },
    ]);
    expect(partDecision(readGoal(goal), context(goal, cards), cards)?.action).toEqual({
      type: 'click',
      ref: 'e1',
    });
  });

  it('takes a caret with no words beside it for no menu trigger', () => {
    const goal = 'Open the archive';
    const drawn = page([{ role: 'button', name: 'Inbox' }], ['▾ ▾']);
    expect(revealDecision(readGoal(goal), context(goal, drawn), drawn)).toBeNull();
  });
});

describe('a number box given the amount of a value with its unit ("3 kg" → 3)', () => {
  const form = (value = '') =>
    page([{ role: 'spinbutton', name: 'Parcel weight', inputType: 'number', value }]);
  const typed = (value: string): HistoryEntry => ({
    step: 1,
    action: { type: 'fill', ref: 'e1', value },
    description: 'fill',
    ok: true,
    url,
    target: { role: 'spinbutton', name: 'Parcel weight' },
  });

  it('is done once the amount was typed: it does not type the value again and again', () => {
    const goal = 'Set the parcel weight to 3 kg';
    expect(autocompleteDecision(part(goal), context(goal, form()), form())?.action).toMatchObject({
      type: 'fill',
    });
    expect(autocompleteDecision(part(goal), context(goal, form('3'), [typed('3')]), form())).toBeNull();
    const other = 'Change the parcel weight to 12.5 kilograms';
    expect(
      autocompleteDecision(part(other), context(other, form('12.5'), [typed('12.5')]), form()),
    ).toBeNull();
  });
});

describe('comboboxes labelled by a preposition ("From", "To") take the name the goal puts after it', () => {
  // A coach booking of our own: editable comboboxes whose popups list stops.
  const form = (from: string, to: string, popup?: { of: string; options: string[] }) =>
    page([
      { role: 'combobox', name: 'From', inputType: 'text', value: from },
      ...(popup?.of === 'From' ? [{ role: 'listbox', name: 'From', options: popup.options }] : []),
      { role: 'combobox', name: 'To', inputType: 'text', value: to },
      ...(popup?.of === 'To' ? [{ role: 'listbox', name: 'To', options: popup.options }] : []),
      { role: 'button', name: 'Find coaches' },
    ]);
  const goal = 'Find a coach from Porto to Vigo';
  const typed = (value: string, name: string): HistoryEntry => ({
    ...clicked({ role: 'combobox', name }),
    action: { type: 'fill', ref: 'e1', value },
  });

  it('types the name into its box, then picks the option named exactly so, not the first', () => {
    expect(routeDecision(part(goal), context(goal, form('', '')))?.action).toEqual({
      type: 'fill',
      ref: 'e1',
      value: 'Porto',
    });
    const open = form('Porto', '', { of: 'From', options: ['Porto Airport', 'Porto'] });
    expect(routeDecision(part(goal), context(goal, open, [typed('Porto', 'From')]))?.action).toEqual({
      type: 'click',
      text: 'Porto',
    });
    const next = form('Porto', '');
    const pickedPorto: HistoryEntry = {
      ...clicked({ role: 'option', name: 'Porto' }),
      action: { type: 'click', text: 'Porto' },
    };
    expect(
      routeDecision(part(goal), context(goal, next, [typed('Porto', 'From'), pickedPorto]))?.action,
    ).toEqual({
      type: 'fill',
      ref: 'e2',
      value: 'Vigo',
    });
  });

  it('does nothing once both boxes hold the names, nor for a box whose label is no preposition', () => {
    expect(routeDecision(part(goal), context(goal, form('Porto', 'Vigo')))).toBeNull();
    expect(routePending(part(goal), form('Porto', 'Vigo'))).toBe(false);
    expect(routePending(part(goal), form('Porto', 'Lisbon'))).toBe(true);
    // Typed but not picked yet: the box shows the typed text, the option is still to pick.
    const typedVigo: HistoryEntry = {
      ...clicked({ role: 'combobox', name: 'To' }),
      action: { type: 'fill', ref: 'e2', value: 'Vigo' },
    };
    expect(routePending(part(goal), form('Porto', 'Vigo'), [typedVigo])).toBe(true);
    const other = page([{ role: 'combobox', name: 'Destination', inputType: 'text', value: '' }]);
    expect(routeDecision(part(goal), context(goal, other))).toBeNull();
  });
});
