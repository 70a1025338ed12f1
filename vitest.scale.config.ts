import { defineConfig } from 'vitest/config';

// `npm run test:scale`: runs on BullMQ with a real redis-server and several `codify worker`
// processes (SIGKILL, Redis restart, a worker added mid-run). Slow, so not part of `npm test`.
export default defineConfig({
  test: {
    include: ['src/**/*.scale.test.ts', 'test/**/*.scale.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 180_000,
    maxWorkers: 1,
  },
});
