import type { Command } from 'commander';
import { ConfigError } from '../core/errors.ts';
import { createServer, type CodifyServer, type ServerOptions } from '../server/app.ts';
import { browserTestRoutes } from '../server/routes/browser-tests.ts';
import { createTransformRoutes, transformRoutes } from '../server/routes/transforms.ts';
import type { JobQueue } from '../core/jobs/types.ts';
import { isWebUiBuilt } from '../server/web-ui.ts';
import { DEMO_TEST_NAME, EXAMPLE_SERVICES, seedDemoContent } from './serve-demo.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from '../server/config.ts';

/** Data directory when `--data` is not given: beside the work, ignored by git and lint. */
export const DEFAULT_DATA_DIR = '.codify/data';

export interface ServeFlags {
  port?: string;
  host?: string;
  data?: string;
  token?: string;
  maxUploadMb?: string;
  demoJobs?: boolean;
  demo?: boolean;
  verbose?: boolean;
  /** `redis://HOST:PORT`: transform runs go to `codify worker` processes through BullMQ. */
  queue?: string;
}

/** A running `codify serve`: its URL and how to stop it. */
export interface ServeHandle {
  url: string;
  server: CodifyServer;
  /** Close the server (live runs become `interrupted`); returns how many runs it interrupted. */
  stop(): Promise<number>;
}

/**
 * Start the server from CLI flags (token also from `CODIFY_SERVER_TOKEN`) and print where it
 * listens. Throws ConfigError for bad flags or an unsafe binding.
 */
export async function startServe(
  flags: ServeFlags,
  options: {
    env?: NodeJS.ProcessEnv;
    print?: (line: string) => void;
    extra?: Partial<ServerOptions>;
    /** Port of the demo shop with `--demo` (tests pass 0). */
    demoAppPort?: number;
  } = {},
): Promise<ServeHandle> {
  const env = options.env ?? process.env;
  const print = options.print ?? ((line: string) => console.log(line));
  const port = flags.port === undefined ? DEFAULT_PORT : parsePort(flags.port);
  const token = flags.token ?? env['CODIFY_SERVER_TOKEN'] ?? undefined;
  const maxUploadBytes = flags.maxUploadMb === undefined ? undefined : parseMegabytes(flags.maxUploadMb);
  const queue = flags.queue === undefined ? null : await openRunQueue(flags.queue);
  let server: CodifyServer;
  try {
    server = await createServer({
      dataDir: flags.data ?? DEFAULT_DATA_DIR,
      host: flags.host ?? DEFAULT_HOST,
      port,
      ...(token ? { token } : {}),
      ...(maxUploadBytes !== undefined ? { maxUploadBytes } : {}),
      logger: { level: flags.verbose ? 'info' : 'warn' },
      enableDemoJobs: flags.demoJobs === true,
      env,
      // Both products' routes; tests that need a bare server call createServer directly.
      plugins: [queue ? createTransformRoutes({ queue }) : transformRoutes, browserTestRoutes],
      ...options.extra,
    });
  } catch (error) {
    await queue?.close();
    throw error;
  }
  let url: string;
  try {
    url = await server.listen();
  } catch (error) {
    await server.close();
    await queue?.close();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new ConfigError(`Cannot listen on ${server.config.host}:${port} (${code}).`, {
        hint: 'Pick another --port (0 chooses a free one) or --host.',
        cause: error,
      });
    }
    throw error;
  }
  print(`codify server listening on ${url}`);
  print(`  web UI:   ${isWebUiBuilt() ? `${url}/` : 'not built (run `npm run build:web`, then restart)'}`);
  print(`  API docs: ${url}/docs   OpenAPI: ${url}/openapi.json`);
  print(`  data:     ${server.config.dataDir}`);
  print(`  auth:     ${server.config.token ? 'bearer token required on /api' : 'none (loopback only)'}`);
  print(
    `  runs:     ${queue ? `on ${queue.where} (serve them with: codify worker --queue ${queue.where})` : 'in a worker thread of this process'}`,
  );
  if (server.interruptedAtStartup.length > 0) {
    print(
      `  ${server.interruptedAtStartup.length} run(s) left unfinished by the last server were marked interrupted: ` +
        'resume transform runs (History → run → Resume), rerun the others.',
    );
  }
  if (flags.demoJobs) print('  demo jobs enabled: POST /api/v1/demo-runs (a test facility)');
  const demo = flags.demo ? await seedDemoContent(server.config.dataDir, options.demoAppPort) : null;
  if (demo) {
    print(
      `  demo:     shop at ${demo.appUrl}; services ${EXAMPLE_SERVICES.join(', ')}; browser test "${DEMO_TEST_NAME}"`,
    );
  }
  return {
    url,
    server,
    async stop() {
      const live = server.runs.liveRunIds().length;
      await server.close();
      // The server interrupted or detached its runs first; now the queue's connections can go.
      await queue?.close();
      await demo?.close();
      return live;
    },
  };
}

