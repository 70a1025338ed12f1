import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../core/errors.ts';
import {
  CheckpointError,
  CheckpointedWriter,
  checkResumable,
  checkpointPath,
  codeFingerprint,
  describeInput,
  readCheckpoint,
  skipRecords,
  writeCheckpoint,
} from './checkpoint.ts';
import type { RunCheckpoint } from './checkpoint.ts';
import type { RunRecordResult } from './run.ts';
import { valuesSource } from './sources.ts';

let dir: string;
let outputPath: string;
let errorsPath: string;
let input: RunCheckpoint['input'];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'codify-checkpoint-'));
  outputPath = path.join(dir, 'out.jsonl');
  errorsPath = path.join(dir, 'out.errors.jsonl');
  await writeFile(path.join(dir, 'transform.ts'), 'export default function transform(x) { return x; }\n');
  await writeFile(path.join(dir, 'schema.json'), '{}');
  await writeFile(path.join(dir, 'input.jsonl'), '{"a":1}\n{"a":2}\n');
  input = await describeInput(path.join(dir, 'input.jsonl'), 'jsonl');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ok = (index: number): RunRecordResult => ({ index, ok: true, output: { n: index } });
const bad = (index: number): RunRecordResult => ({
  index,
  ok: false,
  input: 'raw',
  error: { kind: 'parse', message: 'no' },
});

function writer(resumeFrom: RunCheckpoint | null, every = 2): Promise<CheckpointedWriter> {
  return CheckpointedWriter.open({ outputPath, errorsPath, input, serviceDir: dir, resumeFrom, every });
}

const lineCount = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean).length;

describe('checkpoint files', () => {
  it('round-trips and is written atomically (no temp file left)', async () => {
    const file = checkpointPath(outputPath);
    expect(await readCheckpoint(file)).toBeNull();
    const checkpoint: RunCheckpoint = {
      version: 1,
      input,
      codeHash: 'h',
      errorsPath,
      records: 3,
      recordsOut: 2,
      errorsByKind: { parse: 1 },
      outputBytes: 10,
      errorsBytes: 5,
    };
    await writeCheckpoint(file, checkpoint);
    expect(await readCheckpoint(file)).toEqual(checkpoint);
    expect(existsSync(`${file}.tmp`)).toBe(false);
    await writeFile(file, '{"version": 7}');
    await expect(readCheckpoint(file)).rejects.toThrow(/not a codify run checkpoint/);
  });

  it('fingerprints transform.ts and schema.json', async () => {
    const before = await codeFingerprint(dir);
    expect(await codeFingerprint(dir)).toBe(before);
    await writeFile(path.join(dir, 'schema.json'), '{"type":"object"}');
    expect(await codeFingerprint(dir)).not.toBe(before);
  });

  it('skips the records a resumed run already accounted for', async () => {
    const source = skipRecords(valuesSource(['a', 'b', 'c', 'd']), 2);
    const seen: unknown[] = [];
    for await (const item of source.open()) seen.push(item.ok ? [item.index, item.value] : null);
    expect(seen).toEqual([
      [2, 'c'],
      [3, 'd'],
    ]);
  });
});

describe('CheckpointedWriter', () => {
  it('checkpoints only flushed lines, and a resume cuts what came after the checkpoint', async () => {
    const first = await writer(null);
    await first.write(ok(0));
    await first.write(bad(1)); // Checkpoint here: 2 records.
    await first.write(ok(2)); // Written after the checkpoint: must not survive a resume.
    const saved = await readCheckpoint(checkpointPath(outputPath));
    expect(saved).toMatchObject({ records: 2, recordsOut: 1, errorsByKind: { parse: 1 } });
    // Simulate the kill: the process dies without closing; a torn line follows.
    await appendFile(outputPath, '{"n":2}\n{"n":');
    if (!saved) throw new Error('no checkpoint');
    await checkResumable(saved, { input, outputPath, errorsPath });

    const second = await writer(saved);
    expect(second.records).toBe(2);
    await second.write(ok(2));
    await second.write(ok(3));
    await second.close(true);
    expect(await readFile(outputPath, 'utf8')).toBe('{"n":0}\n{"n":2}\n{"n":3}\n');
    expect(await lineCount(errorsPath)).toBe(1);
    expect(second.recordsOut).toBe(3);
    expect(existsSync(checkpointPath(outputPath))).toBe(false);
  });

  it('leaves a checkpoint at the last result when closed without completing', async () => {
    const run = await writer(null, 100);
    await run.write(ok(0));
    await run.write(ok(1));
    await run.write(bad(2));
    await run.close(false);
    expect(await readCheckpoint(checkpointPath(outputPath))).toMatchObject({ records: 3, recordsOut: 2 });
  });

  it('refuses results out of order', async () => {
    const run = await writer(null);
    await expect(run.write(ok(1))).rejects.toThrow(/expected/);
    await run.close(true);
  });

  it('refuses to resume with other code, a changed input or shortened files', async () => {
    const run = await writer(null, 1);
    await run.write(ok(0));
    const saved = await readCheckpoint(checkpointPath(outputPath));
    if (!saved) throw new Error('no checkpoint');

    await writeFile(path.join(dir, 'transform.ts'), 'export default function transform(x) { return 1; }\n');
    const other = await writer(saved);
    await expect(other.write(ok(1))).rejects.toThrow(/changed since the interrupted run/);
    await other.close(false);

    const grown = { ...input, size: input.size + 1 };
    await expect(checkResumable(saved, { input: grown, outputPath, errorsPath })).rejects.toThrow(
      /changed since the interrupted run/,
    );
    await expect(
      checkResumable(saved, { input, outputPath, errorsPath: path.join(dir, 'other.jsonl') }),
    ).rejects.toThrow(/wrote errors to/);
    await writeFile(outputPath, '');
    await expect(checkResumable(saved, { input, outputPath, errorsPath })).rejects.toThrow(/fewer than/);
  });
});

