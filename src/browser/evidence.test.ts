import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { judge, occurrences, type EvidenceProbe, type JudgeInput } from './evidence.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry, PlannedAction } from './planner.ts';
import type { Assertion } from './spec.ts';

// The checker's rules on synthetic pages: each case is a way a checker can be fooled into a pass.
// The probe answers assertions from the final observation, as the page would.

function page(url: string, texts: string[], elements: Partial<ObservedElement>[] = []): Observation {
  const full = elements.map((e, i) => ({ ref: `e${i + 1}`, role: 'generic', name: '', ...e }));
  return {
    url,
    title: '',
    snapshot: JSON.stringify({ texts, full }),
    elements: full,
    texts,
    tokens: 0,
  };
}

function probeOf(now: Observation): EvidenceProbe {
  const byLocator = (l: { role?: string; name?: string }) =>
    now.elements.filter((e) => (!l.role || e.role === l.role) && (!l.name || e.name === l.name));
  return {
    async check(a: Assertion) {
      switch (a.type) {
        case 'text-visible':
          return occurrences(now.texts, a.text) ? null : `"${a.text}" is not visible`;
        case 'text-hidden':
          return now.texts.includes(a.text) ? `"${a.text}" is visible` : null;
        case 'url-matches':
          return new RegExp(a.pattern).test(now.url) ? null : 'url differs';
        case 'field-value':
          return byLocator(a.locator).some((e) => e.value === a.value) ? null : 'value differs';
        case 'checked':
          return byLocator(a.locator).some((e) => (e.checked === true) === a.checked) ? null : 'differs';
        case 'element-hidden':
          return a.locator.css === 'input[type=password]' && now.elements.some((e) => e.password)
            ? 'visible'
            : null;
        default:
          return byLocator((a as { locator: { role?: string; name?: string } }).locator).length
            ? null
            : 'missing';
      }
    },
    async locate(e: ObservedElement) {
      return { role: e.role, name: e.name };
    },
  };
}

let step = 0;
function did(
  action: PlannedAction,
  target: { role: string; name: string } | undefined,
  before: Observation,
): [HistoryEntry, readonly string[]] {
  step += 1;
  return [
    { step, action, description: action.type, ok: true, url: before.url, ...(target ? { target } : {}) },
    before.texts,
  ];
}

async function verdict(
  goal: string,
  start: Observation,
  now: Observation,
  steps: [HistoryEntry, readonly string[]][],
  extra: Partial<JudgeInput> = {},
) {
  return judge({
    page: null as unknown as Page,
    probe: probeOf(now),
    goal,
    start,
    now,
    history: steps.map(([h]) => h),
    textsBefore: new Map(steps),
    inputs: { baseUrl: url, variables: {}, files: {} },
    changedOnTheWay: true,
    ...extra,
  });
}

const url = 'http://127.0.0.1/app/';

