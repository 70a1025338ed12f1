import { readFileSync } from 'node:fs';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { CodifyError } from '../core/errors.ts';
import { Store } from './store/store.ts';
import type { RunRecord } from './store/types.ts';
import { resolveServerConfig, type ServerConfig, type ServerConfigInput } from './config.ts';
import type { ServerContext, ServerPlugin } from './context.ts';
import { acquireDataDirLock } from './data-lock.ts';
import { installAccessControl, type RouteSummary } from './access.ts';
import { installBodyValidation } from './body-validation.ts';
import { installJsonDepthLimit, isMalformedMultipart } from './body-guards.ts';
import { errorBody, statusForCode } from './errors.ts';
import { collectSecrets, createRedactor, type Redactor } from '../core/secrets/index.ts';
import { createRequestLogSerializer, installResponseRedaction } from './response-redaction.ts';
import { registerDemoRoutes } from './routes/demo.ts';
import { registerExchangeRoutes } from './routes/exchanges.ts';
import { registerHealthRoute } from './routes/health.ts';
import { registerRunRoutes } from './routes/runs.ts';
import { registerUsageRoutes } from './routes/usage.ts';
import { RunManager } from './run-manager.ts';
import { safeJoin } from './safe-path.ts';
import { DEFAULT_WEB_ROOT, registerWebUi, type WebUiFallback } from './web-ui.ts';
import type { SseConnection } from './sse.ts';

export const API_PREFIX = '/api/v1';

export interface ServerOptions extends ServerConfigInput {
  /**
   * Request logging. Off by default (the CLI turns it on). Every log line passes through the
   * secret redactor, and the Authorization header is never logged.
   */
  logger?: boolean | { level?: string; stream?: { write(line: string): void } };
  /** Runs executing at once (default 2, one per core); more wait as `queued`. */
  maxConcurrentRuns?: number;
  /** Interval of SSE heartbeat comments (default 15 s). */
  sseHeartbeatMs?: number;
  /** How long `POST /runs/:id/stop` waits for the job to return (default 5 s). */
  stopGraceMs?: number;
  /** Web origins (e.g. a Vite dev server) allowed besides the server's own. */
  allowedOrigins?: readonly string[];
  /** TEST/DEMO: register `POST /api/v1/demo-runs` and the `demo.count` job kind. */
  enableDemoJobs?: boolean;
  /** Product routes, registered under `/api/v1`. */
  plugins?: readonly ServerPlugin[];
  /** Environment to find provider keys in, for redaction (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** The built web UI to serve at `/` (default `web/dist` of this package); `false` serves none. */
  webRoot?: string | false;
}

/** A created (not yet listening) server and the pieces product code needs. */
export interface CodifyServer {
  app: FastifyInstance;
  config: ServerConfig;
  store: Store;
  runs: RunManager;
  context: ServerContext;
  /** Runs found `queued`/`running` at startup and marked `interrupted`. */
  interruptedAtStartup: RunRecord[];
  /** Every route the router knows (HEAD twins included) and whether it is served without the token. */
  routes: readonly RouteSummary[];
  /** Start listening; resolves with the base URL (e.g. `http://127.0.0.1:8787`). */
  listen(): Promise<string>;
  /** Interrupt live runs, end event streams, stop listening and close the store. Idempotent. */
  close(): Promise<void>;
}

const version = readVersion();

/**
 * Build the codify HTTP server on a data directory: opens the store (marking runs a previous
 * process left unfinished as `interrupted`), a run manager, the `/api/v1` routes with auth,
 * validation and uniform errors, and the OpenAPI document (`/openapi.json`) with its UI (`/docs`).
 * Throws ConfigError for unsafe or invalid settings (e.g. a non-loopback host without a token).
 */
