import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createModel } from '../../core/models/index.ts';
import { ScriptedModel } from '../../core/models/scripted-model.ts';
import { startOpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import type { OpenAICompatibleServer } from '../../../test/support/openai-server.ts';
import { buildTransform } from '../build/build.ts';
import { loadService } from '../service.ts';
import { readServiceFiles } from '../service/files.ts';
import {
  NAME_CODE_NAIVE,
  NAME_CODE_ROBUST,
  NAME_EXAMPLES,
  NAME_SCHEMA,
  fenced,
  makeServiceDir,
  removeServiceDirs,
} from '../testing/fixtures.ts';
import { runService } from './run.ts';
import type { RunHandle, RunRecordResult } from './run.ts';
import { valuesSource } from './sources.ts';

afterAll(removeServiceDirs);

async function collect(handle: RunHandle): Promise<RunRecordResult[]> {
  const results: RunRecordResult[] = [];
  for await (const result of handle) results.push(result);
  return results;
}

/** A service whose transform.ts is the naive splitter (throws on one-word names). */
async function naiveService(settings: Record<string, unknown> = {}): Promise<string> {
  const dir = await makeServiceDir({
    'examples.json': NAME_EXAMPLES,
    'schema.json': NAME_SCHEMA,
    'codify.json': { name: 'names', model: 'local', settings: { qaRate: 0, qaMin: 0, ...settings } },
  });
  const built = await buildTransform(await readServiceFiles(dir), {
    model: new ScriptedModel([fenced(NAME_CODE_NAIVE)]),
    useLocal: false,
  });
  expect(built.status).toBe('passed');
  return dir;
}

const NAMES = ['Ada Lovelace', 'Mary Ann Evans', 'Alan Turing', 'Cher', 'Grace Hopper', 'Edsger Dijkstra'];

// Each case starts sandboxes and builds; generous limits keep a loaded machine from failing them.
describe('runService', { timeout: 180_000 }, () => {
  let server: OpenAICompatibleServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('rebuilds when a record of a new shape throws, and every output comes from the final code', async () => {
    const dir = await naiveService();
    server = await startOpenAICompatibleServer({ respond: () => ({ content: fenced(NAME_CODE_ROBUST) }) });
    const model = createModel('openai-compatible:test-model', { baseUrl: server.baseUrl, maxRetries: 0 });
    expect(model).not.toBeNull();
    const service = await loadService(dir, { model: model ?? undefined });
    const events: string[] = [];
    service.events.subscribe(({ event }) => events.push(event.type));

    const handle = service.run(
      NAMES.map((name) => ({ name })),
      { batchSize: 2 },
    );
    const results = await collect(handle);
    const summary = await handle.summary;

    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.every((r) => r.ok)).toBe(true);
    // The naive code gave "Ann" in the first pass; the final code keeps both words.
    expect(results[1]).toEqual({ index: 1, ok: true, output: { first: 'Mary', last: 'Ann Evans' } });
    expect(results[3]).toEqual({ index: 3, ok: true, output: { first: 'Cher', last: '' } });
    expect(summary).toMatchObject({ recordsIn: 6, recordsOut: 6, errors: 0, rebuilds: 1, passes: 2 });
    expect(summary.modelCalls).toBe(1);
    expect(events).toContain('rebuild');

    // The record that broke the code is kept as a potential input and was shown to the model.
    const potential = await readFile(path.join(dir, '.codify/potential-inputs.jsonl'), 'utf8');
    expect(potential).toContain('{"name":"Cher"}');
    const prompt = JSON.stringify(server.requests[0]?.body);
    expect(prompt).toContain('Cher');
    expect(prompt).toContain('Current code');
    expect(await readFile(path.join(dir, 'transform.ts'), 'utf8')).toContain("words.slice(1).join(' ')");
  });

  it('replays a one-shot async iterable from its spool when a rebuild restarts the run', async () => {
    const dir = await naiveService();
    const model = new ScriptedModel([fenced(NAME_CODE_ROBUST)]);
    const service = await loadService(dir, { model });
    let pulled = 0;
    async function* once() {
      for (const name of NAMES) {
        pulled += 1;
        yield { name };
      }
    }
    const handle = service.run(once(), { batchSize: 2 });
    const results = await collect(handle);
    const summary = await handle.summary;
    expect(pulled).toBe(NAMES.length); // the live iterator was read once; the restart used the spool
    expect(summary.passes).toBe(2);
    expect(results.map((r) => r.ok && r.output)).toEqual([
      { first: 'Ada', last: 'Lovelace' },
      { first: 'Mary', last: 'Ann Evans' },
      { first: 'Alan', last: 'Turing' },
      { first: 'Cher', last: '' },
      { first: 'Grace', last: 'Hopper' },
      { first: 'Edsger', last: 'Dijkstra' },
    ]);
  });

  it('stops a pass early once enough records failed, drops the batch in flight, and restarts', async () => {
    const dir = await naiveService();
    const model = new ScriptedModel([fenced(NAME_CODE_ROBUST)]);
    const names = [...NAMES, 'Prince', 'Linus Torvalds', 'Ken Thompson', 'Dennis Ritchie'];
    const handle = runService({
      files: await readServiceFiles(dir),
      source: valuesSource(names.map((name) => ({ name }))),
      model,
      useLocal: false,
      batchSize: 2,
      failuresBeforeRebuild: 1,
    });
    const results = await collect(handle);
    const summary = await handle.summary;
    expect(results.map((r) => r.index)).toEqual(names.map((_, i) => i));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(summary).toMatchObject({ recordsIn: 10, recordsOut: 10, errors: 0, rebuilds: 1, passes: 2 });
    expect(results[6]).toEqual({ index: 6, ok: true, output: { first: 'Prince', last: '' } });
  });

  it('with --frozen never regenerates: failures go to errors, outputs stream from the current code', async () => {
    const dir = await naiveService();
    const model = new ScriptedModel([]);
    const service = await loadService(dir, { model });
    const handle = service.run(
      NAMES.map((name) => ({ name })),
      { frozen: true },
    );
    const results = await collect(handle);
    const summary = await handle.summary;
    expect(model.requests).toHaveLength(0);
    expect(results).toHaveLength(6);
    expect(results[3]).toMatchObject({
      index: 3,
      ok: false,
      input: { name: 'Cher' },
      error: { kind: 'throw' },
    });
    expect(results[3]?.ok === false && results[3].error.message).toContain('expected two words');
    // "Mary Ann Evans" is cut at spaces into three words where every example had two: the naive
    // code's "Ann" is not written but sent to review.
    expect(results[1]).toMatchObject({ index: 1, ok: false, error: { kind: 'review' } });
    expect(summary).toMatchObject({ recordsIn: 6, recordsOut: 4, errors: 2, rebuilds: 0 });
    expect(summary.regeneration).toEqual({ enabled: false, reason: 'off: --frozen' });
  });

  it('honours "locked": true in codify.json the same way', async () => {
    const dir = await naiveService({ locked: true });
    const model = new ScriptedModel([]);
    const service = await loadService(dir, { model });
    const handle = service.run(NAMES.map((name) => ({ name })));
    await collect(handle);
    const summary = await handle.summary;
    expect(summary.errors).toBe(2); // Cher throws; Mary Ann Evans goes to review
    expect(summary.regeneration.reason).toContain('locked');
    expect(model.requests).toHaveLength(0);
  });

  it('with the local engine turns QA off and says so', async () => {
    const dir = await naiveService({ qaRate: 0.5, qaMin: 3 });
    const service = await loadService(dir, { model: 'local' });
    const handle = service.run(NAMES.map((name) => ({ name })));
    const results = await collect(handle);
    const summary = await handle.summary;
    expect(results).toHaveLength(6);
    expect(summary.qa.enabled).toBe(false);
    expect(summary.qa.reason).toContain('no oracle');
    expect(summary.regeneration.enabled).toBe(false);
  });

  it('turns a QA disagreement into a model-labeled example, rebuilds and reports it', async () => {
    // `trust`: the gate would send "Mary Ann Evans" (three words; the examples had two) to review
    // before QA sees it, and this case is about what QA does with a wrong written output.
    const dir = await naiveService({ qaRate: 0, qaMin: 2, trust: true });
    // Calls: QA record 0 (agrees), QA record 1 (disagrees: the model keeps both last names),
    // then the rebuild, which the robust code passes.
    const model = new ScriptedModel([
      { object: { first: 'Ada', last: 'Lovelace' } },
      JSON.stringify({ first: 'Mary', last: 'Ann Evans' }),
      fenced(NAME_CODE_ROBUST),
    ]);
    const service = await loadService(dir, { model });
    const handle = service.run(
      NAMES.filter((n) => n !== 'Cher').map((name) => ({ name })),
      { batchSize: 10 },
    );
    const results = await collect(handle);
    const summary = await handle.summary;
    expect(summary.qa.checked).toBe(2);
    expect(summary.qa.disagreements).toEqual([
      {
        index: 1,
        input: { name: 'Mary Ann Evans' },
        code: { first: 'Mary', last: 'Ann' },
        model: { first: 'Mary', last: 'Ann Evans' },
      },
    ]);
    expect(summary.rebuilds).toBe(1);
    expect(results[1]).toEqual({ index: 1, ok: true, output: { first: 'Mary', last: 'Ann Evans' } });
    const examples = JSON.parse(await readFile(path.join(dir, 'examples.json'), 'utf8'));
    expect(examples).toHaveLength(4);
    expect(examples[3]).toMatchObject({
      input: { name: 'Mary Ann Evans' },
      output: { first: 'Mary', last: 'Ann Evans' },
      source: 'model',
    });
    const rebuildPrompt = model.requests[2]?.messages.map((m) => m.content).join('\n') ?? '';
    expect(rebuildPrompt).toContain('"labeledBy": "model"');
  });

  it('sends what still fails after the rebuild budget to errors', async () => {
    const dir = await naiveService({ maxAttempts: 1 });
    // The "repair" still throws on one-word names: the rebuild fails, and the run finishes with the old code.
    const model = new ScriptedModel([fenced(NAME_CODE_NAIVE)]);
    const service = await loadService(dir, { model });
    const handle = service.run(NAMES.map((name) => ({ name })));
    const results = await collect(handle);
    const summary = await handle.summary;
    expect(results).toHaveLength(6);
    // Cher still throws; Mary Ann Evans (three words where the examples had two) goes to review.
    expect(results.filter((r) => !r.ok).map((r) => r.index)).toEqual([1, 3]);
    expect(summary).toMatchObject({ recordsIn: 6, recordsOut: 4, errors: 2, rebuilds: 1 });
  });
});
