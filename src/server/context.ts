import type { FastifyInstance } from 'fastify';
import type { Store } from './store/store.ts';
import type { RunManager } from './run-manager.ts';
import type { Redactor } from './redact.ts';

/** What routes (core and product) get from the server. */
export interface ServerContext {
  store: Store;
  runs: RunManager;
  /** Absolute data directory; product files live under it (use {@link ServerContext.dataPath}). */
  dataDir: string;
  /** `safeJoin(dataDir, relativePath)`: a path under the data directory, traversal refused. */
  dataPath: (relativePath: string) => string;
  redact: Redactor;
  /** Upload limit in bytes, for routes that stream multipart files. */
  maxUploadBytes: number;
  /** Environment for model specs and provider keys (the server's `env` option, else `process.env`). */
  env: NodeJS.ProcessEnv;
}

/**
 * Product routes plug in as one of these: registered under `/api/v1` (so `app.post('/transforms')`
 * serves `/api/v1/transforms`), behind the same auth, error handling and OpenAPI document.
 */
export type ServerPlugin = (app: FastifyInstance, context: ServerContext) => void | Promise<void>;
