/**
 * End-to-end harness for the web UI: a real codify server (both products' routes, a temporary
 * data directory, the built UI from web/dist) and a real Chromium page pointed at it. Tests drive
 * the UI as a person would, through accessible roles and names.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/browser/chromium.ts';
import { createServer, type CodifyServer, type ServerOptions } from '../../src/server/app.ts';
import { createBrowserTestRoutes } from '../../src/server/routes/browser-tests.ts';
import { transformRoutes } from '../../src/server/routes/transforms.ts';
import { DEFAULT_WEB_ROOT } from '../../src/server/web-ui.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/**
 * Where the suite writes its screenshots: the README's `docs/screenshots/` only when
 * `CODIFY_UPDATE_SCREENSHOTS=1` asks to refresh them (a plain test run must leave the checkout
 * clean), else the git-ignored `test-results/screenshots/`, to look at after a run.
 */
export function screenshotDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['CODIFY_UPDATE_SCREENSHOTS'] === '1'
    ? join(repoRoot, 'docs', 'screenshots')
    : join(repoRoot, 'test-results', 'screenshots');
}

export interface UiHarness {
  server: CodifyServer;
  baseUrl: string;
  dataDir: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Call the server's API directly (GET, or POST with a JSON body); throws on a non-2xx answer. */
  api<T>(path: string, body?: unknown): Promise<T>;
  /** Save a screenshot of the page as `<name>.png` in {@link screenshotDir}. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export class WebUiNotBuiltError extends Error {
  constructor() {
    super(`The web UI is not built (no ${DEFAULT_WEB_ROOT}/index.html). Run \`npm run build:web\` first.`);
    this.name = 'WebUiNotBuiltError';
  }
}

/**
 * Start a server on a fresh data directory and open a page on it. One browser serves both the
 * UI page and the server's own browser-test runs, so a test costs one Chromium.
 */
export async function startUi(options: Partial<ServerOptions> = {}): Promise<UiHarness> {
  if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) throw new WebUiNotBuiltError();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'codify-ui-'));
  const browser = await launchChromium();
  let server: CodifyServer | undefined;
  try {
    server = await createServer({
      port: 0,
      env: {},
      plugins: [transformRoutes, createBrowserTestRoutes({ launchBrowser: async () => browser, env: {} })],
      ...options,
      dataDir,
    });
    const baseUrl = await server.listen();
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 820 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const running = server;
    return {
      server: running,
      baseUrl,
      dataDir,
      browser,
      context,
      page,
      async api<T>(path: string, body?: unknown): Promise<T> {
        const response = await fetch(`${baseUrl}/api/v1${path}`, {
          ...(body === undefined
            ? {}
            : {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(body),
              }),
        });
        if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        return (await response.json()) as T;
      },
      async screenshot(name) {
        const dir = screenshotDir();
        await mkdir(dir, { recursive: true });
        const path = join(dir, `${name}.png`);
        await page.screenshot({ path, fullPage: false });
        return path;
      },
      async close() {
        await context.close().catch(() => {});
        await running.close();
        await browser.close().catch(() => {});
        if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.close().catch(() => {});
    await browser.close().catch(() => {});
    throw error;
  }
}
