import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeServiceDir } from '../../testing/fixtures.ts';
import { runCodify, startCodify } from '../../../../test/support/codify-cli.ts';
import { REDIS_SERVER, freePort, startRedis } from '../../../../test/support/redis-server.ts';
import type { RedisProcess } from '../../../../test/support/redis-server.ts';
import { chunkRunDir } from './run-on-queue.ts';
import { chunkFiles } from './chunk-files.ts';
import { ID_NAME_EXAMPLES, idNameJsonl } from '../../../../test/support/id-name-records.ts';

// Real Redis, real `codify worker` processes, the real CLI: the faults of issue 14 §3.
if (!REDIS_SERVER) {
  console.warn(
    '\n*** queue fault tests SKIPPED: redis-server is not installed (npm run setup installs it with apt). ***\n',
  );
}

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const RECORDS = 12_000;
const CHUNK_BYTES = '40000'; // ~9 chunks of ~1,300 records.

/** A `codify worker` process (node itself, so SIGKILL reaches the worker, not a wrapper). */
class WorkerProcess {
  readonly child: ChildProcess;
  log = '';
  constructor(url: string) {
    this.child = spawn(
      path.join(ROOT, 'node_modules/.bin/node'),
      [path.join(ROOT, 'bin/codify.js'), 'worker', '--queue', url, '--lock-duration', '2000'],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.child.stderr?.on('data', (data: Buffer) => (this.log += data.toString()));
  }
  async ready(): Promise<void> {
    await waitFor(
      () => this.log.includes('serving'),
      60_000,
      () => `worker did not start: ${this.log}`,
    );
  }
  /** Ids of the chunk jobs this worker started and finished. */
  started(): string[] {
    return [...this.log.matchAll(/started transform\.chunk (\S+)/g)].map((m) => m[1] ?? '');
  }
  finished(): string[] {
    return [...this.log.matchAll(/finished transform\.chunk (\S+)/g)].map((m) => m[1] ?? '');
  }
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}

async function waitFor(check: () => boolean, ms: number, why: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(why());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let dir: string;
let service: string;
let input: string;
let localOutput: string;
let localErrors: string;
const workers: WorkerProcess[] = [];
const redises: RedisProcess[] = [];

beforeAll(async () => {
  if (!REDIS_SERVER) return;
  dir = await makeServiceDir({
    'svc/examples.json': ID_NAME_EXAMPLES,
  });
  service = path.join(dir, 'svc');
  const built = await runCodify(['transform', 'build', service]);
  expect(built.code, built.stderr).toBe(0);
  input = path.join(dir, 'input.jsonl');
  await writeFile(input, idNameJsonl(RECORDS));
  localOutput = path.join(dir, 'local.jsonl');
  localErrors = path.join(dir, 'local.errors.jsonl');
  const local = await runCodify([
    'transform',
    'run',
    service,
    '--input',
    input,
    '--output',
    localOutput,
    '--frozen',
  ]);
  expect(local.code, local.stderr).toBe(1); // Broken lines: errors, exit 1, as for the queued runs.
}, 180_000);

afterEach(async () => {
  for (const worker of workers.splice(0)) await worker.stop();
  for (const redis of redises.splice(0)) await redis.stop();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The queued run's files are byte-identical to the local run's; the summary adds up. */
async function expectSameAsLocal(output: string, stderr: string): Promise<void> {
  expect(await readFile(output, 'utf8')).toBe(await readFile(localOutput, 'utf8'));
  expect(await readFile(output.replace(/\.jsonl$/, '.errors.jsonl'), 'utf8')).toBe(
    await readFile(localErrors, 'utf8'),
  );
  const errors = RECORDS / 997 + 1;
  expect(stderr).toContain(
    `Records: ${RECORDS} in = ${RECORDS - Math.floor(errors)} out + ${Math.floor(errors)} errors`,
  );
  expect(existsSync(chunkRunDir(output))).toBe(false);
}

function queuedRun(url: string, output: string) {
  return startCodify([
    'transform',
    'run',
    service,
    '--input',
    input,
    '--output',
    output,
    '--queue',
    url,
    '--chunk-size',
    CHUNK_BYTES,
  ]);
}

describe.skipIf(!REDIS_SERVER)('transform runs on BullMQ + Redis under faults (real processes)', () => {
  it('a worker SIGKILLed mid-chunk: the chunk is retried by another worker, no record lost or duplicated', async () => {
    const redis = await startRedis(await freePort());
    redises.push(redis);
    const victim = new WorkerProcess(redis.url);
    const survivor = new WorkerProcess(redis.url);
    workers.push(victim, survivor);
    await Promise.all([victim.ready(), survivor.ready()]);
    const output = path.join(dir, 'killed.jsonl');
    const run = queuedRun(redis.url, output);
    await waitFor(
      () => victim.started().length > 0,
      120_000,
      () => `the victim never started a chunk: ${victim.log}`,
    );
    const jobId = victim.started().at(-1) ?? '';
    const chunk = Number(jobId.split('-').at(-1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const doneAtKill = existsSync(chunkFiles(chunkRunDir(output), chunk).done);
    await victim.stop();
    expect(doneAtKill, 'the chunk had already finished: not a mid-chunk kill').toBe(false);
    expect(victim.finished()).not.toContain(jobId);
    const result = await run.done;
    expect(result.code, result.stderr).toBe(1);
    expect(survivor.finished()).toContain(jobId); // Retried after its lock expired.
    await expectSameAsLocal(output, result.stderr);
  }, 240_000);

  it('Redis restarted mid-run (append-only file on): the run completes, identical to a local run', async () => {
    const port = await freePort();
    const data = await mkdtemp(path.join(os.tmpdir(), 'codify-redis-'));
    try {
      let redis = await startRedis(port, { dir: data });
      redises.push(redis);
      const a = new WorkerProcess(redis.url);
      const b = new WorkerProcess(redis.url);
      workers.push(a, b);
      await Promise.all([a.ready(), b.ready()]);
      const output = path.join(dir, 'restarted.jsonl');
      const run = queuedRun(redis.url, output);
      await waitFor(
        () => a.finished().length + b.finished().length > 0,
        120_000,
        () => `no chunk finished: ${a.log}\n${b.log}`,
      );
      await redis.stop();
      redises.splice(0);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      redis = await startRedis(port, { dir: data });
      redises.push(redis);
      const result = await run.done;
      expect(existsSync(output), `${result.stderr}\n${a.log}\n${b.log}`).toBe(true);
      expect(result.code, `${result.stderr}\n${a.log}\n${b.log}`).toBe(1);
      await expectSameAsLocal(output, result.stderr);
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  }, 240_000);

  it('a worker added mid-run takes chunks too', async () => {
    const redis = await startRedis(await freePort());
    redises.push(redis);
    const first = new WorkerProcess(redis.url);
    workers.push(first);
    await first.ready();
    const output = path.join(dir, 'added.jsonl');
    const run = queuedRun(redis.url, output);
    await waitFor(
      () => first.finished().length > 0,
      120_000,
      () => `no chunk finished: ${first.log}`,
    );
    // On a quiet machine the first worker can finish every chunk before a new process is up: it
    // is paused (SIGSTOP) until the late worker has started a chunk, so the test cannot pass or
    // fail by a race. A job the paused worker held stalls and is retried, as after a crash.
    first.child.kill('SIGSTOP');
    const late = new WorkerProcess(redis.url);
    workers.push(late);
    try {
      await late.ready();
      await waitFor(
        () => late.started().length > 0,
        60_000,
        () => `the late worker took no chunk: ${late.log}`,
      );
    } finally {
      first.child.kill('SIGCONT');
    }
    const result = await run.done;
    expect(result.code, result.stderr).toBe(1);
    expect(late.finished().length, late.log).toBeGreaterThan(0);
    await expectSameAsLocal(output, result.stderr);
  }, 240_000);
});
