import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { LocalPlanner } from './local-planner.ts';
import { observe } from './observe.ts';
import { runGoal } from './run.ts';

// A page of our own (test-pages/dialogs.html), in other words than any tuning app: a reading
// club whose every change goes through a modal layer (Modify / Adjust / Delete, Apply / Keep).
// Truth is window.appState(), read after each run: the app judges, never codify's word.

interface Club {
  readers: { name: string; level: string }[];
  loan: string;
  opened: string[];
}

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  const html = await readFile(join(import.meta.dirname, 'test-pages', 'dialogs.html'), 'utf8');
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function onClub(goal: string): Promise<Club> {
  let truth: Club = { readers: [], loan: '', opened: [] };
  await runGoal({
    url: `${base}/club`,
    goal,
    planner: new LocalPlanner(),
    browser,
    runsDir: null,
    limits: { maxSteps: 10, maxWallMs: 60_000 },
    onFinish: async (page) => {
      truth = await page.evaluate(() => (window as unknown as { appState: () => Club }).appState());
    },
  });
  return truth;
}

const level = (club: Club, name: string) => club.readers.find((r) => r.name === name)?.level;

describe('controls under a dialog or an overlay', () => {
  it(
    'are marked blocked, with a modal dialog or only a fixed backdrop on top',
    { timeout: 60_000 },
    async () => {
      const page = await browser.newPage();
      try {
        for (const query of ['', '?veil=1']) {
          await page.goto(`${base}/club${query}`);
          const before = await observe(page);
          expect(before.elements.some((e) => e.blocked)).toBe(false);
          await page.getByRole('button', { name: 'Adjust' }).first().click();
          const after = await observe(page);
          const blocked = after.elements.filter((e) => e.blocked).map((e) => e.name);
          // What lies under the layer cannot take a click; what is in it can.
          expect(blocked).toEqual(expect.arrayContaining(['Modify', 'Delete', 'Adjust']));
          expect(blocked).not.toContain('Apply');
          expect(blocked).not.toContain('Dismiss');
          expect(after.snapshot).toMatch(/controls lie under an open dialog or overlay/);
        }
      } finally {
        await page.close();
      }
    },
  );
});

describe('local planner in modal dialogs', () => {
  it(
    "opens a row's editor, picks the level the goal names and applies it",
    { timeout: 180_000 },
    async () => {
      expect(level(await onClub('Make Ursula Le Guin a moderator'), 'Ursula Le Guin')).toBe('Moderator');
      // Another verb, another order, another row.
      const other = await onClub('Give Octavia Butler the moderator level');
      expect(level(other, 'Octavia Butler')).toBe('Moderator');
      expect(level(other, 'Ursula Le Guin')).toBe('Member');
    },
  );

  it('changes a setting through the control beside it', { timeout: 180_000 }, async () => {
    expect((await onClub('Set the loan period to 30 days')).loan).toBe('30 days');
    expect((await onClub("Change the loan period to '7 days'")).loan).toBe('7 days');
  });

  it(
    'removes the row named (by name or by position, the header row not counted) and confirms',
    { timeout: 180_000 },
    async () => {
      const byName = await onClub('Delete Stanislaw Lem');
      expect(byName.readers.map((r) => r.name)).toEqual(['Octavia Butler', 'Ursula Le Guin']);
      const byPlace = await onClub('Remove the second reader');
      expect(byPlace.readers.map((r) => r.name)).toEqual(['Octavia Butler', 'Stanislaw Lem']);
    },
  );
});
