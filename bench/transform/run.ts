/**
 * Transform throughput and memory: streams N generated records (default 1,000,000) from a JSONL
 * file through the same path `codify transform run` uses (reader → sandbox batches → schema check
 * → JSONL out) and reports records/s and RSS. The run happens in a fresh child process, as a user's
 * `codify transform run` would: its RSS is the run's own, not the build's or the generator's.
 *
 * Usage: npm run bench:transform -- [--records N] [--bytes B --record-bytes R] [--workers W]
 *        [--batch-size S] [--out FILE]
 *   --bytes B        make the input about B bytes (e.g. 2e9 for 2 GB) instead of --records
 *   --record-bytes R pad each record with a `note` field to about R bytes (default: unpadded,
 *                    about 54 bytes)
 *   --out FILE       result file under bench/results/ (default transform.json)
 */
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { writeRecords } from './generate.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string' },
    bytes: { type: 'string' },
    'record-bytes': { type: 'string', default: '0' },
    workers: { type: 'string' },
    'batch-size': { type: 'string', default: '2000' },
    out: { type: 'string', default: 'transform.json' },
    // Internal: run the service over --input in this process and print the result as JSON.
    phase: { type: 'string' },
    'service-dir': { type: 'string' },
    input: { type: 'string' },
    output: { type: 'string' },
  },
});

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** What the child process measures of its own run. */
interface RunPhaseResult {
  ok: number;
  errors: number;
  recordsIn: number;
  runMs: number;
  /** RSS when the process started (bare Node plus this script). */
  rssAtStartMb: number;
  /** RSS once the transform code is loaded, before the sandbox starts. */
  rssLoadedMb: number;
  /** RSS when the first result came out: workers started, first batch done. */
  rssAtFirstRecordMb: number;
  peakRssMb: number;
  /** RSS after each tenth of the records: flat means memory does not grow with the input. */
  rssTimelineMb: number[];
}

async function runPhase(): Promise<RunPhaseResult> {
  const rssAtStart = process.memoryUsage().rss;
  let peakRss = rssAtStart;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  try {
    const { loadService } = await import('../../src/transform/service.ts');
    const { fileSource } = await import('../../src/transform/run/sources.ts');
    const serviceDir = values['service-dir'] ?? '';
    const sandboxOptions = values.workers ? { workers: Number(values.workers) } : {};
    const service = await loadService(serviceDir, { model: 'local', sandboxOptions });
    const rssLoaded = process.memoryUsage().rss;
    const expected = Number(values.records);
    const output = createWriteStream(values.output ?? '');
    const started = Date.now();
    const handle = service.runSource(fileSource(values.input ?? '', 'jsonl'), {
      frozen: true,
      batchSize: Number(values['batch-size']),
    });
    let ok = 0;
    let errors = 0;
    let rssAtFirstRecord = 0;
    const rssTimelineMb: number[] = [];
    const step = Math.max(1, Math.floor(expected / 10));
    let seen = 0;
    for await (const result of handle) {
      seen += 1;
      if (seen === 1) rssAtFirstRecord = process.memoryUsage().rss;
      if (seen % step === 0) rssTimelineMb.push(mb(process.memoryUsage().rss));
      if (result.ok) {
        ok += 1;
        if (!output.write(`${JSON.stringify(result.output)}\n`))
          await new Promise<void>((resolve) => output.once('drain', () => resolve()));
      } else {
        errors += 1;
      }
    }
    await new Promise<void>((resolve) => output.end(() => resolve()));
    const runMs = Date.now() - started;
    const summary = await handle.summary;
    return {
      ok,
      errors,
      recordsIn: summary.recordsIn,
      runMs,
      rssAtStartMb: mb(rssAtStart),
      rssLoadedMb: mb(rssLoaded),
      rssAtFirstRecordMb: mb(rssAtFirstRecord),
      peakRssMb: mb(Math.max(peakRss, process.memoryUsage().rss)),
      rssTimelineMb,
    };
  } finally {
    clearInterval(sampler);
  }
}

