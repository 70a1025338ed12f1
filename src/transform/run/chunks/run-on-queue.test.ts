import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedModel } from '../../../core/models/scripted-model.ts';
import { buildTransform } from '../../build/build.ts';
import { readServiceFiles } from '../../service/files.ts';
import {
  NAME_CODE_NAIVE,
  NAME_EXAMPLES,
  NAME_SCHEMA,
  fenced,
  makeServiceDir,
} from '../../testing/fixtures.ts';
import { runChunkJob } from './chunk-job.ts';
import { chunkFiles } from './chunk-files.ts';
import { splitInput } from './split.ts';
import { codeFingerprint } from '../checkpoint.ts';

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

describe('chunk jobs', () => {
  it('a chunk run twice replaces its files, never appends', async () => {
    const input = path.join(dir, 'twice.jsonl');
    await writeFile(input, `${inputLines(50).join('\n')}\n`);
    const [chunk] = await splitInput(input);
    const runDir = path.join(dir, 'twice-run');
    const data = { serviceDir: service, code: await codeFingerprint(service), runDir, chunk };
    const context = {
      jobId: 'x',
      attempt: 1,
      signal: new AbortController().signal,
      progress: async () => {},
    };
    const first = await runChunkJob(data, context);
    const once = await readFile(chunkFiles(runDir, 0).output, 'utf8');
    const second = await runChunkJob(data, { ...context, attempt: 2 });
    expect(await readFile(chunkFiles(runDir, 0).output, 'utf8')).toBe(once);
    expect(second).toEqual(first);
    expect(first.recordsIn).toBe(50);
  }, 60_000);

  it('refuses to run a chunk with code other than the run started with', async () => {
    const input = path.join(dir, 'code.jsonl');
    await writeFile(input, '{"name":"A B"}\n');
    const [chunk] = await splitInput(input);
    const data = { serviceDir: service, code: 'not-this-code', runDir: path.join(dir, 'code-run'), chunk };
    const context = {
      jobId: 'x',
      attempt: 1,
      signal: new AbortController().signal,
      progress: async () => {},
    };
    await expect(runChunkJob(data, context)).rejects.toMatchObject({ code: 'config' });
  });

  it('runs a chunk of an http(s) input by byte range, writing what the same bytes in a file give', async () => {
    const body = Buffer.from(`${inputLines(120).join('\n')}\n`);
    const file = path.join(dir, 'remote.jsonl');
    await writeFile(file, body);
    const server = createServer((request, response) => {
      const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? '');
      const headers = { 'accept-ranges': 'bytes', etag: '"r1"' };
      if (request.method === 'HEAD' || !range) {
        response.writeHead(200, { ...headers, 'content-length': body.length });
        response.end(request.method === 'HEAD' ? undefined : body);
        return;
      }
      const [start, end] = [Number(range[1]), Number(range[2])];
      response.writeHead(206, { ...headers, 'content-length': end - start + 1 });
      response.end(body.subarray(start, end + 1));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/remote.jsonl`;
      const code = await codeFingerprint(service);
      const context = {
        jobId: 'u',
        attempt: 1,
        signal: new AbortController().signal,
        progress: async () => {},
      };
      const [remoteChunk, secondRemote] = await splitInput(url, { chunkBytes: 2000 });
      const [fileChunk] = await splitInput(file, { chunkBytes: 2000 });
      expect(secondRemote).toBeDefined();
      const fromUrl = await runChunkJob(
        { serviceDir: service, code, runDir: path.join(dir, 'url-run'), chunk: remoteChunk },
        context,
      );
      const fromFile = await runChunkJob(
        { serviceDir: service, code, runDir: path.join(dir, 'file-run'), chunk: fileChunk },
        context,
      );
      expect({ ...fromUrl, file: '', version: '' }).toEqual({ ...fromFile, file: '', version: '' });
      expect(fromUrl.version).toBe('etag:"r1"');
      expect(fromUrl.recordsIn).toBeGreaterThan(10);
      expect(await readFile(chunkFiles(path.join(dir, 'url-run'), 0).output, 'utf8')).toBe(
        await readFile(chunkFiles(path.join(dir, 'file-run'), 0).output, 'utf8'),
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);
});
