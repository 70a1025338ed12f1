import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { LocalPlanner } from './local-planner.ts';
import { runGoal } from './run.ts';

// A members' area of a gardening co-op, nothing like the test apps: a sign-in page (with or
// without a demo hint) in front of a list of orders. The session is a cookie the server checks.
const ACCOUNTS: Record<string, string> = { maria: 'tulip-7', guest: 'sprout' };
const ORDERS = [
  { id: 11, item: 'Compost bins', qty: 2 },
  { id: 12, item: 'Seed potatoes', qty: 5 },
  { id: 13, item: 'Rain barrel', qty: 1 },
];

let browser: Browser;
let server: Server;
let base: string;
/** Every sign-in the server saw, in order. */
const attempts: { user: string; ok: boolean }[] = [];

function signInPage(hint: boolean, error?: string): string {
  return `<h1>Greenhouse Co-op</h1><p>Members only.</p>
    <form method="post" action="/session${hint ? '?hint=1' : ''}">
      <label>Login <input name="login"></label>
      <label>Secret password <input name="secret" type="password"></label>
      ${error ? `<p role="alert">${error}</p>` : ''}
      <button>Enter</button></form>
    <a href="/help">Help</a>
    ${hint ? '<aside><p>Try it: login = <b>guest</b>, password = <b>sprout</b></p></aside>' : ''}`;
}

beforeAll(async () => {
  browser = await launchChromium();
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const user = /(?:^|;\s*)member=(\w+)/.exec(req.headers.cookie ?? '')?.[1];
    const hint = url.searchParams.has('hint') || url.pathname.startsWith('/demo');
    const send = (body: string, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(`<!doctype html><title>Co-op</title><body>${body}</body>`);
    };
    if (req.method === 'POST' && url.pathname === '/session') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const login = form.get('login') ?? '';
        const ok = ACCOUNTS[login] !== undefined && ACCOUNTS[login] === form.get('secret');
        attempts.push({ user: login, ok });
        if (!ok) return send(signInPage(hint, 'Wrong login or password.'));
        res.writeHead(303, {
          location: hint ? '/demo/orders' : '/orders',
          'set-cookie': `member=${login}; Path=/`,
        });
        res.end();
      });
      return;
    }
    if (!user) return send(signInPage(hint));
    const order = /\/orders\/(\d+)$/.exec(url.pathname);
    if (order) {
      const o = ORDERS.find((x) => x.id === Number(order[1]));
      return send(`<p>Signed in as ${user}</p><h1>Order ${o?.id}: ${o?.item}</h1><p>Quantity ${o?.qty}</p>`);
    }
    // A table whose first column is the order's number and whose link is the item, with a filter
    // box that narrows the rows as one types (no button, no Enter needed).
    send(
      `<p>Signed in as ${user}</p><h1>Your orders</h1>
      <label>Filter orders <input type="search" id="f"></label>
      <table><thead><tr><th>No.</th><th>Item</th><th>Qty</th></tr></thead><tbody>${ORDERS.map(
        (o) =>
          `<tr><td>${o.id}</td><td><a href="${hint ? '/demo' : ''}/orders/${o.id}">${o.item}</a></td><td>${o.qty}</td></tr>`,
      ).join('')}</tbody></table>
      <script>document.getElementById('f').addEventListener('input', (e) => {
        for (const tr of document.querySelectorAll('tbody tr'))
          tr.hidden = !tr.textContent.toLowerCase().includes(e.target.value.toLowerCase());
      });</script>`,
    );
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

const fills = (steps: { action: string; locator?: { name?: string }; value?: unknown }[]) =>
  steps.filter((s) => s.action === 'fill').map((s) => [s.locator?.name, s.value]);

describe('signing in on the way to a goal', () => {
  it(
    'uses the demo account a sign-in page shows when the goal never mentions signing in',
    { timeout: 90_000 },
    async () => {
      const result = await run('/demo', 'Open the order for seed potatoes');
      expect(result.status, result.reason).toBe('passed');
      expect(fills(result.spec.steps)).toEqual([
        ['Login', 'guest'],
        ['Secret password', 'sprout'],
      ]);
      expect(result.spec.steps.at(-1)).toMatchObject({
        action: 'click',
        locator: { role: 'link', name: 'Seed potatoes' },
      });
      expect(attempts.at(-1)).toEqual({ user: 'guest', ok: true });
    },
  );

  it.each([
    ['sign on as maria / tulip-7 and open order 13'],
    ['Open order 13 after logging in with login "maria" and password "tulip-7"'],
    ['Authenticate as maria (password tulip-7), then view order 13'],
  ])('signs in with the account the goal gives: %s', { timeout: 90_000 }, async (goal) => {
    const result = await run('/', goal);
    expect(result.status, result.reason).toBe('passed');
    expect(fills(result.spec.steps)).toEqual([
      ['Login', 'maria'],
      ['Secret password', 'tulip-7'],
    ]);
    expect(attempts.at(-1)).toEqual({ user: 'maria', ok: true });
    // "Order 13" is the row whose number cell says 13; its link is the item's name.
    expect(result.spec.steps.at(-1)).toMatchObject({
      action: 'click',
      locator: { role: 'link', name: 'Rain barrel' },
    });
  });

  it.each(['Find the orders for barrel', 'search my orders for "barrel"'])(
    'confirms a search in a list that filters as one types: %s',
    { timeout: 90_000 },
    async (goal) => {
      const result = await run('/demo', goal);
      expect(result.status, result.reason).toBe('passed');
      expect(result.spec.steps.filter((s) => s.action === 'fill').at(-1)).toMatchObject({ value: 'barrel' });
    },
  );

  it('signs in with the run\u2019s variables when the goal names none', { timeout: 90_000 }, async () => {
    const result = await run('/', 'Open order 11', { username: 'maria', password: 'tulip-7' });
    expect(result.status, result.reason).toBe('passed');
    expect(fills(result.spec.steps)).toEqual([
      ['Login', { var: 'username' }],
      ['Secret password', { var: 'password' }],
    ]);
  });

  it(
    'stops with what to give when neither the goal nor the page gives an account, guessing nothing',
    { timeout: 90_000 },
    async () => {
      const before = attempts.length;
      const result = await run('/', 'Open order 12');
      expect(result.status).toBe('failed');
      expect(result.reason).toMatch(/asks to sign in.*give them in the goal/);
      expect(result.spec.steps).toEqual([]);
      expect(attempts.length).toBe(before);
      // A user without a password is no account either.
      const half = await run('/', 'Log in as maria and open order 12');
      expect(half.status).toBe('failed');
      expect(half.reason).toMatch(/a password/);
      expect(attempts.length).toBe(before);
    },
  );

  it(
    'never passes when the app refuses the sign-in, and sends the form once',
    { timeout: 90_000 },
    async () => {
      const before = attempts.length;
      const result = await run('/demo', 'Log in as maria with password tulip-8 and open order 12');
      expect(result.status).not.toBe('passed');
      expect(result.reason).toMatch(/Wrong login or password/);
      expect(attempts.slice(before)).toEqual([{ user: 'maria', ok: false }]);
    },
  );
});
