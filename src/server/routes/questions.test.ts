import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { CodifyServer } from '../app.ts';
import { LabelsResponse, QuestionsResponse } from '../protocol/index.ts';
import { createGate } from '../testing/gate.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { serviceDir, serviceSubject } from '../transforms/service-dir.ts';
import { transformRoutes } from './transforms.ts';

const TOKEN = 'questions-test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const api = (url: string) => `/api/v1${url}`;

// Two-word names only: "second word" and "last word" both fit them, so a three-word name is open.
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

/** Questions as a build writes them to questions.json. */
const question = (name: string, last: string, middle: string) => ({
  input: { name },
  competing: { family: [last, middle] },
  candidates: [{ family: last }, { family: middle }],
  settles: 3,
  output: null,
});

let server: CodifyServer;
beforeAll(async () => {
  server = await startTestServer({ token: TOKEN, plugins: [transformRoutes] });
});
afterAll(closeTestServers);

/** Parses an answer with its protocol schema and checks parsing lost nothing (the protocol names every field). */
function described<T extends z.ZodType>(
  schema: T,
  response: { statusCode: number; body: string },
): z.infer<T> {
  expect(response.statusCode, response.body).toBe(200);
  const sent = JSON.parse(response.body) as unknown;
  const parsed = schema.parse(sent);
  expect(parsed).toEqual(sent);
  return parsed;
}

function errorOf(response: { body: string }): { code: string; message: string; hint?: string } {
  return (JSON.parse(response.body) as { error: { code: string; message: string; hint?: string } }).error;
}

async function create(name: string, questions?: unknown[]): Promise<string> {
  const created = await server.app.inject({
    method: 'POST',
    url: api('/services'),
    headers: auth,
    payload: { name, examples: SURNAMES, schema: SCHEMA },
  });
  expect(created.statusCode, created.body).toBe(201);
  const dir = serviceDir(server.context, name);
  if (questions) writeFileSync(path.join(dir, 'questions.json'), JSON.stringify(questions));
  return dir;
}

const getQuestions = (name: string, headers: Record<string, string> = auth) =>
  server.app.inject({ method: 'GET', url: api(`/services/${name}/questions`), headers });
const postLabels = (name: string, answers: unknown[], headers: Record<string, string> = auth) =>
  server.app.inject({ method: 'POST', url: api(`/services/${name}/labels`), headers, payload: { answers } });
const examplesIn = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, 'examples.json'), 'utf8')) as unknown[]).length;

