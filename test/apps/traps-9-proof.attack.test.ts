import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import type { Observation } from '../../src/browser/observe.ts';
import type { PlannedAction } from '../../src/browser/planner.ts';
import { runGoal, type RunGoalResult } from '../../src/browser/run.ts';
import { ScriptPlanner } from './script-planner.ts';
import { startApps } from './server.ts';
import type { EnrolTruth, HoldsTruth, VaultTruth } from './truth.ts';

/**
 * Traps for the checker's read-back and own-page rules (branch wip11/proof, 2026-12-07; the engineer
 * did not read the held-out sets): scripted runs on the course application (enrol) and the shared
 * drive (vault), so the checker alone decides. A run that sends the application the review page
 * read back, or shares the named document from its own page, passes; a draft kept instead of sent,
 * an application for another person, a review never sent, and the same share on another document
 * never pass. The goals are our own words, not the tuning goals'.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Scripted = {
  type: 'click' | 'select' | 'fill' | 'check' | 'uncheck';
  role: string;
  /** The element's name, or its start ("Creative writing" of the radio with its hint). */
  name: string;
  value?: string;
  /** The one in the open dialog (its "Share", not the page's). */
  inDialog?: boolean;
  /** The one in the row that names this ("Pause" of the Winter Orchard row). */
  row?: string;
};

function toAction(step: Scripted, observation: Observation): PlannedAction {
  const candidates = observation.elements.filter(
    (e) => (!step.inDialog || e.dialog) && (!step.row || (e.context ?? '').includes(step.row)),
  );
  const element =
    candidates.find((e) => e.role === step.role && e.name === step.name) ??
    candidates.find((e) => e.role === step.role && e.name.startsWith(step.name));
  if (!element) return { type: 'fail', value: `no ${step.role} named ${step.name}` };
  return { type: step.type, ref: element.ref, ...(step.value ? { value: step.value } : {}) };
}

async function play<T>(
  app: 'enrol' | 'vault' | 'holds',
  goal: string,
  steps: Scripted[],
): Promise<{ result: RunGoalResult; truth: T }> {
  const fresh = await startApps();
  try {
    const result = await runGoal({
      url: fresh.url(app),
      goal,
      planner: new ScriptPlanner(steps, toAction),
      browser,
      runsDir: null,
      limits: { maxSteps: steps.length + 3, maxWallMs: 100_000 },
    });
    expect(result.did.length, `${result.reason}\n${result.did.join('\n')}`).toBeGreaterThanOrEqual(
      steps.length,
    );
    return { result, truth: fresh.truth(app) as T };
  } finally {
    await fresh.close();
  }
}

const fill = (name: string, value: string): Scripted => ({ type: 'fill', role: 'textbox', name, value });
const click = (name: string, role = 'button'): Scripted => ({ type: 'click', role, name });
const radio = (name: string): Scripted => ({ type: 'check', role: 'radio', name });

describe('an application the review page read back, then sent', () => {
  const GOAL =
    'Put in an application to the creative writing course for Jo Marsh, born 2 July 1987, email jo.marsh@example.com, attending in person. Her address: Leeds, United Kingdom, LS2 9JT.';
  const toReview = (name = 'Jo Marsh'): Scripted[] => [
    fill('Full name', name),
    fill('Email address', 'jo.marsh@example.com'),
    fill('Day', '2'),
    fill('Month', '7'),
    fill('Year', '1987'),
    click('Next'),
    radio('Creative writing'),
    radio('In person'),
    click('Next'),
    { type: 'select', role: 'combobox', name: 'Country', value: 'United Kingdom' },
    fill('Town or city', 'Leeds'),
    fill('Postcode', 'LS2 9JT'),
    click('Continue'),
    { type: 'check', role: 'checkbox', name: 'I confirm' },
  ];

  it('passes the run that sends what the review read back', async () => {
    const { result, truth } = await play<EnrolTruth>('enrol', GOAL, [
      ...toReview(),
      click('Submit application'),
    ]);
    expect(truth.submitted?.fullName).toBe('Jo Marsh');
    expect(result.status, result.reason).toBe('passed');
  }, 120_000);

  it('never passes a draft kept at the review instead of sent', async () => {
    const { result, truth } = await play<EnrolTruth>('enrol', GOAL, [
      ...toReview(),
      click('Save and continue later'),
    ]);
    expect(truth.submitted).toBeNull();
    expect(result.status, result.reason).not.toBe('passed');
  }, 120_000);

  it('never passes an application sent for another person', async () => {
    const { result, truth } = await play<EnrolTruth>('enrol', GOAL, [
      ...toReview('Jo Marshall'),
      click('Submit application'),
    ]);
    expect(truth.submitted?.fullName).toBe('Jo Marshall');
    expect(result.status, result.reason).not.toBe('passed');
  }, 120_000);

  it('never passes a review whose sending the app refused (the box left unticked)', async () => {
    const { result, truth } = await play<EnrolTruth>('enrol', GOAL, [
      ...toReview().slice(0, -1),
      click('Submit application'),
    ]);
    expect(truth.submitted).toBeNull();
    expect(result.status, result.reason).not.toBe('passed');
  }, 120_000);
});

