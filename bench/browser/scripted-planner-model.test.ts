import { describe, expect, it } from 'vitest';
import { buildPlannerMessages } from '../../src/browser/model-planner.ts';
import type { Observation } from '../../src/browser/observe.ts';
import type { HistoryEntry } from '../../src/browser/planner.ts';
import { FLOWS } from './flows.ts';
import { completedSteps, decide, findRef, promptTokens } from './scripted-planner-model.ts';

const signup = FLOWS['signup']!;

function prompt(snapshot: string, history: HistoryEntry[] = []): string {
  const observation: Observation = {
    url: 'http://x/signup',
    title: 'Sign up',
    snapshot,
    elements: [],
    texts: [],
    tokens: 0,
  };
  const messages = buildPlannerMessages({
    goal: signup.goal,
    observation,
    variables: ['name', 'email', 'password'],
    files: [],
    history,
    lastError: null,
  });
  return messages.map((m) => m.content).join('\n');
}

const ok = (step: number, description: string): HistoryEntry => ({
  step,
  action: { type: 'click' },
  description,
  ok: true,
  url: 'http://x/',
});

describe('scripted planner policy', () => {
  it('finds refs by role and exact accessible name', () => {
    const snapshot = '- link "Sign up now" [ref=e3]\n- link "Sign up" [ref=e7] [url=/signup]';
    expect(findRef(snapshot, 'link', 'Sign up')).toBe('e7');
    expect(findRef(snapshot, 'button', 'Sign up')).toBeNull();
  });

  it('takes the next intent after the steps the history reports done, with the ref on this page', () => {
    const page = '- textbox "Name" [ref=e15]\n- textbox "Email" [ref=e17]';
    const history = [
      ok(1, 'click link "Sign up"'),
      { ...ok(2, 'fill textbox "Name"'), ok: false, error: 'x' },
    ];
    expect(completedSteps(prompt(page, history))).toBe(1);
    expect(decide(signup, prompt(page, history)).action).toEqual({
      type: 'fill',
      ref: 'e15',
      variable: 'name',
    });
    const after = [ok(1, 'click link "Sign up"'), ok(2, 'fill textbox "Name" {name}')];
    expect(decide(signup, prompt(page, after)).action).toEqual({
      type: 'fill',
      ref: 'e17',
      variable: 'email',
    });
  });

  it('fails when the intended element is missing, waits for the success text, then is done', () => {
    expect(decide(signup, prompt('- heading "Oops" [ref=e1]')).action.type).toBe('fail');
    const all = signup.intents.map((intent, i) => ok(i + 1, intent.name));
    expect(decide(signup, prompt('- heading "Create your account"', all)).action).toEqual({
      type: 'wait',
      waitFor: { text: signup.successText },
    });
    const done = decide(signup, prompt(`- status: ${signup.successText}`, all)).action;
    expect(done.type).toBe('done');
    expect(done.assertions).toEqual(signup.assertions);
  });

  it('counts prompt tokens for text and images', () => {
    const text = { messages: [{ role: 'user', content: 'hello world' }] };
    const base = promptTokens(text);
    expect(base).toBeGreaterThan(4);
    // A 1280×800 PNG header: IHDR width and height at bytes 16–23.
    const png = Buffer.alloc(33);
    png.writeUInt32BE(1280, 16);
    png.writeUInt32BE(800, 20);
    const withImage = {
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'hello world' },
            { type: 'image_url', image_url: { url: `data:image/png;base64,${png.toString('base64')}` } },
          ],
        },
      ],
    };
    expect(promptTokens(withImage) - base).toBe(1105);
  });
});