if (values.phase === 'run') {
  const result = await runPhase();
  process.stdout.write(`\n@@RESULT ${JSON.stringify(result)}\n`);
  process.exit(0);
}

const recordBytes = Number(values['record-bytes']);
// An unpadded record is about 54 bytes of JSONL.
const records = values.bytes
  ? Math.ceil(Number(values.bytes) / Math.max(54, recordBytes))
  : Number(values.records ?? 1_000_000);
if (!Number.isInteger(records) || records < 1)
  throw new Error('--records (or --bytes) must give at least one record');
const root = path.resolve(import.meta.dirname, '../..');
const work = await mkdtemp(path.join(os.tmpdir(), 'codify-bench-'));

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
  const { loadService } = await import('../../src/transform/service.ts');
  const buildStarted = Date.now();
  const built = await (await loadService(serviceDir, { model: 'local' })).build();
  if (built.status !== 'passed') throw new Error(`build failed: ${built.reason}`);
  const buildMs = Date.now() - buildStarted;

  const input = path.join(work, 'input.jsonl');
  const generateStarted = Date.now();
  await writeRecords(input, records, 42, recordBytes);
  const generateMs = Date.now() - generateStarted;
  const inputBytes = (await stat(input)).size;
  const loadAtStart = os.loadavg();

  const args = [
    import.meta.filename,
    '--phase',
    'run',
    '--service-dir',
    serviceDir,
    '--input',
    input,
    '--output',
    path.join(work, 'output.jsonl'),
    '--records',
    String(records),
    '--batch-size',
    String(values['batch-size']),
    ...(values.workers ? ['--workers', values.workers] : []),
  ];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const line = stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
  if (!line) throw new Error(`the run printed no result:\n${stdout}`);
  const run = JSON.parse(line.slice('@@RESULT '.length)) as RunPhaseResult;

  const result = {
    benchmark: 'transform-run',
    at: new Date().toISOString(),
    records,
    recordBytes: recordBytes > 0 ? recordBytes : null,
    inputBytes,
    ok: run.ok,
    errors: run.errors,
    accounted: run.recordsIn === records && run.ok + run.errors === records,
    runMs: run.runMs,
    recordsPerSecond: Math.round((records / run.runMs) * 1000),
    megabytesPerSecond: Number((inputBytes / 1e6 / (run.runMs / 1000)).toFixed(2)),
    /** All RSS figures are the run process's own (a fresh `node`, as `codify transform run`). */
    peakRssMb: run.peakRssMb,
    rssAtStartMb: run.rssAtStartMb,
    rssLoadedMb: run.rssLoadedMb,
    rssAtFirstRecordMb: run.rssAtFirstRecordMb,
    rssTimelineMb: run.rssTimelineMb,
    buildMs,
    generateMs,
    builtBy: built.builtBy,
    workers: values.workers ? Number(values.workers) : os.availableParallelism(),
    batchSize: Number(values['batch-size']),
    cpus: os.cpus().length,
    loadAverageAtStart: loadAtStart.map((n) => Number(n.toFixed(2))),
    loadAverageAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))),
    node: process.version,
  };
  console.log(
    `records:        ${records} (${(inputBytes / 1e6).toFixed(1)} MB JSONL), ${run.ok} ok, ${run.errors} errors`,
  );
  console.log(
    `throughput:     ${result.recordsPerSecond} records/s (${result.megabytesPerSecond} MB/s), ${(run.runMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `RSS (run process): peak ${run.peakRssMb} MB; at start ${run.rssAtStartMb}, loaded ${run.rssLoadedMb}, at the first record ${run.rssAtFirstRecordMb} MB`,
  );
  console.log(`RSS per tenth:  ${run.rssTimelineMb.join(' ')} MB`);
  console.log(
    `build (local):  ${buildMs} ms; generate input: ${generateMs} ms; load average: ${result.loadAverageAtStart[0]} → ${result.loadAverageAtEnd[0]}`,
  );
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  const outFile = path.join(root, 'bench/results', path.basename(values.out));
  await writeFile(outFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, outFile)}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
