import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGate } from '../testing/gate.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { createBrowserTestRoutes } from './browser-tests.ts';
import { transformRoutes } from './transforms.ts';

afterEach(closeTestServers);

function json<T = Record<string, unknown>>(response: { body: string }): T {
  return JSON.parse(response.body) as T;
}

type ErrorAnswer = { error: { code: string; message: string; hint?: string } };

async function server() {
  return startTestServer({
    plugins: [
      transformRoutes,
      createBrowserTestRoutes({ launchBrowser: () => Promise.reject(new Error('no browser here')) }),
    ],
  });
}

// Each product: how to create one, its folder, its list route and its run subject.
const PRODUCTS = [
  {
    what: 'service',
    base: '/api/v1/services',
    folder: 'services',
    listKey: 'services',
    subject: (name: string) => `service:${name}`,
    body: (name: string) => ({ name, examples: [{ input: 'a', output: 'A' }] }),
    indexed: (s: Awaited<ReturnType<typeof server>>, name: string) => s.store.getService(name),
  },
  {
    what: 'browser test',
    base: '/api/v1/browser-tests',
    folder: 'browser-tests',
    listKey: 'tests',
    subject: (name: string) => `browser-test:${name}`,
    body: (name: string) => ({ name, url: 'http://127.0.0.1:9/', goal: 'see the page' }),
    indexed: (s: Awaited<ReturnType<typeof server>>, name: string) => s.store.getBrowserTest(name),
  },
] as const;

describe.each(PRODUCTS)('DELETE a $what', (product) => {
  it('removes the folder and the index row; it is gone from the list; the name can be used again', async () => {
    const s = await server();
    expect(
      (await s.app.inject({ method: 'POST', url: product.base, payload: product.body('gone') })).statusCode,
    ).toBe(201);
    expect(product.indexed(s, 'gone')).toBeTruthy();
    const deleted = await s.app.inject({ method: 'DELETE', url: `${product.base}/gone` });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(json(deleted)).toEqual({ deleted: 'gone' });
    const root = join(s.config.dataDir, product.folder);
    expect(readdirSync(root)).toEqual([]);
    expect(product.indexed(s, 'gone')).toBeFalsy();
    expect((await s.app.inject({ method: 'GET', url: `${product.base}/gone` })).statusCode).toBe(404);
    const list = json<Record<string, unknown[]>>(await s.app.inject({ method: 'GET', url: product.base }));
    expect(list[product.listKey]).toEqual([]);
    expect(
      (await s.app.inject({ method: 'POST', url: product.base, payload: product.body('gone') })).statusCode,
    ).toBe(201);
  });

  it('answers 404 for an unknown name and 400 for an invalid one', async () => {
    const s = await server();
    const missing = await s.app.inject({ method: 'DELETE', url: `${product.base}/nothing-here` });
    expect(missing.statusCode).toBe(404);
    const invalid = await s.app.inject({ method: 'DELETE', url: `${product.base}/..%2F..%2Fx` });
    expect(invalid.statusCode).toBe(400);
  });

  it('refuses with 409 while a run of it is live, saying how to stop it; deletes once it is stopped', async () => {
    const s = await server();
    await s.app.inject({ method: 'POST', url: product.base, payload: product.body('busy') });
    const gate = createGate();
    const run = s.runs.start({ kind: 'held', subjectId: product.subject('busy'), job: () => gate.promise });
    const refused = await s.app.inject({ method: 'DELETE', url: `${product.base}/busy` });
    expect(refused.statusCode).toBe(409);
    const error = json<ErrorAnswer>(refused).error;
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(run.id);
    expect(error.hint).toContain(`POST /api/v1/runs/${run.id}/stop`);
    expect(existsSync(join(s.config.dataDir, product.folder, 'busy'))).toBe(true);
    gate.open();
    await s.runs.waitFor(run.id);
    const deleted = await s.app.inject({ method: 'DELETE', url: `${product.base}/busy` });
    expect(deleted.statusCode).toBe(200);
    // The run stays in the history.
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/runs/${run.id}` })).statusCode).toBe(200);
  });
});
