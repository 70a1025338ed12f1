import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, RecordedRequest } from '../../../test/support/openai-server.ts';
import type { CodifyServer } from '../app.ts';
import {
  BuildSummarySchema,
  QuestionsResponse,
  RunDetailResponse,
  StartedRunResponse,
  typedRunSchema,
} from '../protocol/index.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { serviceDir } from '../transforms/service-dir.ts';
import { transformRoutes } from './transforms.ts';

/**
 * `POST /services/:name/questions/model-answers` against the local OpenAI-compatible test server:
 * its answers are scripted test data (the record's last word), never a real model's. What is
 * asserted is what codify asked, what it saved (marked model-labeled) and what it refused.
 */
const TOKEN = 'model-answers-test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const api = (url: string) => `/api/v1${url}`;
const MODEL = 'auto:openai-compatible:test-model';

const SURNAMES = [
  { input: { id: 1, name: 'Ann Lee' }, output: { family: 'Lee' } },
  { input: { id: 2, name: 'Bo Park' }, output: { family: 'Park' } },
  { input: { id: 3, name: 'Cy Dunn' }, output: { family: 'Dunn' } },
];
const SCHEMA = {
  type: 'object',
  properties: { family: { type: 'string', minLength: 1 } },
  required: ['family'],
  additionalProperties: false,
};
/** Inputs seen before (runs record them): two unsettled the same way. */
const SEEN = [
  { id: 9, name: 'Mary Ann Smith' },
  { id: 10, name: 'Di Roe' },
  { id: 11, name: 'Lee Jo Stone' },
];

/** The record a direct-answer prompt asks about (the JSON after "## Record"). */
function recordOf(request: RecordedRequest): { name: string } | null {
  const messages = (request.body as { messages: { content: string }[] }).messages;
  const match = /## Record\n```json\n(.*)\n```/.exec(messages.at(-1)?.content ?? '');
  return match?.[1] ? (JSON.parse(match[1]) as { name: string }) : null;
}

let provider: OpenAICompatibleServer;
let server: CodifyServer;
beforeAll(async () => {
  provider = await startOpenAICompatibleServer({
    respond: (request) => {
      const record = recordOf(request);
      return { content: JSON.stringify({ family: record?.name.split(' ').at(-1) ?? '' }) };
    },
  });
  server = await startTestServer({
    token: TOKEN,
    env: { CODIFY_BASE_URL: provider.baseUrl },
    plugins: [transformRoutes],
  });
});
afterAll(async () => {
  await closeTestServers();
  await provider?.close();
});

const errorOf = (response: { body: string }) =>
  (JSON.parse(response.body) as { error: { code: string; message: string; hint?: string } }).error;
const post = (url: string, payload?: object) =>
  server.app.inject({ method: 'POST', url: api(url), headers: auth, ...(payload ? { payload } : {}) });
const letModelAnswer = (name: string) => post(`/services/${name}/questions/model-answers`);
const examplesOf = (name: string) =>
  JSON.parse(readFileSync(path.join(serviceDir(server.context, name), 'examples.json'), 'utf8')) as {
    input: unknown;
    output: unknown;
    source?: string;
  }[];

/** A local service whose local build left a question open about the inputs seen. */
async function serviceWithOpenQuestion(name: string): Promise<void> {
  const created = await post('/services', { name, examples: SURNAMES, schema: SCHEMA, model: 'local' });
  expect(created.statusCode, created.body).toBe(201);
  const dir = serviceDir(server.context, name);
  mkdirSync(path.join(dir, '.codify'), { recursive: true });
  writeFileSync(
    path.join(dir, '.codify', 'potential-inputs.jsonl'),
    SEEN.map((input) => `${JSON.stringify(input)}\n`).join(''),
  );
  const started = StartedRunResponse.parse(JSON.parse((await post(`/services/${name}/build`, {})).body));
  expect((await server.runs.waitFor(started.run.id)).status).toBe('completed');
}

