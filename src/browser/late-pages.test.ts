import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { judge, occurrences, type EvidenceProbe } from './evidence.ts';
import { saysInProgress } from './settle.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry, PlannedAction } from './planner.ts';
import type { Assertion } from './spec.ts';

// The checker on pages built of role-less controls (issue 10, late-loading apps): a control's own
// label is not a message from the app, whatever its words.

const url = 'http://127.0.0.1/app/';

function page(texts: string[], elements: Partial<ObservedElement>[] = []): Observation {
  const full = elements.map((e, i) => ({ ref: `e${i + 1}`, role: 'generic', name: '', ...e }));
  return { url, title: '', snapshot: JSON.stringify({ texts, full }), elements: full, texts, tokens: 0 };
}

function probeOf(now: Observation): EvidenceProbe {
  return {
    async check(a: Assertion) {
      if (a.type === 'text-visible') return occurrences(now.texts, a.text) ? null : 'not visible';
      if (a.type === 'text-hidden') return now.texts.includes(a.text) ? 'visible' : null;
      return null;
    },
    async locate(e: ObservedElement) {
      return { role: e.role, name: e.name };
    },
  };
}

function did(action: PlannedAction, target: { role: string; name: string }, before: Observation) {
  const entry: HistoryEntry = { step: 1, action, description: action.type, ok: true, url, target };
  return [entry, before] as [HistoryEntry, Observation];
}

async function verdict(
  goal: string,
  start: Observation,
  now: Observation,
  steps: [HistoryEntry, Observation][],
) {
  return judge({
    page: null as unknown as Page,
    probe: probeOf(now),
    goal,
    start,
    now,
    history: steps.map(([h]) => h),
    textsBefore: new Map(steps.map(([h, o]) => [h, o.texts])),
    pagesBefore: new Map(steps),
    inputs: { baseUrl: url, variables: {}, files: {} },
    changedOnTheWay: true,
  });
}

describe('a control’s own label is not an error message', () => {
  const cases: { goal: string; item: string; label: string; control: Partial<ObservedElement> }[] = [
    // A role-less switch beside its text, in a drawer opened by a role-less card.
    {
      goal: 'Open the Android widget card',
      item: 'Android widget',
      label: 'Blocked',
      control: { role: 'generic', clickable: true },
    },
    // Paraphrases: another verb, a tab and a button with words the checker reads as errors.
    {
      goal: 'Show me the ticket Printer jam',
      item: 'Printer jam',
      label: 'Locked',
      control: { role: 'tab' },
    },
    {
      goal: 'view "Quarterly report"',
      item: 'Quarterly report',
      label: 'Mark as rejected',
      control: { role: 'button' },
    },
  ];
  it.each(cases)('$goal: "$label" is a control', async ({ goal, item, label, control }) => {
    const start = page([item], [{ clickable: true, name: item }]);
    const now = page(
      [item, item, label],
      [
        { clickable: true, name: item },
        { role: 'heading', name: item, level: 2 },
        { ...control, name: label },
      ],
    );
    const j = await verdict(goal, start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'generic', name: item }, start),
    ]);
    expect(j.problems.join(' ')).not.toMatch(/shows an error/);
  });

  it('the same words as a message of the app still stop the run', async () => {
    const start = page(['Printer jam'], [{ clickable: true, name: 'Printer jam' }]);
    const now = page(
      ['Printer jam', 'Locked'],
      [
        { clickable: true, name: 'Printer jam' },
        { role: 'status', text: 'Locked' },
      ],
    );
    const j = await verdict('Open the ticket Printer jam', start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'generic', name: 'Printer jam' }, start),
    ]);
    expect(j.outcome).toBe('not-done');
    expect(j.problems.join(' ')).toMatch(/shows an error: "Locked"/);
    // A long sentence that is also a clickable (a banner to dismiss) is a message, not a label.
    const banner = page(
      ['Printer jam', 'Your account is locked until an admin unlocks it'],
      [
        { clickable: true, name: 'Printer jam' },
        { clickable: true, name: 'Your account is locked until an admin unlocks it' },
      ],
    );
    const k = await verdict('Open the ticket Printer jam', start, banner, [
      did({ type: 'click', ref: 'e1' }, { role: 'generic', name: 'Printer jam' }, start),
    ]);
    expect(k.outcome).toBe('not-done');
  });
});

