import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from './planner.ts';
import { withCheckpoints } from './run.ts';
import type { Step } from './spec.ts';

const entry = (step: number, ok = true, type: HistoryEntry['action']['type'] = 'click'): HistoryEntry => ({
  step,
  action: { type },
  description: `step ${step}`,
  ok,
  url: 'http://127.0.0.1/',
});

describe('withCheckpoints', () => {
  const steps: Step[] = [
    { action: 'click', locator: { role: 'button', name: 'Sign in' } },
    { action: 'click', locator: { role: 'button', name: 'Sign out' } },
  ];

  it('puts a wait for the evidence right after the step it was seen after (failed attempts skipped)', () => {
    const signIn = entry(1);
    const history = [entry(1, false), signIn, entry(2), entry(3, true, 'done')];
    const out = withCheckpoints(steps, history, [
      { entry: signIn, until: { type: 'text-visible', text: 'ada' } },
    ]);
    expect(out!.map((s) => s.action)).toEqual(['click', 'wait', 'click']);
    expect(out![1]!.until).toEqual({ type: 'text-visible', text: 'ada' });
  });

  it('places nothing (null: no pass) when the steps do not line up with the history', () => {
    const signIn = entry(1);
    expect(
      withCheckpoints(steps, [signIn], [{ entry: signIn, until: { type: 'text-visible', text: 'ada' } }]),
    ).toBeNull();
    expect(withCheckpoints(steps, [signIn], [])).toEqual(steps);
  });
});
