import type { Frame, Page, Request } from 'playwright-core';
import { baseForms, isA } from './goal/wordnet.ts';

/**
 * Waiting for a page to settle before it is read or judged. Apps load their content late (a
 * spinner, skeleton blocks, "Loading…", `aria-busy`), reload a list after a filter, and show
 * "Saving…" before they store an edit; read too early, the planner sees an empty board and the
 * checker passes an optimistic change the app is about to take back. A page is settled when no
 * busy sign is visible, no request of the page is in flight, and its text and structure stopped
 * changing (a page whose DOM the page itself saw still for the quiet time, e.g. read again right
 * after a step's wait, needs one unchanged poll, not the whole quiet time again); a page that
 * never settles (a spinner that spins for ever) is read anyway, after a bounded wait that shrinks
 * when the same signs were there last time.
 */

export interface SettleOptions {
  /** The longest wait (default 8000 ms). */
  timeoutMs?: number;
  /** How long the page must stay unchanged, busy signs gone (default 300 ms). */
  quietMs?: number;
}

export interface SettleResult {
  settled: boolean;
  waitedMs: number;
  /** The busy signs still seen when the wait gave up (empty when settled). */
  busy: string[];
}

/** What one look at a frame found: busy signs, texts that may say "in progress", a signature of its content. */
interface FrameLook {
  busy: string[];
  progressTexts: string[];
  signature: string;
  /** How long no DOM mutation was seen in the frame (0 the first time the frame is looked at). */
  domQuietMs: number;
}

const DEFAULT_TIMEOUT_MS = 8_000;
const DEFAULT_QUIET_MS = 300;
const POLL_MS = 100;
/**
 * The least a settled wait takes, even on a page whose DOM has been still for a while: what an
 * action just set off (a fetch, a timer) is not always reported at once.
 */
const MIN_WAIT_MS = POLL_MS;
/** A page that showed the same busy signs through a whole wait gets this much next time. */
const STUCK_TIMEOUT_MS = 1_200;
/** Requests in flight longer than this are long polls or streams, not loading. */
const LONG_REQUEST_MS = 4_000;
const TRACKED_TYPES = new Set(['document', 'fetch', 'xhr', 'script', 'stylesheet']);

interface PageMemory {
  inFlight: Map<Request, number>;
  /** The busy signs a wait last gave up on. */
  stuck: string | null;
}
const memory = new WeakMap<Page, PageMemory>();
/** Pages whose documents note their own DOM changes from their start (see watchRequests). */
const scripted = new WeakSet<Page>();

function remember(page: Page): PageMemory {
  let known = memory.get(page);
  if (known) return known;
  const inFlight = new Map<Request, number>();
  known = { inFlight, stuck: null };
  memory.set(page, known);
  page.on('request', (request) => {
    if (TRACKED_TYPES.has(request.resourceType())) inFlight.set(request, Date.now());
  });
  const finished = (request: Request) => inFlight.delete(request);
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  return known;
}

/**
 * Starts watching the page's requests now, so a later wait knows what is in flight (a wait
 * watches from its own start otherwise), and has every document the page loads note its DOM
 * changes from its start, so the first wait on it knows how long it has been still. Call it right
 * after the page is created.
 */
export function watchRequests(page: Page): void {
  remember(page);
  if (scripted.has(page)) return;
  scripted.add(page);
  // Without it (the script failed to register), the first look at each document starts the watch.
  page.addInitScript(noteDomChanges).catch(() => {});
}

/**
 * Runs in the page, at the start of each document (an init script): notes when its DOM last
 * changed, as {@link lookInPage} does from the first look when this did not run.
 */
function noteDomChanges(): void {
  const key = Symbol.for('codify.settle.lastChange');
  const store = window as unknown as Record<symbol, { at: number } | undefined>;
  if (store[key]) return;
  const state = { at: performance.now() };
  new MutationObserver(() => (state.at = performance.now())).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  store[key] = state;
}

/**
 * Waits until the page is settled (see the module's comment) or the time is up; never throws.
 */