export async function createServer(options: ServerOptions): Promise<CodifyServer> {
  const config = resolveServerConfig(options);
  const secrets = collectSecrets(options.env ?? process.env, [config.token ?? undefined]);
  const redact = createRedactor(secrets);
  const lock = acquireDataDirLock(config.dataDir);
  let store: Store;
  try {
    store = Store.open(config.dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  let app: FastifyInstance | undefined;
  try {
    const interruptedAtStartup = store.markInterruptedRuns();
    const runs = new RunManager({
      store,
      maxConcurrentRuns: options.maxConcurrentRuns,
      redact,
      onStoreError: (error) => app?.log.error({ err: error }, 'could not store run events'),
    });
    const context: ServerContext = {
      store,
      runs,
      dataDir: config.dataDir,
      dataPath: (relativePath) => safeJoin(config.dataDir, relativePath),
      redact,
      maxUploadBytes: config.maxUploadBytes,
      env: options.env ?? process.env,
    };
    const streams = new Set<SseConnection>();
    const instance = Fastify({
      logger: loggerOptions(options.logger, redact, secrets),
      bodyLimit: config.maxUploadBytes,
      forceCloseConnections: true,
      // Paths the router cannot decode (`%c0%af`) get the uniform error body, not Fastify's own
      // (which echoes the path back).
      frameworkErrors: (error, _request, reply) => answerFrameworkError(error, reply as FastifyReply),
      ajv: {
        customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false },
      },
    });
    app = instance;

    let webUiFallback: WebUiFallback | null = null;
    const access = installAccessControl(app, {
      token: config.token,
      allowedOrigins: options.allowedOrigins ?? [],
      apiPrefix: API_PREFIX,
      isPublicNotFound: (request) => webUiFallback?.matches(request) ?? false,
    });
    installResponseRedaction(app, secrets);
    installJsonDepthLimit(app);
    installBodyValidation(app);
    installErrorHandling(app, config, redact, (request, reply) => {
      if (!webUiFallback?.matches(request)) return false;
      webUiFallback.send(reply);
      return true;
    });

    await app.register(multipart, {
      limits: {
        fileSize: config.maxUploadBytes,
        files: 50,
        fields: 200,
        fieldSize: Math.min(config.maxUploadBytes, 1024 * 1024),
      },
    });
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'codify server',
          version,
          description: 'Runs, live events and (as products register them) transforms and browser tests.',
        },
        components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
        security: config.token ? [{ bearerAuth: [] }] : [],
      },
    });
    // The only routes served without the token: the API's docs and the web UI's files.
    const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
    await access.registerPublic(async () => {
      await instance.register(swaggerUi, { routePrefix: '/docs' });
      instance.get('/openapi.json', { schema: { hide: true } }, async () => instance.swagger());
      if (webRoot !== false) webUiFallback = await registerWebUi(instance, webRoot);
    });

    const startedAt = Date.now();
    await app.register(
      async (api) => {
        registerHealthRoute(api, context, { version, startedAt, auth: config.token ? 'token' : 'none' });
        registerRunRoutes(api, context, {
          heartbeatMs: options.sseHeartbeatMs ?? 15_000,
          stopGraceMs: options.stopGraceMs ?? 5_000,
          streams,
        });
        registerExchangeRoutes(api, context);
        registerUsageRoutes(api, context);
        if (options.enableDemoJobs) registerDemoRoutes(api, context);
        for (const plugin of options.plugins ?? []) await plugin(api, context);
      },
      { prefix: API_PREFIX },
    );

    let closing: Promise<void> | null = null;
    const server: CodifyServer = {
      app,
      config,
      store,
      runs,
      context,
      interruptedAtStartup,
      routes: [],
      async listen() {
        return instance.listen({ host: config.host, port: config.port });
      },
      close() {
        closing ??= (async () => {
          await runs.shutdown({ graceMs: options.stopGraceMs ?? 5_000 });
          for (const stream of [...streams]) stream.close();
          await instance.close();
          store.close();
          lock.release();
        })();
        return closing;
      },
    };
    await app.ready();
    server.routes = access.routes();
    return server;
  } catch (error) {
    await app?.close().catch(() => {});
    store.close();
    lock.release();
    throw error;
  }
}

