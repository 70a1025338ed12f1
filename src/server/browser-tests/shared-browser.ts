import type { Browser } from 'playwright-core';
import { launchChromium } from '../../browser/index.ts';

/**
 * One Chromium per server process, launched on first use (a server that never runs a browser test
 * never starts one) and relaunched if it crashed or was closed. Each run gets its own context.
 */
export class SharedBrowser {
  private browser: Promise<Browser> | null = null;
  private closed = false;
  private readonly launch: () => Promise<Browser>;

  constructor(launch: () => Promise<Browser> = () => launchChromium()) {
    this.launch = launch;
  }

  /** The shared browser, launching it if needed. Throws once {@link close} was called. */
  async get(): Promise<Browser> {
    if (this.closed) throw new Error('The server is shutting down; the browser is closed.');
    const current = this.browser;
    if (current) {
      const browser = await current.catch(() => null);
      if (browser?.isConnected()) return browser;
      if (this.browser !== current) return this.get();
    }
    const launching = this.launch();
    this.browser = launching;
    // A failed launch is not cached: the next run tries again (e.g. after CODIFY_CHROMIUM is fixed).
    launching.catch(() => {
      if (this.browser === launching) this.browser = null;
    });
    return launching;
  }

  /** True once a browser was launched and is still connected. */
  async isRunning(): Promise<boolean> {
    const browser = await this.browser?.catch(() => null);
    return Boolean(browser?.isConnected());
  }

  /** Closes the browser (if launched). Idempotent. */
  async close(): Promise<void> {
    this.closed = true;
    const browser = await this.browser?.catch(() => null);
    this.browser = null;
    await browser?.close().catch(() => {});
  }
}

/**
 * The browser as one run sees it: contexts it opens are closed when `signal` aborts, so a stop or a
 * shutdown ends the run's page work at once (the library's replay takes no signal of its own).
 */
export function abortableBrowser(browser: Browser, signal: AbortSignal): Browser {
  return new Proxy(browser, {
    get(target, property, receiver) {
      if (property !== 'newContext') {
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      }
      return async (...args: Parameters<Browser['newContext']>) => {
        signal.throwIfAborted();
        const context = await target.newContext(...args);
        const close = () => void context.close().catch(() => {});
        signal.addEventListener('abort', close, { once: true });
        context.once('close', () => signal.removeEventListener('abort', close));
        return context;
      };
    },
  });
}