describe('a state the goal asks for must show, not only the item', () => {
  const cases = [
    { goal: 'Flag Two-factor sign-in as blocked', item: 'Two-factor sign-in', state: 'Blocked' },
    { goal: 'mark the ticket Printer jam as urgent', item: 'Printer jam', state: 'Urgent' },
    { goal: 'Classify the Acme invoice as paid', item: 'Acme invoice', state: 'Paid' },
    { goal: 'flag the supplier Acme Ltd as preferred', item: 'Acme Ltd', state: 'Preferred' },
  ];
  it.each(cases)(
    '$goal: opening the item and seeing its heading is not it',
    async ({ goal, item, state }) => {
      const card = `${item} · 3 pts`;
      const start = page([card], [{ clickable: true, name: card }]);
      const opened = page(
        [card, item, state],
        [
          { clickable: true, name: card },
          { role: 'heading', name: item, level: 2 },
          { clickable: true, name: state },
        ],
      );
      const j = await verdict(goal, start, opened, [
        did({ type: 'click', ref: 'e1' }, { role: 'generic', name: card }, start),
      ]);
      expect(j.outcome).not.toBe('passed');
    },
  );

  it('a new status naming the item and the state proves it', async () => {
    const start = page(['Printer jam · 3 pts'], [{ clickable: true, name: 'Printer jam · 3 pts' }]);
    const opened = page(
      ['Printer jam · 3 pts', 'Printer jam', 'Mark as urgent'],
      [
        { clickable: true, name: 'Printer jam · 3 pts' },
        { role: 'heading', name: 'Printer jam', level: 2 },
        { clickable: true, name: 'Mark as urgent' },
      ],
    );
    const now = page(
      ['Printer jam · 3 pts', 'Printer jam', 'Mark as urgent', 'Printer jam is now urgent'],
      [...opened.elements, { ref: 'e4', role: 'status', name: '', text: 'Printer jam is now urgent' }],
    );
    const steps = [
      did({ type: 'click', ref: 'e1' }, { role: 'generic', name: 'Printer jam · 3 pts' }, start),
      did({ type: 'click', ref: 'e3' }, { role: 'generic', name: 'Mark as urgent' }, opened),
    ];
    expect((await verdict('Mark the ticket Printer jam as urgent', start, now, steps)).outcome).toBe(
      'passed',
    );
    // Without the status, the control's own label is all there is: not proof.
    expect((await verdict('Mark the ticket Printer jam as urgent', start, opened, steps)).outcome).not.toBe(
      'passed',
    );
  });
});

describe('a move the app took back', () => {
  it.each([
    ['Move Migrate billing to Shipped', 'Couldn’t move “Migrate billing”: 2 checklist tasks are still open'],
    ['send the Acme invoice to the Paid folder', 'Could not move the invoice: it has no amount'],
    ['Put Printer jam in Done', "We couldn't update Printer jam. Try again later"],
    ['Archive the Migrate billing note', 'Only Sam Reed can archive “Migrate billing”.'],
    ['delete the Acme invoice', 'Only the owner may delete the Acme invoice'],
  ])('%s: "%s" is a refusal', async (goal, message) => {
    const item = goal.includes('Printer')
      ? 'Printer jam'
      : goal.includes('Acme')
        ? 'Acme invoice'
        : 'Migrate billing';
    const start = page([item], [{ clickable: true, name: item }]);
    const now = page(
      [item, message],
      [
        { clickable: true, name: item },
        { role: 'status', text: message },
      ],
    );
    const j = await verdict(goal, start, now, [
      did({ type: 'click', ref: 'e1' }, { role: 'generic', name: item }, start),
    ]);
    expect(j.outcome).not.toBe('passed');
    expect(j.problems.join(' ')).toMatch(/shows an error/);
  });
});

describe('saysInProgress reads "work under way" from language', () => {
  it.each([
    'Loading…',
    'Saving changes...',
    'Fetching tracks...',
    'Searching the archive…',
    'Please wait',
    'uploading 3 files…',
  ])('%s is in progress', (text) => expect(saysInProgress(text)).toBe(true));
  it.each([
    'Something…',
    'Move to…',
    'Search cards…',
    'Read more…',
    'Add a description…',
    'Loading',
    'Spring...',
    'The meeting ran long and everyone left early…',
  ])('%s is not', (text) => expect(saysInProgress(text)).toBe(false));
});
