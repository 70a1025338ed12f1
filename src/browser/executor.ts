import { resolve as resolvePath } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { elementState, fieldLabel } from './element-state.ts';
import { waitForSettled } from './settle.ts';
import { ActionError, MissingInputError } from './errors.ts';
import { toPlaywrightLocator } from './locators.ts';
import {
  MissingValue,
  describeLocator,
  resolveValue,
  type Assertion,
  type Spec,
  type SpecLocator,
  type Step,
  type WaitCondition,
} from './spec.ts';

/** Run-time inputs of a spec: variable values and file paths (never stored in the spec). */
export interface StepInputs {
  variables: Readonly<Record<string, string>>;
  /** File name → path. */
  files: Readonly<Record<string, string>>;
  /** Declarations, for non-secret defaults. */
  declared?: Spec['variables'];
  /** Relative navigate URLs resolve against this. */
  baseUrl: string;
}

export interface ExecuteOptions {
  /** How long an action waits for its element to be actionable (default 5000 ms). */
  actionTimeoutMs?: number;
}

/**
 * Performs one spec step on the page.
 * @throws ActionError classifying what went wrong (not-found, ambiguous, timeout, detached, not-editable…).
 */
export async function performStep(
  page: Page,
  step: Step,
  inputs: StepInputs,
  options: ExecuteOptions = {},
): Promise<void> {
  const timeout = options.actionTimeoutMs ?? 5_000;
  const value = () => {
    if (step.value === undefined) throw new ActionError('invalid-action', `"${step.action}" needs a value.`);
    try {
      return resolveValue(step.value, inputs.variables, inputs.declared);
    } catch (error) {
      if (error instanceof MissingValue) throw new MissingInputError('variable', error.variable);
      throw error;
    }
  };
  const target = (): Locator => {
    if (!step.locator) throw new ActionError('invalid-action', `"${step.action}" needs a target element.`);
    return toPlaywrightLocator(page, step.locator);
  };
  try {
    switch (step.action) {
      case 'click':
        await target().click({ timeout });
        break;
      case 'dblclick':
        await target().dblclick({ timeout });
        break;
      case 'rightclick':
        await target().click({ button: 'right', timeout });
        break;
      case 'clear':
        await target().clear({ timeout });
        break;
      case 'scroll':
        await target().scrollIntoViewIfNeeded({ timeout });
        break;
      case 'fill':
        await target().fill(value(), { timeout });
        break;
      case 'select':
        await selectOption(target(), value(), timeout);
        break;
      case 'check':
        await target().check({ timeout });
        break;
      case 'uncheck':
        await target().uncheck({ timeout });
        break;
      case 'hover':
        await target().hover({ timeout });
        break;
      case 'press':
        if (step.locator) await target().press(value(), { timeout });
        else await page.keyboard.press(value());
        break;
      case 'upload': {
        const path = step.file ? inputs.files[step.file] : undefined;
        if (!step.file || path === undefined) throw new MissingInputError('file', step.file ?? '(unnamed)');
        await target().setInputFiles(resolvePath(path), { timeout });
        break;
      }
      case 'navigate':
        await page.goto(new URL(step.url ?? '/', inputs.baseUrl).toString(), {
          timeout: Math.max(timeout, 15_000),
        });
        break;
      case 'wait':
        if (!step.until) throw new ActionError('invalid-action', '"wait" needs a condition.');
        await waitFor(page, step.until, Math.max(timeout, 10_000));
        break;
    }
    await page.waitForLoadState('domcontentloaded', { timeout: 15_000 }).catch(() => {});
    // What the step set off (a reload, a save) finishes before the next step or the assertions.
    if (step.action !== 'wait') await waitForSettled(page);
  } catch (error) {
    throw await classify(error, page, step.locator);
  }
}

