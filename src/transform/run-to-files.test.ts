import { existsSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedModel } from '../core/models/scripted-model.ts';
import type { TransformEvent } from './events.ts';
import { buildTransform } from './build/build.ts';
import { CodeChangedError, checkpointPath, readCheckpoint } from './run/checkpoint.ts';
import { checkRunResumable, runToFiles } from './run-to-files.ts';
import type { RunFiles } from './run-to-files.ts';
import { loadService } from './service.ts';
import { readServiceFiles } from './service/files.ts';
import {
  NAME_CODE_ROBUST,
  NAME_EXAMPLES,
  NAME_SCHEMA,
  fenced,
  makeServiceDir,
  removeServiceDirs,
} from './testing/fixtures.ts';

afterAll(removeServiceDirs);

const RECORDS = 40;
/** Every 7th line is not JSON, so the errors file takes part in the bookkeeping too. */
const isBroken = (i: number) => i % 7 === 3;

/** A name part per record with letters only: digits in a name are a shape the examples never had (review). */
const word = (i: number) => [...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('');

const lines = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean);

let dir: string;
let input: string;

beforeAll(async () => {
  dir = await makeServiceDir({
    'examples.json': NAME_EXAMPLES,
    'schema.json': NAME_SCHEMA,
    'codify.json': { name: 'names', model: 'local', settings: { qaRate: 0, qaMin: 0 } },
  });
  const built = await buildTransform(await readServiceFiles(dir), {
    model: new ScriptedModel([fenced(NAME_CODE_ROBUST)]),
    useLocal: false,
  });
  expect(built.status).toBe('passed');
  input = path.join(dir, 'input.jsonl');
  const text = Array.from({ length: RECORDS }, (_, i) =>
    isBroken(i) ? `{"name":` : JSON.stringify({ name: `First${word(i)} Last${word(i)}` }),
  );
  await writeFile(input, `${text.join('\n')}\n`);
}, 180_000);

function filesNamed(name: string): RunFiles {
  return {
    input,
    format: 'jsonl',
    outputPath: path.join(dir, 'out', `${name}.jsonl`),
    errorsPath: path.join(dir, 'out', `${name}.errors.jsonl`),
  };
}

/** Runs until at least `records` results are in, then stops the run as Ctrl-C or a server stop would. */
async function stoppedRun(files: RunFiles, records: number): Promise<void> {
  const service = await loadService(dir);
  const controller = new AbortController();
  service.events.subscribe(({ event }) => {
    if (event.type === 'run-progress' && event.processed >= records) controller.abort();
  });
  await expect(
    runToFiles(service, {
      ...files,
      checkpointEvery: 2,
      run: { batchSize: 2 },
      signal: controller.signal,
    }),
  ).rejects.toThrow();
}

describe('runToFiles', { timeout: 180_000 }, () => {
  it('writes outputs and error rows in input order and removes its checkpoint when done', async () => {
    const files = filesNamed('fresh');
    const summary = await runToFiles(await loadService(dir), files);
    const broken = Array.from({ length: RECORDS }, (_, i) => i).filter(isBroken);
    expect(summary.recordsIn).toBe(RECORDS);
    expect(summary.recordsOut).toBe(RECORDS - broken.length);
    expect(summary.errors).toBe(broken.length);
    expect(summary.resumedFromRecord).toBeUndefined();
    const outputs = (await lines(files.outputPath)).map((line) => JSON.parse(line) as { first: string });
    expect(outputs.map((output) => output.first)).toEqual(
      Array.from({ length: RECORDS }, (_, i) => i)
        .filter((i) => !isBroken(i))
        .map((i) => `First${word(i)}`),
    );
    const errors = (await lines(files.errorsPath)).map((line) => JSON.parse(line) as { index: number });
    expect(errors.map((row) => row.index)).toEqual(broken);
    expect(existsSync(checkpointPath(files.outputPath))).toBe(false);
  });

  it('keeps the checkpoint of a stopped run; a resume finishes it with every record once', async () => {
    const files = filesNamed('stopped');
    await stoppedRun(files, 10);
    const kept = await readCheckpoint(checkpointPath(files.outputPath));
    expect(kept?.records).toBeGreaterThan(0);
    expect(kept?.records).toBeLessThan(RECORDS);
    // A line torn by a kill after the checkpoint: the resume must cut it away.
    await appendFile(files.outputPath, '{"first":"torn');

    const service = await loadService(dir);
    const seen: TransformEvent[] = [];
    service.events.subscribe(({ event }) => seen.push(event));
    const summary = await runToFiles(service, { ...files, resume: true });
    const point = seen.find((event) => event.type === 'resume-point');
    expect(point).toMatchObject({
      checkpoint: true,
      fromRecord: kept?.records,
      recordsOut: kept?.recordsOut,
    });
    expect(summary.resumedFromRecord).toBe(kept?.records);
    // The summary counts the whole input, not only the resumed share.
    expect(summary.recordsIn).toBe(RECORDS);
    expect(summary.recordsOut + summary.errors).toBe(RECORDS);
    const fresh = filesNamed('fresh');
    expect(await readFile(files.outputPath, 'utf8')).toBe(await readFile(fresh.outputPath, 'utf8'));
    expect(await readFile(files.errorsPath, 'utf8')).toBe(await readFile(fresh.errorsPath, 'utf8'));
    expect(existsSync(checkpointPath(files.outputPath))).toBe(false);
  });

  it('resumes with no checkpoint from the first record, and says so', async () => {
    const files = filesNamed('no-checkpoint');
    const service = await loadService(dir);
    const seen: TransformEvent[] = [];
    service.events.subscribe(({ event }) => seen.push(event));
    const summary = await runToFiles(service, { ...files, resume: true });
    expect(seen.find((event) => event.type === 'resume-point')).toMatchObject({
      checkpoint: false,
      fromRecord: 0,
    });
    expect(summary.recordsIn).toBe(RECORDS);
    expect(summary.resumedFromRecord).toBeUndefined();
  });

  it('freezes a resumed run that could otherwise rebuild: the checkpoint pins the code', async () => {
    const files = filesNamed('frozen-resume');
    await stoppedRun(files, 10);
    // A model is configured, so a fresh run of this service could rebuild; the resume must not.
    const service = await loadService(dir, { model: new ScriptedModel([]) });
    expect(service.mayRegenerate()).toBe(true);
    const summary = await runToFiles(service, { ...files, resume: true });
    expect(summary.regeneration).toEqual({ enabled: false, reason: 'off: --frozen' });
    expect(summary.recordsIn).toBe(RECORDS);
  });
});

describe('checkRunResumable', { timeout: 180_000 }, () => {
  it('returns the checkpoint, null without one, and refuses changed code', async () => {
    expect(await checkRunResumable(dir, filesNamed('never-ran'))).toBeNull();
    const files = filesNamed('changed-code');
    await stoppedRun(files, 10);
    const checkpoint = await checkRunResumable(dir, files);
    expect(checkpoint?.records).toBeGreaterThan(0);
    const transform = path.join(dir, 'transform.ts');
    const code = await readFile(transform, 'utf8');
    try {
      await writeFile(transform, `${code}\n// edited\n`);
      await expect(checkRunResumable(dir, files)).rejects.toBeInstanceOf(CodeChangedError);
      await expect(runToFiles(await loadService(dir), { ...files, resume: true })).rejects.toBeInstanceOf(
        CodeChangedError,
      );
    } finally {
      await writeFile(transform, code);
    }
  });
});
