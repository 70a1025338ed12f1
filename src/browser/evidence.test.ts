import { describe, expect, it } from 'vitest';
import { elementState, sortedAs } from './element-state.ts';
import { toggleFor, wantsError } from './evidence.ts';
import { readGoal } from './goal/read-goal.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';

import { did, liveProbe, page, probeOf, url, verdict } from './testing/evidence-pages.ts';

// The checker's rules on synthetic pages: each case is a way a checker can be fooled into a pass.
// The probe answers assertions from the final observation (testing/evidence-pages.ts), as the page would.

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

// Traps of the kinds seen on apps the checker was not shaped on: client-side routes, modal flows,
// toasts that lie, optimistic UIs that revert. Each rule is general: it names no app.
describe('the verdict checker holds on unfamiliar apps', () => {
  const home = page(
    url,
    ['Shelf', 'Staff picks', 'Dune', 'Emma'],
    [
      { role: 'link', name: 'Books', url: '/app/books' },
      { role: 'link', name: 'My loans', url: '/app/loans' },
      { role: 'generic', name: 'Dune', clickable: true },
    ],
  );

  it('arriving at the page of the thing is not doing the action the goal names (borrow ≠ open)', async () => {
    const detail = page(
      `${url}books/dune`,
      ['Shelf', 'Dune', 'by Frank Herbert'],
      [
        { role: 'link', name: 'Books', url: '/app/books' },
        { role: 'heading', name: 'Dune', level: 1 },
        { role: 'button', name: 'Borrow' },
      ],
    );
    const j = await verdict('Borrow Dune', home, detail, [
      did({ type: 'click', ref: 'e3' }, { role: 'generic', name: 'Dune' }, home),
    ]);
    expect(j.outcome).not.toBe('passed');
    expect(j.unconfirmed.join(' ')).toMatch(/borrow/i);
    // Done for real: the control the verb names was used, and a new message names the book.
    const borrowed = page(
      `${url}books/dune`,
      ['Shelf', 'Dune', 'by Frank Herbert', 'Dune is on loan to you until 20 December.'],
      [
        { role: 'link', name: 'Books', url: '/app/books' },
        { role: 'heading', name: 'Dune', level: 1 },
        { role: 'status', text: 'Dune is on loan to you until 20 December.' },
      ],
    );
    const j2 = await verdict('Borrow Dune', home, borrowed, [
      did({ type: 'click', ref: 'e3' }, { role: 'generic', name: 'Dune' }, home),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Borrow' }, detail),
    ]);
    expect(j2.outcome).toBe('passed');
  });

  it('a client-side route change that leaves the old content on the page does not prove an open', async () => {
    const stale = page(`${url}loans`, home.texts, home.elements);
    const j = await verdict('Open the My loans page', home, stale, [
      did({ type: 'click', ref: 'e2' }, { role: 'link', name: 'My loans' }, home),
    ]);
    expect(j.outcome).not.toBe('passed');
    const loans = page(
      `${url}loans`,
      ['Shelf', 'My loans', 'Emma — due in 14 days'],
      [
        { role: 'link', name: 'My loans', url: '/app/loans' },
        { role: 'heading', name: 'My loans', level: 1 },
        { role: 'listitem', text: 'Emma — due in 14 days' },
      ],
    );
    const j2 = await verdict('Open the My loans page', home, loans, [
      did({ type: 'click', ref: 'e2' }, { role: 'link', name: 'My loans' }, home),
    ]);
    expect(j2.outcome).toBe('passed');
  });

  const profile = page(
    url,
    ['Q3 report', 'Signed in as Ada Lovelace'],
    [
      { role: 'button', name: 'Edit profile' },
      { role: 'button', name: 'Share' },
    ],
  );
  const dialog = (name: string, extra: Partial<ObservedElement>[] = [], texts: string[] = []) =>
    page(
      url,
      ['Q3 report', 'Signed in as Ada Lovelace', name, ...texts],
      [
        { role: 'button', name: 'Edit profile' },
        { role: 'dialog', name },
        { role: 'textbox', name: 'Name', value: 'Ada King', group: name },
        { role: 'button', name: 'Save', group: name },
        ...extra,
      ],
    );
  const editAndSave = (open: Observation) => [
    did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Edit profile' }, profile),
    did(
      { type: 'fill', ref: 'e3', value: 'Ada King' },
      { role: 'textbox', name: 'Name' },
      open,
      'Edit profile',
    ),
    did({ type: 'click', ref: 'e4' }, { role: 'button', name: 'Save' }, open, 'Edit profile'),
  ];

  it('Save clicked in a dialog that is still open is no save, whatever the status says', async () => {
    const open = dialog('Edit profile');
    const after = dialog('Edit profile', [{ role: 'status', text: 'Profile saved.' }], ['Profile saved.']);
    const j = await verdict(
      'Change my name to Ada King in the profile dialog and save it',
      profile,
      after,
      editAndSave(open),
    );
    expect(j.outcome).not.toBe('passed');
    expect([...j.problems, ...j.unconfirmed].join(' ')).toMatch(/still open/);
  });

  it('a "saved" toast does not prove a change the page does not show (the toast lies)', async () => {
    const open = dialog('Edit profile');
    const lied = page(
      url,
      ['Q3 report', 'Signed in as Ada Lovelace', 'Profile saved.'],
      [
        { role: 'button', name: 'Edit profile' },
        { role: 'status', text: 'Profile saved.' },
      ],
    );
    const goal = 'Change my name to Ada King in the profile dialog and save it';
    const j = await verdict(goal, profile, lied, editAndSave(open));
    expect(j.outcome).not.toBe('passed');
    const saved = page(
      url,
      ['Q3 report', 'Signed in as Ada King', 'Profile saved.'],
      [
        { role: 'button', name: 'Edit profile' },
        { role: 'status', text: 'Profile saved.' },
      ],
    );
    expect((await verdict(goal, profile, saved, editAndSave(open))).outcome).toBe('passed');
  });

  it('every value the goal names must show in its evidence (the role "Commenter" too)', async () => {
    const share = page(
      url,
      ['Q3 report', 'Share'],
      [
        { role: 'dialog', name: 'Share' },
        { role: 'textbox', name: 'name@company.com', value: '', group: 'Share' },
        {
          role: 'combobox',
          name: 'Permission',
          value: 'Viewer',
          options: ['Viewer', 'Commenter'],
          group: 'Share',
        },
        { role: 'button', name: 'Send invite', group: 'Share' },
      ],
    );
    const sent = page(
      url,
      ['Q3 report', 'Invite sent to bob@example.com.'],
      [{ role: 'status', text: 'Invite sent to bob@example.com.' }],
    );
    const j = await verdict('Share the report with bob@example.com as Commenter', profile, sent, [
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Share' }, profile),
      did(
        { type: 'fill', ref: 'e2', value: 'bob@example.com' },
        { role: 'textbox', name: 'name@company.com' },
        share,
        'Share',
      ),
      did({ type: 'click', ref: 'e4' }, { role: 'button', name: 'Send invite' }, share, 'Share'),
    ]);
    expect(j.outcome).not.toBe('passed');
    expect(j.unconfirmed.join(' ')).toMatch(/Commenter/);
  });

  it.each([
    ['Turn off the weekly digest', 'Weekly digest', false],
    ['Stop sending me order alerts', 'Order alerts', true],
    ['Switch on SMS reminders', 'SMS reminders', true],
  ])('a box the run never acted on proves nothing, whatever its state: %s', async (goal, name, checked) => {
    // The run only opened the settings page; the box already stood as it stands now.
    const home = page(`${url}home`, ['Home'], [{ role: 'link', name: 'Settings' }]);
    const now = page(`${url}settings`, ['Settings'], [{ role: 'checkbox', name, checked }]);
    const steps = [did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Settings' }, home)];
    const j = await verdict(goal, home, now, steps);
    expect(j.outcome).not.toBe('passed');
    // Acted on, the same state is the run's doing and proves it.
    const acted = [...steps, did({ type: 'click', ref: 'e1' }, { role: 'checkbox', name }, now)];
    const fresh = page(`${url}settings`, ['Settings'], [{ role: 'checkbox', name, checked }]);
    if (!/stop/i.test(goal)) expect((await verdict(goal, home, fresh, acted)).outcome).toBe('passed');
  });

  it.each([
    [
      'Show just my approved requests',
      '/app/requests',
      'New request',
      '/app/requests/new',
      'New leave request',
    ],
    [
      'Show only the paid invoices',
      '/billing/invoices',
      'New invoice',
      '/billing/invoices/new',
      'New invoice',
    ],
    [
      'List my archived projects',
      '/work/projects',
      'Create project',
      '/work/projects/create',
      'Create a project',
    ],
  ])(
    'a page whose own address names something else proves no view of the list: %s',
    async (goal, from, link, to, heading) => {
      const start = page(`http://127.0.0.1${from}`, ['Welcome'], [{ role: 'link', name: link }]);
      const now = page(`http://127.0.0.1${to}`, [heading], [{ role: 'heading', name: heading }]);
      const steps = [did({ type: 'click', ref: 'e1' }, { role: 'link', name: link }, start)];
      const j = await verdict(goal, start, now, steps);
      expect(j.outcome, JSON.stringify(j)).not.toBe('passed');
    },
  );

  it.each([
    ['Email me when a payment is declined', 'checkbox'],
    ['Warn me when a card is blocked or expired', 'switch'],
    ['Notify me when my claim is rejected', 'radio'],
  ])('a control\u2019s own label is no error message, however long: "%s"', async (label, role) => {
    const home = page(`${url}home`, ['Home'], [{ role: 'link', name: 'Preferences' }]);
    const now = page(
      `${url}preferences`,
      ['Preferences', label],
      [
        { role: 'heading', name: 'Preferences' },
        { role, name: label, checked: false },
      ],
    );
    const steps = [did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Preferences' }, home)];
    const j = await verdict('Open my preferences', home, now, steps);
    expect(j.problems).toEqual([]);
    expect(j.outcome).toBe('passed');
  });

  it('a pass that does not hold after a short settle is no pass (an optimistic change reverts)', async () => {
    const start = page(url, ['Settings'], [{ role: 'checkbox', name: 'Weekly digest', checked: false }]);
    const now = page(
      url,
      ['Settings', 'Preferences saved.'],
      [
        { role: 'checkbox', name: 'Weekly digest', checked: true },
        { role: 'status', text: 'Preferences saved.' },
      ],
    );
    const reverted = page(
      url,
      ['Settings', 'Could not save, please try again.'],
      [
        { role: 'checkbox', name: 'Weekly digest', checked: false },
        { role: 'alert', text: 'Could not save, please try again.' },
      ],
    );
    const steps = [did({ type: 'check', ref: 'e1' }, { role: 'checkbox', name: 'Weekly digest' }, start)];
    expect((await verdict('Turn on the weekly digest', start, now, steps)).outcome).toBe('passed');
    let current = now;
    const j = await verdict('Turn on the weekly digest', start, now, steps, {
      probe: liveProbe(() => current),
      settle: async () => {
        current = reverted;
        return reverted;
      },
    });
    expect(j.outcome).not.toBe('passed');
  });

  it('a validation message without aria-invalid or the usual words still stops a pass', async () => {
    const start = page(url, ['Contact us'], [{ role: 'textbox', name: 'Email', value: '' }]);
    const now = page(
      url,
      ['Contact us', 'Use the form name@domain.'],
      [
        { role: 'textbox', name: 'Email', value: 'bob-at-example' },
        { role: 'button', name: 'Send' },
      ],
    );
    const probe = {
      ...probeOf(now),
      refusals: async () => ['Use the form name@domain.'],
    };
    const j = await verdict(
      'Send a message as Bob with the email bob-at-example',
      start,
      now,
      [
        did({ type: 'fill', ref: 'e1', value: 'bob-at-example' }, { role: 'textbox', name: 'Email' }, start),
        did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Send' }, start),
      ],
      { probe },
    );
    expect(j.outcome).toBe('not-done');
    expect(j.problems.join(' ')).toMatch(/name@domain/);
  });

  it('a form cleared after submit with no confirmation is not a pass', async () => {
    const start = page(
      url,
      ['Feedback'],
      [
        { role: 'textbox', name: 'Feedback', value: '' },
        { role: 'button', name: 'Send' },
      ],
    );
    const filled = page(
      url,
      ['Feedback'],
      [
        { role: 'textbox', name: 'Feedback', value: 'Great app' },
        { role: 'button', name: 'Send' },
      ],
    );
    const j = await verdict(
      'Send the feedback Great app',
      start,
      page(url, ['Feedback', ' '], start.elements),
      [
        did({ type: 'fill', ref: 'e1', value: 'Great app' }, { role: 'textbox', name: 'Feedback' }, start),
        did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Send' }, filled),
      ],
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('a success text that was on the page from the start is a decoy, not evidence', async () => {
    const start = page(
      url,
      ['Newsletter', 'Thanks for subscribing to the newsletter!'],
      [{ role: 'button', name: 'Subscribe' }],
    );
    const j = await verdict('Subscribe to the newsletter', start, start, [
      did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Subscribe' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('"the second message" needs the second item acted on, not any page naming messages', async () => {
    const rows = [
      { role: 'button', name: 'New message' },
      { role: 'generic', name: 'Alan Turing — Lunch on Friday?', clickable: true },
      { role: 'generic', name: 'Grace Hopper — Compiler notes', clickable: true },
      { role: 'generic', name: 'Ada Lovelace — Invoice 42', clickable: true },
    ];
    const inbox = page(url, ['Inbox', ...rows.slice(1).map((r) => r.name)], rows);
    const compose = page(
      url,
      ['Inbox', 'New message'],
      [...rows, { role: 'dialog', name: 'New message' }, { role: 'heading', name: 'New message', level: 2 }],
    );
    const wrong = await verdict('Open the second message', inbox, compose, [
      did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'New message' }, inbox),
    ]);
    expect(wrong.outcome).not.toBe('passed');
    const opened = page(
      url,
      ['Inbox', 'Compiler notes', 'From Grace Hopper'],
      [...rows, { role: 'heading', name: 'Compiler notes', level: 2 }],
    );
    const right = await verdict('Open the second message', inbox, opened, [
      did({ type: 'click', ref: 'e3' }, { role: 'generic', name: 'Grace Hopper — Compiler notes' }, inbox),
    ]);
    expect(right.outcome).toBe('passed');
  });

  it('"the second invoice" in a table whose rows open by their link: the second row\'s link, not the nav\'s', async () => {
    const rowOf = (id: string, who: string) => `${id} ${who} £120.00 Sent`;
    const list = [
      { role: 'link', name: 'Invoices' },
      { role: 'link', name: 'New invoice' },
      { role: 'link', name: 'Expenses' },
      { role: 'row', text: 'Number Client Amount Status', headerRow: true },
      { role: 'row', text: rowOf('INV-7', 'Acme') },
      { role: 'link', name: 'INV-7', context: rowOf('INV-7', 'Acme') },
      { role: 'row', text: rowOf('INV-8', 'Brightside') },
      { role: 'link', name: 'INV-8', context: rowOf('INV-8', 'Brightside') },
      { role: 'row', text: rowOf('INV-9', 'Corvid') },
      { role: 'link', name: 'INV-9', context: rowOf('INV-9', 'Corvid') },
    ];
    const start = page(url, ['Invoices', 'INV-7', 'INV-8', 'INV-9'], list);
    const opened = (id: string, who: string) =>
      page(url, [`${id} · ${who}`, 'Total £120.00'], [{ role: 'heading', name: `${id} · ${who}`, level: 2 }]);
    for (const goal of ['Open the second invoice in the list', 'View the 2nd invoice']) {
      const right = await verdict(goal, start, opened('INV-8', 'Brightside'), [
        did(
          { type: 'click', ref: 'e8' },
          { role: 'link', name: 'INV-8', context: rowOf('INV-8', 'Brightside') },
          start,
        ),
      ]);
      expect(right.outcome, `${goal}: ${right.unconfirmed.join()}`).toBe('passed');
      const third = await verdict(goal, start, opened('INV-9', 'Corvid'), [
        did(
          { type: 'click', ref: 'e10' },
          { role: 'link', name: 'INV-9', context: rowOf('INV-9', 'Corvid') },
          start,
        ),
      ]);
      expect(third.outcome, goal).not.toBe('passed');
      const nav = await verdict(
        goal,
        start,
        page(url, ['New invoice'], [{ role: 'heading', name: 'New invoice' }]),
        [did({ type: 'click', ref: 'e2' }, { role: 'link', name: 'New invoice' }, start)],
      );
      expect(nav.outcome, goal).not.toBe('passed');
    }
  });

  it('rows that show after sign-in are not "selected", and names showing are not "deleted"', async () => {
    const login = page(
      url,
      ['Sign in'],
      [
        { role: 'textbox', name: 'Username', value: '' },
        { role: 'textbox', name: 'Password', value: '', password: true },
        { role: 'button', name: 'Sign in' },
      ],
    );
    const list = page(
      url,
      ['Contacts', 'Signed in as maria', 'Lena Fischer', 'Omar Haddad', 'Jonas Berg'],
      [
        { role: 'heading', name: 'Contacts', level: 1 },
        { role: 'row', text: 'Lena Fischer' },
        { role: 'checkbox', name: 'Select', checked: false, context: 'Lena Fischer' },
        { role: 'row', text: 'Omar Haddad' },
        { role: 'checkbox', name: 'Select', checked: false, context: 'Omar Haddad' },
        { role: 'row', text: 'Jonas Berg' },
      ],
    );
    const j = await verdict(
      'Sign in as maria, select Lena Fischer and Omar Haddad, and delete them',
      login,
      list,
      [
        did({ type: 'fill', ref: 'e1', value: 'maria' }, { role: 'textbox', name: 'Username' }, login),
        did({ type: 'fill', ref: 'e2', variable: 'password' }, { role: 'textbox', name: 'Password' }, login),
        did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Sign in' }, login),
      ],
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('"the second page" is served by a control named 2, and not by "Inbox 2"', async () => {
    const pager = [
      { role: 'link', name: 'Inbox 2', url: '#' },
      { role: 'link', name: '1', url: '#' },
      { role: 'link', name: '2', url: '#' },
    ];
    const first = page(url, ['Contacts', 'Lena Fischer'], pager);
    const second = page(url, ['Contacts', 'Jonas Berg', 'Contacts page 2 of 4'], pager);
    const right = await verdict('Go to the second page of contacts', first, second, [
      did({ type: 'click', ref: 'e3' }, { role: 'link', name: '2' }, first),
    ]);
    expect(right.outcome).toBe('passed');
    const wrong = await verdict('Go to the second page of contacts', first, second, [
      did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Inbox 2' }, first),
    ]);
    expect(wrong.outcome).not.toBe('passed');
  });

  it('an open may rest on the page title naming the thing, new since the start', async () => {
    const folders = [
      { role: 'link', name: 'Inbox 3', url: '#' },
      { role: 'link', name: 'Archive', url: '#' },
    ];
    const inbox = {
      ...page(url, ['Grace Hopper', 'Compiler meeting moved'], folders),
      title: 'Inbox — Postbox',
    };
    const archive = {
      ...page(`${url}#`, ['Margaret Hamilton', 'Apollo notes'], folders),
      title: 'Archive — Postbox',
    };
    const j = await verdict('Open the Archive folder', inbox, archive, [
      did({ type: 'click', ref: 'e2' }, { role: 'link', name: 'Archive' }, inbox),
    ]);
    expect(j.outcome).toBe('passed');
    expect(j.assertions).toContainEqual({ type: 'title', text: 'Archive — Postbox' });
    // The same list under the old title: nothing names the Archive.
    const stale = { ...archive, title: 'Inbox — Postbox' };
    const k = await verdict('Open the Archive folder', inbox, stale, [
      did({ type: 'click', ref: 'e2' }, { role: 'link', name: 'Archive' }, inbox),
    ]);
    expect(k.outcome).not.toBe('passed');
  });

  it('a change typed but never saved is no change, even when a live preview shows it', async () => {
    const start = page(
      url,
      ['Account', 'Welcome back, Ada'],
      [
        { role: 'textbox', name: 'Display name', value: 'Ada' },
        { role: 'button', name: 'Save changes' },
      ],
    );
    const typed = page(
      url,
      ['Account', 'Welcome back, Ada', 'Preview: Grace Hopper'],
      [
        { role: 'textbox', name: 'Display name', value: 'Grace Hopper' },
        { role: 'button', name: 'Save changes' },
      ],
    );
    const fill = did(
      { type: 'fill', ref: 'e1', value: 'Grace Hopper' },
      { role: 'textbox', name: 'Display name' },
      start,
    );
    const j = await verdict('Change my display name to Grace Hopper', start, typed, [fill]);
    expect(j.outcome).not.toBe('passed');
    const saved = page(url, ['Account', 'Welcome back, Grace Hopper'], typed.elements);
    const k = await verdict('Change my display name to Grace Hopper', start, saved, [
      fill,
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Save changes' }, typed),
    ]);
    expect(k.outcome).toBe('passed');
  });

  it('a status that says nothing about the action (a spinner text) does not confirm it', async () => {
    const start = page(url, ['Notes'], [{ role: 'button', name: 'Save notes' }]);
    const now = page(
      url,
      ['Notes', 'Working on it…'],
      [
        { role: 'button', name: 'Save notes' },
        { role: 'status', text: 'Working on it…' },
      ],
    );
    const j = await verdict('Save my notes', start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Save notes' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('a sign-in answered by a page saying the account is locked is no sign-in', async () => {
    const login = page(
      url,
      ['Sign in'],
      [
        { role: 'textbox', name: 'Username', value: '' },
        { role: 'textbox', name: 'Password', value: '', password: true },
        { role: 'button', name: 'Sign in' },
      ],
    );
    const locked = page(
      `${url}locked`,
      ['Account locked', 'The account of tom is suspended.'],
      [{ role: 'heading', name: 'Account locked', level: 1 }],
    );
    const j = await verdict('Sign in as tom', login, locked, [
      did({ type: 'fill', ref: 'e1', value: 'tom' }, { role: 'textbox', name: 'Username' }, login),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Sign in' }, login),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('a sign-in link that was there all along does not prove a sign-out', async () => {
    const header = { role: 'link', name: 'Sign in to another account' };
    const start = page(
      url,
      ['Sign in'],
      [
        { role: 'textbox', name: 'Username', value: '' },
        { role: 'textbox', name: 'Password', value: '', password: true },
        { role: 'button', name: 'Sign in' },
      ],
    );
    const home = page(url, ['Dashboard', 'Signed in as ada'], [header, { role: 'button', name: 'Sign out' }]);
    const steps = [
      did({ type: 'fill', ref: 'e1', value: 'ada' }, { role: 'textbox', name: 'Username' }, start),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Sign in' }, start),
    ];
    const j = await verdict('Sign in as ada and then sign out', start, home, steps);
    expect(j.outcome).not.toBe('passed');
    expect(j.confirmed.join(' ')).not.toMatch(/sign out/);
    const out = page(
      url,
      ['Signed out.'],
      [
        { role: 'textbox', name: 'Username', value: '' },
        { role: 'textbox', name: 'Password', value: '', password: true },
      ],
    );
    const k = await verdict('Sign in as ada and then sign out', start, out, [
      ...steps,
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Sign out' }, home),
    ]);
    // The sign-in part cannot show on the final page: it is judged right after its click instead,
    // and replay waits for that evidence there.
    expect(k.outcome, k.unconfirmed.join()).toBe('passed');
    expect(k.checkpoints.map((c) => c.until)).toEqual([{ type: 'text-visible', text: 'ada' }]);
    expect(k.confirmed.join(' ')).toMatch(/sign out/);
  });

  it('a form the app moved on from may rest on its new status; "first name" is no ordinal', async () => {
    const form = page(
      url,
      ['Create your account'],
      [
        { role: 'textbox', name: 'First name', value: '' },
        { role: 'textbox', name: 'Email', value: '' },
        { role: 'button', name: 'Create account' },
      ],
    );
    const welcome = page(
      url,
      ['Welcome, Ada!', 'Your account has been created.'],
      [
        { role: 'heading', name: 'Welcome, Ada!', level: 1 },
        { role: 'status', text: 'Your account has been created.' },
      ],
    );
    const j = await verdict('Sign up with my first name and email', form, welcome, [
      did({ type: 'fill', ref: 'e1', variable: 'firstName' }, { role: 'textbox', name: 'First name' }, form),
      did({ type: 'fill', ref: 'e2', variable: 'email' }, { role: 'textbox', name: 'Email' }, form),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Create account' }, form),
    ]);
    expect(j.outcome).toBe('passed');
  });

  it('a message body typed and sent need not be echoed when the app moved on from the form', async () => {
    const form = page(
      url,
      ['Contact us'],
      [
        { role: 'textbox', name: 'Message', value: '' },
        { role: 'button', name: 'Send' },
      ],
    );
    const sent = page(
      url,
      ['Message sent', 'Thanks, we received your message.'],
      [
        { role: 'heading', name: 'Message sent', level: 1 },
        { role: 'status', text: 'Thanks, we received your message.' },
      ],
    );
    const typed = did(
      { type: 'fill', ref: 'e1', value: 'Where is my parcel?' },
      { role: 'textbox', name: 'Message' },
      form,
    );
    const send = did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Send' }, form);
    const goal = 'Send a message saying "Where is my parcel?"';
    expect((await verdict(goal, form, sent, [typed, send])).outcome).toBe('passed');
    // Never typed: the same answer proves nothing about the words.
    expect((await verdict(goal, form, sent, [send])).outcome).not.toBe('passed');
  });

  it('an item that only shows in a suggestion list is not added', async () => {
    const start = page(
      url,
      ['Dune', 'Wishlist (0)'],
      [
        { role: 'searchbox', name: 'Search books', value: '' },
        { role: 'generic', name: 'Dune', clickable: true },
      ],
    );
    const now = page(
      url,
      ['Dune', 'Wishlist (0)', 'The Hobbit — J. R. R. Tolkien'],
      [
        { role: 'searchbox', name: 'Search books', value: 'The Hobbit' },
        { role: 'generic', name: 'Dune', clickable: true },
        { role: 'generic', name: 'The Hobbit — J. R. R. Tolkien', clickable: true },
      ],
    );
    const j = await verdict('Add The Hobbit to my wishlist', start, now, [
      did(
        { type: 'fill', ref: 'e1', value: 'The Hobbit' },
        { role: 'searchbox', name: 'Search books' },
        start,
      ),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a control flipped as the goal asks is evidence, on the control of the named item only', () => {
  const rows = (turing: boolean, hopper: boolean) => [
    {
      ref: 'e1',
      role: 'button',
      name: 'Star',
      pressed: hopper,
      context: 'Grace Hopper Compiler meeting moved',
    },
    { ref: 'e2', role: 'button', name: 'Star', pressed: turing, context: 'Alan Turing Lunch on Friday?' },
  ];
  const texts = ['Inbox', 'Grace Hopper', 'Compiler meeting moved', 'Alan Turing', 'Lunch on Friday?'];

  it('the star of the named row, pressed by the click, passes with a state assertion', async () => {
    const start = page(url, texts, rows(false, false));
    const now = page(url, texts, rows(true, false));
    const j = await verdict('Star the email from Alan Turing', start, now, [
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Star' }, start),
    ]);
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
    expect(j.assertions).toContainEqual(
      expect.objectContaining({ type: 'state', state: 'pressed', value: true }),
    );
  });

  it('trap: the star of another row pressed is no star for the named one', async () => {
    const start = page(url, texts, rows(false, false));
    const now = page(url, texts, rows(false, true));
    const j = await verdict('Star the email from Alan Turing', start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Star' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: a star that was pressed before the click proves nothing (the click unstarred and restarred?)', async () => {
    const start = page(url, texts, rows(true, false));
    const now = page(url, texts, rows(true, false));
    const j = await verdict('Star the email from Alan Turing', start, now, [
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Star' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('"remove the star" wants the named row’s star no longer pressed', async () => {
    const start = page(url, texts, rows(true, false));
    const unstarred = page(url, texts, rows(false, false));
    const steps = [did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Star' }, start)];
    const goal = 'Remove the star from Lunch on Friday?';
    expect((await verdict(goal, start, unstarred, steps)).outcome).toBe('passed');
    // Trap: the click did nothing, the star is still on.
    expect((await verdict(goal, start, page(url, texts, rows(true, false)), steps)).outcome).not.toBe(
      'passed',
    );
  });

  it('"go to page 3": the page number clicked is now the current one; another current page is not', async () => {
    const pager = (current: number) =>
      [1, 2, 3].map((n) => ({ ref: `p${n}`, role: 'link', name: String(n), current: n === current }));
    const start = page(url, ['Orders', 'Order 1001'], pager(1));
    const steps = [did({ type: 'click', ref: 'p3' }, { role: 'link', name: '3' }, start)];
    const goal = 'Go to page 3 of the orders';
    const onThree = page(url, ['Orders', 'Order 1011'], pager(3));
    const j = await verdict(goal, start, onThree, steps);
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
    expect(j.assertions).toContainEqual(expect.objectContaining({ type: 'state', state: 'current' }));
    // Trap: the pager moved to page 2, whatever was clicked.
    expect(
      (await verdict(goal, start, page(url, ['Orders', 'Order 1006'], pager(2)), steps)).outcome,
    ).not.toBe('passed');
  });
});

describe('an error the goal asks to see is the proof, and the attempt it answers', () => {
  const form = (errors: string[]) =>
    page(
      url,
      ['About you', 'Full name', ...errors, 'Email address'],
      [
        { ref: 'e1', role: 'heading', name: 'About you' },
        { ref: 'e2', role: 'textbox', name: 'Full name' },
        ...errors.map((text, i) => ({ ref: `a${i}`, role: 'alert', text })),
        { ref: 'e3', role: 'button', name: 'Next', submit: true },
      ],
    );
  const goal =
    'Try to continue from the first step without filling anything in and make sure an error is shown';

  it('a new alert after pressing the form’s submit button passes both parts', async () => {
    const start = form([]);
    const j = await verdict(goal, start, form(['Please enter your full name.']), [
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Next' }, start),
    ]);
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
    expect(j.assertions).toEqual([{ type: 'text-visible', text: 'Please enter your full name.' }]);
  });

  it('trap: an error that was on the page before the attempt proves nothing', async () => {
    const start = form(['Please enter your full name.']);
    const j = await verdict(goal, start, form(['Please enter your full name.']), [
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Next' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: an error after a click on some other control is no answer to the attempt', async () => {
    const start = page(
      url,
      ['About you'],
      [
        { ref: 'e1', role: 'button', name: 'Help' },
        { ref: 'e3', role: 'button', name: 'Next', submit: true },
      ],
    );
    const now = page(
      url,
      ['About you', 'Help is not available.'],
      [
        { ref: 'e1', role: 'button', name: 'Help' },
        { ref: 'a1', role: 'alert', text: 'Help is not available.' },
      ],
    );
    const j = await verdict(goal, start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Help' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a form sent on by its submit button, for "continue"', () => {
  const step1 = page(
    url,
    ['Register', 'About you', 'Ticket', 'About you', 'Email address'],
    [
      { ref: 'h1', role: 'heading', name: 'About you' },
      { ref: 'e1', role: 'textbox', name: 'Email address', value: '' },
      { ref: 'e2', role: 'button', name: 'Next', submit: true },
    ],
  );
  const filled = {
    ...step1,
    elements: step1.elements.map((e) => (e.ref === 'e1' ? { ...e, value: 'ada@example.com' } : e)),
  };
  const steps = () => [
    did(
      { type: 'fill', ref: 'e1', value: 'ada@example.com' },
      { role: 'textbox', name: 'Email address' },
      step1,
    ),
    did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Next' }, filled),
  ];
  const goal = 'Fill in the email ada@example.com and continue';

  it('the filled fields gone and a new heading: passed, carried to the filling', async () => {
    const step2 = page(
      url,
      ['Register', 'About you', 'Ticket', 'Ticket', 'Plan'],
      [
        { ref: 'h2', role: 'heading', name: 'Ticket' },
        { ref: 'e5', role: 'combobox', name: 'Plan' },
        { ref: 'e6', role: 'button', name: 'Next', submit: true },
      ],
    );
    const j = await verdict(goal, step1, step2, steps());
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
    expect(j.assertions).toContainEqual({
      type: 'element-visible',
      locator: { role: 'heading', name: 'Ticket' },
    });
  });

  it('trap: a sign-in form in place of the next step is not going on', async () => {
    const signIn = page(
      url,
      ['Sign in to continue', 'Password'],
      [
        { ref: 'h2', role: 'heading', name: 'Sign in to continue' },
        { ref: 'e5', role: 'textbox', name: 'Password', password: true },
      ],
    );
    expect((await verdict(goal, step1, signIn, steps())).outcome).not.toBe('passed');
  });

  it('trap: the same step shown again (fields still there) is not going on', async () => {
    const again = page(
      url,
      ['Register', 'About you', 'Ticket', 'Step 1 of 3', 'Email address'],
      [
        { ref: 'h1', role: 'heading', name: 'Step 1 of 3' },
        { ref: 'e1', role: 'textbox', name: 'Email address', value: 'ada@example.com' },
        { ref: 'e2', role: 'button', name: 'Next', submit: true },
      ],
    );
    expect((await verdict(goal, step1, again, steps())).outcome).not.toBe('passed');
  });
});

describe('a value kept in its field after a save the app answered', () => {
  const account = (value: string, status?: string) =>
    page(
      url,
      ['Account', 'Display name', ...(status ? [status] : [])],
      [
        { ref: 'e1', role: 'textbox', name: '', nearLabel: 'Display name', value },
        { ref: 'e2', role: 'button', name: 'Save changes' },
        ...(status ? [{ ref: 'e3', role: 'status', text: status }] : []),
      ],
    );
  const goal = 'Change my display name to Grace Hopper';
  const steps = (typed: Observation) => [
    did({ type: 'fill', ref: 'e1', value: 'Grace Hopper' }, { role: 'textbox', name: '' }, account('Ada')),
    did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Save changes' }, typed),
  ];

  it('the field holding it and a new "Saved." after Save changes: passed', async () => {
    const j = await verdict(
      goal,
      account('Ada'),
      account('Grace Hopper', 'Saved.'),
      steps(account('Grace Hopper')),
    );
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
    expect(j.assertions).toContainEqual(
      expect.objectContaining({ type: 'field-value', value: 'Grace Hopper' }),
    );
  });

  it('trap: a "Saved." that was there before the save proves nothing', async () => {
    const j = await verdict(
      goal,
      account('Ada', 'Saved.'),
      account('Grace Hopper', 'Saved.'),
      steps(account('Grace Hopper', 'Saved.')),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: a status about something else ("Working on it…") proves nothing', async () => {
    const j = await verdict(
      goal,
      account('Ada'),
      account('Grace Hopper', 'Working on it…'),
      steps(account('Grace Hopper')),
    );
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a control turned into its undo, on the named item', () => {
  const detail = (title: string, button: string) =>
    page(
      url,
      ['Shelf', title],
      [
        { ref: 'h', role: 'heading', name: title, level: 1 },
        { ref: 'b', role: 'button', name: button },
      ],
    );
  const goal = 'Add The Hobbit to my wishlist';
  const steps = (on: Observation) => [
    did({ type: 'click', ref: 'b' }, { role: 'button', name: 'Add to wishlist' }, on),
  ];

  it('"Add to wishlist" → "Remove from wishlist" on the item’s own page: passed', async () => {
    const start = detail('The Hobbit', 'Add to wishlist');
    const j = await verdict(goal, start, detail('The Hobbit', 'Remove from wishlist'), steps(start));
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
  });

  it('trap: the same flip on another book’s page is not the named one', async () => {
    const start = detail('Dune', 'Add to wishlist');
    expect(
      (await verdict(goal, start, detail('Dune', 'Remove from wishlist'), steps(start))).outcome,
    ).not.toBe('passed');
  });

  it('trap: the control turned into something else ("Sign in to use your wishlist")', async () => {
    const start = detail('The Hobbit', 'Add to wishlist');
    const j = await verdict(goal, start, detail('The Hobbit', 'Sign in to use your wishlist'), steps(start));
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a control that offers the act is no sign the act was done', () => {
  const list = page(
    url,
    ['Invoices', 'Expenses'],
    [
      { ref: 'l1', role: 'link', name: 'Invoices' },
      { ref: 'l2', role: 'link', name: 'Expenses' },
      { role: 'heading', name: 'Invoices', level: 2 },
    ],
  );
  const section = (heading: string, control: Partial<ObservedElement>) =>
    page(url, [heading, control.name!], [{ role: 'heading', name: heading, level: 2 }, control]);
  it.each([
    ['Add expense', 'Expenses', { role: 'generic', name: 'Add expense', clickable: true }],
    ['Add contact', 'Contacts', { role: 'button', name: 'Add contact' }],
    ['Create project', 'Projects', { role: 'link', name: 'Create project' }],
  ] as const)(
    '"%s": the page that offers it, reached by a link, is not passed',
    async (goal, heading, control) => {
      const now = section(heading, control);
      const j = await verdict(goal, list, now, [
        did({ type: 'click', ref: 'l2' }, { role: 'link', name: heading }, list),
      ]);
      expect(j.outcome, goal).not.toBe('passed');
    },
  );
});

describe('the item’s own page headed at level 2 (no level-1 heading, as many framework apps are)', () => {
  const item = (title: string, status: string, dialog = false) =>
    page(
      url,
      [
        title,
        `Status: ${status}`,
        status,
        'Total €2,300.00',
        ...(dialog ? ['Void it?', "This can't be undone."] : []),
        // The app's toast names no invoice: only the page's own heading does.
        ...(status === 'Void' ? ['Invoice voided.'] : []),
      ],
      [
        { ref: 'h', role: 'heading', name: title, level: 2 },
        { ref: 'v', role: 'generic', name: 'Void invoice', clickable: true },
        ...(dialog
          ? [
              { role: 'dialog', name: 'Void it?' },
              { ref: 'y', role: 'button', name: 'Void', dialog: 'Void it?' },
              { role: 'button', name: 'Cancel', dialog: 'Void it?' },
            ]
          : []),
      ],
    );
  const goal = 'Void invoice INV-1004';
  const run = (title: string, now: Observation) =>
    verdict(goal, item(title, 'Overdue'), now, [
      did({ type: 'click', ref: 'v' }, { role: 'generic', name: 'Void invoice' }, item(title, 'Overdue')),
      did(
        { type: 'click', ref: 'y' },
        { role: 'button', name: 'Void' },
        item(title, 'Overdue', true),
        'Void it?',
      ),
    ]);

  it('the state the verb names, new on the page headed "INV-1004 · Corvid Labs" (h2) it was done on: passed', async () => {
    const title = 'INV-1004 · Corvid Labs';
    const j = await run(title, item(title, 'Void'));
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join('; ')).toBe('passed');
  });

  it('trap: the same on another invoice’s h2 page is not INV-1004', async () => {
    const title = 'INV-1003 · Acme Corp';
    expect((await run(title, item(title, 'Void'))).outcome).not.toBe('passed');
  });

  it('trap: two level-2 headings name no one item', async () => {
    const title = 'INV-1004 · Corvid Labs';
    const two = item(title, 'Void');
    two.elements.push({ ref: 'h2', role: 'heading', name: 'INV-1005 · Brightside Ltd', level: 2 });
    expect((await run(title, two)).outcome).not.toBe('passed');
  });
});

describe('a count of the place the goal names, raised by its action on the named item', () => {
  const product = (title: string, cart: number, wish = 0) =>
    page(
      url,
      ['Lumen', title],
      [
        { ref: 'h', role: 'heading', name: title, level: 1 },
        { ref: 'b', role: 'button', name: 'Add to cart' },
        { ref: 'c', role: 'button', name: `Cart (${cart})` },
        { ref: 'w', role: 'button', name: `Wishlist (${wish})` },
      ],
    );
  const goal = 'Add the lamp to the cart';
  const steps = (on: Observation) => [
    did({ type: 'click', ref: 'b' }, { role: 'button', name: 'Add to cart' }, on),
  ];

  it('"Cart (0)" → "Cart (1)" on the lamp’s page: passed', async () => {
    const start = product('Aurora desk lamp', 0);
    const j = await verdict(goal, start, product('Aurora desk lamp', 1), steps(start));
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
  });

  it('trap: a count of another place (the wishlist) rising proves nothing', async () => {
    const start = product('Aurora desk lamp', 0);
    expect((await verdict(goal, start, product('Aurora desk lamp', 0, 1), steps(start))).outcome).not.toBe(
      'passed',
    );
  });

  it('trap: the cart rising on another product’s page is not the lamp', async () => {
    const start = product('Oak side table', 0);
    expect((await verdict(goal, start, product('Oak side table', 1), steps(start))).outcome).not.toBe(
      'passed',
    );
  });
});

describe('an opened item: its title newly a heading', () => {
  const inbox = [
    { ref: 'r1', role: 'generic', name: 'Grace Hopper Compiler meeting moved', clickable: true },
    { ref: 'r2', role: 'generic', name: 'Alan Turing Lunch on Friday?', clickable: true },
  ];
  const texts = ['Grace Hopper', 'Compiler meeting moved', 'Alan Turing', 'Lunch on Friday?'];

  it('the second row’s subject as the heading, where the row only showed it as text: passed', async () => {
    const start = page(url, texts, inbox);
    const open = page(
      url,
      ['Lunch on Friday?', 'From: Alan Turing'],
      [{ role: 'heading', name: 'Lunch on Friday?' }],
    );
    const j = await verdict('Open the second message', start, open, [
      did({ type: 'click', ref: 'r2' }, { role: 'generic', name: 'Alan Turing Lunch on Friday?' }, start),
    ]);
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
  });

  it('trap: a preview heading that was there before the click proves nothing', async () => {
    const start = page(
      url,
      [...texts, 'Lunch on Friday?'],
      [...inbox, { role: 'heading', name: 'Lunch on Friday?' }],
    );
    const j = await verdict('Open the second message', start, start, [
      did({ type: 'click', ref: 'r2' }, { role: 'generic', name: 'Alan Turing Lunch on Friday?' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('an item opened by its number: a row led by "#n" clicked, a new main heading led by "#n"', () => {
  const rows = (ids: number[]) =>
    ids.map((n) => ({
      ref: `r${n}`,
      role: 'row',
      name: '',
      text: `#${n} Subject of item ${n + 10} open`,
      clickable: true,
    }));
  const list = page(url, ['Tickets'], [{ role: 'heading', name: 'Tickets', level: 1 }, ...rows([1, 2, 12])]);
  const opened = (n: number) =>
    page(
      url,
      [`#${n} Subject of item ${n + 10}`],
      [{ role: 'heading', name: `#${n} Subject of item ${n + 10}`, level: 1 }],
    );

  it.each(['Open ticket 2', 'view order 2', 'Go to request #2'])(
    '%s: passed on the item’s own page',
    async (goal) => {
      const j = await verdict(goal, list, opened(2), [
        did({ type: 'click', ref: 'r2' }, { role: 'row', name: '' }, list),
      ]);
      expect(j.outcome, j.unconfirmed.join()).toBe('passed');
    },
  );

  it('trap: another item opened (#12, whose text holds a 2) proves nothing', async () => {
    const j = await verdict('Open ticket 2', list, opened(12), [
      did({ type: 'click', ref: 'r12' }, { role: 'row', name: '' }, list),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: the list headed by the number before the click proves nothing', async () => {
    const start = page(
      url,
      ['#2 Subject of item 12'],
      [{ role: 'heading', name: '#2 Subject of item 12', level: 1 }, ...rows([2])],
    );
    const j = await verdict('Open ticket 2', start, start, [
      did({ type: 'click', ref: 'r2' }, { role: 'row', name: '' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('the digits of a date or time the goal gives are no item number the answer must repeat', () => {
  const review = page(
    url,
    ['Review', 'Alan Turing', 'alan@example.com', '1992-06-23', 'Basic (Monthly)'],
    [
      { role: 'heading', name: 'Review', level: 2 },
      { role: 'button', name: 'Submit registration', submit: true },
    ],
  );
  it.each([
    [
      'Complete the registration for Alan Turing, born 23/06/1992',
      'You are registered, Alan Turing! A confirmation is on its way.',
    ],
    [
      'Finish my registration for Alan Turing, born 23/06/1992, with an onboarding call at 9:30',
      'You are registered, Alan Turing!',
    ],
  ])('%s: the app’s new status answers it', async (goal, status) => {
    const done = page(url, [status], [{ role: 'status', name: status }]);
    const about = page(
      url,
      ['About you'],
      [
        { role: 'textbox', name: 'Full name', value: '' },
        { role: 'textbox', name: 'Date of birth', value: '' },
      ],
    );
    const j = await verdict(goal, about, done, [
      did({ type: 'fill', ref: 'e1', value: 'Alan Turing' }, { role: 'textbox', name: 'Full name' }, about),
      did(
        { type: 'fill', ref: 'e2', value: '1992-06-23' },
        { role: 'textbox', name: 'Date of birth' },
        about,
      ),
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Submit registration' }, review),
    ]);
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
  });

  it('an item number still must be repeated: "Close ticket 4" is not answered by "Ticket 5 closed."', async () => {
    const list = page(url, ['Tickets'], [{ role: 'button', name: 'Close ticket' }]);
    const done = page(url, ['Ticket 5 closed.'], [{ role: 'status', name: 'Ticket 5 closed.' }]);
    const j = await verdict('Close ticket 4', list, done, [
      did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Close ticket' }, list),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a box labelled only by the text beside it, set in a form never sent', () => {
  it('trap: unticked "Email notifications" with "Save settings" never pressed is not passed', async () => {
    const box = { role: 'checkbox', name: '', nearLabel: 'Email notifications' };
    const before = page(
      url,
      ['Settings', 'Email notifications'],
      [
        { ...box, checked: true },
        { role: 'button', name: 'Save settings', submit: true },
      ],
    );
    const after = page(
      url,
      ['Settings', 'Email notifications'],
      [
        { ...box, checked: false },
        { role: 'button', name: 'Save settings', submit: true },
      ],
    );
    const j = await verdict('Turn off email notifications in the settings', before, after, [
      did({ type: 'uncheck', ref: 'e1' }, { role: 'checkbox', name: 'Email notifications' }, before),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a zero-step open: the page already is the place, and the observation holds', () => {
  const shop = (texts: string[], title = 'Demo Shop') => ({
    ...page(url, texts, [{ role: 'heading', name: 'Demo Shop', level: 1 }]),
    title,
  });
  const goal = 'Open the shop and see "Welcome to the Demo Shop"';

  it('started on the shop, with the welcome shown: passed with no step', async () => {
    const start = shop(['Demo Shop', 'Welcome to the Demo Shop']);
    const j = await verdict(goal, start, start, [], { changedOnTheWay: false });
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join()).toBe('passed');
    expect(j.assertions).toContainEqual({ type: 'text-visible', text: 'Welcome to the Demo Shop' });
  });

  it('trap: the shop without the text the goal asks to see is no pass', async () => {
    const start = shop(['Demo Shop', 'Today only: free shipping']);
    expect((await verdict(goal, start, start, [], { changedOnTheWay: false })).outcome).not.toBe('passed');
  });

  it('trap: another place that shows the text is not the shop opened', async () => {
    const start = {
      ...page(
        url,
        ['Help desk', 'Welcome to the Demo Shop'],
        [{ role: 'heading', name: 'Help desk', level: 1 }],
      ),
      title: 'Help desk',
    };
    expect((await verdict(goal, start, start, [], { changedOnTheWay: false })).outcome).not.toBe('passed');
  });
});

describe('a part a later part undoes is judged right after its own action', () => {
  const signInPage = page(
    url,
    ['Help desk', 'Sign in', 'User', 'Password'],
    [
      { ref: 'u', role: 'textbox', name: 'User', value: '' },
      { ref: 'p', role: 'textbox', name: 'Password', password: true, value: '' },
      { ref: 's', role: 'button', name: 'Sign in' },
    ],
  );
  const typed = page(
    url,
    signInPage.texts,
    signInPage.elements.map((e) => (e.ref === 'u' ? { ...e, value: 'ada' } : e)),
  );
  const inside = page(
    url,
    ['Help desk', 'Tickets', 'Signed in as ada'],
    [
      { ref: 'h', role: 'heading', name: 'Tickets' },
      { ref: 'o', role: 'button', name: 'Sign out' },
    ],
  );
  const out = page(
    url,
    ['Help desk', 'You are signed out.', 'Sign in'],
    [{ ref: 'l', role: 'link', name: 'Sign in again' }],
  );
  const goal = 'Sign in as ada and then sign out';

  it('sign in then sign out: the sign-in seen after its click, as a checkpoint, and the sign-out at the end', async () => {
    const j = await verdict(goal, signInPage, out, [
      did({ type: 'fill', ref: 'u', value: 'ada' }, { role: 'textbox', name: 'User' }, signInPage),
      did({ type: 'click', ref: 's' }, { role: 'button', name: 'Sign in' }, typed),
      did({ type: 'click', ref: 'o' }, { role: 'button', name: 'Sign out' }, inside),
    ]);
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join()).toBe('passed');
    expect(j.checkpoints.map((c) => c.until)).toContainEqual({ type: 'text-visible', text: 'ada' });
    expect(j.checkpoints[0]!.entry.target?.name).toBe('Sign in');
  });

  it('trap: a sign-in refused (the form still there after the click) is not made good by a sign-out', async () => {
    const refused = page(
      url,
      [...signInPage.texts, 'Wrong password'],
      [...typed.elements, { ref: 'o', role: 'button', name: 'Sign out' }],
    );
    const j = await verdict(goal, signInPage, out, [
      did({ type: 'fill', ref: 'u', value: 'ada' }, { role: 'textbox', name: 'User' }, signInPage),
      did({ type: 'click', ref: 's' }, { role: 'button', name: 'Sign in' }, typed),
      did({ type: 'click', ref: 'o' }, { role: 'button', name: 'Sign out' }, refused),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('open a dialog and close it: the dialog’s title seen after the opening click; none, no pass', async () => {
    const start = page(
      url,
      ['Q3 report', 'Danger zone'],
      [{ ref: 'd', role: 'button', name: 'Delete account' }],
    );
    const dialog = page(
      url,
      ['Q3 report', 'Danger zone', 'Delete account?'],
      [
        { ref: 'd', role: 'button', name: 'Delete account' },
        { ref: 'g', role: 'dialog', name: 'Delete account?' },
        { ref: 't', role: 'heading', name: 'Delete account?' },
        { ref: 'x', role: 'button', name: 'Close', group: 'Delete account?' },
      ],
    );
    const goalText = 'Open the delete account dialog and close it';
    const steps = (afterOpen: Observation) => [
      did({ type: 'click', ref: 'd' }, { role: 'button', name: 'Delete account' }, start),
      did({ type: 'click', ref: 'x' }, { role: 'button', name: 'Close' }, afterOpen, 'Delete account?'),
    ];
    const j = await verdict(goalText, start, start, steps(dialog));
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join()).toBe('passed');
    expect(j.checkpoints.map((c) => c.until)).toContainEqual({
      type: 'text-visible',
      text: 'Delete account?',
    });
    // Trap: the click opened nothing (a "Close" elsewhere was pressed): no dialog was seen.
    const nothing = page(
      url,
      ['Q3 report', 'Danger zone', 'Close'],
      [
        { ref: 'd', role: 'button', name: 'Delete account' },
        { ref: 'x', role: 'button', name: 'Close' },
      ],
    );
    expect((await verdict(goalText, start, start, steps(nothing))).outcome).not.toBe('passed');
  });
});

describe('a part judged at its own step names what the goal names', () => {
  it('trap: "open the Curie room and close it" is not proven by another room’s details', async () => {
    const start = page(
      url,
      ['Rooms', 'Curie', 'Babbage'],
      [
        { ref: 'c', role: 'button', name: 'Details', context: 'Curie' },
        { ref: 'b', role: 'button', name: 'Details', context: 'Babbage' },
      ],
    );
    const opened = (room: string) =>
      page(
        url,
        ['Rooms', 'Curie', 'Babbage', `${room} room details`],
        [
          ...start.elements,
          { ref: 'g', role: 'dialog', name: `${room} room details` },
          { ref: 'h', role: 'heading', name: `${room} room details` },
          { ref: 'x', role: 'button', name: 'Close', group: `${room} room details` },
        ],
      );
    const goal = 'Open the details of the Curie room and close them';
    const run = (room: string) =>
      verdict(goal, start, start, [
        did({ type: 'click', ref: room === 'Curie' ? 'c' : 'b' }, { role: 'button', name: 'Details' }, start),
        did(
          { type: 'click', ref: 'x' },
          { role: 'button', name: 'Close' },
          opened(room),
          `${room} room details`,
        ),
      ]);
    const wrong = await run('Babbage');
    expect(wrong.outcome).not.toBe('passed');
    const right = await run('Curie');
    expect(right.outcome, [...right.unconfirmed, ...right.problems].join('; ')).toBe('passed');
  });
});

describe('a new value that another item already shows at the start', () => {
  it('trap: "Rename issue 5 to Crash on startup" is not proven by issue 1’s title opened', async () => {
    const rows = [
      {
        ref: 'c1',
        role: 'cell',
        name: 'Crash on startup',
        context: '#1 Crash on startup Open',
        clickable: true,
      },
      {
        ref: 'c5',
        role: 'cell',
        name: 'Crash when saving a draft',
        context: '#5 Crash when saving a draft Open',
      },
    ];
    const texts = ['Issues', '#1', 'Crash on startup', 'Open', '#5', 'Crash when saving a draft', 'Open'];
    const list = page(url, texts, rows);
    // Issue 1's detail panel opens: its title shows in a new text, nothing is renamed.
    const opened = page(url, [...texts, '#1 Crash on startup', 'Title'], rows);
    const j = await verdict('Rename issue 5 to Crash on startup', list, opened, [
      did({ type: 'click', ref: 'c1' }, { role: 'cell', name: 'Crash on startup' }, list),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a form the app emptied after sending it, with a new status about it', () => {
  const form = (name: string, email: string, status?: string) =>
    page(
      url,
      ['Contact us', 'Your name', 'E-mail', ...(status ? [status] : [])],
      [
        { ref: 'n', role: 'textbox', name: 'Your name', value: name },
        { ref: 'm', role: 'textbox', name: 'E-mail', value: email },
        { ref: 's', role: 'button', name: 'Send message', submit: true },
        ...(status ? [{ ref: 't', role: 'status', text: status }] : []),
      ],
    );
  const goal = 'Send a message to support as Ada, ada@example.com';
  const steps = () => [
    did({ type: 'fill', ref: 'n', value: 'Ada' }, { role: 'textbox', name: 'Your name' }, form('', '')),
    did(
      { type: 'fill', ref: 'm', value: 'ada@example.com' },
      { role: 'textbox', name: 'E-mail' },
      form('Ada', ''),
    ),
    did(
      { type: 'click', ref: 's' },
      { role: 'button', name: 'Send message' },
      form('Ada', 'ada@example.com'),
    ),
  ];

  it('emptied and answered "Thanks, Ada! We received your message.": passed', async () => {
    const j = await verdict(
      goal,
      form('', ''),
      form('', '', 'Thanks, Ada! We received your message.'),
      steps(),
    );
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
  });

  it('trap: emptied, with a status about something else, is not sent', async () => {
    const j = await verdict(goal, form('', ''), form('', '', 'Our office is closed on Friday.'), steps());
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: answered, but the fields still hold what was typed (nothing emptied)', async () => {
    const j = await verdict(
      goal,
      form('', ''),
      form('Ada', 'ada@example.com', 'Thanks! We will read your message soon.'),
      steps(),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: emptied, and the "thanks" shows only inside a dialog still open (a preview, not the answer)', async () => {
    const inDialog = { ...form('', '', 'Thanks, Ada! We received your message.') };
    inDialog.dialogTexts = ['Thanks, Ada! We received your message.'];
    const j = await verdict(goal, form('', ''), inDialog, steps());
    expect(j.outcome).not.toBe('passed');
  });
});

describe('dialogs: a pass rests on what outlives the dialog, or on how the goal says to close it', () => {
  const start = page(url, ['Q3 report'], [{ role: 'button', name: 'Share' }]);
  const dialogOpen = (texts: string[]): Observation => ({
    ...page(
      url,
      ['Q3 report', 'Share report', ...texts],
      [
        { role: 'dialog', name: 'Share report' },
        { role: 'textbox', name: 'E-mail', value: 'bob@example.com', group: 'Share report' },
        { role: 'button', name: 'Send invite', group: 'Share report' },
      ],
    ),
    dialogTexts: ['Share report', ...texts],
  });

  it('trap: a summary that shows only inside the dialog still open proves no share', async () => {
    const typed = dialogOpen([]);
    const now = dialogOpen(['bob@example.com will get Commenter access']);
    const j = await verdict('Share the report with bob@example.com as Commenter', start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Share' }, start),
      did({ type: 'fill', ref: 'e2', value: 'bob@example.com' }, { role: 'textbox', name: 'E-mail' }, typed),
    ]);
    expect(j.outcome).not.toBe('passed');
    expect(j.unconfirmed.join(' ')).toMatch(/inside a dialog/);
  });

  it('the same text on the page once the dialog is gone passes', async () => {
    const typed = dialogOpen([]);
    const now = page(url, ['Q3 report', 'bob@example.com (Commenter)'], [{ role: 'listitem', name: '' }]);
    const j = await verdict('Share the report with bob@example.com as Commenter', start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Share' }, start),
      did({ type: 'fill', ref: 'e2', value: 'bob@example.com' }, { role: 'textbox', name: 'E-mail' }, typed),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Send invite' }, typed, 'Share report'),
    ]);
    expect(j.outcome, j.unconfirmed.join('; ')).toBe('passed');
  });

  it('"close it with Escape" wants Escape pressed; a click on Close is another outcome', async () => {
    const home = page(url, ['Q3 report'], [{ role: 'button', name: 'Keyboard shortcuts' }]);
    const open = page(
      url,
      ['Q3 report', 'Keyboard shortcuts'],
      [
        { role: 'button', name: 'Keyboard shortcuts' },
        { role: 'dialog', name: 'Keyboard shortcuts' },
        { role: 'button', name: 'Close', group: 'Keyboard shortcuts' },
      ],
    );
    const goal = 'Open the keyboard shortcuts and close it with Escape';
    const opened = did({ type: 'click', ref: 'e1' }, { role: 'button', name: 'Keyboard shortcuts' }, home);
    const clicked = did(
      { type: 'click', ref: 'e3' },
      { role: 'button', name: 'Close' },
      open,
      'Keyboard shortcuts',
    );
    const wrong = await verdict(goal, home, home, [opened, clicked]);
    expect(wrong.outcome).not.toBe('passed');
    expect(wrong.unconfirmed.join(' ')).toMatch(/close it with Escape/);
    const pressed = did({ type: 'press', value: 'Escape' }, undefined, open);
    const right = await verdict(goal, home, home, [opened, pressed]);
    expect(right.unconfirmed, right.problems.join(' ')).toEqual([]);
    expect(right.outcome).toBe('passed');
  });
});

describe('"close it" of a thing that is no dialog is an action on it', () => {
  const list = page(
    url,
    ['Tickets', '4 Outlook crashes on start'],
    [{ ref: 'r', role: 'link', name: '4 Outlook crashes on start' }],
  );
  const ticket = (status: string, extra: string[] = []) =>
    page(
      url,
      ['#4 Outlook crashes on start', ...extra, `Status: ${status}`],
      [
        { ref: 'h', role: 'heading', name: '#4 Outlook crashes on start', level: 1 },
        ...extra.map((t) => ({ role: 'status', name: '', text: t })),
        {
          ref: 'c',
          role: 'button',
          name: status === 'open' ? 'Close ticket' : 'Reopen ticket',
        },
      ],
    );
  const steps = (after: Observation) =>
    [
      did({ type: 'click', ref: 'r' }, { role: 'link', name: '4 Outlook crashes on start' }, list),
      did({ type: 'click', ref: 'c' }, { role: 'button', name: 'Close ticket' }, ticket('open')),
      after,
    ] as const;

  it('the app’s answer on the ticket’s own page passes both parts', async () => {
    const now = ticket('closed', ['Ticket closed.']);
    const [open, close] = steps(now);
    const j = await verdict('Open ticket 4 and close it', list, now, [open, close]);
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join('; ')).toBe('passed');
    expect(j.assertions).toContainEqual({ type: 'text-visible', text: 'Ticket closed.' });
  });

  it('trap: the same answer on another ticket’s page is not ticket 4 closed', async () => {
    const other = page(
      url,
      ['#5 Printer jam', 'Ticket closed.', 'Status: closed'],
      [
        { ref: 'h', role: 'heading', name: '#5 Printer jam', level: 1 },
        { role: 'status', name: '', text: 'Ticket closed.' },
      ],
    );
    const [open, close] = steps(other);
    const j = await verdict('Open ticket 4 and close it', list, other, [open, close]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a tab the part names, selected by its own click', () => {
  const tabs = (selected: string) =>
    page(
      url,
      ['Linen shirt', selected === 'Shipping' ? 'Ships in 2 days' : 'Soft linen'],
      ['Details', 'Shipping', 'Reviews'].map((name, i) => ({
        ref: `t${i}`,
        role: 'tab',
        name,
        selected: name === selected,
      })),
    );
  it('"show the shipping info": the one Shipping tab, now selected, passes', async () => {
    const start = tabs('Details');
    const now = tabs('Shipping');
    const j = await verdict('Show the shipping info of the linen shirt', start, now, [
      did({ type: 'click', ref: 't1' }, { role: 'tab', name: 'Shipping' }, start),
    ]);
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join('; ')).toBe('passed');
  });
  it('trap: another tab selected by the click is not the shipping info', async () => {
    const start = tabs('Details');
    const now = tabs('Reviews');
    const j = await verdict('Show the shipping info of the linen shirt', start, now, [
      did({ type: 'click', ref: 't2' }, { role: 'tab', name: 'Reviews' }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a query shown back by the search is not what a non-search part asks', () => {
  // The run typed the goal's words into the search box; the app shows the query back.
  const shop = (query: string, cart: string[]) =>
    page(
      url,
      [
        'Pantry shop',
        query ? `0 products for “${query}”` : '12 products',
        `Basket (${cart.length})`,
        ...cart,
      ],
      [
        { ref: 's', role: 'searchbox', name: 'Search products', value: query },
        ...cart.map((item, i) => ({ ref: `b${i}`, role: 'listitem', name: '', text: item })),
      ],
    );
  const typed = (start: Observation, value: string) => [
    did({ type: 'fill', ref: 's', value }, { role: 'searchbox', name: 'Search products' }, start),
    did({ type: 'press', ref: 's', value: 'Enter' }, { role: 'searchbox', name: 'Search products' }, start),
  ];

  for (const goal of ['Put oat milk, two cartons, in my basket', 'Add "oat milk, two cartons" to the basket'])
    it(`trap: "${goal}" is not proven by “oat milk, two cartons” echoed as a search`, async () => {
      const start = shop('', []);
      const j = await verdict(
        goal,
        start,
        shop('oat milk, two cartons', []),
        typed(start, 'oat milk, two cartons'),
      );
      expect(j.outcome).not.toBe('passed');
    });

  it('honest twin: the searched item then put in the basket is a new item, evidence as before', async () => {
    const start = shop('', []);
    const j = await verdict('Add "oat milk" to the basket', start, shop('oat milk', ['oat milk']), [
      ...typed(start, 'oat milk'),
      did({ type: 'click', ref: 'x' }, { role: 'button', name: 'Add to basket' }, start),
    ]);
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join('; ')).toBe('passed');
  });
});

describe('a text the run typed is no proof for a part that does not ask to type it', () => {
  // A chores list with an entry box that adds what is typed: the run typed the goal's words there and
  // pressed Enter, so they show as a new row. That proves a row was added, not a state changed.
  const chores = (rows: string[], done: string[]) =>
    page(
      url,
      ['Chores', ...rows],
      [
        { ref: 'n', role: 'textbox', name: 'New chore', value: '' },
        ...rows.flatMap((row, i) => [
          { ref: `r${i}`, role: 'listitem', name: '', text: row },
          { ref: `c${i}`, role: 'checkbox', name: `Done: ${row}`, checked: done.includes(row) },
        ]),
      ],
    );
  const typedAsNew = (start: Observation, value: string) => [
    did({ type: 'fill', ref: 'n', value }, { role: 'textbox', name: 'New chore' }, start),
    did({ type: 'press', ref: 'n', value: 'Enter' }, { role: 'textbox', name: 'New chore' }, start),
  ];
  const start = chores(
    ['Water plants', 'Pick up parcel', 'Choose paint'],
    ['Water plants', 'Pick up parcel', 'Choose paint'],
  );

  // The goal was once read with "Water" as its verb (a fill), so the run's typing looked asked
  // for; the statement before the colon is context (goal/statement.ts).
  it('a statement before a colon is context, not the instruction', async () => {
    const now = chores(['Water plants', 'Pick up parcel', 'Choose paint', 'back to open'], ['Water plants']);
    const j = await verdict(
      'Water plants was ticked by mistake: set it back to open',
      start,
      now,
      typedAsNew(start, 'back to open'),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('honest twin: unticking the row the statement names proves "untick it"', async () => {
    const now = chores(
      ['Water plants', 'Pick up parcel', 'Choose paint'],
      ['Pick up parcel', 'Choose paint'],
    );
    const j = await verdict('Water plants was ticked by mistake: untick it', start, now, [
      did({ type: 'uncheck', ref: 'c0' }, { role: 'checkbox', name: 'Done: Water plants' }, start),
    ]);
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join('; ')).toBe('passed');
  });

  for (const [goal, typed] of [
    ['Pick up parcel is not actually done: mark it as open again', 'open again'],
    ['Choose paint is not done: mark it as to do again', 'to do again'],
    ['Uncheck "Water plants" so it reads not started', 'not started'],
  ] as const)
    it(`trap: "${goal}" is not proven by “${typed}” added as a row by the run's own typing`, async () => {
      const now = chores(
        ['Water plants', 'Pick up parcel', 'Choose paint', typed],
        ['Water plants', 'Pick up parcel', 'Choose paint'],
      );
      const j = await verdict(goal, start, now, typedAsNew(start, typed));
      expect(j.outcome).not.toBe('passed');
    });

  it('honest twin: "add a chore called Mop floor" is proven by the row the typing added', async () => {
    const now = chores(
      ['Water plants', 'Pick up parcel', 'Choose paint', 'Mop floor'],
      ['Water plants', 'Pick up parcel', 'Choose paint'],
    );
    const j = await verdict('Add a chore called Mop floor', start, now, typedAsNew(start, 'Mop floor'));
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join('; ')).toBe('passed');
  });
});

describe('a toggle named like the value is not the item the part names', () => {
  // A filter bar of pressable chips named by tag, and cards that carry tags: pressing the
  // "Blocked" chip filters the board, it does not give a card the Blocked tag.
  // Pressed, the chip filters the board: no card has the tag, so none shows.
  const board = (blockedPressed: boolean) =>
    page(
      url,
      blockedPressed
        ? ['Sprint board', 'Filter:', 'No cards match']
        : ['Sprint board', 'Filter:', 'Draft quarterly report', 'Finance', 'Renew TLS certificate', 'Ops'],
      [
        {
          ref: 'f1',
          role: 'button',
          name: 'Blocked',
          pressed: blockedPressed,
          context: 'Filter: Blocked Finance Ops',
        },
        {
          ref: 'f2',
          role: 'button',
          name: 'Finance',
          pressed: false,
          context: 'Filter: Blocked Finance Ops',
        },
        // Cards: role-less clickable divs whose words are their text, not an accessible name.
        ...(blockedPressed
          ? []
          : [
              {
                ref: 'c1',
                role: 'generic',
                name: '',
                clickable: true,
                text: 'Draft quarterly report Finance',
              },
              { ref: 'c2', role: 'generic', name: '', clickable: true, text: 'Renew TLS certificate Ops' },
            ]),
      ],
    );
  const pressBlocked = (start: Observation) =>
    did({ type: 'click', ref: 'f1' }, { role: 'button', name: 'Blocked' }, start);

  for (const goal of [
    'I want the quarterly report card to carry the Blocked tag',
    'Tag the draft quarterly report as Blocked',
    'Put the Blocked label on the quarterly report',
  ])
    it(`trap: "${goal}" is not served by the Blocked filter chip now pressed`, async () => {
      const start = board(false);
      const j = await verdict(goal, start, board(true), [pressBlocked(start)]);
      expect(j.outcome).not.toBe('passed');
    });

  for (const goal of ['Press the Blocked chip', 'Click the Blocked filter'])
    it(`honest twin: "${goal}" is served by that chip now pressed`, async () => {
      const start = board(false);
      const j = await verdict(goal, start, board(true), [pressBlocked(start)]);
      expect(j.outcome, [...j.unconfirmed, ...j.problems].join('; ')).toBe('passed');
    });
});

describe('a removal is judged on the text of the row removed', () => {
  it('a label every row shows ("Room") is no item to be gone; the named row’s text is', async () => {
    const row = (name: string) => ({
      role: 'listitem',
      name: '',
      text: `Room ${name} 18 Dec Cancel booking`,
    });
    const start = page(
      url,
      ['My bookings', 'Room', 'Curie', 'Room', 'Babbage'],
      [
        row('Curie'),
        row('Babbage'),
        { ref: 'c', role: 'button', name: 'Cancel booking', context: 'Room Curie' },
      ],
    );
    const now = page(url, ['My bookings', 'Room', 'Babbage', 'Booking cancelled.'], [row('Babbage')]);
    const j = await verdict('Cancel my booking for the Curie room', start, now, [
      did({ type: 'click', ref: 'c' }, { role: 'button', name: 'Cancel booking' }, start),
    ]);
    expect(j.problems).toEqual([]);
    expect(j.assertions).not.toContainEqual({ type: 'text-hidden', text: 'Room' });
    expect(j.assertions).toContainEqual({ type: 'text-hidden', text: 'Curie' });
  });
});

// States no message shows: a column's order, the pager's current entry, a status word in the named
// row. Each rule is proven on paraphrases of the goal that motivated it and refused on its trap.
describe('states the page shows only in the state itself', () => {
  /** A table of orders: header row, then one row per order with its cells, as observe lists them. */
  const table = (orders: [string, string, string][], totalHeader = 'Total') =>
    page(
      url,
      ['Orders', ...orders.flat()],
      [
        { role: 'heading', name: 'Orders' },
        { role: 'row', text: `Order # Customer ${totalHeader}` },
        { role: 'columnheader', name: 'Order #' },
        { role: 'columnheader', name: 'Customer' },
        { role: 'columnheader', name: totalHeader, clickable: true },
        ...orders.flatMap(([id, customer, total]) => [
          { role: 'row', text: `${id} ${customer} ${total}` },
          { role: 'cell', name: id, context: `${id} ${customer} ${total}` },
          { role: 'cell', name: customer, context: `${id} ${customer} ${total}` },
          { role: 'cell', name: total, context: `${id} ${customer} ${total}` },
        ]),
      ],
    );
  const unsorted: [string, string, string][] = [
    ['1001', 'Olivia Brown', '$19.50'],
    ['1002', 'Liam Smith', '$245.75'],
    ['1003', 'Emma Johnson', '$72.50'],
  ];
  const byTotal = (sign: number) =>
    [...unsorted].sort((a, b) => sign * (Number(a[2].slice(1)) - Number(b[2].slice(1))));
  const clickTotal = (start: Observation) =>
    did({ type: 'click', ref: 'e5' }, { role: 'columnheader', name: 'Total' }, start);

  it('a sort asked highest first passes on the rows in that order, with a state the replay reads', async () => {
    const start = table(unsorted);
    const now = table(byTotal(-1), 'Total ▼');
    for (const goal of [
      'Sort the orders by total, highest first',
      'Order the table by total from high to low',
      'sort by Total in descending order',
    ]) {
      const j = await verdict(goal, start, now, [clickTotal(start)]);
      expect(j.outcome, `${goal}: ${j.unconfirmed.join()}`).toBe('passed');
      expect(j.assertions).toContainEqual(
        expect.objectContaining({ type: 'state', state: 'descending', value: true }),
      );
    }
    const up = await verdict('Sort the orders by total, lowest first', start, table(byTotal(1), 'Total ▲'), [
      clickTotal(start),
    ]);
    expect(up.outcome, up.unconfirmed.join()).toBe('passed');
  });

  it('trap: an arrow on the header over rows left as they were, or sorted the other way, is no sort', async () => {
    const start = table(unsorted);
    const goal = 'Sort the orders by total, highest first';
    // The header says ▼, the rows did not move.
    expect((await verdict(goal, start, table(unsorted, 'Total ▼'), [clickTotal(start)])).outcome).not.toBe(
      'passed',
    );
    // Sorted, but lowest first.
    expect((await verdict(goal, start, table(byTotal(1), 'Total ▼'), [clickTotal(start)])).outcome).not.toBe(
      'passed',
    );
    // Already in that order before the click: the click proves nothing.
    const sortedStart = table(byTotal(-1));
    expect(
      (await verdict(goal, sortedStart, table(byTotal(-1), 'Total ▼'), [clickTotal(sortedStart)])).outcome,
    ).not.toBe('passed');
  });

  it('"the next page", "the second page", "page 2": the pager’s current number moved there', async () => {
    const pager = (current: number) => [
      { ref: 'prev', role: 'link', name: '‹ Previous' },
      ...[1, 2, 3].map((n) => ({ ref: `p${n}`, role: 'link', name: String(n), current: n === current })),
      { ref: 'next', role: 'link', name: 'Next ›' },
    ];
    const start = page(url, ['Contacts', 'Ada'], pager(1));
    const onTwo = page(url, ['Contacts', 'Grace'], pager(2));
    const next = [did({ type: 'click', ref: 'next' }, { role: 'link', name: 'Next ›' }, start)];
    for (const goal of ['Go to the next page', 'Show the second page of contacts', 'open page 2']) {
      const j = await verdict(goal, start, onTwo, next);
      expect(j.outcome, `${goal}: ${j.unconfirmed.join()}`).toBe('passed');
      expect(j.assertions).toContainEqual(expect.objectContaining({ type: 'state', state: 'current' }));
    }
    // Trap: the pager jumped to page 3 (the last), not the next one.
    expect(
      (await verdict('Go to the next page', start, page(url, ['Contacts', 'Linus'], pager(3)), next)).outcome,
    ).not.toBe('passed');
    // Trap: the click changed the rows but the pager still says page 1.
    expect(
      (await verdict('Go to the next page', start, page(url, ['Contacts', 'Grace'], pager(1)), next)).outcome,
    ).not.toBe('passed');
  });

  /** Bookings as table rows: room, date, status, and the row's own control. */
  const bookings = (curie: string, babbage = 'Confirmed') =>
    page(
      url,
      ['My bookings', 'Curie', '18 Dec 2026', curie, 'Babbage', '16 Dec 2026', babbage],
      [
        { role: 'heading', name: 'My bookings' },
        { role: 'row', text: `Curie 18 Dec 2026 ${curie} Cancel booking` },
        { role: 'cell', name: 'Curie' },
        { role: 'cell', name: curie },
        { ref: 'c1', role: 'button', name: 'Cancel booking', context: `Curie 18 Dec 2026 ${curie}` },
        { role: 'row', text: `Babbage 16 Dec 2026 ${babbage} Cancel booking` },
        { role: 'cell', name: 'Babbage' },
        { role: 'cell', name: babbage },
        { ref: 'c2', role: 'button', name: 'Cancel booking', context: `Babbage 16 Dec 2026 ${babbage}` },
      ],
    );
  const cancelCurie = (start: Observation) =>
    did({ type: 'click', ref: 'c1' }, { role: 'button', name: 'Cancel booking' }, start);

  it('a cancel the app keeps as a row marked cancelled passes on that row’s new status', async () => {
    const start = bookings('Confirmed');
    const now = bookings('Cancelled');
    for (const goal of [
      'Cancel my booking for the Curie room',
      'cancel the Curie booking',
      "Call off my reservation of the 'Curie' room",
    ]) {
      const j = await verdict(goal, start, now, [cancelCurie(start)]);
      expect(j.outcome, `${goal}: ${[...j.problems, ...j.unconfirmed].join()}`).toBe('passed');
      expect(j.assertions).toContainEqual({
        type: 'element-visible',
        locator: { text: 'Cancelled', within: { role: 'row', hasText: 'Curie' } },
      });
    }
  });

  it('trap: another row marked, or a status only on its way, is no cancel of the named one', async () => {
    const start = bookings('Confirmed');
    const goal = 'Cancel my booking for the Curie room';
    expect(
      (await verdict(goal, start, bookings('Confirmed', 'Cancelled'), [cancelCurie(start)])).outcome,
    ).not.toBe('passed');
    expect(
      (await verdict(goal, start, bookings('Cancellation requested'), [cancelCurie(start)])).outcome,
    ).not.toBe('passed');
    expect((await verdict(goal, start, bookings('Cancelling…'), [cancelCurie(start)])).outcome).not.toBe(
      'passed',
    );
    // A toast that says so, the row unchanged: the toast alone ties nothing to the Curie booking.
    const toast = bookings('Confirmed');
    toast.texts.push('Booking cancelled');
    toast.elements.push({ ref: 't1', role: 'status', name: '', text: 'Booking cancelled' });
    expect((await verdict(goal, start, toast, [cancelCurie(start)])).outcome).not.toBe('passed');
  });

  it('"mark order 1007 as shipped": the order’s row shows the state; another order’s does not count', async () => {
    const orders = (s1006: string, s1007: string) =>
      page(
        url,
        ['Orders', '1006', s1006, '1007', s1007],
        [
          { role: 'row', text: `1006 Elijah Garcia ${s1006} ⋯` },
          {
            ref: 'm6',
            role: 'button',
            name: 'Actions for order 1006',
            context: `1006 Elijah Garcia ${s1006}`,
          },
          { role: 'row', text: `1007 Sophia Miller ${s1007} ⋯` },
          {
            ref: 'm7',
            role: 'button',
            name: 'Actions for order 1007',
            context: `1007 Sophia Miller ${s1007}`,
          },
        ],
      );
    const start = orders('pending', 'pending');
    // The row's menu opens inside the row: its "Mark as shipped" is in the row's text then.
    const menu = page(
      url,
      [...start.texts, 'Mark as shipped'],
      [
        ...start.elements.map((e) =>
          e.role === 'row' && e.text?.startsWith('1007')
            ? { ...e, text: `${e.text} Mark as shipped Refund` }
            : e,
        ),
        { ref: 'i1', role: 'menuitem', name: 'Mark as shipped' },
        { ref: 'i2', role: 'menuitem', name: 'Refund' },
      ],
    );
    const steps = [
      did({ type: 'click', ref: 'm7' }, { role: 'button', name: 'Actions for order 1007' }, start),
      did({ type: 'click', ref: 'i1' }, { role: 'menuitem', name: 'Mark as shipped' }, menu),
    ];
    for (const goal of [
      'Mark order 1007 as shipped',
      'Set order 1007 to shipped',
      'Flag order 1007 as shipped',
    ]) {
      const j = await verdict(goal, start, orders('pending', 'shipped'), steps);
      expect(j.outcome, `${goal}: ${[...j.problems, ...j.unconfirmed].join()}`).toBe('passed');
    }
    expect(
      (await verdict('Mark order 1007 as shipped', start, orders('shipped', 'pending'), steps)).outcome,
    ).not.toBe('passed');
    expect(
      (await verdict('Mark order 1007 as shipped', start, orders('pending', 'not shipped'), steps)).outcome,
    ).not.toBe('passed');
  });
});

describe('the column order the checker reads on past pages is the one replay reads in the page', () => {
  it('sortedAs and elementState share one body, and read numbers, dates and words', () => {
    const squash = (f: { toString(): string }) => {
      const text = f.toString();
      return text.slice(text.indexOf('{')).replace(/\s+/g, '');
    };
    expect(squash(elementState)).toContain(squash(sortedAs));
    expect(sortedAs(['$245.75', '$72.50', '$19.50'], 'descending')).toBe(true);
    expect(sortedAs(['$245.75', '$72.50', '$19.50'], 'ascending')).toBe(false);
    expect(sortedAs(['2026-11-01', '2026-11-08', '2026-12-01'], 'ascending')).toBe(true);
    expect(sortedAs(['Ada', 'ada', 'Ada'], 'ascending')).toBe(false);
    expect(sortedAs(['Zoe Martin', 'Liam Smith', 'Ava Jones'], 'descending')).toBe(true);
  });
});

describe('a switch of the whole document (a theme) is read on the document', () => {
  const settings = (marks: string[], texts: string[] = []) => ({
    ...page(
      url,
      ['Notes', 'Theme', ...texts],
      [
        { ref: 'm1', role: 'menuitemradio', name: 'Light' },
        { ref: 'm2', role: 'menuitemradio', name: 'Dark' },
        { ref: 'c1', role: 'checkbox', name: 'Compact cards' },
      ],
    ),
    marks,
  });
  const pickDark = (start: Observation) =>
    did({ type: 'click', ref: 'm2' }, { role: 'menuitemradio', name: 'Dark' }, start);

  it('"switch to the dark theme" passes on a body or html mark the click added, asserted by its selector', async () => {
    const start = settings(['body.noprev']);
    for (const [goal, marks] of [
      ['Switch to the dark theme', ['body.dark', 'body.noprev']],
      ['Use dark mode', ['body.noprev', 'html[data-theme="dark"]']],
      ['change the colour scheme to Dark', ['body.theme-dark', 'body.noprev']],
    ] as const) {
      const j = await verdict(goal, start, settings([...marks]), [pickDark(start)]);
      expect(j.outcome, `${goal}: ${[...j.problems, ...j.unconfirmed].join()}`).toBe('passed');
      expect(j.assertions.some((a) => a.type === 'element-visible' && /dark/.test(a.locator.css ?? ''))).toBe(
        true,
      );
    }
    const off = await verdict('Turn off compact cards', settings(['body.compact']), settings([]), [
      did(
        { type: 'uncheck', ref: 'c1' },
        { role: 'checkbox', name: 'Compact cards' },
        settings(['body.compact']),
      ),
    ]);
    expect(off.assertions).toContainEqual({ type: 'element-hidden', locator: { css: 'body.compact' } });
  });

  it('trap: a banner saying the dark theme is on, a mark about something else, or one there before, is no switch', async () => {
    const start = settings(['body.noprev']);
    const goal = 'Switch to the dark theme';
    // The banner was there from the start; the click changed nothing on the document.
    const withBanner = settings(['body.noprev'], ['Dark theme enabled for everyone ✓']);
    expect((await verdict(goal, withBanner, withBanner, [pickDark(withBanner)])).outcome).not.toBe('passed');
    const menuOpen = settings(['body.noprev', 'body.menu-open']);
    expect((await verdict(goal, start, menuOpen, [pickDark(start)])).outcome).not.toBe('passed');
    const already = settings(['body.dark']);
    expect((await verdict(goal, already, settings(['body.dark']), [pickDark(already)])).outcome).not.toBe(
      'passed',
    );
  });
});

describe('a toggle that shows its state is its own evidence', () => {
  const menu = (dark: boolean, said: string[] = []) =>
    page(
      url,
      ['Notes', 'Light', 'Dark', ...said],
      [
        { ref: 'm1', role: 'menuitemradio', name: 'Light', checked: !dark },
        { ref: 'm2', role: 'menuitemradio', name: 'Dark', checked: dark },
        ...said.map((text, i) => ({ ref: `s${i}`, role: 'status', text })),
      ],
    );
  const pick = (start: Observation) =>
    did({ type: 'click', ref: 'm2' }, { role: 'menuitemradio', name: 'Dark' }, start);

  it('trap: "Theme: Dark" said while the Dark item stays unchecked is no switch, however the goal says it', async () => {
    const start = menu(false);
    for (const goal of ['Switch to the dark theme', 'Choose the Dark theme', 'make the notes dark']) {
      const j = await verdict(goal, start, menu(false, ['Theme: Dark']), [pick(start)]);
      expect(j.outcome, goal).not.toBe('passed');
    }
  });

  it('the item checked now passes, with the item’s own state asserted', async () => {
    const start = menu(false);
    const j = await verdict('Switch to the dark theme', start, menu(true, ['Theme: Dark']), [pick(start)]);
    expect(j.outcome, [...j.problems, ...j.unconfirmed].join()).toBe('passed');
  });
});

describe('rows an action took off a list', () => {
  const list = (ids: string[], ticked: string[] = []) =>
    page(
      url,
      ['Orders', ...ids],
      [
        { ref: 'a1', role: 'button', name: 'Archive selected' },
        ...ids.flatMap((id) => [
          { role: 'row', text: `${id} Customer ${id} pending` },
          { role: 'cell', name: id, context: `${id} Customer ${id} pending` },
          {
            ref: `c${id}`,
            role: 'checkbox',
            name: `Select order ${id}`,
            checked: ticked.includes(id),
            context: `${id} Customer ${id} pending`,
          },
        ]),
      ],
    );
  const run = (start: Observation) => {
    const one = list(['1001', '1002', '1003'], ['1001']);
    const both = list(['1001', '1002', '1003'], ['1001', '1003']);
    return [
      did({ type: 'check', ref: 'c1001' }, { role: 'checkbox', name: 'Select order 1001' }, start),
      did({ type: 'check', ref: 'c1003' }, { role: 'checkbox', name: 'Select order 1003' }, one),
      did({ type: 'click', ref: 'a1' }, { role: 'button', name: 'Archive selected' }, both),
    ];
  };

  it('"archive them" passes when the named rows left the list and the list stayed', async () => {
    const start = list(['1001', '1002', '1003']);
    for (const goal of [
      'Select orders 1001 and 1003 and archive them',
      'Archive orders 1001 and 1003',
      'Pick orders 1001 and 1003, then archive them',
    ]) {
      const j = await verdict(goal, start, list(['1002']), run(start));
      expect(j.outcome, `${goal}: ${[...j.problems, ...j.unconfirmed].join()}`).toBe('passed');
      expect(j.assertions).toContainEqual({ type: 'text-hidden', text: '1003' });
    }
  });

  it('trap: one named row still there, or the list itself gone, is no archive', async () => {
    const start = list(['1001', '1002', '1003']);
    const goal = 'Select orders 1001 and 1003 and archive them';
    expect((await verdict(goal, start, list(['1002', '1003']), run(start))).outcome).not.toBe('passed');
    // Every row gone: an empty page (an error screen, a reload) proves no archive.
    expect((await verdict(goal, start, list([]), run(start))).outcome).not.toBe('passed');
  });
});

// Was a false pass (tuning app vault): a run that only signed in passed "… and turn off the weekly
// summary emails", the part "carried by the parts after it" when its only related action was typing
// into the sign-in's "Username or email" field and the only part confirmed after was the sign-in
// itself, which comes before it. A part is carried by a later part of the goal, never an earlier one.
// A form that makes a thing and then opens the thing's own page (no list shown): its title as the
// page's new heading, the form gone, is the new item. Traps: the heading beside the form still open
// (a live preview), a heading that was there before, an error beside it.
describe('an add whose form opened the new item’s own page', () => {
  const list = page(
    url,
    ['Projects', 'Roof repair', 'New project'],
    [
      { role: 'heading', name: 'Projects' },
      { role: 'link', name: 'Roof repair' },
      { role: 'button', name: 'New project' },
    ],
  );
  const form = (extra: Partial<ObservedElement>[] = [], texts: string[] = []) =>
    page(
      url,
      ['New project', 'Name', 'Create project', ...texts],
      [
        { role: 'heading', name: 'New project' },
        { role: 'textbox', name: 'Name' },
        { role: 'button', name: 'Create project', submit: true },
        ...extra,
      ],
    );
  const steps = (before = form()): [HistoryEntry, Observation][] => [
    did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'New project' }, list),
    did({ type: 'fill', ref: 'e2', value: 'Garden plan' }, { role: 'textbox', name: 'Name' }, before),
    did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Create project' }, before),
  ];
  const made = page(
    url,
    ['Project created.', 'Garden plan', 'Owner: you'],
    [
      { role: 'status', name: 'Project created.' },
      { role: 'heading', name: 'Garden plan' },
      { role: 'button', name: 'Rename' },
    ],
  );
  it.each(['Create a project called Garden plan', "Add a new project named 'Garden plan'"])(
    '%s: passed',
    async (goal) => {
      const j = await verdict(goal, list, made, steps());
      expect(j.outcome, j.unconfirmed.join()).toBe('passed');
    },
  );
  it('trap: the heading beside the form still open (a live preview)', async () => {
    const preview = form([{ role: 'heading', name: 'Garden plan' }], ['Garden plan']);
    const j = await verdict('Create a project called Garden plan', list, preview, steps());
    expect(j.outcome).not.toBe('passed');
  });
  it('trap: a heading that was on the page before the form was sent', async () => {
    const before = form([{ role: 'heading', name: 'Garden plan' }], ['Garden plan']);
    const j = await verdict('Create a project called Garden plan', list, made, steps(before));
    expect(j.outcome).not.toBe('passed');
  });
  it('trap: an error beside the heading', async () => {
    const refused = page(
      url,
      ['Garden plan', 'Could not create the project: the name is taken.'],
      [
        { role: 'heading', name: 'Garden plan' },
        { role: 'alert', name: 'Could not create the project: the name is taken.' },
      ],
    );
    const j = await verdict('Create a project called Garden plan', list, refused, steps());
    expect(j.outcome).not.toBe('passed');
  });
});

// A box ticked in a settings form, the form's button never pressed: the page shows the box as
// wanted, but the app kept nothing. The button may sit outside the box's own group (a fieldset).
describe('a setting changed in a form never sent', () => {
  const prefs = (checked: boolean, saved = false) =>
    page(
      url,
      ['Preferences', ...(saved ? ['Saved.'] : [])],
      [
        { role: 'textbox', name: 'Nickname', value: 'ann' },
        { role: 'checkbox', name: 'Monthly digest', checked, group: 'Emails' },
        { role: 'combobox', name: 'Language', value: 'English', group: 'Emails' },
        { role: 'button', name: 'Save preferences', submit: true },
        ...(saved ? [{ role: 'status', name: 'Saved.' }] : []),
      ],
    );
  it.each(['Switch off the monthly digest', 'Untick Monthly digest in my preferences'])(
    'trap: %s, never saved',
    async (goal) => {
      const j = await verdict(goal, prefs(true), prefs(false), [
        did({ type: 'uncheck', ref: 'e2' }, { role: 'checkbox', name: 'Monthly digest' }, prefs(true)),
      ]);
      expect(j.outcome).not.toBe('passed');
    },
  );
  it('passed once the form is sent', async () => {
    const j = await verdict('Switch off the monthly digest', prefs(true), prefs(false, true), [
      did({ type: 'uncheck', ref: 'e2' }, { role: 'checkbox', name: 'Monthly digest' }, prefs(true)),
      did({ type: 'click', ref: 'e4' }, { role: 'button', name: 'Save preferences' }, prefs(false)),
    ]);
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join()).toBe('passed');
  });
  it('a filter box with no form button after it applies at once: passed', async () => {
    const list = (checked: boolean) =>
      page(
        url,
        ['Orders', ...(checked ? ['2 open orders'] : ['5 orders'])],
        [{ role: 'checkbox', name: 'Open orders only', checked }],
      );
    const j = await verdict('Tick Open orders only', list(false), list(true), [
      did({ type: 'check', ref: 'e1' }, { role: 'checkbox', name: 'Open orders only' }, list(false)),
    ]);
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join()).toBe('passed');
  });
});

// A settings page with a change-password form of its own: its password fields are not the sign-in
// form still there. The sign-in led to a page without any, and the fields it typed into are gone.
describe('a sign-in followed by a page with password fields of its own', () => {
  const gate = page(
    url,
    ['Sign in', 'Email', 'Password'],
    [
      { role: 'textbox', name: 'Email' },
      { role: 'textbox', name: 'Password', password: true },
      { role: 'button', name: 'Sign in', submit: true },
    ],
  );
  const home = page(url, ['Home', 'Welcome back'], [{ role: 'link', name: 'Preferences' }]);
  const prefs = (checked: boolean, saved = false) =>
    page(
      url,
      ['Preferences', ...(saved ? ['Saved.'] : []), 'Old password', 'Choose a new password'],
      [
        { role: 'checkbox', name: 'Monthly digest', checked },
        { role: 'button', name: 'Save' },
        ...(saved ? [{ role: 'status', name: 'Saved.' }] : []),
        { role: 'textbox', name: 'Old password', password: true },
        { role: 'textbox', name: 'Choose a new password', password: true },
        { role: 'button', name: 'Update password' },
      ],
    );
  const steps = (after: Observation): [HistoryEntry, Observation][] => [
    did({ type: 'fill', ref: 'e1', value: 'ann@example.test' }, { role: 'textbox', name: 'Email' }, gate),
    did({ type: 'fill', ref: 'e2', value: 'pw-12345' }, { role: 'textbox', name: 'Password' }, gate),
    did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Sign in' }, gate),
    did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Preferences' }, after),
    did({ type: 'uncheck', ref: 'e1' }, { role: 'checkbox', name: 'Monthly digest' }, prefs(true)),
    did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Save' }, prefs(false)),
  ];
  it.each([
    'Log in as ann@example.test / pw-12345 and switch off the monthly digest',
    'Sign in as ann@example.test with password pw-12345, then untick Monthly digest and save',
  ])('%s: passed', async (goal) => {
    const j = await verdict(goal, gate, prefs(false, true), steps(home));
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join()).toBe('passed');
  });
  it('trap: the sign-in led to a page asking for a new password (not signed in yet)', async () => {
    const expired = page(
      url,
      ['Your password expired', 'Old password', 'Choose a new password'],
      [
        { role: 'textbox', name: 'Old password', password: true },
        { role: 'textbox', name: 'Choose a new password', password: true },
        { role: 'link', name: 'Preferences' },
      ],
    );
    const j = await verdict(
      'Log in as ann@example.test / pw-12345 and switch off the monthly digest',
      gate,
      prefs(false),
      steps(expired),
    );
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a part is not carried by the sign-in that came before it', () => {
  const gate = page(
    url,
    ['Sign in', 'Email', 'Password'],
    [
      { role: 'textbox', name: 'Email' },
      { role: 'textbox', name: 'Password', password: true },
      { role: 'button', name: 'Sign in', submit: true },
    ],
  );
  const home = page(url, ['Home', 'Welcome back', 'Settings'], [{ role: 'link', name: 'Settings' }]);
  const signIn = (): [HistoryEntry, Observation][] => [
    did({ type: 'fill', ref: 'e1', value: 'ann@example.test' }, { role: 'textbox', name: 'Email' }, gate),
    did({ type: 'fill', ref: 'e2', value: 'pw-12345' }, { role: 'textbox', name: 'Password' }, gate),
    did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Sign in' }, gate),
  ];
  it.each([
    'Log on as ann@example.test, password pw-12345, and turn off the weekly summary emails',
    'Sign in as ann@example.test with password pw-12345, then switch off email alerts',
    'Log in as ann@example.test / pw-12345 and tick the box for marketing emails',
    'Sign in as ann@example.test / pw-12345 and choose Plain text emails',
  ])('%s: only the sign-in was done', async (goal) => {
    const judged = await verdict(goal, gate, home, signIn());
    expect(judged.outcome).not.toBe('passed');
  });
});

describe('the checker after a sign-in the run made on the way', () => {
  // The run started at a sign-in form; what the app listed right after signing in was not made by
  // the goal's other parts.
  const gate = page(
    url,
    ['Members only', 'Login', 'Password'],
    [
      { role: 'textbox', name: 'Login' },
      { role: 'textbox', name: 'Password', password: true },
      { role: 'button', name: 'Enter', submit: true },
    ],
  );
  const list = page(
    url,
    ['Jobs', 'No.', 'Job', 'Worker', '1', 'Fix roof', 'Bo Chen', '2', 'Paint fence', 'Unassigned'],
    [
      { role: 'row', text: '1 Fix roof Bo Chen' },
      { role: 'row', text: '2 Paint fence Unassigned' },
    ],
  );
  const signIn = (): [HistoryEntry, Observation][] => [
    did({ type: 'fill', ref: 'e1', value: 'guest' }, { role: 'textbox', name: 'Login' }, gate),
    did({ type: 'fill', ref: 'e2', value: 'x' }, { role: 'textbox', name: 'Password' }, gate),
    did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Enter' }, gate),
  ];

  // Opened the other job, then went back to the list: "Bo Chen" shows again, as it did at first.
  const backToList = (): [HistoryEntry, Observation][] => {
    const detail = page(url, ['Paint fence', 'Worker: Unassigned'], [{ role: 'link', name: 'Jobs' }]);
    return [
      ...signIn(),
      did({ type: 'click', ref: 'e9' }, { role: 'link', name: 'Paint fence' }, list),
      did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Jobs' }, detail),
    ];
  };
  // Was a known false pass: "give … to" read as a submit, whose evidence took a name re-shown by
  // going back to the list as new. "Give X to Y" now reads as handing X to Y (a value to pick, as
  // "assign"), whose evidence needs a field holding Y or Y shown more often than at the start.
  it('a re-shown name does not prove "give the fence job to Bo Chen" (nor "hand it over to")', async () => {
    for (const goal of ['give the fence job to Bo Chen', 'Hand the paint fence job over to Bo Chen']) {
      const judged = await verdict(goal, gate, list, backToList());
      expect(judged.outcome, goal).not.toBe('passed');
    }
  });

  it.each(['Assign the paint fence job to Bo Chen', 'assign Bo Chen to the paint fence job'])(
    'a name listed from the first, in another row, does not prove "%s"',
    async (goal) => {
      const judged = await verdict(goal, gate, list, backToList());
      expect(judged.outcome).not.toBe('passed');
    },
  );

  it('a bare number on the page the sign-in led to proves no "check in job 2"', async () => {
    const judged = await verdict('Log on as guest / x, then check in job 2', gate, list, signIn());
    expect(judged.outcome).not.toBe('passed');
  });
});

describe('a setting the goal asks for, worded like an error ("Required", "Locked"), is the outcome, not a refusal', () => {
  // A settings row whose value the run changed through a "Change" button and a confirm.
  const settings = (value: string, extra: Partial<ObservedElement>[] = []) =>
    page(
      url,
      ['Security', 'Two-factor authentication', value, ...extra.map((e) => e.text ?? '')],
      [
        { ref: 'h', role: 'heading', name: 'Security' },
        { ref: 'c', role: 'button', name: 'Change' },
        { ref: 's', role: 'button', name: 'Save' },
        ...extra,
      ],
    );
  const steps = (start: Observation) => [
    did({ type: 'click', ref: 'c' }, { role: 'button', name: 'Change' }, start),
    did({ type: 'click', ref: 's' }, { role: 'button', name: 'Save' }, start),
  ];
  const judged = (goal: string, before: string, after: Observation) =>
    verdict(goal, settings(before), after, steps(settings(before)));

  it('"Require two-factor authentication for everyone" → "Required for everyone": no error', async () => {
    const start = settings('Optional');
    const chooser = settings('Optional', [{ ref: 'r', role: 'radio', name: 'Required for everyone' }]);
    const j = await verdict(
      'Require two-factor authentication for everyone',
      start,
      settings('Required for everyone'),
      [
        did({ type: 'click', ref: 'c' }, { role: 'button', name: 'Change' }, start),
        did({ type: 'check', ref: 'r' }, { role: 'radio', name: 'Required for everyone' }, chooser),
        did({ type: 'click', ref: 's' }, { role: 'button', name: 'Save' }, chooser),
      ],
    );
    expect(j.problems.join(' ')).not.toMatch(/error/);
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
    expect(j.assertions).toContainEqual({ type: 'text-visible', text: 'Required for everyone' });
  });

  it('paraphrases: another verb and word order, another app’s word ("Lock the board", "Make sign-in blocked")', async () => {
    for (const [goal, shown] of [
      ['For everyone, require two-factor sign-in', 'Two-factor sign-in: required for everyone'],
      ['Lock the Roadmap board', 'Roadmap board locked'],
      ['Block sign-ups from new domains', 'Sign-ups from new domains: blocked'],
    ] as const) {
      const j = await judged(goal, 'Open', settings(shown));
      expect(j.problems.join(' '), goal).not.toMatch(/error/);
    }
  });

  it('trap: the goal’s word with another error word beside it is still an error', async () => {
    const j = await judged(
      'Require two-factor authentication for everyone',
      'Optional',
      settings('Optional', [{ ref: 'x', role: 'generic', text: 'Required for everyone failed: try again' }]),
    );
    expect(j.outcome).toBe('not-done');
  });

  it('trap: the goal’s word negated ("not required") is no outcome and still an error', async () => {
    const j = await judged(
      'Require two-factor authentication for everyone',
      'Optional',
      settings('Two-factor authentication is not required'),
    );
    expect(j.outcome).not.toBe('passed');
    expect(j.problems.join(' ')).toMatch(/error/);
  });

  it('trap: an alert in the goal’s word is still the app’s refusal', async () => {
    const j = await judged(
      'Require two-factor authentication for everyone',
      'Optional',
      settings('Optional', [{ ref: 'a', role: 'alert', name: 'Required for everyone is not on your plan' }]),
    );
    expect(j.outcome).toBe('not-done');
  });
});

describe('a refusal inside a dialog that stays open, where the goal asks to see an error', () => {
  const dialogPage = (error?: string) =>
    page(
      url,
      ['Rooms', 'Book Babbage', 'Your name', ...(error ? [error] : [])],
      [
        { ref: 'd', role: 'dialog', name: 'Book Babbage' },
        { ref: 'n', role: 'textbox', name: 'Your name', value: '' },
        { ref: 'b', role: 'button', name: 'Book' },
        ...(error ? [{ ref: 'a', role: 'alert', text: error }] : []),
      ],
    );
  const rooms = page(url, ['Rooms'], [{ ref: 'o', role: 'button', name: 'Book this room' }]);
  const steps = () => [
    did({ type: 'click', ref: 'o' }, { role: 'button', name: 'Book this room' }, rooms),
    did({ type: 'click', ref: 'b' }, { role: 'button', name: 'Book' }, dialogPage(), 'Book Babbage'),
  ];

  it('passes on the new error, in any wording of the goal', async () => {
    for (const goal of [
      'Try to book the Babbage room without a name, and make sure an error is shown',
      'Book Babbage with no name and check that an error appears',
    ]) {
      const j = await verdict(goal, rooms, dialogPage('Tell us who the booking is for.'), steps());
      expect(j.outcome, `${goal}: ${[...j.problems, ...j.unconfirmed].join(' ')}`).toBe('passed');
    }
  });

  it('trap: no new error in the open dialog is no pass', async () => {
    const j = await verdict(
      'Try to book the Babbage room without a name, and make sure an error is shown',
      rooms,
      dialogPage(),
      steps(),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: "make sure no error is shown" does not excuse the dialog left open', async () => {
    for (const goal of [
      'Book the Babbage room for Ada and make sure no error is shown',
      "Book the Babbage room for Ada and check that the app doesn't show an error",
    ]) {
      const j = await verdict(goal, rooms, dialogPage('Tell us who the booking is for.'), steps());
      expect(j.outcome, goal).not.toBe('passed');
      expect(j.problems.join(' '), goal).toMatch(/still open/);
    }
  });

  it('trap: a goal that asks for no error still fails on the dialog left open', async () => {
    const j = await verdict(
      'Book the Babbage room for Ada',
      rooms,
      dialogPage('Tell us who the booking is for.'),
      steps(),
    );
    expect(j.outcome).not.toBe('passed');
    expect(j.problems.join(' ')).toMatch(/still open/);
  });
});

describe('a text changed to the case the goal asks for: the field’s old text, in that case, shown anew', () => {
  const list = (seven: string, eight = 'Export drops the last row') =>
    page(
      url,
      ['Issues', `#7 ${seven}`, `#8 ${eight}`],
      [
        { ref: 'r7', role: 'row', name: `#7 ${seven}`, text: `#7 ${seven}` },
        { ref: 'c7', role: 'cell', name: seven, text: seven },
        { ref: 'r8', role: 'row', name: `#8 ${eight}`, text: `#8 ${eight}` },
        { ref: 'c8', role: 'cell', name: eight, text: eight },
      ],
    );
  const editing = (n: number, title: string) =>
    page(
      url,
      ['Issues', `#7 Dark mode resets`, `#8 Export drops the last row`],
      [{ ref: 'f', role: 'textbox', name: `Title of issue #${n}`, value: title }],
    );
  const rename = (n: number, old: string, typed: string) => {
    const form = editing(n, old);
    return [
      did({ type: 'fill', ref: 'f', value: typed }, { role: 'textbox', name: `Title of issue #${n}` }, form),
      did(
        { type: 'press', ref: 'f', value: 'Enter' },
        { role: 'textbox', name: `Title of issue #${n}` },
        {
          ...form,
          elements: [{ ...form.elements[0]!, value: typed }],
        },
      ),
    ];
  };

  it('passes on the title in upper case, in any wording of the goal', async () => {
    for (const goal of [
      'Change the title of issue 7 to upper case',
      'Rename issue 7 so its title is in capital letters',
    ]) {
      const j = await verdict(
        goal,
        list('Dark mode resets'),
        list('DARK MODE RESETS'),
        rename(7, 'Dark mode resets', 'DARK MODE RESETS'),
      );
      expect(j.outcome, `${goal}: ${j.unconfirmed.join(' ')}`).toBe('passed');
      expect(j.assertions).toContainEqual({ type: 'element-visible', locator: { text: 'DARK MODE RESETS' } });
    }
  });

  it('trap: another issue’s title put in upper case is not issue 7', async () => {
    const j = await verdict(
      'Change the title of issue 7 to upper case',
      list('Dark mode resets'),
      list('Dark mode resets', 'EXPORT DROPS THE LAST ROW'),
      rename(8, 'Export drops the last row', 'EXPORT DROPS THE LAST ROW'),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: typed in upper case but never shown (the app kept the old title)', async () => {
    const j = await verdict(
      'Change the title of issue 7 to upper case',
      list('Dark mode resets'),
      list('Dark mode resets'),
      rename(7, 'Dark mode resets', 'DARK MODE RESETS'),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: a text typed that is not the old one in that case ("FIXED") proves no case change', async () => {
    const j = await verdict(
      'Change the title of issue 7 to upper case',
      list('Dark mode resets'),
      list('FIXED'),
      rename(7, 'Dark mode resets', 'FIXED'),
    );
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a value whose tail sets another control ("… with high priority")', () => {
  const form = page(
    url,
    ['New ticket'],
    [
      { ref: 's', role: 'textbox', name: 'Subject', value: '' },
      { ref: 'p', role: 'combobox', name: 'Priority', value: 'Normal', options: ['Low', 'Normal', 'High'] },
      { ref: 'c', role: 'button', name: 'Create ticket' },
    ],
  );
  const list = (rows: string[]) =>
    page(
      url,
      ['Tickets', ...rows],
      rows.map((r, i) => ({ ref: `r${i}`, role: 'row', name: r, text: r })),
    );
  const start = list(['Printer offline Normal']);
  const steps = (subject: string, priority: string) => [
    did({ type: 'fill', ref: 's', value: subject }, { role: 'textbox', name: 'Subject' }, form),
    did({ type: 'select', ref: 'p', value: priority }, { role: 'combobox', name: 'Priority' }, form),
    did({ type: 'click', ref: 'c' }, { role: 'button', name: 'Create ticket' }, form),
  ];

  it('the new row holds the text before "with" and the option the tail names, in any wording', async () => {
    for (const [goal, subject, priority] of [
      ['Create a new ticket titled VPN keeps dropping with high priority', 'VPN keeps dropping', 'High'],
      ['Add a ticket called Laptop will not boot with low priority', 'Laptop will not boot', 'Low'],
    ] as const) {
      const j = await verdict(
        goal,
        start,
        list(['Printer offline Normal', `${subject} ${priority}`]),
        steps(subject, priority),
      );
      expect(j.outcome, `${goal}: ${j.unconfirmed.join(' ')}`).toBe('passed');
      expect(j.assertions).toContainEqual({ type: 'text-visible', text: subject });
    }
  });

  it('trap: the new row without the option the tail names is not it', async () => {
    const j = await verdict(
      'Create a new ticket titled VPN keeps dropping with high priority',
      start,
      list(['Printer offline Normal', 'VPN keeps dropping Normal']),
      steps('VPN keeps dropping', 'Normal'),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: with no control the tail names, the tail stays part of the value', async () => {
    const plain = page(
      url,
      ['New ticket'],
      [
        { ref: 's', role: 'textbox', name: 'Subject', value: '' },
        { ref: 'c', role: 'button', name: 'Create ticket' },
      ],
    );
    const j = await verdict(
      'Create a new ticket titled VPN keeps dropping with high priority',
      start,
      list(['Printer offline Normal', 'VPN keeps dropping']),
      [
        did(
          { type: 'fill', ref: 's', value: 'VPN keeps dropping' },
          { role: 'textbox', name: 'Subject' },
          plain,
        ),
        did({ type: 'click', ref: 'c' }, { role: 'button', name: 'Create ticket' }, plain),
      ],
    );
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a setting turned on or off, with no box for it on the page', () => {
  // Seen on the depot app: "Turn on auto-reorder for the safety gloves" opened the gloves' detail
  // panel instead; its new heading named the gloves, and that was taken for the setting on.
  const start = page(url, ['Stock', 'Safety gloves L'], [{ role: 'link', name: 'Safety gloves L' }]);
  const now = page(
    url,
    ['Stock', 'Safety gloves L', 'Safety gloves L (SF-401)', 'Bin D-01 · 75 on hand'],
    [
      { role: 'link', name: 'Safety gloves L' },
      { role: 'heading', name: 'Safety gloves L (SF-401)' },
    ],
  );
  const steps = [did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Safety gloves L' }, start)];

  it('is not proved by a new text that only names the item it is for', async () => {
    for (const goal of [
      'Turn on auto-reorder for the safety gloves',
      'Enable automatic reordering of Safety gloves L',
      'switch off the low-stock alert for the safety gloves',
    ])
      expect((await verdict(goal, start, now, steps)).outcome, goal).not.toBe('passed');
  });

  it('is proved by a new message that says the setting changed', async () => {
    const said = page(
      url,
      ['Stock', 'Safety gloves L', 'Auto-reorder turned on for Safety gloves L'],
      [
        { role: 'link', name: 'Safety gloves L' },
        { role: 'status', text: 'Auto-reorder turned on for Safety gloves L' },
      ],
    );
    const j = await verdict('Turn on auto-reorder for the safety gloves', start, said, steps);
    expect(j.outcome).toBe('passed');
  });
});

describe('a select whose option names the value in more words ("Berlin (CET)", "Deutsch — German")', () => {
  const settings = (field: string, value: string, options: string[]) =>
    page(
      url,
      ['Settings'],
      [
        { ref: 's', role: 'combobox', name: field, value, options },
        { ref: 'b', role: 'button', name: 'Save' },
      ],
    );
  const zones = ['UTC', 'London (GMT)', 'Berlin (CET)', 'Tokyo (JST)'];
  const languages = ['English', 'Deutsch — German', 'Français — French'];
  const picked = (field: string, option: string, before: Observation) => [
    did({ type: 'select', ref: 's', value: option }, { role: 'combobox', name: field }, before),
    did({ type: 'click', ref: 'b' }, { role: 'button', name: 'Save' }, before),
  ];

  it('holds the value when the one option naming it is the one picked, in any wording', async () => {
    for (const [goal, field, options, option] of [
      ['Set my time zone to Berlin', 'Time zone', zones, 'Berlin (CET)'],
      ['Set the time zone to berlin', 'Time zone', zones, 'Berlin (CET)'],
      ['Set the language to German', 'Language', languages, 'Deutsch — German'],
      ['Set the language to French', 'Language', languages, 'Français — French'],
    ] as const) {
      const start = settings(field, options[0]!, [...options]);
      const j = await verdict(
        goal,
        start,
        settings(field, option, [...options]),
        picked(field, option, start),
      );
      expect(j.outcome, `${goal}: ${j.unconfirmed.join(' ')}`).toBe('passed');
      expect(j.assertions).toContainEqual(expect.objectContaining({ type: 'field-value', value: option }));
    }
  });

  it('trap: an option naming the value that was picked from the start proves no change', async () => {
    const start = settings('Time zone', 'Berlin (CET)', zones);
    const j = await verdict(
      'Set my time zone to Berlin',
      start,
      settings('Time zone', 'Berlin (CET)', zones),
      [],
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: of two options naming the value, neither is it', async () => {
    const both = ['English', 'German (Germany)', 'German (Austria)'];
    const start = settings('Language', 'English', both);
    const j = await verdict(
      'Switch the language to German',
      start,
      settings('Language', 'German (Austria)', both),
      picked('Language', 'German (Austria)', start),
    );
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a setting picked in a select and saved, answered by a toast that goes away', () => {
  const zones = ['UTC', 'London (GMT)', 'Berlin (CET)'];
  const settings = (value: string, toast?: string) =>
    page(
      url,
      ['Settings', ...(toast ? [toast] : [])],
      [
        { ref: 's', role: 'combobox', name: 'Time zone', value, options: zones },
        { ref: 'b', role: 'button', name: 'Save', submit: true },
        ...(toast ? [{ ref: 't', role: 'status', name: '', text: toast }] : []),
      ],
    );
  const start = settings('UTC');
  const run = (saved: boolean) => [
    did({ type: 'select', ref: 's', value: 'Berlin (CET)' }, { role: 'combobox', name: 'Time zone' }, start),
    ...(saved
      ? [did({ type: 'click', ref: 'b' }, { role: 'button', name: 'Save' }, settings('Berlin (CET)'))]
      : []),
  ];

  it('passes when the toast was seen right after Save, even once it has gone', async () => {
    for (const goal of ['Change my time zone to Berlin', 'Switch the time zone over to Berlin']) {
      const j = await verdict(goal, start, settings('Berlin (CET)', 'Saved'), run(true), {
        settle: async () => settings('Berlin (CET)'),
      });
      expect(j.outcome, `${goal}: ${j.unconfirmed.join(' ')}`).toBe('passed');
      expect(j.assertions).toContainEqual(
        expect.objectContaining({ type: 'field-value', value: 'Berlin (CET)' }),
      );
      expect(j.assertions).not.toContainEqual({ type: 'text-visible', text: 'Saved' });
    }
  });

  it('trap: picked but never saved is not changed', async () => {
    for (const goal of ['Change my time zone to Berlin', 'Set my time zone to Berlin']) {
      const j = await verdict(goal, start, settings('Berlin (CET)'), run(false));
      expect(j.outcome, goal).not.toBe('passed');
    }
  });

  it('trap: saved with no answer from the app proves nothing', async () => {
    const j = await verdict('Change my time zone to Berlin', start, settings('Berlin (CET)'), run(true), {
      settle: async () => settings('Berlin (CET)'),
    });
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: an error toast after Save is no answer', async () => {
    const j = await verdict(
      'Change my time zone to Berlin',
      start,
      settings('Berlin (CET)', 'Could not save: error'),
      run(true),
      {
        settle: async () => settings('Berlin (CET)'),
      },
    );
    expect(j.outcome).not.toBe('passed');
  });
});

// Verdict gaps G3 (bench/browser-goals/verdict-gaps.md): a tab of one card among look-alike cards,
// the card named in lower case ("the paper atlas"). Traps first: the tempting evidence is "a tab
// with that name is selected now", which any card's tab, or one already selected, would give.
describe('a tab of the card the goal names in lower case, selected by the click, is evidence', () => {
  const card = (item: string, panel: string) => `${item} €12.00 Borrow ${panel}`;
  const cards = (selected: { item: string; tab: string } | null, contexts = true) =>
    ['Paper atlas', 'Pocket atlas', 'Garden planner'].flatMap((item, i) =>
      ['Summary', 'Availability', 'Specs'].map((tab, t) => ({
        ref: `c${i}t${t}`,
        role: 'tab',
        name: tab,
        selected: selected?.item === item ? selected.tab === tab : tab === 'Summary',
        ...(contexts
          ? { context: card(item, selected?.item === item ? `${selected.tab} panel` : 'Summary panel') }
          : {}),
      })),
    );
  const texts = ['Library', 'Paper atlas', 'Pocket atlas', 'Garden planner'];
  const start = page(url, texts, cards(null));
  const click = (ref: string, name: string) => did({ type: 'click', ref }, { role: 'tab', name }, start);

  it('passes with a state assertion on the named card’s tab, in several wordings', async () => {
    const now = page(url, [...texts, 'On shelf 4'], cards({ item: 'Paper atlas', tab: 'Availability' }));
    for (const goal of [
      'Show the availability of the paper atlas',
      'open the Availability tab of the paper atlas',
      'View the availability tab for the paper atlas',
    ]) {
      const j = await verdict(goal, start, now, [click('c0t1', 'Availability')]);
      expect(j.outcome, `${goal}: ${j.unconfirmed.join()}`).toBe('passed');
      expect(j.assertions).toContainEqual(
        expect.objectContaining({ type: 'state', state: 'selected', value: true }),
      );
    }
    const specs = page(url, texts, cards({ item: 'Garden planner', tab: 'Specs' }));
    const j = await verdict('Show the specs of the garden planner', start, specs, [click('c2t2', 'Specs')]);
    expect(j.outcome, j.unconfirmed.join()).toBe('passed');
  });

  it('trap: the same tab of another card, selected, is no evidence for the named one', async () => {
    const now = page(url, texts, cards({ item: 'Pocket atlas', tab: 'Availability' }));
    const j = await verdict('Show the availability of the paper atlas', start, now, [
      click('c1t1', 'Availability'),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: one word shared by two cards ("the atlas") names neither', async () => {
    const now = page(url, texts, cards({ item: 'Paper atlas', tab: 'Availability' }));
    const j = await verdict('Show the availability of the atlas', start, now, [
      click('c0t1', 'Availability'),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: a tab that was already selected before the click proves nothing', async () => {
    const was = page(url, texts, cards({ item: 'Paper atlas', tab: 'Availability' }));
    const j = await verdict('Show the availability of the paper atlas', was, was, [
      did({ type: 'click', ref: 'c0t1' }, { role: 'tab', name: 'Availability' }, was),
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: a page-wide tab whose row names no card is not tied to the card the goal names', async () => {
    const global = (selected: boolean) =>
      page(url, texts, [
        { ref: 'g1', role: 'tab', name: 'Availability', selected, context: 'Summary Availability Specs' },
        ...cards(null),
      ]);
    const before = global(false);
    const j = await verdict('Show the availability of the paper atlas', before, global(true), [
      did({ type: 'click', ref: 'g1' }, { role: 'tab', name: 'Availability' }, before),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

// Verdict gaps G4 (bench/browser-goals/verdict-gaps.md): "Right-click order 1004 and archive it".
// The right-click only opens a menu: the part after it carries it, when the right-click was done on
// the item the part names. Traps: a right-click on another row, or none at all, carries nothing.
describe('a right-click part is carried by the part after it, on the named item only', () => {
  const rows = (status: Record<string, string>, menu: boolean) =>
    page(
      url,
      ['Orders', ...Object.entries(status).flatMap(([n, s]) => [`Order ${n}`, s])],
      [
        ...Object.entries(status).map(([n, s], i) => ({
          ref: `r${i}`,
          role: 'row',
          name: '',
          text: `Order ${n} Ada Lovelace ${s}`,
          context: `Order ${n} Ada Lovelace ${s}`,
        })),
        ...(menu
          ? [
              { ref: 'm1', role: 'menuitem', name: 'Archive order' },
              { ref: 'm2', role: 'menuitem', name: 'Print' },
            ]
          : []),
      ],
    );
  const start = rows({ '1003': 'Pending', '1004': 'Pending' }, false);
  const menu = rows({ '1003': 'Pending', '1004': 'Pending' }, true);
  const archived = rows({ '1003': 'Pending', '1004': 'Archived' }, false);
  const rightClick = (ref: string) => did({ type: 'rightclick', ref }, { role: 'row', name: '' }, start);
  const archive = did({ type: 'click', ref: 'm1' }, { role: 'menuitem', name: 'Archive order' }, menu);

  it('passes when the right-click was on the named row and the archive shows on it', async () => {
    for (const goal of [
      'Right-click order 1004 and archive it',
      'right click order 1004, then archive it',
      'Archive order 1004 from its right-click menu',
    ]) {
      const j = await verdict(goal, start, archived, [rightClick('r1'), archive]);
      expect(j.outcome, `${goal}: ${j.unconfirmed.join()} ${j.problems.join()}`).toBe('passed');
    }
  });

  it('trap: a right-click on another row carries nothing', async () => {
    const j = await verdict('Right-click order 1004 and archive it', start, archived, [
      rightClick('r0'),
      archive,
    ]);
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: no right-click at all carries nothing, whatever the menu item says', async () => {
    const j = await verdict('Right-click order 1004 and archive it', start, archived, [archive]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe("a field the verb names on the item's own page (assign → Assignee)", () => {
  const people = ['Nobody', 'Ravi Shah', 'Marta Kowalski'];
  const item = (heading: string, who: string) =>
    page(
      url,
      [heading, 'Status: Open'],
      [
        { ref: 'h', role: 'heading', name: heading, level: 1 },
        { ref: 'a', role: 'combobox', name: 'Assignee', value: who, options: people },
      ],
    );
  it('holds the person picked in the field the verb derives, on the page its heading names', async () => {
    for (const [goal, heading, who] of [
      [
        'Assign the printer that fails to start to Marta Kowalski',
        '#1 Printer fails to start',
        'Marta Kowalski',
      ],
      ['Assign the leaking tap ticket to Ravi Shah', 'Leaking tap in kitchen', 'Ravi Shah'],
    ] as const) {
      const start = item(heading, 'Nobody');
      const j = await verdict(goal, start, item(heading, who), [
        did({ type: 'select', ref: 'a', value: who }, { role: 'combobox', name: 'Assignee' }, start),
      ]);
      expect(j.outcome, `${goal}: ${j.unconfirmed.join(' ')}`).toBe('passed');
    }
  });

  it("trap: another item's page is not the one the goal names", async () => {
    const start = item('Broken chair at desk 14', 'Nobody');
    const j = await verdict(
      'Assign the printer that fails to start to Marta Kowalski',
      start,
      item('Broken chair at desk 14', 'Marta Kowalski'),
      [
        did(
          { type: 'select', ref: 'a', value: 'Marta Kowalski' },
          { role: 'combobox', name: 'Assignee' },
          start,
        ),
      ],
    );
    expect(j.outcome).not.toBe('passed');
  });
});

describe("an item's title in error words ('Error 42 on scanner', 'Cannot open door') is content, not an error", () => {
  const list = (titles: string[]) =>
    page(
      url,
      ['Requests', ...titles],
      [
        { ref: 'h', role: 'heading', name: 'Requests', level: 1 },
        ...titles.map((t, i) => ({ ref: `l${i}`, role: 'link', name: t, context: `#${i + 1} ${t} Open` })),
      ],
    );
  const item = (
    title: string,
    status: string,
    extra: Partial<ObservedElement>[] = [],
    texts: string[] = [],
  ) =>
    page(
      url,
      [`#2 ${title}`, `Status: ${status}`, ...texts],
      [
        { ref: 'h', role: 'heading', name: `#2 ${title}`, level: 1 },
        {
          ref: 's',
          role: 'combobox',
          name: 'Status',
          value: status,
          options: ['Open', 'In progress', 'Done'],
        },
        { ref: 'u', role: 'button', name: 'Update' },
        ...extra,
      ],
    );
  const titles = ['Printer fails to start', 'Error 42 on scanner', 'Cannot open door to storeroom'];

  it('a title the run saw listed, now the heading of its page, is no error', async () => {
    for (const [goal, title] of [
      // (The goal names the item by other words than its title's error word.)
      ['Set the status of the scanner request to Done', 'Error 42 on scanner'],
      ['Set the storeroom door request to Done', 'Cannot open door to storeroom'],
    ] as const) {
      const start = list(titles);
      const opened = item(title, 'Open');
      const j = await verdict(
        goal,
        start,
        item(
          title,
          'Done',
          [{ ref: 'ok', role: 'status', name: '', text: 'Status changed to Done.' }],
          ['Status changed to Done.'],
        ),
        [
          did({ type: 'click', ref: 'l1' }, { role: 'link', name: title }, start),
          did({ type: 'select', ref: 's', value: 'Done' }, { role: 'combobox', name: 'Status' }, opened),
          did({ type: 'click', ref: 'u' }, { role: 'button', name: 'Update' }, opened),
        ],
      );
      expect(j.problems.join(' '), goal).not.toContain('shows an error');
    }
  });

  it('trap: an alert beside the action is an error, whatever the title', async () => {
    const start = list(titles);
    const opened = item('Error 42 on scanner', 'Open');
    const j = await verdict(
      'Set the status of the scanner request to Done',
      start,
      item(
        'Error 42 on scanner',
        'Done',
        [{ ref: 'a', role: 'alert', name: '', text: 'Assign someone before marking this request done.' }],
        ['Assign someone before marking this request done.'],
      ),
      [
        did({ type: 'click', ref: 'l1' }, { role: 'link', name: 'Error 42 on scanner' }, start),
        did({ type: 'select', ref: 's', value: 'Done' }, { role: 'combobox', name: 'Status' }, opened),
        did({ type: 'click', ref: 'u' }, { role: 'button', name: 'Update' }, opened),
      ],
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: a heading in error words the run never saw listed ("Order not found") stays an error', async () => {
    const start = list(titles);
    const j = await verdict(
      'Open request 99',
      start,
      page(url, ['Request not found'], [{ ref: 'h', role: 'heading', name: 'Request not found', level: 1 }]),
      [did({ type: 'click', ref: 'l0' }, { role: 'link', name: 'Printer fails to start' }, start)],
    );
    expect(j.problems.join(' ')).toContain('shows an error');
  });
});

describe('opening the item a goal names is not putting it anywhere', () => {
  // A catalogue of links; each opens a detail page whose heading is the item's name, with a
  // servings stepper and an "Add to grocery list" button the run never pressed.
  // (A link's words are its name; the page's texts are the words outside controls.)
  const catalogue = page(
    url,
    ['Dishes'],
    [
      { ref: 'l1', role: 'link', name: 'Biryani' },
      { ref: 'l2', role: 'link', name: 'Dal' },
    ],
  );
  const detail = page(
    `${url}dishes/biryani`,
    ['Biryani', 'Serves', '2', 'Rice', 'Cardamom', 'Add to grocery list'],
    [
      { ref: 'h', role: 'heading', name: 'Biryani', level: 1 },
      { ref: 's', role: 'spinbutton', name: 'Serves', value: '2' },
      { ref: 'a', role: 'button', name: 'Add to grocery list' },
    ],
  );
  for (const goal of [
    'Put the spices for Biryani, for 6 guests, on my grocery list',
    'Put the rice for Biryani, for 6 guests, onto my grocery list',
  ])
    it(`trap: "${goal}" is not proven by the opened item's heading`, async () => {
      const j = await verdict(goal, page(url, ['Dishes', 'Loading…']), detail, [
        did({ type: 'click', ref: 'l1' }, { role: 'link', name: 'Biryani' }, catalogue),
      ]);
      expect(j.outcome, [...j.confirmed].join('; ')).not.toBe('passed');
      expect(j.unconfirmed.join(' ')).toMatch(/the run only followed links to another page/);
    });

  it('trap: a hash-routed app\'s "#/…" route is another page too', async () => {
    const routed = { ...detail, url: `${url}#/dishes/biryani` };
    const j = await verdict(
      'Put the spices for Biryani, for 6 guests, on my grocery list',
      catalogue,
      routed,
      [did({ type: 'click', ref: 'l1' }, { role: 'link', name: 'Biryani' }, catalogue)],
    );
    expect(j.unconfirmed.join(' ')).toMatch(/the run only followed links to another page/);
  });

  it('honest twin: an in-page "#" link used as a button is no page change, and is judged as before', async () => {
    const list = (rows: string[]) =>
      page(
        `${url}#groceries`,
        ['Groceries', ...rows],
        [
          { ref: 'a', role: 'link', name: 'Add Biryani' },
          ...rows.map((row, i) => ({ ref: `r${i}`, role: 'listitem', name: '', text: row })),
        ],
      );
    const start = page(url, ['Groceries'], [{ ref: 'a', role: 'link', name: 'Add Biryani' }]);
    const j = await verdict('Add Biryani to the groceries', start, list(['Biryani']), [
      did({ type: 'click', ref: 'a' }, { role: 'link', name: 'Add Biryani' }, start),
    ]);
    expect(j.unconfirmed.join(' ')).not.toMatch(/only followed links/);
  });
});

describe("a status line saying the goal's own verb, done, is the outcome, not a refusal", () => {
  const board = (extra: Partial<ObservedElement>[] = []) =>
    page(
      url,
      ['Design board', 'Visibility', ...extra.map((e) => e.name ?? '')],
      [
        { ref: 'h', role: 'heading', name: 'Design board' },
        { ref: 'l', role: 'switch', name: 'Locked', checked: false },
        ...extra,
      ],
    );
  const pressed = (start: Observation) => [
    did({ type: 'click', ref: 'l' }, { role: 'switch', name: 'Locked' }, start),
  ];

  it.each([
    ['Lock the Design board', 'Locked.'],
    ['Lock Design board so nobody edits it', 'Board locked'],
    ['Block the Spam Bot account', 'Account blocked.'],
  ])('"%s" → status "%s": no error', async (goal, said) => {
    const start = board();
    const j = await verdict(goal, start, board([{ ref: 's', role: 'status', name: said }]), pressed(start));
    expect(j.problems.join(' ')).not.toMatch(/error/);
  });

  it.each([
    ['Unlock the Design board', 'Locked.'],
    ['Lock the Design board', 'Not locked: only admins can lock boards.'],
    ['Lock the Design board', 'Locked, but the save failed.'],
  ])('"%s" → status "%s" is still an error', async (goal, said) => {
    const start = board();
    const j = await verdict(goal, start, board([{ ref: 's', role: 'status', name: said }]), pressed(start));
    expect(j.problems.join(' ')).toMatch(/error/);
    expect(j.outcome).not.toBe('passed');
  });

  it('an alert saying it stays an error whatever the verb', async () => {
    const start = board();
    const j = await verdict(
      'Lock the Design board',
      start,
      board([{ ref: 's', role: 'alert', name: 'Locked.' }]),
      pressed(start),
    );
    expect(j.problems.join(' ')).toMatch(/error/);
  });
});

describe('an item found by its rank and place, and a run that moved another one there', () => {
  // A board of our own: the run opened a card of the first column, moved it to "Waiting" and gave it
  // to Omar. Its drawer then shows Omar, but that card is not "the second card in Waiting".
  const drawer = (column: string, owner: string) =>
    page(
      url,
      ['Board', 'To do', 'Waiting', 'Order labels', 'Call the printer', 'Check stock'],
      [
        { ref: 'c', role: 'combobox', name: 'Column', value: column, options: ['To do', 'Waiting', 'Done'] },
        { ref: 'o', role: 'combobox', name: 'Assignee', value: owner, options: ['Nobody', 'Omar', 'Lena'] },
        { ref: 's', role: 'button', name: 'Save' },
      ],
    );
  const start = page(
    url,
    ['Board', 'To do', 'Waiting', 'Order labels', 'Call the printer', 'Check stock'],
    [
      { ref: 'k1', role: 'generic', name: 'Order labels' },
      { ref: 'k2', role: 'generic', name: 'Call the printer' },
      { ref: 'k3', role: 'generic', name: 'Check stock' },
    ],
  );
  const opened = drawer('To do', 'Nobody');
  const moved = [
    did({ type: 'click', ref: 'k2' }, { role: 'generic', name: 'Call the printer' }, start),
    did({ type: 'select', ref: 'c', value: 'Waiting' }, { role: 'combobox', name: 'Column' }, opened),
    did({ type: 'select', ref: 'o', value: 'Omar' }, { role: 'combobox', name: 'Assignee' }, opened),
    did({ type: 'click', ref: 's' }, { role: 'button', name: 'Save' }, opened),
  ];

  it.each([
    'Assign the third card in the Waiting column to Omar',
    'Assign the 2nd card in Waiting to Omar',
    'Assign the first card from the "Waiting" column to Omar',
  ])('"%s" is not passed', async (goal) => {
    const j = await verdict(goal, start, drawer('Waiting', 'Omar'), moved);
    expect(j.outcome).not.toBe('passed');
    expect(j.problems.join(' ')).toMatch(/where the goal says its item is found/);
  });
});

describe('a goal that asks to see the app complain', () => {
  it('reads complaints, warnings and objections as an asked-for error, and not their denial', () => {
    expect(wantsError('make sure the app complains')).toBe(true);
    expect(wantsError('check that the form complains')).toBe(true);
    expect(wantsError('and see that the site warns me')).toBe(true);
    expect(wantsError('make sure the page objects')).toBe(true);
    expect(wantsError('make sure it does not complain')).toBe(false);
    expect(wantsError('make sure it saved')).toBe(false);
  });
});

// Issue 10, round 12: a filter goal states every restriction it wants (a kind AND a state); the
// evidence of one ticked box is not evidence of the other, and a box whose form's Search / Apply
// button was never pressed (the list unchanged) applied nothing.
describe('a filter goal with two restrictions', () => {
  const catalogue = (
    kinds: { group: string; names: string[] },
    state: string,
    button: string,
    ticked: string[],
    rows: string[],
  ) =>
    page(
      url,
      ['Catalogue', ...rows],
      [
        ...kinds.names.map((name) => ({
          role: 'checkbox',
          name,
          group: kinds.group,
          checked: ticked.includes(name),
        })),
        { role: 'checkbox', name: state, checked: ticked.includes(state) },
        { role: 'button', name: button, submit: true },
        ...rows.map((text) => ({ role: 'listitem', text })),
      ],
    );
  const cases = [
    {
      goal: 'Show only audiobooks that are available right now',
      kinds: { group: 'Format', names: ['Audiobook', 'E-book', 'Print'] },
      kind: 'Audiobook',
      state: 'Available now',
      button: 'Search',
      all: [
        'Night Ferry (Audiobook) – on loan',
        'Winter Orchard (Audiobook) – available now',
        'A Map of Rivers (E-book) – available now',
      ],
      kindOnly: ['Night Ferry (Audiobook) – on loan', 'Winter Orchard (Audiobook) – available now'],
      both: ['Winter Orchard (Audiobook) – available now'],
    },
    {
      goal: 'List the trail shoes that are in stock',
      kinds: { group: 'Category', names: ['Road', 'Trail', 'Track'] },
      kind: 'Trail',
      state: 'In stock only',
      button: 'Apply filters',
      all: ['Ridge Runner – Trail – sold out', 'Scree 2 – Trail – in stock', 'Tempo – Road – in stock'],
      kindOnly: ['Ridge Runner – Trail – sold out', 'Scree 2 – Trail – in stock'],
      both: ['Scree 2 – Trail – in stock'],
    },
    {
      goal: 'Filter the tickets to bugs that are still open',
      kinds: { group: 'Type', names: ['Bug', 'Feature', 'Question'] },
      kind: 'Bug',
      state: 'Open',
      button: 'Filter',
      all: [
        '#12 Login loop – Bug – closed',
        '#14 Crash on save – Bug – open',
        '#15 Dark mode – Feature – open',
      ],
      kindOnly: ['#12 Login loop – Bug – closed', '#14 Crash on save – Bug – open'],
      both: ['#14 Crash on save – Bug – open'],
    },
  ];
  it.each(cases)('trap: "$goal" with only the kind applied is not passed', async (c) => {
    const start = catalogue(c.kinds, c.state, c.button, [], c.all);
    const ticked = catalogue(c.kinds, c.state, c.button, [c.kind], c.all);
    const now = catalogue(c.kinds, c.state, c.button, [c.kind], c.kindOnly);
    const j = await verdict(c.goal, start, now, [
      did({ type: 'check', ref: 'e1' }, { role: 'checkbox', name: c.kind }, start),
      did({ type: 'click', ref: 'e5' }, { role: 'button', name: c.button }, ticked),
    ]);
    expect(j.outcome, j.confirmed.join()).not.toBe('passed');
  });
  it.each(cases)('trap: "$goal" with the kind ticked and never applied is not passed', async (c) => {
    const start = catalogue(c.kinds, c.state, c.button, [], c.all);
    const now = catalogue(c.kinds, c.state, c.button, [c.kind], c.all);
    const j = await verdict(c.goal.replace(/ that .*$/, ''), start, now, [
      did({ type: 'check', ref: 'e1' }, { role: 'checkbox', name: c.kind }, start),
    ]);
    expect(j.outcome, j.confirmed.join()).not.toBe('passed');
  });
  it.each(cases)('"$goal" with both applied and sent is not failed', async (c) => {
    const start = catalogue(c.kinds, c.state, c.button, [], c.all);
    const one = catalogue(c.kinds, c.state, c.button, [c.kind], c.all);
    const two = catalogue(c.kinds, c.state, c.button, [c.kind, c.state], c.all);
    const now = catalogue(c.kinds, c.state, c.button, [c.kind, c.state], c.both);
    const j = await verdict(c.goal, start, now, [
      did({ type: 'check', ref: 'e1' }, { role: 'checkbox', name: c.kind }, start),
      did({ type: 'check', ref: 'e4' }, { role: 'checkbox', name: c.state }, one),
      did({ type: 'click', ref: 'e5' }, { role: 'button', name: c.button }, two),
    ]);
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join()).not.toBe('failed');
  });
  // A tick that is the goal itself ("accept the terms") in a form whose send button the goal never
  // asks for is no filter left unapplied (the scripted e2e sign-up caught this).
  it.each([
    ['accept the terms', 'I accept the terms and conditions', 'Create account'],
    ['agree to the privacy policy', 'I agree to the privacy policy', 'Place order'],
  ])(
    '"%s" ticked, "%s" of its form not pressed, is not held as an unapplied filter',
    async (goal, box, button) => {
      const form = (ticked: boolean) =>
        page(
          url,
          ['Sign up', 'Welcome aboard'],
          [
            { role: 'checkbox', name: box, checked: ticked },
            { role: 'button', name: button, submit: true },
          ],
        );
      const j = await verdict(goal, form(false), form(true), [
        did({ type: 'check', ref: 'e1' }, { role: 'checkbox', name: box }, form(false)),
      ]);
      expect(j.unconfirmed.join(' | ')).not.toMatch(/was never pressed and the list did not change/);
      expect(j.outcome, [...j.unconfirmed, ...j.problems].join(' | ')).toBe('passed');
    },
  );
});

// Issue 10, round 12: a row-scoped change (pause until a date, move to a date) judged on a page where
// the date was typed into another row's box: neither the app's complaint, whose words echo the goal,
// nor the named box merely being visible reads the changed state.
describe('a change to a date is evidenced only by the date read back', () => {
  const rows = (
    items: string[],
    box: (i: string) => string,
    status: Record<string, string>,
    values: Record<string, string>,
    note?: string,
  ) =>
    page(
      url,
      ['My account', ...(note ? [note] : []), ...items.map((i) => `${i} ${status[i] ?? 'Active'}`)],
      [
        ...(note ? [{ role: 'status', text: note }] : []),
        ...items.flatMap((i) => [
          { role: 'row', text: `${i} ${status[i] ?? 'Active'}` },
          {
            role: 'textbox',
            name: box(i),
            inputType: 'date',
            value: values[i] ?? '',
            context: `${i} ${status[i] ?? 'Active'}`,
          },
          { role: 'button', name: 'Pause', context: `${i} ${status[i] ?? 'Active'}` },
        ]),
      ],
    );
  const cases = [
    {
      goal: "I'm away until 20 March 2027. Pause my hold on Winter Orchard until then.",
      items: ['The Salt Road', 'Winter Orchard'],
      box: (i: string) => `Pause ${i} until`,
      want: 'Winter Orchard',
      complaint: 'Choose a date to pause Winter Orchard until.',
    },
    {
      goal: 'Pause my Weekly Veg Box subscription until 3 May 2027',
      items: ['Fruit Crate', 'Weekly Veg Box'],
      box: (i: string) => `Pause ${i} until`,
      want: 'Weekly Veg Box',
      complaint: 'Pick a date to pause Weekly Veg Box until.',
    },
    {
      goal: 'Move my booking at Casa Lupo to 14 February 2027',
      items: ['The Green Fig', 'Casa Lupo'],
      box: (i: string) => `New date for ${i}`,
      want: 'Casa Lupo',
      complaint: 'Choose the new date for Casa Lupo.',
    },
  ];
  it.each(cases)('trap: "$goal" typed into another row, the complaint shown, is not passed', async (c) => {
    const start = rows(c.items, c.box, {}, {});
    const typed = rows(c.items, c.box, {}, { [c.items[0]!]: '2027-03-20' });
    const now = rows(c.items, c.box, {}, { [c.items[0]!]: '2027-03-20' }, c.complaint);
    const j = await verdict(c.goal, start, now, [
      did(
        { type: 'fill', ref: 'e2', value: '2027-03-20' },
        { role: 'textbox', name: c.box(c.items[0]!) },
        start,
      ),
      did({ type: 'click', ref: 'e6' }, { role: 'button', name: 'Pause' }, typed),
    ]);
    expect(j.outcome, j.confirmed.join()).not.toBe('passed');
  });
  it.each(cases)('trap: "$goal" with nothing but the named box visible is not passed', async (c) => {
    const start = rows(c.items, c.box, {}, {});
    const now = rows(c.items, c.box, {}, { [c.items[0]!]: '2027-03-20' });
    const j = await verdict(c.goal, start, now, [
      did(
        { type: 'fill', ref: 'e2', value: '2027-03-20' },
        { role: 'textbox', name: c.box(c.items[0]!) },
        start,
      ),
    ]);
    expect(j.outcome, j.confirmed.join()).not.toBe('passed');
  });
});

// Round 13 (wip13/voyage2): the change done on the right row, its box emptied by the re-render; the
// app's message and the row's status read the date back.
describe('a change to a date that did happen, read back by what the app says of the item', () => {
  const rows = (items: string[], status: Record<string, string>, note?: string) =>
    page(
      url,
      ['My account', ...(note ? [note] : []), ...items.map((i) => `${i} ${status[i] ?? 'Active'}`)],
      [
        ...(note ? [{ role: 'status', text: note }] : []),
        ...items.flatMap((i) => [
          { role: 'row', text: `${i} ${status[i] ?? 'Active'}` },
          { role: 'textbox', name: `Pause ${i} until`, inputType: 'date', value: '', context: i },
          { role: 'button', name: 'Pause', context: `${i} ${status[i] ?? 'Active'}` },
        ]),
      ],
    );
  const cases = [
    {
      goal: "I'm away until 20 March 2027. Pause my hold on Winter Orchard until then.",
      items: ['The Salt Road', 'Winter Orchard'],
      iso: '2027-03-20',
      said: (i: string, d: string) => `Hold on ${i} paused until ${d}.`,
    },
    {
      goal: 'Pause my Weekly Veg Box subscription until 3 May 2027',
      items: ['Fruit Crate', 'Weekly Veg Box'],
      iso: '2027-05-03',
      said: (i: string, d: string) => `${i} is paused until ${d}`,
    },
    {
      goal: "We're on holiday until 9 August 2027. Pause the Daily Paper delivery until then.",
      items: ['Daily Paper', 'Sunday Magazine'],
      iso: '2027-08-09',
      said: (i: string) => `${i} on pause until 9 Aug 2027.`,
    },
  ];
  const run = async (c: (typeof cases)[number], item: string) => {
    const start = rows(c.items, {});
    const typed = rows(c.items, {});
    const now = rows(c.items, { [item]: `Paused until ${c.iso}` }, c.said(item, c.iso));
    return verdict(c.goal, start, now, [
      did({ type: 'fill', ref: 'e2', value: c.iso }, { role: 'textbox', name: `Pause ${item} until` }, start),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Pause' }, typed),
    ]);
  };
  const wanted = (c: (typeof cases)[number]) => c.items.find((i) => c.goal.includes(i))!;

  it.each(cases)('"$goal" done on the named row is passed', async (c) => {
    const j = await run(c, wanted(c));
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join(' | ')).toBe('passed');
  });
  it.each(cases)(
    'trap: "$goal" done on another row, the date read back of that row, is not passed',
    async (c) => {
      const j = await run(
        c,
        c.items.find((i) => i !== wanted(c))!,
      );
      expect(j.outcome, j.confirmed.join()).not.toBe('passed');
    },
  );
});

// The prompt rule yields to a goal that asks for the app's complaint.
describe('a prompt asked for by the goal', () => {
  it('"… without a name, and make sure an error is shown": the prompt is the answer', async () => {
    const form = (note?: string) =>
      page(
        url,
        ['Book Babbage', ...(note ? [note] : [])],
        [
          { role: 'textbox', name: 'Name', value: '' },
          { role: 'button', name: 'Book', submit: true },
          ...(note ? [{ role: 'alert', text: note }] : []),
        ],
      );
    const j = await verdict(
      'Try to book the Babbage room without a name, and make sure an error is shown',
      form(),
      form('Please enter a name for the booking.'),
      [did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Book' }, form())],
    );
    expect(j.outcome, [...j.unconfirmed, ...j.problems].join(' | ')).toBe('passed');
  });
});

describe('the switch or box a part names', () => {
  // A shop's e-mail settings of our own: long labels whose little words are no part of the name.
  const settings = page(
    'http://127.0.0.1/settings',
    [],
    [
      { role: 'switch', name: 'Receipts and invoices by email', checked: true },
      { role: 'switch', name: 'Tips and news by email', checked: false },
    ],
  );
  const part = (goal: string) => readGoal(goal)[0]!;

  it("is found by its content words, not diluted by its 'and' and 'by'", () => {
    expect(toggleFor(part('stop emailing me receipts'), settings)?.name).toBe(
      'Receipts and invoices by email',
    );
    expect(toggleFor(part('turn off the tips emails'), settings)?.name).toBe('Tips and news by email');
  });

  it('is none when only the words both labels share are named', () => {
    expect(toggleFor(part('stop all email'), settings)).toBeNull();
  });
});
