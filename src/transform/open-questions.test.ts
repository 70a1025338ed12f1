import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openQuestions } from './open-questions.ts';
import { makeServiceDir, removeServiceDirs } from './testing/fixtures.ts';

afterAll(removeServiceDirs);

const EXAMPLES = [{ input: { name: 'Ann Lee' }, output: { family: 'Lee' } }];
const question = (name: string) => ({
  input: { name },
  competing: { family: ['Smith', 'Ann'] },
  candidates: [{ family: 'Smith' }, { family: 'Ann' }],
  settles: 4,
  output: null,
});

describe('openQuestions', () => {
  it('is empty when the build wrote no questions', async () => {
    const dir = await makeServiceDir({ 'examples.json': EXAMPLES });
    expect(await openQuestions(dir)).toEqual([]);
  });

  it('lists the questions whose input is not an example yet, in the file order', async () => {
    const dir = await makeServiceDir({
      'examples.json': [...EXAMPLES, { input: { name: 'Mary Ann Smith' }, output: { family: 'Smith' } }],
      'questions.json': [question('Mary Ann Smith'), question('Lee Ann Stone'), question('Jo Di Roe')],
    });
    const open = await openQuestions(dir);
    expect(open.map((q) => q.input)).toEqual([{ name: 'Lee Ann Stone' }, { name: 'Jo Di Roe' }]);
    expect(open[0]).toMatchObject({ settles: 4, candidates: [{ family: 'Smith' }, { family: 'Ann' }] });
  });

  it('reads a hand-edited file leniently but refuses one that is not a list of questions', async () => {
    const dir = await makeServiceDir({ 'examples.json': EXAMPLES, 'questions.json': [{ input: 'x' }] });
    expect(await openQuestions(dir)).toEqual([
      { input: 'x', competing: {}, candidates: [], settles: 1, output: null },
    ]);
    await writeFile(path.join(dir, 'questions.json'), '{"input": "x"}');
    await expect(openQuestions(dir)).rejects.toThrow(/must hold a JSON array/);
    await writeFile(path.join(dir, 'questions.json'), '[{"output": 1}]');
    await expect(openQuestions(dir)).rejects.toThrow(/question 1 has no "input"/);
    await writeFile(path.join(dir, 'questions.json'), '[');
    await expect(openQuestions(dir)).rejects.toThrow(/not valid JSON/);
  });
});
