/**
 * Scale-out throughput: one input run as chunk jobs on the embedded queue, then on BullMQ + a
 * local redis-server with 1, 2 and 4 `codify worker` processes. Reports records/s, the per-worker
 * figure and the load average, and checks every run's output is identical to the embedded one.
 * Usage: npm run bench:scale -- [--records N] [--chunks C]
 * On a machine with few cores shared with other work, scaling is capped by the cores: the
 * figures say how many cores there were and how loaded they were.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BullMqQueue } from '../../src/core/jobs/bullmq.ts';
import { EmbeddedQueue } from '../../src/core/jobs/embedded.ts';
import type { JobQueue } from '../../src/core/jobs/types.ts';
import { runChunked, transformJobHandlers } from '../../src/transform/run/chunks/index.ts';
import { loadService } from '../../src/transform/service.ts';
import { REDIS_SERVER, freePort, startRedis } from '../../test/support/redis-server.ts';
import { writeRecords } from '../transform/generate.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    chunks: { type: 'string', default: '8' },
  },
});
const records = Number(values.records);
const chunkCount = Number(values.chunks);
const root = path.resolve(import.meta.dirname, '../..');
const work = await mkdtemp(path.join(os.tmpdir(), 'codify-bench-scale-'));
const workers: ChildProcess[] = [];

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(
    path.join(root, 'node_modules/.bin/node'),
    [path.join(root, 'bin/codify.js'), 'worker', '--queue', url, '--quiet'],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  workers.push(child);
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (data: Buffer) => {
      log += data.toString();
      if (log.includes('serving')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${log}`)));
  });
}

async function stopWorkers(): Promise<void> {
  for (const child of workers.splice(0)) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

try {
  if (!REDIS_SERVER)
    throw new Error('redis-server is not installed: npm run setup (apt-get install redis-server)');
  const serviceDir = path.join(work, 'phone-e164');
  await mkdir(serviceDir);
  for (const file of ['examples.json', 'schema.json'])
    await copyFile(path.join(root, 'examples/phone-e164', file), path.join(serviceDir, file));
  await writeFile(
    path.join(serviceDir, 'codify.json'),
    JSON.stringify({ name: 'phone-e164', model: 'local' }),
  );
  const built = await (await loadService(serviceDir, { model: 'local' })).build();
  if (built.status !== 'passed') throw new Error(`build failed: ${built.reason}`);
  const input = path.join(work, 'input.jsonl');
  await writeRecords(input, records);
  const inputBytes = (await stat(input)).size;
  const chunkBytes = Math.ceil(inputBytes / chunkCount);

  const measure = async (label: string, queue: JobQueue, processes: number) => {
    const output = path.join(work, `${label}.jsonl`);
    const load1mBefore = os.loadavg()[0] ?? 0;
    const started = Date.now();
    const summary = await runChunked({
      serviceDir,
      input,
      outputPath: output,
      errorsPath: path.join(work, `${label}.errors.jsonl`),
      queue,
      chunkBytes,
    });
    const ms = Date.now() - started;
    await queue.close();
    const recordsPerSecond = Math.round((summary.recordsIn / ms) * 1000);
    const row = {
      queue: label,
      workerProcesses: processes,
      records: summary.recordsIn,
      accounted: summary.recordsIn === summary.recordsOut + summary.errors && summary.recordsIn === records,
      ms,
      recordsPerSecond,
      recordsPerSecondPerWorker: Math.round(recordsPerSecond / Math.max(1, processes)),
      load1mBefore: Number(load1mBefore.toFixed(2)),
      load1mAfter: Number((os.loadavg()[0] ?? 0).toFixed(2)),
      outputSha256: createHash('sha256')
        .update(await readFile(output))
        .digest('hex'),
    };
    console.log(
      `${label.padEnd(12)} ${String(processes).padStart(2)} process(es): ${recordsPerSecond} records/s (${row.recordsPerSecondPerWorker}/worker), ${(ms / 1000).toFixed(1)} s, load ${row.load1mBefore} → ${row.load1mAfter}`,
    );
    return row;
  };

  const rows = [await measure('embedded', new EmbeddedQueue(transformJobHandlers), 1)];
  const redis = await startRedis(await freePort());
  try {
    for (const processes of [1, 2, 4]) {
      await Promise.all(Array.from({ length: processes }, () => startWorker(redis.url)));
      rows.push(await measure(`bullmq-${processes}`, new BullMqQueue(redis.url, { pollMs: 200 }), processes));
      await stopWorkers();
    }
  } finally {
    await stopWorkers();
    await redis.stop();
  }
  const identical = rows.every((row) => row.outputSha256 === rows[0]?.outputSha256);
  const result = {
    benchmark: 'scale-out',
    at: new Date().toISOString(),
    records,
    inputBytes,
    chunks: Math.ceil(inputBytes / chunkBytes),
    chunkBytes,
    identicalOutputs: identical,
    cpus: os.cpus().length,
    note: `${os.cpus().length} cores shared with other engineers' work during the run (see the load averages): worker processes compete for the same cores, so more workers cannot scale past them. Each worker process also starts its own sandbox thread pool per chunk.`,
    rows,
    node: process.version,
  };
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  await writeFile(path.join(root, 'bench/results/scale.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`outputs identical: ${identical}; wrote bench/results/scale.json`);
  if (!identical) process.exitCode = 1;
} finally {
  await stopWorkers();
  await rm(work, { recursive: true, force: true });
}
