import { describe, expect, it } from 'vitest';
import { readGoal } from './goal/read-goal.ts';
import { listedThing } from './listed-thing.ts';
import { settingTicked } from './setting-tick.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';

import { did, page, url, verdict } from './testing/evidence-pages.ts';

// The checker's rules on synthetic pages: each case is a way a checker can be fooled into a pass.
// The probe answers assertions from the final observation (testing/evidence-pages.ts), as the page would.

describe('a thing asked to be seen listed is an item of the list, all its words', () => {
  it('reads the subject of a presence clause, and nothing for an absence', () => {
    expect(listedThing('check that Emma is listed there')).toEqual(['emma']);
    expect(listedThing('make sure the Ocean blue mug shows up in the cart')).toEqual([
      'ocean',
      'blue',
      'mug',
    ]);
    expect(listedThing('verify that order 1019 appears in the list')).toEqual(['order', '1019']);
    expect(listedThing('see that Beloved is on the list')).toEqual(['beloved']);
    expect(listedThing('check that Emma is no longer listed')).toBeNull();
    expect(listedThing('make sure Dune is not shown')).toBeNull();
    expect(listedThing('check that the total is 12')).toBeNull();
  });

  const home = page(
    url,
    ['Welcome back', 'Emma', 'Jane Austen'],
    [
      { role: 'link', name: 'My loans' },
      { role: 'generic', name: 'Emma Jane Austen', text: 'Emma Jane Austen', clickable: true },
    ],
  );
  const loans = (items: string[]) =>
    page(
      `${url}loans`,
      ['My loans', ...(items.length ? items : ['You have no books on loan.'])],
      [
        { role: 'link', name: 'My loans' },
        { role: 'heading', name: 'My loans', level: 1 },
        ...items.map((t) => ({ role: 'listitem', text: t })),
      ],
    );
  const go = () => [did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'My loans' }, home)];

  it('passes when the list now holds an item naming the thing (paraphrases)', async () => {
    const now = loans(['Emma — due in 14 days', 'Dune — due in 3 days']);
    for (const goal of [
      'Go to My loans and check that Emma is listed there',
      'Open My loans and make sure Emma is there',
      'Go to My loans and verify that Emma appears',
    ])
      expect((await verdict(goal, home, now, go())).outcome, goal).toBe('passed');
  });

  it('trap: the list does not hold the thing, only the start page named it', async () => {
    const now = loans(['Dune — due in 3 days']);
    expect(
      (await verdict('Go to My loans and check that Emma is listed there', home, now, go())).outcome,
    ).not.toBe('passed');
    const empty = loans([]);
    expect(
      (await verdict('Go to My loans and check that Emma is listed there', home, empty, go())).outcome,
    ).not.toBe('passed');
  });

  it('trap: an item holding only part of the thing, or a goal asking for its absence', async () => {
    const now = loans(['Ocean blue jug — 1 pc']);
    const steps = [did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'My loans' }, home)];
    expect(
      (await verdict('Go to My loans and make sure the Ocean blue mug shows up there', home, now, steps))
        .outcome,
    ).not.toBe('passed');
    const listed = loans(['Emma — due in 14 days']);
    expect(
      (await verdict('Go to My loans and check that Emma is no longer listed', home, listed, go())).outcome,
    ).not.toBe('passed');
  });
});

describe('a choice stated by the caption of a picker of plain swatches', () => {
  const swatches = (shown: string) =>
    page(
      url,
      ['Aurora desk lamp', `Color: ${shown}`, 'Sand', 'Forest green', 'Ocean blue'],
      [
        { role: 'heading', name: 'Aurora desk lamp', level: 1 },
        { role: 'generic', name: 'Sand', text: 'Sand', clickable: true },
        { role: 'generic', name: 'Forest green', text: 'Forest green', clickable: true },
        { role: 'generic', name: 'Ocean blue', text: 'Ocean blue', clickable: true },
        { role: 'button', name: 'Add to cart' },
      ],
    );
  const start = swatches('Sand');
  const pick = () => [did({ type: 'click', text: 'Forest green' }, undefined, start)];

  it('passes when the caption changed to the value the run clicked (paraphrases)', async () => {
    const now = swatches('Forest green');
    for (const goal of [
      'Choose the Forest green color',
      'Pick Forest green as the color',
      'Select the color Forest green',
    ])
      expect((await verdict(goal, start, now, pick())).outcome, goal).toBe('passed');
  });

  it('trap: the click did not change the caption', async () => {
    expect((await verdict('Choose the Forest green color', start, start, pick())).outcome).not.toBe('passed');
  });

  it('trap: the goal asks for more than the caption states', async () => {
    const now = swatches('Forest green');
    expect(
      (await verdict('Choose the Forest green color and the large size', start, now, pick())).outcome,
    ).not.toBe('passed');
  });

  it('trap: a line that merely appeared (no earlier value under that label) is no state', async () => {
    const plain = page(
      url,
      ['Sand', 'Forest green'],
      [
        { role: 'generic', name: 'Sand', text: 'Sand', clickable: true },
        { role: 'generic', name: 'Forest green', text: 'Forest green', clickable: true },
      ],
    );
    const now = page(url, ['Sand', 'Forest green', 'Color: Forest green'], plain.elements);
    const steps = [did({ type: 'click', text: 'Forest green' }, undefined, plain)];
    expect((await verdict('Choose the Forest green color', plain, now, steps)).outcome).not.toBe('passed');
  });

  it('trap: the caption changed but the run never clicked that value', async () => {
    const now = swatches('Forest green');
    const steps = [did({ type: 'click', text: 'Ocean blue' }, undefined, start)];
    expect((await verdict('Choose the Forest green color', start, now, steps)).outcome).not.toBe('passed');
  });
});

