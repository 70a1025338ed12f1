import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodifyServer } from '../app.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { transformRoutes } from './transforms.ts';

/**
 * Bad input and hostile code through the server: uploads with malformed, badly encoded, oversized
 * and non-object records, and hand-edited transform.ts files from the sandbox's hostile corpus.
 * Every record is accounted for (in = out + errors), a bad upload never fails the run, hostile
 * code costs its records or fails its run clearly, and GET /health answers throughout.
 */
const MiB = 1024 * 1024;
const HOSTILE = path.resolve(import.meta.dirname, '../../core/sandbox/hostile');
const api = (url: string) => `/api/v1${url}`;

interface RunBody {
  run: { id: string; status: string };
}
interface Summary {
  recordsIn: number;
  recordsOut: number;
  errors: number;
  errorsByKind: Record<string, number>;
}
interface ErrorLine {
  index: number;
  input: unknown;
  error: { kind: string; message: string };
}

let server: CodifyServer;
let scratch: string;

beforeAll(async () => {
  server = await startTestServer({ plugins: [transformRoutes], maxUploadBytes: 200 * MiB });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'codify-bad-input-'));
  const examples = [
    { input: { id: 1, name: 'ann' }, output: { id: 1, name: 'ann' } },
    { input: { id: 2, name: 'bob' }, output: { id: 2, name: 'bob' } },
    { input: { id: 3, name: 'cy' }, output: { id: 3, name: 'cy' } },
  ];
  const created = await server.app.inject({
    method: 'POST',
    url: api('/services'),
    payload: { name: 'ids', examples },
  });
  expect(created.statusCode).toBe(201);
  const build = await server.app.inject({ method: 'POST', url: api('/services/ids/build'), payload: {} });
  const built = await server.runs.waitFor((JSON.parse(build.body) as RunBody).run.id);
  expect(built.status).toBe('completed');
}, 120_000);

afterAll(async () => {
  await closeTestServers();
  await rm(scratch, { recursive: true, force: true });
});

function uploadForm(bytes: Buffer, fileName: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), fileName);
  return form;
}

async function health(): Promise<number> {
  return (await server.app.inject({ method: 'GET', url: api('/health') })).statusCode;
}

/** Uploads, waits for the run while polling /health, and reads back the results. */
async function runUpload(
  service: string,
  bytes: Buffer,
  fileName: string,
  fields: Record<string, string> = {},
) {
  const response = await server.app.inject({
    method: 'POST',
    url: api(`/services/${service}/runs`),
    payload: uploadForm(bytes, fileName, fields),
  });
  expect(response.statusCode, response.body).toBe(202);
  return finish((JSON.parse(response.body) as RunBody).run.id);
}

async function finish(runId: string) {
  const healthCodes: number[] = [];
  let done = false;
  const run = server.runs.waitFor(runId).finally(() => (done = true));
  while (!done) {
    healthCodes.push(await health());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const record = await run;
  server.runs.flushEvents();
  const lines = async (which: 'output' | 'errors') => {
    const response = await server.app.inject({ method: 'GET', url: api(`/runs/${runId}/${which}`) });
    return response.statusCode === 200
      ? response.body
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as unknown)
      : [];
  };
  healthCodes.push(await health());
  return {
    record,
    summary: record.summary as Summary,
    outputs: (await lines('output')) as Record<string, unknown>[],
    failures: (await lines('errors')) as ErrorLine[],
    healthCodes,
  };
}

