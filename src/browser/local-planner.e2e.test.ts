import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { LocalPlanner } from './local-planner.ts';
import { replaySpec } from './replay.ts';
import { runGoal } from './run.ts';

// Pages the local planner was never tuned on: other wording, placeholders, spinbuttons, yes/no
// radios, a two-page wizard and repeated "Apply" links told apart by their row.
const PAGES: Record<string, string> = {
  '/news': `<h2>Stay in touch</h2><form action="/news-ok"><input name=e type=email placeholder="Your e-mail" aria-label="Your e-mail"><button>Continue</button></form>`,
  '/news-ok': `<div class="toast" role="alert">You're subscribed!</div>`,
  '/book': `<h1>Book a room</h1><form action="/book-ok"><label for=g>Number of guests</label><input id=g type=number name=g>
    <label>Room type <select name=r><option>Single</option><option>Double</option><option>Suite</option></select></label>
    <fieldset><legend>Breakfast</legend><label><input type=radio name=b value=y>Yes</label><label><input type=radio name=b value=n>No</label></fieldset>
    <input type=submit value="Book now"></form>`,
  '/book-ok': `<h1>Booking confirmed</h1>`,
  '/wiz': `<h1>Apply</h1><form action="/wiz2"><label>First name <input name=f></label><label>Last name <input name=l></label><button>Next</button></form>`,
  '/wiz2': `<h1>Contact</h1><form action="/wiz3"><label>Mobile <input name=p type=tel></label><button>Submit application</button></form>`,
  '/wiz3': `<h1>All done</h1><p>We will call you.</p>`,
  '/menu': `<nav><a href="/about">About us</a> <a href="/pricing">Pricing</a> <a href="/careers">Jobs</a></nav><h1>Acme</h1>`,
  '/careers': `<h1>Open positions</h1><ul><li>Engineer <a href="/apply?j=1">Apply</a></li><li>Designer <a href="/apply?j=2">Apply</a></li></ul>`,
  '/apply': `<h1>Apply for the job</h1>`,
  '/ship': `<h1>Shipping</h1><form action="/ship-done"><label>Full name <input name=n></label><label>Street <input name=s></label><button>Continue to payment</button></form>`,
  '/gift': `<h1>Send a gift</h1><a href="/gift-form">Choose recipient</a>`,
  '/gift-form': `<h1>Recipient</h1><form action="/gift-done"><label>Recipient e-mail <input name=r></label><button>Send gift</button></form>`,
};

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // The app's answer names what was sent (the checker passes only on evidence naming the goal's values).
    const q = (name: string) => url.searchParams.get(name);
    const extra =
      url.pathname === '/apply'
        ? `<p>Position: ${q('j') === '2' ? 'Designer' : 'Engineer'}</p>`
        : url.pathname === '/book-ok'
          ? `<p>${q('r')} room for ${q('g')} guests, breakfast: ${q('b') === 'y' ? 'yes' : 'no'}</p>`
          : '';
    // Pages that check what was sent, as real apps do: an empty field gets an error, not success.
    const checked: Record<string, () => string> = {
      '/ship-done': () =>
        url.searchParams.get('n') && url.searchParams.get('s')
          ? '<h1>Payment</h1><p role="status">Address saved.</p>'
          : '<h1>Shipping</h1><p role="alert">Name and street are required.</p>',
      '/gift-done': () =>
        url.searchParams.get('r')
          ? '<h1>Gift sent</h1>'
          : '<h1>Recipient</h1><p role="alert">Please enter a valid e-mail.</p>',
    };
    const page = checked[url.pathname]?.() ?? PAGES[url.pathname] ?? '<h1>Not found</h1>';
    res.end(`<!doctype html><title>Test</title><body>${page}${extra}</body>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const run = (path: string, goal: string, variables: Record<string, string> = {}) =>
  runGoal({ url: `${base}${path}`, goal, planner: new LocalPlanner(), variables, browser, runsDir: null });

describe('local planner on pages it has never seen', () => {
  it('fills a placeholder-only field and submits with "Continue"', { timeout: 90_000 }, async () => {
    const result = await run('/news', 'Subscribe with my email', { email: 'a@b.co' });
    expect(result.status, result.reason).toBe('passed');
    expect(result.spec.assertions).toContainEqual({ type: 'text-visible', text: "You're subscribed!" });
  });

  it('reads bare numbers, options and yes/no radios from the goal', { timeout: 90_000 }, async () => {
    const result = await run('/book', 'Book a Double room for 2 guests with breakfast');
    expect(result.status, result.reason).toBe('passed');
    expect(result.spec.steps.map((s) => [s.action, s.locator?.name, s.value])).toEqual([
      ['fill', 'Number of guests', '2'],
      ['select', 'Room type', 'Double'],
      ['check', 'Yes', undefined],
      ['click', 'Book now', undefined],
    ]);
    const without = await run('/book', 'Book a suite for the guests without breakfast', { guests: '3' });
    expect(without.status, without.reason).toBe('passed');
    expect(without.spec.steps).toContainEqual(
      expect.objectContaining({ action: 'check', locator: { role: 'radio', name: 'No' } }),
    );
  });

  it('walks a two-page wizard with camelCase variables', { timeout: 90_000 }, async () => {
    const result = await run('/wiz', 'Apply with my first name, last name and phone number', {
      firstName: 'Ada',
      lastName: 'L',
      phone: '123',
    });
    expect(result.status, result.reason).toBe('passed');
    expect(result.spec.steps.filter((s) => s.action === 'fill').map((s) => s.value)).toEqual([
      { var: 'firstName' },
      { var: 'lastName' },
      { var: 'phone' },
    ]);
    const replay = await replaySpec(result.spec, {
      variables: { firstName: 'Bo', lastName: 'K', phone: '9' },
      browser,
      runsDir: null,
    });
    expect(replay.status, replay.reason).toBe('passed');
  });

  it('puts a "name" variable into a "Full name" field', { timeout: 90_000 }, async () => {
    const result = await run('/ship', 'Enter my name and street and continue', {
      name: 'Ada',
      street: 'Main 1',
    });
    expect(result.status, result.reason).toBe('passed');
    expect(result.spec.steps.filter((s) => s.action === 'fill').map((s) => s.locator?.name)).toEqual([
      'Full name',
      'Street',
    ]);
  });

  it('never declares done on a page that answers with an error', { timeout: 90_000 }, async () => {
    // No variable fits the recipient field, so the form is sent empty and the app refuses it.
    const result = await run('/gift', 'Choose the recipient and send the gift');
    expect(result.status, `${result.reason} ${JSON.stringify(result.spec)}`).toBe('failed');
    expect(result.reason).toMatch(/valid e-mail/);
  });

  it('tells repeated links apart by the row the goal names', { timeout: 90_000 }, async () => {
    const result = await run('/menu', 'Go to jobs and apply for the Designer position');
    expect(result.status, result.reason).toBe('passed');
    expect(result.spec.steps[1]!.locator).toEqual({
      role: 'link',
      name: 'Apply',
      within: { role: 'listitem', hasText: 'Designer' },
    });
  });
});
