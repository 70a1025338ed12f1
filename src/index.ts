/** Public library API of codify. */
export * from './core/errors.ts';
export type * from './core/models/types.ts';
export type * from './core/loop/types.ts';
export type * from './core/sandbox/types.ts';
export * from './transform/index.ts';
