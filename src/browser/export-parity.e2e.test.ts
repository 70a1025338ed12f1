import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExportedTest } from '../../bench/browser/exported-test.ts';
import { launchChromium } from './chromium.ts';
import { replaySpec } from './replay.ts';
import type { Assertion, Spec } from './spec.ts';

// An exported test must accept exactly what replay accepts: a check replay passes that the exported
// test fails (or the reverse) is a test the user cannot trust. Each field here is checked both ways,
// by replay and by the exported file run with `npx playwright test`, with right and wrong values.

const PAGE = `<!doctype html><title>Fields</title>
<span id="seat-lbl">Seat class</span>
<div role="combobox" id="seat" tabindex="0" aria-labelledby="seat-lbl" aria-expanded="false"><span>Economy</span> ▾</div>
<div role="listbox" id="seats" hidden>
  <div role="option">Economy</div><div role="option">Business · lie-flat</div>
</div>
<label>Meal <select><option value="v">Vegetarian</option><option value="f" selected>Fish</option></select></label>
<label>Name <input value="Ada Lovelace"></label>
<script>
  var seat = document.getElementById('seat'), seats = document.getElementById('seats');
  seat.onclick = function () { seats.hidden = false; seat.setAttribute('aria-expanded', 'true'); };
  seats.querySelectorAll('[role=option]').forEach(function (o) {
    o.onclick = function () { seat.firstChild.textContent = o.textContent; seats.hidden = true; seat.setAttribute('aria-expanded', 'false'); };
  });
</script>`;

let browser: Browser;
let server: Server;
let base: string;
let folder: string;

beforeAll(async () => {
  browser = await launchChromium();
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(PAGE);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Inside the repository, where `npx playwright` resolves (as the benchmark runs exported tests).
  const runs = join(import.meta.dirname, '..', '..', 'runs');
  await mkdir(runs, { recursive: true });
  folder = await mkdtemp(join(runs, 'export-parity-'));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const spec = (assertion: Assertion): Spec => ({
  version: 1,
  goal: 'Pick the business seat',
  url: `${base}/`,
  viewport: { width: 800, height: 600 },
  variables: {},
  files: {},
  steps: [
    { action: 'click', locator: { role: 'combobox', name: 'Seat class' } },
    { action: 'click', locator: { role: 'option', name: 'Business · lie-flat' } },
  ],
  assertions: [assertion],
  recordedWith: { planner: 'local', at: '2026-12-07T00:00:00Z', outcome: 'passed' },
});

const field = (role: string, name: string, value: string): Assertion => ({
  type: 'field-value',
  locator: { role, name },
  value,
});

describe('an exported test reads a field as replay does', () => {
  it(
    'a combobox drawn as a div, a select and a text box: the same verdict both ways, right and wrong values',
    { timeout: 300_000 },
    async () => {
      const cases: [Assertion, boolean][] = [
        [field('combobox', 'Seat class', 'Business · lie-flat'), true],
        [field('combobox', 'Seat class', 'Economy'), false],
        [field('combobox', 'Meal', 'Fish'), true],
        [field('combobox', 'Meal', 'Vegetarian'), false],
        [field('textbox', 'Name', 'Ada Lovelace'), true],
      ];
      for (const [index, [assertion, holds]] of cases.entries()) {
        const what = `${JSON.stringify(assertion)} (holds: ${holds})`;
        const replayed = await replaySpec(spec(assertion), {
          browser,
          runsDir: null,
          actionTimeoutMs: 2_000,
        });
        expect(replayed.status, `replay: ${what}: ${replayed.reason}`).toBe(holds ? 'passed' : 'failed');
        const exported = await runExportedTest(spec(assertion), join(folder, String(index)), base, {});
        expect(exported.status, `export: ${what}: ${exported.output.slice(-1500)}`).toBe(
          holds ? 'passed' : 'failed',
        );
      }
    },
  );
});