function installErrorHandling(
  app: FastifyInstance,
  config: ServerConfig,
  redact: Redactor,
  webUiFallback: (request: FastifyRequest, reply: FastifyReply) => boolean,
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const where = error.validationContext ?? 'request';
      const details = error.validation.map((issue) => {
        const path = `${where}${issue.instancePath.replaceAll('/', '.')}`;
        const extra =
          issue.keyword === 'additionalProperties'
            ? ` ("${String((issue.params as { additionalProperty?: unknown }).additionalProperty)}")`
            : issue.keyword === 'enum'
              ? ` (${((issue.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String).join(', ')})`
              : '';
        return `${path} ${issue.message ?? 'is invalid'}${extra}`;
      });
      return reply
        .code(400)
        .send(
          errorBody('bad-request', `Invalid request: ${details.join('; ')}.`, 'See the schema at /docs.'),
        );
    }
    const zodIssues = zodIssuesOf(error);
    if (zodIssues) {
      const details = zodIssues.map(
        (issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`,
      );
      return reply
        .code(400)
        .send(
          errorBody(
            'bad-request',
            redact(`Invalid input: ${details.join('; ')}.`),
            'See the schema at /docs.',
          ),
        );
    }
    if (error instanceof CodifyError) {
      const status = statusForCode(error.code);
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      return reply
        .code(status)
        .send(errorBody(error.code, redact(error.message), error.hint && redact(error.hint)));
    }
    if (isMalformedMultipart(error)) {
      return reply
        .code(400)
        .send(
          errorBody(
            'bad-request',
            `The multipart body is malformed: ${redact(error.message)}.`,
            'Send multipart/form-data with a boundary, e.g. curl -F file=@records.jsonl URL.',
          ),
        );
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status === 413) {
      return reply
        .code(413)
        .send(
          errorBody(
            'payload-too-large',
            'The request body or upload is too large.',
            `The limit is ${config.maxUploadBytes} bytes.`,
          ),
        );
    }
    if (status >= 400 && status < 500) {
      const code = status === 404 ? 'not-found' : status === 415 ? 'unsupported-media-type' : 'bad-request';
      return reply.code(status).send(errorBody(code, redact(error.message)));
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send(errorBody('internal', 'Internal server error.', 'The server log has the details.'));
  });

  app.setNotFoundHandler((request, reply) => {
    if (webUiFallback(request, reply)) return reply;
    const path = request.url.split('?')[0] ?? '';
    return reply
      .code(404)
      .send(
        errorBody('not-found', `No route ${request.method} ${redact(path)}.`, 'The API is listed at /docs.'),
      );
  });
}

/** A path the router cannot decode (`%c0%af`) or a parameter past its length limit. */
function answerFrameworkError(error: FastifyError, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  void reply
    .code(tooLong ? 414 : 400)
    .send(
      errorBody(
        'bad-request',
        tooLong ? 'A path parameter is too long.' : 'The request path is not valid percent-encoding.',
        'Percent-encode each path segment as UTF-8 (encodeURIComponent).',
      ),
    );
}

/** Issues of a zod error (a job kind's `parseInput` may throw one): bad input, so a 400. */
function zodIssuesOf(error: unknown): { path: PropertyKey[]; message: string }[] | null {
  if (!(error instanceof Error) || error.name !== 'ZodError') return null;
  const issues = (error as { issues?: unknown }).issues;
  return Array.isArray(issues) ? (issues as { path: PropertyKey[]; message: string }[]) : null;
}

function loggerOptions(
  option: ServerOptions['logger'],
  redact: Redactor,
  secrets: readonly string[],
): FastifyServerOptions['logger'] {
  if (!option) return false;
  const settings = option === true ? {} : option;
  return {
    level: settings.level ?? 'info',
    ...(settings.stream ? { stream: settings.stream } : {}),
    redact: { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
    // A `?token=` (right or wrong) must not reach the log with the request URL.
    serializers: { req: createRequestLogSerializer(secrets) },
    hooks: {
      // Provider keys and the token are replaced wherever they appear: message, objects, errors.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => redact(arg)) as Parameters<typeof method>);
      },
    },
  };
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
