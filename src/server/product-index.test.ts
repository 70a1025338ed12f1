import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type CodifyServer } from './app.ts';
import { browserTestRoutes } from './routes/browser-tests.ts';
import { transformRoutes } from './routes/transforms.ts';
import { tempDataDir } from './testing/temp-server.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const api = (url: string) => `/api/v1${url}`;
const json = <T = Record<string, unknown>>(response: { body: string }): T => JSON.parse(response.body) as T;

const phoneExamples = JSON.parse(
  readFileSync(new URL('../../examples/phone-e164/examples.json', import.meta.url), 'utf8'),
) as { input: unknown; output: unknown }[];

async function open(dataDir: string): Promise<CodifyServer> {
  const server = await createServer({
    dataDir,
    port: 0,
    env: {},
    plugins: [transformRoutes, browserTestRoutes],
  });
  cleanups.push(() => server.close());
  return server;
}

function handMadeService(dataDir: string, name: string): void {
  const dir = path.join(dataDir, 'services', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'examples.json'), JSON.stringify(phoneExamples.slice(0, 2)));
}

interface Listed {
  name: string;
  lastRun: { id: string; status: string; kind: string } | null;
}

describe('services and browser_tests tables', () => {
  it('are kept in sync by the routes and runs, and rebuilt from the directories at startup', async () => {
    const data = tempDataDir();
    cleanups.push(data.cleanup);
    const first = await open(data.dir);

    const created = await first.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name: 'phones', examples: phoneExamples },
    });
    expect(created.statusCode).toBe(201);
    expect(first.store.getService('phones')).toMatchObject({
      model: 'local',
      locked: false,
      examples: phoneExamples.length,
      built: false,
      lastRunId: null,
    });

    const build = json<{ run: { id: string } }>(
      await first.app.inject({ method: 'POST', url: api('/services/phones/build'), payload: {} }),
    ).run;
    expect(first.store.getService('phones')?.lastRunId).toBe(build.id);
    expect((await first.runs.waitFor(build.id)).status).toBe('completed');
    await expect.poll(() => first.store.getService('phones')?.built).toBe(true);

    await first.app.inject({ method: 'POST', url: api('/services/phones/lock') });
    expect(first.store.getService('phones')?.locked).toBe(true);
    await first.app.inject({ method: 'PUT', url: api('/services/phones'), payload: { model: 'auto' } });
    expect(first.store.getService('phones')?.model).toBe('auto');

    // A directory made by hand while the server runs appears in the list (and gets its row).
    handMadeService(data.dir, 'by-hand');
    const list = json<{ services: Listed[] }>(
      await first.app.inject({ method: 'GET', url: api('/services') }),
    );
    expect(list.services.map((s) => [s.name, s.lastRun?.status ?? null])).toEqual([
      ['by-hand', null],
      ['phones', 'completed'],
    ]);
    expect(list.services.find((s) => s.name === 'phones')?.lastRun).toMatchObject({
      id: build.id,
      kind: 'transform-build',
    });
    expect(first.store.getService('by-hand')).toMatchObject({ examples: 2, built: false });

    const test = await first.app.inject({
      method: 'POST',
      url: api('/browser-tests'),
      payload: { name: 'signup', url: 'http://127.0.0.1:9/', goal: 'Sign up' },
    });
    expect(test.statusCode).toBe(201);
    expect(first.store.getBrowserTest('signup')).toMatchObject({
      url: 'http://127.0.0.1:9/',
      goal: 'Sign up',
      hasSpec: false,
      lastRunId: null,
    });
    await first.app.inject({
      method: 'PUT',
      url: api('/browser-tests/signup'),
      payload: { goal: 'Register' },
    });
    expect(first.store.getBrowserTest('signup')?.goal).toBe('Register');
    // Any run on the test's subject (record, replay, rerun) becomes its last run.
    const run = first.runs.start({
      kind: 'browser-run',
      subjectId: 'browser-test:signup',
      job: async () => 'ok',
    });
    await first.runs.waitFor(run.id);
    expect(first.store.getBrowserTest('signup')?.lastRunId).toBe(run.id);
    const tests = json<{ tests: Listed[] }>(
      await first.app.inject({ method: 'GET', url: api('/browser-tests') }),
    );
    expect(tests.tests[0]?.lastRun).toMatchObject({ id: run.id, status: 'completed' });
    await first.close();

    // Between servers: one service removed, one added by hand, the test's folder removed.
    rmSync(path.join(data.dir, 'services', 'by-hand'), { recursive: true });
    handMadeService(data.dir, 'newer');
    rmSync(path.join(data.dir, 'browser-tests', 'signup'), { recursive: true });
    const second = await open(data.dir);
    expect(second.store.listServices().map((s) => s.name)).toEqual(['newer', 'phones']);
    expect(second.store.getService('phones')).toMatchObject({
      lastRunId: build.id,
      locked: true,
      built: true,
    });
    expect(second.store.listBrowserTests()).toEqual([]);
  }, 60_000);

  it('a fresh row takes its last run from the history (a database from before the tables)', async () => {
    const data = tempDataDir();
    cleanups.push(data.cleanup);
    const first = await open(data.dir);
    handMadeService(data.dir, 'old');
    const run = first.runs.start({
      kind: 'transform-build',
      subjectId: 'service:old',
      job: async () => null,
    });
    await first.runs.waitFor(run.id);
    await first.close();
    // As if the row had never been written (the migration ran on an older database).
    const second = await open(data.dir);
    second.store.removeIndexRow('services', 'old');
    await second.close();
    const third = await open(data.dir);
    expect(third.store.getService('old')?.lastRunId).toBe(run.id);
  }, 60_000);
});
