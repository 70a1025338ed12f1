import { describe, expect, it } from 'vitest';
import { LocalPlanner } from './local-planner.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';

/**
 * After typing into a form's box, the form that box is in is sent: on a page with two forms (an
 * item's properties, a reply under a comment) the wiki run typed the reply and pressed "Save
 * properties". Pages of our own: a recipe page with a note form and a review reply form.
 */
describe('the button that sends the form just typed in', () => {
  const url = 'http://127.0.0.1/recipes/soup';
  const replyForm = 'Reply to Marta Send reply Cancel';
  const settings = 'Servings Difficulty Save recipe';
  const page = (value: string): Observation => {
    const elements: Partial<ObservedElement>[] = [
      { role: 'heading', name: 'Tomato soup', level: 1 },
      { role: 'spinbutton', name: 'Servings', inputType: 'number', value: '4', context: settings },
      { role: 'combobox', name: 'Difficulty', options: ['Easy', 'Hard'], value: 'Easy', context: settings },
      { role: 'button', name: 'Save recipe', submit: true, context: settings },
      { role: 'button', name: 'Helpful', context: 'Marta Lopez · 2 Mar 2026 Lovely soup. Helpful Reply' },
      { role: 'textbox', name: 'Reply to Marta', inputType: 'textarea', value, context: replyForm },
      { role: 'button', name: 'Send reply', submit: true, context: replyForm },
      { role: 'button', name: 'Cancel', context: replyForm },
    ];
    const full = elements.map((e, i) => ({ ref: `e${i + 1}`, name: '', ...e }) as ObservedElement);
    return { url, title: 'Soup', snapshot: value, elements: full, texts: [], tokens: 0 };
  };
  const typed: HistoryEntry = {
    step: 2,
    action: { type: 'fill', ref: 'e6', value: 'glad you liked it, thanks' },
    description: 'fill textbox "Reply to Marta"',
    ok: true,
    url,
    target: { role: 'textbox', name: 'Reply to Marta', context: replyForm },
  };

  it.each([
    "Respond to Marta's review saying glad you liked it, thanks",
    'Answer the review by Marta Lopez: glad you liked it, thanks',
  ])("%s → the reply form's own button", async (goal) => {
    const planner = new LocalPlanner();
    const now = page('glad you liked it, thanks');
    const decision = await planner.plan({
      goal,
      observation: now,
      variables: [],
      files: [],
      history: [typed],
      lastError: null,
      previousStep: typed,
    } as never);
    expect(decision.action, decision.reason).toMatchObject({ type: 'click', ref: 'e7' });
  });
});