describe('"open the first one" of a table whose rows open by a link in a cell', () => {
  const row = (id: string, who: string) => `${id} ${who} 2026-03-0${id.at(-1)} Shipped`;
  const table = (ids: [string, string][], extra: string[] = [], heading?: string) =>
    page(
      url,
      ['Orders', ...ids.map(([i, w]) => row(i, w)), ...(heading ? [heading] : []), ...extra],
      [
        { role: 'heading', name: 'Orders', level: 1 },
        { role: 'row', text: 'Order # Customer Date Status', headerRow: true },
        ...ids.flatMap(([i, w]) => [
          { role: 'row', text: row(i, w) },
          { role: 'link', name: i, context: row(i, w) },
        ]),
        ...(heading ? [{ role: 'heading', name: heading, level: 2 }] : []),
      ],
    );
  const sorted: [string, string][] = [
    ['1019', 'Ada Byron'],
    ['1004', 'Ben Cole'],
  ];
  const before = table(sorted);
  const ref = (p: Observation, name: string) =>
    p.elements.find((e) => e.role === 'link' && e.name === name)!.ref;

  it('passes when the link clicked sat in the first row and its page is headed by it (paraphrases)', async () => {
    const now = table(sorted, ['Ada Byron, placed 2026-03-09'], 'Order 1019');
    for (const goal of ['Open the first one', 'open the first order', 'Click the first order in the list']) {
      const steps = [
        did({ type: 'click', ref: ref(before, '1019') }, { role: 'link', name: '1019' }, before),
      ];
      const j = await verdict(goal, before, now, steps);
      expect(j.outcome, `${goal}: ${JSON.stringify(j.unconfirmed)}`).toBe('passed');
    }
  });

  it('trap: the link clicked sat in the second row', async () => {
    const now = table(sorted, ['Ben Cole, placed 2026-03-04'], 'Order 1004');
    const steps = [did({ type: 'click', ref: ref(before, '1004') }, { role: 'link', name: '1004' }, before)];
    expect((await verdict('Open the first one', before, now, steps)).outcome).not.toBe('passed');
  });

  it('trap: the first row opened, but no page of it shows', async () => {
    const steps = [did({ type: 'click', ref: ref(before, '1019') }, { role: 'link', name: '1019' }, before)];
    expect((await verdict('Open the first one', before, before, steps)).outcome).not.toBe('passed');
  });
});

