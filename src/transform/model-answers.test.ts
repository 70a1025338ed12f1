import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer } from '../../test/support/openai-server.ts';
import type { OpenAICompatibleServer, RecordedRequest } from '../../test/support/openai-server.ts';
import { answerOpenQuestionsWithModel, NoModelToAskError } from './model-answers.ts';
import { loadService } from './service.ts';
import { makeServiceDir, removeServiceDirs } from './testing/fixtures.ts';

/**
 * The model answers a build's open questions, against the local OpenAI-compatible test server:
 * every answer it gives is scripted test data (it names the record's last word), never a real
 * model's. What is asserted is what codify asked, kept and left open.
 */
afterAll(removeServiceDirs);
const servers: OpenAICompatibleServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const EXAMPLES = [
  { input: { name: 'Ann Lee' }, output: { family: 'Lee' } },
  { input: { name: 'Bo Park' }, output: { family: 'Park' } },
];
const SCHEMA = {
  type: 'object',
  properties: { family: { type: 'string', minLength: 1 } },
  required: ['family'],
  additionalProperties: false,
};
const question = (name: string, last: string, middle: string) => ({
  input: { name },
  competing: { family: [last, middle] },
  candidates: [{ family: last }, { family: middle }],
  settles: 2,
  output: null,
});

/** The record the direct-answer prompt asks about (the JSON after "## Record"). */
function recordOf(request: RecordedRequest): { name: string } {
  const messages = (request.body as { messages: { role: string; content: string }[] }).messages;
  const prompt = messages.at(-1)?.content ?? '';
  const fenced = /## Record\n```json\n(.*)\n```/.exec(prompt);
  return JSON.parse(fenced?.[1] ?? 'null') as { name: string };
}

async function scriptedProvider(
  answer: (record: { name: string }) => string,
): Promise<OpenAICompatibleServer> {
  const server = await startOpenAICompatibleServer({
    respond: (request) => ({ content: answer(recordOf(request)) }),
  });
  servers.push(server);
  return server;
}

const examplesIn = async (dir: string) =>
  JSON.parse(await readFile(path.join(dir, 'examples.json'), 'utf8')) as {
    input: unknown;
    output: unknown;
    source?: string;
  }[];

describe('answerOpenQuestionsWithModel', () => {
  it('turns the answers that satisfy the schema into model-labeled examples; the rest stay open', async () => {
    const dir = await makeServiceDir({
      'examples.json': EXAMPLES,
      'schema.json': SCHEMA,
      'questions.json': [
        question('Mary Ann Smith', 'Smith', 'Ann'),
        question('Lee Jo Stone', 'Stone', 'Jo'),
        question('Di Ru Roe', 'Roe', 'Ru'),
      ],
    });
    // Scripted: the last word, except an empty family (the schema refuses it) for "Lee Jo Stone".
    const provider = await scriptedProvider((record) =>
      JSON.stringify({ family: record.name.startsWith('Lee') ? '' : record.name.split(' ').at(-1) }),
    );
    const service = await loadService(dir, {
      model: 'auto:openai-compatible:test-model',
      modelOptions: { baseUrl: provider.baseUrl, maxRetries: 0 },
    });
    const events: string[] = [];
    service.events.subscribe(({ event }) => events.push(event.type));

    const result = await answerOpenQuestionsWithModel(service);

    expect(result.asked).toBe(3);
    expect(provider.requests.filter((r) => r.api === 'chat.completions')).toHaveLength(3);
    expect(result.added).toEqual([
      {
        input: { name: 'Mary Ann Smith' },
        output: { family: 'Smith' },
        source: 'model',
        note: 'answered an ambiguity question',
      },
      {
        input: { name: 'Di Ru Roe' },
        output: { family: 'Roe' },
        source: 'model',
        note: 'answered an ambiguity question',
      },
    ]);
    expect(result.unanswered).toEqual([
      { input: { name: 'Lee Jo Stone' }, reason: expect.stringMatching(/broke the schema/) as unknown },
    ]);
    expect(result.usage).toHaveLength(3);
    expect(result.open.map((q) => q.input)).toEqual([{ name: 'Lee Jo Stone' }]);
    const examples = await examplesIn(dir);
    expect(examples).toHaveLength(4);
    expect(examples.slice(2).every((example) => example.source === 'model')).toBe(true);
    expect(events).toContain('model-answers');
  });

  it('asks nothing and changes nothing when no question is open', async () => {
    const dir = await makeServiceDir({ 'examples.json': EXAMPLES, 'schema.json': SCHEMA });
    const provider = await scriptedProvider(() => '{"family": "X"}');
    const service = await loadService(dir, {
      model: 'openai-compatible:test-model',
      modelOptions: { baseUrl: provider.baseUrl, maxRetries: 0 },
    });
    const result = await answerOpenQuestionsWithModel(service);
    expect(result).toMatchObject({ asked: 0, added: [], unanswered: [], open: [] });
    expect(provider.requests).toHaveLength(0);
    expect(await examplesIn(dir)).toEqual(EXAMPLES);
  });

  it('refuses a service whose model is local, with what to do instead', async () => {
    const dir = await makeServiceDir({
      'examples.json': EXAMPLES,
      'schema.json': SCHEMA,
      'questions.json': [question('Mary Ann Smith', 'Smith', 'Ann')],
    });
    const service = await loadService(dir, { model: 'local' });
    const refused = answerOpenQuestionsWithModel(service);
    await expect(refused).rejects.toBeInstanceOf(NoModelToAskError);
    await expect(refused).rejects.toMatchObject({
      hint: expect.stringMatching(/Answer them yourself/) as unknown,
    });
    expect(await examplesIn(dir)).toEqual(EXAMPLES);
  });
});
