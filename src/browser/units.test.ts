import { mkdtempSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ChromiumNotFoundError, SpecError } from './errors.ts';
import { findChromium } from './chromium.ts';
import { ELEMENT_STATE_SOURCE } from './element-state.ts';
import { envName, exportPlaywrightTest, locatorCode } from './export.ts';
import { parseGoal, stableSegment } from './local-planner.ts';
import { parseSpec } from './spec.ts';
import { tokens } from './text-match.ts';

const base = {
  version: 1,
  goal: 'g',
  url: 'http://127.0.0.1:1/',
  viewport: { width: 800, height: 600 },
  variables: {},
  files: {},
  assertions: [],
};

describe('spec validation', () => {
  it('accepts a valid spec and rejects bad ones with paths in the message', () => {
    expect(
      parseSpec({ ...base, steps: [{ action: 'click', locator: { role: 'button', name: 'Go' } }] }).steps,
    ).toHaveLength(1);
    expect(() =>
      parseSpec({
        ...base,
        steps: [{ action: 'fill', locator: { label: 'Email' }, value: { var: 'email' } }],
      }),
    ).toThrow(/steps\.0: uses variable "email" not declared/);
    expect(() =>
      parseSpec({ ...base, steps: [{ action: 'click', locator: { role: 'button', label: 'x' } }] }),
    ).toThrow(/exactly one of role/);
    expect(() => parseSpec({ ...base, steps: [{ action: 'click' }] })).toThrow(SpecError);
    expect(() => parseSpec({ ...base, version: 2, steps: [] })).toThrow(/version/);
    expect(() =>
      parseSpec({ ...base, variables: { password: { secret: true, default: 'x' } }, steps: [] }),
    ).toThrow(/secret variable cannot have a default/);
  });
});

describe('goal parsing and matching', () => {
  it('separates values to type from texts to expect, and splits clauses', () => {
    const goal = parseGoal('Search for "lamp", open the Desk Lamp page and check that it shows "Warm LED"');
    expect(goal.values.map((v) => v.value)).toEqual(['lamp']);
    expect(goal.expectations).toEqual(['Warm LED']);
    expect(goal.clauses.length).toBeGreaterThanOrEqual(2);
    expect(parseGoal("don't touch 'x' or /products").urls).toEqual(['/products']);
  });
  it('folds synonyms so different wordings meet', () => {
    expect(tokens('Create account')).toEqual(tokens('Sign up'));
    expect(tokens('E-mail address')).toContain('email');
    expect(tokens('Log in')).toEqual(tokens('Sign in'));
  });
  it('keeps the stable part of messages with numbers', () => {
    expect(stableSegment('Order #1004 has been placed (express).')).toBe('has been placed (express).');
    expect(stableSegment('Welcome!')).toBe('Welcome!');
  });
});

describe('export', () => {
  it('renders idiomatic locators and reads variables from the environment', () => {
    expect(locatorCode({ role: 'button', name: "Don't", frame: 'iframe[title="N"]' })).toBe(
      `page.locator('iframe[title="N"]').contentFrame().getByRole('button', { name: 'Don\\'t', exact: true })`,
    );
    expect(
      locatorCode({ role: 'button', name: 'Add to cart', within: { role: 'listitem', hasText: 'Blue Mug' } }),
    ).toBe(
      `page.getByRole('listitem').filter({ hasText: 'Blue Mug' }).getByRole('button', { name: 'Add to cart', exact: true })`,
    );
    expect(envName('firstName')).toBe('FIRST_NAME');
    const source = exportPlaywrightTest(
      parseSpec({
        ...base,
        variables: { password: { secret: true } },
        files: { cv: '/tmp/cv.pdf' },
        steps: [
          { action: 'fill', locator: { label: 'Password' }, value: { var: 'password' } },
          { action: 'upload', locator: { label: 'CV' }, file: 'cv' },
        ],
        assertions: [{ type: 'url-matches', pattern: '/done$' }],
      }),
    );
    expect(source).toContain(`await page.getByLabel('Password', { exact: true }).fill(vars.password);`);
    expect(source).toContain(`setInputFiles(file('cv', '/tmp/cv.pdf'))`);
    expect(source).toContain(`await expect(page).toHaveURL(new RegExp('/done$'));`);
  });
});

