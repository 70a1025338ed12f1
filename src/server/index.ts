export { createServer, API_PREFIX, type CodifyServer, type ServerOptions } from './app.ts';
export {
  resolveServerConfig,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_MAX_UPLOAD_BYTES,
  type ServerConfig,
} from './config.ts';
export type { ServerContext, ServerPlugin } from './context.ts';
export {
  RunManager,
  finishAs,
  RUN_FINISHED,
  type Job,
  type JobContext,
  type JobKind,
  type JobOutcome,
  type StartRunOptions,
  type RunFinishedEvent,
  type RunStatusEvent,
} from './run-manager.ts';
export { safeJoin, PathTraversalError } from './safe-path.ts';
export { collectSecrets, createRedactor, REDACTED, type Redactor } from './redact.ts';
export { isLoopbackHost, tokensEqual } from './network.ts';
export * from './errors.ts';
export { jsonSchema } from './schemas.ts';
