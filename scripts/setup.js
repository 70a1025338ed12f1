#!/usr/bin/env node
// Makes sure a Chromium that Playwright can drive is on this machine (and Redis, optionally). Playwright's own browser
// downloads are not used: on Debian/Ubuntu as root we install the distribution's `chromium`
// package; elsewhere we say exactly what to run. Plain JavaScript on purpose: it must work on
// whatever Node runs it, before anything else is set up.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function findChromium() {
  const fromEnv = process.env.CODIFY_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith('chromium-'))
      .sort()
      .reverse()) {
      for (const sub of ['chrome-linux64/chrome', 'chrome-linux/chrome']) {
        const candidate = join(cache, dir, sub);
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

// Redis serves `codify worker` / `--queue redis://…` runs and their tests (npm run test:scale).
// It is optional: a missing Redis is a warning, and those tests skip and say so.
function ensureRedis() {
  const redisPaths = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];
  const present = () => redisPaths.find((file) => existsSync(file));
  if (present()) {
    console.log(`codify setup: redis-server found at ${present()}`);
    return;
  }
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot && existsSync('/usr/bin/apt-get')) {
    console.log('codify setup: installing Redis from the distribution (apt-get install redis-server)…');
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', 'redis-server']) &&
      present()
    ) {
      console.log(`codify setup: redis-server installed at ${present()}`);
      return;
    }
  }
  console.warn(
    'codify setup: warning: no redis-server (needed only for --queue redis://… runs and npm run test:scale); Debian/Ubuntu: sudo apt-get install redis-server',
  );
}
ensureRedis();

// --optional: a missing Chromium is a warning, not a failure (the demo then skips the browser part).
const optional = process.argv.includes('--optional');
const fail = () => process.exit(optional ? 0 : 1);

const found = findChromium();
if (found) {
  console.log(`codify setup: Chromium found at ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('codify setup: installing Chromium from the distribution (apt-get install chromium)…');
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
    const installed = findChromium();
    if (installed) {
      console.log(`codify setup: Chromium installed at ${installed}`);
      try {
        console.log(execFileSync(installed, ['--version'], { encoding: 'utf8' }).trim());
      } catch {
        // The version line is informative only.
      }
      process.exit(0);
    }
  }
  console.error('codify setup: apt-get could not install Chromium; see the output above.');
  fail();
}

console.error(`codify setup: no Chromium found.
Install one, then run this again:
  - Debian/Ubuntu:  sudo apt-get install chromium
  - elsewhere:      npx playwright install chromium
  - or point CODIFY_CHROMIUM at an existing Chromium/Chrome binary.`);
fail();
