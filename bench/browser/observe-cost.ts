/**
 * `node bench/browser/observe-cost.ts [--rounds N] [--out FILE]`: what one observation of the page
 * costs the planner on the demo shop (issue 13 §5, issue 10 §3). Per page state: wall time of
 * `observe()` (median of N rounds after one warm-up), protocol calls it made to the page
 * (page/locator evaluations and aria snapshots, counted by wrapping Playwright's methods), elements
 * and tokens of the snapshot. Small and quick: six pages, one browser.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startDemoApp } from '../../examples/demo-app/server.ts';
import { launchChromium } from '../../src/browser/chromium.ts';
import { observe } from '../../src/browser/observe.ts';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '7' }, out: { type: 'string' } },
});
const rounds = Math.max(1, Number(args.rounds));

/** Counts calls to the methods that reach into the page, on this page and every locator it makes. */
function countCalls(page: Page): { calls: Record<string, number>; reset(): void } {
  const calls: Record<string, number> = {};
  const wrap = (target: object, method: string, label: string) => {
    const record = target as Record<string, unknown>;
    const original = record[method] as (...a: unknown[]) => unknown;
    record[method] = function (this: unknown, ...a: unknown[]) {
      calls[label] = (calls[label] ?? 0) + 1;
      return original.apply(this, a);
    };
  };
  wrap(page, 'ariaSnapshotJSON', 'ariaSnapshot');
  wrap(page, 'evaluate', 'page.evaluate');
  const locatorProto = Object.getPrototypeOf(page.locator('body')) as object;
  wrap(locatorProto, 'evaluate', 'locator.evaluate');
  wrap(locatorProto, 'evaluateAll', 'locator.evaluateAll');
  wrap(locatorProto, 'elementHandle', 'locator.elementHandle');
  wrap(locatorProto, 'elementHandles', 'locator.elementHandles');
  return {
    calls,
    reset: () => {
      for (const k of Object.keys(calls)) delete calls[k];
    },
  };
}

const app = await startDemoApp();
const browser = await launchChromium();
const page = await browser.newPage();
const counter = countCalls(page);
// Element handles' evaluations run in the page too.
await page.setContent('<p>x</p>');
const handle = await page.$('p');
const handleProto = Object.getPrototypeOf(handle) as Record<string, unknown>;
for (const method of ['evaluate', 'dispose'] as const) {
  const original = handleProto[method] as (...a: unknown[]) => unknown;
  handleProto[method] = function (this: unknown, ...a: unknown[]) {
    counter.calls[`handle.${method}`] = (counter.calls[`handle.${method}`] ?? 0) + 1;
    return original.apply(this, a);
  };
}
await handle?.dispose();
const states: Record<string, unknown>[] = [];
try {
  const visits: [string, (p: Page) => Promise<unknown>][] = [
    ['home', (p) => p.goto(`${app.url}/`)],
    ['products', (p) => p.goto(`${app.url}/products`)],
    ['search', (p) => p.goto(`${app.url}/search?q=lamp`)],
    ['signup', (p) => p.goto(`${app.url}/signup`)],
    ['cart', (p) => p.goto(`${app.url}/cart`)],
    ['checkout', (p) => p.goto(`${app.url}/checkout`)],
  ];
  for (const [name, go] of visits) {
    await go(page);
    await observe(page);
    const times: number[] = [];
    let last = await observe(page);
    counter.reset();
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      last = await observe(page);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const perObserve = Object.fromEntries(
      Object.entries(counter.calls).map(([k, v]) => [k, Math.round((v / rounds) * 10) / 10]),
    );
    states.push({
      page: name,
      medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
      callsPerObserve: perObserve,
      elements: last.elements.length,
      actionable: last.elements.filter(
        (e) =>
          e.ref &&
          ![
            'heading',
            'listitem',
            'row',
            'cell',
            'img',
            'status',
            'alert',
            'dialog',
            'columnheader',
          ].includes(e.role),
      ).length,
      tokens: last.tokens,
    });
  }
} finally {
  await browser.close();
  await app.close();
}
const result = {
  benchmark: 'observe-cost',
  at: new Date().toISOString(),
  rounds,
  loadAverage: os.loadavg(),
  states,
};
console.table(states.map((s) => ({ ...s, callsPerObserve: JSON.stringify(s.callsPerObserve) })));
if (args.out) await writeFile(args.out, `${JSON.stringify(result, null, 2)}\n`);
