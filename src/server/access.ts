import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { ForbiddenError, UnauthorizedError } from './errors.ts';
import { bearerToken, hostOfHeader, isLoopbackHost, tokensEqual } from './network.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Served without the token (the docs, the OpenAPI document, the web UI's files). Set only by
     * {@link AccessControl.registerPublic}; every other route needs the token when there is one.
     */
    public?: boolean;
  }
}

/** One registered route as the router knows it. */
export interface RouteSummary {
  method: string;
  /** The route's pattern, e.g. `/api/v1/runs/:id`. */
  url: string;
  public: boolean;
}

export interface AccessControlOptions {
  /** The API token; null on a loopback-only server without one. */
  token: string | null;
  /** Web origins (e.g. a Vite dev server) allowed besides the server's own. */
  allowedOrigins: readonly string[];
  /** Prefix no public route may live under (the API). */
  apiPrefix: string;
  /**
   * For a request that matched no route: whether the answer is public anyway (the web UI's
   * `index.html` for a client-side route). Anything else unmatched needs the token, like the API.
   */
  isPublicNotFound: (request: FastifyRequest) => boolean;
}

export interface AccessControl {
  /** Runs `register`; every route it adds is public. Refuses routes under the API prefix. */
  registerPublic(register: () => Promise<unknown>): Promise<void>;
  /** Every route registered so far (HEAD twins included), read after `app.ready()`. */
  routes(): RouteSummary[];
}

/**
 * Who may call what. Authorization is decided on the route the router **matched** (its config),
 * never on the request's URL text: the router decodes `%61pi` to `api`, so a prefix test on the raw
 * URL is a bypass. Deny by default: a route needs the token unless it was registered through
 * {@link AccessControl.registerPublic}; a request that matched no route needs it too, unless it
 * is the web UI's page for a client-side route.
 *
 * Every request, public or not and whatever its path, also passes the Host and Origin checks:
 * without a token only loopback Host names are served (DNS rebinding), and a foreign or opaque
 * Origin is refused always (a web page must not drive the API from the user's browser).
 */
export function installAccessControl(app: FastifyInstance, options: AccessControlOptions): AccessControl {
  const { token, apiPrefix } = options;
  const origins = new Set(options.allowedOrigins.map((origin) => origin.replace(/\/+$/, '').toLowerCase()));
  const registered: RouteOptions[] = [];
  let registeringPublic = false;

  app.addHook('onRoute', (route) => {
    if (registeringPublic) {
      if (route.url === apiPrefix || route.url.startsWith(`${apiPrefix}/`)) {
        throw new Error(`Route ${route.url} is under ${apiPrefix} and cannot be public.`);
      }
      route.config = { ...route.config, public: true };
    }
    registered.push(route);
  });

  app.addHook('onRequest', async (request) => {
    checkHostAndOrigin(request, token, origins);
    if (token === null) return;
    const isPublic = request.is404
      ? options.isPublicNotFound(request)
      : request.routeOptions.config.public === true;
    if (isPublic) return;
    const presented = bearerToken(request.headers.authorization);
    if (presented === null || !tokensEqual(presented, token)) throw new UnauthorizedError();
  });

  return {
    async registerPublic(register) {
      registeringPublic = true;
      try {
        await register();
      } finally {
        registeringPublic = false;
      }
    },
    routes() {
      return registered.flatMap((route) =>
        (Array.isArray(route.method) ? route.method : [route.method]).map((method) => ({
          method: String(method),
          url: route.url,
          public: route.config?.public === true,
        })),
      );
    },
  };
}

function checkHostAndOrigin(request: FastifyRequest, token: string | null, origins: Set<string>): void {
  const hostHeader = request.headers.host ?? '';
  // Without a token, only loopback names may reach us: a web page that rebinds its own DNS name
  // to 127.0.0.1 would otherwise drive the API from the user's browser.
  if (token === null && hostHeader !== '' && !isLoopbackHost(hostOfHeader(hostHeader))) {
    throw new ForbiddenError(`Host "${hostHeader}" is not allowed on a loopback-only server.`, {
      hint: 'Use http://127.0.0.1 or http://localhost, or start the server with a token.',
    });
  }
  const origin = request.headers.origin;
  if (origin === 'null') throw new ForbiddenError('Requests from an opaque origin are not allowed.');
  if (origin !== undefined) {
    const sameOrigin = safeHostOfOrigin(origin) === hostHeader.toLowerCase();
    if (!sameOrigin && !origins.has(origin.toLowerCase())) {
      throw new ForbiddenError(`Requests from origin ${origin} are not allowed.`, {
        hint: 'Use the web app served by this server, or add the origin to allowedOrigins.',
      });
    }
  }
}

function safeHostOfOrigin(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