describe('server: bad uploads', { timeout: 120_000 }, () => {
  it('runs an upload with malformed, badly encoded, BOM-prefixed and non-object lines: in = out + errors', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('{"id": 0, "name": "a"}\n{"id": 1, "name": \n'),
      Buffer.from('{"id": 2, "name": "Ren'),
      Buffer.from([0xe9]),
      Buffer.from('e"}\n42\nnull\n"text"\n[1]\n{"id": 7, "name": "g"}\n'),
    ]);
    const { record, summary, outputs, failures, healthCodes } = await runUpload('ids', bytes, 'mixed.jsonl');
    expect(record.status).toBe('completed');
    expect(summary.recordsIn).toBe(8);
    expect(summary.recordsOut + summary.errors).toBe(8);
    expect(outputs).toEqual([
      { id: 0, name: 'a' },
      { id: 7, name: 'g' },
    ]);
    expect(failures.map((failure) => failure.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(failures[0]?.error.message).toMatch(/^line 2: /);
    expect(failures[1]?.error.message).toMatch(/^line 3: not valid UTF-8/);
    expect(healthCodes.every((code) => code === 200)).toBe(true);
  });

  it('runs a UTF-16 upload and a CSV with broken rows', async () => {
    const text = '{"id": 0, "name": "Zoë"}\n{"id": 1, "name": "Łukasz"}\n';
    const utf16 = await runUpload(
      'ids',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'u16.jsonl',
    );
    expect(utf16.summary).toMatchObject({ recordsIn: 2, recordsOut: 2, errors: 0 });
    expect(utf16.outputs.map((output) => output['name'])).toEqual(['Zoë', 'Łukasz']);

    const csv = await runUpload('ids', Buffer.from('id,name\n1,"a"b\n2\n3,"open\n'), 'rows.csv');
    expect(csv.record.status).toBe('completed');
    expect(csv.summary).toMatchObject({ recordsIn: 3, recordsOut: 0, errors: 3 });
    expect(csv.failures.map((failure) => failure.error.message)).toEqual([
      expect.stringMatching(/^line 2: Invalid Closing Quote/),
      expect.stringMatching(/^line 3: expected 2 fields/),
      expect.stringMatching(/^line 4: .*Quote Not Closed/),
    ]);
  });

  it('runs empty uploads (0 bytes, whitespace, an empty array) to completion with no records', async () => {
    for (const [bytes, name] of [
      ['', 'empty.jsonl'],
      ['\n \n', 'blank.jsonl'],
      ['[]', 'empty.json'],
    ] as const) {
      const { record, summary } = await runUpload('ids', Buffer.from(bytes), name);
      expect(record.status, name).toBe('completed');
      expect(summary, name).toMatchObject({ recordsIn: 0, recordsOut: 0, errors: 0 });
    }
  });

  it('streams a 100 MB single line over HTTP: one too-large error, the run goes on, memory stays bounded', async () => {
    const file = path.join(scratch, 'huge.jsonl');
    const out = createWriteStream(file);
    const write = (text: string) =>
      new Promise<void>((resolve, reject) => out.write(text, (error) => (error ? reject(error) : resolve())));
    await write('{"id": 0, "name": "before"}\n{"id": 1, "name": "');
    const block = 'x'.repeat(MiB);
    for (let i = 0; i < 100; i++) await write(block);
    await write('"}\n{"id": 2, "name": "after"}\n');
    await new Promise<void>((resolve) => out.end(resolve));

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    try {
      const baseUrl = await server.listen();
      const runId = await postMultipartFile(`${baseUrl}${api('/services/ids/runs')}`, file, 'huge.jsonl');
      const { record, summary, outputs, failures, healthCodes } = await finish(runId);
      expect(record.status).toBe('completed');
      expect(summary).toMatchObject({ recordsIn: 3, recordsOut: 2, errors: 1 });
      expect(outputs).toEqual([
        { id: 0, name: 'before' },
        { id: 2, name: 'after' },
      ]);
      expect(failures).toHaveLength(1);
      expect(failures[0]?.index).toBe(1);
      expect(failures[0]?.error.message).toMatch(
        /^line 2: the line is 100\.0 Mi characters long, over the per-record limit/,
      );
      expect(healthCodes.every((code) => code === 200)).toBe(true);
    } finally {
      clearInterval(sampler);
      await rm(file, { force: true });
    }
    // The test process is the server here; loose on purpose (not a benchmark).
    expect(peakRss).toBeLessThan(1024 * MiB);
    console.log(
      `100 MB line through the server: peak RSS of the test process ${(peakRss / MiB).toFixed(0)} MiB`,
    );
  });
});