/**
 * `codify serve [--port 8787] [--host 127.0.0.1] [--data DIR] [--token T]`: runs the server until
 * SIGINT or SIGTERM, then closes it cleanly (live runs are marked interrupted).
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Run the codify HTTP server (REST API under /api/v1, live run events over SSE, docs at /docs).',
    )
    .option('--port <port>', `TCP port (0 picks a free one; default ${DEFAULT_PORT})`)
    .option(
      '--host <host>',
      `interface to bind (default ${DEFAULT_HOST}); any non-loopback host needs --token`,
    )
    .option('--data <dir>', `data directory: database and files (default ${DEFAULT_DATA_DIR})`)
    .option(
      '--token <token>',
      'API token clients send as "Authorization: Bearer <token>" (or set CODIFY_SERVER_TOKEN)',
    )
    .option('--max-upload-mb <n>', 'largest accepted request body or uploaded file, in MiB (default 10)')
    .option('--demo', 'demo content: the example services, the demo shop and a browser test against it')
    .option('--demo-jobs', 'enable the demo job route POST /api/v1/demo-runs (a test facility)')
    .option(
      '--queue <url>',
      'run transforms on `codify worker` processes through BullMQ on Redis: redis://HOST:PORT',
    )
    .option('--verbose', 'log every request')
    .action(async (flags: ServeFlags) => {
      const handle = await startServe(flags);
      console.log('Press Ctrl+C to stop.');
      const signal = await waitForSignal(['SIGINT', 'SIGTERM']);
      console.log(`\ncodify server: ${signal} received, stopping…`);
      const interrupted = await handle.stop();
      console.log(
        interrupted > 0
          ? `codify server stopped; ${interrupted} live run(s) marked interrupted (after restart, resume transform runs with POST /api/v1/runs/<id>/resume or the Resume button; rerun the others).`
          : 'codify server stopped.',
      );
    });
}

function waitForSignal(signals: NodeJS.Signals[]): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handlers = signals.map((signal) => {
      const handler = (): void => {
        for (const [name, fn] of handlers) process.off(name, fn);
        resolve(signal);
      };
      process.on(signal, handler);
      return [signal, handler] as const;
    });
  });
}

/** The BullMQ queue of `--queue` (loaded only then: most servers never need Redis). */
async function openRunQueue(url: string): Promise<JobQueue> {
  const { parseRedisUrl } = await import('../core/jobs/redis-url.ts');
  parseRedisUrl(url); // A bad URL fails here, with its hint, before any connection.
  const { BullMqQueue } = await import('../core/jobs/bullmq.ts');
  return new BullMqQueue(url);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65_535) {
    throw new ConfigError(`--port must be a whole number from 0 to 65535, got "${value}".`);
  }
  return port;
}

function parseMegabytes(value: string): number {
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new ConfigError(`--max-upload-mb must be a positive number, got "${value}".`);
  }
  return Math.round(megabytes * 1024 * 1024);
}
