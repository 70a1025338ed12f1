import type { ElementHandle, FrameLocator, Locator, Page } from 'playwright-core';
import type { ObservedElement } from './observe.ts';
import { containerText, type SpecLocator } from './spec.ts';
import { ActionError } from './errors.ts';

type Root = Page | FrameLocator;

type AriaRole = Parameters<Page['getByRole']>[0];

/** Turns a structured spec locator into a Playwright locator (not yet resolved). */
export function toPlaywrightLocator(page: Page, spec: SpecLocator): Locator {
  const root: Root = spec.frame ? page.frameLocator(spec.frame) : page;
  let scope: Root | Locator = root;
  if (spec.within) {
    const container = spec.within.role
      ? root.getByRole(spec.within.role as AriaRole)
      : root.locator(spec.within.css ?? '*');
    scope = container.filter({ hasText: containerText(spec.within.hasText) });
  }
  let locator: Locator;
  if (spec.role) {
    locator = scope.getByRole(
      spec.role as AriaRole,
      spec.name !== undefined ? { name: spec.name, exact: true } : {},
    );
  } else if (spec.label) locator = scope.getByLabel(spec.label, { exact: true });
  else if (spec.placeholder) locator = scope.getByPlaceholder(spec.placeholder, { exact: true });
  else if (spec.testId) locator = scope.getByTestId(spec.testId);
  else if (spec.text) locator = scope.getByText(spec.text, { exact: true });
  else locator = scope.locator(spec.css ?? '*');
  return spec.nth !== undefined ? locator.nth(spec.nth) : locator;
}

interface DomFacts {
  labels: string[];
  placeholder: string;
  testId: string;
  text: string;
  /** All of its text, whatever its tag (`text` is only for tags that name what they hold). */
  wholeText: string;
  /** The element holds no element of its own: its text is all there is to it. */
  leaf: boolean;
  /** The whole text of the first element inside it that holds only text (a card's title), or ''. */
  title: string;
  css: string;
  /** `path`: the container's own CSS path (to pin one row when its tag alone matches its ancestors too). */
  container: { role: string | null; css: string; hasText: string; path: string } | null;
}

/**
 * Builds the most robust locator for an observed element, in the order Playwright recommends:
 * role+exact name, label, placeholder, test id, text, then CSS; scoped to a container with
 * distinguishing text when a name repeats (e.g. several "Add to cart" buttons), and as a last
 * resort the n-th match. Every candidate is checked to match exactly the observed element.
 * With `fallbacks`, the other candidates that also match exactly it are added there (see
 * {@link otherLocators}), for a heal to try when the first no longer finds anything.
 * @throws ActionError('unknown-ref') when the ref is not on the page any more.
 */
