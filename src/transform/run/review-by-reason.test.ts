import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedQueue } from '../../core/jobs/embedded.ts';
import { checkpointPath, readCheckpoint } from './checkpoint.ts';
import { runToFiles } from '../run-to-files.ts';
import { loadService } from '../service.ts';
import { makeServiceDir, removeServiceDirs } from '../testing/fixtures.ts';
import { runChunked, transformJobHandlers } from './chunks/index.ts';
import type { RunRecordResult } from './run.ts';

/**
 * How many records a run sends to review, and why: each review row names its reason, the run's
 * summary counts them by reason (over the whole input, also after a resume or on a queue), in the
 * words the build's `Unsettled:` line uses for the same inputs.
 */
afterAll(removeServiceDirs);

// Two-word names only: "second word" and "last word" both fit, so three-word names are open.
const SURNAMES = [
  { input: { id: '1', name: 'Ann Lee' }, output: { family: 'Lee' } },
  { input: { id: '2', name: 'Bo Park' }, output: { family: 'Park' } },
  { input: { id: '3', name: 'Cy Dunn' }, output: { family: 'Dunn' } },
];
/** Records cycling through: settled, rivals disagree, an empty name (no example had one), settled. */
const record = (i: number) => {
  const kind = i % 4;
  const name =
    kind === 1 ? `Mary Ann Smith${'x'.repeat(i % 3)}` : kind === 2 ? '' : `Ed Fox${'y'.repeat(i % 5)}`;
  return { id: String(100 + i), name };
};
const RECORDS = Array.from({ length: 24 }, (_, i) => record(i));
const EXPECTED = { 'rival programs disagree': 6, 'empty input field': 6 };

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await makeServiceDir({
    'examples.json': SURNAMES,
    'codify.json': { name: 'surnames', model: 'local', settings: { qaRate: 0, qaMin: 0 } },
  });
  expect((await (await loadService(dir)).build()).status).toBe('passed');
  input = path.join(dir, 'people.jsonl');
  await writeFile(input, RECORDS.map((r) => `${JSON.stringify(r)}\n`).join(''));
}, 180_000);

const rowsOf = async (file: string) =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { index: number; error: { kind: string; reason?: string } });

describe('review rows by reason', { timeout: 180_000 }, () => {
  it('each review row names its reason, and the summary counts them as the build names them', async () => {
    const service = await loadService(dir);
    const handle = service.run(RECORDS, { frozen: true });
    const results: RunRecordResult[] = [];
    for await (const result of handle) results.push(result);
    const summary = await handle.summary;
    expect(summary.errorsByKind).toEqual({ review: 12 });
    expect(summary.reviewByReason).toEqual(EXPECTED);
    const reasons = results.map((r) => (r.ok ? null : (r.error.reason ?? 'none')));
    expect(reasons.slice(0, 4)).toEqual([null, 'rival programs disagree', 'empty input field', null]);
    // The build, given the same records as a sample, counts them in the same words (every record differs).
    const built = await service.build({ sample: RECORDS });
    expect(built.ambiguity?.reasons).toMatchObject({ unsettled: 12, byReason: EXPECTED });
  });

  it('counts over the whole input after a resume, and on a queue of chunks', async () => {
    const service = await loadService(dir);
    const outputPath = path.join(dir, 'out', 'resumed.jsonl');
    const errorsPath = path.join(dir, 'out', 'resumed.errors.jsonl');
    const controller = new AbortController();
    service.events.subscribe(({ event }) => {
      if (event.type === 'run-progress' && event.processed >= 10) controller.abort();
    });
    const files = { input, format: 'jsonl' as const, outputPath, errorsPath };
    await expect(
      runToFiles(service, {
        ...files,
        checkpointEvery: 2,
        run: { batchSize: 2, frozen: true },
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    const kept = await readCheckpoint(checkpointPath(outputPath));
    expect(kept?.records).toBeGreaterThan(0);
    expect(kept?.records).toBeLessThan(RECORDS.length);
    const resumed = await runToFiles(await loadService(dir), {
      ...files,
      resume: true,
      run: { frozen: true },
    });
    expect(resumed.resumedFromRecord).toBe(kept?.records);
    expect(resumed.reviewByReason).toEqual(EXPECTED);
    const rows = await rowsOf(errorsPath);
    expect(rows).toHaveLength(12);
    expect(rows.every((row) => row.error.kind === 'review' && row.error.reason !== undefined)).toBe(true);

    const queue = new EmbeddedQueue(transformJobHandlers, { concurrency: 2 });
    try {
      const chunked = await runChunked({
        serviceDir: dir,
        input,
        outputPath: path.join(dir, 'out', 'chunked.jsonl'),
        errorsPath: path.join(dir, 'out', 'chunked.errors.jsonl'),
        queue,
        chunkBytes: 200,
      });
      expect(chunked.reviewByReason).toEqual(EXPECTED);
    } finally {
      await queue.close();
    }
  });
});
