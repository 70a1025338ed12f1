/**
 * Walks a recorded spec step by step and, at every page state the planner saw (the start page, then
 * the page after each step), measures what each approach would send a model:
 *
 * - codify: the aria snapshot text exactly as the model planner receives it (`observe`), and the
 *   same with its optional viewport screenshot (vision mode);
 * - the seed: the body HTML stripped as it did (`stripHtmlForModel`), with and without its
 *   full-page screenshot.
 *
 * Text is counted with o200k_base; images with OpenAI's published tile formula (image-tokens.ts).
 * Also checks, independently of any planner's claim, that the flow's success text is on the final page.
 */
import type { Browser, Page } from 'playwright-core';
import { countTokens, observe } from '../../src/browser/observe.ts';
import { performStep } from '../../src/browser/executor.ts';
import { describeStep, type Spec } from '../../src/browser/spec.ts';
import { stripHtmlForModel } from './html-strip.ts';
import { openAiImageTokens } from './image-tokens.ts';

export interface PageStateTokens {
  /** 0 is the start page; n is the page after step n. */
  state: number;
  /** The step taken from this state, or `done`. */
  next: string;
  url: string;
  codify: { snapshotChars: number; snapshotTokens: number; screenshotTokens: number; withScreenshot: number };
  seed: {
    rawHtmlTokens: number;
    strippedHtmlChars: number;
    strippedHtmlTokens: number;
    fullPage: { width: number; height: number };
    screenshotTokensHigh: number;
    screenshotTokensLow: number;
    withScreenshotHigh: number;
  };
}

export interface WalkResult {
  states: PageStateTokens[];
  /** The flow's success text is visible on the final page. */
  reachedGoal: boolean;
  error?: string;
}

async function measure(page: Page, state: number, next: string): Promise<PageStateTokens> {
  const observation = await observe(page, { captureScreenshot: true });
  const png = Buffer.from(observation.screenshot?.base64 ?? '', 'base64');
  const shot = png.length >= 24 ? { width: png.readUInt32BE(16), height: png.readUInt32BE(20) } : null;
  const screenshotTokens = shot ? openAiImageTokens(shot.width, shot.height, 'high') : 0;
  const { html, width, height } = await page.evaluate(() => ({
    html: document.body.outerHTML,
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  const viewport = page.viewportSize() ?? { width, height };
  // The seed's vision call took a full-page screenshot: at least the viewport, more when it scrolls.
  const fullPage = { width: Math.max(width, viewport.width), height: Math.max(height, viewport.height) };
  const stripped = stripHtmlForModel(html);
  const strippedHtmlTokens = countTokens(stripped);
  const screenshotTokensHigh = openAiImageTokens(fullPage.width, fullPage.height, 'high');
  return {
    state,
    next,
    url: page.url(),
    codify: {
      snapshotChars: observation.snapshot.length,
      snapshotTokens: observation.tokens,
      screenshotTokens,
      withScreenshot: observation.tokens + screenshotTokens,
    },
    seed: {
      rawHtmlTokens: countTokens(html),
      strippedHtmlChars: stripped.length,
      strippedHtmlTokens,
      fullPage,
      screenshotTokensHigh,
      screenshotTokensLow: openAiImageTokens(fullPage.width, fullPage.height, 'low'),
      withScreenshotHigh: strippedHtmlTokens + screenshotTokensHigh,
    },
  };
}

/** Replays `spec` against `baseUrl`, measuring every page state; stops at the first failing step. */
export async function walkSpec(
  browser: Browser,
  spec: Spec,
  options: { baseUrl: string; variables: Record<string, string>; successText: string },
): Promise<WalkResult> {
  const context = await browser.newContext({ viewport: spec.viewport });
  const states: PageStateTokens[] = [];
  try {
    const page = await context.newPage();
    const start = new URL(spec.url);
    await page.goto(new URL(start.pathname + start.search, options.baseUrl).toString());
    const inputs = {
      variables: options.variables,
      files: {},
      declared: spec.variables,
      baseUrl: options.baseUrl,
    };
    for (const [index, step] of spec.steps.entries()) {
      states.push(await measure(page, index, describeStep(step)));
      try {
        await performStep(page, step, inputs);
      } catch (error) {
        return { states, reachedGoal: false, error: `step ${index + 1}: ${String(error)}` };
      }
    }
    await page.waitForLoadState('load').catch(() => {});
    states.push(await measure(page, spec.steps.length, 'done'));
    const reachedGoal = await page
      .getByText(options.successText)
      .first()
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    return { states, reachedGoal };
  } finally {
    await context.close();
  }
}
