/**
 * The wire protocol of codify's server: zod schemas of request and response bodies and of the
 * event stream, with their `z.infer` types. The server validates and documents with the schemas;
 * the web app imports the types only (`import type`), so its bundle stays free of Node and zod.
 * Every file here imports zod and its siblings only (`test/architecture.test.ts` checks it).
 */
export * from './runs.ts';
export * from './events.ts';
export * from './usage.ts';
export * from './exchanges.ts';
export * from './transforms.ts';
export * from './questions.ts';
export * from './browser-tests.ts';
export * from './summaries.ts';
