import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { exportPlaywrightTest } from './export.ts';
import { LocalPlanner } from './local-planner.ts';
import { replaySpec, type ReplayResult } from './replay.ts';
import { runGoal } from './run.ts';
import { locatorForElement } from './locators.ts';
import { observe } from './observe.ts';
import { parseSpec, type Spec, type SpecLocator } from './spec.ts';

// A settings page of our own (test-pages/workspace.html) in three variants: the original, one
// renamed and moved with the same behaviour, and one renamed whose Save no longer renames. Every
// verdict is judged against the page's own state (window.appState()), never against codify's word.

let browser: Browser;
let server: Server;
let base: string;
const GOAL = 'Rename the workspace to Orbit Labs';

beforeAll(async () => {
  browser = await launchChromium();
  const page = (name: string) => readFile(join(import.meta.dirname, 'test-pages', name), 'utf8');
  const [workspace, pins] = [await page('workspace.html'), await page('pins.html')];
  server = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(req.url?.startsWith('/pins') ? pins : workspace);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const onVariant = (spec: Spec, variant: string): Spec => ({
  ...spec,
  url: `${spec.url.replace(/\?.*$/, '')}?variant=${variant}`,
});

/** Replays with healing and reads the page's own state at the end. */
async function healOn(
  spec: Spec,
  variant: string,
): Promise<{ result: ReplayResult; name: string; picked?: string; starred?: string[] }> {
  let state: { name: string; picked?: string; starred?: string[] } = { name: '' };
  const result = await replaySpec(onVariant(spec, variant), {
    browser,
    runsDir: null,
    actionTimeoutMs: 2_000,
    heal: { planner: new LocalPlanner(), limits: { maxWallMs: 60_000 } },
    onFinish: async (page) => {
      state = await page.evaluate(() =>
        (
          window as unknown as { appState(): { name: string; picked?: string; starred?: string[] } }
        ).appState(),
      );
    },
  });
  return { result, ...state };
}

describe('heal after a UI change', () => {
  let recorded: Spec;

  beforeAll(async () => {
    const run = await runGoal({
      url: `${base}/workspace?variant=original`,
      goal: GOAL,
      planner: new LocalPlanner(),
      browser,
      runsDir: null,
      limits: { maxWallMs: 60_000 },
    });
    expect(run.status, run.reason).toBe('passed');
    recorded = run.spec;
  }, 120_000);

  it(
    'trap: a heal never passes a goal the changed app no longer reaches, nor swaps its check for a weaker one',
    { timeout: 120_000 },
    async () => {
      // The recorded run's own evidence, plus a hand-written one that the broken app's "Saved." could
      // be mistaken for: neither may be "healed" into a check that passes on the broken app.
      for (const spec of [
        recorded,
        parseSpec({
          ...recorded,
          assertions: [{ type: 'text-visible', text: 'Workspace renamed to Orbit Labs' }],
        }),
      ]) {
        const { result, name } = await healOn(spec, 'broken');
        expect(name, 'the broken app keeps its old name').toBe('Acme Labs');
        expect(result.status, result.reason).not.toBe('passed');
        expect(result.healed).toBeUndefined();
        expect(result.failedAssertions.length, result.reason).toBeGreaterThan(0);
      }
    },
  );

  it(
    'heals a renamed and moved button, numbering healed steps as the original spec does',
    { timeout: 120_000 },
    async () => {
      const { result, name } = await healOn(recorded, 'renamed');
      expect(name).toBe('Orbit Labs');
      expect(result.status, result.reason).toBe('passed');
      const renameStep = recorded.steps.findIndex((s) => s.locator?.name === 'Rename workspace');
      expect(renameStep).toBeGreaterThanOrEqual(0);
      const healed = result.healed!;
      expect(healed.steps.filter((h) => h.step > 0).map((h) => h.step)).toEqual([renameStep + 1]);
      expect(healed.spec.steps).toHaveLength(recorded.steps.length);
      // Found by the id recorded beside its name, and written down by its new name.
      expect(healed.spec.steps[renameStep]!.locator).toEqual({ role: 'button', name: 'Change name' });
      // The exported healed test numbers its steps the same way: "Step N" is the original's step N.
      const exported = exportPlaywrightTest(healed.spec);
      for (const [index, step] of recorded.steps.entries())
        if (index !== renameStep)
          expect(exported).toContain(`// Step ${index + 1}: ${step.reason ?? ''}`.trimEnd());
      expect(healed.spec.assertions).toEqual(recorded.assertions);
    },
  );

  it(
    'a role-less row is clicked by its title, which survives the layout change its path would not',
    { timeout: 120_000 },
    async () => {
      const page = await browser.newPage();
      let locator: SpecLocator;
      try {
        await page.goto(`${base}/workspace?variant=original`);
        const row = (await observe(page)).elements.find((e) => e.name.startsWith('Alan Turing'));
        expect(row?.clickable).toBe(true);
        locator = await locatorForElement(page, row!);
      } finally {
        await page.close();
      }
      // By the words that name the row (its title), never a CSS path the changed layout breaks.
      expect(locator).toEqual({ text: 'Alan Turing' });
      const spec = parseSpec({
        version: 1,
        goal: 'Open Alan Turing',
        url: `${base}/workspace?variant=original`,
        viewport: { width: 1280, height: 800 },
        variables: {},
        files: {},
        steps: [{ action: 'click', locator }],
        assertions: [{ type: 'text-visible', text: 'Opened Alan Turing' }],
        recordedWith: { planner: 'local', at: '2026-12-07T00:00:00Z', outcome: 'passed' },
      });
      const { result, picked } = await healOn(spec, 'renamed');
      expect(picked).toBe('Alan Turing');
      expect(result.status, result.reason).toBe('passed');
    },
  );
});

describe('heal of an element-state check after a rename (test-pages/pins.html)', () => {
  let recorded: Spec;

  beforeAll(async () => {
    const run = await runGoal({
      url: `${base}/pins?variant=original`,
      goal: 'Star the trip to Lisbon',
      planner: new LocalPlanner(),
      browser,
      runsDir: null,
      limits: { maxWallMs: 60_000 },
    });
    expect(run.status, run.reason).toBe('passed');
    recorded = run.spec;
    // The run's evidence is the toggle's state, found by its name: the name the rename breaks.
    expect(recorded.assertions).toMatchObject([
      { type: 'state', state: 'pressed', value: true, locator: { role: 'button', name: 'Star' } },
    ]);
  }, 120_000);

  it(
    "re-finds the renamed toggle's state, as strong: same state, same row, the goal's words",
    { timeout: 120_000 },
    async () => {
      const { result, starred } = await healOn(recorded, 'renamed');
      expect(starred).toEqual(['Lisbon']);
      expect(result.status, result.reason).toBe('passed');
      expect(result.healed?.spec.assertions).toMatchObject([
        {
          type: 'state',
          state: 'pressed',
          value: true,
          locator: { role: 'button', name: 'Star trip', within: { hasText: 'Lisbon' } },
        },
      ]);
    },
  );

  it(
    'trap: never heals into a pass when the toggle stars nothing, or stars another trip',
    { timeout: 120_000 },
    async () => {
      for (const [variant, truth] of [
        ['broken', []],
        ['elsewhere', ['Vienna']],
      ] as const) {
        const { result, starred } = await healOn(recorded, variant);
        expect(starred, variant).toEqual(truth);
        expect(result.status, `${variant}: ${result.reason}`).toBe('failed');
        expect(result.healed, variant).toBeUndefined();
      }
    },
  );
});
