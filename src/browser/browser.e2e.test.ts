import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../core/events/event-bus.ts';
import type { BrowserEvent } from './events.ts';
import type { GenerateRequest } from '../core/models/types.ts';
import { ScriptedModel } from '../core/models/scripted-model.ts';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import { launchChromium } from './chromium.ts';
import { writeExport } from './export.ts';
import { LocalPlanner } from './local-planner.ts';
import { ModelPlanner } from './model-planner.ts';
import { replaySpec } from './replay.ts';
import { runGoal } from './run.ts';
import { parseSpec } from './spec.ts';

// One browser and one demo app for the whole file: two cores, so keep it lean.
let browser: Browser;
let app: DemoApp;
const runsDir = resolve('runs', `vitest-browser-${process.pid}`);
const SIGNUP_GOAL = 'Sign up with my name, email and password and accept the terms';
const signupVars = (n: number) => ({ name: 'Ada', email: `ada${n}@example.com`, password: 'hunter22' });

beforeAll(async () => {
  browser = await launchChromium();
  app = await startDemoApp({ port: 0 });
  await mkdir(runsDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await rm(runsDir, { recursive: true, force: true });
});

/** Finds `role "name" [ref=X]` in the snapshot a scripted model was shown. */
function refIn(request: GenerateRequest, role: string, name: string): string {
  const content = request.messages.map((m) => m.content).join('\n');
  const match = new RegExp(
    `${role} ${JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[ref=([\\w]+)\\]`,
  ).exec(content);
  if (!match) throw new Error(`no ${role} "${name}" in the snapshot`);
  return match[1]!;
}

describe('local planner: run → spec → replay → export → playwright test', () => {
  it(
    'records a sign-up, replays it, and the exported Playwright test passes',
    // Recording, two replays, an export and a Playwright Test process: minutes on a loaded machine.
    { timeout: 300_000 },
    async () => {
      const bus = new EventBus<BrowserEvent>();
      const run = await runGoal({
        url: `${app.url}/`,
        goal: SIGNUP_GOAL,
        planner: new LocalPlanner(),
        variables: signupVars(1),
        browser,
        runsDir,
        bus,
      });
      // Sanity of the shared app: v1 markup.
      expect(run.status, run.reason).toBe('passed');
      const spec = parseSpec(run.spec);
      expect(spec.steps.map((s) => s.action)).toEqual(['click', 'fill', 'fill', 'fill', 'check', 'click']);
      expect(spec.steps[1]!.locator).toEqual({ role: 'textbox', name: 'Name' });
      expect(spec.steps[3]!.value).toEqual({ var: 'password' });
      expect(spec.variables.password).toEqual({ secret: true });
      expect(JSON.stringify(spec)).not.toContain('hunter22');
      expect(spec.assertions).toContainEqual({
        type: 'text-visible',
        text: 'Your account has been created.',
      });
      // Events and artifacts.
      const types = new Set(bus.events().map((e) => e.event.type));
      for (const t of ['step-started', 'observation', 'action', 'step-done', 'run-done'])
        expect(types).toContain(t);
      const report = JSON.parse(await readFile(join(run.runDir!, 'report.json'), 'utf8'));
      expect(report.status).toBe('passed');
      const exchange = JSON.parse(await readFile(join(run.runDir!, 'step-01-exchange.json'), 'utf8'));
      expect(exchange.attempts[0].snapshot).toContain('link "Sign up"');
      await expect(readFile(join(run.runDir!, 'trace.zip'))).resolves.toBeInstanceOf(Buffer);
      await expect(readFile(join(run.runDir!, 'step-01-attempt-1.png'))).resolves.toBeInstanceOf(Buffer);

      // Replay: zero model calls (no planner at all), fresh values.
      const replay = await replaySpec(spec, { variables: signupVars(2), browser, runsDir });
      expect(replay.status, replay.reason).toBe('passed');
      // The assertions are real: replaying without accepting the terms must fail.
      const broken = { ...spec, steps: spec.steps.filter((s) => s.action !== 'check') };
      const failed = await replaySpec(broken, {
        variables: signupVars(3),
        browser,
        runsDir,
        actionTimeoutMs: 2_500,
      });
      expect(failed.status).toBe('failed');
      expect(failed.failure?.locator).toBeDefined();
      expect(failed.failure?.screenshot).toMatch(/failure\.png$/);

      // Export and run it with Playwright Test on the system Chromium.
      const dir = join(runsDir, 'export');
      await mkdir(dir, { recursive: true });
      const written = await writeExport(spec, join(dir, 'signup.spec.ts'));
      const source = await readFile(written.test, 'utf8');
      expect(source).toContain(`getByRole('button', { name: 'Create account', exact: true })`);
      expect(source).toContain(`env('PASSWORD')`);
      expect(source).not.toContain('hunter22');
      const { stdout } = await promisify(execFile)('npx', ['playwright', 'test', '-c', written.config!], {
        cwd: dir,
        env: {
          ...process.env,
          BASE_URL: app.url,
          NAME: 'Ada',
          EMAIL: 'ada4@example.com',
          PASSWORD: 'hunter22',
          CI: '1',
        },
        timeout: 150_000,
      });
      expect(stdout).toMatch(/1 passed/);
    },
  );
});

describe('model planner (scripted)', () => {
  it(
    'plans through structured output, is told names not values, and its spec replays',
    { timeout: 60_000 },
    async () => {
      const model = new ScriptedModel([
        (r) => ({
          object: {
            reason: 'The form lives on the log-in page.',
            action: { type: 'click', ref: refIn(r, 'link', 'Search') },
          },
        }),
        (r) => ({
          object: {
            reason: 'Type the query.',
            action: { type: 'fill', ref: refIn(r, 'searchbox', 'Search products'), variable: 'query' },
          },
        }),
        (r) => ({
          object: { reason: 'Submit.', action: { type: 'click', ref: refIn(r, 'button', 'Search') } },
        }),
        {
          object: {
            reason: 'One result is listed.',
            action: {
              type: 'done',
              assertions: [
                { type: 'text-visible', text: 'result(s) for' },
                { type: 'url-matches', pattern: 'q=lamp' },
              ],
            },
          },
        },
      ]);
      const run = await runGoal({
        url: `${app.url}/`,
        goal: 'Search the shop for the query',
        planner: new ModelPlanner(model),
        variables: { query: 'lamp' },
        browser,
        runsDir: null,
      });
      expect(run.status, run.reason).toBe('passed');
      expect(model.requests).toHaveLength(4);
      const first = model.requests[0]!;
      expect(first.output?.name).toBe('next_action');
      const prompt = first.messages.map((m) => m.content).join('\n');
      expect(prompt).toContain('Goal: Search the shop for the query');
      expect(prompt).toContain('Variables (names only): query');
      expect(prompt).not.toContain('lamp');
      expect(model.requests[3]!.messages[1]!.content).toContain(
        '2. fill searchbox "Search products" {query} → ok',
      );
      expect(run.usage.every((u) => u.source === 'scripted')).toBe(true);
      expect(run.spec.steps[1]).toMatchObject({ action: 'fill', value: { var: 'query' } });
      const replay = await replaySpec(run.spec, { variables: { query: 'lamp' }, browser, runsDir: null });
      expect(replay.status, replay.reason).toBe('passed');
      const other = await replaySpec(run.spec, { variables: { query: 'zzz' }, browser, runsDir: null });
      expect(other.status).toBe('failed');
    },
  );

  it(
    'retries: a failed action goes back to the planner, which picks again',
    { timeout: 60_000 },
    async () => {
      const model = new ScriptedModel([
        (r) => ({
          object: { reason: 'Go to sign up.', action: { type: 'click', ref: refIn(r, 'link', 'Sign up') } },
        }),
        // The button is disabled until the terms are accepted: this click must fail.
        (r) => ({
          object: {
            reason: 'Submit right away.',
            action: { type: 'click', ref: refIn(r, 'button', 'Create account') },
          },
        }),
        (r) => ({
          object: {
            reason: 'Accept the terms first.',
            action: { type: 'check', ref: refIn(r, 'checkbox', 'I accept the terms and conditions') },
          },
        }),
        {
          object: {
            reason: 'Terms accepted.',
            action: { type: 'done', assertions: [{ type: 'url-matches', pattern: '/signup$' }] },
          },
        },
      ]);
      const bus = new EventBus<BrowserEvent>();
      const run = await runGoal({
        url: `${app.url}/`,
        goal: 'accept the terms',
        planner: new ModelPlanner(model),
        browser,
        runsDir: null,
        bus,
        // Long enough that the clicks which should work never time out on a loaded machine.
        actionTimeoutMs: 4000,
      });
      expect(run.status, run.reason).toBe('passed');
      expect(run.spec.steps.map((s) => s.action)).toEqual(['click', 'check']);
      const failures = bus.events().flatMap(({ event }) => (event.type === 'action-failed' ? [event] : []));
      expect(failures).toHaveLength(1);
      expect(failures[0]!.error).toMatch(/disabled|Timed out/);
      expect(model.requests[2]!.messages[1]!.content).toContain('The last action failed:');
      expect(run.counts).toEqual({ steps: 2, actions: 3, pageViews: 4 });
    },
  );
});

describe('vision', () => {
  it(
    'sends a real PNG of the viewport to a vision planner with each snapshot',
    { timeout: 60_000 },
    async () => {
      const model = new ScriptedModel([
        {
          object: {
            reason: 'The home page is shown.',
            action: {
              type: 'done',
              assertions: [{ type: 'text-visible', text: 'Welcome to the Demo Shop' }],
            },
          },
        },
      ]);
      const run = await runGoal({
        url: `${app.url}/`,
        // Only an observation may pass with no step (its assertion is checked, not taken on trust).
        goal: 'see "Welcome to the Demo Shop"',
        planner: new ModelPlanner(model, { vision: true }),
        browser,
        runsDir: null,
      });
      expect(run.status, run.reason).toBe('passed');
      const image = model.requests[0]!.messages[1]!.images?.[0];
      expect(image?.mediaType).toBe('image/png');
      // PNG signature, base64-encoded.
      expect(image?.base64.startsWith('iVBORw0KGgo')).toBe(true);
      expect(Buffer.from(image!.base64, 'base64').length).toBeGreaterThan(1000);
    },
  );
});

describe('limits', () => {
  const stubborn = () =>
    new ModelPlanner(
      new ScriptedModel(
        Array.from({ length: 20 }, () => (r: GenerateRequest) => ({
          object: { reason: 'again', action: { type: 'click', ref: refIn(r, 'link', 'Products') } },
        })),
      ),
    );

  it.each([
    ['maxSteps', { maxSteps: 2 }],
    ['maxActions', { maxActions: 3 }],
    ['maxPageViews', { maxPageViews: 2 }],
    ['maxWallMs', { maxWallMs: 1 }],
  ] as const)('ends the run when %s is reached', { timeout: 60_000 }, async (limit, limits) => {
    const run = await runGoal({
      url: `${app.url}/`,
      goal: 'browse forever',
      planner: stubborn(),
      browser,
      runsDir: null,
      limits,
    });
    expect(run.status).toBe('failed');
    expect(run.limit).toBe(limit);
    expect(run.reason).toMatch(/limit reached/i);
  });

  it('ends the run when one step fails more than maxAttemptsPerStep times', { timeout: 60_000 }, async () => {
    const model = new ScriptedModel(
      Array.from({ length: 5 }, () => ({ object: { reason: 'x', action: { type: 'click', ref: 'e999' } } })),
    );
    const run = await runGoal({
      url: `${app.url}/`,
      goal: 'click nothing',
      planner: new ModelPlanner(model),
      browser,
      runsDir: null,
      limits: { maxAttemptsPerStep: 2 },
    });
    expect(run.status).toBe('failed');
    expect(run.limit).toBe('maxAttemptsPerStep');
    expect(model.requests).toHaveLength(2);
  });
});

describe('heal', () => {
  it(
    'repairs steps after the app changes (renamed button, moved and relabelled field)',
    { timeout: 90_000 },
    async () => {
      const v1 = await startDemoApp({ port: 0 });
      try {
        const run = await runGoal({
          url: `${v1.url}/signup`,
          goal: SIGNUP_GOAL,
          planner: new LocalPlanner(),
          variables: signupVars(10),
          browser,
          runsDir: null,
        });
        expect(run.status, run.reason).toBe('passed');
        v1.setVariant('v2');
        const plain = await replaySpec(run.spec, {
          variables: signupVars(11),
          browser,
          runsDir: null,
          actionTimeoutMs: 2_500,
        });
        expect(plain.status).toBe('failed');
        expect(plain.healed).toBeUndefined();
        const healed = await replaySpec(run.spec, {
          variables: signupVars(12),
          browser,
          runsDir,
          actionTimeoutMs: 2_500,
          heal: { planner: new LocalPlanner() },
        });
        expect(healed.status, healed.reason).toBe('passed');
        const after = healed.healed!.steps.map((h) => h.after);
        expect(after).toContain('fill textbox "Email address" {email}');
        expect(after).toContain('click button "Register"');
        expect(healed.healed!.diff).toContain('-        "name": "Create account"');
        expect(healed.healed!.diff).toContain('+        "name": "Register"');
        // The healed spec replays cleanly on v2, with no planner.
        const again = await replaySpec(healed.healed!.spec, {
          variables: signupVars(13),
          browser,
          runsDir: null,
        });
        expect(again.status, again.reason).toBe('passed');
      } finally {
        await v1.close();
      }
    },
  );
});

describe('variables and uploads', () => {
  it(
    'uploads a named file, picks options and radios, and replays with another file',
    { timeout: 60_000 },
    async () => {
      const dir = join(runsDir, 'files');
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'receipt.txt'), 'receipt');
      await writeFile(join(dir, 'other.txt'), 'other');
      const goal =
        'Send a message about Delivery saying "Where is my parcel?", reply by phone, attach the receipt and mark it urgent';
      const run = await runGoal({
        url: `${app.url}/contact`,
        goal,
        planner: new LocalPlanner(),
        files: { receipt: join(dir, 'receipt.txt') },
        browser,
        runsDir: null,
      });
      expect(run.status, run.reason).toBe('passed');
      expect(run.spec.steps).toContainEqual(expect.objectContaining({ action: 'upload', file: 'receipt' }));
      expect(run.spec.steps).toContainEqual(expect.objectContaining({ action: 'select', value: 'Delivery' }));
      expect(run.spec.steps).toContainEqual(
        expect.objectContaining({ action: 'check', locator: { role: 'radio', name: 'By phone' } }),
      );
      const withOther = {
        ...run.spec,
        assertions: [
          ...run.spec.assertions,
          { type: 'text-visible' as const, text: 'Received file: other.txt' },
        ],
      };
      const replay = await replaySpec(withOther, {
        files: { receipt: join(dir, 'other.txt') },
        browser,
        runsDir: null,
      });
      expect(replay.status, replay.reason).toBe('passed');
    },
  );

  it('fails clearly when a variable is missing at replay', { timeout: 60_000 }, async () => {
    const spec = parseSpec({
      version: 1,
      goal: 'log in',
      url: `${app.url}/login`,
      viewport: { width: 800, height: 600 },
      variables: { email: {} },
      files: {},
      steps: [{ action: 'fill', locator: { label: 'Email' }, value: { var: 'email' } }],
      assertions: [],
    });
    const replay = await replaySpec(spec, { browser, runsDir: null });
    expect(replay.status).toBe('failed');
    expect(replay.failure?.kind).toBe('missing-input');
    expect(replay.failure?.error).toContain('--var email=');
  });

  it('acts inside iframes', { timeout: 60_000 }, async () => {
    const run = await runGoal({
      url: `${app.url}/`,
      goal: 'Subscribe to the newsletter with my email',
      planner: new LocalPlanner(),
      variables: { email: 'x@example.com' },
      browser,
      runsDir: null,
    });
    expect(run.status, run.reason).toBe('passed');
    expect(run.spec.steps[0]!.locator).toEqual({
      role: 'textbox',
      name: 'Your email',
      frame: 'iframe[title="Newsletter"]',
    });
  });
});
