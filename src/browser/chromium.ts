import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ChromiumNotFoundError } from './errors.ts';

/**
 * Flags that keep a test browser quiet and deterministic: no background traffic, no updates,
 * no first-run UI, no GPU (none in CI containers), no QUIC (proxies), no sync.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  '--disable-sync',
];

/** Chromium refuses to start sandboxed as root (containers); everywhere else keep the sandbox. */
export function chromiumArgs(): string[] {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot ? ['--no-sandbox', ...CHROMIUM_FLAGS] : [...CHROMIUM_FLAGS];
}

/**
 * Finds a Chromium binary: `CODIFY_CHROMIUM`, then Playwright's download cache
 * (`~/.cache/ms-playwright/chromium-*`), then the system package paths.
 * @throws ChromiumNotFoundError with install instructions when none exists.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const searched: string[] = [];
  const fromEnv = env.CODIFY_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    searched.push(`CODIFY_CHROMIUM=${fromEnv}`);
  }
  const cache = join(env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright'));
  try {
    const builds = readdirSync(cache)
      .filter((entry) => /^chromium-\d+$/.test(entry))
      .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
    for (const build of builds) {
      for (const sub of ['chrome-linux/chrome', 'chrome-linux64/chrome']) {
        const candidate = join(cache, build, sub);
        if (existsSync(candidate)) return candidate;
      }
    }
  } catch {
    // No Playwright cache: fine, try the system paths.
  }
  searched.push(join(cache, 'chromium-*/chrome-linux/chrome'));
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
    searched.push(candidate);
  }
  throw new ChromiumNotFoundError(searched);
}

export interface LaunchOptions {
  headed?: boolean;
  /** Overrides the search of `findChromium`. */
  executablePath?: string;
}

/** Launches the system Chromium through playwright-core (never a downloaded Playwright browser). */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? findChromium();
  // Imported here, not at the top: playwright-core takes seconds to load, and commands that never
  // open a browser (and the browser commands' own --help) should not wait for it.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: !options.headed, args: chromiumArgs() });
}
