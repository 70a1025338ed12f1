import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { CodifyServer } from '../app.ts';
import {
  BuildSummarySchema,
  QuestionsResponse,
  SampleUploadResponse,
  StartedRunResponse,
  typedRunSchema,
} from '../protocol/index.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { transformRoutes } from './transforms.ts';

/**
 * A build with a sample of the input to come, through the server: the sample is an upload the
 * server stored (`POST …/samples`, or an earlier run's input), never a path a client names.
 */
const TOKEN = 'build-sample-test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const api = (url: string) => `/api/v1${url}`;

// Two-word names only: "second word" and "last word" both fit, so three-word names are open.
const SURNAMES = [
  { input: { id: '1', name: 'Ann Lee' }, output: { family: 'Lee' } },
  { input: { id: '2', name: 'Bo Park' }, output: { family: 'Park' } },
  { input: { id: '3', name: 'Cy Dunn' }, output: { family: 'Dunn' } },
];
const SCHEMA = {
  type: 'object',
  properties: { family: { type: 'string', minLength: 1 } },
  required: ['family'],
  additionalProperties: false,
};
const SAMPLE_CSV = 'id,name\n9,Mary Ann Smith\n10,Di Roe\n11,Lee Jo Stone\n12,Ed Fox\n';

let server: CodifyServer;
beforeAll(async () => {
  server = await startTestServer({ token: TOKEN, plugins: [transformRoutes] });
});
afterAll(closeTestServers);

function described<T extends z.ZodType>(
  schema: T,
  status: number,
  response: { statusCode: number; body: string },
) {
  expect(response.statusCode, response.body).toBe(status);
  const sent = JSON.parse(response.body) as unknown;
  const parsed = schema.parse(sent);
  expect(parsed).toEqual(sent);
  return parsed as z.infer<T>;
}
const errorOf = (response: { body: string }) =>
  (JSON.parse(response.body) as { error: { code: string; message: string; hint?: string } }).error;

async function create(name: string): Promise<void> {
  const created = await server.app.inject({
    method: 'POST',
    url: api('/services'),
    headers: auth,
    payload: { name, examples: SURNAMES, schema: SCHEMA },
  });
  expect(created.statusCode, created.body).toBe(201);
}

const form = (fields: Record<string, string>, file: { text: string; name: string }) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  data.append('file', new Blob([file.text]), file.name);
  return data;
};
const upload = (name: string, payload: FormData, route = 'samples') =>
  server.app.inject({ method: 'POST', url: api(`/services/${name}/${route}`), headers: auth, payload });
const build = (name: string, payload: unknown) =>
  server.app.inject({
    method: 'POST',
    url: api(`/services/${name}/build`),
    headers: auth,
    payload: payload as object,
  });

async function buildToEnd(name: string, payload: unknown) {
  const started = described(StartedRunResponse, 202, await build(name, payload));
  await server.runs.waitFor(started.run.id);
  server.runs.flushEvents();
  const detail = await server.app.inject({
    method: 'GET',
    url: api(`/runs/${started.run.id}`),
    headers: auth,
  });
  const run = typedRunSchema('transform-build').parse((JSON.parse(detail.body) as { run: unknown }).run);
  return { status: run.status, summary: run.summary === null ? null : BuildSummarySchema.parse(run.summary) };
}

