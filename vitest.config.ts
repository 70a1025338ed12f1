import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      'bench/**/*.test.ts',
      'examples/**/*.test.ts',
      'web/**/*.test.ts',
    ],
    // The slow attack trials run in `npm run test:attack` (vitest.attack.config.ts), not here.
    exclude: ['**/node_modules/**', '**/*.attack.test.ts', '**/*.scale.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: browser tests and sandbox workers compete for them, so keep parallelism modest.
    maxWorkers: 2,
  },
});