export async function waitForSettled(page: Page, options: SettleOptions = {}): Promise<SettleResult> {
  const started = Date.now();
  const known = remember(page);
  const quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
  let timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  await page.waitForLoadState('domcontentloaded', { timeout: timeoutMs }).catch(() => {});
  let lastSignature = '';
  let sameSince = Date.now();
  let busy: string[];
  for (let first = true; ; first = false) {
    const looks = await Promise.all(page.frames().map(lookAt));
    busy = [
      ...looks.flatMap((l) => l.busy),
      ...looks
        .flatMap((l) => l.progressTexts)
        .filter(saysInProgress)
        .map((t) => `"${t}"`),
    ];
    const now = Date.now();
    const pending = [...known.inFlight.values()].filter((at) => now - at < LONG_REQUEST_MS).length;
    if (pending) busy.push(`${pending} request(s) in flight`);
    const signature = looks.map((l) => l.signature).join('|');
    if (signature !== lastSignature) {
      lastSignature = signature;
      sameSince = now;
    }
    // The page's own record of its last DOM change: a page that has been still for quietMs
    // (before this wait began, e.g. read again right after a step's wait) need not be watched
    // for quietMs more; one poll with no change and nothing busy is enough.
    const domQuietMs = Math.min(...looks.map((l) => l.domQuietMs));
    // The same signs a wait already gave up on: the page shows them for good, wait less.
    if (first && busy.length && known.stuck === busyKey(busy))
      timeoutMs = Math.min(timeoutMs, STUCK_TIMEOUT_MS);
    const stillLongEnough =
      now - sameSince >= quietMs || (domQuietMs >= quietMs && now - sameSince >= MIN_WAIT_MS);
    if (!busy.length && stillLongEnough) {
      known.stuck = null;
      return { settled: true, waitedMs: now - started, busy: [] };
    }
    if (now - started >= timeoutMs || page.isClosed()) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  known.stuck = busy.length ? busyKey(busy) : null;
  return { settled: false, waitedMs: Date.now() - started, busy };
}

function busyKey(busy: string[]): string {
  return busy
    .filter((b) => !b.endsWith('in flight'))
    .sort()
    .join('\n');
}

async function lookAt(frame: Frame): Promise<FrameLook> {
  return frame
    .evaluate(lookInPage)
    .catch(() => ({ busy: [], progressTexts: [], signature: '', domQuietMs: 0 }));
}

/**
 * Whether a short text says work is under way: a verb's -ing form first and an ellipsis last
 * ("Loading…", "Saving changes...", "Searching the archive…"), or "please wait". Language, not a
 * list of one app's words: WordNet says the word is a verb's -ing form ("Something…" is not).
 */
export function saysInProgress(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (/^please wait\b/i.test(flat)) return true;
  if (!/(…|\.\.\.)$/.test(flat) || flat.split(' ').length > 5) return false;
  const first = /^[\p{L}]+/u.exec(flat)?.[0]?.toLowerCase() ?? '';
  if (first.length < 5 || !first.endsWith('ing')) return false;
  return baseForms(first)
    .filter((form) => form !== first)
    .some((form) => isA(form, 'verb'));
}

/**
 * Runs in the page (Playwright sends only its source): busy signs that are visible now (an
 * element marked `aria-busy`, an indeterminate progress bar, a small element spinning for ever,
 * a skeleton block with no text), short texts that may say "in progress" (checked in Node), and a
 * signature of the frame's content.
 */
function lookInPage(): FrameLook {
  const doc = document;
  const win = window;
  const visible = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const style = win.getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) !== 0;
  };
  const label = (el: Element): string => {
    const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`;
  };
  const busy: string[] = [];
  for (const el of doc.querySelectorAll('[aria-busy="true"]'))
    if (visible(el)) busy.push(`${label(el)} is aria-busy`);
  for (const el of doc.querySelectorAll('[role=progressbar], progress'))
    if (!el.hasAttribute('aria-valuenow') && !el.hasAttribute('value') && visible(el))
      busy.push(`${label(el)} is an indeterminate progress bar`);
  // A spinner: a small element, no text, animated for ever.
  for (const animation of doc.getAnimations()) {
    const effect = animation.effect as KeyframeEffect | null;
    const target = effect?.target;
    if (!target || animation.playState !== 'running') continue;
    if (effect.getComputedTiming().iterations !== Infinity) continue;
    const box = target.getBoundingClientRect();
    if (box.width > 80 || box.height > 80 || (target.textContent ?? '').trim()) continue;
    if (visible(target)) busy.push(`${label(target)} spins`);
  }
  // A skeleton: a block the app names so, standing in for content not there yet.
  for (const el of doc.querySelectorAll('[class*="skeleton" i], [class*="shimmer" i]'))
    if (!(el.textContent ?? '').trim() && visible(el)) busy.push(`${label(el)} is a skeleton`);

  const progressTexts: string[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    if (text.length < 4 || text.length > 60 || !/(…|\.\.\.)$|^please wait/i.test(text)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('option, select, textarea, script, style, template')) continue;
    if (visible(parent)) progressTexts.push(text);
  }
  // Every DOM change is noted by the page itself (kept on the window, so it lasts until the next
  // navigation): from the document's start when watchRequests set that up, else from this first
  // look, which then knows nothing of the page's past. (Playwright sends only this function's
  // source, so it cannot call noteDomChanges.)
  const key = Symbol.for('codify.settle.lastChange');
  const store = win as unknown as Record<symbol, { at: number } | undefined>;
  let watch = store[key];
  if (!watch) {
    const state = { at: performance.now() };
    new MutationObserver(() => (state.at = performance.now())).observe(doc, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    store[key] = state;
    watch = state;
  }
  const domQuietMs = performance.now() - watch.at;
  const body = doc.body;
  const signature = body
    ? `${body.getElementsByTagName('*').length}:${body.innerText.length}:${hash(body.innerText)}`
    : '';
  return { busy: busy.slice(0, 5), progressTexts: progressTexts.slice(0, 5), signature, domQuietMs };

  function hash(text: string): number {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
    return h;
  }
}
