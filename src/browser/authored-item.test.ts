import { describe, expect, it } from 'vitest';
import { authoredControl, authoredLocator } from './authored-item.ts';
import { readGoal } from './goal/read-goal.ts';
import type { ObservedElement } from './observe.ts';
import { partDecision } from './part-planner.ts';
import type { HistoryEntry } from './planner.ts';

/**
 * Items located by who wrote them, by the item they answer or by when: "Ben's second comment",
 * "the reply under Ana's comment", "the newest comment". The wiki run pressed Like and Resolve on
 * the first comment of the page whatever the goal said. Pages of our own here: a recipe's reviews,
 * a support ticket's messages.
 */
describe('reading where an authored item is', () => {
  it.each([
    ["Resolve Ben's second comment on the Release process page", { author: 'Ben', rank: 2 }],
    ["Upvote Marta Lopez's first review", { author: 'Marta Lopez', rank: 1 }],
    ["Like the reply under Ana's comment", { under: 'Ana' }],
    ["Flag the answer to Omar's question", { under: 'Omar' }],
    ['Answer the newest comment on Roadmap Q1 with: Noted', { when: 'newest' }],
    ['Quote the oldest message in the ticket', { when: 'oldest' }],
    ['Pin the most recent review', { when: 'newest' }],
  ])('%s', (goal, locator) => {
    expect(authoredLocator(goal)).toEqual(locator);
  });

  it.each(['Open the second ticket', "Reply to Lee's comment", 'Open the reply form'])(
    'none in %j (no rank, parent or date among authored items)',
    (goal) => {
      // ("Reply to Lee's comment": one comment of Lee's, found by its author as any row is.)
      expect(authoredLocator(goal)).toBeNull();
    },
  );
});

describe('finding the control of the authored item', () => {
  // Reviews of a recipe, each a card: author · date, text, Helpful / Reply; replies nested inside.
  const card = (author: string, date: string, text: string, nested = '') =>
    `${author} · ${date} ${text} Helpful Reply${nested ? ` ${nested}` : ''}`.slice(0, 120);
  const reply1 = card('Tom Reed', '9 Mar 2026', 'Use less salt.');
  const first = card('Marta Lopez', '2 Mar 2026', 'Lovely soup, will cook again.', reply1);
  const second = card('Jin Park', '12 Mar 2026', 'Too thick for me.');
  const third = card('Marta Lopez', '4 Mar 2026', 'Second try: even better.');
  let n = 0;
  const controls = (context: string): ObservedElement[] =>
    ['Helpful', 'Reply'].map((name) => ({ ref: `e${++n}`, role: 'button', name, context }));
  const page = [
    ...controls(first),
    ...controls(reply1),
    ...controls(second),
    ...controls(third),
    { ref: 'e99', role: 'button', name: 'Post review' },
  ] as ObservedElement[];
  const pick = (goal: string) => {
    const control = authoredControl(readGoal(goal)[0]!, page);
    return control
      ? `${control.name} @ ${control.context!.split(' · ')[0]} ${control.context!.split(' · ')[1]!.slice(0, 11).trim()}`
      : null;
  };

  it("counts an author's items in page order", () => {
    expect(pick("Mark Marta Lopez's second review as helpful")).toBe('Helpful @ Marta Lopez 4 Mar 2026');
    expect(pick("Mark Marta's first review as helpful")).toBe('Helpful @ Marta Lopez 2 Mar 2026');
  });

  it("finds the item nested right under the named author's", () => {
    expect(pick("Reply to the reply under Marta's first review")).toBe('Reply @ Tom Reed 9 Mar 2026');
  });

  it('finds the newest and the oldest by their dates, not their place on the page', () => {
    expect(pick('Reply to the newest review')).toBe('Reply @ Jin Park 12 Mar 2026');
    expect(pick('Mark the oldest review as helpful')).toBe('Helpful @ Marta Lopez 2 Mar 2026');
  });

  it('gives up when the page cannot say which ("Ben\'s third comment" of two)', () => {
    expect(pick("Mark Marta's third review as helpful")).toBeNull();
    expect(pick("Mark Ravi's second review as helpful")).toBeNull();
  });
});