describe('building with a sample of the input', () => {
  it(
    'finds the sample inputs the examples do not settle and asks about them',
    { timeout: 120_000 },
    async () => {
      await create('surnames');
      // Without a sample the build sees no input beyond the examples: nothing to ask.
      const plain = await buildToEnd('surnames', {});
      expect(plain.summary?.status).toBe('passed');
      expect(plain.summary?.sample).toBeUndefined();
      const none = await server.app.inject({
        method: 'GET',
        url: api('/services/surnames/questions'),
        headers: auth,
      });
      expect(described(QuestionsResponse, 200, none).questions).toEqual([]);

      const stored = described(
        SampleUploadResponse,
        201,
        await upload('surnames', form({}, { text: SAMPLE_CSV, name: 'people.csv' })),
      );
      expect(stored.sample).toMatchObject({ format: 'csv', fileName: 'people.csv' });
      expect(stored.sample.upload).toMatch(/^uploads\/[0-9a-f-]{36}\/input\.csv$/);

      const run = await buildToEnd('surnames', {
        sample: { upload: stored.sample.upload, fileName: 'people.csv' },
      });
      expect(run.status).toBe('completed');
      expect(run.summary?.sample).toEqual({
        fileName: 'people.csv',
        records: 4,
        skipped: 0,
        truncated: false,
      });
      expect(run.summary?.ambiguity).toMatchObject({ checked: 4, ambiguous: 2, questions: 1 });
      expect(run.summary?.ambiguity?.byField).toEqual({ family: 2 });
      const asked = await server.app.inject({
        method: 'GET',
        url: api('/services/surnames/questions'),
        headers: auth,
      });
      const { questions } = described(QuestionsResponse, 200, asked);
      expect(questions).toHaveLength(1);
      expect(questions[0]?.input).toEqual({ id: '9', name: 'Mary Ann Smith' });
      expect(questions[0]?.settles).toBe(2);
    },
  );

  it('takes an earlier run’s input as the sample', { timeout: 120_000 }, async () => {
    await create('from-run');
    const records = [
      { id: '9', name: 'Mary Ann Smith' },
      { id: '10', name: 'Di Roe' },
    ];
    const started = described(
      StartedRunResponse,
      202,
      await upload(
        'from-run',
        form(
          { frozen: 'true' },
          { text: records.map((r) => JSON.stringify(r)).join('\n') + '\n', name: 'r.jsonl' },
        ),
        'runs',
      ),
    );
    await server.runs.waitFor(started.run.id);
    const input = started.run.input as { upload: string; fileName: string };
    const run = await buildToEnd('from-run', { sample: { upload: input.upload, fileName: input.fileName } });
    expect(run.summary?.sample).toMatchObject({ fileName: 'r.jsonl', records: 2 });
    expect(run.summary?.ambiguity?.ambiguous).toBeGreaterThanOrEqual(1);
  });

  it('never reads a file the client names: paths and URLs are 400, an unknown upload 404', async () => {
    await create('guarded');
    for (const upload of [
      '../../../etc/passwd',
      '/etc/passwd',
      'uploads/../codify.json',
      'https://example.com/records.csv',
      'uploads/0123456789abcdef0123456789abcdef0123/input.txt',
      'services/guarded/examples.json',
    ]) {
      const refused = await build('guarded', { sample: { upload } });
      expect(refused.statusCode, upload).toBe(400);
    }
    const missing = await build('guarded', {
      sample: { upload: 'uploads/01234567-89ab-cdef-0123-456789abcdef/input.csv' },
    });
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).hint).toMatch(/POST \/api\/v1\/services\/guarded\/samples/);
    // The sample upload takes the file and its format only.
    const extra = await upload('guarded', form({ frozen: 'true' }, { text: SAMPLE_CSV, name: 'p.csv' }));
    expect(extra.statusCode).toBe(400);
    expect(errorOf(extra).message).toMatch(/Unknown form field "frozen"/);
    const noFile = await server.app.inject({
      method: 'POST',
      url: api('/services/guarded/samples'),
      headers: auth,
      payload: { sample: 'x' },
    });
    expect(noFile.statusCode).toBe(415);
    const unknown = await upload('nobody', form({}, { text: SAMPLE_CSV, name: 'p.csv' }));
    expect(unknown.statusCode).toBe(404);
    const anonymous = await server.app.inject({
      method: 'POST',
      url: api('/services/guarded/samples'),
      payload: form({}, { text: SAMPLE_CSV, name: 'p.csv' }),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('passing the upload answer back as it came', () => {
  it(
    'takes the sample object POST …/samples returned (format included) as the build’s sample',
    { timeout: 120_000 },
    async () => {
      await create('as-returned');
      const stored = described(
        SampleUploadResponse,
        201,
        await upload('as-returned', form({}, { text: SAMPLE_CSV, name: 'people.csv' })),
      );
      const run = await buildToEnd('as-returned', { sample: stored.sample });
      expect(run.status).toBe('completed');
      expect(run.summary?.sample).toMatchObject({ fileName: 'people.csv', records: 4 });
    },
  );
});
