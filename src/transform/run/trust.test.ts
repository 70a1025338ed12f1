import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import { loadService } from '../service.ts';
import { makeServiceDir } from '../testing/fixtures.ts';
import type { RunHandle, RunRecordResult } from './run.ts';
import { fileSource } from './sources.ts';
import { inputContractProblem, missingEverywhere, profileInputs, uncoveredShape } from './trust.ts';

async function collect(handle: RunHandle): Promise<RunRecordResult[]> {
  const results: RunRecordResult[] = [];
  for await (const result of handle) results.push(result);
  return results;
}

const LOCAL = { name: 'svc', model: 'local', settings: { qaRate: 0, qaMin: 0 } };

// Two-word names only: "second word" and "last word" both fit, so a three-word name is unsettled.
const SURNAMES = [
  { input: { id: 1, name: 'Ann Lee' }, output: { family: 'Lee' } },
  { input: { id: 2, name: 'Bo Park' }, output: { family: 'Park' } },
  { input: { id: 3, name: 'Cy Dunn' }, output: { family: 'Dunn' } },
];

const dirs: string[] = [];
async function service(files: Record<string, unknown>): Promise<string> {
  const dir = await makeServiceDir(files);
  dirs.push(dir);
  return dir;
}

describe('input profile', () => {
  const profile = profileInputs(
    [
      { input: { street: '12 Oak St', zip: '02139', qty: 2 }, output: {} },
      { input: { street: '9 Elm Rd', zip: '10001', qty: 5 }, output: {} },
    ],
    'token(input.street, " ", 1); text(input.zip).slice(0, 5); const qty = input.qty;',
  );

  it('finds a missing or renamed key and a value of another type', () => {
    expect(inputContractProblem(profile, { street: '1 A St', zip: '1', qty: 1 })).toBeNull();
    expect(inputContractProblem(profile, { Street: '1 A St', zip: '1', qty: 1 })).toMatch(
      /no "street" \(it has "Street"/,
    );
    expect(inputContractProblem(profile, { street: '1 A St', zip: '1', qty: [1] })).toMatch(
      /"qty" is an array/,
    );
    // A number written as text (a CSV cell) is still a number.
    expect(inputContractProblem(profile, { street: '1 A St', zip: '1', qty: '3' })).toBeNull();
  });

  it('finds a blank field that never was blank and characters never seen', () => {
    expect(uncoveredShape(profile, { street: '4 Pine Ave', zip: '60601', qty: 1 })).toBeNull();
    expect(uncoveredShape(profile, { street: '', zip: '60601', qty: 1 })).toMatch(/"street" is empty/);
    expect(uncoveredShape(profile, { street: '4 Wilkes-Barre Rd', zip: '1', qty: 1 })).toMatch(/"-"/);
    expect(uncoveredShape(profile, { street: '4 Oak St', zip: 'SW1A', qty: 1 })).toMatch(/"zip" has letters/);
  });

  it('does not hold an unseen shape against a value the code only copies', () => {
    const copy = profileInputs(
      [
        { input: { name: 'ann' }, output: { name: 'ann' } },
        { input: { name: 'bob' }, output: { name: 'bob' } },
      ],
      'return { name: input.name, label: text(input.name) };',
    );
    // A copy: the copy is the program meant, whatever the value's shape. (Its letter case is held
    // since one field given back as it came is that field's transform: see trust-evidence.test.ts.)
    expect(uncoveredShape(copy, { name: 'zoë-2 x' })).toBeNull();
    const split = profileInputs(
      [
        { input: { name: 'ann' }, output: { name: 'ann' } },
        { input: { name: 'bob' }, output: { name: 'bob' } },
      ],
      "return { name: text(input.name).split(' ')[0] };",
    );
    expect(uncoveredShape(split, { name: 'Zoë-2 x' })).toMatch(/"name" has/);
  });

  it('names a key every record lacks, with its look-alike', () => {
    expect(missingEverywhere(profile, [{ Street: 'x', zip: '1', qty: 1 }])).toMatch(/"street".*"Street"/);
    expect(missingEverywhere(profile, [{ street: 'x', zip: '1', qty: 1 }])).toBeNull();
  });
});

describe('runs write only what the examples settle', { timeout: 180_000 }, () => {
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('sends a record the rival programs disagree on to review, with the competing outputs', async () => {
    const dir = await service({ 'examples.json': SURNAMES, 'codify.json': LOCAL });
    const svc = await loadService(dir);
    const built = await svc.build({
      sample: [
        { id: 9, name: 'Mary Ann Smith' },
        { id: 10, name: 'Di Roe' },
      ],
    });
    expect(built.status).toBe('passed');
    expect(built.ambiguity?.ambiguous).toBe(1);
    expect(built.ambiguity?.questions[0]?.input).toEqual({ id: 9, name: 'Mary Ann Smith' });
    expect(existsSync(path.join(dir, 'questions.json'))).toBe(true);
    expect(existsSync(path.join(dir, '.codify', 'rivals.ts'))).toBe(true);

    const records = [
      { id: 4, name: 'Di Roe' },
      { id: 5, name: 'Mary Ann Smith' },
      { id: 6, name: 'Ed Fox' },
    ];
    const handle = svc.run(records);
    const results = await collect(handle);
    const summary = await handle.summary;
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const review = results[1];
    expect(review && !review.ok && review.index).toBe(1);
    expect(review && !review.ok && review.error.kind).toBe('review');
    const competing = review && !review.ok ? review.error.competing?.['family'] : undefined;
    expect(competing).toContain('Smith');
    expect(competing).toContain('Ann');
    expect(summary.recordsIn).toBe(summary.recordsOut + summary.errors);
    expect(summary.errorsByKind).toEqual({ review: 1 });

    // --trust writes it.
    const trusted = await collect(svc.run(records, { trust: true }));
    expect(trusted.every((r) => r.ok)).toBe(true);
  });

  it('sends a record where a constant copied from the examples and its reading from the input part to review; and one of an unseen shape', async () => {
    // Every training date is in March: the month is a constant "03" or the month of the date.
    const march = [
      { input: { d: '05/03/2024' }, output: { iso: '2024-03-05' } },
      { input: { d: '17/03/2023' }, output: { iso: '2023-03-17' } },
      { input: { d: '28/03/2022' }, output: { iso: '2022-03-28' } },
    ];
    const dir = await service({ 'examples.json': march, 'codify.json': LOCAL });
    const svc = await loadService(dir);
    expect((await svc.build()).status).toBe('passed');
    const records = [{ d: '09/03/2021' }, { d: '09/07/2021' }, { d: '2021-07-09' }];
    const handle = svc.run(records);
    const results = await collect(handle);
    const summary = await handle.summary;
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    const july = results[1];
    expect(july && !july.ok && july.error.kind).toBe('review');
    expect(july && !july.ok ? july.error.competing?.['iso'] : undefined).toContain('2021-07-09');
    const iso = results[2];
    expect(iso && !iso.ok && iso.error.kind).toBe('review');
    expect(summary.recordsIn).toBe(summary.recordsOut + summary.errors);
  });

  it('merges answered questions as examples, after which the record is settled', async () => {
    const dir = await service({ 'examples.json': SURNAMES, 'codify.json': LOCAL });
    const svc = await loadService(dir);
    await svc.build({ sample: [{ id: 9, name: 'Mary Ann Smith' }] });
    const file = path.join(dir, 'questions.json');
    const questions = JSON.parse(await readFile(file, 'utf8')) as { output: unknown }[];
    questions[0] = { ...questions[0], output: { family: 'Smith' } };
    await writeFile(file, JSON.stringify(questions));
    const merged = await svc.label();
    expect(merged).toMatchObject({ added: 1, remaining: 0 });
    expect(existsSync(file)).toBe(false);
    const rebuilt = await svc.build();
    expect(rebuilt.status).toBe('passed');
    const results = await collect(svc.run([{ id: 11, name: 'Eve Mae Stone' }]));
    expect(results[0]).toMatchObject({ ok: true, output: { family: 'Stone' } });
  });

  it('lets a configured model answer the questions; its answers become model-labeled examples', async () => {
    const dir = await service({ 'examples.json': SURNAMES, 'codify.json': LOCAL });
    // The local OpenAI-compatible test server plays the model (scripted answers, not a real model).
    const asked: string[] = [];
    const server = await startOpenAICompatibleServer({
      respond: (request) => {
        asked.push(JSON.stringify(request));
        return { content: '{"family": "Smith"}' };
      },
    });
    try {
      const svc = await loadService(dir, {
        model: 'auto:openai-compatible:test-model',
        modelOptions: { baseUrl: server.baseUrl, maxRetries: 0 },
      });
      const built = await svc.build({ sample: [{ id: 9, name: 'Mary Ann Smith' }] });
      const examples = JSON.parse(await readFile(path.join(dir, 'examples.json'), 'utf8')) as {
        source?: string;
        input: unknown;
        output: unknown;
      }[];
      expect(asked.length).toBe(1);
      expect(asked[0]).toContain('Mary Ann Smith');
      expect(examples.at(-1)).toMatchObject({
        source: 'model',
        input: { id: 9, name: 'Mary Ann Smith' },
        output: { family: 'Smith' },
      });
      expect(built.status).toBe('passed');
      expect(built.ambiguity?.ambiguous ?? 0).toBe(0);
      // The build says what the model answered, for a person to review.
      expect(built.modelAnswers).toMatchObject({ asked: 1, added: [examples.at(-1)], unanswered: [] });
      expect(built.modelAnswers?.usage).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('stops at the start when every record lacks a key (a renamed CSV column), never writing empty outputs', async () => {
    const examples = [
      { input: { address: '12 Oak St, Boston' }, output: { city: 'Boston' } },
      { input: { address: '9 Elm Rd, Austin' }, output: { city: 'Austin' } },
      { input: { address: '4 Pine Ave, Denver' }, output: { city: 'Denver' } },
    ];
    const dir = await service({ 'examples.json': examples, 'codify.json': LOCAL });
    const csv = path.join(dir, 'in.csv');
    await writeFile(csv, 'Address\n"1 Main St, Reno"\n"5 Bay Rd, Tampa"\n');
    const svc = await loadService(dir);
    expect((await svc.build()).status).toBe('passed');
    await expect(collect(svc.runSource(fileSource(csv, 'csv')))).rejects.toThrow(
      /every record lacks "address".*"Address"/,
    );
  });

  it('files a record missing a required key as kind input, and an unseen character as review', async () => {
    const examples = [
      { input: { address: '12 Oak St, Boston' }, output: { city: 'Boston' } },
      { input: { address: '9 Elm Rd, Austin' }, output: { city: 'Austin' } },
      { input: { address: '4 Pine Ave, Denver' }, output: { city: 'Denver' } },
    ];
    const dir = await service({ 'examples.json': examples, 'codify.json': LOCAL });
    const svc = await loadService(dir);
    expect((await svc.build()).status).toBe('passed');
    const handle = svc.run([
      { address: '1 Main St, Reno' },
      { street: '5 Bay Rd, Tampa' },
      { address: '7 Lake Dr, Wilkes-Barre' },
    ]);
    const results = await collect(handle);
    expect(results[0]).toMatchObject({ ok: true, output: { city: 'Reno' } });
    expect(results[1]).toMatchObject({ ok: false, index: 1, error: { kind: 'input' } });
    expect(results[2]).toMatchObject({ ok: false, index: 2, error: { kind: 'review' } });
    const summary = await handle.summary;
    expect(summary.errorsByKind).toEqual({ input: 1, review: 1 });
  });
});
