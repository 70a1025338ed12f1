import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestServers } from './testing/temp-server.ts';
import { pathOf, startRouteFixture, type RouteFixture } from './testing/route-fixture.ts';
import { pathVariants } from './testing/route-variants.ts';

const TOKEN = 'access-test-token-0123456789';

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

function errorCode(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

describe('auth is decided on the matched route (token server, bound beyond loopback)', () => {
  let fixture: RouteFixture;
  beforeAll(async () => {
    fixture = await startRouteFixture({ host: '0.0.0.0', token: TOKEN });
  });
  afterAll(async () => {
    await closeTestServers();
    fixture.cleanup();
  });

  it('knows every route and makes only the docs, the OpenAPI document and the UI files public', () => {
    const routes = fixture.server.routes;
    const publicUrls = routes.filter((route) => route.public).map((route) => route.url);
    for (const url of publicUrls) {
      expect(
        url === '/openapi.json' ||
          url === '/docs' ||
          url.startsWith('/docs/') ||
          url === '/' ||
          url === '/index.html' ||
          url === '/assets/app.js',
        url,
      ).toBe(true);
    }
    expect(publicUrls).toEqual(expect.arrayContaining(['/openapi.json', '/docs', '/index.html']));
    expect(routes.filter((route) => route.url.startsWith('/api/') && route.public)).toEqual([]);
    // Both products, the core routes and the demo job are there (not a hand-made list: a sanity floor).
    const api = new Set(fixture.protectedRoutes.map((route) => `${route.method} ${route.url}`));
    for (const expected of [
      'GET /api/v1/runs',
      'GET /api/v1/runs/:id/events',
      'POST /api/v1/services',
      'GET /api/v1/services/:name',
      'POST /api/v1/browser-tests/:name/run',
      'GET /api/v1/runs/:id/artifacts/*',
      'POST /api/v1/demo-runs',
    ]) {
      expect(api.has(expected), expected).toBe(true);
    }
  });

  it('reaches every protected route with the token (so the variants below test real routes)', async () => {
    for (const route of fixture.protectedRoutes) {
      const url = pathOf(route, fixture.missingValue);
      const response = await fixture.server.app.inject({
        method: route.method as Method,
        url,
        headers: { authorization: `Bearer ${TOKEN}` },
        ...(['POST', 'PUT'].includes(route.method) ? { payload: { __probe: true } } : {}),
      });
      expect(response.statusCode, `${route.method} ${url}: ${response.body}`).not.toBe(401);
      if (response.statusCode === 404 && route.method !== 'HEAD') {
        expect(response.body, `${route.method} ${url}`).not.toContain('No route');
      }
    }
  });

  it('refuses every protected route under every spelling without the token, or with a wrong one', async () => {
    let tried = 0;
    for (const route of fixture.protectedRoutes) {
      for (const variant of pathVariants(pathOf(route, fixture.paramValue))) {
        for (const headers of [{}, { authorization: `Bearer ${TOKEN}x` }, { authorization: TOKEN }]) {
          const response = await fixture.server.app.inject({
            method: route.method as Method,
            url: variant.path,
            headers,
          });
          tried += 1;
          const what = `${route.method} ${variant.path} (${variant.name}) ${JSON.stringify(headers)}`;
          expect(response.statusCode, `${what}: ${response.body}`).toBe(401);
          if (route.method !== 'HEAD') expect(errorCode(response.body), what).toBe('unauthorized');
        }
      }
    }
    expect(tried).toBeGreaterThan(fixture.protectedRoutes.length * 10 * 3);
  });

  it('answers an undecodable path with the uniform error body, without echoing it', async () => {
    const response = await fixture.server.app.inject({ method: 'GET', url: '/api%c0%afv1/runs' });
    expect(response.statusCode).toBe(400);
    expect(errorCode(response.body)).toBe('bad-request');
    expect(response.body).not.toContain('%c0');
  });

  it('never takes the token from the query string', async () => {
    for (const query of [`token=${TOKEN}`, `access_token=${TOKEN}`, `authorization=Bearer%20${TOKEN}`]) {
      const response = await fixture.server.app.inject({ method: 'GET', url: `/api/v1/runs?${query}` });
      expect(response.statusCode, query).toBe(401);
    }
  });

  it('serves the UI shell for client-side routes without the token, but nothing of the API', async () => {
    const accept = { accept: 'text/html,application/xhtml+xml' };
    const page = await fixture.server.app.inject({ method: 'GET', url: '/services/svc', headers: accept });
    expect(page.statusCode).toBe(200);
    expect(page.body).toBe(fixture.indexHtml);
    for (const route of fixture.protectedRoutes.filter((r) => r.method === 'GET')) {
      for (const variant of pathVariants(pathOf(route, fixture.paramValue))) {
        const response = await fixture.server.app.inject({
          method: 'GET',
          url: variant.path,
          headers: accept,
        });
        const what = `GET ${variant.path} (${variant.name})`;
        if (response.statusCode === 200) expect(response.body, what).toBe(fixture.indexHtml);
        else expect(response.statusCode, what).toBe(401);
      }
    }
    const unknownApi = await fixture.server.app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(unknownApi.statusCode).toBe(401);
  });
});

describe('Host and Origin checks on every route (loopback server without a token)', () => {
  let fixture: RouteFixture;
  beforeAll(async () => {
    fixture = await startRouteFixture();
  });
  afterAll(async () => {
    await closeTestServers();
    fixture.cleanup();
  });

  it('refuses a foreign Host, a foreign Origin and an opaque Origin under every spelling', async () => {
    let tried = 0;
    for (const route of fixture.server.routes) {
      for (const variant of pathVariants(pathOf(route, fixture.paramValue))) {
        for (const headers of [
          { host: 'evil.example:8787' },
          { host: '127.0.0.1:8787', origin: 'https://evil.example' },
          { origin: 'null' },
        ]) {
          const response = await fixture.server.app.inject({
            method: route.method as Method,
            url: variant.path,
            headers,
          });
          tried += 1;
          const what = `${route.method} ${variant.path} (${variant.name}) ${JSON.stringify(headers)}`;
          expect(response.statusCode, `${what}: ${response.body}`).toBe(403);
        }
      }
    }
    expect(tried).toBeGreaterThan(fixture.server.routes.length * 10 * 3);
  });

  it('serves loopback callers without a token', async () => {
    const response = await fixture.server.app.inject({
      method: 'GET',
      url: '/api/v1/services/svc',
      headers: { host: '127.0.0.1:8787', origin: 'http://127.0.0.1:8787' },
    });
    expect(response.statusCode).toBe(200);
  });
});
