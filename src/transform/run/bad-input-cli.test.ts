import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServiceDir } from '../testing/fixtures.ts';
import { loadService } from '../service.ts';
import type { RunRecordResult } from './run.ts';
import { detectFormat } from './readers.ts';
import { fileSource } from './sources.ts';
import { runCodify } from '../../../test/support/codify-cli.ts';

/**
 * Bad input through the real CLI (`codify transform run` as a child process) and, for the many
 * small variants, through the same file source in-process: every input record ends up exactly
 * once in the output or the errors file, with its index, and the run goes on.
 */

const codify = (args: string[], stdin?: Buffer) => runCodify(args, stdin ? { stdin } : {});

const readLines = async (file: string) =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

interface ErrorLine {
  index: number;
  input: unknown;
  error: { kind: string; message: string };
}

/** The error kind a bad record must get: the reader's precise kind, passed on by the run. */
function expectKind(actual: string, expected: string): void {
  expect(actual).toBe(expected);
}

describe('codify transform run: bad input', { timeout: 120_000 }, () => {
  let dir: string;
  let counter = 0;
  const service = () => path.join(dir, 'svc');
  const csvService = () => path.join(dir, 'csv');

  beforeAll(async () => {
    dir = await makeServiceDir({
      'svc/examples.json': [
        { input: { id: 1, name: 'ann' }, output: { id: 1, name: 'ann' } },
        { input: { id: 2, name: 'bob' }, output: { id: 2, name: 'bob' } },
        { input: { id: 3, name: 'cy' }, output: { id: 3, name: 'cy' } },
      ],
      // CSV values are strings.
      'csv/examples.json': [
        { input: { id: '1', name: 'ann' }, output: { id: '1', name: 'ann' } },
        { input: { id: '2', name: 'bob' }, output: { id: '2', name: 'bob' } },
        { input: { id: '3', name: 'cy' }, output: { id: '3', name: 'cy' } },
      ],
    });
    for (const where of [service(), csvService()]) {
      const built = await (await loadService(where)).build();
      expect(built.status, built.reason).toBe('passed');
    }
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function inputFile(bytes: Buffer | string, fileName: string): Promise<string> {
    counter += 1;
    const file = path.join(dir, `${counter}-${fileName}`);
    await writeFile(file, bytes);
    return file;
  }

  /** The real CLI over `input` (a file, or piped to stdin); reads both result files. */
  async function cli(where: string, input: Buffer | string, fileName: string, stdin = false) {
    const bytes = typeof input === 'string' ? Buffer.from(input) : input;
    const inputPath = stdin ? '-' : await inputFile(bytes, fileName);
    const output = path.join(dir, `${++counter}-out.jsonl`);
    const errors = path.join(dir, `${counter}-errors.jsonl`);
    const result = await codify(
      ['transform', 'run', where, '--input', inputPath, '--output', output, '--errors', errors],
      stdin ? bytes : undefined,
    );
    const outputs = await readLines(output).catch(() => []);
    const failures = (await readLines(errors).catch(() => [])) as unknown as ErrorLine[];
    return { result, outputs, failures };
  }

  /** The same file source the CLI and the server use, in-process. */
  async function library(where: string, input: Buffer | string, fileName: string) {
    const file = await inputFile(input, fileName);
    const service = await loadService(where, { sandboxOptions: { workers: 1 } });
    const handle = service.runSource(fileSource(file, detectFormat(file)));
    const results: RunRecordResult[] = [];
    for await (const result of handle) results.push(result);
    const summary = await handle.summary;
    const outputs = results.flatMap((result) =>
      result.ok ? [result.output as Record<string, unknown>] : [],
    );
    const failures = results.flatMap((result) => (result.ok ? [] : [result]));
    return { summary, outputs, failures };
  }

  /** A JSONL file with every kind of bad line, and what each line must become. */
  const mixed = () => {
    const good = (id: number) => Buffer.from(`${JSON.stringify({ id, name: `n${id}` })}\n`);
    const lines: [Buffer, string | null][] = [
      [good(0), null],
      [Buffer.from('{"id": 1, "name": \n'), 'parse'],
      [Buffer.from('\n'), 'skip'], // Blank lines are not records.
      [good(2), null],
      [
        Buffer.concat([Buffer.from('{"id": 3, "name": "Ren'), Buffer.from([0xe9]), Buffer.from('e"}\n')]),
        'encoding',
      ],
      [Buffer.from('42\n'), 'not-object'],
      [Buffer.from('"just a string"\n'), 'not-object'],
      [Buffer.from('null\n'), 'not-object'],
      [Buffer.from('[1, 2]\n'), 'not-object'],
      [Buffer.from('{"id": 9, "name": "trailing",}\n'), 'parse'],
      [good(10), null],
    ];
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const records = lines.map(([, kind]) => kind).filter((kind) => kind !== 'skip');
    return { bytes: Buffer.concat([bom, ...lines.map(([line]) => line)]), records };
  };

  it('reads past malformed, badly encoded and non-object lines (file and stdin): in = out + errors, each error with its index', async () => {
    const { bytes, records } = mixed();
    for (const stdin of [false, true]) {
      const { result, outputs, failures } = await cli(service(), bytes, 'mixed.jsonl', stdin);
      expect(result.code, result.stderr).toBe(1); // Some records went to errors.
      expect(result.stderr).toContain(`Records: ${records.length} in = 3 out + ${records.length - 3} errors`);
      expect(outputs).toEqual([
        { id: 0, name: 'n0' },
        { id: 2, name: 'n2' },
        { id: 10, name: 'n10' },
      ]);
      const expected = records.flatMap((kind, index) => (kind ? [{ index, kind }] : []));
      expect(failures.map((failure) => failure.index)).toEqual(expected.map((error) => error.index));
      failures.forEach((failure, i) => expectKind(failure.error.kind, expected[i]?.kind ?? '?'));
      expect(failures[0]?.error.message).toMatch(/^line 2: /); // The BOM did not shift anything.
      expect(failures[1]?.error.message).toMatch(/^line 5: not valid UTF-8 .*iconv/);
      expect(failures[1]?.input).toBe('{"id": 3, "name": "Ren\ufffde"}');
    }
  });

  it('reads past malformed CSV rows (unbalanced quotes, wrong field counts)', async () => {
    const csv = [
      'id,name',
      '1,ann',
      '2,"bo"b',
      '3',
      '4,dee,extra',
      '5,"e""ve"',
      '6,"never closed',
      '7,gus',
      '',
    ].join('\n');
    const { result, outputs, failures } = await cli(csvService(), csv, 'people.csv');
    expect(result.code, result.stderr).toBe(1);
    expect(outputs.length + failures.length).toBe(6); // Row 6's open quote swallows row 7: one record.
    expect(outputs).toEqual([
      { id: '1', name: 'ann' },
      { id: '5', name: 'e"ve' },
    ]);
    expect(failures.map((failure) => [failure.index, failure.error.kind])).toEqual([
      [1, 'parse'],
      [2, 'parse'],
      [3, 'parse'],
      [5, 'parse'],
    ]);
    expect(failures[0]?.error.message).toMatch(/^line 3: Invalid Closing Quote/);
    expect(failures[1]?.error.message).toMatch(/^line 4: expected 2 fields \(id, name\), got 1/);
    expect(failures[2]?.error.message).toMatch(/^line 5: expected 2 fields \(id, name\), got 3/);
    expect(failures[3]?.error.message).toMatch(
      /^line 7: .*never closed, so lines 7–8 were read as one record/,
    );
  });

  it('finishes a 0-byte input with no records and exit 0', async () => {
    const { result, outputs, failures } = await cli(service(), '', 'empty.jsonl');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Records: 0 in = 0 out + 0 errors');
    expect(outputs).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('finishes other empty inputs (whitespace, an empty array, a header only) with no records', async () => {
    for (const [bytes, name] of [
      [' \n\n\t\r\n', 'blank.jsonl'],
      ['[]', 'empty.json'],
      [' [\n] ', 'spaced.json'],
      ['', 'empty.json'],
      ['', 'empty.csv'],
    ] as const) {
      const { summary } = await library(service(), bytes, name);
      expect(summary, name).toMatchObject({ recordsIn: 0, recordsOut: 0, errors: 0 });
    }
    const { summary } = await library(csvService(), 'id,name\r\n', 'header-only.csv');
    expect(summary).toMatchObject({ recordsIn: 0, recordsOut: 0, errors: 0 });
  });

  it('reads UTF-16 (LE and BE, with and without a BOM) and a UTF-8 BOM the same as UTF-8', async () => {
    const text = [0, 1, 2].map((id) => JSON.stringify({ id, name: `Zoë ${id}` })).join('\n');
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le);
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number];
    const variants = {
      'utf-16le+bom': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      'utf-16be+bom': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      'utf-16le': le,
      'utf-16be': be,
      'utf-8+bom': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      const { summary, outputs } = await library(service(), bytes, `${name}.jsonl`);
      expect(summary.errors, name).toBe(0);
      expect(
        outputs.map((output) => output['name']),
        name,
      ).toEqual(['Zoë 0', 'Zoë 1', 'Zoë 2']);
    }
    const csv = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,name\r\n1,Zoë\r\n', 'utf16le')]);
    const { outputs } = await library(csvService(), csv, 'utf16.csv');
    expect(outputs).toEqual([{ id: '1', name: 'Zoë' }]);
  });
});