async function selectOption(locator: Locator, wanted: string, timeout: number): Promise<void> {
  // Prefer the visible label (what a person reads), then the value attribute, then a label containing it.
  try {
    await locator.selectOption({ label: wanted }, { timeout });
    return;
  } catch (error) {
    if (!/did not find some options|not found/i.test(String(error))) throw error;
  }
  const options = await locator
    .locator('option')
    .evaluateAll((os) =>
      os.map((o) => ({ label: (o.textContent ?? '').trim(), value: (o as HTMLOptionElement).value })),
    );
  const lower = wanted.toLowerCase();
  const match =
    options.find((o) => o.value === wanted) ??
    options.find((o) => o.label.toLowerCase() === lower) ??
    options.find((o) => o.label.toLowerCase().includes(lower));
  if (!match) {
    throw new ActionError(
      'not-found',
      `No option "${wanted}" (options: ${options.map((o) => o.label).join(', ')}).`,
    );
  }
  await locator.selectOption({ value: match.value }, { timeout });
}

/** Waits for a condition, polling through Playwright (never a fixed sleep). */
export async function waitFor(page: Page, condition: WaitCondition, timeoutMs: number): Promise<void> {
  switch (condition.type) {
    case 'text-visible': {
      // A visible match (a hidden copy earlier in the page is not it), in the page or any frame: the
      // checker reads a checkpoint from observations that include frames.
      const problem = await checkAssertion(
        page,
        { type: 'text-visible', text: condition.text },
        { variables: {}, files: {}, baseUrl: page.url() },
        timeoutMs,
      );
      if (problem)
        throw new ActionError('timeout', `Waited ${timeoutMs} ms, but ${problem}.`, {
          hint: 'The page did not show what the goal asked for at this point.',
        });
      return;
    }
    case 'element-visible':
      await toPlaywrightLocator(page, condition.locator)
        .first()
        .waitFor({ state: 'visible', timeout: timeoutMs });
      return;
    case 'url-matches':
      await page.waitForURL(new RegExp(condition.pattern), { timeout: timeoutMs, waitUntil: 'commit' });
      return;
  }
}

/**
 * Checks one assertion, retrying until it holds or the timeout passes (like web-first `expect`).
 * @returns null when it holds, otherwise what was found instead.
 */
export async function checkAssertion(
  page: Page,
  assertion: Assertion,
  inputs: StepInputs,
  timeoutMs = 5_000,
): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      last = await checkOnce(page, assertion, inputs);
    } catch (error) {
      if (error instanceof MissingInputError) throw error;
      last = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    }
    if (!last) return null;
    if (Date.now() >= deadline) return last;
    await page.waitForTimeout(100);
  }
}

