import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { readRefusals } from './evidence.ts';
import { checkAssertion } from './executor.ts';
import { acceptNativeDialogs } from './native-dialogs.ts';
import { observe } from './observe.ts';

// Small pages of our own (not the gearshop tuning app): a thermostat, a ticket counter, a
// settings page with a red "Close account" button, a "Clear history?" confirm().
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function pageWith(html: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(html);
  return page;
}

const inputs = { variables: {}, files: {}, baseUrl: 'http://127.0.0.1/' };

describe('widgets on a live page', () => {
  it('reads a div slider and a div spinbutton by aria-valuenow, in the snapshot and in assertions', async () => {
    const page = await pageWith(
      `<span id="t">Temperature</span><div role="slider" tabindex="0" aria-labelledby="t" aria-valuemin="10" aria-valuemax="30" aria-valuenow="21" style="width: 100px; height: 8px"></div>
       <button aria-label="Fewer">−</button><div role="spinbutton" aria-label="Tickets" aria-valuenow="2">2 tickets</div><button aria-label="More">+</button>`,
    );
    const seen = await observe(page);
    expect(seen.elements.find((e) => e.role === 'slider')?.value).toBe('21');
    expect(seen.elements.find((e) => e.role === 'spinbutton')?.value).toBe('2');
    const holds = (role: string, name: string, value: string) =>
      checkAssertion(page, { type: 'field-value', locator: { role, name }, value }, inputs, 300);
    expect(await holds('slider', 'Temperature', '21')).toBeNull();
    expect(await holds('spinbutton', 'Tickets', '2')).toBeNull();
    expect(await holds('slider', 'Temperature', '22')).not.toBeNull();
    await page.context().close();
  }, 30_000);

  it('takes a danger-styled control for a control, an error-styled message still for a refusal', async () => {
    const page = await pageWith(
      `<button class="btn danger">Close account</button><a href="#" class="link-danger">Remove card</a>
       <p class="error">Card declined</p>`,
    );
    expect(await page.evaluate(readRefusals)).toEqual(['Card declined']);
    await page.context().close();
  }, 30_000);

  it('takes a greyed-out role-less danger control (cursor not-allowed, aria-disabled) for a control, not a refusal', async () => {
    const page = await pageWith(
      `<span class="btn danger" style="cursor: not-allowed; opacity: .5">Remove member</span>
       <div class="action-danger" aria-disabled="true">Archive project</div>
       <div class="danger"><span style="cursor: not-allowed">Close ticket</span></div>
       <p class="field-error">That name is taken</p>`,
    );
    expect(await page.evaluate(readRefusals)).toEqual(['That name is taken']);
    await page.context().close();
  }, 30_000);

  it("answers the browser's own confirm() with OK once the run listens", async () => {
    const page = await pageWith(
      `<button onclick="document.title = confirm('Clear history?') ? 'cleared' : 'kept'">Clear history</button>`,
    );
    await page.getByRole('button').click();
    expect(await page.title()).toBe('kept');
    acceptNativeDialogs(page);
    await page.getByRole('button').click();
    expect(await page.title()).toBe('cleared');
    await page.context().close();
  }, 30_000);
});