describe('server: hostile transform.ts', { timeout: 120_000 }, () => {
  const input = Buffer.from(
    `${[{ n: 0 }, { n: 1 }, { attack: true, n: 2 }, { n: 3 }].map((r) => JSON.stringify(r)).join('\n')}\n`,
  );

  /** A service whose transform.ts is replaced by a hostile program, as a person's edit would be. */
  async function hostileService(name: string, program: string): Promise<void> {
    const examples = [
      { input: { n: 1 }, output: { n: 1 } },
      { input: { n: 2 }, output: { n: 2 } },
    ];
    const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] };
    const created = await server.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name, examples, schema, settings: { qaRate: 0, qaMin: 0 } },
    });
    expect(created.statusCode).toBe(201);
    const source = await readFile(path.join(HOSTILE, program), 'utf8');
    await writeFile(path.join(server.context.dataPath(`services/${name}`), 'transform.ts'), source);
  }

  for (const [program, kind] of [
    ['infinite-loop.js', /^timeout$/],
    ['memory-array-growth.js', /^(memory|timeout)$/],
    ['deep-recursion.js', /^stack$/],
    ['function-constructor.js', /^throw$/],
    ['prototype-pollution.js', /^throw$/],
  ] as const) {
    it(`${program}: costs its record, the run completes, /health answers during and after`, async () => {
      const name = program.replace(/\.js$/, '');
      await hostileService(name, program);
      // Frozen: tampering code adds fields its examples lack, so a run would refuse it for failing
      // them; this test is about the sandbox, not the examples contract.
      const { record, summary, outputs, failures, healthCodes } = await runUpload(name, input, 'in.jsonl', {
        frozen: 'true',
      });
      expect(record.status).toBe('completed');
      expect(summary).toMatchObject({ recordsIn: 4, recordsOut: 3, errors: 1 });
      expect(outputs.map((output) => output['n'])).toEqual([0, 1, 3]);
      expect(failures).toHaveLength(1);
      expect(failures[0]?.index).toBe(2);
      expect(failures[0]?.error.kind).toMatch(kind);
      expect(healthCodes.length).toBeGreaterThan(0);
      expect(healthCodes.every((code) => code === 200)).toBe(true);
    });
  }

  it('code that never finishes loading fails its run with a clear error; the server carries on', async () => {
    await hostileService('top-level-loop', 'top-level-loop.js');
    const { record, healthCodes } = await runUpload('top-level-loop', input, 'in.jsonl');
    expect(record.status).toBe('failed');
    expect(record.error?.message).toMatch(/does not compile: .*top-level code did not finish within 1000 ms/);
    expect(healthCodes.every((code) => code === 200)).toBe(true);
    // Another service still runs normally afterwards.
    const after = await runUpload('ids', Buffer.from('{"id": 5, "name": "e"}\n'), 'after.jsonl');
    expect(after.summary).toMatchObject({ recordsIn: 1, recordsOut: 1, errors: 0 });
  });
});

/** POSTs a multipart form with one file field, streaming the file (never held in memory); returns the run id. */
async function postMultipartFile(url: string, file: string, fileName: string): Promise<string> {
  const boundary = `codify-${Date.now().toString(36)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const size = (await stat(file)).size;
  return new Promise<string>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + size + tail.length),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          if (res.statusCode !== 202) reject(new Error(`upload: HTTP ${res.statusCode}: ${body}`));
          else resolve((JSON.parse(body) as RunBody).run.id);
        });
      },
    );
    req.on('error', reject);
    req.write(head);
    const stream = createReadStream(file);
    stream.on('error', reject);
    stream.on('end', () => req.end(tail));
    stream.pipe(req, { end: false });
  });
}
