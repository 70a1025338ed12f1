import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodifyServer } from '../app.ts';
import { ScriptedModel } from '../../core/models/scripted-model.ts';
import { defaultSandboxFactory } from '../../transform/index.ts';
import type { SandboxFactory } from '../../transform/index.ts';
import { createGate, untilAborted } from '../testing/gate.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { createTransformRoutes, transformRoutes } from './transforms.ts';

interface ErrorResponse {
  error: { code: string; message: string; hint?: string };
}
interface RunBody {
  run: {
    id: string;
    kind: string;
    status: string;
    subjectId: string | null;
    rerunOf: string | null;
    summary: unknown;
  };
}

function json<T = Record<string, unknown>>(response: { body: string }): T {
  return JSON.parse(response.body) as T;
}

const phoneExamples = JSON.parse(
  readFileSync(new URL('../../../examples/phone-e164/examples.json', import.meta.url), 'utf8'),
) as { input: unknown; output: unknown }[];

/** Records to upload: good ones, one truncated JSON line, one record the transform cannot handle. */
const uploadLines = [
  JSON.stringify({ customer: 'Barbara Liskov', phone: '(617) 555-0100' }),
  JSON.stringify({ customer: 'Donald Knuth', phone: '650.555.0142' }),
  '{"customer": "Broken Line", "phone": "(212) 5',
  JSON.stringify({ customer: 'Frances Allen', phone: '+1 914 555 0111' }),
  JSON.stringify({ customer: 'John Backus', phone: '1-212-555-0177' }),
];

let server: CodifyServer;

beforeAll(async () => {
  server = await startTestServer({ plugins: [transformRoutes] });
});
afterAll(closeTestServers);

const api = (url: string) => `/api/v1${url}`;

async function create(name: string, extra: Record<string, unknown> = {}) {
  return server.app.inject({
    method: 'POST',
    url: api('/services'),
    payload: { name, examples: phoneExamples, ...extra },
  });
}

async function finished(runId: string) {
  const run = await server.runs.waitFor(runId);
  server.runs.flushEvents();
  return run;
}

function uploadForm(text: string, fileName: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([text], { type: 'application/octet-stream' }), fileName);
  return form;
}