describe('on the item page just opened, the authored item comes before the first button the verb names', () => {
  const url = 'http://127.0.0.1/recipes/soup';
  const ctx = (who: string, date: string, text: string) => `${who} · ${date} ${text} Approve Resolve`;
  const els: Partial<ObservedElement>[] = [
    { role: 'heading', name: 'Tomato soup', level: 1 },
    { role: 'button', name: 'Approve', context: ctx('Marta Lopez', '2 Mar 2026', 'Lovely soup.') },
    { role: 'button', name: 'Resolve', context: ctx('Marta Lopez', '2 Mar 2026', 'Lovely soup.') },
    { role: 'button', name: 'Approve', context: ctx('Jin Park', '12 Mar 2026', 'Too thick.') },
    { role: 'button', name: 'Resolve', context: ctx('Jin Park', '12 Mar 2026', 'Too thick.') },
    { role: 'button', name: 'Approve', context: ctx('Marta Lopez', '4 Mar 2026', 'Even better.') },
    { role: 'button', name: 'Resolve', context: ctx('Marta Lopez', '4 Mar 2026', 'Even better.') },
  ];
  const observation = {
    url,
    title: 'Soup',
    snapshot: '',
    elements: els.map((e, i) => ({ ref: `e${i + 1}`, name: '', ...e }) as ObservedElement),
    texts: [],
    tokens: 0,
  };
  const opened: HistoryEntry = {
    step: 1,
    action: { type: 'click', ref: 'x1' },
    description: 'click link "Tomato soup"',
    ok: true,
    url: 'http://127.0.0.1/recipes/',
    target: { role: 'link', name: 'Tomato soup', context: 'Tomato soup Starters' },
  };
  it.each([
    ["Approve Marta's second review of the Tomato soup recipe", 'e6'],
    ["Resolve Marta's second review on the Tomato soup page", 'e7'],
  ])('%s → %s', (goal, ref) => {
    const context = { goal, observation, variables: [], files: [], history: [opened], lastError: null };
    expect(partDecision(readGoal(goal), context, observation)?.action).toEqual({ type: 'click', ref });
  });
});

// The wiki's cards are labelled ("Comment by Ana Ruiz"), so their text starts with the label and
// a parent's text is cut at 120 characters: the author is found in the card's head, a reply by
// the start of its text at the end of its parent's. A forum of our own here.
describe('cards whose label comes before their text, as the page reads them', () => {
  const card = (who: string, date: string, text: string, nested = '') => {
    const flat = `Post by ${who} ${who} · ${date} ${text} Upvote Reply${nested ? ` ${nested}` : ''}`;
    return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
  };
  const reply = card('Ravi Shah', '9 May 2026', 'Same here on 4.2.');
  const top = card('Ana Costa', '8 May 2026', 'Sync stops after the update.', reply);
  const other = card('Ravi Shah', '10 May 2026', 'Fixed by a reinstall.');
  let n = 0;
  const page = [top, reply, other].flatMap((context) =>
    ['Upvote', 'Reply'].map((name) => ({ ref: `e${++n}`, role: 'button', name, context }) as ObservedElement),
  );
  const pick = (goal: string) => authoredControl(readGoal(goal)[0]!, page)?.ref ?? null;
  it('finds the author in the head, past the label', () => {
    expect(pick("Upvote Ravi's second post")).toBe('e5');
    expect(pick("Upvote Ravi Shah's first post")).toBe('e3');
  });
  it('finds the reply under a post whose text was cut short', () => {
    expect(pick("Upvote the reply under Ana's post")).toBe('e3');
  });
});

describe('a form whose text lists people is no item of theirs', () => {
  it("counts only dated cards: a properties form naming Ravi is not Ravi's first post", () => {
    const form = 'Properties Owner Ana Costa Ravi Shah Status Save';
    const first = 'Post by Ravi Shah Ravi Shah · 9 May 2026 Same here. Upvote Reply';
    const second = 'Post by Ravi Shah Ravi Shah · 10 May 2026 Fixed. Upvote Reply';
    const page = [
      { ref: 'f1', role: 'button', name: 'Save', context: form },
      { ref: 'p1', role: 'button', name: 'Upvote', context: first },
      { ref: 'p2', role: 'button', name: 'Upvote', context: second },
    ] as ObservedElement[];
    expect(authoredControl(readGoal("Upvote Ravi's second post")[0]!, page)?.ref).toBe('p2');
    expect(authoredControl(readGoal("Upvote Ravi's first post")[0]!, page)?.ref).toBe('p1');
  });
});

describe("a section's own controls are no card", () => {
  it("the list's Post button, whose text starts with the first card's, is not Ravi's", () => {
    const first = 'Post by Ravi Shah Ravi Shah · 9 May 2026 Same here. Upvote Reply';
    const page = [
      { ref: 'p1', role: 'button', name: 'Upvote', context: first },
      { ref: 's1', role: 'button', name: 'Upvote all', context: `Posts ${first}` },
    ] as ObservedElement[];
    expect(authoredControl(readGoal("Upvote the newest of Ravi's posts")[0]!, page)).toBeNull();
    expect(authoredControl(readGoal("Upvote the reply under Ravi's post")[0]!, page)).toBeNull();
    const withReply = [
      ...page.slice(0, 1),
      {
        ref: 'r1',
        role: 'button',
        name: 'Upvote',
        context: 'Post by Ana Costa Ana Costa · 10 May 2026 Me too. Upvote',
      },
      page[1]!,
    ] as ObservedElement[];
    withReply[0] = { ...withReply[0]!, context: `${first} Post by Ana Costa Ana` };
    expect(authoredControl(readGoal("Upvote the reply under Ravi's post")[0]!, withReply)?.ref).toBe('r1');
  });
});