describe("a share answered on the named document's own page", () => {
  const GOAL = 'Log in as jo (password Harbour-77) and share the Q2 budget with max@northfile.test';
  const share = (title: string): Scripted[] => [
    fill('Username or email', 'jo'),
    fill('Password', 'Harbour-77'),
    click('Sign in'),
    click(title, 'link'),
    click('Share'),
    fill('Email address', 'max@northfile.test'),
    { ...click('Share'), inDialog: true },
  ];
  const sharedWith = (t: VaultTruth, title: string) =>
    t.docs.find((d) => d.title === title)!.sharedWith.map((s) => s.email);

  it('passes the share of the named document', async () => {
    const { result, truth } = await play<VaultTruth>('vault', GOAL, share('Q2 budget'));
    expect(sharedWith(truth, 'Q2 budget')).toContain('max@northfile.test');
    expect(result.status, result.reason).toBe('passed');
  }, 120_000);

  it('never passes the same share of another document', async () => {
    const { result, truth } = await play<VaultTruth>('vault', GOAL, share('Q3 budget'));
    expect(sharedWith(truth, 'Q3 budget')).toContain('max@northfile.test');
    expect(result.status, result.reason).not.toBe('passed');
  }, 120_000);
});

// Round 13 (wip13/voyage2): a change to a date proved by the app's words about the item reading the
// date back. The obvious evidence (a "paused until <date>" message) on another row, or for another
// date, never passes.
describe('a hold paused until a date, read back by what the app says of that hold', () => {
  const goal = 'Pause my hold on Winter Orchard until 20 March 2027';
  const pauseRow = (title: string, date: string): Scripted[] => [
    fill(`Pause ${title} until`, date),
    { type: 'click', role: 'button', name: 'Pause', row: title },
  ];

  it('passes when the named hold is paused until that date', async () => {
    const { result, truth } = await play<HoldsTruth>('holds', goal, pauseRow('Winter Orchard', '2027-03-20'));
    expect(truth.holds.find((h) => h.title === 'Winter Orchard')?.pausedUntil).toBe('2027-03-20');
    expect(result.status, result.reason).toBe('passed');
  }, 150_000);

  it('never passes when another hold is paused until that date', async () => {
    const { result, truth } = await play<HoldsTruth>('holds', goal, pauseRow('The Salt Road', '2027-03-20'));
    expect(truth.holds.find((h) => h.title === 'Winter Orchard')?.pausedUntil).toBeNull();
    expect(result.status).not.toBe('passed');
  }, 150_000);

  it('never passes when the named hold is paused until another date', async () => {
    const { result, truth } = await play<HoldsTruth>('holds', goal, pauseRow('Winter Orchard', '2027-03-27'));
    expect(truth.holds.find((h) => h.title === 'Winter Orchard')?.pausedUntil).toBe('2027-03-27');
    expect(result.status).not.toBe('passed');
  }, 150_000);
});
