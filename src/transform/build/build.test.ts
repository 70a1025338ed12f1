import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScriptedModel } from '../../core/models/scripted-model.ts';
import { readServiceFiles } from '../service/files.ts';
import { isHumanEdited, parseTransformFile } from '../service/header.ts';
import {
  NAME_CODE_NAIVE,
  NAME_CODE_ROBUST,
  NAME_EXAMPLES,
  NAME_SCHEMA,
  fenced,
  makeServiceDir,
  removeServiceDirs,
} from '../testing/fixtures.ts';
import { buildTransform } from './build.ts';

afterAll(removeServiceDirs);

const WRONG_CODE = `export default function transform(input: Input): Output {
  const [first = '', last = ''] = input.name.split(' ');
  return { first: first.toUpperCase(), last };
}
`;

describe('buildTransform', { timeout: 180_000 }, () => {
  it('repairs a failing candidate from the failure report fed back to the model', async () => {
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': NAME_SCHEMA });
    const model = new ScriptedModel([fenced(WRONG_CODE), fenced(NAME_CODE_ROBUST)]);
    const result = await buildTransform(await readServiceFiles(dir), { model, useLocal: false });

    expect(result.status).toBe('passed');
    expect(result.attempts).toBe(2);
    expect(model.requests).toHaveLength(2);
    const firstPrompt = model.requests[0]?.messages.map((m) => m.content).join('\n') ?? '';
    expect(firstPrompt).toContain('"Ada Lovelace"');
    expect(firstPrompt).toContain('export type Output');
    const secondPrompt = model.requests[1]?.messages.map((m) => m.content).join('\n') ?? '';
    expect(secondPrompt).toContain('## Failure report: 3 logic');
    expect(secondPrompt).toContain('$.first: expected "Ada", got "ADA"');

    const written = await readFile(path.join(dir, 'transform.ts'), 'utf8');
    expect(written).toContain('@codify model=scripted:scripted attempts=2');
    expect(written).toContain('export type Input = {');
    expect(written).toContain(NAME_CODE_ROBUST.trim());
    expect(isHumanEdited(written)).toBe(false);
    expect(parseTransformFile(written).header?.examplesCount).toBe(3);

    const attempts = (await readdir(path.join(dir, '.codify', 'attempts'))).sort();
    expect(attempts).toEqual(['1', '2']);
    const firstReport = JSON.parse(await readFile(path.join(dir, '.codify/attempts/1/report.json'), 'utf8'));
    expect(firstReport.counts).toEqual({ logic: 3 });
    expect(await readFile(path.join(dir, '.codify/attempts/1/response.txt'), 'utf8')).toContain(
      'toUpperCase',
    );
    expect(await readFile(path.join(dir, '.codify/attempts/2/prompt.md'), 'utf8')).toContain(
      'Failure report',
    );
    expect(existsSync(path.join(dir, '.codify/attempts/1/candidate.ts'))).toBe(true);
  });

  it('feeds compiler errors back with positions in the code', async () => {
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': NAME_SCHEMA });
    const untyped = `export default function transform(input: Input): Output {\n  return { first: input.name.length, last: '' };\n}\n`;
    const model = new ScriptedModel([fenced(untyped), fenced(NAME_CODE_ROBUST)]);
    const result = await buildTransform(await readServiceFiles(dir), { model, useLocal: false });
    expect(result.status).toBe('passed');
    const feedback = model.requests[1]?.messages.at(-1)?.content ?? '';
    expect(feedback).toMatch(/\[type\] line 2:\d+: Type 'number' is not assignable to type 'string'/);
  });

  it('fails with the report and keeps every attempt when the budget runs out', async () => {
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': NAME_SCHEMA });
    const model = new ScriptedModel([
      fenced(WRONG_CODE),
      'I cannot do that.',
      fenced('export default function transform(input: Input): Output { throw new Error("boom"); }\n'),
    ]);
    const result = await buildTransform(await readServiceFiles(dir), {
      model,
      useLocal: false,
      maxAttempts: 3,
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toContain('budget of 3 attempt(s)');
    expect(result.reason).toContain('Failure report');
    expect(existsSync(path.join(dir, 'transform.ts'))).toBe(false);
    expect((await readdir(path.join(dir, '.codify', 'attempts'))).length).toBe(3);
    const third = JSON.parse(await readFile(path.join(dir, '.codify/attempts/3/report.json'), 'utf8'));
    expect(third.counts.execution).toBe(3);
  });

  it('stops on examples that contradict the schema and proposes a schema change without touching schema.json', async () => {
    const schema = { ...NAME_SCHEMA, properties: { first: { type: 'string' }, last: { type: 'integer' } } };
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': schema });
    // The model's revision still rejects the labels, so the local revision is proposed instead.
    const model = new ScriptedModel([
      JSON.stringify({ type: 'object', properties: { last: { type: 'number' } }, required: ['last'] }),
    ]);
    const result = await buildTransform(await readServiceFiles(dir), { model, useLocal: false });
    expect(result.status).toBe('schema-conflict');
    expect(result.schemaViolations?.[0]).toContain('example 1: at /last: must be integer');
    expect(model.requests).toHaveLength(1);
    expect(model.requests[0]?.messages.at(-1)?.content).toContain('example 1: at /last: must be integer');
    expect(result.reason).toContain("the model's revision was not usable");
    const proposed = JSON.parse(await readFile(path.join(dir, '.codify/schema.proposed.json'), 'utf8'));
    expect(proposed.properties.last).toEqual({ type: 'string' });
    expect(proposed.properties.first).toEqual({ type: 'string' });
    expect(JSON.parse(await readFile(path.join(dir, 'schema.json'), 'utf8'))).toEqual(schema);
  });

  it("proposes the model's schema revision when every label satisfies it", async () => {
    const schema = { ...NAME_SCHEMA, properties: { first: { type: 'string' }, last: { type: 'integer' } } };
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': schema });
    const revised = {
      ...NAME_SCHEMA,
      properties: { first: { type: 'string' }, last: { type: 'string', description: 'family name' } },
    };
    const model = new ScriptedModel([`\`\`\`json\n${JSON.stringify(revised)}\n\`\`\``]);
    const result = await buildTransform(await readServiceFiles(dir), { model, useLocal: false });
    expect(result.status).toBe('schema-conflict');
    expect(result.reason).toContain('by scripted:scripted');
    expect(result.usage).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(dir, '.codify/schema.proposed.json'), 'utf8'))).toEqual(
      revised,
    );
  });

  it('writes the inferred schema when the directory has only examples.json', async () => {
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES });
    const model = new ScriptedModel([fenced(NAME_CODE_ROBUST)]);
    const result = await buildTransform(await readServiceFiles(dir), { model, useLocal: false });
    expect(result.status).toBe('passed');
    const schema = JSON.parse(await readFile(path.join(dir, 'schema.json'), 'utf8'));
    expect(schema.required).toEqual(['first', 'last']);
  });

  it('keeps current code that still passes, and puts a rebuild of a hand-edited file in transform.next.ts', async () => {
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': NAME_SCHEMA });
    const model = new ScriptedModel([fenced(NAME_CODE_ROBUST)]);
    await buildTransform(await readServiceFiles(dir), { model, useLocal: false });
    const again = await buildTransform(await readServiceFiles(dir), {
      model: new ScriptedModel([]),
      useLocal: false,
    });
    expect(again.status).toBe('up-to-date');

    // A person edits the file in a way that breaks an example; the rebuild must not overwrite it.
    const file = path.join(dir, 'transform.ts');
    const edited = (await readFile(file, 'utf8'))
      .replace("?? '?'", "?? '?'")
      .replace('return { first, last };', "return { first: first + '!', last }; // tweak");
    await (await import('node:fs/promises')).writeFile(file, edited);
    expect(isHumanEdited(edited)).toBe(true);
    const rebuilt = await buildTransform(await readServiceFiles(dir), {
      model: new ScriptedModel([fenced(NAME_CODE_ROBUST)]),
      useLocal: false,
    });
    expect(rebuilt.status).toBe('passed');
    expect(rebuilt.wrote).toBe(path.join(dir, 'transform.next.ts'));
    expect(await readFile(file, 'utf8')).toBe(edited);
    expect(rebuilt.diff).toContain("-  return { first: first + '!', last }; // tweak");
    expect(existsSync(path.join(dir, 'transform.next.diff'))).toBe(true);
  });

  it('keeps a file whose only edit is a comment: the rebuild goes to transform.next.ts', async () => {
    const dir = await makeServiceDir({ 'examples.json': NAME_EXAMPLES, 'schema.json': NAME_SCHEMA });
    await buildTransform(await readServiceFiles(dir), {
      model: new ScriptedModel([fenced(NAME_CODE_NAIVE)]),
      useLocal: false,
    });
    const file = path.join(dir, 'transform.ts');
    const commented = (await readFile(file, 'utf8')).replace(
      'export default function',
      '// Names come from the signup form; one word means a mononym (see ticket 7).\nexport default function',
    );
    await (await import('node:fs/promises')).writeFile(file, commented);
    // A new example the current code throws on forces a rebuild.
    const examples = [...NAME_EXAMPLES, { input: { name: 'Cher' }, output: { first: 'Cher', last: '' } }];
    await (
      await import('node:fs/promises')
    ).writeFile(path.join(dir, 'examples.json'), JSON.stringify(examples));
    const rebuilt = await buildTransform(await readServiceFiles(dir), {
      model: new ScriptedModel([fenced(NAME_CODE_ROBUST)]),
      useLocal: false,
    });
    expect(rebuilt.status).toBe('passed');
    expect(rebuilt.wrote).toBe(path.join(dir, 'transform.next.ts'));
    expect(await readFile(file, 'utf8')).toBe(commented);
    expect(rebuilt.diff).toContain('-// Names come from the signup form');
    await rm(dir, { recursive: true, force: true });
  });
});
