import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openByteSource } from './byte-source.ts';
import { splitInput } from './chunks/split.ts';
import { detectFormat } from './readers.ts';
import { fileSource } from './sources.ts';

/** What the test server serves, and how it behaves; tests change it between requests. */
const served = { body: Buffer.alloc(0), etag: '"v1"', ranges: true, requests: [] as string[] };

/** A static file server as object stores behave: HEAD, Range → 206, If-Match → 412 on change. */
function handle(request: IncomingMessage, response: ServerResponse) {
  served.requests.push(`${request.method} ${request.headers.range ?? ''}`);
  const body = served.body;
  const headers: Record<string, string | number> = { etag: served.etag, 'content-type': 'text/plain' };
  if (served.ranges) headers['accept-ranges'] = 'bytes';
  if (request.method === 'HEAD') {
    response.writeHead(200, { ...headers, 'content-length': body.length });
    response.end();
    return;
  }
  const ifMatch = request.headers['if-match'];
  if (ifMatch && ifMatch !== served.etag) {
    response.writeHead(412);
    response.end();
    return;
  }
  const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? '');
  if (!served.ranges || !range) {
    response.writeHead(200, { ...headers, 'content-length': body.length });
    response.end(body);
    return;
  }
  const start = Number(range[1]);
  const end = Math.min(Number(range[2]), body.length - 1);
  response.writeHead(206, {
    ...headers,
    'content-length': end - start + 1,
    'content-range': `bytes ${start}-${end}/${body.length}`,
  });
  response.end(body.subarray(start, end + 1));
}

let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(path.join(os.tmpdir(), 'codify-byte-source-'));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  served.etag = '"v1"';
  served.ranges = true;
  served.requests = [];
});

const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, pad: 'x'.repeat(i % 23) }));
const jsonl = Buffer.from(`${lines.join('\n')}\n`);

async function readAll(iterable: AsyncIterable<Buffer>): Promise<string> {
  const pieces: Buffer[] = [];
  for await (const piece of iterable) pieces.push(piece);
  return Buffer.concat(pieces).toString();
}

describe('inputs at a URL', () => {
  it('splits a JSONL URL on the same record boundaries as the same bytes in a file', async () => {
    served.body = jsonl;
    const file = path.join(dir, 'same.jsonl');
    await writeFile(file, jsonl);
    const fromUrl = await splitInput(`${base}/data/same.jsonl?sig=secret`, { chunkBytes: 700 });
    const fromFile = await splitInput(file, { chunkBytes: 700 });
    expect(fromUrl.length).toBeGreaterThan(5);
    expect(fromUrl.map((c) => [c.start, c.end, c.headerEnd, c.format])).toEqual(
      fromFile.map((c) => [c.start, c.end, c.headerEnd, c.format]),
    );
    expect(fromUrl[0]?.version).toBe('etag:"v1"');
    // Every worker reads its chunk by range; together the chunks are the file, byte for byte.
    const source = await openByteSource(fromUrl[0]?.file ?? '', fromUrl[0]?.version ?? null);
    const texts = await Promise.all(fromUrl.map((c) => readAll(source.read(c.start, c.end))));
    expect(texts.join('')).toBe(jsonl.toString());
    expect(served.requests.some((r) => r.startsWith('GET bytes='))).toBe(true);
  });

  it('splits a CSV URL quote-aware, the header carried by every chunk', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `${i},"line one\nline ${i}"`);
    served.body = Buffer.from(`id,text\n${rows.join('\n')}\n`);
    const chunks = await splitInput(`${base}/rows.csv`, { chunkBytes: 300 });
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.every((c) => c.format === 'csv' && c.headerEnd === 'id,text\n'.length)).toBe(true);
    const source = await openByteSource(`${base}/rows.csv`);
    for (const chunk of chunks) {
      const text = await readAll(source.read(chunk.start, chunk.end));
      // A cut never falls inside a quoted field: each chunk holds whole quoted pairs.
      expect((text.match(/"/g) ?? []).length % 2).toBe(0);
    }
  });

  it('reads a whole URL as a record source for a local run (format from the path, not the query)', async () => {
    served.body = Buffer.from('id,name\n1,Ada\n2,Grace\n');
    const url = `${base}/people.csv?X-Amz-Signature=abc`;
    const format = detectFormat(url);
    expect(format).toBe('csv');
    const records: unknown[] = [];
    for await (const item of fileSource(url, format).open()) if (item.ok) records.push(item.value);
    expect(records).toEqual([
      { id: '1', name: 'Ada' },
      { id: '2', name: 'Grace' },
    ]);
  });

  it('refuses a server that ignores byte ranges, saying what would work', async () => {
    served.body = jsonl;
    served.ranges = false;
    const failure = await splitInput(`${base}/plain.jsonl`, { chunkBytes: 700 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'config' });
    expect(String((failure as Error).message)).toMatch(/not 206/);
    expect((failure as { hint: string }).hint).toMatch(/range support/);
  });

  it('refuses to read a chunk of content that changed since the split (never mixes two versions)', async () => {
    served.body = jsonl;
    const [chunk] = await splitInput(`${base}/moving.jsonl`, { chunkBytes: 700 });
    served.etag = '"v2"';
    const reopened = openByteSource(chunk?.file ?? '', chunk?.version ?? null);
    await expect(reopened).rejects.toMatchObject({ code: 'config' });
    await expect(reopened).rejects.toThrow(/changed since the run was split/);
  });

  it('hides a presigned query from what it shows, and names a missing URL clearly', async () => {
    const failure = await openByteSource('http://127.0.0.1:1/x.jsonl?token=hunter2').catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'config' });
    expect(String((failure as Error).message)).not.toContain('hunter2');
    expect(await readFile(path.join(dir, 'same.jsonl'), 'utf8')).toBe(jsonl.toString());
  });
});