export async function locatorForElement(
  page: Page,
  element: ObservedElement,
  options: { inRow?: boolean; fallbacks?: SpecLocator[] } = {},
): Promise<SpecLocator> {
  const target = page.getByRef(element.ref);
  const handle = await target.elementHandle({ timeout: 2_000 }).catch(() => null);
  if (!handle) {
    throw new ActionError(
      'unknown-ref',
      `Element ${element.ref} (${element.role} "${element.name}") is no longer on the page.`,
      {
        hint: 'Pick a ref from the latest snapshot.',
      },
    );
  }
  const frame = element.frameRef ? await frameSelector(page, element.frameRef) : undefined;
  const withFrame = (l: SpecLocator): SpecLocator => (frame ? { ...l, frame } : l);
  const facts = await handle.evaluate(domFacts);

  // A plain clickable element (a div with a handler) has no role to find it by: its words do. Only
  // a leaf ("Add to bag"): a clickable row of several parts keeps its path first, its text after.
  const byText = element.role === 'generic' && element.name !== '' && facts.leaf;
  const candidates: SpecLocator[] = [];
  if (element.name && !byText) candidates.push({ role: element.role, name: element.name });
  for (const label of facts.labels) candidates.push({ label });
  if (facts.placeholder) candidates.push({ placeholder: facts.placeholder });
  if (facts.testId) candidates.push({ testId: facts.testId });
  if (facts.text && facts.text.length <= 80) candidates.push({ text: facts.text });
  if (facts.container) {
    // Unnamed controls too ("the checkbox of the Buy milk row"): the row's text tells them apart.
    const { role, css, hasText } = facts.container;
    const within = role ? { role, hasText } : { css, hasText };
    candidates.push(
      byText
        ? { text: element.name, within }
        : { role: element.role, ...(element.name ? { name: element.name } : {}), within },
    );
  }
  // A clickable role-less card of several parts (title, tags, owner) is found by its title, the first text
  // inside it: a click there reaches the card's own handler, and survives a restyle or a move
  // that breaks its path. (Checked to find one element inside this one.)
  const titled: SpecLocator[] =
    element.clickable && element.role === 'generic' && !facts.leaf && facts.title && facts.title.length <= 80
      ? [{ text: facts.title }]
      : [];
  if (facts.css) candidates.push({ css: facts.css });
  // Last, so never chosen over a path: a clickable row's whole text, a fallback for a heal when the
  // layout around it changes and the path finds nothing.
  if (!facts.text && facts.wholeText && facts.wholeText.length <= 80)
    candidates.push({ text: facts.wholeText });

  // A state asserted of "the star of Alan Turing's mail" must stay tied to that row: the row first.
  if (options.inRow && facts.container) {
    const scoped = candidates.findIndex((c) => c.within);
    if (scoped > 0) candidates.unshift(...candidates.splice(scoped, 1));
    // A row without a role ("div") also matches every div around it: pin it by its path, and keep
    // its text, so a replay on another row fails instead of passing.
    const { hasText, path } = facts.container;
    candidates.splice(1, 0, {
      role: element.role,
      ...(element.name ? { name: element.name } : {}),
      within: { css: path, hasText },
    });
  }
  for (const candidate of titled.map(withFrame))
    if (await matchesInside(page, candidate, handle)) {
      if (options.fallbacks)
        options.fallbacks.push(...(await otherLocators(page, candidates.map(withFrame), candidate, handle)));
      return candidate;
    }
  for (const [index, candidate] of candidates.map(withFrame).entries()) {
    if (!(await matchesOnly(page, candidate, handle))) continue;
    if (options.fallbacks)
      options.fallbacks.push(
        ...(await otherLocators(page, candidates.slice(index + 1).map(withFrame), candidate, handle)),
      );
    return candidate;
  }
  // Several identical matches and nothing to tell them apart: fall back to position.
  const base = withFrame(
    byText
      ? { text: element.name }
      : element.name
        ? { role: element.role, name: element.name }
        : { css: facts.css || '*' },
  );
  const all = await toPlaywrightLocator(page, base).elementHandles();
  for (let index = 0; index < all.length; index++) {
    if (await all[index]!.evaluate((a, b) => a === b, handle)) return { ...base, nth: index };
  }
  throw new ActionError('not-found', `Could not build a locator for ${element.role} "${element.name}".`);
}

/** At most this many fallbacks per step: enough for an id, a label and a path, and specs stay short. */
const MAX_FALLBACKS = 3;

/**
 * Other ways to find the same element, of kinds a rename does not touch first (a test id, an id
 * or path, a label) and never one that only repeats the chosen locator's words: each matches
 * exactly the element now. A renamed "Rename workspace" button keeps its `#rename` id.
 */
async function otherLocators(
  page: Page,
  candidates: SpecLocator[],
  chosen: SpecLocator,
  handle: ElementHandle,
): Promise<SpecLocator[]> {
  const words = chosen.name ?? chosen.label ?? chosen.text ?? chosen.placeholder;
  const out: SpecLocator[] = [];
  for (const candidate of candidates) {
    if (out.length >= MAX_FALLBACKS) break;
    if (words !== undefined && (candidate.text ?? candidate.name ?? candidate.label) === words) continue;
    if (await matchesOnly(page, candidate, handle)) out.push(candidate);
  }
  return out;
}

