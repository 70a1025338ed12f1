import { describe, expect, it } from 'vitest';
import { occurrences, type EvidenceProbe, type JudgeInput } from './evidence.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry, PlannedAction } from './planner.ts';
import type { Assertion } from './spec.ts';
import { verdict as verdictOver } from './testing/evidence-pages.ts';

// Goals the app reached whose page does prove them, and the look-alikes that must not pass: the
// checker may earn `passed` from what the page restates, never from less. Synthetic pages, each
// with data of its own (none of a benchmark app's words).

const url = 'http://127.0.0.1/app/';

function page(texts: string[], elements: Partial<ObservedElement>[] = [], at = url): Observation {
  const full = elements.map((e, i) => ({ ref: `e${i + 1}`, role: 'generic', name: '', ...e }));
  return { url: at, title: '', snapshot: JSON.stringify({ texts, full }), elements: full, texts, tokens: 0 };
}

/** Answers assertions from the final observation, as the page would. */
function probeOf(now: Observation): EvidenceProbe {
  const matching = (l: { role?: string; name?: string }) =>
    now.elements.filter((e) => (!l.role || e.role === l.role) && (!l.name || e.name === l.name));
  return {
    async check(a: Assertion) {
      switch (a.type) {
        case 'text-visible':
          return occurrences(now.texts, a.text) ? null : `"${a.text}" is not visible`;
        case 'text-hidden':
          return now.texts.includes(a.text) ? `"${a.text}" is visible` : null;
        case 'element-hidden':
          return matching(a.locator).length ? 'visible' : null;
        case 'field-value':
          return matching(a.locator).some((e) => e.value === a.value) ? null : 'value differs';
        case 'checked':
          return matching(a.locator).some((e) => (e.checked === true) === a.checked) ? null : 'differs';
        default:
          return 'locator' in a && matching(a.locator).length ? null : 'missing';
      }
    },
    async locate(e: ObservedElement) {
      return { role: e.role, name: e.name };
    },
  };
}

let step = 0;
/** One action of the run, decided on `before`; `ref` is the element acted on there. */
function did(
  action: PlannedAction,
  target: { role: string; name: string } | undefined,
  before: Observation,
  dialog?: string,
): [HistoryEntry, Observation] {
  step += 1;
  return [
    {
      step,
      action,
      description: `${action.type} ${target?.role ?? ''} "${target?.name ?? ''}"`,
      ok: true,
      url: before.url,
      ...(target ? { target } : {}),
      ...(dialog ? { dialog } : {}),
    },
    before,
  ];
}

/** The kit's verdict, with this file's probe (its locators carry no row context). */
function verdict(
  goal: string,
  start: Observation,
  now: Observation,
  steps: [HistoryEntry, Observation][],
  extra: Partial<JudgeInput> = {},
) {
  return verdictOver(goal, start, now, steps, { probe: probeOf(now), ...extra });
}

