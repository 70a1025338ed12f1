import { describe, expect, it } from 'vitest';
import { readGoal } from './goal/read-goal.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry, PlannedAction } from './planner.ts';
import { widgetShows } from './widget-evidence.ts';

// The widget-state rule on synthetic pages, in words of our own: each case a state that proves the
// part, or one that must not (the real-browser runs are in test/apps/traps-7-widgets.attack.test.ts).

function page(elements: Partial<ObservedElement>[]): Observation {
  const full = elements.map((e, i) => ({ ref: `e${i + 1}`, role: 'generic', name: '', ...e }));
  return { url: 'http://127.0.0.1/', title: '', snapshot: '', elements: full, texts: [], tokens: 0 };
}

function did(action: PlannedAction, target?: { role: string; name: string }): HistoryEntry {
  return { step: 1, action, description: action.type, ok: true, url: '', ...(target ? { target } : {}) };
}

async function shows(
  goal: string,
  start: Observation,
  now: Observation,
  history: HistoryEntry[],
  pagesBefore?: Map<HistoryEntry, Observation>,
) {
  return widgetShows(readGoal(goal)[0]!, {
    start,
    now,
    history,
    ...(pagesBefore ? { pagesBefore } : {}),
    locate: async (e) => ({ role: e.role, name: e.name }),
  });
}

const stepper = (value: string) =>
  page([
    { role: 'button', name: 'Fewer guests' },
    { role: 'spinbutton', name: 'Guests', value },
    { role: 'button', name: 'More guests' },
  ]);
const clickMore = did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'More guests' });

describe('a widget state proves a part', () => {
  it('a spinbutton now at the number the part names, changed since the start', async () => {
    expect(await shows('Raise the guests to 4', stepper('2'), stepper('4'), [clickMore])).toEqual([
      { type: 'field-value', locator: { role: 'spinbutton', name: 'Guests' }, value: '4' },
    ]);
  });

  it('not when the number was there at the start', async () => {
    expect(await shows('Raise the guests to 4', stepper('4'), stepper('4'), [clickMore])).toEqual([]);
  });

  it('not another number', async () => {
    expect(await shows('Raise the guests to 4', stepper('2'), stepper('3'), [clickMore])).toEqual([]);
  });

  const sizes = (value: string) =>
    page([
      { role: 'combobox', name: 'Cup size', value },
      { role: 'button', name: 'Oat milk' },
    ]);
  const pick = did({ type: 'click', text: 'Large · 450 ml' });

  it("a combobox's shown choice, named by its leading word", async () => {
    expect(
      await shows('Pick a large cup size', sizes('Pick a size'), sizes('Large · 450 ml'), [pick]),
    ).toEqual([
      { type: 'field-value', locator: { role: 'combobox', name: 'Cup size' }, value: 'Large · 450 ml' },
    ]);
  });

  it('not when the part also names another control (the oat milk is not proved by the size)', async () => {
    expect(
      await shows('Pick a large cup size with oat milk', sizes('Pick a size'), sizes('Large · 450 ml'), [
        pick,
      ]),
    ).toEqual([]);
  });

  it('not when the part also names a value of its own', async () => {
    expect(
      await shows('Pick a large cup size for Maya', sizes('Pick a size'), sizes('Large · 450 ml'), [pick]),
    ).toEqual([]);
  });

  const cityBox = (value: string, suggestions: string[] = []) =>
    page([
      { role: 'textbox', name: 'City', inputType: 'text', value },
      ...suggestions.map((s) => ({ role: 'listitem', name: '', text: s })),
    ]);
  const typed = (value: string) => did({ type: 'fill', ref: 'e1', value }, { role: 'textbox', name: 'City' });

  it('a box holding a suggestion the app put there after a prefix was typed', async () => {
    expect(await shows('Set the city to Porto', cityBox(''), cityBox('Porto'), [typed('Po')])).toEqual([
      { type: 'field-value', locator: { role: 'textbox', name: 'City' }, value: 'Porto' },
    ]);
  });

  it('not a box holding only what was typed', async () => {
    expect(await shows('Set the city to Porto', cityBox(''), cityBox('Porto'), [typed('Porto')])).toEqual([]);
  });

  it('not while the suggestion list still offers it', async () => {
    expect(
      await shows('Set the city to Porto', cityBox(''), cityBox('Porto', ['Porto']), [typed('Po')]),
    ).toEqual([]);
  });

  it('a box holding the whole name typed, then its suggestion clicked (by ref)', async () => {
    const offered = cityBox('Porto', ['Porto', 'Portimão']);
    const pick = (ref: string) => did({ type: 'click', ref }, { role: 'listitem', name: '' });
    const run = (ref: string) => {
      const h = [typed('Porto'), pick(ref)];
      return [h, new Map([[h[1]!, offered]])] as const;
    };
    const [right, rightPages] = run('e2');
    expect(
      await shows('Set the city to Porto', cityBox(''), cityBox('Porto'), right, rightPages),
    ).toHaveLength(1);
    const [wrong, wrongPages] = run('e3');
    expect(await shows('Set the city to Porto', cityBox(''), cityBox('Porto'), wrong, wrongPages)).toEqual(
      [],
    );
  });

  const modes = (pressed: string) =>
    page(['Walk', 'Bike', 'Car'].map((name) => ({ role: 'button', name, pressed: name === pressed })));

  it('a toggle the run pressed, named by the part', async () => {
    const press = did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Bike' });
    expect(await shows('Go by bike', modes('Walk'), modes('Bike'), [press])).toEqual([
      { type: 'state', locator: { role: 'button', name: 'Bike' }, state: 'pressed', value: true },
    ]);
  });

  it('not a toggle pressed before the run', async () => {
    const other = did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Car' });
    expect(await shows('Go by bike', modes('Bike'), modes('Bike'), [other])).toEqual([]);
  });

  it('a date control showing the date the part names, which it did not show at the start', async () => {
    const when = (name: string) => page([{ role: 'button', name }]);
    const cell = did({ type: 'click', text: '9' });
    expect(
      await shows('Book it for 9 March 2027', when('Date Choose a date'), when('Date 9 March 2027'), [cell]),
    ).toEqual([{ type: 'element-visible', locator: { role: 'button', name: 'Date 9 March 2027' } }]);
    expect(
      await shows('Book it for 9 March 2027', when('Date Choose a date'), when('Date 10 March 2027'), [cell]),
    ).toEqual([]);
  });
  const ticket = (heading: string, who: string) =>
    page([
      { role: 'heading', name: heading, level: 1 },
      { role: 'combobox', name: 'Assignee', value: who, options: ['Nobody', 'Ravi Shah', 'Marta Kowalski'] },
    ]);
  const assign = did(
    { type: 'select', ref: 'e2', value: 'Marta Kowalski' },
    { role: 'combobox', name: 'Assignee' },
  );

  it("the part's other words shown by the page (the ticket's own heading)", async () => {
    const goal = 'Give the leaky tap to Marta Kowalski';
    expect(
      await shows(
        goal,
        ticket('Leaky tap in kitchen', 'Nobody'),
        ticket('Leaky tap in kitchen', 'Marta Kowalski'),
        [assign],
      ),
    ).toHaveLength(1);
  });

  it("not when the page does not show them (another ticket's page)", async () => {
    const goal = 'Give the leaky tap to Marta Kowalski';
    expect(
      await shows(
        goal,
        ticket('Broken chair at desk 4', 'Nobody'),
        ticket('Broken chair at desk 4', 'Marta Kowalski'),
        [assign],
      ),
    ).toEqual([]);
  });

  it('not an option when another option is named as well ("German" of two Germans)', async () => {
    const lang = (value: string) =>
      page([
        {
          role: 'combobox',
          name: 'Language',
          value,
          options: ['English', 'German (Swiss)', 'German (Austria)'],
        },
      ]);
    const pickIt = did(
      { type: 'select', ref: 'e1', value: 'German (Austria)' },
      { role: 'combobox', name: 'Language' },
    );
    expect(
      await shows('Use German for the language', lang('English'), lang('German (Austria)'), [pickIt]),
    ).toEqual([]);
  });
});