async function checkOnce(page: Page, assertion: Assertion, inputs: StepInputs): Promise<string> {
  switch (assertion.type) {
    case 'text-visible': {
      if (assertion.frame) {
        const inFrame = await page
          .frameLocator(assertion.frame)
          .getByText(assertion.text)
          .filter({ visible: true })
          .first()
          .isVisible();
        return inFrame ? '' : `text "${assertion.text}" is not visible in ${assertion.frame}`;
      }
      // Any frame counts: messages often appear inside embedded widgets.
      for (const frame of page.frames()) {
        if (
          await frame
            .getByText(assertion.text)
            .filter({ visible: true })
            .first()
            .isVisible()
            .catch(() => false)
        )
          return '';
      }
      return `text "${assertion.text}" is not visible`;
    }
    case 'element-visible': {
      const locator = toPlaywrightLocator(page, assertion.locator);
      const count = await locator.count();
      if (count !== 1) return `${describeLocator(assertion.locator)} matches ${count} elements (want 1)`;
      return (await locator.isVisible()) ? '' : `${describeLocator(assertion.locator)} is hidden`;
    }
    case 'url-matches':
      return new RegExp(assertion.pattern).test(page.url())
        ? ''
        : `URL ${page.url()} does not match /${assertion.pattern}/`;
    case 'title': {
      const title = await page.title();
      return title.includes(assertion.text) ? '' : `title is "${title}", not containing "${assertion.text}"`;
    }
    case 'text-hidden': {
      const roots = assertion.frame ? [page.frameLocator(assertion.frame)] : page.frames();
      for (const root of roots) {
        const visible = await root
          .getByText(assertion.text, { exact: true })
          .filter({ visible: true })
          .count()
          .catch(() => 0);
        if (visible) return `text "${assertion.text}" is still visible`;
      }
      return '';
    }
    case 'element-hidden': {
      const visible = await toPlaywrightLocator(page, assertion.locator).filter({ visible: true }).count();
      return visible ? `${describeLocator(assertion.locator)} is still visible` : '';
    }
    case 'checked': {
      const locator = toPlaywrightLocator(page, assertion.locator);
      const count = await locator.count();
      if (count !== 1) return `${describeLocator(assertion.locator)} matches ${count} elements (want 1)`;
      const checked = await locator.isChecked({ timeout: 1_000 });
      return checked === assertion.checked
        ? ''
        : `${describeLocator(assertion.locator)} is ${checked ? 'checked' : 'not checked'}`;
    }
    case 'state': {
      const locator = toPlaywrightLocator(page, assertion.locator);
      const count = await locator.count();
      if (count !== 1) return `${describeLocator(assertion.locator)} matches ${count} elements (want 1)`;
      const actual = await locator.evaluate(elementState, assertion.state, { timeout: 1_000 });
      return actual === assertion.value
        ? ''
        : `${describeLocator(assertion.locator)} is ${actual ? '' : 'not '}${assertion.state}`;
    }
    case 'field-value': {
      let expected: string;
      try {
        expected = resolveValue(assertion.value, inputs.variables, inputs.declared);
      } catch (error) {
        if (error instanceof MissingValue) throw new MissingInputError('variable', error.variable);
        throw error;
      }
      const field = toPlaywrightLocator(page, assertion.locator);
      // (A slider or stepper built of a div has no input value: its aria-valuenow is its value.)
      const actual = await field.inputValue({ timeout: 1_000 }).catch(() => null);
      if (actual === expected) return '';
      // A select's label, a slider's aria-valuenow, a div combobox's text (the exported test reads it alike).
      const label = await field.evaluate(fieldLabel).catch(() => null);
      return label === expected ? '' : `${describeLocator(assertion.locator)} has another value`;
    }
  }
}

/** Maps Playwright's errors to typed ones a planner (or a person) can act on. */
async function classify(error: unknown, page: Page, locator: SpecLocator | undefined): Promise<Error> {
  if (error instanceof ActionError || error instanceof MissingInputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0] ?? message;
  const where = locator ? describeLocator(locator) : 'the page';
  if (/strict mode violation/i.test(message)) {
    const count = /resolved to (\d+) elements/.exec(message)?.[1] ?? 'several';
    return new ActionError('ambiguous', `${where} matches ${count} elements; pick one that is unique.`, {
      cause: error,
    });
  }
  if (/not attached|detached/i.test(message))
    return new ActionError('detached', `${where} was detached from the page while acting.`, { cause: error });
  if (
    /not editable|not an <input>|Cannot type|not a <select>|not a checkbox|Not a checkbox or radio/i.test(
      message,
    )
  ) {
    return new ActionError('not-editable', `${where} cannot take this action: ${first}`, { cause: error });
  }
  if (/Timeout|timed out/i.test(message)) {
    let count = -1;
    if (locator)
      count = await toPlaywrightLocator(page, locator)
        .count()
        .catch(() => -1);
    if (count === 0) return new ActionError('not-found', `No element matches ${where}.`, { cause: error });
    const disabled = /element is not enabled|disabled/i.test(message) ? ' (it is disabled)' : '';
    const hidden = /not visible|element is not visible/i.test(message) ? ' (it is not visible)' : '';
    return new ActionError('timeout', `Timed out acting on ${where}${disabled}${hidden}.`, { cause: error });
  }
  if (/net::|navigation/i.test(message))
    return new ActionError('navigation', `Navigation failed: ${first}`, { cause: error });
  return new ActionError('invalid-action', first, { cause: error });
}
