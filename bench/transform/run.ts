/**
 * Transform throughput: streams N generated records (default 1,000,000) from a JSONL file through
 * the same path `codify transform run` uses (reader → sandbox batches → schema check → JSONL out)
 * and reports records/s and peak RSS. Usage: npm run bench:transform -- [--records N] [--workers W]
 */
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadService } from '../../src/transform/service.ts';
import { fileSource } from '../../src/transform/run/sources.ts';
import { writeRecords } from './generate.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    workers: { type: 'string' },
    'batch-size': { type: 'string', default: '2000' },
  },
});
const records = Number(values.records);
if (!Number.isInteger(records) || records < 1) throw new Error('--records must be a positive integer');
const root = path.resolve(import.meta.dirname, '../..');
const work = await mkdtemp(path.join(os.tmpdir(), 'codify-bench-'));

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

try {
  const serviceDir = path.join(work, 'phone-e164');
  await mkdir(serviceDir);
  for (const file of ['examples.json', 'schema.json']) {
    await copyFile(path.join(root, 'examples/phone-e164', file), path.join(serviceDir, file));
  }
  await writeFile(
    path.join(serviceDir, 'codify.json'),
    JSON.stringify({ name: 'phone-e164', model: 'local' }),
  );
  const sandboxOptions = values.workers ? { workers: Number(values.workers) } : {};
  const service = await loadService(serviceDir, { model: 'local', sandboxOptions });
  const buildStarted = Date.now();
  const built = await service.build();
  if (built.status !== 'passed') throw new Error(`build failed: ${built.reason}`);
  const buildMs = Date.now() - buildStarted;

  const input = path.join(work, 'input.jsonl');
  const generateStarted = Date.now();
  await writeRecords(input, records);
  const generateMs = Date.now() - generateStarted;
  const inputBytes = (await stat(input)).size;

  const rssBeforeRun = process.memoryUsage().rss;
  peakRss = rssBeforeRun;
  const output = createWriteStream(path.join(work, 'output.jsonl'));
  const started = Date.now();
  const handle = service.runSource(fileSource(input, 'jsonl'), {
    frozen: true,
    batchSize: Number(values['batch-size']),
  });
  let ok = 0;
  let failed = 0;
  const rssTimelineMb: number[] = [];
  const step = Math.max(1, Math.floor(records / 10));
  let seen = 0;
  for await (const result of handle) {
    seen += 1;
    if (seen % step === 0) rssTimelineMb.push(Math.round(process.memoryUsage().rss / 1024 / 1024));
    if (result.ok) {
      ok += 1;
      if (!output.write(`${JSON.stringify(result.output)}\n`))
        await new Promise<void>((resolve) => output.once('drain', () => resolve()));
    } else {
      failed += 1;
    }
  }
  await new Promise<void>((resolve) => output.end(() => resolve()));
  const runMs = Date.now() - started;
  const summary = await handle.summary;
  clearInterval(sampler);

  const result = {
    benchmark: 'transform-run',
    at: new Date().toISOString(),
    records,
    inputBytes,
    ok,
    errors: failed,
    accounted: summary.recordsIn === records && ok + failed === records,
    runMs,
    recordsPerSecond: Math.round((records / runMs) * 1000),
    megabytesPerSecond: Number((inputBytes / 1e6 / (runMs / 1000)).toFixed(2)),
    peakRssMb: Math.round(peakRss / 1024 / 1024),
    rssBeforeRunMb: Math.round(rssBeforeRun / 1024 / 1024),
    /** RSS after each tenth of the records: flat means memory does not grow with the input. */
    rssTimelineMb,
    buildMs,
    generateMs,
    builtBy: built.builtBy,
    workers: values.workers ? Number(values.workers) : os.availableParallelism(),
    batchSize: Number(values['batch-size']),
    cpus: os.cpus().length,
    loadAverage1m: os.loadavg()[0],
    node: process.version,
  };
  console.log(
    `records:        ${records} (${(inputBytes / 1e6).toFixed(1)} MB JSONL), ${ok} ok, ${failed} errors`,
  );
  console.log(
    `throughput:     ${result.recordsPerSecond} records/s (${result.megabytesPerSecond} MB/s), ${(runMs / 1000).toFixed(1)} s`,
  );
  console.log(`peak RSS:       ${result.peakRssMb} MB (before the run: ${result.rssBeforeRunMb} MB)`);
  console.log(`RSS per tenth:  ${rssTimelineMb.join(' ')} MB`);
  console.log(
    `build (local):  ${buildMs} ms; generate input: ${generateMs} ms; load average: ${(result.loadAverage1m ?? 0).toFixed(1)}`,
  );
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  await writeFile(path.join(root, 'bench/results/transform.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('wrote bench/results/transform.json');
} finally {
  clearInterval(sampler);
  await rm(work, { recursive: true, force: true });
}
