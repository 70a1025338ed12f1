import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Where `npm run build:web` writes the UI: `web/dist` at the package root. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Whether `npm run build:web` has written the UI into `root`. */
export function isWebUiBuilt(root: string = DEFAULT_WEB_ROOT): boolean {
  return existsSync(`${root}/index.html`);
}

/**
 * The web UI's answer to a request that matched no route: `matches` says whether it is one (so it
 * is also public), `send` answers it with `index.html`.
 */
export interface WebUiFallback {
  matches(request: FastifyRequest): boolean;
  send(reply: FastifyReply): void;
}

/**
 * Serves the built web app from `root` at `/`. The UI is a single-page app with client-side
 * routes (`/services/phone`), so a GET for an unknown non-API path that accepts HTML gets
 * `index.html`. When the UI was never built, `/` explains how to build it instead of a bare 404.
 * Register it through `registerPublic`: these files are what asks for the token.
 */
export async function registerWebUi(app: FastifyInstance, root: string): Promise<WebUiFallback> {
  const built = isWebUiBuilt(root);
  if (built) {
    // wildcard: false lists the files once at startup, so the not-found handler sees every other path.
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'], maxAge: 0 });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><title>codify</title><h1>codify server</h1>' +
            '<p>The web UI is not built. Run <code>npm run build:web</code> and restart, or use the API at ' +
            '<a href="/docs">/docs</a>.</p>',
        ),
    );
  }
  return {
    matches(request) {
      if (!built || request.method !== 'GET') return false;
      if (!(request.headers.accept ?? '').includes('text/html')) return false;
      // Decoded and lowercased, as a router might see it: `/%61pi/…` is API too and gets JSON.
      const path = decodedPath(request.url).toLowerCase();
      return !/^\/+api(\/|$)/.test(path);
    },
    send(reply) {
      void reply.type('text/html; charset=utf-8').sendFile('index.html');
    },
  };
}

/** The path of a request URL, percent-decoded once (undecodable text left as it is). */
function decodedPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
