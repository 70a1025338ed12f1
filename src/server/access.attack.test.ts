import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestServers } from './testing/temp-server.ts';
import { pathOf, startRouteFixture, type RouteFixture } from './testing/route-fixture.ts';
import { morePathVariants, pathVariants, type PathVariant } from './testing/route-variants.ts';

// The slow matrix behind access.test.ts: every protected route under ~35 spellings, eight ways of
// presenting a wrong or misplaced token, over inject and over a real socket (where Node's HTTP
// parser and absolute-form request targets come in).

const TOKEN = 'attack-test-token-0123456789abcdef';

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

const WRONG_CREDENTIALS: { name: string; headers: Record<string, string>; query?: string }[] = [
  { name: 'none', headers: {} },
  { name: 'wrong bearer', headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}` } },
  { name: 'token without scheme', headers: { authorization: TOKEN } },
  { name: 'basic', headers: { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` } },
  { name: 'empty bearer', headers: { authorization: 'Bearer ' } },
  { name: 'token in query', headers: {}, query: `token=${TOKEN}` },
  { name: 'token in a cookie', headers: { cookie: `token=${TOKEN}` } },
  { name: 'token in x-api-key', headers: { 'x-api-key': TOKEN } },
];

function variantsOf(path: string): PathVariant[] {
  return [...pathVariants(path), ...morePathVariants(path)];
}

/** Status and body of one request written by hand on a socket (no client-side normalizing). */
function rawRequest(port: number, method: string, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body });
    });
    socket.on('error', reject);
    socket.write(
      `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      'utf8',
    );
  });
}

/** A refusal: 401, or a 400 for a path that cannot be decoded (before any route is matched). */
function expectRefused(status: number, body: string, what: string): void {
  if (status === 400) {
    // HEAD answers have no body to tell which 400 it is.
    if (!what.startsWith('HEAD ')) expect(body, what).toMatch(/not valid percent-encoding|Client Error/);
  } else {
    expect(status, `${what}: ${body.slice(0, 200)}`).toBe(401);
  }
}

describe('token server: every protected route, every spelling, every wrong credential', () => {
  let fixture: RouteFixture;
  let port = 0;
  beforeAll(async () => {
    // Bound to loopback (tests never listen beyond it); the token decides exactly as on 0.0.0.0.
    fixture = await startRouteFixture({ token: TOKEN });
    port = Number(new URL(await fixture.server.listen()).port);
  });
  afterAll(async () => {
    await closeTestServers();
    fixture.cleanup();
  });

  it('refuses them all through inject', async () => {
    let tried = 0;
    for (const route of fixture.protectedRoutes) {
      for (const variant of variantsOf(pathOf(route, fixture.paramValue))) {
        for (const credential of WRONG_CREDENTIALS) {
          const url = credential.query ? `${variant.path}?${credential.query}` : variant.path;
          const response = await fixture.server.app.inject({
            method: route.method as Method,
            url,
            headers: credential.headers,
            ...(['POST', 'PUT'].includes(route.method) ? { payload: {} } : {}),
          });
          tried += 1;
          expectRefused(
            response.statusCode,
            response.body,
            `${route.method} ${url} (${variant.name}, ${credential.name})`,
          );
        }
      }
    }
    expect(tried).toBeGreaterThan(fixture.protectedRoutes.length * 30 * WRONG_CREDENTIALS.length);
  }, 300_000);

  it('refuses them all over a real socket, origin-form and absolute-form', async () => {
    let tried = 0;
    for (const route of fixture.protectedRoutes) {
      for (const variant of variantsOf(pathOf(route, fixture.paramValue))) {
        for (const target of [variant.path, `http://127.0.0.1:${port}${variant.path}`]) {
          const { status, body } = await rawRequest(port, route.method, target);
          tried += 1;
          expectRefused(status, body, `${route.method} ${target} (${variant.name}, raw)`);
        }
      }
    }
    expect(tried).toBeGreaterThan(fixture.protectedRoutes.length * 60);
  }, 300_000);

  it('still serves the canonical path with the token over the socket', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/services/svc`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
  });
});

describe('loopback server without a token: Host and Origin tricks on every route', () => {
  let fixture: RouteFixture;
  beforeAll(async () => {
    fixture = await startRouteFixture();
  });
  afterAll(async () => {
    await closeTestServers();
    fixture.cleanup();
  });

  const FOREIGN: Record<string, string>[] = [
    { host: 'evil.example' },
    { host: '127.0.0.1.evil.example:8787' },
    { host: 'localhost.evil.example' },
    { host: '0.0.0.0:8787' },
    { host: '[::ffff:7f00:1].evil.example' },
    { host: '127.0.0.1:8787', origin: 'http://127.0.0.1.evil.example:8787' },
    { host: '127.0.0.1:8787', origin: 'http://localhost:8787' },
    { host: '127.0.0.1:8787', origin: 'http://127.0.0.1:8788' },
    { host: '127.0.0.1:8787', origin: 'file://' },
    { host: '127.0.0.1:8787', origin: 'null' },
    { host: '127.0.0.1:8787', origin: 'not a url' },
  ];

  it('refuses every foreign Host and Origin under every spelling', async () => {
    let tried = 0;
    for (const route of fixture.server.routes) {
      for (const variant of variantsOf(pathOf(route, fixture.paramValue))) {
        for (const headers of FOREIGN) {
          const response = await fixture.server.app.inject({
            method: route.method as Method,
            url: variant.path,
            headers,
          });
          tried += 1;
          const what = `${route.method} ${variant.path} (${variant.name}) ${JSON.stringify(headers)}`;
          if (response.statusCode === 400) expectRefused(400, response.body, what);
          else expect(response.statusCode, `${what}: ${response.body.slice(0, 200)}`).toBe(403);
        }
      }
    }
    expect(tried).toBeGreaterThan(fixture.server.routes.length * 30 * FOREIGN.length);
  }, 300_000);
});