/**
 * The locator for a text to act on ("Ada Lovelace ▾", a menu trigger drawn as plain text): the text
 * itself when some element's text is exactly it; else the element whose own words are that text
 * while it also holds a hidden menu (its full text is longer), by its CSS path.
 */
export async function locatorForText(page: Page, text: string): Promise<SpecLocator> {
  if ((await page.getByText(text, { exact: true }).count()) > 0) return { text };
  const handle = await page
    .evaluateHandle((wanted) => {
      const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const own = Array.from(el.childNodes)
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join(' ');
        if (norm(own) === wanted) return el;
      }
      return null;
    }, text.replace(/\s+/g, ' ').trim())
    .catch(() => null);
  const element = handle?.asElement();
  if (!element) return { text };
  const facts = await element.evaluate(domFacts);
  return facts.css && (await matchesOnly(page, { css: facts.css }, element)) ? { css: facts.css } : { text };
}

/**
 * A locator for a control tied to a text the page shows beside it, whatever the row is made of (a
 * `div` with no role, texts that run together): the nearest ancestor holding both the control and
 * the text, by its CSS path and that text. Null when that ancestor also holds another control like
 * this one (the text names a list, not this row), or when the locator would match anything else.
 */
export async function locatorNear(
  page: Page,
  element: ObservedElement,
  text: string,
): Promise<SpecLocator | null> {
  const handle = await page
    .getByRef(element.ref)
    .elementHandle({ timeout: 2_000 })
    .catch(() => null);
  if (!handle) return null;
  const path = await handle.evaluate(nearestHolder, text).catch(() => null);
  if (!path) return null;
  const frame = element.frameRef ? await frameSelector(page, element.frameRef) : undefined;
  const candidate: SpecLocator = {
    role: element.role,
    ...(element.name ? { name: element.name } : {}),
    within: { css: path, hasText: text },
    ...(frame ? { frame } : {}),
  };
  return (await matchesOnly(page, candidate, handle)) ? candidate : null;
}

/**
 * Runs in the page: the CSS path of the nearest ancestor of `el` whose text holds `wanted`, if it
 * holds no look-alike of `el`. Up through open shadow roots: when that ancestor lives in a web
 * component's shadow root (a product card), the component's tag instead, which Playwright's CSS
 * matches across shadow roots and a changed layout around the card leaves alone.
 */
