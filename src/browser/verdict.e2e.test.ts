import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { runCommandFor, writeExport } from './export.ts';
import { LocalPlanner } from './local-planner.ts';
import type { Planner } from './planner.ts';
import { runGoal, type RunGoalResult } from './run.ts';

// A TodoMVC-style page of our own (test-pages/todo.html): Enter adds, hover reveals the delete
// glyph, double-click edits, filters are in-page links. Its truth is window.appState(), read after
// each run: a verdict is judged against the app, never against codify's word.

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  const pages = join(import.meta.dirname, 'test-pages');
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/login') {
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><title>Help desk</title><h1>Sign in</h1>
        <form action="/login-check"><label>User <input name=u></label><label>Password <input type=password name=p></label><button>Sign in</button></form>`);
      return;
    }
    if (url.pathname === '/login-check') {
      res.setHeader('content-type', 'text/html');
      const ok = url.searchParams.get('p') === 'right';
      res.end(
        ok
          ? `<!doctype html><title>Help desk</title><h1>Tickets</h1><p>Signed in as ${url.searchParams.get('u')}</p>`
          : `<!doctype html><title>Help desk</title><h1>Sign in</h1><p role=alert>Wrong password</p>
        <form action="/login-check"><label>User <input name=u></label><label>Password <input type=password name=p></label><button>Sign in</button></form>`,
      );
      return;
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    const file = url.pathname.startsWith('/traps') ? 'traps.html' : 'todo.html';
    res.end(await readFile(join(pages, file), 'utf8'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Todo {
  title: string;
  done: boolean;
}

/** Runs a goal on the todo page and returns the verdict with the app's own state at the end. */
async function onTodos(
  goal: string,
  todos = 'Buy milk,*Walk dog',
): Promise<{ result: RunGoalResult; truth: { todos: Todo[]; filter: string } }> {
  let truth: { todos: Todo[]; filter: string } = { todos: [], filter: '' };
  const result = await runGoal({
    url: `${base}/todo?todos=${encodeURIComponent(todos)}`,
    goal,
    planner: new LocalPlanner(),
    browser,
    runsDir: null,
    limits: { maxSteps: 8, maxWallMs: 60_000 },
    onFinish: async (page) => {
      truth = await page.evaluate(() => (window as unknown as { appState: () => never }).appState());
    },
  });
  return { result, truth };
}

describe('verdicts are earned', () => {
  it(
    'never passes "clear completed" when nothing was done (was: passed in 0 steps)',
    { timeout: 60_000 },
    async () => {
      const { result } = await onTodos('Clear completed and see "items left"', 'Buy milk');
      expect(result.status).not.toBe('passed');
    },
  );

  it('a wrong password is not a sign-in: failed, with the error named', { timeout: 60_000 }, async () => {
    const result = await runGoal({
      url: `${base}/login`,
      goal: 'Sign in as ada',
      planner: new LocalPlanner(),
      variables: { user: 'ada', password: 'wrong' },
      browser,
      runsDir: null,
      limits: { maxSteps: 6, maxWallMs: 60_000 },
    });
    expect(result.status).toBe('failed');
  });

  it('a right password passes, with goal-derived evidence', { timeout: 60_000 }, async () => {
    const result = await runGoal({
      url: `${base}/login`,
      goal: 'Sign in as ada',
      planner: new LocalPlanner(),
      variables: { user: 'ada', password: 'right' },
      browser,
      runsDir: null,
      limits: { maxSteps: 6, maxWallMs: 60_000 },
    });
    expect(result.status, result.reason).toBe('passed');
    expect(result.spec.assertions).toContainEqual({
      type: 'element-hidden',
      locator: { css: 'input[type=password]' },
    });
  });
});

/** Runs a goal on one of the trap pages (test-pages/traps.html) and returns the app's own state. */
async function onTrap(
  trap: string,
  goal: string,
  honest = false,
): Promise<{ result: RunGoalResult; truth: Record<string, unknown> }> {
  let truth: Record<string, unknown> = {};
  const result = await runGoal({
    url: `${base}/traps/?trap=${trap}${honest ? '&honest=1' : ''}`,
    goal,
    planner: new LocalPlanner(),
    browser,
    runsDir: null,
    limits: { maxSteps: 8, maxWallMs: 60_000 },
    onFinish: async (page) => {
      truth = await page.evaluate(() => (window as unknown as { appState: () => never }).appState());
    },
  });
  return { result, truth };
}

// Pages made to fool a checker: whatever the planner does on them, the app says the goal is not
// reached, so any "passed" is a false pass. The honest variants show the same goals can pass.
describe('trap pages never get a pass the app denies', () => {
  it('a client-side route that keeps the old view', { timeout: 90_000 }, async () => {
    const { result, truth } = await onTrap('route', 'Open the Reports page');
    expect(truth.view).toBe('home');
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await onTrap('route', 'Open the Reports page', true);
    expect(honest.truth.view).toBe('reports');
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });

  it(
    'Save in a dialog that answers with an error, under a toast saying saved',
    { timeout: 90_000 },
    async () => {
      const { result, truth } = await onTrap(
        'modal',
        'Change my name to Ada King in the profile dialog and save it',
      );
      expect(truth.profile).toEqual({ name: 'Ada Lovelace' });
      expect(result.status, result.reason).not.toBe('passed');
    },
  );

  it('an optimistic tick that reverts after "Preferences saved."', { timeout: 90_000 }, async () => {
    const { result, truth } = await onTrap('revert', 'Turn on the weekly digest and save');
    expect(truth.digest).toBe(false);
    expect(result.status, result.reason).not.toBe('passed');
  });

  it(
    'a success text on the page from the start, and a button that does nothing',
    { timeout: 90_000 },
    async () => {
      const { result, truth } = await onTrap('decoy', 'Subscribe to the newsletter');
      expect(truth.subscribed).toBe(false);
      expect(result.status, result.reason).not.toBe('passed');
    },
  );
});

// Each newer kind of evidence (a control's state, a control turned into its undo, a count, the
// current page, an error the goal asks for) on a page where it shows on the wrong thing, or where the
// app did not do it: never a pass. The honest variants show the kind does pass where the app agrees.
describe('traps for the kinds of evidence: never a pass the app denies', () => {
  it('a star that lands on another mail', { timeout: 120_000 }, async () => {
    const goal = 'Star the email from Alan Turing';
    const { result, truth } = await onTrap('star', goal);
    expect(truth.starred).not.toContain('Alan Turing');
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await onTrap('star', goal, true);
    expect(honest.truth.starred, honest.result.reason).toEqual(['Alan Turing']);
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });

  it('an "Add to wishlist" that turns into a sign-in prompt', { timeout: 120_000 }, async () => {
    const goal = 'Add The Hobbit to my wishlist';
    const { result, truth } = await onTrap('wishlist', goal);
    expect(truth.wishlist).toEqual([]);
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await onTrap('wishlist', goal, true);
    expect(honest.truth.wishlist).toEqual(['The Hobbit']);
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });

  it('an "Add to cart" that raises the wishlist count instead', { timeout: 120_000 }, async () => {
    const { result, truth } = await onTrap('cart', 'Add The Hobbit to the cart');
    expect(truth.cart).toEqual([]);
    expect(result.status, result.reason).not.toBe('passed');
  });

  it('a pager that lands one page short', { timeout: 120_000 }, async () => {
    const goal = 'Go to page 3 of the orders';
    const { result, truth } = await onTrap('pager', goal);
    expect(truth.page).not.toBe(3);
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await onTrap('pager', goal, true);
    expect(honest.truth.page).toBe(3);
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });

  it('an error the goal asks for that was on the page before the attempt', { timeout: 120_000 }, async () => {
    const goal = 'Click Next without filling anything in and make sure an error is shown';
    const { result, truth } = await onTrap('error', goal);
    expect(truth.errorAfterAttempt).toBe(false);
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await onTrap('error', goal, true);
    expect(honest.truth.errorAfterAttempt, honest.result.reason).toBe(true);
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });
});

describe('an error marked only by its class token', () => {
  it('"err" is error-styled; "errands" is not', { timeout: 120_000 }, async () => {
    const goal = 'Try to book without a name and make sure an error is shown';
    const book: Scripted[] = [{ type: 'click', role: 'button', name: 'Book' }];
    const trap = await scriptedOnTrap('errclass', goal, book);
    expect(trap.truth.errorAfterAttempt).toBe(false);
    expect(trap.result.status, trap.result.reason).not.toBe('passed');
    const honest = await scriptedOnTrap('errclass', goal, book, true);
    expect(honest.truth.errorAfterAttempt).toBe(true);
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });
});

/** One scripted action: the element by role and exact name in the observation (none for a key press). */
interface Scripted {
  type: 'click' | 'fill' | 'select' | 'press';
  role?: string;
  name?: string;
  value?: string;
}

/**
 * A planner that does exactly the given actions, then says done (and gives up if the checker
 * refuses): the trap tests below judge the checker on real pages, whatever the local planner would
 * have chosen.
 */
function scriptedPlanner(script: Scripted[]): Planner {
  let next = 0;
  let doneAsked = false;
  return {
    name: 'scripted',
    async plan({ observation }) {
      const step = script[next];
      if (!step) {
        if (doneAsked) return { reason: 'the checker refused', action: { type: 'fail', value: 'refused' } };
        doneAsked = true;
        return { reason: 'script done', action: { type: 'done' } };
      }
      next += 1;
      const target = step.role
        ? observation.elements.find((e) => e.role === step.role && e.name === step.name)
        : undefined;
      if (step.role && !target) throw new Error(`no ${step.role} "${step.name}" on the page`);
      return {
        reason: 'scripted',
        action: {
          type: step.type,
          ...(target ? { ref: target.ref } : {}),
          ...(step.value !== undefined ? { value: step.value } : {}),
        },
      };
    },
  };
}

/** Runs a script on a trap page; the checker judges it, the app's state is the truth. */
async function scriptedOnTrap(
  trap: string,
  goal: string,
  script: Scripted[],
  honest = false,
): Promise<{ result: RunGoalResult; truth: Record<string, unknown> }> {
  let truth: Record<string, unknown> = {};
  const result = await runGoal({
    url: `${base}/traps/?trap=${trap}${honest ? '&honest=1' : ''}`,
    goal,
    planner: scriptedPlanner(script),
    browser,
    runsDir: null,
    limits: { maxSteps: 10, maxWallMs: 60_000 },
    onFinish: async (page) => {
      truth = await page.evaluate(() => (window as unknown as { appState: () => never }).appState());
    },
  });
  return { result, truth };
}

const shareSteps: Scripted[] = [
  { type: 'click', role: 'button', name: 'Share' },
  { type: 'fill', role: 'textbox', name: 'E-mail', value: 'bob@example.com' },
  { type: 'select', role: 'combobox', name: 'Permission', value: 'Commenter' },
];

// States a page shows only in the state itself: the rows' order under a sorted column, a row's status
// word, the pager's current page. Scripted, so each trap tests the checker; the honest twin passes,
// with assertions replay reads the same way.
describe('state traps: never a pass the app denies', () => {
  it('an arrow on the Total header over rows left as they were', { timeout: 120_000 }, async () => {
    const goal = 'Sort the orders by total, highest first';
    const script: Scripted[] = [{ type: 'click', role: 'columnheader', name: 'Total' }];
    const { result, truth } = await scriptedOnTrap('sort', goal, script);
    expect(truth.rowsSorted).toBe(false);
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await scriptedOnTrap('sort', goal, script, true);
    expect(honest.truth.rowsSorted).toBe(true);
    expect(honest.result.status, honest.result.reason).toBe('passed');
    expect(honest.result.spec.assertions).toContainEqual(
      expect.objectContaining({ type: 'state', state: 'descending', value: true }),
    );
  });

  it('a cancel filed as a request, under a toast saying cancelled', { timeout: 120_000 }, async () => {
    const goal = 'Cancel my booking for the Curie room';
    const script: Scripted[] = [{ type: 'click', role: 'button', name: 'Cancel booking' }];
    const { result, truth } = await scriptedOnTrap('cancel', goal, script);
    expect((truth.bookings as Record<string, string>).Curie).toBe('requested');
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await scriptedOnTrap('cancel', goal, script, true);
    expect((honest.truth.bookings as Record<string, string>).Curie).toBe('cancelled');
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });

  it('a dark theme previewed on the document, then put back', { timeout: 120_000 }, async () => {
    const goal = 'Switch to the dark theme';
    const script: Scripted[] = [{ type: 'click', role: 'menuitemradio', name: 'Dark' }];
    const { result, truth } = await scriptedOnTrap('theme', goal, script);
    expect(truth.theme).toBe('light');
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await scriptedOnTrap('theme', goal, script, true);
    expect(honest.truth.theme).toBe('dark');
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });

  it('rows archived at once, then back', { timeout: 120_000 }, async () => {
    const goal = 'Select orders 1001 and 1003 and archive them';
    const script: Scripted[] = [
      { type: 'click', role: 'checkbox', name: 'Select order 1001' },
      { type: 'click', role: 'checkbox', name: 'Select order 1003' },
      { type: 'click', role: 'button', name: 'Archive selected' },
    ];
    const { result, truth } = await scriptedOnTrap('archive', goal, script);
    expect(truth.archived).toEqual([]);
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await scriptedOnTrap('archive', goal, script, true);
    expect(honest.truth.archived).toEqual([1001, 1003]);
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });

  it('a "Next ›" that shifts the list and stays on page 1', { timeout: 120_000 }, async () => {
    const goal = 'Go to the next page';
    const script: Scripted[] = [{ type: 'click', role: 'link', name: 'Next ›' }];
    const { result, truth } = await scriptedOnTrap('next', goal, script);
    expect(truth.page).toBe(1);
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await scriptedOnTrap('next', goal, script, true);
    expect(honest.truth.page).toBe(2);
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });
});

// Dialogs: a pass must rest on what the app kept once the dialog is gone, or on the dialog's own
// outcome when the goal is about the dialog (how it was closed). Scripted actions, so each trap
// tests the checker; the honest variants show the same goal passes where the app did it.
describe('dialog traps: never a pass the app denies', () => {
  it('a dialog closed another way than the goal says', { timeout: 120_000 }, async () => {
    const goal = 'Open the keyboard shortcuts and close it with Escape';
    const opened: Scripted = { type: 'click', role: 'button', name: 'Keyboard shortcuts' };
    const { result, truth } = await scriptedOnTrap('escape', goal, [
      opened,
      { type: 'click', role: 'button', name: 'Close' },
    ]);
    expect(truth.dialogLog).toEqual([{ dialog: 'shortcuts', outcome: 'closed' }]);
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await scriptedOnTrap('escape', goal, [opened, { type: 'press', value: 'Escape' }], true);
    expect(honest.truth.dialogLog).toEqual([{ dialog: 'shortcuts', outcome: 'escaped' }]);
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });

  it('a summary inside a dialog that was never sent', { timeout: 120_000 }, async () => {
    const goal = 'Share the report with bob@example.com as Commenter';
    const { result, truth } = await scriptedOnTrap('share', goal, shareSteps);
    expect(truth.shares).toEqual([]);
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await scriptedOnTrap(
      'share',
      goal,
      [...shareSteps, { type: 'click', role: 'button', name: 'Send invite' }],
      true,
    );
    expect(honest.truth.shares).toEqual([{ email: 'bob@example.com', role: 'Commenter' }]);
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });

  it('evidence read inside a dialog that was then cancelled', { timeout: 120_000 }, async () => {
    const goal = 'Share the report with bob@example.com as Commenter and close the dialog';
    const { result, truth } = await scriptedOnTrap('share', goal, [
      ...shareSteps,
      { type: 'click', role: 'button', name: 'Cancel' },
    ]);
    expect(truth.shares).toEqual([]);
    expect(result.status, result.reason).not.toBe('passed');
  });

  it('a live preview behind a dialog whose save was refused', { timeout: 120_000 }, async () => {
    const goal = 'Change my name to Ada King in the profile dialog and save it';
    const script: Scripted[] = [
      { type: 'click', role: 'button', name: 'Edit profile' },
      { type: 'fill', role: 'textbox', name: 'Name', value: 'Ada King' },
      { type: 'click', role: 'button', name: 'Save' },
    ];
    const { result, truth } = await scriptedOnTrap('draft', goal, script);
    expect(truth.profile).toEqual({ name: 'Ada Lovelace' });
    expect(result.status, result.reason).not.toBe('passed');
    const honest = await scriptedOnTrap('draft', goal, script, true);
    expect(honest.truth.profile).toEqual({ name: 'Ada King' });
    expect(honest.result.status, honest.result.reason).toBe('passed');
  });
});

describe('local planner on a TodoMVC-style app', () => {
  it('adds a todo with Enter (no button)', { timeout: 60_000 }, async () => {
    const { result, truth } = await onTodos('Add a todo "Buy bread"');
    expect(truth.todos.map((t) => t.title)).toContain('Buy bread');
    expect(result.status, result.reason).toBe('passed');
    expect(result.spec.steps.map((s) => s.action)).toEqual(['fill', 'press']);
  });

  it('"the Completed link" is the link, not the "Clear completed" button', { timeout: 60_000 }, async () => {
    const { result, truth } = await onTodos('Click the Completed link');
    expect(truth.filter).toBe('completed');
    expect(truth.todos).toHaveLength(2);
    expect(result.status, result.reason).toBe('passed');
  });

  it('completes one todo without marking all or clearing any', { timeout: 60_000 }, async () => {
    const { result, truth } = await onTodos('Complete Buy milk', 'Buy milk,Walk dog');
    expect(truth.todos).toEqual([
      expect.objectContaining({ title: 'Buy milk', done: true }),
      expect.objectContaining({ title: 'Walk dog', done: false }),
    ]);
    expect(result.status, result.reason).toBe('passed');
  });

  it('deletes one todo through its hover-revealed button', { timeout: 60_000 }, async () => {
    const { result, truth } = await onTodos('Delete Walk dog');
    expect(truth.todos.map((t) => t.title)).toEqual(['Buy milk']);
    expect(result.status, result.reason).toBe('passed');
    expect(result.spec.assertions).toContainEqual({ type: 'text-hidden', text: 'Walk dog' });
  });
});

describe('export runs as printed', () => {
  it(
    'prints a command that passes from another folder, with the test outside any project',
    { timeout: 240_000 },
    async () => {
      const { result } = await onTodos('Add a todo "Buy bread"');
      expect(result.status, result.reason).toBe('passed');
      const outside = await mkdtemp(join(tmpdir(), 'codify-export-'));
      const elsewhere = await mkdtemp(join(tmpdir(), 'codify-cwd-'));
      try {
        const written = await writeExport(result.spec, join(outside, 'todo.spec.ts'));
        const command = runCommandFor(written.test, written.config!, elsewhere);
        expect(command).not.toBeNull();
        const { stdout } = await promisify(execFile)('sh', ['-c', command!], {
          cwd: elsewhere,
          env: { ...process.env, BASE_URL: base, CI: '1' },
          timeout: 200_000,
        });
        expect(stdout).toMatch(/1 passed/);
        expect(await readFile(written.test, 'utf8')).toContain('// Step 1');
      } finally {
        await rm(outside, { recursive: true, force: true });
        await rm(elsewhere, { recursive: true, force: true });
      }
    },
  );
});
