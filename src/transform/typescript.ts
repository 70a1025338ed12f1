/**
 * The TypeScript compiler, loaded on first use. It takes seconds to import, and only building,
 * checking and fingerprinting a transform need it: a frozen run must not pay for it.
 */
import { createRequire } from 'node:module';
import type TS from 'typescript';

let compiler: typeof TS | undefined;

/** The `typescript` module, required the first time a caller needs it. */
export function typescript(): typeof TS {
  compiler ??= createRequire(import.meta.url)('typescript') as typeof TS;
  return compiler;
}
