export { runLoop, conciseReport, totalFailures } from './run-loop.ts';
export type { RunLoopOptions } from './run-loop.ts';
export type * from './types.ts';