describe('a multi-select listbox proves a part by every option the run selected in it', () => {
  // A pizza order of our own: toppings picked in a listbox (aria-multiselectable, aria-selected).
  const OPTIONS = ['Cheese', 'Mushroom', 'Mushy peas', 'Olive', 'Onion'];
  const toppings = (chosen: string[]) =>
    page([
      {
        role: 'listbox',
        name: 'Toppings (any)',
        options: OPTIONS,
        chosen,
        ...(chosen[0] ? { value: chosen[0] } : {}),
      },
      { role: 'button', name: 'Order' },
    ]);
  const tapped = (...names: string[]) => names.map((text) => did({ type: 'click', text }));

  it('each option the part names, selected now and not at the start, read back as selected', async () => {
    expect(
      await shows(
        'add the mushroom and the olive toppings',
        toppings([]),
        toppings(['Mushroom', 'Olive']),
        tapped('Mushroom', 'Olive'),
      ),
    ).toEqual([
      { type: 'state', locator: { role: 'option', name: 'Mushroom' }, state: 'selected', value: true },
      { type: 'state', locator: { role: 'option', name: 'Olive' }, state: 'selected', value: true },
    ]);
  });

  it('an option whose name carries the mark CSS draws once selected ("✓ Olive")', async () => {
    const marked = (chosen: string[]) =>
      page([
        {
          role: 'listbox',
          name: 'Toppings (any)',
          options: OPTIONS.map((o) => (chosen.includes(`✓ ${o}`) ? `✓ ${o}` : o)),
          chosen,
        },
      ]);
    expect(await shows('add the olive topping', marked([]), marked(['✓ Olive']), tapped('Olive'))).toEqual([
      { type: 'state', locator: { role: 'option', name: '✓ Olive' }, state: 'selected', value: true },
    ]);
  });

  it('not when a named option is not selected (only one of two)', async () => {
    expect(
      await shows(
        'add the mushroom and the olive toppings',
        toppings([]),
        toppings(['Mushroom']),
        tapped('Mushroom', 'Olive'),
      ),
    ).toEqual([]);
  });

  it('not when the run selected one the part does not name as well', async () => {
    expect(
      await shows(
        'add the olive topping',
        toppings([]),
        toppings(['Olive', 'Onion']),
        tapped('Olive', 'Onion'),
      ),
    ).toEqual([]);
  });

  it('not when the options were selected from the start, nor when the run never picked them', async () => {
    expect(
      await shows('add the olive topping', toppings(['Olive']), toppings(['Olive']), tapped('Olive')),
    ).toEqual([]);
    expect(
      await shows('add the olive topping', toppings([]), toppings(['Olive']), [
        did({ type: 'click', text: 'Order' }, { role: 'button', name: 'Order' }),
      ]),
    ).toEqual([]);
  });
});

