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

/** Answers a GET that matched no route; returns false when it is not the UI's to answer. */
export type WebUiFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * Serves the built web app from `root` at `/`. The UI is a single-page app with client-side
 * routes (`/services/phone`), so a GET for an unknown non-API path that accepts HTML gets
 * `index.html`. When the UI was never built, `/` explains how to build it instead of a bare 404.
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
  return (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!built || request.method !== 'GET' || path.startsWith('/api/') || path === '/api') return false;
    if (!(request.headers.accept ?? '').includes('text/html')) return false;
    void reply.type('text/html; charset=utf-8').sendFile('index.html');
    return true;
  };
}
