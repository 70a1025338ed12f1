import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { locatorForElement, toPlaywrightLocator } from './locators.ts';
import { observe } from './observe.ts';

// Role-less clickable divs inside web components (open shadow roots), repeated once per card: the
// locator must find the one observed, by its words inside its card, never by a role it lacks.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Cards of a custom element whose shadow root holds a title and a plain clickable div. */
const cards = (tag: string, titles: string[], action: string) => `
<div id="grid">${titles.map((t) => `<${tag} data-title="${t}"></${tag}>`).join('')}</div>
<script>customElements.define('${tag}', class extends HTMLElement { connectedCallback() {
  const root = this.attachShadow({ mode: 'open' });
  root.innerHTML = '<h3></h3><span class="heart">♡</span><div class="go" style="cursor:pointer"></div>';
  root.querySelector('h3').textContent = this.dataset.title;
  root.querySelector('.go').textContent = ${JSON.stringify(action)};
  root.querySelector('.go').addEventListener('click', () => { window.clicked = this.dataset.title; });
} });</script>`;

describe('locators for role-less clickable elements in shadow roots', () => {
  const cases: [tag: string, titles: string[], action: string, pick: string][] = [
    ['shop-card', ['Linen shirt', 'Wool scarf', 'Leather belt'], 'Add to bag', 'Wool scarf'],
    ['plant-tile', ['Fern', 'Cactus'], 'Water now', 'Cactus'],
  ];
  for (const [tag, titles, action, pick] of cases) {
    it(`finds "${action}" of the ${pick} card by its words in the card, and it clicks that one`, async () => {
      const page = await browser.newPage();
      try {
        await page.setContent(cards(tag, titles, action));
        const o = await observe(page);
        const targets = o.elements.filter((e) => e.name === action);
        expect(targets.length).toBe(titles.length);
        const target = targets[titles.indexOf(pick)]!;
        expect(target).toMatchObject({ role: 'generic', clickable: true });
        const locator = await locatorForElement(page, target);
        // By its words (a text locator), never a role "generic" no element answers to.
        expect(locator.role).toBeUndefined();
        expect(locator.text).toBe(action);
        await toPlaywrightLocator(page, locator).click({ timeout: 5_000 });
        expect(await page.evaluate(() => (window as unknown as { clicked: string }).clicked)).toBe(pick);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