describe("a name the item's own page shows in its main heading, and a password typed to sign in", () => {
  // A shared-drive app: sign in, open a document, share it from its own page.
  const signIn = page(
    ['Sign in to Filebox', 'Login', 'Password'],
    [
      { role: 'textbox', name: 'Login', value: '' },
      { role: 'textbox', name: 'Password', value: '', password: true },
      { role: 'button', name: 'Sign in', submit: true },
    ],
  );
  const list = (title: string) =>
    page(
      ['Filebox', 'Budget plan Q1', 'Budget plan Q2'],
      [
        { role: 'link', name: 'Budget plan Q1' },
        { role: 'link', name: 'Budget plan Q2' },
        { role: 'heading', name: 'My files', level: 1 },
        ...(title ? [] : []),
      ],
    );
  const docPage = (title: string, status?: { role: string; text: string }) =>
    page(
      ['Filebox', ...(status ? [status.text] : []), title, 'Owner: Sam Reyes'],
      [
        ...(status ? [{ role: status.role, text: status.text }] : []),
        { role: 'heading', name: title, level: 1 },
        { role: 'button', name: 'Share' },
        { role: 'button', name: 'Rename' },
      ],
    );
  const dialogOn = (title: string) => {
    const base = docPage(title);
    return page(
      [...base.texts, `Share ${title}`, 'Email'],
      [
        ...base.elements.map(({ ref: _ref, ...e }) => e),
        { role: 'dialog', name: `Share ${title}` },
        { role: 'textbox', name: 'Email', value: '', dialog: `Share ${title}` },
        { role: 'button', name: 'Share', dialog: `Share ${title}` },
      ],
    );
  };
  const run = (title: string, now: Observation) =>
    verdict('Share the Q2 budget plan with lee@example.com (login: sam, password: Tulip-42)', signIn, now, [
      did({ type: 'fill', ref: 'e1', value: 'sam' }, { role: 'textbox', name: 'Login' }, signIn),
      did({ type: 'fill', ref: 'e2', value: 'Tulip-42' }, { role: 'textbox', name: 'Password' }, signIn),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Sign in' }, signIn),
      did({ type: 'click', ref: 'e2' }, { role: 'link', name: title }, list('')),
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Share' }, docPage(title)),
      did(
        { type: 'fill', ref: 'e6', value: 'lee@example.com' },
        { role: 'textbox', name: 'Email' },
        dialogOn(title),
        `Share ${title}`,
      ),
      did({ type: 'click', ref: 'e7' }, { role: 'button', name: 'Share' }, dialogOn(title), `Share ${title}`),
    ]);

  it('passes on the named item’s own page with the app’s new answer about it', async () => {
    const j = await run(
      'Budget plan Q2',
      docPage('Budget plan Q2', { role: 'status', text: 'Shared with lee@example.com.' }),
    );
    expect(j.unconfirmed).toEqual([]);
    expect(j.outcome).toBe('passed');
    // Replay checks it is that item's page, not only the message.
    expect(j.assertions).toContainEqual({ type: 'text-visible', text: 'Budget plan Q2' });
  });

  it('trap: the same answer on another item’s page', async () => {
    const j = await run(
      'Budget plan Q1',
      docPage('Budget plan Q1', { role: 'status', text: 'Shared with lee@example.com.' }),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: the item’s page with no new answer (nothing shared)', async () => {
    const j = await run('Budget plan Q2', docPage('Budget plan Q2'));
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: a success message for another action on the right page', async () => {
    const j = await run(
      'Budget plan Q2',
      docPage('Budget plan Q2', { role: 'status', text: 'Link copied.' }),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: the value only in the app’s refusal', async () => {
    const j = await run(
      'Budget plan Q2',
      docPage('Budget plan Q2', {
        role: 'alert',
        text: 'Could not share with lee@example.com: unknown user',
      }),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: the heading names the item only now (the answer came on another page)', async () => {
    // The run shared from the list; the status is on a page whose heading was not there when it acted.
    const listWithDialog = page(
      [...list('').texts, 'Share files', 'Email'],
      [
        ...list('').elements.map(({ ref: _ref, ...e }) => e),
        { role: 'dialog', name: 'Share files' },
        { role: 'textbox', name: 'Email', value: '', dialog: 'Share files' },
        { role: 'button', name: 'Share', dialog: 'Share files' },
      ],
    );
    const now = docPage('Budget plan Q2', { role: 'status', text: 'Shared with lee@example.com.' });
    const j = await verdict(
      'Share the Q2 budget plan with lee@example.com (login: sam, password: Tulip-42)',
      signIn,
      now,
      [
        did({ type: 'fill', ref: 'e1', value: 'sam' }, { role: 'textbox', name: 'Login' }, signIn),
        did({ type: 'fill', ref: 'e2', value: 'Tulip-42' }, { role: 'textbox', name: 'Password' }, signIn),
        did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Sign in' }, signIn),
        did(
          { type: 'fill', ref: 'e5', value: 'lee@example.com' },
          { role: 'textbox', name: 'Email' },
          listWithDialog,
          'Share files',
        ),
        did({ type: 'click', ref: 'e6' }, { role: 'button', name: 'Share' }, listWithDialog, 'Share files'),
      ],
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('a value the goal gives for a field that is no password must still show', async () => {
    // "Tulip-42" typed into a plain text box (a door code) is an outcome, not a secret.
    const form = page(
      ['Door codes', 'Code'],
      [
        { role: 'heading', name: 'Side entrance', level: 1 },
        { role: 'textbox', name: 'Code', value: '' },
        { role: 'button', name: 'Set code', submit: true },
      ],
    );
    const now = page(
      ['Door codes', 'Code set.'],
      [
        { role: 'heading', name: 'Side entrance', level: 1 },
        { role: 'status', text: 'Code set.' },
        { role: 'textbox', name: 'Code', value: '' },
        { role: 'button', name: 'Set code', submit: true },
      ],
    );
    const j = await verdict('Set the code of the side entrance to Tulip-42', form, now, [
      did({ type: 'fill', ref: 'e2', value: 'Tulip-42' }, { role: 'textbox', name: 'Code' }, form),
      did({ type: 'click', ref: 'e3' }, { role: 'button', name: 'Set code' }, form),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a form the app read back before it was sent, then took', () => {
  // A library-card request in steps: details, address, then a read-back of the answers and Send.
  const goal = 'Request a library card for Noa Lind, born 3 June 1991. She lives in Malmö, Sweden.';
  const details = page(
    ['Step 1 of 3', 'Your details', 'Full name', 'Day', 'Month', 'Year'],
    [
      { role: 'heading', name: 'Your details', level: 1 },
      { role: 'textbox', name: 'Full name', value: '' },
      { role: 'textbox', name: 'Day', value: '' },
      { role: 'textbox', name: 'Month', value: '' },
      { role: 'textbox', name: 'Year', value: '' },
      { role: 'button', name: 'Next', submit: true },
      { role: 'button', name: 'Keep as draft' },
    ],
  );
  const address = page(
    ['Step 2 of 3', 'Where you live', 'City', 'Country'],
    [
      { role: 'heading', name: 'Where you live', level: 1 },
      { role: 'textbox', name: 'City', value: '' },
      { role: 'combobox', name: 'Country', value: '', options: ['Norway', 'Sweden'] },
      { role: 'button', name: 'Next', submit: true },
      { role: 'button', name: 'Keep as draft' },
    ],
  );
  /** The read-back step: each answer as a text of its own beside its label. */
  const review = (rows: [string, string][], extra: string[] = []) =>
    page(
      ['Step 3 of 3', 'Check your request', ...extra, ...rows.flat()],
      [
        { role: 'heading', name: 'Check your request', level: 1 },
        { role: 'link', name: 'Change your details' },
        { role: 'button', name: 'Send request', submit: true },
        { role: 'button', name: 'Keep as draft' },
      ],
    );
  const rows = (name = 'Noa Lind', city = 'Malmö'): [string, string][] => [
    ['Full name', name],
    ['Date of birth', '3 June 1991'],
    ['City', city],
    ['Country', 'Sweden'],
  ];
  const received = page(
    ['Request received', 'Your card number is LC-2291.', 'Collect it at any branch.'],
    [{ role: 'heading', name: 'Request received', level: 1 }],
  );
  const run = (readBack: Observation, now: Observation, last = 'Send request', name = 'Noa Lind') =>
    verdict(goal, details, now, [
      did({ type: 'fill', ref: 'e2', value: name }, { role: 'textbox', name: 'Full name' }, details),
      did({ type: 'fill', ref: 'e3', value: '3' }, { role: 'textbox', name: 'Day' }, details),
      did({ type: 'fill', ref: 'e4', value: '6' }, { role: 'textbox', name: 'Month' }, details),
      did({ type: 'fill', ref: 'e5', value: '1991' }, { role: 'textbox', name: 'Year' }, details),
      did({ type: 'click', ref: 'e6' }, { role: 'button', name: 'Next' }, details),
      did({ type: 'fill', ref: 'e2', value: 'Malmö' }, { role: 'textbox', name: 'City' }, address),
      did({ type: 'select', ref: 'e3', value: 'Sweden' }, { role: 'combobox', name: 'Country' }, address),
      did({ type: 'click', ref: 'e4' }, { role: 'button', name: 'Next' }, address),
      did(
        { type: 'click', ref: last === 'Send request' ? 'e3' : 'e4' },
        { role: 'button', name: last },
        readBack,
      ),
    ]);

  it('passes: every value the goal gives read back, then sent, and the app moved on', async () => {
    const j = await run(review(rows()), received);
    expect(j.unconfirmed).toEqual([]);
    expect(j.outcome).toBe('passed');
    // Replay waits for the read-back before the sending, and checks the app moved on after it.
    expect(j.checkpoints.map((c) => c.until)).toContainEqual({ type: 'text-visible', text: 'Noa Lind' });
    expect(j.checkpoints.map((c) => c.until)).toContainEqual({ type: 'text-visible', text: 'Malmö' });
    expect(j.assertions).toContainEqual({ type: 'text-visible', text: 'Request received' });
  });

  it('trap: a draft kept instead of sent', async () => {
    const kept = page(
      ['Draft kept', 'Your draft code is D-77.'],
      [
        { role: 'heading', name: 'Draft kept', level: 1 },
        { role: 'button', name: 'Resume' },
      ],
    );
    expect((await run(review(rows()), kept, 'Keep as draft')).outcome).not.toBe('passed');
  });

  it('trap: the read-back is of another person', async () => {
    expect(
      (await run(review(rows('Noa Lindgren')), received, 'Send request', 'Noa Lindgren')).outcome,
    ).not.toBe('passed');
  });

  it('trap: a value only in the page’s refusal, not read back', async () => {
    const refused = review(
      rows().filter(([label]) => label !== 'City'),
      ['Malmö is outside the lending area'],
    );
    expect((await run(refused, received)).outcome).not.toBe('passed');
  });

  it('trap: the form still open after the sending (the values only echoed in it)', async () => {
    const still = review(rows(), ['Sending…']);
    expect((await run(review(rows()), still)).outcome).not.toBe('passed');
  });

  it('trap: a read-back that was on the page from the start (a sample) is no reading of this run', async () => {
    const sample = page(
      [
        'Example: Noa Lind, 3 June 1991, Malmö, Sweden',
        'Full name',
        'Noa Lind',
        '3 June 1991',
        'Malmö',
        'Sweden',
      ],
      details.elements.map(({ ref: _ref, ...e }) => e),
    );
    const j = await verdict(goal, sample, received, [
      did({ type: 'click', ref: 'e6' }, { role: 'button', name: 'Next' }, sample),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a name is read back by a text that is that name, not by an address containing it', () => {
  it('trap: "Noa Lind" read back only inside the e-mail noa.lind@…, the name row another', async () => {
    const goal = 'Request a library card for Noa Lind, born 3 June 1991, email noa.lind@example.com';
    const form = page(
      ['Your details', 'Full name', 'Email', 'Day', 'Month', 'Year'],
      [
        { role: 'heading', name: 'Your details', level: 1 },
        { role: 'textbox', name: 'Full name', value: '' },
        { role: 'textbox', name: 'Email', value: '' },
        { role: 'button', name: 'Next', submit: true },
      ],
    );
    const review = page(
      [
        'Check your request',
        'Full name',
        'Noa Lindholm',
        'Email',
        'noa.lind@example.com',
        'Born',
        '3 June 1991',
      ],
      [
        { role: 'heading', name: 'Check your request', level: 1 },
        { role: 'button', name: 'Send request', submit: true },
      ],
    );
    const done = page(
      ['Request received', 'We sent a receipt to noa.lind@example.com.'],
      [
        { role: 'heading', name: 'Request received', level: 1 },
        { role: 'status', text: 'We sent a receipt to noa.lind@example.com.' },
      ],
    );
    const j = await verdict(goal, form, done, [
      did({ type: 'fill', ref: 'e2', value: 'Noa Lindholm' }, { role: 'textbox', name: 'Full name' }, form),
      did(
        { type: 'fill', ref: 'e3', value: 'noa.lind@example.com' },
        { role: 'textbox', name: 'Email' },
        form,
      ),
      did({ type: 'click', ref: 'e4' }, { role: 'button', name: 'Next' }, form),
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Send request' }, review),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});

describe("a value picked on the item's own page, sent, and now stated there by the app", () => {
  // A help forum's thread page: pick a member in "Hand over to", press Hand over; the picker resets.
  const thread = (extra: string[] = [], title = 'Printer jams on page two', picked = '') =>
    page(
      [
        'Helpline',
        'Sam Ortiz (you)',
        title,
        'Lea Brandt started this thread',
        ...extra,
        'Handled by',
        'Hand over to',
      ],
      [
        { role: 'heading', name: title, level: 1 },
        ...extra.map((text) => ({ role: /could not/i.test(text) ? 'alert' : 'status', text })),
        {
          role: 'combobox',
          name: 'Hand over to',
          value: picked || 'Pick a person…',
          options: ['Pick a person…', 'Lea Brandt', 'Ivo Marek'],
        },
        { role: 'button', name: 'Hand over' },
        { role: 'button', name: 'Follow starter' },
      ],
    );
  const list = page(
    [
      'Helpline',
      'Printer jams on page two',
      'Lea Brandt',
      'Scanner offline',
      'Lea Brandt',
      'Wi-Fi drops',
      'Lea Brandt',
    ],
    [
      { role: 'link', name: 'Printer jams on page two' },
      { role: 'link', name: 'Scanner offline' },
    ],
  );
  const GOAL = 'Hand Printer jams on page two over to Lea Brandt';
  const run = (now: Observation, press = 'Hand over', title = 'Printer jams on page two') =>
    verdict(GOAL, list, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'link', name: title }, list),
      did(
        { type: 'select', ref: 'e2', value: 'Lea Brandt' },
        { role: 'combobox', name: 'Hand over to' },
        thread([], title),
      ),
      did(
        { type: 'click', ref: press === 'Hand over' ? 'e3' : 'e4' },
        { role: 'button', name: press },
        thread([], title, 'Lea Brandt'),
      ),
    ]);

  it('passes: the app states the picked value on that page, about the field it was picked in', async () => {
    const j = await run(thread(['Handed over to Lea Brandt.']));
    expect(j.unconfirmed).toEqual([]);
    expect(j.outcome).toBe('passed');
    expect(j.assertions).toContainEqual({ type: 'text-visible', text: 'Handed over to Lea Brandt.' });
  });

  it('trap: the same statement on another thread’s page', async () => {
    const j = await run(
      thread(['Handed over to Lea Brandt.'], 'Scanner offline'),
      'Hand over',
      'Scanner offline',
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: the value only in the app’s refusal', async () => {
    expect((await run(thread(['Could not hand over to Lea Brandt: not on the team.']))).outcome).not.toBe(
      'passed',
    );
  });

  it('trap: a success message for another action that names the value', async () => {
    expect((await run(thread(['You now follow Lea Brandt.']), 'Follow starter')).outcome).not.toBe('passed');
  });

  it('a list the verb does not name passes when it is the one list that offers the value', async () => {
    const page1 = (extra: string[], picked = '') =>
      page(
        ['Helpline', 'Printer jams on page two', ...extra, 'Owner', 'Assign to'],
        [
          { role: 'heading', name: 'Printer jams on page two', level: 1 },
          ...extra.map((text) => ({ role: 'status', text })),
          {
            role: 'combobox',
            name: 'Assign to',
            value: picked || '—',
            options: ['—', 'Lea Brandt', 'Ivo Marek'],
          },
          { role: 'combobox', name: 'Status', value: 'Open', options: ['Open', 'Closed'] },
          { role: 'button', name: 'Assign' },
        ],
      );
    const steps = (pickedIn = 'Assign to') => [
      did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Printer jams on page two' }, list),
      did(
        { type: 'select', ref: 'e2', value: 'Lea Brandt' },
        { role: 'combobox', name: pickedIn },
        page1([]),
      ),
      did({ type: 'click', ref: 'e4' }, { role: 'button', name: 'Assign' }, page1([], 'Lea Brandt')),
    ];
    const GIVE = 'Give Printer jams on page two to Lea Brandt';
    expect((await verdict(GIVE, list, page1(['Assigned to Lea Brandt.']), steps())).outcome).toBe('passed');
  });

  it('trap: two lists offer the value and the one picked is not the one the part names', async () => {
    const page2 = (extra: string[]) =>
      page(
        ['Helpline', 'Printer jams on page two', ...extra, 'Reviewer', 'Assign to'],
        [
          { role: 'heading', name: 'Printer jams on page two', level: 1 },
          ...extra.map((text) => ({ role: 'status', text })),
          { role: 'combobox', name: 'Reviewer', value: '—', options: ['—', 'Lea Brandt'] },
          { role: 'combobox', name: 'Assign to', value: '—', options: ['—', 'Lea Brandt'] },
          { role: 'button', name: 'Save' },
        ],
      );
    const j = await verdict(
      'Give Printer jams on page two to Lea Brandt',
      list,
      page2(['Reviewer set: Lea Brandt.']),
      [
        did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Printer jams on page two' }, list),
        did(
          { type: 'select', ref: 'e2', value: 'Lea Brandt' },
          { role: 'combobox', name: 'Reviewer' },
          page2([]),
        ),
        did({ type: 'click', ref: 'e4' }, { role: 'button', name: 'Save' }, page2([])),
      ],
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: nothing new states it (the name only where it was before)', async () => {
    expect((await run(thread())).outcome).not.toBe('passed');
  });
});

describe('a part read as picking with nothing to pick is judged as the action its verb names', () => {
  // "Pay" is read as a choice with no value; the bill's own page and the app's answer prove it.
  const bill = (title: string, extra: string[] = [], status = 'Due') =>
    page(
      ['Utility account', ...extra, title, `Amount: €41.20 Status: ${status}`],
      [
        ...extra.map((text) => ({ role: 'status', text })),
        { role: 'heading', name: title, level: 1 },
        { role: 'button', name: 'Pay now' },
        { role: 'button', name: 'Remind me later' },
      ],
    );
  const bills = page(
    ['Utility account', 'Water bill W-5520', 'Water bill W-5521'],
    [
      { role: 'link', name: 'Water bill W-5520' },
      { role: 'link', name: 'Water bill W-5521' },
    ],
  );
  const run = (now: Observation, title = 'Water bill W-5520', press = 'Pay now') =>
    verdict('Pay the water bill W-5520', bills, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'link', name: title }, bills),
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: press }, bill(title)),
    ]);

  it("passes: the app's answer on the bill's own page", async () => {
    const j = await run(bill('Water bill W-5520', ['Payment received, thank you.'], 'Paid'));
    expect(j.unconfirmed).toEqual([]);
    expect(j.outcome).toBe('passed');
  });

  it("trap: the same answer on another bill's page", async () => {
    const j = await run(
      bill('Water bill W-5521', ['Payment received, thank you.'], 'Paid'),
      'Water bill W-5521',
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: a success message for another action', async () => {
    const j = await run(
      bill('Water bill W-5520', ['Reminder set for next week.']),
      'Water bill W-5520',
      'Remind me later',
    );
    expect(j.outcome).not.toBe('passed');
  });
});

describe('a name the goal gives in the possessive ("Ada Lin\'s visit") is the name', () => {
  const patient = (name: string, extra: string[] = []) =>
    page(
      ['Clinic desk', ...extra, name, 'Visit on 12 May, 09:30 — cancelled'],
      [
        ...extra.map((text) => ({ role: 'status', text })),
        { role: 'heading', name, level: 1 },
        { role: 'button', name: 'Restore visit' },
      ],
    );
  const list = page(
    ['Clinic desk', 'Ada Lin', 'Ada Lindqvist'],
    [
      { role: 'link', name: 'Ada Lin' },
      { role: 'link', name: 'Ada Lindqvist' },
    ],
  );
  const run = (name: string, now: Observation) =>
    verdict("Restore Ada Lin's cancelled visit", list, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'link', name }, list),
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Restore visit' }, patient(name)),
    ]);

  it("passes on that person's own page with the app's answer", async () => {
    const j = await run('Ada Lin', patient('Ada Lin', ['Visit restored.']));
    expect(j.unconfirmed).toEqual([]);
    expect(j.outcome).toBe('passed');
  });

  it("trap: another person's page whose name starts the same", async () => {
    expect((await run('Ada Lindqvist', patient('Ada Lindqvist', ['Visit restored.']))).outcome).not.toBe(
      'passed',
    );
  });
});

describe("the item's own page proves nothing when the run also did there what the goal never asked", () => {
  const thread = (extra: string[] = [], accepted = false) =>
    page(
      [
        'Helpline',
        'Printer jams on page two',
        'Lea Brandt',
        accepted ? 'Accepted answer' : 'Try a new drum.',
        ...extra,
      ],
      [
        { role: 'heading', name: 'Printer jams on page two', level: 1 },
        ...extra.map((text) => ({ role: 'status', text })),
        { role: 'button', name: 'Accept as answer' },
        { role: 'combobox', name: 'Assign to', value: '—', options: ['—', 'Lea Brandt', 'Ivo Marek'] },
        { role: 'button', name: 'Assign' },
      ],
    );
  const list = page(
    ['Helpline', 'Printer jams on page two'],
    [{ role: 'link', name: 'Printer jams on page two' }],
  );
  // "Printer" shows only in the thread's heading: the own page must prove it.
  const GOAL = 'Hand the Printer thread over to Lea Brandt';
  const steps = (extra: [HistoryEntry, Observation][]) => [
    did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Printer jams on page two' }, list),
    ...extra,
    did(
      { type: 'select', ref: 'e3', value: 'Lea Brandt' },
      { role: 'combobox', name: 'Assign to' },
      thread(),
    ),
    did({ type: 'click', ref: 'e4' }, { role: 'button', name: 'Assign' }, thread()),
  ];

  it('passes when the run only picked and sent', async () => {
    const j = await verdict(GOAL, list, thread(['Assigned to Lea Brandt.']), steps([]));
    expect(j.outcome).toBe('passed');
  });

  it('trap: the run also accepted a reply on that page (an unasked change to the item)', async () => {
    const j = await verdict(
      GOAL,
      list,
      thread(['Assigned to Lea Brandt.'], true),
      steps([did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Accept as answer' }, thread())]),
    );
    expect(j.outcome).not.toBe('passed');
  });

  it('trap: the run also clicked a control with no name there', async () => {
    const j = await verdict(
      GOAL,
      list,
      thread(['Assigned to Lea Brandt.'], true),
      steps([
        did(
          { type: 'click', ref: 'e2', selector: '#app button:nth-of-type(2)' } as PlannedAction,
          undefined,
          thread(),
        ),
      ]),
    );
    expect(j.outcome).not.toBe('passed');
  });
});

describe("the item's own heading stands in for a name only beside the app's answer in words", () => {
  it('trap: another toggle pressed on the item’s page, its panel naming the asked state', async () => {
    const thread = (pinned: boolean) =>
      page(
        ['Helpline', 'Printer jams on page two', 'Status', 'Open', 'Answered'],
        [
          { role: 'heading', name: 'Printer jams on page two', level: 1 },
          { role: 'button', name: 'Pinned', pressed: pinned, context: 'Status Open Answered Pinned' },
        ],
      );
    const list = page(
      ['Helpline', 'Printer jams on page two'],
      [{ role: 'link', name: 'Printer jams on page two' }],
    );
    const j = await verdict('Mark Printer jams as Answered', list, thread(true), [
      did({ type: 'click', ref: 'e1' }, { role: 'link', name: 'Printer jams on page two' }, list),
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Pinned' }, thread(false)),
    ]);
    expect(j.outcome).not.toBe('passed');
  });
});