describe('edited or damaged checkpoints', () => {
  /** A checkpoint as a real run leaves it: 3 records (2 outputs, 1 error) in the files. */
  async function realCheckpoint(): Promise<RunCheckpoint> {
    const run = await writer(null, 100);
    await run.write(ok(0));
    await run.write(bad(1));
    await run.write(ok(2));
    await run.close(false);
    const saved = await readCheckpoint(checkpointPath(outputPath));
    if (!saved) throw new Error('no checkpoint');
    return saved;
  }

  /** Writes `text` as the checkpoint and returns what reading and checking it throws. */
  async function refusal(text: string): Promise<unknown> {
    const file = checkpointPath(outputPath);
    await writeFile(file, text);
    try {
      const checkpoint = await readCheckpoint(file);
      if (checkpoint) await checkResumable(checkpoint, { input, outputPath, errorsPath });
      return null;
    } catch (error) {
      return error;
    }
  }

  const edits: [string, (checkpoint: Record<string, unknown>) => unknown][] = [
    ['records: 1e9', (c) => ({ ...c, records: 1e9 })],
    ['records: -5', (c) => ({ ...c, records: -5 })],
    ['records: 2.5', (c) => ({ ...c, records: 2.5 })],
    ['records: "3"', (c) => ({ ...c, records: '3' })],
    ['records and recordsOut both raised', (c) => ({ ...c, records: 1e9 + 1, recordsOut: 1e9 })],
    ['outputBytes: -1', (c) => ({ ...c, outputBytes: -1 })],
    [
      'outputBytes: 1e400 (Infinity)',
      (c) => JSON.stringify({ ...c, outputBytes: 0 }).replace('"outputBytes":0', '"outputBytes":1e400'),
    ],
    ['errorsByKind: {"parse": -1}', (c) => ({ ...c, errorsByKind: { parse: -1 } })],
    ['errorsByKind: []', (c) => ({ ...c, errorsByKind: [] })],
    ['input: 5', (c) => ({ ...c, input: 5 })],
    ['input.path missing', (c) => ({ ...c, input: { size: 1, mtimeMs: 1, format: 'jsonl' } })],
    ['errorsPath: 7', (c) => ({ ...c, errorsPath: 7 })],
    ['codeHash missing', (c) => ({ ...c, codeHash: undefined })],
  ];

  it.each(edits)(
    'refuses a checkpoint edited to %s, with a typed error saying what to do',
    async (_, edit) => {
      const saved = (await realCheckpoint()) as unknown as Record<string, unknown>;
      const edited = edit(saved);
      const error = await refusal(typeof edited === 'string' ? edited : JSON.stringify(edited));
      expect(error).toBeInstanceOf(CheckpointError);
      expect(error).toBeInstanceOf(ConfigError);
      const described = (error as CheckpointError).describe();
      expect(described).toContain(checkpointPath(outputPath));
      expect(described).toMatch(/→ .*without --resume/);
    },
  );

  it.each([
    ['junk', '{"version": 1, "records": '],
    ['not an object', '[1, 2, 3]'],
    ['null', 'null'],
    ['empty', ''],
    ['binary', '\u0000\u0001\u00ff'],
  ])('refuses a checkpoint that is %s JSON', async (_, text) => {
    const error = await refusal(text);
    expect(error).toBeInstanceOf(CheckpointError);
    expect((error as CheckpointError).describe()).toMatch(/→ .*without --resume/);
  });

  it('accepts the checkpoint a real run wrote, unedited', async () => {
    const saved = await realCheckpoint();
    expect(await refusal(JSON.stringify(saved))).toBeNull();
  });

  it('refuses a checkpoint that counts more records than the input holds', async () => {
    // Consistent with the files in every count, but the input has 2 records, not 3.
    const saved = await realCheckpoint();
    const source = skipRecords(valuesSource(['a', 'b']), saved.records);
    const read = async () => {
      for await (const item of source.open()) void item;
    };
    await expect(read()).rejects.toBeInstanceOf(CheckpointError);
    await expect(read()).rejects.toThrow(/counts 3 records .* input holds 2/);
  });
});