describe('chromium discovery', () => {
  it('prefers CODIFY_CHROMIUM and explains how to install when nothing is found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codify-chromium-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const fake = join(dir, 'chrome');
    writeFileSync(fake, '');
    chmodSync(fake, 0o755);
    expect(findChromium({ CODIFY_CHROMIUM: fake })).toBe(fake);
    const error = (() => {
      try {
        findChromium({ CODIFY_CHROMIUM: join(dir, 'missing'), PLAYWRIGHT_BROWSERS_PATH: dir, HOME: dir });
        return null;
      } catch (e) {
        return e;
      }
    })();
    // /usr/bin/chromium exists on this machine, so discovery falls through to it; otherwise it must throw a typed error.
    if (error) expect(error).toBeInstanceOf(ChromiumNotFoundError);
    else
      expect(findChromium({ CODIFY_CHROMIUM: join(dir, 'missing'), PLAYWRIGHT_BROWSERS_PATH: dir })).toMatch(
        /chrom/,
      );
    expect(new ChromiumNotFoundError(['/x']).describe()).toMatch(/apt-get install chromium|CODIFY_CHROMIUM/);
  });
});

describe('run and replay helpers', () => {
  it('strips run-time values out of recorded text assertions', async () => {
    const { withoutVariableValues } = await import('./run.ts');
    expect(
      withoutVariableValues(
        [
          { type: 'text-visible', text: 'Welcome back, Ada Lovelace! Your dashboard' },
          { type: 'text-visible', text: 'Ada Lovelace' },
          { type: 'url-matches', pattern: '/home$' },
        ],
        { name: 'Ada Lovelace' },
      ),
    ).toEqual([
      { type: 'text-visible', text: 'Your dashboard' },
      { type: 'url-matches', pattern: '/home$' },
    ]);
  });
});

describe('model planner prompt', () => {
  it('attaches the viewport screenshot only when the observation carries one (vision planners)', async () => {
    const { buildPlannerMessages } = await import('./model-planner.ts');
    const base = {
      goal: 'log in',
      observation: {
        url: 'http://x/',
        title: 'X',
        snapshot: '- button "Go" [ref=e1]',
        elements: [],
        texts: [],
        tokens: 5,
      },
      variables: [],
      files: [],
      history: [],
      lastError: null,
    };
    expect(buildPlannerMessages(base)[1]!.images).toBeUndefined();
    const withShot = buildPlannerMessages({
      ...base,
      observation: { ...base.observation, screenshot: { mediaType: 'image/png', base64: 'iVBORw0KGgo=' } },
    });
    expect(withShot[1]!.images).toEqual([{ mediaType: 'image/png', base64: 'iVBORw0KGgo=' }]);
    expect(withShot[1]!.content).toContain('[ref=e1]');
  });

  it('tells the model the goal, variable names, history, the last error and the step to heal', async () => {
    const { buildPlannerMessages, parseDecision, PlannerResponseError } = await import('./model-planner.ts');
    const messages = buildPlannerMessages({
      goal: 'log in',
      observation: {
        url: 'http://x/login',
        title: 'Log in',
        snapshot: '- button "Sign in" [ref=e3]',
        elements: [],
        texts: [],
        tokens: 8,
      },
      variables: ['email', 'password'],
      files: [],
      history: [
        {
          step: 1,
          action: { type: 'fill', ref: 'e1', variable: 'email' },
          description: 'fill textbox "Email" {email}',
          ok: true,
          url: 'http://x/login',
        },
      ],
      lastError: 'No element matches button "Log in".',
      previousStep: { action: 'click', locator: { role: 'button', name: 'Log in' } },
    });
    const user = messages[1]!.content;
    expect(messages[0]!.role).toBe('system');
    expect(user).toContain('Variables (names only): email, password');
    expect(user).toContain('1. fill textbox "Email" {email} → ok');
    expect(user).toContain('The last action failed: No element matches button "Log in".');
    expect(user).toContain('the recorded step "click button "Log in"" no longer works');
    expect(user).toContain('- button "Sign in" [ref=e3]');
    expect(parseDecision({ reason: 'r', action: { type: 'click', ref: 'e3' } })).toEqual({
      reason: 'r',
      action: { type: 'click', ref: 'e3' },
    });
    expect(() => parseDecision({ action: { type: 'teleport' } })).toThrow(PlannerResponseError);
  });
});

