// Runs exported codify tests on the system Chromium: CODIFY_CHROMIUM, else /usr/bin/chromium.
import { defineConfig } from '@playwright/test';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  reporter: [['list']],
  workers: 1,
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CODIFY_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-gpu',
        '--disable-quic',
        '--disable-sync',
      ],
    },
  },
});
