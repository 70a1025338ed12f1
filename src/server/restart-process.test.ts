import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from './data-lock.ts';
import { ID_NAME_EXAMPLES, idNameJsonl, isBroken } from '../../test/support/id-name-records.ts';

/**
 * The server as people run it (`codify serve` in its own process), killed in the middle of a
 * transform run — SIGKILL (no chance to clean up) and SIGTERM (graceful) — then started again on
 * the same data directory, where `POST /runs/:id/resume` must finish the run with every input
 * record exactly once, in order, and the run's event stream must replay without a gap.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Enough for dozens of checkpoints (every 2000 results), so the kill lands well inside the run. */
const RECORDS = 120_000;
/** Every 997th line is malformed, so the errors file takes part in the bookkeeping too. */

interface ServerProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

async function startServer(dataDir: string): Promise<ServerProcess> {
  const env = { ...process.env };
  delete env['CODIFY_MODEL'];
  delete env['CODIFY_SERVER_TOKEN'];
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/node'),
    [path.join(ROOT, 'bin/codify.js'), 'serve', '--data', dataDir, '--port', '0', '--max-upload-mb', '64'],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, output })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`the server exited before listening:\n${output}`)));
  });
  return { child, url, exited };
}

async function call<T = Record<string, unknown>>(
  url: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const { json, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    ...(json !== undefined
      ? {
          method: rest.method ?? 'POST',
          body: JSON.stringify(json),
          headers: { 'content-type': 'application/json' },
        }
      : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

interface RunView {
  id: string;
  status: string;
  summary: Record<string, unknown> | null;
}

async function waitForRun(base: string, runId: string, done: (run: RunView) => boolean): Promise<RunView> {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const { body } = await call<{ run: RunView }>(`${base}/api/v1/runs/${runId}`);
    if (done(body.run)) return body.run;
    if (Date.now() > deadline) throw new Error(`run ${runId} is still ${body.run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ended = (run: RunView) => !['queued', 'running'].includes(run.status);

/** Starts a run of the upload and returns its id once its first checkpoint is on disk. */
async function startRunUntilCheckpoint(base: string, dataDir: string, input: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([input]), 'people.jsonl');
  const started = await call<{ run: RunView }>(`${base}/api/v1/services/people/runs`, {
    method: 'POST',
    body: form,
  });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  const runId = started.body.run.id;
  const checkpoint = path.join(dataDir, 'runs', runId, 'output.jsonl.codify-checkpoint.json');
  const deadline = Date.now() + 120_000;
  while (!existsSync(checkpoint)) {
    if (Date.now() > deadline) throw new Error('no checkpoint appeared within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return runId;
}

async function lines(url: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Every input id exactly once across output + errors, each file in input order. */
async function expectEveryRecordOnce(base: string, runId: string): Promise<void> {
  const outputs = await lines(`${base}/api/v1/runs/${runId}/output`);
  const failures = await lines(`${base}/api/v1/runs/${runId}/errors`);
  const expectedOut: number[] = [];
  const expectedErr: number[] = [];
  for (let i = 0; i < RECORDS; i++) (isBroken(i) ? expectedErr : expectedOut).push(i);
  expect(outputs.length + failures.length).toBe(RECORDS);
  expect(outputs.map((record) => record['id'])).toEqual(expectedOut);
  expect(failures.map((record) => record['index'])).toEqual(expectedErr);
}

/** The run's whole SSE stream: seqs 1..N without a gap, a run-resumed event, the final `end`. */
async function expectGaplessStream(base: string, runId: string, previousStatus: string): Promise<void> {
  const text = await (await fetch(`${base}/api/v1/runs/${runId}/events`)).text();
  const messages = [...text.matchAll(/^id: (\d+)\ndata: (.*)$/gm)].map((m) => ({
    seq: Number(m[1]),
    event: (JSON.parse(m[2] ?? '{}') as { event: { type: string; [key: string]: unknown } }).event,
  }));
  expect(messages.map((m) => m.seq)).toEqual(messages.map((_, i) => i + 1));
  const resumed = messages.find((m) => m.event.type === 'run-resumed');
  expect(resumed?.event).toMatchObject({ previousStatus, afterSeq: (resumed?.seq ?? 0) - 1 });
  expect(messages.at(-1)?.event).toMatchObject({ type: 'run-finished', status: 'completed' });
  expect(text).toMatch(/event: end\ndata: \{[^}]*"status":"completed"/);
  // A client that saw everything before the resume gets exactly the rest.
  const afterSeq = (resumed?.seq ?? 1) - 1;
  const tail = await (
    await fetch(`${base}/api/v1/runs/${runId}/events`, { headers: { 'last-event-id': String(afterSeq) } })
  ).text();
  expect([...tail.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]))).toEqual(
    messages.filter((m) => m.seq > afterSeq).map((m) => m.seq),
  );
}

describe('a server killed during a transform run, restarted on the same data directory', () => {
  let dataDir: string;
  let input: string;
  const children: ChildProcess[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'codify-restart-'));
    input = idNameJsonl(RECORDS);
  });

  afterAll(() => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('SIGKILL: the run is interrupted; resume finishes it with every record once and a gapless stream', async () => {
    const first = await startServer(dataDir);
    children.push(first.child);
    const created = await call(`${first.url}/api/v1/services`, {
      json: {
        name: 'people',
        examples: ID_NAME_EXAMPLES,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const build = await call<{ run: RunView }>(`${first.url}/api/v1/services/people/build`, { json: {} });
    expect((await waitForRun(first.url, build.body.run.id, ended)).status).toBe('completed');

    const runId = await startRunUntilCheckpoint(first.url, dataDir, input);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    // The dead server's lock is still there; it must not keep the next one out.
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    const checkpoint = JSON.parse(
      readFileSync(path.join(dataDir, 'runs', runId, 'output.jsonl.codify-checkpoint.json'), 'utf8'),
    ) as { records: number };
    expect(checkpoint.records).toBeGreaterThan(0);
    expect(checkpoint.records).toBeLessThan(RECORDS);

    const second = await startServer(dataDir);
    children.push(second.child);
    const after = await call<{ run: RunView; live: boolean }>(`${second.url}/api/v1/runs/${runId}`);
    expect(after.body).toMatchObject({ run: { status: 'interrupted' }, live: false });

    const resumed = await call<{ run: RunView }>(`${second.url}/api/v1/runs/${runId}/resume`, {
      method: 'POST',
    });
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(202);
    expect(resumed.body.run.id).toBe(runId);
    const finished = await waitForRun(second.url, runId, ended);
    expect(finished.status).toBe('completed');
    expect(finished.summary).toMatchObject({ recordsIn: RECORDS });
    expect(finished.summary?.['resumedFromRecord']).toBeGreaterThanOrEqual(checkpoint.records);
    await expectEveryRecordOnce(second.url, runId);
    await expectGaplessStream(second.url, runId, 'interrupted');
    // Resuming it again is a conflict: it has completed.
    expect((await call(`${second.url}/api/v1/runs/${runId}/resume`, { method: 'POST' })).status).toBe(409);

    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  }, 300_000);

  it('SIGTERM: the run ends interrupted with a checkpoint; resume after restart finishes it', async () => {
    const first = await startServer(dataDir);
    children.push(first.child);
    const runId = await startRunUntilCheckpoint(first.url, dataDir, input);
    first.child.kill('SIGTERM');
    const exit = await first.exited;
    expect(exit.code, exit.output).toBe(0);
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);

    const second = await startServer(dataDir);
    children.push(second.child);
    const after = await call<{ run: RunView }>(`${second.url}/api/v1/runs/${runId}`);
    // If the run finished before the signal arrived there is nothing to resume: fail loudly then.
    expect(after.body.run.status).toBe('interrupted');
    const resumed = await call(`${second.url}/api/v1/runs/${runId}/resume`, { method: 'POST' });
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(202);
    expect((await waitForRun(second.url, runId, ended)).status).toBe('completed');
    await expectEveryRecordOnce(second.url, runId);
    await expectGaplessStream(second.url, runId, 'interrupted');
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  }, 300_000);
});