describe('the verdict checker refuses evidence that does not prove the goal', () => {
  it('text that was on the start page does not prove an add (a suggestion list)', async () => {
    const start = page(
      url,
      ['Popular this week: Buy bread, Oat milk', 'Milk', 'Eggs'],
      [
        { role: 'listitem', text: 'Milk' },
        { role: 'listitem', text: 'Eggs' },
        { role: 'textbox', name: 'New item', value: '' },
        { role: 'button', name: 'Add' },
      ],
    );
    const now = page(
      url,
      ['Popular this week: Buy bread, Oat milk', 'Milk', 'Eggs', 'The list is full.'],
      [
        { role: 'listitem', text: 'Milk' },
        { role: 'listitem', text: 'Eggs' },
        { role: 'textbox', name: 'New item', value: 'Buy bread' },
        { role: 'button', name: 'Add' },
      ],
    );
    const j = await verdict('Add Buy bread to the shopping list', start, now, [
      did({ type: 'fill', ref: 'e3', value: 'Buy bread' }, { role: 'textbox', name: 'New item' }, start),
      did({ type: 'click', ref: 'e4' }, { role: 'button', name: 'Add' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('the typed value echoed in a preview does not prove an add; a new list item does', async () => {
    const start = page(
      url,
      ['Milk'],
      [
        { role: 'listitem', text: 'Milk' },
        { role: 'textbox', name: 'New item', value: '' },
      ],
    );
    const echoed = page(
      url,
      ['Milk', 'Preview: Buy bread'],
      [
        { role: 'listitem', text: 'Milk' },
        { role: 'textbox', name: 'New item', value: 'Buy bread' },
      ],
    );
    const steps = [
      did({ type: 'fill', ref: 'e2', value: 'Buy bread' }, { role: 'textbox', name: 'New item' }, start),
      did({ type: 'press', ref: 'e2', value: 'Enter' }, { role: 'textbox', name: 'New item' }, echoed),
    ];
    expect((await verdict('Add Buy bread to the list', start, echoed, steps)).outcome).toBe('unverified');
    const added = page(
      url,
      ['Milk', 'Buy bread'],
      [
        { role: 'listitem', text: 'Milk' },
        { role: 'listitem', text: 'Buy bread' },
        { role: 'textbox', name: 'New item', value: '' },
      ],
    );
    expect((await verdict('Add Buy bread to the list', start, added, steps)).outcome).toBe('passed');
  });

  it('a value in another row’s field does not prove "the quantity of Milk"', async () => {
    const rows = (milk: string, eggs: string) => [
      { role: 'listitem', text: 'Milk' },
      { role: 'spinbutton', name: 'Quantity', value: milk, context: 'Milk' },
      { role: 'listitem', text: 'Eggs' },
      { role: 'spinbutton', name: 'Quantity', value: eggs, context: 'Eggs' },
    ];
    const start = page(url, ['Milk', 'Eggs'], rows('1', '3'));
    const wrongRow = page(url, ['Milk', 'Eggs'], rows('1', '3'));
    const steps = [did({ type: 'click', ref: 'e1' }, { role: 'generic', name: 'Milk' }, start)];
    expect((await verdict('Set the quantity of Milk to 3', start, wrongRow, steps)).outcome).not.toBe(
      'passed',
    );
    const right = page(url, ['Milk', 'Eggs'], rows('3', '3'));
    const filled = [
      did({ type: 'fill', ref: 'e2', value: '3' }, { role: 'spinbutton', name: 'Quantity' }, start),
    ];
    expect((await verdict('Set the quantity of Milk to 3', start, right, filled)).outcome).toBe('passed');
  });

  it('a field the app marks invalid is not taken for the goal', async () => {
    const start = page(
      url,
      ['Butter'],
      [{ role: 'spinbutton', name: 'Quantity', value: '2', context: 'Butter' }],
    );
    const now = page(
      url,
      ['Butter', 'Choose a number from 1 to 9.'],
      [{ role: 'spinbutton', name: 'Quantity', value: '12', context: 'Butter', invalid: true }],
    );
    const j = await verdict('Set the quantity of Butter to 12', start, now, [
      did({ type: 'fill', ref: 'e1', value: '12' }, { role: 'spinbutton', name: 'Quantity' }, start),
    ]);
    expect(j.outcome).toBe('not-done');
    expect(j.problems.join(' ')).toMatch(/invalid/);
  });

  it('a status left by an earlier part does not confirm a later part nothing was done for', async () => {
    const start = page(
      url,
      ['Welcome! Sign in to see your preferences.'],
      [
        { role: 'textbox', name: 'Username', value: '' },
        { role: 'textbox', name: 'Password', value: '', password: true },
        { role: 'button', name: 'Sign in' },
      ],
    );
    const now = page(
      url,
      ['Signed in as ada', 'Preferences', 'Weekly digest'],
      [
        { role: 'status', text: 'Signed in as ada' },
        { role: 'heading', name: 'Preferences', level: 2 },
        { role: 'checkbox', name: 'Weekly digest', checked: false },
        { role: 'button', name: 'Save preferences', disabled: true },
      ],
    );
    const j = await verdict('Sign in as ada and save my preferences', start, now, [
      did({ type: 'fill', ref: 'e1', value: 'ada' }, { role: 'textbox', name: 'Username' }, start),
      did({ type: 'fill', ref: 'e2', variable: 'password' }, { role: 'textbox', name: 'Password' }, start),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Sign in' }, start),
    ]);
    expect(j.outcome).toBe('unverified');
    expect(j.unconfirmed.join(' ')).toMatch(/save my preferences/);
  });

  it('a message that was already shown before the saving click does not confirm the save', async () => {
    const signedIn = page(
      url,
      ['Signed in as ada', 'Preferences'],
      [
        { role: 'status', text: 'Signed in as ada' },
        { role: 'heading', name: 'Preferences', level: 2 },
        { role: 'button', name: 'Save preferences' },
      ],
    );
    const start = page(url, ['Sign in'], [{ role: 'textbox', name: 'Password', password: true }]);
    const steps = [did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Save preferences' }, signedIn)];
    const unchanged = await verdict('Save my preferences', start, signedIn, steps);
    expect(unchanged.outcome).not.toBe('passed');
    const saved = page(
      url,
      ['Signed in as ada', 'Preferences', 'Preferences saved.'],
      [
        { role: 'status', text: 'Signed in as ada' },
        { role: 'heading', name: 'Preferences', level: 2 },
        { role: 'button', name: 'Save preferences' },
        { role: 'status', text: 'Preferences saved.' },
      ],
    );
    expect((await verdict('Save my preferences', start, saved, steps)).outcome).toBe('passed');
  });

  it('one word of the goal in an unrelated new text is no evidence', async () => {
    const start = page(url, ['Orders'], [{ role: 'button', name: 'Export orders' }]);
    const now = page(url, ['Orders', 'Export ready: 23 rows'], [{ role: 'button', name: 'Export orders' }]);
    const j = await verdict('Archive the old orders', start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Export orders' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('an error worded without the usual words still stops a sign-in', async () => {
    const form = [
      { role: 'textbox', name: 'Username', value: 'ada' },
      { role: 'textbox', name: 'Password', value: '', password: true },
      { role: 'button', name: 'Sign in' },
    ];
    const start = page(url, ['Welcome!'], form);
    const now = page(url, ['Welcome!', 'Those details do not match our records, ada.'], form);
    const j = await verdict('Sign in as ada', start, now, [
      did({ type: 'fill', ref: 'e1', value: 'ada' }, { role: 'textbox', name: 'Username' }, start),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Sign in' }, start),
    ]);
    expect(j.outcome).toBe('not-done');
    expect(j.problems.join(' ')).toMatch(/do not match|password field/);
  });

  it('after actions, an expected text that was on the start page proves nothing', async () => {
    const start = page(url, ['Your cart is empty'], [{ role: 'button', name: 'Add to cart' }]);
    const now = page(url, ['Your cart is empty'], [{ role: 'button', name: 'Add to cart' }]);
    const j = await verdict(
      "Add the lamp to the cart and make sure it says 'Your cart is empty'",
      start,
      now,
      [did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Add to cart' }, start)],
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('an observation-only goal may rest on what the page shows', async () => {
    const start = page(url, ['Your cart is empty'], []);
    const j = await verdict("Make sure the page shows 'Your cart is empty'", start, start, [], {
      changedOnTheWay: false,
    });
    expect(j.outcome).toBe('passed');
  });

  it('a new page named as the goal says passes an open', async () => {
    const start = page(url, ['Home'], [{ role: 'link', name: 'Books', url: '/app/books' }]);
    const now = page(`${url}books`, ['Books', 'Dune'], [{ role: 'heading', name: 'Books', level: 1 }]);
    const j = await verdict('Open the Books page', start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Books' }, start),
    ]);
    expect(j.outcome).toBe('passed');
  });

  it('an open and the observation after it may rest on the same new text', async () => {
    const start = page(url, ['Lamp'], [{ role: 'button', name: 'Cart (0)' }]);
    const now = page(url, ['Lamp', 'Your cart is empty.'], [{ role: 'button', name: 'Cart (0)' }]);
    const j = await verdict('Open the cart and check that it is empty', start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Cart (0)' }, start),
    ]);
    expect(j.outcome).toBe('passed');
  });

  it('a number the goal names is part of the evidence: the wrong rating is not taken', async () => {
    const start = page(url, ['Not rated yet.'], [{ role: 'button', name: 'Rate 4 out of 5' }]);
    const steps = [did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Rate 4 out of 5' }, start)];
    const right = page(url, ['You rated this 4 out of 5.'], [{ role: 'button', name: 'Rate 4 out of 5' }]);
    const r = await verdict('Rate the product 4 stars', start, right, steps);
    expect(r.outcome).toBe('passed');
    expect(r.assertions).toContainEqual({ type: 'text-visible', text: 'You rated this 4 out of 5.' });
    const wrong = page(url, ['You rated this 3 out of 5.'], [{ role: 'button', name: 'Rate 4 out of 5' }]);
    expect((await verdict('Rate the product 4 stars', start, wrong, steps)).outcome).not.toBe('passed');
  });

  it('a new heading about one of the rows does not confirm an action on two of them', async () => {
    const rows = [
      { role: 'checkbox', name: 'Select order 1001', checked: true },
      { role: 'checkbox', name: 'Select order 1002', checked: true },
      { role: 'checkbox', name: 'Select order 1003', checked: true },
      { role: 'link', name: '1001', url: '#' },
    ];
    const start = page(url, ['Orders'], rows);
    const now = page(
      `${url}#`,
      ['Orders', 'Order 1001'],
      [...rows, { role: 'heading', name: 'Order 1001', level: 2 }],
    );
    const j = await verdict('Select orders 1001 and 1003 and archive them', start, now, [
      did({ type: 'check', ref: 'e1' }, { role: 'checkbox', name: 'Select order 1001' }, start),
      did({ type: 'check', ref: 'e2' }, { role: 'checkbox', name: 'Select order 1002' }, start),
      did({ type: 'check', ref: 'e3' }, { role: 'checkbox', name: 'Select order 1003' }, start),
      did({ type: 'click', ref: 'e4' }, { role: 'link', name: '1001' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('a part is carried only by a part confirmed after it, never by an earlier one', async () => {
    const rows = (checked: boolean) => [
      { role: 'checkbox', name: 'Select order 1001', checked },
      { role: 'checkbox', name: 'Select order 1003', checked },
      { role: 'button', name: 'Actions for order 1001' },
      { role: 'button', name: 'Archive selected' },
    ];
    const start = page(url, ['Orders'], rows(false));
    const now = page(url, ['Orders', 'Selected: 1001 and 1003'], rows(true));
    const j = await verdict('Select orders 1001 and 1003 and archive them', start, now, [
      did({ type: 'check', ref: 'e1' }, { role: 'checkbox', name: 'Select order 1001' }, start),
      did({ type: 'check', ref: 'e2' }, { role: 'checkbox', name: 'Select order 1003' }, start),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Actions for order 1001' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it("the planner's own assertion meets the checker's bar (new, naming the part's numbers)", async () => {
    const rows = [
      { role: 'checkbox', name: 'Select order 1001', checked: true },
      { role: 'link', name: '1001', url: '#' },
    ];
    const start = page(url, ['Orders'], rows);
    const now = page(url, ['Orders', 'Olivia Brown, placed 2026-11-02, $120.00, pending.'], rows);
    const j = await verdict(
      'Archive orders 1001 and 1003',
      start,
      now,
      [did({ type: 'click', ref: 'e2' }, { role: 'link', name: '1001' }, start)],
      { proposed: [{ type: 'text-visible', text: 'Olivia Brown, placed' }] },
    );
    expect(j.outcome).not.toBe('passed');
  });
});
