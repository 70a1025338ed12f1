import { describe, expect, it } from 'vitest';
import { judgeAssertionHeal } from './assertion-heal.ts';
import type { Assertion } from './spec.ts';

const text = (t: string): Assertion => ({ type: 'text-visible', text: t });

describe('judgeAssertionHeal: a heal never weakens the goal’s evidence', () => {
  it('refuses a replacement that drops the value the goal gave (a bare "Saved." for "renamed to Orbit Labs")', () => {
    for (const goal of [
      'Rename the workspace to Orbit Labs',
      'Set the workspace name to "Orbit Labs"',
      'change workspace name - Orbit Labs',
    ]) {
      const judged = judgeAssertionHeal(text('Workspace renamed to Orbit Labs'), [text('Saved.')], goal);
      expect(judged.replacement, goal).toBeNull();
      expect(judged.missing, goal).toEqual(expect.arrayContaining(['orbit', 'labs']));
    }
  });

  it('takes a renamed message that still names every goal word and value it named', () => {
    const judged = judgeAssertionHeal(
      text('Workspace renamed to Orbit Labs'),
      [text('Saved.'), text('The workspace is now Orbit Labs, renamed')],
      'Rename the workspace to Orbit Labs',
    );
    expect(judged.replacement).toEqual(text('The workspace is now Orbit Labs, renamed'));
    // A paraphrase in other words and order: the values in quotes, another app's message.
    const other = judgeAssertionHeal(
      text('Ticket #4 closed'),
      [text('#4 was closed by ada'), text('Closed: ticket 4 (by ada)')],
      'open ticket "#4" and close it',
    );
    // "#4 was closed" no longer says it is the ticket; the other message, in another order, does.
    expect(other.replacement).toEqual(text('Closed: ticket 4 (by ada)'));
    // Another ticket's number is another check, one digit or many.
    expect(
      judgeAssertionHeal(text('Ticket #4 closed'), [text('Closed: ticket 5')], 'close ticket 4').missing,
    ).toEqual(['4']);
    expect(
      judgeAssertionHeal(text('Order 12 shipped'), [text('Order 123 shipped')], 'Ship order 12').missing,
    ).toEqual(['12']);
  });

  it('refuses a replacement of another kind (a URL or an element for a text)', () => {
    const goal = 'Sign in as ada';
    for (const offered of [
      { type: 'url-matches', pattern: '/tickets' },
      { type: 'element-visible', locator: { role: 'button', name: 'ada' } },
      { type: 'text-hidden', text: 'Signed in as ada' },
    ] as Assertion[]) {
      expect(judgeAssertionHeal(text('Signed in as ada'), [offered], goal).replacement).toBeNull();
    }
  });

  it('refuses a message that lost the goal’s own word even when the value stays', () => {
    // "Signed in" → "Welcome back, ada": the sign-in is no longer what is checked.
    const judged = judgeAssertionHeal(
      text('Signed in as ada'),
      [text('Welcome back, ada')],
      'Sign in as ada',
    );
    expect(judged.replacement).toBeNull();
    expect(judged.missing).toEqual(['signed']);
  });

  it('counts a variable and the value given for it as the same evidence', () => {
    const field = (label: string, value: Assertion extends never ? never : string | { var: string }) =>
      ({ type: 'field-value', locator: { role: 'textbox', label }, value }) as Assertion;
    const judged = judgeAssertionHeal(
      field('Email', { var: 'email' }),
      [field('Email address', { var: 'email' })],
      'Sign up with my email',
    );
    expect(judged.replacement).toEqual(field('Email address', { var: 'email' }));
    // A field of another role, or a value that is not the one given, is not the same check.
    expect(
      judgeAssertionHeal(text('Hello ada@example.com'), [text('Hello there')], 'Sign up with my email', [
        'ada@example.com',
      ]).missing,
    ).toEqual(['ada@example.com']);
  });
});
