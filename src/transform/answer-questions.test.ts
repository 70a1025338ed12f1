import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnswerRejectedError, QuestionNotOpenError, answerQuestions } from './answer-questions.ts';
import { makeServiceDir, removeServiceDirs } from './testing/fixtures.ts';

afterAll(removeServiceDirs);

const EXAMPLES = [{ input: { name: 'Ann Lee' }, output: { family: 'Lee' } }];
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

async function service(): Promise<string> {
  return makeServiceDir({
    'examples.json': EXAMPLES,
    'schema.json': SCHEMA,
    'questions.json': [
      question('Mary Ann Smith', 'Smith', 'Ann'),
      question('Lee Jo Stone', 'Stone', 'Jo'),
      question('Di Mae Roe', 'Roe', 'Mae'),
    ],
  });
}

const examplesOf = async (dir: string) =>
  (
    JSON.parse(await readFile(path.join(dir, 'examples.json'), 'utf8')) as {
      input: unknown;
      output: unknown;
    }[]
  ).map(({ input, output }) => ({ input, output }));

describe('answerQuestions', () => {
  it('records a pick and a typed output as examples; the questions left stay open', async () => {
    const dir = await service();
    const result = await answerQuestions(dir, [
      { input: { name: 'Mary Ann Smith' }, pick: 1 },
      { input: { name: 'Lee Jo Stone' }, output: { family: 'Jo Stone' } },
    ]);
    expect(result.added).toBe(2);
    expect(result.examples).toBe(3);
    expect(result.open.map((q) => q.input)).toEqual([{ name: 'Di Mae Roe' }]);
    expect((await examplesOf(dir)).slice(1)).toEqual([
      { input: { name: 'Mary Ann Smith' }, output: { family: 'Smith' } },
      { input: { name: 'Lee Jo Stone' }, output: { family: 'Jo Stone' } },
    ]);
    expect(existsSync(path.join(dir, '.codify', 'answers.json'))).toBe(false);
  });

  it('rejects the lot when one answer breaks the schema, and writes nothing', async () => {
    const dir = await service();
    const rejected = answerQuestions(dir, [
      { input: { name: 'Mary Ann Smith' }, pick: 1 },
      { input: { name: 'Lee Jo Stone' }, output: { family: '' } },
    ]);
    await expect(rejected).rejects.toBeInstanceOf(AnswerRejectedError);
    await expect(rejected).rejects.toThrow(/Answer 2 .*does not satisfy the output schema: at \/family/);
    expect(await examplesOf(dir)).toHaveLength(1);
  });

  it('refuses a pick out of range, both or neither of output and pick, a null and a repeat', async () => {
    const dir = await service();
    const input = { name: 'Mary Ann Smith' };
    for (const [answers, message] of [
      [[{ input, pick: 3 }], /pick 3 is not a candidate's number \(1 to 2\)/],
      [[{ input, pick: 1, output: { family: 'Smith' } }], /exactly one of "output"/],
      [[{ input }], /exactly one of "output"/],
      [[{ input, output: null }], /null cannot be recorded/],
      [
        [
          { input, pick: 1 },
          { input, pick: 2 },
        ],
        /same question/,
      ],
      [[], /No answers/],
    ] as const) {
      await expect(answerQuestions(dir, answers), JSON.stringify(answers)).rejects.toThrow(message);
    }
    expect(await examplesOf(dir)).toHaveLength(1);
  });

  it('refuses an answer to a question that is not open (answered already, or never asked)', async () => {
    const dir = await service();
    await answerQuestions(dir, [{ input: { name: 'Mary Ann Smith' }, pick: 1 }]);
    await expect(
      answerQuestions(dir, [{ input: { name: 'Mary Ann Smith' }, pick: 2 }]),
    ).rejects.toBeInstanceOf(QuestionNotOpenError);
    await expect(answerQuestions(dir, [{ input: 'never asked', output: { family: 'X' } }])).rejects.toThrow(
      /No open question has the input "never asked"/,
    );
    expect(await examplesOf(dir)).toHaveLength(2);
  });
});
