import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServiceDir, removeServiceDirs } from '../testing/fixtures.ts';
import { loadService } from '../service.ts';
import { checkpointPath, readCheckpoint } from './checkpoint.ts';
import { readRecords } from './readers.ts';
import type { InputFormat, InputItem } from './readers.ts';
import type { RunRecordResult } from './run.ts';
import { fileSource } from './sources.ts';
import { runCodify, startCodify } from '../../../test/support/codify-cli.ts';

/**
 * Bad input files, each class the attack trial used, through the real run path (file source →
 * reader → sandbox → results) and, for checkpoints and kills, the real CLI. The documented outcome
 * for a bad record: one error row with a clear kind and its index and line, the run goes on, every
 * other record comes out, nothing is lost or duplicated. For a bad checkpoint: refused, exit 2.
 */

const ECHO = 'export default function transform(input) {\n  return input;\n}\n';

let dir: string;
/** A service whose transform.ts returns each record unchanged, as if a person had written it. */
let echo: string;

beforeAll(async () => {
  dir = await makeServiceDir({});
  echo = path.join(dir, 'echo');
  await mkdir(echo);
  const write = (name: string, value: unknown) =>
    writeFile(path.join(echo, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  await write('codify.json', { name: 'echo', model: 'local', settings: { qaRate: 0, qaMin: 0 } });
  await write('examples.json', [
    { input: { id: '1' }, output: { id: '1' } },
    { input: { id: '2' }, output: { id: '2' } },
  ]);
  await write('schema.json', { type: 'object' });
  await write('transform.ts', ECHO);
});
afterAll(removeServiceDirs);

let counter = 0;
async function inputFile(bytes: Buffer | string, extension: string): Promise<string> {
  const file = path.join(dir, `input-${++counter}.${extension}`);
  await writeFile(file, bytes);
  return file;
}

/** Runs the echo service over a file in-process; every record's result, in order. */
async function run(bytes: Buffer | string, format: InputFormat): Promise<RunRecordResult[]> {
  const file = await inputFile(bytes, format);
  const service = await loadService(echo, { sandboxOptions: { workers: 1 } });
  const handle = service.runSource(fileSource(file, format));
  const results: RunRecordResult[] = [];
  for await (const result of handle) results.push(result);
  const summary = await handle.summary;
  expect(summary.recordsIn).toBe(results.length);
  expect(results.map((result) => result.index)).toEqual(results.map((_, i) => i));
  return results;
}

const outcome = (results: RunRecordResult[]) =>
  results.map((result) =>
    result.ok ? (result.output as Record<string, unknown>)['id'] : `${result.error.kind}@${result.line}`,
  );

const jsonl = (ids: (string | null)[], eol: string) =>
  ids.map((id) => (id === null ? '{"id": "broken",' : JSON.stringify({ id }))).join(eol) + eol;

describe('bad input files through the run path', { timeout: 300_000 }, () => {
  it('CR-only, CRLF and mixed line endings: every line a record, errors on the right line', async () => {
    const ids = ['a', 'b', null, 'd'];
    for (const eol of ['\r', '\r\n', '\n']) {
      expect(outcome(await run(jsonl(ids, eol), 'jsonl'))).toEqual(['a', 'b', 'parse@3', 'd']);
    }
    const mixed = '{"id":"a"}\r{"id":"b"}\r\n{"id":"c"}\n\r\n{"id":"e"}';
    expect(outcome(await run(mixed, 'jsonl'))).toEqual(['a', 'b', 'c', 'e']);
    const csv = 'id,name\r1,ann\r2,"b\rob"\r3\r4,dee\r';
    expect(outcome(await run(csv, 'csv'))).toEqual(['1', '2', 'parse@5', '4']);
  });

  it('a byte-order mark (UTF-8, UTF-16 LE/BE) is not part of the first record', async () => {
    const text = jsonl(['a', 'b'], '\n');
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(Buffer.from(text, 'utf16le')).swap16();
    for (const bytes of [bom8, le, Buffer.concat([Buffer.from([0xfe, 0xff]), be])])
      expect(outcome(await run(bytes, 'jsonl'))).toEqual(['a', 'b']);
    const csv = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,name\r\n1,ann\r\n')]);
    expect(outcome(await run(csv, 'csv'))).toEqual(['1']);
  });

  it('invalid UTF-8 costs its own line (an encoding error), in every format', async () => {
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    const lines = Buffer.concat([
      Buffer.from('{"id":"a"}\r'),
      latin1('{"id":"caf\u00e9"}\r'),
      Buffer.from('{"id":"c"}\r'),
    ]);
    expect(outcome(await run(lines, 'jsonl'))).toEqual(['a', 'encoding@2', 'c']);
    const csv = Buffer.concat([Buffer.from('id\n1\n'), latin1('caf\u00e9\n'), Buffer.from('3\n')]);
    expect(outcome(await run(csv, 'csv'))).toEqual(['1', 'encoding@3', '3']);
  });

  it('a line of 20 Mi characters is one too-large error; the records around it come out', async () => {
    const huge = `{"id":"${'x'.repeat(20 * 1024 * 1024)}"}`;
    const text = `{"id":"a"}\r${huge}\r{"id":"c"}\r`;
    expect(outcome(await run(text, 'jsonl'))).toEqual(['a', 'too-large@2', 'c']);
  });

  it('deep nesting in one record does not stop the reader: the records after it are read', async () => {
    // The sandbox's handling of a deep record is its own concern; here the reader must go on.
    const deep = `{"id":"deep","v":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const items: InputItem[] = [];
    const source = Readable.from([`{"id":"a"}\n${deep}\n{"id":"c"}\n{"id":\n`]);
    for await (const item of readRecords(source, 'jsonl')) items.push(item);
    expect(items.map((item) => [item.index, item.line, item.ok])).toEqual([
      [0, 1, true],
      [1, 2, true],
      [2, 3, true],
      [3, 4, false],
    ]);
  });

  it('CSV columns named __proto__, constructor and prototype reach the transform as data', async () => {
    const csv = 'id,__proto__,constructor,prototype\n1,"{""admin"":true}",c,p\n';
    const [result] = await run(csv, 'csv');
    expect(result?.ok).toBe(true);
    const output = (result?.ok ? result.output : {}) as Record<string, unknown>;
    expect(Object.keys(output).sort()).toEqual(['__proto__', 'constructor', 'id', 'prototype'].sort());
    expect(Object.getOwnPropertyDescriptor(output, '__proto__')?.value).toBe('{"admin":true}');
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
  });

  it('a truncated file costs only the record it cuts', async () => {
    expect(outcome(await run('{"id":"a"}\n{"id":"b"}\n{"id":"c', 'jsonl'))).toEqual(['a', 'b', 'parse@3']);
    expect(outcome(await run('[{"id":"a"},\r{"id":"b"},\r{"id":', 'json'))).toEqual(['a', 'b', 'parse@3']);
    expect(outcome(await run('id,name\n1,ann\n2,"bo', 'csv'))).toEqual(['1', 'parse@3']);
  });
});

describe('edited checkpoints and kills through the real CLI', { timeout: 600_000 }, () => {
  const RECORDS = 20_000;
  let input: string;
  let service: string;

  beforeAll(async () => {
    service = path.join(dir, 'killed');
    await mkdir(service);
    for (const name of ['codify.json', 'examples.json', 'schema.json', 'transform.ts'])
      await writeFile(path.join(service, name), await readFile(path.join(echo, name)));
    // CR-only line endings and a malformed line every 997: the resume must count lines the same way.
    const lines = Array.from({ length: RECORDS }, (_, i) =>
      i % 997 === 5 ? `{"id":"${i}",` : JSON.stringify({ id: String(i) }),
    );
    input = await inputFile(`${lines.join('\r')}\r`, 'jsonl');
  });

  const args = (output: string) => [
    'transform',
    'run',
    service,
    '--input',
    input,
    '--output',
    output,
    '--frozen',
    '--batch-size',
    '200',
  ];

  /** Starts a run and SIGKILLs it once its checkpoint has moved past `after` records. */
  async function killAfter(output: string, after: number): Promise<'killed' | 'finished'> {
    const { child, done } = startCodify([...args(output), '--resume']);
    let finished = false;
    void done.then(() => (finished = true));
    const file = checkpointPath(output);
    const deadline = Date.now() + 120_000;
    while (!finished) {
      const checkpoint = existsSync(file) ? await readCheckpoint(file).catch(() => null) : null;
      if (checkpoint && checkpoint.records > after) {
        child.kill('SIGKILL');
        await done;
        return 'killed';
      }
      if (Date.now() > deadline) throw new Error('no checkpoint progress within 120 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return 'finished';
  }

  it('SIGKILL/resume cycles end with every record exactly once, in order', async () => {
    const output = path.join(dir, 'cycles.jsonl');
    let kills = 0;
    for (let after = 0; kills < 4; after += 3000) {
      if ((await killAfter(output, after)) === 'finished') break;
      kills += 1;
    }
    expect(kills).toBeGreaterThan(0);
    const finished = await runCodify([...args(output), '--resume']);
    expect(finished.code, finished.stderr).toBe(1); // The malformed lines are errors.
    expect(finished.stderr).toContain(`Records: ${RECORDS} in`);
    const ids = (await readFile(output, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => Number((JSON.parse(line) as { id: string }).id));
    const errors = (await readFile(output.replace(/\.jsonl$/, '.errors.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { index: number; line: number });
    const expectedIds = [...Array(RECORDS).keys()].filter((i) => i % 997 !== 5);
    expect(ids).toEqual(expectedIds);
    expect(errors.map((row) => row.index)).toEqual([...Array(RECORDS).keys()].filter((i) => i % 997 === 5));
    expect(errors.every((row) => row.line === row.index + 1)).toBe(true);
    expect(existsSync(checkpointPath(output))).toBe(false);
  });

  it('an edited checkpoint is refused with exit 2 and the files are left as they were', async () => {
    const output = path.join(dir, 'edited.jsonl');
    expect(await killAfter(output, 2000)).toBe('killed');
    const file = checkpointPath(output);
    const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const before = await readFile(output);
    const edits: Record<string, string> = {
      '1e9': JSON.stringify({ ...saved, records: 1e9 }),
      '-5': JSON.stringify({ ...saved, records: -5 }),
      float: JSON.stringify({ ...saved, records: Number(saved['records']) + 0.5 }),
      string: JSON.stringify({ ...saved, records: String(saved['records']) }),
      'all counts raised': JSON.stringify({
        ...saved,
        records: Number(saved['records']) + 100,
        recordsOut: Number(saved['recordsOut']) + 100,
      }),
      junk: '{"version": 1, "rec',
    };
    for (const [name, text] of Object.entries(edits)) {
      await writeFile(file, text);
      const result = await runCodify([...args(output), '--resume']);
      expect(result.code, `${name}: ${result.stderr}`).toBe(2);
      expect(result.stderr, name).toMatch(/Checkpoint .* cannot be used/);
      expect(result.stderr, name).not.toMatch(/^\s+at /m);
      expect(await readFile(output), name).toEqual(before);
    }
    // The real checkpoint still resumes.
    await writeFile(file, JSON.stringify(saved));
    const resumed = await runCodify([...args(output), '--resume']);
    expect(resumed.stderr).toContain(`Records: ${RECORDS} in`);
  });
});