describe('export checks what replay checks', () => {
  const spec = (assertions: unknown[], steps: unknown[] = []) =>
    exportPlaywrightTest(
      parseSpec({
        ...base,
        steps: [{ action: 'click', locator: { role: 'button', name: 'Go' } }, ...steps],
        assertions,
      }),
    );

  it('a text with no frame is looked for in every frame, as replay looks (an iframe form’s answer)', () => {
    const source = spec([
      { type: 'text-visible', text: 'Thanks!' },
      { type: 'text-hidden', text: 'Buy milk' },
    ]);
    expect(source).toContain('async function textShows(page: Page, text: string, exact = false)');
    expect(source).toContain(`import { test, expect, type Page } from '@playwright/test';`);
    expect(source).toContain(`await expect.poll(() => textShows(page, 'Thanks!')`);
    expect(source).toMatch(/textShows\(page, 'Buy milk', true\).*\.toBe\(false\);/);
  });

  it('a text in a named frame stays in that frame', () => {
    const source = spec([{ type: 'text-visible', text: 'Sent', frame: 'iframe[title="Feedback"]' }]);
    expect(source).not.toContain('textShows');
    expect(source).toContain(`page.locator('iframe[title="Feedback"]').contentFrame().getByText('Sent')`);
  });

  it('a field value holds as the value or the chosen option’s label, as replay accepts', () => {
    const source = spec([
      { type: 'field-value', locator: { role: 'combobox', name: 'Time' }, value: '2:00 PM' },
    ]);
    expect(source).toContain('async function fieldShows(field: Locator, expected: string)');
    expect(source).toContain(
      `await expect.poll(() => fieldShows(page.getByRole('combobox', { name: 'Time', exact: true }), '2:00 PM')).toBe(true);`,
    );
  });

  it('a sorted column or a checked item is read by the same in-page function replay runs', () => {
    const source = spec([
      { type: 'state', locator: { role: 'columnheader', name: 'Total ▼' }, state: 'descending', value: true },
      { type: 'state', locator: { role: 'menuitemradio', name: 'Dark' }, state: 'checked', value: true },
    ]);
    expect(source).toContain(
      `await expect.poll(() => page.getByRole('columnheader', { name: 'Total ▼', exact: true }).evaluate(${ELEMENT_STATE_SOURCE}, 'descending')).toBe(true);`,
    );
    expect(source).toContain(`.evaluate(${ELEMENT_STATE_SOURCE}, 'checked')).toBe(true);`);
    // The exported reading orders the rows itself (the arrow alone is not it).
    expect(ELEMENT_STATE_SOURCE).toContain('function sortedAs(');
  });

  it('a checkpoint waits for its text in any frame, up to 10 s as replay waits', () => {
    const source = spec(
      [{ type: 'url-matches', pattern: '/x' }],
      [{ action: 'wait', until: { type: 'text-visible', text: 'Keyboard shortcuts' } }],
    );
    expect(source).toContain(
      `await expect.poll(() => textShows(page, 'Keyboard shortcuts'), { timeout: 10_000 }).toBe(true);`,
    );
  });
});

describe('export of a container named by a bare number', () => {
  it('writes the whole-number match replay uses, so "#19" does not answer for row 9', () => {
    expect(locatorCode({ text: 'Closed', within: { role: 'row', hasText: '#9' } })).toBe(
      "page.getByRole('row').filter({ hasText: /(?<!\\d)#9(?!\\d)/ }).getByText('Closed', { exact: true })",
    );
  });
});
