import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScriptedModel } from '../../core/models/scripted-model.ts';
import { readServiceFiles } from '../service/files.ts';
import { fenced, makeServiceDir, removeServiceDirs } from '../testing/fixtures.ts';
import { buildTransform } from './build.ts';
import type { SynthesisOptions, SynthesisResult } from './synth-adapter.ts';

afterAll(removeServiceDirs);

const EXAMPLES = [
  { input: { id: 1, review: 'Loved it, would buy again' }, output: { id: 1, sentiment: 'positive' } },
  { input: { id: 2, review: 'Broke after two days' }, output: { id: 2, sentiment: 'negative' } },
  { input: { id: 3, review: 'Works great, fast shipping' }, output: { id: 3, sentiment: 'positive' } },
];

const SCHEMA = {
  type: 'object',
  properties: { id: { type: 'integer' }, sentiment: { enum: ['positive', 'negative'] } },
  required: ['id', 'sentiment'],
  additionalProperties: false,
};

describe('the cascade (synthesizer + model)', { timeout: 180_000 }, () => {
  it('asks the model only for the fields the synthesizer could not derive and joins both parts', async () => {
    const dir = await makeServiceDir({ 'examples.json': EXAMPLES, 'schema.json': SCHEMA });
    const calls: SynthesisOptions[] = [];
    // A synthesizer double that solves `id` and delegates `sentiment`, as the real one does when
    // a field is not a function of the input's text.
    const synthesizer = (_examples: unknown, options?: SynthesisOptions): SynthesisResult => {
      calls.push(options ?? {});
      return {
        complete: false,
        code: `export default function transform(input: Input): Output {\n  return { id: input.id, ...${options?.delegateFunctionName}(input) };\n}\n`,
        solved: ['id'],
        unsolved: [{ path: 'sentiment', reason: 'not derivable from the input text' }],
        durationMs: 1,
      };
    };
    const model = new ScriptedModel([
      fenced(
        `function modelFields(input: Input): Pick<Output, 'sentiment'> {\n  return { sentiment: /broke|bad|never/i.test(input.review) ? 'negative' : 'positive' };\n}\n`,
      ),
    ]);
    const result = await buildTransform(await readServiceFiles(dir), { model, useLocal: true, synthesizer });

    expect(calls[0]?.delegateFunctionName).toBe('modelFields');
    expect(result.status).toBe('passed');
    expect(result.builtBy).toBe('model:scripted:scripted');
    const prompt = model.requests[0]?.messages.at(-1)?.content ?? '';
    expect(prompt).toContain('every field except: sentiment');
    expect(prompt).toContain('Write ONLY `function modelFields(input: Input): Pick<Output, "sentiment">`');
    const written = await readFile(path.join(dir, 'transform.ts'), 'utf8');
    expect(written).toContain('...modelFields(input)');
    expect(written).toContain('function modelFields(input: Input)');
  });

  it('uses a complete synthesized program without calling the model', async () => {
    const dir = await makeServiceDir({ 'examples.json': EXAMPLES, 'schema.json': SCHEMA });
    const model = new ScriptedModel([]);
    const synthesizer = (): SynthesisResult => ({
      complete: true,
      code: `export default function transform(input: Input): Output {\n  return { id: input.id, sentiment: input.id === 2 ? 'negative' : 'positive' };\n}\n`,
      solved: ['id', 'sentiment'],
      unsolved: [],
      durationMs: 1,
    });
    const result = await buildTransform(await readServiceFiles(dir), { model, useLocal: true, synthesizer });
    expect(result.status).toBe('passed');
    expect(result.builtBy).toBe('local');
    expect(model.requests).toHaveLength(0);
  });
});