describe('transform routes: services', () => {
  it('creates a service, inferring the schema when none is given, and refuses a duplicate', async () => {
    const response = await create('crud-phone', { settings: { qaMin: 1 } });
    expect(response.statusCode).toBe(201);
    const body = json<{ service: Record<string, unknown>; schemaInferred: boolean }>(response);
    expect(body.schemaInferred).toBe(true);
    expect(body.service).toMatchObject({
      name: 'crud-phone',
      config: { name: 'crud-phone', model: 'local', settings: { qaMin: 1, locked: false } },
      schemaFromFile: true,
      transform: null,
      pending: null,
    });
    expect((body.service['examples'] as unknown[]).length).toBe(phoneExamples.length);
    const dir = server.context.dataPath('services/crud-phone');
    const schema = JSON.parse(readFileSync(path.join(dir, 'schema.json'), 'utf8')) as Record<string, unknown>;
    expect(schema).toMatchObject({ type: 'object', required: ['customer', 'phone'] });

    const again = await create('crud-phone');
    expect(again.statusCode).toBe(409);
    expect(json<ErrorResponse>(again).error.code).toBe('conflict');
  });

  it('keeps a given schema and model', async () => {
    const schema = {
      type: 'object',
      properties: { customer: { type: 'string' }, phone: { type: 'string' } },
      required: ['phone'],
    };
    const response = await create('given-schema', { schema, model: 'auto' });
    expect(response.statusCode).toBe(201);
    const dir = server.context.dataPath('services/given-schema');
    expect(JSON.parse(readFileSync(path.join(dir, 'schema.json'), 'utf8'))).toEqual(schema);
    expect(JSON.parse(readFileSync(path.join(dir, 'codify.json'), 'utf8'))).toMatchObject({ model: 'auto' });
  });

  it('refuses bad bodies with a message naming the problem', async () => {
    const missing = await server.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name: 'x' },
    });
    expect(missing.statusCode).toBe(400);
    expect(json<ErrorResponse>(missing).error.message).toContain('examples');

    const unknownField = await create('unknown-field', { colour: 'red' });
    expect(unknownField.statusCode).toBe(400);
    expect(json<ErrorResponse>(unknownField).error.message).toContain('colour');

    const noOutput = await server.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name: 'no-output', examples: [{ input: { a: 1 } }] },
    });
    expect(noOutput.statusCode).toBe(400);
    expect(json<ErrorResponse>(noOutput).error.message).toContain('body.examples.0');
    expect(json<ErrorResponse>(noOutput).error.message).toContain('output');

    const empty = await server.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name: 'empty', examples: [] },
    });
    expect(empty.statusCode).toBe(400);

    const badSchema = await create('bad-schema', { schema: { type: 'no-such-type' } });
    expect(badSchema.statusCode).toBe(400);
    expect(json<ErrorResponse>(badSchema).error.message).toContain('not a valid JSON Schema');
    expect(existsSync(server.context.dataPath('services/bad-schema/examples.json'))).toBe(false);
  });

  it('refuses names that are not plain service names, traversal included', async () => {
    for (const name of ['../escape', 'UPPER', '-lead', 'a/b', 'a'.repeat(65), '.hidden', 'a\u0000b']) {
      const response = await create(name);
      expect(response.statusCode, name).toBe(400);
      expect(json<ErrorResponse>(response).error.code).toBe('bad-request');
    }
    for (const url of [
      '/services/..%2F..%2Fetc',
      '/services/..',
      '/services/%2E%2E%2Fservices',
      '/services/a%00b',
    ]) {
      const response = await server.app.inject({ method: 'GET', url: api(url) });
      // A bare ".." is resolved away by URL normalisation (no such route); the rest reach the name check.
      expect(response.statusCode, url).toBe(url === '/services/..' ? 404 : 400);
    }
    expect(existsSync(server.context.dataPath('escape'))).toBe(false);
  });

  it('answers 404 for an unknown service on every service route', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', '/services/nope'],
      ['PUT', '/services/nope', { model: 'local' }],
      ['POST', '/services/nope/infer-schema', {}],
      ['POST', '/services/nope/build', {}],
      ['POST', '/services/nope/accept'],
      ['POST', '/services/nope/accept-schema'],
      ['POST', '/services/nope/lock'],
      ['POST', '/services/nope/unlock'],
      ['GET', '/services/nope/history'],
    ];
    for (const [method, url, payload] of routes) {
      const response = await server.app.inject({
        method: method as 'GET',
        url: api(url),
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(json<ErrorResponse>(response).error.code).toBe('not-found');
    }
    const upload = await server.app.inject({
      method: 'POST',
      url: api('/services/nope/runs'),
      payload: uploadForm('{}\n', 'a.jsonl'),
    });
    expect(upload.statusCode).toBe(404);
  });

  it('updates only the fields given, and refuses an empty change', async () => {
    await create('to-update');
    const dir = server.context.dataPath('services/to-update');
    const examples = phoneExamples.slice(0, 2);
    const response = await server.app.inject({
      method: 'PUT',
      url: api('/services/to-update'),
      payload: { examples, model: 'auto', settings: { maxRebuilds: 1 } },
    });
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(readFileSync(path.join(dir, 'examples.json'), 'utf8'))).toEqual(examples);
    const config = JSON.parse(readFileSync(path.join(dir, 'codify.json'), 'utf8')) as {
      model: string;
      settings: Record<string, unknown>;
    };
    expect(config.model).toBe('auto');
    expect(config.settings).toMatchObject({ maxRebuilds: 1, maxAttempts: 5 });

    const empty = await server.app.inject({ method: 'PUT', url: api('/services/to-update'), payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(json<ErrorResponse>(empty).error.message).toBe('Nothing to change.');
    const badSetting = await server.app.inject({
      method: 'PUT',
      url: api('/services/to-update'),
      payload: { settings: { qaRate: 2 } },
    });
    expect(badSetting.statusCode).toBe(400);
    expect(json<ErrorResponse>(badSetting).error.message).toContain('qaRate');
  });

  it('sets the build time budget (settings.maxBuildTimeMs), and refuses one that is not a sane whole ms', async () => {
    await create('with-budget', { settings: { maxBuildTimeMs: 90_000 } });
    const file = server.context.dataPath('services/with-budget/codify.json');
    const settingsOf = () => (JSON.parse(readFileSync(file, 'utf8')) as { settings: object }).settings;
    expect(settingsOf()).toMatchObject({ maxBuildTimeMs: 90_000 });
    const update = await server.app.inject({
      method: 'PUT',
      url: api('/services/with-budget'),
      payload: { settings: { maxBuildTimeMs: 120_000 } },
    });
    expect(update.statusCode).toBe(200);
    expect(settingsOf()).toMatchObject({ maxBuildTimeMs: 120_000 });
    const detail = await server.app.inject({ method: 'GET', url: api('/services/with-budget') });
    expect(JSON.stringify(json(detail))).toContain('"maxBuildTimeMs":120000');

    for (const bad of [0, -5, 1.5, 25 * 60 * 60 * 1000, 'ten minutes', [1, 2]]) {
      const response = await server.app.inject({
        method: 'PUT',
        url: api('/services/with-budget'),
        payload: { settings: { maxBuildTimeMs: bad } },
      });
      expect(response.statusCode, String(bad)).toBe(400);
      expect(json<ErrorResponse>(response).error.message, String(bad)).toMatch(
        /settings\.maxBuildTimeMs must be/,
      );
    }
    const created = await create('bad-budget', { settings: { maxBuildTimeMs: 0 } });
    expect(created.statusCode).toBe(400);
    expect(existsSync(server.context.dataPath('services/bad-budget'))).toBe(false);
    expect(settingsOf()).toMatchObject({ maxBuildTimeMs: 120_000 });
  });

  it('infers a schema without saving it', async () => {
    await create('infer-me', {
      schema: { type: 'object', properties: { phone: { type: 'string' } }, additionalProperties: true },
    });
    const file = server.context.dataPath('services/infer-me/schema.json');
    const before = readFileSync(file, 'utf8');
    const fromService = await server.app.inject({
      method: 'POST',
      url: api('/services/infer-me/infer-schema'),
      payload: {},
    });
    expect(fromService.statusCode).toBe(200);
    expect(json<{ schema: Record<string, unknown> }>(fromService).schema).toMatchObject({
      type: 'object',
      required: ['customer', 'phone'],
      additionalProperties: false,
    });
    const fromBody = await server.app.inject({
      method: 'POST',
      url: api('/services/infer-me/infer-schema'),
      payload: { examples: [{ input: 1, output: { n: 1 } }] },
    });
    expect(json<{ schema: { required: string[] } }>(fromBody).schema.required).toEqual(['n']);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('lists what the files say now, after hand edits to a listed service', async () => {
    expect((await create('list-edits')).statusCode).toBe(201);
    const listed = async () => {
      const body = json<{ services: { name: string; examples: number; locked: boolean }[] }>(
        await server.app.inject({ method: 'GET', url: api('/services') }),
      );
      return body.services.find((s) => s.name === 'list-edits');
    };
    expect(await listed()).toMatchObject({ examples: phoneExamples.length, locked: false });
    const dir = path.join(server.config.dataDir, 'services', 'list-edits');
    const extra = { input: { customer: 'Grace Hopper', phone: '(202) 555-0199' }, output: null };
    writeFileSync(path.join(dir, 'examples.json'), JSON.stringify([...phoneExamples, extra]));
    const config = JSON.parse(readFileSync(path.join(dir, 'codify.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'codify.json'), JSON.stringify({ ...config, settings: { locked: true } }));
    expect(await listed()).toMatchObject({ examples: phoneExamples.length + 1, locked: true });
  });

  it('locks and unlocks a service in codify.json', async () => {
    await create('lockable');
    const file = server.context.dataPath('services/lockable/codify.json');
    const locked = await server.app.inject({ method: 'POST', url: api('/services/lockable/lock') });
    expect(json(locked)).toEqual({ name: 'lockable', locked: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ settings: { locked: true } });
    const unlocked = await server.app.inject({ method: 'POST', url: api('/services/lockable/unlock') });
    expect(json(unlocked)).toEqual({ name: 'lockable', locked: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ settings: { locked: false } });
  });

  it('shows a pending review with its diff and accepts it; 409 when nothing is pending', async () => {
    await create('review-me');
    const nothing = await server.app.inject({ method: 'POST', url: api('/services/review-me/accept') });
    expect(nothing.statusCode).toBe(409);
    const noSchema = await server.app.inject({
      method: 'POST',
      url: api('/services/review-me/accept-schema'),
    });
    expect(noSchema.statusCode).toBe(409);

    // A rebuild that found transform.ts edited by hand leaves these two files.
    const dir = server.context.dataPath('services/review-me');
    const next = 'export default function transform(input: Input): Output { return input as Output; }\n';
    writeFileSync(
      path.join(dir, 'transform.ts'),
      '// edited by a person\nexport default function transform() {}\n',
    );
    writeFileSync(path.join(dir, 'transform.next.ts'), next);
    writeFileSync(path.join(dir, 'transform.next.diff'), '--- transform.ts\n+++ transform.next.ts\n');
    const detail = await server.app.inject({ method: 'GET', url: api('/services/review-me') });
    expect(json<{ service: Record<string, unknown> }>(detail).service).toMatchObject({
      transform: { humanEdited: true },
      pending: { source: next, diff: '--- transform.ts\n+++ transform.next.ts\n' },
    });
    const accepted = await server.app.inject({ method: 'POST', url: api('/services/review-me/accept') });
    expect(accepted.statusCode).toBe(200);
    expect(json<{ service: { pending: unknown } }>(accepted).service.pending).toBeNull();
    expect(readFileSync(path.join(dir, 'transform.ts'), 'utf8')).toBe(next);
    expect(existsSync(path.join(dir, 'transform.next.ts'))).toBe(false);
  });
});

describe('transform routes: builds and runs', () => {
  it('turns a schema conflict into a run awaiting review, then accepts the proposed schema', async () => {
    const schema = {
      type: 'object',
      properties: { customer: { type: 'string' }, phone: { type: 'string', pattern: '^[0-9]+$' } },
      required: ['customer', 'phone'],
    };
    await create('conflicted', { schema });
    const started = await server.app.inject({
      method: 'POST',
      url: api('/services/conflicted/build'),
      payload: {},
    });
    expect(started.statusCode).toBe(202);
    const run = await finished(json<RunBody>(started).run.id);
    expect(run.status).toBe('awaiting-review');
    expect(run.summary).toMatchObject({ status: 'schema-conflict' });
    const detail = await server.app.inject({ method: 'GET', url: api('/services/conflicted') });
    expect(json<{ service: { proposedSchema: unknown } }>(detail).service.proposedSchema).not.toBeNull();

    const accepted = await server.app.inject({
      method: 'POST',
      url: api('/services/conflicted/accept-schema'),
    });
    expect(accepted.statusCode).toBe(200);
    const after = json<{ service: { schema: { properties: { phone: Record<string, unknown> } } } }>(accepted);
    expect(after.service.schema.properties.phone['pattern']).toBeUndefined();
  });

  it('builds with the local engine, runs an upload with a malformed line, downloads the results and reruns', async () => {
    await create('phone');
    const buildResponse = await server.app.inject({
      method: 'POST',
      url: api('/services/phone/build'),
      payload: {},
    });
    expect(buildResponse.statusCode).toBe(202);
    const buildRun = json<RunBody>(buildResponse).run;
    expect(buildRun).toMatchObject({ kind: 'transform-build', subjectId: 'service:phone' });

    // The service has a live run: a second build, an upload and an edit are refused.
    const second = await server.app.inject({
      method: 'POST',
      url: api('/services/phone/build'),
      payload: {},
    });
    expect(second.statusCode).toBe(409);
    expect(json<ErrorResponse>(second).error.code).toBe('conflict');
    const uploadDuringBuild = await server.app.inject({
      method: 'POST',
      url: api('/services/phone/runs'),
      payload: uploadForm('{}\n', 'x.jsonl'),
    });
    expect(uploadDuringBuild.statusCode).toBe(409);
    const editDuringBuild = await server.app.inject({
      method: 'PUT',
      url: api('/services/phone'),
      payload: { model: 'auto' },
    });
    expect(editDuringBuild.statusCode).toBe(409);

    const built = await finished(buildRun.id);
    expect(built.status).toBe('completed');
    expect(built.summary).toMatchObject({ status: 'passed', builtBy: 'local', wrote: 'transform.ts' });
    const buildDetail = await server.app.inject({ method: 'GET', url: api(`/runs/${buildRun.id}`) });
    const attempts = json<{ attempts: { proposer: string; status: string }[] }>(buildDetail).attempts;
    expect(attempts.length).toBeGreaterThanOrEqual(1);
    expect(attempts.at(-1)).toMatchObject({ proposer: 'local' });
    const buildEvents = server.store.listEvents(buildRun.id).map((stored) => stored.event.type);
    expect(buildEvents).toContain('attempt-started');
    expect(buildEvents).toContain('build-finished');
    expect(buildEvents.filter((type) => type === 'run-finished')).toHaveLength(1);

    const detail = await server.app.inject({ method: 'GET', url: api('/services/phone') });
    const service = json<{ service: { transform: { source: string; humanEdited: boolean } } }>(
      detail,
    ).service;
    expect(service.transform.humanEdited).toBe(false);
    expect(service.transform.source).toContain('export default function transform');
    const list = await server.app.inject({ method: 'GET', url: api('/services') });
    expect(json<{ services: Record<string, unknown>[] }>(list).services).toContainEqual(
      expect.objectContaining({ name: 'phone', built: true, humanEdited: false, liveRun: null }),
    );

    const upload = await server.app.inject({
      method: 'POST',
      url: api('/services/phone/runs'),
      payload: uploadForm(`${uploadLines.join('\n')}\n`, 'customers.jsonl'),
    });
    expect(upload.statusCode).toBe(202);
    const runRecord = json<RunBody>(upload).run;
    expect(runRecord.kind).toBe('transform-run');
    const run = await finished(runRecord.id);
    expect(run.status).toBe('completed');
    const summary = run.summary as {
      recordsIn: number;
      recordsOut: number;
      errors: number;
      errorsByKind: Record<string, number>;
    };
    expect(summary.recordsIn).toBe(uploadLines.length);
    expect(summary.recordsOut + summary.errors).toBe(summary.recordsIn);
    expect(summary.errorsByKind['parse']).toBe(1);

    const output = await server.app.inject({ method: 'GET', url: api(`/runs/${runRecord.id}/output`) });
    expect(output.statusCode).toBe(200);
    expect(output.headers['content-type']).toContain('application/x-ndjson');
    const outputs = output.body
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const errorsResponse = await server.app.inject({
      method: 'GET',
      url: api(`/runs/${runRecord.id}/errors`),
    });
    expect(errorsResponse.statusCode).toBe(200);
    const errors = errorsResponse.body
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(
        (line) =>
          JSON.parse(line) as {
            index: number;
            input: unknown;
            error: { kind: string };
          },
      );
    expect(outputs.length).toBe(summary.recordsOut);
    expect(errors.length).toBe(summary.errors);
    expect(outputs.length + errors.length).toBe(uploadLines.length);
    expect(errors).toContainEqual(
      expect.objectContaining({ index: 2, error: expect.objectContaining({ kind: 'parse' }) }),
    );
    expect(outputs).toContainEqual({ customer: 'Barbara Liskov', phone: '+16175550100' });
    const runEvents = server.store.listEvents(runRecord.id).map((stored) => stored.event.type);
    expect(runEvents).toContain('run-progress');

    // Rerun: same kind and stored input (the upload), a new run folder.
    const rerun = await server.app.inject({ method: 'POST', url: api(`/runs/${runRecord.id}/rerun`) });
    expect(rerun.statusCode).toBe(202);
    const rerunRecord = json<RunBody>(rerun).run;
    expect(rerunRecord).toMatchObject({ kind: 'transform-run', rerunOf: runRecord.id });
    const rerunDone = await finished(rerunRecord.id);
    expect(rerunDone.status).toBe('completed');
    const rerunOutput = await server.app.inject({
      method: 'GET',
      url: api(`/runs/${rerunRecord.id}/output`),
    });
    expect(rerunOutput.body).toBe(output.body);

    const history = await server.app.inject({ method: 'GET', url: api('/services/phone/history') });
    const runs = json<{ runs: { id: string; kind: string }[] }>(history).runs;
    expect(runs.map((entry) => entry.id)).toEqual([rerunRecord.id, runRecord.id, buildRun.id]);
    const limited = await server.app.inject({ method: 'GET', url: api('/services/phone/history?limit=1') });
    expect(json<{ runs: unknown[] }>(limited).runs).toHaveLength(1);

    // A build run has no output file; an unknown run is a 404 too.
    const noOutput = await server.app.inject({ method: 'GET', url: api(`/runs/${buildRun.id}/output`) });
    expect(noOutput.statusCode).toBe(404);
    const unknown = await server.app.inject({ method: 'GET', url: api('/runs/no-such-run/errors') });
    expect(unknown.statusCode).toBe(404);
  });

  it('reads CSV by extension and JSON by the format field', async () => {
    await create('formats');
    const built = await finished(
      json<RunBody>(
        await server.app.inject({ method: 'POST', url: api('/services/formats/build'), payload: {} }),
      ).run.id,
    );
    expect(built.status).toBe('completed');
    const csv = await server.app.inject({
      method: 'POST',
      url: api('/services/formats/runs'),
      payload: uploadForm('customer,phone\nAda,(415) 555-2671\nAlan,212.555.0199\n', 'people.csv'),
    });
    expect(csv.statusCode).toBe(202);
    const csvRun = await finished(json<RunBody>(csv).run.id);
    expect(csvRun.summary).toMatchObject({ recordsIn: 2, recordsOut: 2, errors: 0 });
    expect(json<RunBody>(csv).run).toMatchObject({ subjectId: 'service:formats' });

    const array = JSON.stringify([{ customer: 'Ada', phone: '(415) 555-2671' }]);
    const asJson = await server.app.inject({
      method: 'POST',
      url: api('/services/formats/runs'),
      payload: uploadForm(array, 'upload.txt', { format: 'json' }),
    });
    expect(asJson.statusCode).toBe(202);
    const jsonRun = await finished(json<RunBody>(asJson).run.id);
    expect(jsonRun.summary).toMatchObject({ recordsIn: 1, recordsOut: 1 });
  });

  it('refuses uploads without a file, with unknown fields or formats, or not multipart', async () => {
    await create('uploads');
    const cases: [FormData | Record<string, unknown>, number, string][] = [
      [
        (() => {
          const form = new FormData();
          form.append('format', 'jsonl');
          return form;
        })(),
        400,
        'has no file',
      ],
      [uploadForm('{}\n', 'a.jsonl', { colour: 'red' }), 400, 'Unknown form field "colour"'],
      [uploadForm('{}\n', 'a.jsonl', { format: 'xml' }), 400, 'Unknown input format "xml"'],
      [uploadForm('{}\n', 'a.jsonl', { frozen: 'maybe' }), 400, 'frozen'],
      [{ file: 'not multipart' }, 415, 'multipart/form-data'],
    ];
    for (const [payload, status, message] of cases) {
      const response = await server.app.inject({
        method: 'POST',
        url: api('/services/uploads/runs'),
        payload,
      });
      expect(response.statusCode, message).toBe(status);
      expect(json<ErrorResponse>(response).error.message).toContain(message);
    }
    // Refused uploads leave nothing behind.
    const { readdirSync } = await import('node:fs');
    const uploads = server.context.dataPath('uploads');
    const before = existsSync(uploads) ? readdirSync(uploads).length : 0;
    await server.app.inject({
      method: 'POST',
      url: api('/services/uploads/runs'),
      payload: uploadForm('{}\n', 'a.jsonl', { colour: 'red' }),
    });
    expect(existsSync(uploads) ? readdirSync(uploads).length : 0).toBe(before);
  });
});

describe('transform routes over real HTTP', () => {
  it('streams a multipart upload to disk and refuses one over the upload limit', async () => {
    const small = await startTestServer({ plugins: [createTransformRoutes()], maxUploadBytes: 4096 });
    const base = await small.listen();
    const created = await fetch(`${base}/api/v1/services`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'http-phone', examples: phoneExamples }),
    });
    expect(created.status).toBe(201);
    const build = (await (
      await fetch(`${base}/api/v1/services/http-phone/build`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as RunBody;
    expect((await small.runs.waitFor(build.run.id)).status).toBe('completed');

    const response = await fetch(`${base}/api/v1/services/http-phone/runs`, {
      method: 'POST',
      body: uploadForm(`${uploadLines.join('\n')}\n`, 'customers.jsonl'),
    });
    expect(response.status).toBe(202);
    const { run } = (await response.json()) as RunBody;
    const done = await small.runs.waitFor(run.id);
    expect(done.summary).toMatchObject({ recordsIn: uploadLines.length });
    const input = (done.input as { upload: string }).upload;
    expect(readFileSync(small.context.dataPath(input), 'utf8')).toBe(`${uploadLines.join('\n')}\n`);
    const output = await fetch(`${base}/api/v1/runs/${run.id}/output`);
    expect(output.status).toBe(200);
    expect((await output.text()).trim().split('\n').length).toBe(
      (done.summary as { recordsOut: number }).recordsOut,
    );

    const tooBig = await fetch(`${base}/api/v1/services/http-phone/runs`, {
      method: 'POST',
      body: uploadForm(`${uploadLines[0]}\n`.repeat(200), 'big.jsonl'),
    });
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as ErrorResponse).error.code).toBe('payload-too-large');
  });
});

describe('transform routes: recording and docs', () => {
  it("records a build's attempts and model usage from the forwarded loop events (scripted model)", async () => {
    // A test double, not a real model: its usage is marked source "scripted".
    const model = new ScriptedModel([
      {
        text: '```ts\nexport default function transform(input: Input): Output { return { double: input.a }; }\n```',
        inputTokens: 100,
        outputTokens: 20,
      },
      {
        text: '```ts\nexport default function transform(input: Input): Output { return { double: input.a * 2 }; }\n```',
        inputTokens: 150,
        outputTokens: 25,
      },
    ]);
    const scripted = await startTestServer({ plugins: [createTransformRoutes({ loadOptions: { model } })] });
    const examples = [1, 2, 5].map((a) => ({ input: { a }, output: { double: a * 2 } }));
    const created = await scripted.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name: 'doubler', examples },
    });
    expect(created.statusCode).toBe(201);
    const started = await scripted.app.inject({
      method: 'POST',
      url: api('/services/doubler/build'),
      payload: {},
    });
    const runId = json<RunBody>(started).run.id;
    const run = await scripted.runs.waitFor(runId);
    expect(run.status).toBe('completed');
    expect(run.summary).toMatchObject({ status: 'passed', attempts: 2 });
    const detail = json<{
      attempts: { status: string }[];
      usage: { calls: number; inputTokens: number; outputTokens: number };
    }>(await scripted.app.inject({ method: 'GET', url: api(`/runs/${runId}`) }));
    expect(detail.attempts.length).toBeGreaterThanOrEqual(2);
    expect(detail.usage).toMatchObject({ calls: 2, inputTokens: 250, outputTokens: 45 });
  });

  it('refuses bad build bodies and lists the routes in the OpenAPI document', async () => {
    await create('build-body');
    for (const payload of [{ maxAttempts: 0 }, { colour: 'red' }, { model: '' }]) {
      const response = await server.app.inject({
        method: 'POST',
        url: api('/services/build-body/build'),
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const document = json<{ paths: Record<string, unknown> }>(
      await server.app.inject({ method: 'GET', url: '/openapi.json' }),
    );
    for (const route of [
      '/api/v1/services',
      '/api/v1/services/{name}',
      '/api/v1/services/{name}/build',
      '/api/v1/services/{name}/runs',
      '/api/v1/runs/{id}/output',
      '/api/v1/runs/{id}/errors',
      '/api/v1/services/{name}/history',
    ]) {
      expect(document.paths, route).toHaveProperty([route]);
    }
    const health = json<{ jobKinds: string[] }>(
      await server.app.inject({ method: 'GET', url: api('/health') }),
    );
    expect(health.jobKinds).toEqual(expect.arrayContaining(['transform-build', 'transform-run']));
  });
});

describe('transform routes: stopping', () => {
  it('stops a transform run part-way; the run ends stopped and frees the service', async () => {
    const entered = createGate();
    // Holds the batch that contains a marked record until the run's signal aborts (the stop).
    const holdingFactory: SandboxFactory = async (source, options) => {
      const inner = await defaultSandboxFactory(source, options);
      return {
        run: async (records, runOptions) => {
          if (records.some((record) => typeof record === 'object' && record !== null && 'hold' in record)) {
            entered.open();
            if (runOptions?.signal) await untilAborted(runOptions.signal);
          }
          return inner.run(records, runOptions);
        },
        close: () => inner.close(),
      };
    };
    const held = await startTestServer({
      plugins: [createTransformRoutes({ loadOptions: { sandboxFactory: holdingFactory } })],
    });
    await held.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name: 'held', examples: phoneExamples },
    });
    const build = json<RunBody>(
      await held.app.inject({ method: 'POST', url: api('/services/held/build'), payload: {} }),
    );
    expect((await held.runs.waitFor(build.run.id)).status).toBe('completed');

    const records = [
      ...uploadLines.filter((line) => !line.includes('Broken')),
      JSON.stringify({ customer: 'Hold', phone: '(415) 555-2671', hold: true }),
    ];
    const upload = await held.app.inject({
      method: 'POST',
      url: api('/services/held/runs'),
      payload: uploadForm(`${records.join('\n')}\n`, 'held.jsonl'),
    });
    const runId = json<RunBody>(upload).run.id;
    await entered.promise;
    const stopped = await held.app.inject({ method: 'POST', url: api(`/runs/${runId}/stop`) });
    expect([200, 202]).toContain(stopped.statusCode);
    const run = await held.runs.waitFor(runId);
    expect(run.status).toBe('stopped');
    expect(held.runs.liveRunOf('service:held')).toBeUndefined();
    const partial = await held.app.inject({ method: 'GET', url: api(`/runs/${runId}/output`) });
    expect(partial.statusCode).toBe(200);
    // The service is free again.
    const again = await held.app.inject({ method: 'POST', url: api('/services/held/build'), payload: {} });
    expect(again.statusCode).toBe(202);
    await held.runs.waitFor(json<RunBody>(again).run.id);
  });
});
