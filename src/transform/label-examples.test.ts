import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Question } from './build/questions.ts';
import { labelExamples } from './label-examples.ts';
import { makeServiceDir, removeServiceDirs } from './testing/fixtures.ts';

afterAll(removeServiceDirs);

const EXAMPLES = [{ input: { name: 'Ada Lovelace' }, output: { last: 'Lovelace' } }];

const question = (name: string, answer: Partial<Question>): Question => ({
  input: { name },
  competing: { last: ['Smith', 'Ann Smith'] },
  candidates: [{ last: 'Smith' }, { last: 'Ann Smith' }],
  settles: 1,
  output: null,
  ...answer,
});

const examplesOf = async (dir: string) =>
  JSON.parse(await readFile(path.join(dir, 'examples.json'), 'utf8')) as {
    input: unknown;
    output: unknown;
  }[];

describe('labelExamples', () => {
  it('merges answers given here and now (a pick or an output); unanswered ones are left', async () => {
    const dir = await makeServiceDir({ 'examples.json': EXAMPLES });
    const merged = await labelExamples(dir, {
      answers: [
        question('Mary Ann Smith', { pick: 2 }),
        question('Jo Smith', { output: { last: 'Smith' } }),
        question('Lee Ann Smith', {}),
      ],
    });
    expect(merged).toMatchObject({ added: 2, remaining: 1 });
    expect((await examplesOf(dir)).slice(1).map(({ input, output }) => ({ input, output }))).toEqual([
      { input: { name: 'Mary Ann Smith' }, output: { last: 'Ann Smith' } },
      { input: { name: 'Jo Smith' }, output: { last: 'Smith' } },
    ]);
  });

  it("merges the build's questions.json and removes it once every question is answered", async () => {
    const dir = await makeServiceDir({ 'examples.json': EXAMPLES });
    const file = path.join(dir, 'questions.json');
    await writeFile(file, JSON.stringify([question('Mary Ann Smith', { pick: 1 })]));
    expect(await labelExamples(dir)).toEqual({ added: 1, remaining: 0, file });
    expect(existsSync(file)).toBe(false);
    expect(await examplesOf(dir)).toHaveLength(2);
    await expect(labelExamples(dir)).rejects.toThrow(/No questions to merge/);
  });

  it('refuses a pick that names no candidate, saying which question and which numbers exist, and merges nothing', async () => {
    const dir = await makeServiceDir({ 'examples.json': EXAMPLES });
    await expect(
      labelExamples(dir, {
        answers: [
          question('Jo Smith', { output: { last: 'Smith' } }),
          question('Mary Ann Smith', { pick: 9 }),
        ],
      }),
    ).rejects.toThrow(/question 2 .*"pick": 9.*1 to 2/);
    expect(await examplesOf(dir)).toHaveLength(1);
  });
});

describe('labelExamples and the output schema', () => {
  it("says which answers break schema.json (a picked candidate's null where a number is required), and still merges them", async () => {
    const schema = {
      type: 'object',
      properties: { sku: { type: 'string' }, grams: { type: 'integer' } },
      required: ['sku', 'grams'],
      additionalProperties: false,
    };
    const dir = await makeServiceDir({
      'examples.json': [{ input: { sku: 'K1', mass: '5 g' }, output: { sku: 'K1', grams: 5 } }],
      'schema.json': schema,
    });
    const ask = (mass: string, answer: Partial<Question>): Question => ({
      input: { sku: 'K9', mass },
      competing: {},
      candidates: [{ sku: 'K9', grams: null }],
      settles: 1,
      output: null,
      ...answer,
    });
    const merged = await labelExamples(dir, {
      answers: [ask('', { pick: 1 }), ask('2 g', { output: { sku: 'K9', grams: 2 } })],
    });
    expect(merged.added).toBe(2);
    expect(merged.breaksSchema).toHaveLength(1);
    expect(merged.breaksSchema?.[0]).toMatch(/grams/);
  });
});
