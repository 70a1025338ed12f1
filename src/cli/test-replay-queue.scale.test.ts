import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../../examples/demo-app/server.ts';
import { runCodify } from '../../test/support/codify-cli.ts';
import { REDIS_SERVER, freePort, startRedis, type RedisProcess } from '../../test/support/redis-server.ts';
import { signupSpec } from '../../test/support/signup-spec.ts';
import { saveSpec } from '../browser/index.ts';

// Real Redis, real `codify worker` processes, the real CLI: specs replayed as jobs (issue 14 §2).
if (!REDIS_SERVER) {
  console.warn(
    '\n*** queued replay tests SKIPPED: redis-server is not installed (npm run setup installs it with apt). ***\n',
  );
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A `codify worker` whose environment holds the secret the specs need (never sent on the queue). */
class WorkerProcess {
  readonly child: ChildProcess;
  log = '';
  constructor(url: string, concurrency: number) {
    this.child = spawn(
      path.join(ROOT, 'node_modules/.bin/node'),
      [path.join(ROOT, 'bin/codify.js'), 'worker', '--queue', url, '--concurrency', String(concurrency)],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PASSWORD: 'hunter22' } },
    );
    this.child.stderr?.on('data', (data: Buffer) => (this.log += data.toString()));
  }
  async ready(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (!this.log.includes('serving')) {
      if (Date.now() > deadline) throw new Error(`worker did not start: ${this.log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

let app: DemoApp;
let dir: string;
let redis: RedisProcess;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  if (!REDIS_SERVER) return;
  app = await startDemoApp({ port: 0 });
  dir = await mkdtemp(path.join(os.tmpdir(), 'codify-replay-queue-'));
  redis = await startRedis(await freePort());
  // One worker replays two specs at once (two contexts of its one browser), the other one.
  workers.push(new WorkerProcess(redis.url, 2), new WorkerProcess(redis.url, 1));
  await Promise.all(workers.map((w) => w.ready()));
});

afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await redis?.stop();
  await app?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!REDIS_SERVER)('codify test replay … --queue redis://', () => {
  it('replays each spec as a job on the workers: a verdict line each (naming the worker), exit 0 only if all passed', async () => {
    const specs = [1, 2, 3].map((n) => path.join(dir, `ok-${n}.spec.json`));
    for (const [i, spec] of specs.entries())
      await saveSpec(spec, signupSpec(app.url, `ada.queue${i}@example.com`));
    const renamed = path.join(dir, 'renamed.spec.json');
    await saveSpec(renamed, signupSpec(app.url, 'ada.queue-renamed@example.com', 'Sign me up'));
    const runsDir = ['--runs-dir', path.join(dir, 'runs')];

    const mixed = await runCodify(
      ['test', 'replay', specs[0]!, specs[1]!, renamed, '--queue', redis.url, ...runsDir],
      {
        stdout: true,
      },
    );
    expect(mixed.code, mixed.stderr + mixed.stdout).toBe(1);
    const lines = mixed.stdout.trim().split('\n');
    const verdicts = lines.filter((l) => /^[✓?✗] /.test(l));
    expect(verdicts, mixed.stdout + mixed.stderr).toHaveLength(3);
    const pids = new Set(workers.map((w) => String(w.child.pid)));
    for (const line of verdicts) {
      const worker = /worker [^:]+:(\d+)\)/.exec(line)?.[1];
      expect(pids.has(worker ?? ''), line).toBe(true);
    }
    expect(verdicts.filter((l) => l.startsWith('✓ passed'))).toHaveLength(2);
    expect(verdicts.find((l) => l.includes('renamed.spec.json'))).toMatch(/^✗ failed/);
    expect(lines.at(-1)).toMatch(
      /^2 of 3 spec\(s\) passed, 1 did not in [\d.]+ s \(jobs on redis:\/\/127\.0\.0\.1:\d+\)$/,
    );
    expect(workers.map((w) => w.log).join('')).toMatch(/started browser\.replay replay-/);

    const allPass = await runCodify(['test', 'replay', specs[2]!, '--queue', redis.url, ...runsDir], {
      stdout: true,
    });
    expect(allPass.code, allPass.stderr + allPass.stdout).toBe(0);
    expect(allPass.stdout).toMatch(/^1 of 1 spec\(s\) passed in/m);
  });

  it('heals on the worker: the healed spec is saved beside the original, which stays as it was', async () => {
    const spec = path.join(dir, 'heal-me.spec.json');
    await saveSpec(spec, signupSpec(app.url, 'ada.queue-heal@example.com', 'Sign me up'));
    const original = await readFile(spec, 'utf8');
    const healed = await runCodify(
      ['test', 'replay', spec, '--queue', redis.url, '--heal', '--runs-dir', path.join(dir, 'runs')],
      { stdout: true },
    );
    expect(healed.code, healed.stderr + healed.stdout).toBe(0);
    const target = path.join(dir, 'heal-me.healed.spec.json');
    expect(healed.stdout).toContain(`healed spec: ${target}`);
    expect(JSON.parse(await readFile(target, 'utf8')).steps.at(-1).locator.name).toBe('Create account');
    expect(await readFile(spec, 'utf8')).toBe(original);
  });

  it('refuses to put a secret value on the queue, and says which environment variable workers read instead', async () => {
    const spec = path.join(dir, 'secret.spec.json');
    await saveSpec(spec, signupSpec(app.url, 'ada.secret@example.com'));
    const refused = await runCodify([
      'test',
      'replay',
      spec,
      '--queue',
      redis.url,
      '--var',
      'password=hunter22',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/password/);
    expect(refused.stderr).toMatch(/PASSWORD/);
  });
});
