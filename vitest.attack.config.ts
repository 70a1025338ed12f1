import { defineConfig } from 'vitest/config';

// `npm run test:attack`: the slow attack trials (hostile transforms, bad inputs, misbehaving
// model servers, route variants at scale). Fast attack tests stay in `npm test`.
export default defineConfig({
  test: {
    include: ['src/**/*.attack.test.ts', 'test/**/*.attack.test.ts', 'bench/**/*.attack.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