describe('a verb that sets the box its object labels, saved', () => {
  const account = (checked: boolean, status: string, label: Partial<ObservedElement>) =>
    page(
      `${url}account`,
      ['Account', 'Display name', 'Monthly newsletter', ...(status ? [status] : [])],
      [
        { role: 'heading', name: 'Account', level: 1 },
        { role: 'textbox', name: 'Display name', value: 'Ada' },
        { role: 'checkbox', name: '', checked, ...label },
        { role: 'button', name: 'Save changes' },
        { role: 'status', name: '', text: status },
      ],
    );
  const steps = (before: Observation, mid: Observation, type: 'check' | 'uncheck') => [
    did({ type, ref: 'e3' }, { role: 'checkbox', name: '' }, before),
    did({ type: 'click', ref: 'e4' }, { role: 'button', name: 'Save changes' }, mid),
  ];
  for (const label of [{ nearLabel: 'Monthly newsletter' }, { context: ' Monthly newsletter' }]) {
    it(`passes when the box is ticked and the app says it saved (label ${Object.keys(label)[0]})`, async () => {
      const start = account(false, '', label);
      const mid = account(true, '', label);
      const now = account(true, 'Saved.', label);
      for (const goal of [
        'Subscribe to the monthly newsletter in my account',
        'Sign up for the monthly newsletter',
        'Subscribe me to the monthly newsletter',
      ]) {
        const j = await verdict(goal, start, now, steps(start, mid, 'check'));
        expect(j.outcome, `${goal}: ${JSON.stringify(j.unconfirmed)}`).toBe('passed');
      }
    });
  }

  it('a verb that turns off asks for the box cleared, and is refused a tick', () => {
    const label = { nearLabel: 'Monthly newsletter' };
    const [part] = readGoal('Opt out of the monthly newsletter');
    const on = account(true, '', label);
    const off = account(false, 'Saved.', label);
    const isError = () => false;
    const cleared = steps(on, account(false, '', label), 'uncheck');
    const input = (start: Observation, now: Observation, s: [HistoryEntry, Observation][]) => ({
      start,
      now,
      history: s.map(([h]) => h),
      pagesBefore: new Map(s),
      isError,
    });
    expect(settingTicked(part!, input(on, off, cleared))?.checked).toBe(false);
    const ticked = steps(off, on, 'check');
    expect(
      settingTicked(part!, input(account(false, '', label), account(true, 'Saved.', label), ticked)),
    ).toBeNull();
  });

  it('trap: ticked but never saved; saved with an error; the opposite way; another box', async () => {
    const label = { nearLabel: 'Monthly newsletter' };
    const start = account(false, '', label);
    const ticked = account(true, '', label);
    const goal = 'Subscribe to the monthly newsletter in my account';
    const tickOnly = [did({ type: 'check', ref: 'e3' }, { role: 'checkbox', name: '' }, start)];
    expect((await verdict(goal, start, ticked, tickOnly)).outcome).not.toBe('passed');
    const failed = account(true, 'Could not save your changes.', label);
    expect((await verdict(goal, start, failed, steps(start, ticked, 'check'))).outcome).not.toBe('passed');
    const other = { nearLabel: 'Weekly digest' };
    const otherNow = account(true, 'Saved.', other);
    expect(
      (
        await verdict(
          goal,
          account(false, '', other),
          otherNow,
          steps(account(false, '', other), account(true, '', other), 'check'),
        )
      ).outcome,
    ).not.toBe('passed');
  });
});

describe('a text the run typed is refused as proof only when it shows what was typed, whole words', () => {
  const dialog = (typed: string) =>
    page(
      url,
      ['Settings', 'This permanently deletes your workspace.'],
      [
        { role: 'heading', name: 'Settings', level: 1 },
        { role: 'button', name: 'Delete workspace' },
        { role: 'dialog', name: 'Delete workspace?' },
        { role: 'textbox', name: 'Type DELETE to confirm', dialog: 'Delete workspace?', value: typed },
        { role: 'button', name: 'Delete my workspace', dialog: 'Delete workspace?', disabled: !typed },
      ],
    );
  const after = (message: string) =>
    page(
      url,
      ['Settings', message],
      [
        { role: 'heading', name: 'Settings', level: 1 },
        { role: 'status', name: '', text: message },
      ],
    );
  const run = (phrase: string) => {
    const open = dialog('');
    const typed = dialog(phrase);
    return [
      did(
        { type: 'click', ref: 'e2' },
        { role: 'button', name: 'Delete workspace' },
        page(url, ['Settings'], []),
      ),
      did(
        { type: 'fill', ref: 'e4', value: phrase },
        { role: 'textbox', name: 'Type DELETE to confirm' },
        open,
        'Delete workspace?',
      ),
      did(
        { type: 'click', ref: 'e5' },
        { role: 'button', name: 'Delete my workspace' },
        typed,
        'Delete workspace?',
      ),
    ];
  };

  it('a confirmation phrase typed ("DELETE") does not refuse "Your workspace has been deleted."', async () => {
    const start = page(
      url,
      ['Settings'],
      [
        { role: 'heading', name: 'Settings', level: 1 },
        { role: 'button', name: 'Delete workspace' },
      ],
    );
    const j = await verdict(
      'Delete my workspace',
      start,
      after('Your workspace has been deleted.'),
      run('DELETE'),
    );
    expect(j.outcome, JSON.stringify(j.unconfirmed)).toBe('passed');
  });

  it('trap: the message is the very text typed', async () => {
    const start = page(
      url,
      ['Settings'],
      [
        { role: 'heading', name: 'Settings', level: 1 },
        { role: 'button', name: 'Delete workspace' },
      ],
    );
    const j = await verdict(
      'Delete my workspace',
      start,
      after('Workspace deleted'),
      run('Workspace deleted'),
    );
    expect(j.outcome).not.toBe('passed');
  });
});
