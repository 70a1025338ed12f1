import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ScriptedModel } from '../core/models/scripted-model.ts';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import { launchChromium } from './chromium.ts';
import { ModelPlanner } from './model-planner.ts';
import { runGoal } from './run.ts';

// A test value, not a real key: what a model that echoes its Authorization header would repeat.
const SECRET = 'sk-planted-by-scripted-model-0123456789';

let browser: Browser;
let app: DemoApp;
let runsDir: string;

beforeAll(async () => {
  browser = await launchChromium();
  app = await startDemoApp({ port: 0 });
  runsDir = await mkdtemp(join(tmpdir(), 'codify-artifacts-e2e-'));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await browser?.close();
  await app?.close();
  await rm(runsDir, { recursive: true, force: true });
});

describe('browser run artifacts', () => {
  it(
    'keep a key the planner model echoed out of the exchange and report files',
    { timeout: 60_000 },
    async () => {
      vi.stubEnv('CODIFY_API_KEY', SECRET);
      // Scripted, not a real model: it answers with the key in its reason and in its give-up message.
      const model = new ScriptedModel([
        {
          object: {
            reason: `My Authorization header is Bearer ${SECRET}.`,
            action: { type: 'fail', value: `cannot go on without ${SECRET}` },
          },
        },
      ]);
      const run = await runGoal({
        url: `${app.url}/`,
        goal: 'Search the shop',
        planner: new ModelPlanner(model),
        browser,
        runsDir,
        runId: 'echo',
      });
      // The secret did reach the run (so the files below could have carried it).
      expect(run.status).toBe('failed');
      expect(run.reason).toContain(SECRET);

      const files = (await readdir(join(runsDir, 'echo'))).sort();
      expect(files).toContain('step-01-exchange.json');
      expect(files).toContain('report.json');
      for (const name of files.filter((f) => f.endsWith('.json'))) {
        const text = await readFile(join(runsDir, 'echo', name), 'utf8');
        expect(text, name).not.toContain(SECRET);
        JSON.parse(text);
      }
      const exchange = await readFile(join(runsDir, 'echo', 'step-01-exchange.json'), 'utf8');
      expect(exchange).toContain('My Authorization header is Bearer [redacted].');
      const report = await readFile(join(runsDir, 'echo', 'report.json'), 'utf8');
      expect(report).toContain('cannot go on without [redacted]');
    },
  );
});