function nearestHolder(el: Element, wanted: string): string | null {
  const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const look = (e: Element) => `${e.tagName}|${e.getAttribute('aria-label') ?? ''}|${norm(e.textContent)}`;
  const want = norm(wanted);
  const up = (node: Element): Element | null =>
    node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
  // Its text with what its shadow roots show (a component's title lives in its shadow root).
  const deepText = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE
      ? (node.nodeValue ?? '')
      : [
          ...(node instanceof Element && node.shadowRoot ? Array.from(node.shadowRoot.childNodes) : []),
          ...Array.from(node.childNodes),
        ]
          .filter((n) => !(n instanceof HTMLStyleElement || n instanceof HTMLScriptElement))
          .map(deepText)
          .join(' ');
  const component = (node: Element) => node.tagName.includes('-') && node.shadowRoot !== null;
  let holder: Element | null = null;
  for (let node = up(el); node && node !== document.body; node = up(node)) {
    if (norm(component(node) ? deepText(node) : node.textContent).includes(want)) {
      holder = node;
      break;
    }
  }
  if (!holder) return null;
  if (component(holder)) return holder.tagName.toLowerCase();
  const root = holder.getRootNode();
  if (root instanceof ShadowRoot) return component(root.host) ? root.host.tagName.toLowerCase() : null;
  const mine = look(el);
  if (Array.from(holder.querySelectorAll(el.tagName)).some((c) => c !== el && look(c) === mine)) return null;
  // Its CSS path (as domFacts builds one): ids where they are, else tags with their position.
  const parts: string[] = [];
  for (
    let node: Element | null = holder;
    node && node !== document.documentElement;
    node = node.parentElement
  ) {
    if (node.id && /^[A-Za-z][\w-]*$/.test(node.id)) {
      parts.unshift(`#${node.id}`);
      break;
    }
    const tag = node.tagName.toLowerCase();
    const current: Element = node;
    const siblings = node.parentElement
      ? Array.from(node.parentElement.children).filter((c) => c.tagName === current.tagName)
      : [];
    parts.unshift(siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(node) + 1})` : tag);
  }
  return parts.join(' > ');
}

/** Whether the candidate finds exactly one element, and that one is `handle` or lies inside it. */
async function matchesInside(page: Page, candidate: SpecLocator, handle: ElementHandle): Promise<boolean> {
  try {
    const locator = toPlaywrightLocator(page, candidate);
    if ((await locator.count()) !== 1) return false;
    return await locator.evaluate((el, target) => target.contains(el), handle, { timeout: 1_000 });
  } catch {
    return false;
  }
}

async function matchesOnly(page: Page, candidate: SpecLocator, handle: ElementHandle): Promise<boolean> {
  try {
    const locator = toPlaywrightLocator(page, candidate);
    if ((await locator.count()) !== 1) return false;
    return await locator.evaluate((el, target) => el === target, handle, { timeout: 1_000 });
  } catch {
    return false;
  }
}

/**
 * Where a visible text lives: undefined for the main frame, else a CSS selector of the iframe
 * showing it (so assertions and exported tests look in the right document).
 */
export async function frameOfText(page: Page, text: string): Promise<string | undefined> {
  if (
    await page
      .getByText(text)
      .first()
      .isVisible()
      .catch(() => false)
  )
    return undefined;
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    if (
      !(await frame
        .getByText(text)
        .first()
        .isVisible()
        .catch(() => false))
    )
      continue;
    const element = await frame.frameElement().catch(() => null);
    if (element) return element.evaluate(iframeSelector);
  }
  return undefined;
}

async function frameSelector(page: Page, frameRef: string): Promise<string> {
  return page.getByRef(frameRef).evaluate(iframeSelector);
}

/** Runs in the page: a CSS selector for an iframe element, by title, name, id or src. */
function iframeSelector(el: Element): string {
  const quote = (v: string) => JSON.stringify(v);
  for (const attr of ['title', 'name', 'id']) {
    const value = el.getAttribute(attr);
    if (value) return attr === 'id' ? `iframe#${CSS.escape(value)}` : `iframe[${attr}=${quote(value)}]`;
  }
  const src = el.getAttribute('src');
  if (src) return `iframe[src=${quote(src)}]`;
  const index = [...document.querySelectorAll('iframe')].indexOf(el as HTMLIFrameElement);
  return `iframe >> nth=${index}`;
}

