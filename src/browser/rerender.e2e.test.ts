import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { LocalPlanner } from './local-planner.ts';
import { runGoal } from './run.ts';

// A lending library's members' page built the way framework apps are built, nothing like the test
// apps: one state object and the whole root re-rendered from a template on every change (so every
// element is replaced after each keystroke or click), fields labelled by a sibling element's text
// (no <label for>), a sign-in button disabled until both fields hold something, role-less
// "buttons" handled by one listener on the root. The page reports its state to the server.
const PAGE = `<!doctype html><title>Riverside Library</title><style>.btn { cursor: pointer; }</style><body><div id="root"></div><script>
var s = { card: '', pin: '', member: null, error: '', loans: [
  { id: 1, title: 'The Hobbit', renewed: false }, { id: 2, title: 'Dune', renewed: false }] };
var root = document.getElementById('root');
function report() { var x = new XMLHttpRequest(); x.open('POST', '/state', false); x.send(JSON.stringify(s)); }
function esc(v) { return String(v).replace(/[&<>"]/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
function render() {
  var key = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.k : null;
  root.innerHTML = !s.member
    ? '<h1>Riverside Library</h1><p>Members: sign in to see your loans.</p>' +
      (s.error ? '<p role="alert">' + esc(s.error) + '</p>' : '') +
      '<form><div class="f"><div>Library card number</div><input data-k="card" value="' + esc(s.card) + '"></div>' +
      '<div class="f"><div>PIN</div><input type="password" data-k="pin" value="' + esc(s.pin) + '"></div>' +
      '<button' + (s.card && s.pin ? '' : ' disabled') + '>Continue</button></form>'
    : '<p>Signed in as ' + esc(s.member) + '</p><h1>Your loans</h1>' + s.loans.map(function (l) {
        return '<div class="loan">' + esc(l.title) + (l.renewed ? ' (renewed)' : ' <span class="btn" data-action="renew" data-id="' + l.id + '">Renew</span>') + '</div>';
      }).join('');
  if (key) { var el = root.querySelector('[data-k="' + key + '"]'); if (el) el.focus(); }
}
function update() { report(); render(); }
root.addEventListener('input', function (e) { s[e.target.dataset.k] = e.target.value; update(); });
root.addEventListener('submit', function (e) {
  e.preventDefault();
  if (s.card === '22871' && s.pin === '4410') { s.member = 'Kit Marlowe'; s.error = ''; }
  else { s.error = 'That card number and PIN do not match.'; s.pin = ''; }
  update();
});
root.addEventListener('click', function (e) {
  var b = e.target.closest('[data-action=renew]');
  if (b) { s.loans.forEach(function (l) { if (l.id === +b.dataset.id) l.renewed = true; }); update(); }
});
update();
</script></body>`;

interface LibraryState {
  card: string;
  pin: string;
  member: string | null;
  loans: { id: number; title: string; renewed: boolean }[];
}

let browser: Browser;
let server: Server;
let base: string;
let state: LibraryState | null = null;

beforeAll(async () => {
  browser = await launchChromium();
  server = createServer((req, res) => {
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        state = JSON.parse(body) as LibraryState;
        res.writeHead(204).end();
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

beforeEach(() => {
  state = null;
});

const run = (goal: string) =>
  runGoal({ url: `${base}/`, goal, planner: new LocalPlanner(), variables: {}, browser, runsDir: null });

const fills = (steps: { action: string; locator?: { css?: string }; value?: unknown }[]) =>
  steps.filter((s) => s.action === 'fill').map((s) => [s.locator?.css, s.value]);

describe('a page that re-renders its whole root on every change', () => {
  it.each([
    'Sign in as 22871 with password 4410',
    'log in as 22871 / 4410 and look at my loans',
    'Log on with 22871 (password 4410)',
  ])('signs in through two fields labelled only by sibling text: %s', { timeout: 120_000 }, async (goal) => {
    const result = await run(goal);
    // Each field typed once with its own value (an unnamed user field is not the unnamed password
    // field), and the app let the member in.
    expect(fills(result.spec.steps), result.reason).toEqual([
      ['#root > form > div:nth-of-type(1) > input', '22871'],
      ['#root > form > div:nth-of-type(2) > input', '4410'],
    ]);
    expect(state?.member, result.reason).toBe('Kit Marlowe');
  });
});