describe('a box the run ticked, named by the part but for its aside in brackets', () => {
  const extras = (breakfast: boolean, late = false) =>
    page([
      { role: 'heading', name: 'Your room' },
      { role: 'checkbox', name: 'Breakfast buffet (+€12)', checked: breakfast },
      { role: 'checkbox', name: 'Late checkout (+€20)', checked: late },
    ]);
  const tick = did({ type: 'check', ref: 'e3' }, { role: 'checkbox', name: 'Late checkout (+€20)' });

  it('proves "add late checkout", read back as checked', async () => {
    expect(await shows('add late checkout to the room', extras(false), extras(false, true), [tick])).toEqual([
      {
        type: 'state',
        locator: { role: 'checkbox', name: 'Late checkout (+€20)' },
        state: 'checked',
        value: true,
      },
    ]);
  });

  it('not when the part names a price of its own, nor when the box was ticked before', async () => {
    expect(await shows('add late checkout for €15', extras(false), extras(false, true), [tick])).toEqual([]);
    expect(
      await shows('add late checkout to the room', extras(false, true), extras(false, true), [tick]),
    ).toEqual([]);
  });
});

describe('"add a <thing>" proved by a counter of such things one higher than at the start', () => {
  const counters = (rooms: string, guests: string) =>
    page([
      { role: 'heading', name: 'Your stay' },
      { role: 'button', name: 'Remove one room' },
      { role: 'spinbutton', name: 'Rooms', value: rooms },
      { role: 'button', name: 'Add one room' },
      { role: 'button', name: 'Remove one guest' },
      { role: 'spinbutton', name: 'Guests (adults)', value: guests },
      { role: 'button', name: 'Add one guest' },
    ]);
  const addGuest = did({ type: 'click', ref: 'e7' }, { role: 'button', name: 'Add one guest' });

  it.each([
    ['Add a guest to the stay', '2', '3'],
    ['add one more guest', '1', '2'],
    ['Add 2 guests', '1', '3'],
    ['add another guest to my stay', '0', '1'],
  ])('"%s" (%s → %s), read back as the counter\'s value', async (goal, from, to) => {
    expect(await shows(goal, counters('1', from), counters('1', to), [addGuest])).toEqual([
      { type: 'field-value', locator: { role: 'spinbutton', name: 'Guests (adults)' }, value: to },
    ]);
  });

  it('not when the counter did not move, moved by another number, or another counter moved too', async () => {
    expect(
      await shows('Add a guest to the stay', counters('1', '2'), counters('1', '2'), [addGuest]),
    ).toEqual([]);
    expect(
      await shows('Add a guest to the stay', counters('1', '2'), counters('1', '4'), [addGuest]),
    ).toEqual([]);
    expect(
      await shows('Add a guest to the stay', counters('1', '2'), counters('2', '3'), [addGuest]),
    ).toEqual([]);
  });

  it('a counter named by the plural of the thing ("Children" for "a child")', async () => {
    const kids = (n: string) =>
      page([
        { role: 'button', name: 'Add one child' },
        { role: 'spinbutton', name: 'Children (under 12)', value: n },
      ]);
    const add = did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Add one child' });
    expect(await shows('Add a child to the booking', kids('0'), kids('1'), [add])).toEqual([
      { type: 'field-value', locator: { role: 'spinbutton', name: 'Children (under 12)' }, value: '1' },
    ]);
  });

  it('not a counter the part does not name, nor without any action of the run', async () => {
    expect(await shows('Add a room to the stay', counters('1', '2'), counters('1', '3'), [addGuest])).toEqual(
      [],
    );
    expect(await shows('Add a guest to the stay', counters('1', '2'), counters('1', '3'), [])).toEqual([]);
  });
});
