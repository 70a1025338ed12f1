import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { LocalPlanner } from './local-planner.ts';
import { runGoal, type RunGoalResult } from './run.ts';

// A multi-step form of our own (test-pages/apply-wizard.html), in other words than the suite's
// wizards: a job application with "Proceed" / "Go back" / "Start over", a relocation step only
// for "Yes", errors listed above the form. Truth is window.appState, read after each run.

interface Application {
  page: string;
  seen: string[];
  draft: {
    who: string;
    mail: string;
    phone: string;
    start: string;
    level: string;
    relocate: string;
    city: string;
  };
  sent: { who: string; start: string; level: string; city: string } | null;
  restarts: number;
  backs: number;
  errorsShown: string[];
}

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  const html = await readFile(join(import.meta.dirname, 'test-pages', 'apply-wizard.html'), 'utf8');
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

async function apply(goal: string): Promise<{ app: Application; result: RunGoalResult }> {
  let app: Application | null = null;
  const result = await runGoal({
    url: `${base}/apply`,
    goal,
    planner: new LocalPlanner(),
    browser,
    runsDir: null,
    limits: { maxSteps: 25, maxWallMs: 80_000 },
    onFinish: async (page) => {
      app = await page.evaluate(() => (window as unknown as { appState: Application }).appState);
    },
  });
  return { app: app!, result };
}

const CONTACT = { who: 'Ada Lovelace', mail: 'ada@example.com', phone: '020 7946 0000' };

describe('a multi-step form the planner was never tuned on', () => {
  it(
    'fills each step from a one-sentence goal and moves on while values remain',
    { timeout: 200_000 },
    async () => {
      // Values unquoted, a yes/no question answered in the goal's own words, the last step sent.
      const { app } = await apply(
        'Apply as Ada Lovelace, ada@example.com, phone 020 7946 0000, senior, able to start on 4 January 2027, happy to relocate, preferred city Leeds, and consent to storing my data',
      );
      expect(app.sent).toMatchObject({
        who: 'Ada Lovelace',
        start: '2027-01-04',
        level: 'Senior',
        city: 'Leeds',
      });
      expect(app.restarts + app.backs).toBe(0);
    },
  );

  it(
    'stops at the step the goal names, never pressing Go back or Start over',
    { timeout: 200_000 },
    async () => {
      const stop = await apply('Get to the role step as Ada Lovelace, ada@example.com, phone 020 7946 0000');
      expect(stop.app.page).toBe('role');
      expect(stop.app.draft).toMatchObject(CONTACT);
      expect(stop.app.sent).toBeNull();
      expect(stop.app.backs + stop.app.restarts).toBe(0);
    },
  );

  it(
    'shows the error the goal asks for, and never passes a step that refused without being asked',
    { timeout: 200_000 },
    async () => {
      const asked = await apply(
        'Type the name Ada Lovelace and the e-mail ada-at-example, phone 020 7946 0000, proceed and check that the e-mail is rejected',
      );
      // (The checker may not confirm every value of the step; the planner must not give up on it.)
      expect(asked.result.status, asked.result.reason).not.toBe('failed');
      expect(asked.app.page).toBe('contact');
      expect(asked.app.errorsShown).toContain('That e-mail does not look right');
      const refused = await apply(
        'Apply as Ada Lovelace with the email ada-at-example and phone 020 7946 0000',
      );
      expect(refused.result.status).toBe('failed');
      expect(refused.result.reason).toMatch(/e-mail does not look right/);
      expect(refused.app.sent).toBeNull();
    },
  );

  it(
    'corrects the field an error names with the value the goal gives next',
    { timeout: 200_000 },
    async () => {
      const { app } = await apply(
        'Enter Ada Lovelace, ada@example.com and the phone 12, proceed, then change the phone to 020 7946 0000 and proceed again',
      );
      expect(app.errorsShown).toContain('Give a telephone number of 7 digits or more');
      expect(app.page).toBe('role');
      expect(app.draft.phone).toBe('020 7946 0000');
    },
  );
});