describe('question routes', () => {
  it(
    'asks what a real build left open, and saves the answer as an example',
    { timeout: 120_000 },
    async () => {
      const dir = await create('surnames');
      expect(described(QuestionsResponse, await getQuestions('surnames'))).toEqual({ questions: [] });
      // An input seen before that the examples do not settle (runs record such inputs here).
      mkdirSync(path.join(dir, '.codify'), { recursive: true });
      writeFileSync(
        path.join(dir, '.codify', 'potential-inputs.jsonl'),
        `${JSON.stringify({ id: 9, name: 'Mary Ann Smith' })}\n${JSON.stringify({ id: 10, name: 'Di Roe' })}\n`,
      );
      const build = await server.app.inject({
        method: 'POST',
        url: api('/services/surnames/build'),
        headers: auth,
        payload: {},
      });
      expect(build.statusCode, build.body).toBe(202);
      const run = await server.runs.waitFor((JSON.parse(build.body) as { run: { id: string } }).run.id);
      expect(run.status).toBe('completed');

      const { questions } = described(QuestionsResponse, await getQuestions('surnames'));
      expect(questions).toHaveLength(1);
      expect(questions[0]?.input).toEqual({ id: 9, name: 'Mary Ann Smith' });
      expect(questions[0]?.competing['family']).toEqual(expect.arrayContaining(['Smith', 'Ann']));
      const smith =
        questions[0]?.candidates.findIndex((c) => JSON.stringify(c) === '{"family":"Smith"}') ?? -1;
      expect(smith).toBeGreaterThanOrEqual(0);

      const saved = described(
        LabelsResponse,
        await postLabels('surnames', [{ input: questions[0]?.input, pick: smith + 1 }]),
      );
      expect(saved).toEqual({ added: 1, examples: 4, questions: [] });
      expect(examplesIn(dir)).toBe(4);
      expect(described(QuestionsResponse, await getQuestions('surnames'))).toEqual({ questions: [] });
      const detail = JSON.parse(
        (await server.app.inject({ method: 'GET', url: api('/services/surnames'), headers: auth })).body,
      ) as { service: { examples: { input: unknown; output: unknown }[] } };
      expect(detail.service.examples.at(-1)).toMatchObject({
        input: { id: 9, name: 'Mary Ann Smith' },
        output: { family: 'Smith' },
      });
    },
  );

  it('answers 400 with the reason for an output the schema refuses, and saves nothing', async () => {
    const dir = await create('bad-answer', [question('Mary Ann Smith', 'Smith', 'Ann')]);
    const wrongType = await postLabels('bad-answer', [
      { input: { name: 'Mary Ann Smith' }, output: { family: 7 } },
    ]);
    expect(wrongType.statusCode).toBe(400);
    expect(errorOf(wrongType).message).toMatch(
      /Answer 1 .*does not satisfy the output schema: at \/family: must be string/,
    );
    expect(errorOf(wrongType).hint).toMatch(/Pick one of the candidates/);
    const extraKey = await postLabels('bad-answer', [
      { input: { name: 'Mary Ann Smith' }, output: { family: 'Smith', first: 'Mary' } },
    ]);
    expect(extraKey.statusCode).toBe(400);
    expect(errorOf(extraKey).message).toMatch(/unexpected property "first"/);
    const badPick = await postLabels('bad-answer', [{ input: { name: 'Mary Ann Smith' }, pick: 5 }]);
    expect(badPick.statusCode).toBe(400);
    expect(errorOf(badPick).message).toMatch(/pick 5 is not a candidate's number/);
    // A body the protocol refuses (a pick as text) is a 400 before the handler.
    const textPick = await postLabels('bad-answer', [{ input: { name: 'Mary Ann Smith' }, pick: '1' }]);
    expect(textPick.statusCode).toBe(400);
    const noInput = await postLabels('bad-answer', [{ pick: 1 }]);
    expect(noInput.statusCode).toBe(400);
    expect(errorOf(noInput).message).toMatch(/input/);
    expect(examplesIn(dir)).toBe(3);
    expect(described(QuestionsResponse, await getQuestions('bad-answer')).questions).toHaveLength(1);
  });

  it('answers 409 for a locked service, a live run, and a question no longer open', async () => {
    const dir = await create('busy', [question('Mary Ann Smith', 'Smith', 'Ann')]);
    const answer = [{ input: { name: 'Mary Ann Smith' }, pick: 1 }];

    await server.app.inject({ method: 'POST', url: api('/services/busy/lock'), headers: auth });
    const locked = await postLabels('busy', answer);
    expect(locked.statusCode).toBe(409);
    expect(errorOf(locked).message).toMatch(/is locked/);
    expect(errorOf(locked).hint).toMatch(/unlock/);
    await server.app.inject({ method: 'POST', url: api('/services/busy/unlock'), headers: auth });

    const gate = createGate();
    const live = server.runs.start({
      kind: 'hold',
      subjectId: serviceSubject('busy'),
      job: async () => gate.promise,
    });
    const busy = await postLabels('busy', answer);
    expect(busy.statusCode).toBe(409);
    expect(errorOf(busy).message).toMatch(/run in progress/);
    gate.open();
    await server.runs.waitFor(live.id);
    expect(examplesIn(dir)).toBe(3);

    expect((await postLabels('busy', answer)).statusCode).toBe(200);
    const again = await postLabels('busy', [{ input: { name: 'Mary Ann Smith' }, pick: 2 }]);
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toMatch(/No open question/);
    expect(examplesIn(dir)).toBe(4);
  });

  it('needs the token (401 without it or with a wrong one) and 404s an unknown service', async () => {
    const dir = await create('guarded', [question('Mary Ann Smith', 'Smith', 'Ann')]);
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}x` }] as Record<string, string>[]) {
      const get = await getQuestions('guarded', headers);
      expect(get.statusCode).toBe(401);
      expect(errorOf(get).code).toBe('unauthorized');
      const post = await postLabels('guarded', [{ input: { name: 'Mary Ann Smith' }, pick: 1 }], headers);
      expect(post.statusCode).toBe(401);
    }
    expect(examplesIn(dir)).toBe(3);
    expect((await getQuestions('nobody')).statusCode).toBe(404);
    expect((await postLabels('nobody', [{ input: 1, pick: 1 }])).statusCode).toBe(404);
  });
});
