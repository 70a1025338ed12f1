import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { judge } from './evidence.ts';
import { locatorForElement } from './locators.ts';
import { performStep } from './executor.ts';
import { observe } from './observe.ts';
import { waitForSettled, watchRequests } from './settle.ts';

// Pages whose content arrives late (test-pages/late-list.html: a spinner and "Fetching tracks..."
// with no aria-busy, a detail fetched from a slow server): read and judged once they settled.

let browser: Browser;
let server: Server;
let base: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const html = await readFile(join(import.meta.dirname, 'test-pages', 'late-list.html'), 'utf8');
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/slow') {
      setTimeout(() => res.end('ok'), Number(url.searchParams.get('ms') ?? 500));
      return;
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

async function open(path = '/') {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  watchRequests(page);
  await page.goto(base + path);
  return page;
}

describe('waiting for a late page', { timeout: 60_000 }, () => {
  it('reads the list once the spinner and "Fetching tracks..." are gone, not before', async () => {
    // (Late enough that a slow machine still reads the page before it arrives.)
    const page = await open('/?ms=4000');
    const early = await observe(page, { settle: false });
    expect(early.texts.join(' ')).not.toContain('Holiday Road');
    const settled = await observe(page);
    expect(settled.texts).toContain('Holiday Road');
    expect(settled.texts.join(' ')).not.toContain('Fetching');
    // The role-less rows are clickable by their text.
    expect(settled.elements.find((e) => e.name === 'Drive My Car')?.clickable).toBe(true);
  });

  it('a step waits for the request it set off and what it shows', async () => {
    const page = await open();
    await observe(page);
    const inputs = { variables: {}, files: {}, baseUrl: base };
    await performStep(page, { action: 'click', locator: { text: 'Drive My Car' } }, inputs);
    // No fixed sleep: the click's fetch (700 ms) finished and its panel is there when the step returns.
    expect(
      await page.evaluate(
        () => (window as unknown as { appState(): { playing: string } }).appState().playing,
      ),
    ).toBe('Drive My Car');
    expect(await page.getByText('Now playing: Drive My Car').isVisible()).toBe(true);
  });

  it('a control styled for danger is not the app refusing what was done', async () => {
    const page = await open();
    const start = await observe(page);
    const entry = {
      step: 1,
      action: { type: 'click' as const },
      description: 'click "Life Is a Highway"',
      ok: true,
      url: page.url(),
      target: { role: 'generic', name: 'Life Is a Highway' },
    };
    await performStep(
      page,
      { action: 'click', locator: { text: 'Life Is a Highway' } },
      {
        variables: {},
        files: {},
        baseUrl: base,
      },
    );
    const now = await observe(page);
    for (const goal of ['Play Life Is a Highway', 'start the song "Life Is a Highway"']) {
      const judgement = await judge({
        page,
        goal,
        start,
        now,
        history: [entry],
        textsBefore: new Map([[entry, start.texts]]),
        pagesBefore: new Map([[entry, start]]),
        inputs: { variables: {}, files: {}, baseUrl: base },
        changedOnTheWay: true,
      });
      expect(judgement.problems.join(' '), goal).not.toMatch(/refuses it/);
    }
  });

  it('finds a clickable card of several parts by its title, not by its place in the page', async () => {
    const page = await open();
    const now = await observe(page);
    const card = now.elements.find((e) => e.clickable && e.name.startsWith('Tapestry'));
    expect(card).toBeDefined();
    const locator = await locatorForElement(page, card!);
    expect(locator).toEqual({ text: 'Tapestry' });
    await performStep(page, { action: 'click', locator }, { variables: {}, files: {}, baseUrl: base });
    expect(
      await page.evaluate(() => (window as unknown as { appState(): { album: string } }).appState().album),
    ).toBe('Tapestry');
  });

  it('a page read again while its DOM stayed still settles at once, not after the quiet time again', async () => {
    const page = await open();
    const quietMs = 1_500;
    const first = await waitForSettled(page, { quietMs });
    expect(first.settled).toBe(true);
    expect(first.waitedMs).toBeGreaterThanOrEqual(quietMs);
    const second = await waitForSettled(page, { quietMs });
    expect(second.settled).toBe(true);
    expect(second.waitedMs).toBeLessThan(quietMs);
  });

  it('a page watched from its start that has been still for the quiet time settles on its first wait', async () => {
    const page = await open('/?ms=0');
    const quietMs = 1_500;
    // Nothing reads the page meanwhile: only the page itself can know it has been still.
    await new Promise((resolve) => setTimeout(resolve, quietMs + 500));
    const first = await waitForSettled(page, { quietMs });
    expect(first.settled).toBe(true);
    expect(first.waitedMs).toBeLessThan(quietMs);
  });

  it('a DOM change just before the wait is still watched for the whole quiet time', async () => {
    const page = await open();
    const quietMs = 1_500;
    await waitForSettled(page, { quietMs });
    const changedAt = Date.now();
    await page.evaluate(() => document.body.append(document.createElement('span')));
    const after = await waitForSettled(page, { quietMs });
    expect(after.settled).toBe(true);
    expect(Date.now() - changedAt).toBeGreaterThanOrEqual(quietMs);
  });

  it('a page that restyles itself for ever (no text or element changes) still settles', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.setContent(
      `<p id="glow">Ready</p><script>let n = 0; setInterval(() => { document.getElementById('glow').style.opacity = String(0.5 + (n++ % 5) / 10); }, 30);</script>`,
    );
    const result = await waitForSettled(page, { quietMs: 300, timeoutMs: 5_000 });
    expect(result.settled).toBe(true);
  });

  it('gives up on a page that never settles, and waits less the next time it shows the same signs', async () => {
    const page = await open('/?forever');
    const first = await waitForSettled(page, { timeoutMs: 1_500 });
    expect(first.settled).toBe(false);
    expect(first.busy.join(' ')).toMatch(/spins|Fetching/);
    const second = await waitForSettled(page, { timeoutMs: 1_500 });
    expect(second.settled).toBe(false);
    expect(second.waitedMs).toBeLessThan(1_400);
  });
});