describe('letting the model answer the open questions', () => {
  it(
    'saves the model’s answers as model-labeled examples and rebuilds with them',
    { timeout: 120_000 },
    async () => {
      await serviceWithOpenQuestion('surnames');
      // The model is local: nothing to ask, and the reason says what to do.
      const local = await letModelAnswer('surnames');
      expect(local.statusCode).toBe(409);
      expect(errorOf(local).message).toMatch(/has no model to ask \(model: local\)/);
      expect(errorOf(local).hint).toMatch(/Answer the questions yourself/);
      expect(provider.requests).toHaveLength(0);

      const changed = await server.app.inject({
        method: 'PUT',
        url: api('/services/surnames'),
        headers: auth,
        payload: { model: MODEL },
      });
      expect(changed.statusCode, changed.body).toBe(200);
      const response = await letModelAnswer('surnames');
      expect(response.statusCode, response.body).toBe(202);
      const started = StartedRunResponse.parse(JSON.parse(response.body));
      expect(started.run).toMatchObject({
        kind: 'transform-build',
        input: { service: 'surnames', modelAnswers: true },
      });
      await server.runs.waitFor(started.run.id);
      server.runs.flushEvents();
      const detail = RunDetailResponse.parse(
        JSON.parse(
          (await server.app.inject({ method: 'GET', url: api(`/runs/${started.run.id}`), headers: auth }))
            .body,
        ),
      );
      const run = typedRunSchema('transform-build').parse(detail.run);
      expect(run.status).toBe('completed');
      expect(BuildSummarySchema.parse(run.summary).modelAnswers).toEqual({
        asked: 1,
        added: [{ input: { id: 9, name: 'Mary Ann Smith' }, output: { family: 'Smith' } }],
        unanswered: [],
      });
      expect(provider.requests.filter((r) => recordOf(r)?.name === 'Mary Ann Smith')).toHaveLength(1);
      // The model's calls count with the run.
      expect(detail.usage.calls).toBe(1);
      const examples = examplesOf('surnames');
      expect(examples).toHaveLength(4);
      expect(examples[3]).toMatchObject({
        input: { id: 9, name: 'Mary Ann Smith' },
        output: { family: 'Smith' },
        source: 'model',
      });
      const open = await server.app.inject({
        method: 'GET',
        url: api('/services/surnames/questions'),
        headers: auth,
      });
      expect(QuestionsResponse.parse(JSON.parse(open.body)).questions).toEqual([]);
      // Nothing left to ask.
      const nothing = await letModelAnswer('surnames');
      expect(nothing.statusCode).toBe(409);
      expect(errorOf(nothing).message).toMatch(/no open questions/);
    },
  );

  it(
    'rebuilds with the sample the questions came from, and asks nothing the answers settled',
    { timeout: 120_000 },
    async () => {
      const created = await post('/services', { name: 'sampled', examples: SURNAMES, schema: SCHEMA });
      expect(created.statusCode, created.body).toBe(201);
      const form = new FormData();
      form.append(
        'file',
        new Blob([SEEN.map((input) => `${JSON.stringify(input)}\n`).join('')]),
        'seen.jsonl',
      );
      const stored = await server.app.inject({
        method: 'POST',
        url: api('/services/sampled/samples'),
        headers: auth,
        payload: form,
      });
      expect(stored.statusCode, stored.body).toBe(201);
      const { upload } = (JSON.parse(stored.body) as { sample: { upload: string } }).sample;
      const build = StartedRunResponse.parse(
        JSON.parse(
          (await post('/services/sampled/build', { sample: { upload, fileName: 'seen.jsonl' } })).body,
        ),
      );
      await server.runs.waitFor(build.run.id);
      await server.app.inject({
        method: 'PUT',
        url: api('/services/sampled'),
        headers: auth,
        payload: { model: MODEL },
      });

      const response = await letModelAnswer('sampled');
      expect(response.statusCode, response.body).toBe(202);
      const started = StartedRunResponse.parse(JSON.parse(response.body));
      expect(started.run.input).toEqual({
        service: 'sampled',
        modelAnswers: true,
        sample: { upload, fileName: 'seen.jsonl' },
      });
      await server.runs.waitFor(started.run.id);
      const detail = RunDetailResponse.parse(
        JSON.parse(
          (await server.app.inject({ method: 'GET', url: api(`/runs/${started.run.id}`), headers: auth }))
            .body,
        ),
      );
      const summary = BuildSummarySchema.parse(detail.run.summary);
      expect(summary.modelAnswers?.added).toEqual([
        { input: { id: 9, name: 'Mary Ann Smith' }, output: { family: 'Smith' } },
      ]);
      // The sample is checked again: the model's answer settles both three-word names in it.
      expect(summary.sample).toMatchObject({ fileName: 'seen.jsonl', records: 3 });
      expect(summary.ambiguity).toMatchObject({ checked: 3, ambiguous: 0, questions: 0 });
    },
  );

  it(
    'lists what a configured model answered during a build with a sample',
    { timeout: 120_000 },
    async () => {
      const created = await post('/services', {
        name: 'in-build',
        examples: SURNAMES,
        schema: SCHEMA,
        model: MODEL,
      });
      expect(created.statusCode, created.body).toBe(201);
      const form = new FormData();
      form.append(
        'file',
        new Blob([SEEN.map((input) => `${JSON.stringify(input)}\n`).join('')]),
        'seen.jsonl',
      );
      const stored = await server.app.inject({
        method: 'POST',
        url: api('/services/in-build/samples'),
        headers: auth,
        payload: form,
      });
      const { upload } = (JSON.parse(stored.body) as { sample: { upload: string } }).sample;
      const build = StartedRunResponse.parse(
        JSON.parse((await post('/services/in-build/build', { sample: { upload } })).body),
      );
      await server.runs.waitFor(build.run.id);
      server.runs.flushEvents();
      const detail = RunDetailResponse.parse(
        JSON.parse(
          (await server.app.inject({ method: 'GET', url: api(`/runs/${build.run.id}`), headers: auth })).body,
        ),
      );
      expect(detail.run.status).toBe('completed');
      // The model's one call (its answer) counts with the run.
      expect(detail.usage.calls).toBe(1);
      expect(BuildSummarySchema.parse(detail.run.summary).modelAnswers).toEqual({
        asked: 1,
        added: [{ input: { id: 9, name: 'Mary Ann Smith' }, output: { family: 'Smith' } }],
        unanswered: [],
      });
      expect(examplesOf('in-build').at(-1)).toMatchObject({ source: 'model', output: { family: 'Smith' } });
    },
  );

  it('refuses a locked service and an unknown one, and needs the token', { timeout: 120_000 }, async () => {
    await serviceWithOpenQuestion('kept');
    await server.app.inject({
      method: 'PUT',
      url: api('/services/kept'),
      headers: auth,
      payload: { model: MODEL },
    });
    await post('/services/kept/lock');
    const locked = await letModelAnswer('kept');
    expect(locked.statusCode).toBe(409);
    expect(errorOf(locked).message).toMatch(/is locked/);
    expect((await letModelAnswer('nobody')).statusCode).toBe(404);
    const anonymous = await server.app.inject({
      method: 'POST',
      url: api('/services/kept/questions/model-answers'),
    });
    expect(anonymous.statusCode).toBe(401);
    expect(examplesOf('kept')).toHaveLength(3);
  });

  it('answers 409 with the reason when the model set cannot be used (its key is not set)', async () => {
    await serviceWithOpenQuestion('keyless');
    for (const model of ['openai:gpt-4.1-mini', 'auto']) {
      await server.app.inject({
        method: 'PUT',
        url: api('/services/keyless'),
        headers: auth,
        payload: { model },
      });
      const refused = await letModelAnswer('keyless');
      expect(refused.statusCode, `${model}: ${refused.body}`).toBe(409);
      expect(errorOf(refused).message).toMatch(
        model === 'auto' ? /no model to ask/ : /OPENAI_API_KEY is not set/,
      );
      expect(errorOf(refused).hint).toBeTruthy();
    }
    expect(examplesOf('keyless')).toHaveLength(3);
  });
});
