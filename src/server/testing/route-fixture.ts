import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CodifyServer, ServerOptions } from '../app.ts';
import { createBrowserTestRoutes } from '../routes/browser-tests.ts';
import { transformRoutes } from '../routes/transforms.ts';
import type { RouteSummary } from '../access.ts';
import { startTestServer } from './temp-server.ts';
import { fillPattern } from './route-variants.ts';

/**
 * TEST FACILITY: a server with every route `codify serve --demo-jobs` has (both products, the demo
 * job, a built web UI) and one real service, browser test and run, so a request that slipped past
 * auth would reach a real resource and answer 2xx instead of 404.
 */
export interface RouteFixture {
  server: CodifyServer;
  /** The built web UI's `index.html` text. */
  indexHtml: string;
  /** Real values for route params (`name`, `id`, `n`, `*`). */
  paramValue: (pattern: string, param: string) => string;
  /** Values that name nothing (for requests that must reach the handler without changing anything). */
  missingValue: (pattern: string, param: string) => string;
  /** Every route but the public ones, each with a method. */
  protectedRoutes: RouteSummary[];
  cleanup: () => void;
}

export const INDEX_HTML = '<!doctype html><title>codify test UI</title><div id="root"></div>';

export async function startRouteFixture(options: Partial<ServerOptions> = {}): Promise<RouteFixture> {
  const webRoot = mkdtempSync(join(tmpdir(), 'codify-webroot-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), INDEX_HTML);
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("ui");\n');
  const server = await startTestServer({
    enableDemoJobs: true,
    webRoot,
    plugins: [
      transformRoutes,
      createBrowserTestRoutes({
        launchBrowser: () => Promise.reject(new Error('no browser in the route fixture')),
      }),
    ],
    ...options,
  });
  const headers = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/v1/services',
    headers,
    payload: { name: 'svc', examples: [{ input: 'a', output: 'A' }] },
  });
  expect(created.statusCode, created.body).toBe(201);
  const test = await server.app.inject({
    method: 'POST',
    url: '/api/v1/browser-tests',
    headers,
    payload: { name: 'bt', url: 'http://127.0.0.1:9/', goal: 'see the page' },
  });
  expect(test.statusCode, test.body).toBe(201);
  const run = server.runs.start({ kind: 'fixture', subjectId: 'fixture', job: async () => ({ ok: true }) });
  await server.runs.waitFor(run.id);

  const paramValue = (pattern: string, param: string): string => {
    if (param === 'name') return pattern.includes('/browser-tests/') ? 'bt' : 'svc';
    if (param === 'id') return run.id;
    if (param === 'n') return '1';
    if (param === '*') return 'report.json';
    throw new Error(`No fixture value for :${param} in ${pattern}`);
  };
  const missingValue = (pattern: string, param: string): string =>
    param === 'n' ? '1' : param === '*' ? 'missing.json' : `missing-${param}`;
  return {
    server,
    indexHtml: INDEX_HTML,
    paramValue,
    missingValue,
    protectedRoutes: server.routes.filter((route) => !route.public),
    cleanup: () => rmSync(webRoot, { recursive: true, force: true }),
  };
}

/** A route's concrete path with the given values. */
export function pathOf(route: RouteSummary, value: (pattern: string, param: string) => string): string {
  return fillPattern(route.url, (param) => value(route.url, param));
}