/** Runs in the page: facts about an element that other locator strategies can use. */
function domFacts(el: Element): DomFacts {
  // A card's title is the first words a person sees in it, held by a text-only element of their own
  // (not in a control). When the element's own words come first ("Theme ›" over a submenu) it has
  // no title; words hidden from view (a submenu's "Light") never are one: a click there waits for
  // an element that never shows.
  const cardTitle = (root: Element): Element | null => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const holder = node.parentElement;
      if (!holder || !/\p{L}/u.test(node.textContent ?? '')) continue;
      const seen =
        typeof holder.checkVisibility === 'function'
          ? holder.checkVisibility({ visibilityProperty: true })
          : holder.getClientRects().length > 0;
      if (!seen) continue;
      if (holder === root) return null;
      if (holder.childElementCount === 0 && !holder.closest('button,a,input,select,textarea')) return holder;
    }
    return null;
  };
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const labels: string[] = [];
  const labelled = el as HTMLInputElement;
  if (labelled.labels) {
    for (const label of Array.from(labelled.labels)) {
      // The label's own text, without the text of the control inside it.
      const copy = label.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('input,select,textarea,button').forEach((c) => c.remove());
      const text = clean(copy.textContent);
      if (text) labels.push(text);
    }
  }
  const ariaLabel = clean(el.getAttribute('aria-label'));
  if (ariaLabel) labels.push(ariaLabel);
  const tag = el.tagName.toLowerCase();
  const text = ['a', 'button', 'span', 'p', 'h1', 'h2', 'h3', 'h4', 'li', 'td', 'label'].includes(tag)
    ? clean(el.textContent)
    : '';

  const cssPath = (node: Element): string => {
    if (node.id && /^[A-Za-z][\w-]*$/.test(node.id)) return `#${node.id}`;
    const parts: string[] = [];
    let current: Element | null = node;
    while (current && current !== document.documentElement) {
      const name = current.getAttribute('name');
      const t = current.tagName.toLowerCase();
      if (current.id && /^[A-Za-z][\w-]*$/.test(current.id)) {
        parts.unshift(`#${current.id}`);
        break;
      }
      if (name && /^[\w-]+$/.test(name) && ['input', 'select', 'textarea', 'button'].includes(t)) {
        const value = current.getAttribute('value');
        const type = current.getAttribute('type');
        parts.unshift(
          type === 'radio' && value ? `${t}[name="${name}"][value="${value}"]` : `${t}[name="${name}"]`,
        );
      } else {
        const parent: Element | null = current.parentElement;
        const siblings = parent
          ? Array.from(parent.children).filter((c) => c.tagName === current!.tagName)
          : [];
        parts.unshift(siblings.length > 1 ? `${t}:nth-of-type(${siblings.indexOf(current) + 1})` : t);
      }
      current = current.parentElement;
    }
    return parts.join(' > ');
  };

  // The nearest repeated container (list item, table row, card) and the text that sets it apart.
  let container: DomFacts['container'] = null;
  // Up through open shadow roots to their hosts: a web component (a product card) is a container.
  const up = (node: Element): Element | null =>
    node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
  for (let node = up(el); node && node !== document.body; node = up(node)) {
    const t = node.tagName.toLowerCase();
    const role =
      node.getAttribute('role') ??
      (t === 'li' ? 'listitem' : t === 'tr' ? 'row' : t === 'article' ? 'article' : null);
    const component = t.includes('-') && node.shadowRoot !== null;
    if (!role && !['section', 'fieldset', 'form', 'div'].includes(t) && !component) continue;
    const own = clean(el.textContent);
    // A heading-like element of the container that is not the target (nor holds it)…
    const heading = Array.from(
      (node.shadowRoot ?? node).querySelectorAll('h1,h2,h3,h4,h5,h6,legend,caption,td,th,a,strong'),
    ).find(
      (h) =>
        h !== el &&
        !h.contains(el) &&
        !el.contains(h) &&
        clean(h.textContent) &&
        clean(h.textContent) !== own,
    );
    // …or else the container's own words without the target's.
    const rest = clean(clean((node as HTMLElement).innerText).replace(own, ' '))
      .split(' ')
      .slice(0, 4)
      .join(' ');
    const hasText = clean(heading?.textContent) || rest;
    // (Words only: a "♡" beside the target tells no card from another.)
    if (!hasText || hasText === own || !/[\p{L}\p{N}]/u.test(hasText)) continue;
    container = { role, css: t, hasText, path: cssPath(node) };
    break;
  }
  return {
    labels,
    placeholder: el.getAttribute('placeholder') ?? '',
    testId: el.getAttribute('data-testid') ?? '',
    text,
    wholeText: clean(el.textContent),
    leaf: el.childElementCount === 0,
    title: clean(cardTitle(el)?.textContent),
    css: cssPath(el),
    container,
  };
}
