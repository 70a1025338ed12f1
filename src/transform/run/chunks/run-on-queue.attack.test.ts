import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedQueue } from '../../../core/jobs/embedded.ts';
import { ScriptedModel } from '../../../core/models/scripted-model.ts';
import { buildTransform } from '../../build/build.ts';
import { loadService } from '../../service.ts';
import { readServiceFiles } from '../../service/files.ts';
import {
  NAME_CODE_NAIVE,
  NAME_EXAMPLES,
  NAME_SCHEMA,
  fenced,
  makeServiceDir,
} from '../../testing/fixtures.ts';
import { fileSource } from '../sources.ts';
import { chunkRunDir, runChunked, transformJobHandlers } from './index.ts';
import { CHUNK_JOB_KIND, runChunkJob } from './chunk-job.ts';
import { splitInput } from './split.ts';

let dir: string;
let service: string;

/** Names: most split in two; every 9th has one word (the naive code throws); every 13th line is broken JSON. */
function inputLines(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i % 13 === 4
      ? `{"name": "broken ${i}"`
      : JSON.stringify({ name: i % 9 === 0 ? `Solo${i}` : `First${i} Last${i}` }),
  );
}

const readJsonl = async (file: string) =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** The same input run locally, in one process, through the service's own run loop. */
async function localRun(input: string, format: 'jsonl' | 'csv') {
  const svc = await loadService(service, { model: 'local' });
  const outputs: unknown[] = [];
  const errors: { index: number; input: unknown; kind: string; message: string }[] = [];
  for await (const result of svc.runSource(fileSource(input, format), { frozen: true })) {
    if (result.ok) outputs.push(result.output);
    else
      errors.push({
        index: result.index,
        input: result.input,
        kind: result.error.kind,
        message: result.error.message,
      });
  }
  return { outputs, errors };
}

beforeAll(async () => {
  dir = await makeServiceDir({
    'svc/examples.json': NAME_EXAMPLES,
    'svc/schema.json': NAME_SCHEMA,
    'svc/codify.json': { name: 'names', model: 'local', settings: { qaRate: 0, qaMin: 0 } },
  });
  service = path.join(dir, 'svc');
  const built = await buildTransform(await readServiceFiles(service), {
    model: new ScriptedModel([fenced(NAME_CODE_NAIVE)]),
    useLocal: false,
  });
  expect(built.status).toBe('passed');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runChunked on the embedded queue (a sandbox per chunk: seconds each)', () => {
  it('gives the same outputs, errors and global indexes as a local run, in input order', async () => {
    const input = path.join(dir, 'in.jsonl');
    await writeFile(input, `${inputLines(400).join('\n')}\n`);
    const output = path.join(dir, 'out.jsonl');
    const errorsPath = path.join(dir, 'out.errors.jsonl');
    const queue = new EmbeddedQueue(transformJobHandlers, { concurrency: 3 });
    const progress: number[] = [];
    const summary = await runChunked({
      serviceDir: service,
      input,
      outputPath: output,
      errorsPath,
      queue,
      chunkBytes: 2500,
      onEvent: (event) => {
        if (event.type === 'run-progress') progress.push(event.processed);
      },
    });
    await queue.close();
    const local = await localRun(input, 'jsonl');
    const merged = await readJsonl(output);
    const mergedErrors = (await readJsonl(errorsPath)).map((e) => ({
      index: e['index'],
      input: e['input'],
      kind: (e['error'] as { kind: string }).kind,
      message: (e['error'] as { message: string }).message,
    }));
    expect(summary.recordsIn).toBe(400);
    expect(summary.recordsIn).toBe(summary.recordsOut + summary.errors);
    expect(merged).toEqual(local.outputs);
    expect(mergedErrors).toEqual(local.errors);
    expect(local.errors.length).toBeGreaterThan(40); // Both kinds of failure took part.
    // Both planted kinds took part (records the examples do not settle may also go to review).
    expect([...new Set(mergedErrors.map((e) => e.kind))]).toEqual(expect.arrayContaining(['parse', 'throw']));
    expect(progress.at(-1)).toBe(400);
    expect(existsSync(chunkRunDir(output))).toBe(false); // Chunk files are removed after the merge.
  }, 60_000);

  it('splits CSV with quoted newlines the same way a local run reads it', async () => {
    const rows = ['name'];
    for (let i = 0; i < 120; i++)
      rows.push(
        i % 10 === 3 ? `"Multi${i}\nLine${i}"` : i % 9 === 0 ? `Solo${i}` : `"First${i} ""Q"" Last${i}"`,
      );
    const input = path.join(dir, 'in.csv');
    await writeFile(input, `${rows.join('\n')}\n`);
    const output = path.join(dir, 'csv-out.jsonl');
    const errorsPath = path.join(dir, 'csv-out.errors.jsonl');
    const queue = new EmbeddedQueue(transformJobHandlers, { concurrency: 2 });
    const summary = await runChunked({
      serviceDir: service,
      input,
      outputPath: output,
      errorsPath,
      queue,
      chunkBytes: 800,
    });
    await queue.close();
    const local = await localRun(input, 'csv');
    expect(summary.recordsIn).toBe(120);
    expect(await readJsonl(output)).toEqual(local.outputs);
    expect(
      (await readJsonl(errorsPath)).map((e) => ({
        index: e['index'],
        input: e['input'],
        kind: (e['error'] as { kind: string }).kind,
        message: (e['error'] as { message: string }).message,
      })),
    ).toEqual(local.errors);
  }, 60_000);

  it('resumes: a failed chunk fails the run, and the next run only runs the missing chunk', async () => {
    const input = path.join(dir, 'resume.jsonl');
    await writeFile(input, `${inputLines(300).join('\n')}\n`);
    const output = path.join(dir, 'resume-out.jsonl');
    const errorsPath = path.join(dir, 'resume-out.errors.jsonl');
    const chunks = await splitInput(input, { chunkBytes: 2000 });
    const flaky = new EmbeddedQueue({
      [CHUNK_JOB_KIND]: async (data, context) => {
        if ((data as { chunk: { index: number } }).chunk.index === 2)
          throw new Error('disk full (simulated)');
        return runChunkJob(data, context);
      },
    });
    await expect(
      runChunked({
        serviceDir: service,
        input,
        outputPath: output,
        errorsPath,
        queue: flaky,
        chunkBytes: 2000,
      }),
    ).rejects.toMatchObject({ code: 'chunks_failed' });
    await flaky.close();
    expect(existsSync(output)).toBe(false);

    const ran: number[] = [];
    const reused: number[] = [];
    const queue = new EmbeddedQueue(transformJobHandlers);
    const summary = await runChunked({
      serviceDir: service,
      input,
      outputPath: output,
      errorsPath,
      queue,
      chunkBytes: 2000,
      onChunk: (done, wasReused) => (wasReused ? reused : ran).push(done.chunk),
    });
    await queue.close();
    expect(ran).toEqual([2]);
    expect(reused).toHaveLength(chunks.length - 1);
    const local = await localRun(input, 'jsonl');
    expect(await readJsonl(output)).toEqual(local.outputs);
    expect(summary.recordsIn).toBe(300);
  }, 60_000);
});
