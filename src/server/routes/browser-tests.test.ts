import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../../examples/demo-app/server.ts';
import type { CodifyServer } from '../app.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { launchChromium } from '../../browser/index.ts';
import { createBrowserTestRoutes } from './browser-tests.ts';

type Json = Record<string, unknown> & { error?: { code: string; message: string; hint?: string } };
const json = (response: { body: string }): Json => JSON.parse(response.body) as Json;

function multipart(parts: { field: string; filename: string; content: string }[]): {
  payload: string;
  headers: Record<string, string>;
} {
  const boundary = '----codifybrowsertests';
  const lines: string[] = [];
  for (const part of parts) {
    lines.push(
      `--${boundary}`,
      `Content-Disposition: form-data; name="${part.field}"; filename="${part.filename}"`,
      'Content-Type: text/plain',
      '',
      part.content,
    );
  }
  lines.push(`--${boundary}--`, '');
  return {
    payload: lines.join('\r\n'),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A launcher that never opens a browser: routes that start no run must not need one. */
function noBrowser(): { launch: () => Promise<Browser>; launched: () => number; fail: () => void } {
  let count = 0;
  let reject: (error: Error) => void = () => {};
  return {
    launch: () => {
      count++;
      return new Promise<Browser>((_, no) => (reject = no));
    },
    launched: () => count,
    fail: () => reject(new Error('test launcher: no browser here')),
  };
}

describe('browser-test routes: settings, files and errors', () => {
  let server: CodifyServer;
  let launcher: ReturnType<typeof noBrowser>;

  beforeAll(async () => {
    launcher = noBrowser();
    server = await startTestServer({
      plugins: [createBrowserTestRoutes({ launchBrowser: launcher.launch, env: {} })],
      stopGraceMs: 200,
    });
  });
  afterAll(async () => {
    launcher.fail();
    await closeTestServers();
  });

  const inject = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    server.app.inject({
      method,
      url: `/api/v1${url}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('creates, reads, lists and updates a test as files under the data directory', async () => {
    const created = await inject('POST', '/browser-tests', {
      name: 'signup',
      url: 'http://127.0.0.1:9/',
      goal: 'Sign up',
      variables: { email: {}, password: { secret: true }, name: { default: 'Ada' } },
      limits: { maxSteps: 10 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const onDisk = JSON.parse(
      await readFile(join(server.config.dataDir, 'browser-tests', 'signup', 'test.json'), 'utf8'),
    );
    expect(onDisk).toMatchObject({
      name: 'signup',
      goal: 'Sign up',
      variables: { name: { default: 'Ada' } },
    });

    const again = await inject('POST', '/browser-tests', {
      name: 'signup',
      url: 'http://x.test/',
      goal: 'g',
    });
    expect(again.statusCode).toBe(409);
    expect(json(again).error?.code).toBe('conflict');

    const updated = await inject('PUT', '/browser-tests/signup', { goal: 'Sign up and accept the terms' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(json(updated).test).toMatchObject({
      goal: 'Sign up and accept the terms',
      limits: { maxSteps: 10 },
    });

    const one = json(await inject('GET', '/browser-tests/signup'));
    expect(one).toMatchObject({ spec: null, healed: [], liveRunId: null });
    expect((one.test as Json).goal).toBe('Sign up and accept the terms');

    await inject('POST', '/browser-tests', { name: 'another', url: 'http://127.0.0.1:9/', goal: 'g' });
    const list = json(await inject('GET', '/browser-tests'));
    expect((list.tests as Json[]).map((t) => [t.name, t.hasSpec])).toEqual([
      ['another', false],
      ['signup', false],
    ]);
    expect(launcher.launched()).toBe(0);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = json(await server.app.inject({ method: 'GET', url: '/openapi.json' }));
    const paths = Object.keys(doc.paths as Json);
    for (const path of [
      '/api/v1/browser-tests',
      '/api/v1/browser-tests/{name}',
      '/api/v1/browser-tests/{name}/run',
      '/api/v1/browser-tests/{name}/replay',
      '/api/v1/browser-tests/{name}/export',
      '/api/v1/runs/{id}/artifacts',
    ])
      expect(paths).toContain(path);
  });

  it('refuses bad names, bad fields and unknown tests with clear errors', async () => {
    const badName = await inject('POST', '/browser-tests', {
      name: '../etc',
      url: 'http://a.test/',
      goal: 'g',
    });
    expect(badName.statusCode).toBe(400);
    expect(json(badName).error?.message).toContain('body.name');

    const unknownField = await inject('POST', '/browser-tests', {
      name: 'ok',
      url: 'http://a.test/',
      goal: 'g',
      secretValue: 'x',
    });
    expect(unknownField.statusCode).toBe(400);
    expect(json(unknownField).error?.message).toContain('secretValue');

    const badUrl = await inject('POST', '/browser-tests', {
      name: 'ok',
      url: 'file:///etc/passwd',
      goal: 'g',
    });
    expect(badUrl.statusCode).toBe(400);

    const secretDefault = await inject('POST', '/browser-tests', {
      name: 'ok',
      url: 'http://a.test/',
      goal: 'g',
      variables: { pin: { secret: true, default: '1234' } },
    });
    expect(secretDefault.statusCode).toBe(400);
    expect(json(secretDefault).error?.message).toContain('secret variable cannot have a default');

    const secretLooking = await inject('POST', '/browser-tests', {
      name: 'ok',
      url: 'http://a.test/',
      goal: 'g',
      variables: { password: { default: 'hunter22' } },
    });
    expect(secretLooking.statusCode).toBe(400);
    expect(json(secretLooking).error?.hint).toContain('"secret": false');
    expect(existsSync(join(server.config.dataDir, 'browser-tests', 'ok'))).toBe(false);

    const badModel = await inject('POST', '/browser-tests', {
      name: 'ok',
      url: 'http://a.test/',
      goal: 'g',
      model: 'nonsense',
    });
    expect(badModel.statusCode).toBe(400);
    expect(json(badModel).error?.message).toContain('body.model');

    for (const url of ['/browser-tests/nope', '/browser-tests/nope/export', '/browser-tests/nope/history']) {
      const missing = await inject('GET', url);
      expect(missing.statusCode, url).toBe(404);
      expect(json(missing).error?.code).toBe('not-found');
    }
    expect((await inject('POST', '/browser-tests/nope/run', {})).statusCode).toBe(404);
    expect((await inject('GET', '/browser-tests/Bad%20Name')).statusCode).toBe(400);
    expect((await inject('GET', '/browser-tests/signup/export')).statusCode).toBe(404);
    const replayWithoutSpec = await inject('POST', '/browser-tests/signup/replay', {
      variables: { email: 'a@b.co', password: 'pw' },
    });
    expect(replayWithoutSpec.statusCode).toBe(404);
    expect(json(replayWithoutSpec).error?.hint).toContain('/run');
  });

  it('stores uploaded files under the test and names them for the planner', async () => {
    const upload = await server.app.inject({
      method: 'POST',
      url: '/api/v1/browser-tests/signup/files',
      ...multipart([
        { field: 'receipt', filename: 'receipt.txt', content: 'paid' },
        { field: 'file', filename: 'photo-id.txt', content: 'me' },
      ]),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    expect(json(upload).files).toEqual({ receipt: 'files/receipt.txt', 'photo-id': 'files/photo-id.txt' });
    const stored = join(server.config.dataDir, 'browser-tests', 'signup', 'files', 'receipt.txt');
    expect(await readFile(stored, 'utf8')).toBe('paid');

    const sneaky = await server.app.inject({
      method: 'POST',
      url: '/api/v1/browser-tests/signup/files',
      ...multipart([{ field: 'x', filename: '.htaccess', content: 'no' }]),
    });
    expect(sneaky.statusCode).toBe(400);
    const notMultipart = await inject('POST', '/browser-tests/signup/files', { a: 1 });
    expect(notMultipart.statusCode).toBe(400);
    expect(json(notMultipart).error?.message).toContain('multipart');
  });

  it('needs every variable without a default, and refuses a second live run of a test with 409', async () => {
    const missing = await inject('POST', '/browser-tests/signup/run', { variables: { email: 'a@b.co' } });
    expect(missing.statusCode).toBe(400);
    expect(json(missing).error?.message).toContain('password');

    const started = await inject('POST', '/browser-tests/signup/run', {
      variables: { email: 'a@b.co', password: 'correct-horse' },
    });
    expect(started.statusCode, started.body).toBe(202);
    const run = json(started).run as { id: string; kind: string; input: unknown };
    expect(run.kind).toBe('browser-run');
    // Secret values are never stored: the run's input has a placeholder.
    expect(run.input).toEqual({ test: 'signup', variables: { email: 'a@b.co', password: '[secret]' } });
    expect(JSON.stringify(server.store.getRun(run.id))).not.toContain('correct-horse');

    const second = await inject('POST', '/browser-tests/signup/replay', {
      variables: { email: 'a@b.co', password: 'x' },
    });
    // No spec yet → 404 wins; a second record is the conflict.
    expect(second.statusCode).toBe(404);
    const conflict = await inject('POST', '/browser-tests/signup/run', {
      variables: { email: 'a@b.co', password: 'x' },
    });
    expect(conflict.statusCode).toBe(409);
    expect(json(conflict).error?.code).toBe('conflict');
    expect(json(await inject('GET', '/browser-tests/signup')).liveRunId).toBe(run.id);

    launcher.fail();
    const ended = await server.runs.waitFor(run.id);
    expect(ended.status).toBe('failed');
    expect(ended.error?.message).toContain('no browser here');
    const history = json(await inject('GET', '/browser-tests/signup/history'));
    expect((history.runs as { id: string }[]).map((r) => r.id)).toEqual([run.id]);
  });

  it('fails a run whose model planner has no provider configuration, saying what to set', async () => {
    const created = await inject('POST', '/browser-tests', {
      name: 'with-model',
      url: 'http://127.0.0.1:9/',
      goal: 'Open the shop',
      model: 'openai:gpt-4o-mini',
    });
    expect(created.statusCode, created.body).toBe(201);
    const started = await inject('POST', '/browser-tests/with-model/run', {});
    expect(started.statusCode, started.body).toBe(202);
    const ended = await server.runs.waitFor((json(started).run as { id: string }).id);
    expect(ended.status).toBe('failed');
    expect(ended.error?.message).toMatch(/OPENAI_API_KEY/);
    expect(launcher.launched()).toBe(1); // only the earlier test's run asked for a browser
  });

  it('rejects artifact requests for unknown runs and paths that leave the run folder', async () => {
    expect((await inject('GET', '/runs/no-such-run/artifacts')).statusCode).toBe(404);
    const run = server.store.createRun({
      kind: 'browser-run',
      subjectId: 'browser-test:x',
      status: 'completed',
    });
    const listed = json(await inject('GET', `/runs/${run.id}/artifacts`));
    expect(listed.artifacts).toEqual([]);
    for (const path of [
      '..%2F..%2Fcodify.db',
      '%2E%2E/%2E%2E/codify.db',
      '..\\..\\codify.db',
      '%2Fetc%2Fpasswd',
    ]) {
      const response = await inject('GET', `/runs/${run.id}/artifacts/${path}`);
      expect([400, 404], path).toContain(response.statusCode);
      expect(response.body).not.toContain('SQLite');
    }
    const escaping = await inject('GET', `/runs/${run.id}/artifacts/..%2F..%2Fcodify.db`);
    expect(escaping.statusCode).toBe(400);
    expect(json(escaping).error?.code).toBe('bad-path');
  });
});

describe('browser-test routes against the demo app (local planner, real Chromium)', () => {
  let app: DemoApp;
  let server: CodifyServer;
  const launched: Browser[] = [];

  beforeAll(async () => {
    app = await startDemoApp({ port: 0 });
    const launchBrowser = async () => {
      const browser = await launchChromium();
      launched.push(browser);
      return browser;
    };
    server = await startTestServer({ plugins: [createBrowserTestRoutes({ env: {}, launchBrowser })] });
  });
  afterAll(async () => {
    await closeTestServers();
    await app?.close();
  });
  afterEach(() => app.setVariant('v1'));

  const inject = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
    server.app.inject({
      method,
      url: `/api/v1${url}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const signupVars = (n: number) => ({ email: `ada${n}@example.com`, password: 'hunter22' });

  it(
    'records a sign-up, saves the spec, replays it, heals a changed app and exports a Playwright test',
    { timeout: 240_000 },
    async () => {
      const created = await inject('POST', '/browser-tests', {
        name: 'signup',
        url: `${app.url}/`,
        goal: 'Sign up with my name, email and password and accept the terms',
        variables: { name: { default: 'Ada' }, email: {}, password: {} },
        model: 'local',
      });
      expect(created.statusCode, created.body).toBe(201);

      // Record.
      const started = await inject('POST', '/browser-tests/signup/run', { variables: signupVars(1) });
      expect(started.statusCode, started.body).toBe(202);
      const runId = (json(started).run as { id: string }).id;
      const recorded = await server.runs.waitFor(runId);
      expect(recorded.status, JSON.stringify(recorded.summary)).toBe('completed');
      expect(recorded.summary).toMatchObject({ status: 'passed', specSaved: true, planner: 'local' });

      const detail = json(await inject('GET', '/browser-tests/signup'));
      const spec = detail.spec as { name: string; steps: { action: string }[]; variables: Json };
      expect(spec.name).toBe('signup');
      expect(spec.steps.map((s) => s.action)).toContain('check');
      expect(spec.variables.password).toEqual({ secret: true });
      expect(spec.variables.name).toEqual({ default: 'Ada' });
      const specText = await readFile(
        join(server.config.dataDir, 'browser-tests', 'signup', 'spec.json'),
        'utf8',
      );
      expect(specText).not.toContain('hunter22');

      // Events: step events, screenshots as artifact names; no secret value anywhere.
      server.runs.flushEvents();
      const events = server.store.listEvents(runId).map((e) => e.event);
      const types = new Set(events.map((e) => e.type));
      for (const type of ['step-started', 'observation', 'action', 'step-done', 'run-done'])
        expect(types).toContain(type);
      const screenshot = events.find((e) => e.type === 'observation' && e.screenshot)?.screenshot as string;
      expect(screenshot).toMatch(/^step-\d+-attempt-\d+\.png$/);
      expect(JSON.stringify(events)).not.toContain('hunter22');

      // Artifacts: listed and downloadable.
      const artifacts = json(await inject('GET', `/runs/${runId}/artifacts`)).artifacts as {
        path: string;
        bytes: number;
        url: string;
        open?: string;
      }[];
      const paths = artifacts.map((a) => a.path);
      expect(paths).toContain('report.json');
      expect(paths).toContain('trace.zip');
      // The trace comes with the command that opens it, from any folder (trace-command.test.ts runs one).
      expect(artifacts.find((a) => a.path === 'trace.zip')?.open).toMatch(
        new RegExp(` show-trace --port 0 ${join(server.config.dataDir, 'runs', runId, 'trace.zip')}$`),
      );
      expect(paths).toContain(screenshot);
      const png = await server.app.inject({
        method: 'GET',
        url: artifacts.find((a) => a.path === screenshot)!.url,
      });
      expect(png.statusCode).toBe(200);
      expect(png.headers['content-type']).toBe('image/png');
      expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
      expect(png.rawPayload.length).toBe(artifacts.find((a) => a.path === screenshot)!.bytes);
      expect(existsSync(join(server.config.dataDir, 'runs', runId, 'report.json'))).toBe(true);
      const escape = await inject(
        'GET',
        `/runs/${runId}/artifacts/..%2F..%2Fbrowser-tests%2Fsignup%2Ftest.json`,
      );
      expect(escape.statusCode).toBe(400);

      // Replay: no planner, passes.
      const replay = await inject('POST', '/browser-tests/signup/replay', { variables: signupVars(2) });
      expect(replay.statusCode, replay.body).toBe(202);
      const replayed = await server.runs.waitFor((json(replay).run as { id: string }).id);
      expect(replayed.kind).toBe('browser-replay');
      expect(replayed.status, JSON.stringify(replayed.summary)).toBe('completed');

      // The app changes; a healing replay writes spec.healed.json + diff and keeps spec.json.
      app.setVariant('v2');
      const heal = await inject('POST', '/browser-tests/signup/replay', {
        variables: signupVars(3),
        heal: true,
      });
      const healed = await server.runs.waitFor((json(heal).run as { id: string }).id);
      expect(healed.status, JSON.stringify(healed.summary)).toBe('completed');
      expect(healed.summary).toMatchObject({
        healed: { spec: 'spec.healed.json', diff: 'spec.healed.diff' },
      });
      const testDir = join(server.config.dataDir, 'browser-tests', 'signup');
      expect(await readFile(join(testDir, 'spec.json'), 'utf8')).toBe(specText);
      expect(await readFile(join(testDir, 'spec.healed.diff'), 'utf8')).toMatch(/^[-+]/m);
      expect(json(await inject('GET', '/browser-tests/signup')).healed).toEqual(['spec.healed.json']);

      // Export.
      const exported = await inject('GET', '/browser-tests/signup/export');
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toContain('text/plain');
      expect(exported.body).toContain("from '@playwright/test'");
      expect(exported.body).toContain('getByRole');
      expect(exported.body).not.toContain('hunter22');

      const history = json(await inject('GET', '/browser-tests/signup/history')).runs as { kind: string }[];
      expect(history.map((r) => r.kind)).toEqual(['browser-replay', 'browser-replay', 'browser-run']);
    },
  );

  it('stops a live replay promptly, and closes the one shared Chromium with the server', async () => {
    const started = await inject('POST', '/browser-tests/signup/replay', { variables: signupVars(4) });
    expect(started.statusCode, started.body).toBe(202);
    const stopped = await server.runs.stop((json(started).run as { id: string }).id, { graceMs: 30_000 });
    expect(stopped.status).toBe('stopped');
    // Stopped before it finished: fewer steps done than the spec has (no waiting for the replay).
    server.runs.flushEvents();
    const stepsDone = server.store.listEvents(stopped.id).filter((e) => e.event.type === 'step-done');
    const spec = json(await inject('GET', '/browser-tests/signup')).spec as { steps: unknown[] };
    expect(stepsDone.length).toBeLessThan(spec.steps.length);

    expect(launched).toHaveLength(1);
    expect(launched[0]!.isConnected()).toBe(true);
    await server.close();
    expect(launched[0]!.isConnected()).toBe(false);
  });
});
