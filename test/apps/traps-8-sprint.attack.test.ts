import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import type { Observation } from '../../src/browser/observe.ts';
import type { PlannedAction } from '../../src/browser/planner.ts';
import { runGoal, type RunGoalResult } from '../../src/browser/run.ts';
import { ScriptPlanner } from './script-planner.ts';
import { startApps, type AppServer } from './server.ts';
import type { SprintTruth } from './truth.ts';

/**
 * Traps for the checker's reading of located items (branch wip10/sprint, 2026-12-07; the engineer
 * did not read the held-out sets): scripted runs on the sprint board, so the checker alone decides.
 * A run that sets the right value on the item the goal's place locates passes; runs that set it on
 * the same rank in another column, on another neighbour, or that open another item after the
 * located one never pass. The goals are our own words, not the tuning goals'.
 */

let browser: Browser;
let apps: AppServer;
beforeAll(async () => {
  browser = await launchChromium();
  apps = await startApps();
});
afterAll(async () => {
  await browser?.close();
  await apps?.close();
});

type Scripted = { type: 'click' | 'select'; role: string; name: string; value?: string };

function toAction(step: Scripted, observation: Observation): PlannedAction {
  const element = observation.elements.find((e) => e.role === step.role && e.name === step.name);
  if (!element) return { type: 'fail', value: `no ${step.role} named ${step.name}` };
  return { type: step.type, ref: element.ref, ...(step.value ? { value: step.value } : {}) };
}

const open = (title: string): Scripted => ({ type: 'click', role: 'button', name: title });
const assign = (who: string): Scripted => ({
  type: 'select',
  role: 'combobox',
  name: 'Assignee',
  value: who,
});

async function play(goal: string, steps: Scripted[]): Promise<{ result: RunGoalResult; truth: SprintTruth }> {
  const fresh = await startApps();
  try {
    const result = await runGoal({
      url: fresh.url('sprint'),
      goal,
      planner: new ScriptPlanner(steps, toAction),
      browser,
      runsDir: null,
      limits: { maxSteps: steps.length + 3, maxWallMs: 100_000 },
    });
    expect(result.did.length, `${result.reason}\n${result.did.join('\n')}`).toBeGreaterThanOrEqual(
      steps.length,
    );
    return { result, truth: fresh.truth('sprint') as SprintTruth };
  } finally {
    await fresh.close();
  }
}
const card = (t: SprintTruth, title: string, column: string) =>
  t.cards.find((c) => c.title === title && c.column === column)!;

describe('located items on the sprint board', () => {
  const GOAL = 'Assign the 2nd card of the Review column to Ana Costa';

  it('passes the run that assigns the card the place locates', async () => {
    const { result, truth } = await play(GOAL, [open('Billing page'), assign('Ana Costa')]);
    expect(card(truth, 'Billing page', 'Review').assignee).toBe('Ana Costa');
    expect(result.status, result.reason).toBe('passed');
  }, 120_000);

  it('never passes the same rank in another column', async () => {
    const { result, truth } = await play(GOAL, [open('Rate limit the API'), assign('Ana Costa')]);
    expect(card(truth, 'Rate limit the API', 'Backlog').assignee).toBe('Ana Costa');
    expect(result.status, result.reason).not.toBe('passed');
  }, 120_000);

  it('never passes when another item was opened after the located one', async () => {
    const { result } = await play(GOAL, [open('Billing page'), open('Audit log'), assign('Ana Costa')]);
    expect(result.status, result.reason).not.toBe('passed');
  }, 120_000);

  it('never passes the wrong neighbour', async () => {
    const { result, truth } = await play('Assign the card just below Onboarding emails to Marco Bianchi', [
      open('Audit log'),
      assign('Marco Bianchi'),
    ]);
    expect(card(truth, 'Audit log', 'Review').assignee).toBe('Marco Bianchi');
    expect(result.status, result.reason).not.toBe('passed');
  }, 120_000);
});
