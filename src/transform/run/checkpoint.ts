import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readFile, rename, rm, stat, truncate } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { isUrlInput, openByteSource } from './byte-source.ts';
import { ConfigError } from '../../core/errors.ts';
import type { RunRecordResult } from './run.ts';
import type { RecordSource } from './sources.ts';
import { UNNAMED_REVIEW_REASON, tallyReview } from './review-tally.ts';
import type { ReviewTally } from './review-tally.ts';

const unnamedReviews = (rows: number): ReviewTally => (rows > 0 ? { [UNNAMED_REVIEW_REASON]: rows } : {});

/**
 * A run's progress on disk, so `codify transform run --resume` can finish a run that was killed.
 * It is written only after the output and errors lines it counts are flushed and fsynced, so the
 * files may run ahead of it (those lines are cut on resume) but never behind.
 */
export interface RunCheckpoint {
  version: 1;
  /** The input as it was: resuming over a changed input would mix two datasets. */
  input: { path: string; size: number; mtimeMs: number; format: string };
  /** Fingerprint of transform.ts + schema.json: every output must come from one code version. */
  codeHash: string;
  errorsPath: string;
  /** Input records fully accounted for (records 0 … records-1 are in the files). */
  records: number;
  recordsOut: number;
  errorsByKind: Record<string, number>;
  /** Review rows by reason among them (absent in checkpoints written before reasons were counted). */
  reviewByReason?: Record<string, number>;
  outputBytes: number;
  errorsBytes: number;
}

/**
 * One line of an errors file: `{"index", "line", "input", "error": {"kind", "message"}}`, where
 * `index` is the record's 0-based position among the input's records and `line` the 1-based line
 * of the input file it starts on (absent when the records did not come from a file).
 */
export function errorRow(result: Extract<RunRecordResult, { ok: false }>): string {
  return `${JSON.stringify({ index: result.index, line: result.line, input: result.input, error: result.error })}\n`;
}

/** Where the checkpoint of a run writing `output` lives. */
export function checkpointPath(output: string): string {
  return `${output}.codify-checkpoint.json`;
}

/**
 * The input's identity (absolute path, size, modification time). For an http(s) URL: the URL,
 * its Content-Length, and its Last-Modified time (or, with only an ETag, a number derived from
 * it), so a resume over content that changed is refused as for a file.
 */
export async function describeInput(file: string, format: string): Promise<RunCheckpoint['input']> {
  if (isUrlInput(file)) {
    const source = await openByteSource(file);
    return { path: file, size: source.size, mtimeMs: versionStamp(source.version), format };
  }
  const info = await stat(file);
  return { path: path.resolve(file), size: info.size, mtimeMs: info.mtimeMs, format };
}

function versionStamp(version: string | null): number {
  if (version === null) return 0;
  const modified = /^modified:(.*);size:/.exec(version);
  const time = modified ? Date.parse(modified[1] ?? '') : Number.NaN;
  if (Number.isFinite(time)) return time;
  return createHash('sha256').update(version).digest().readUInt32BE(0);
}

/** SHA-256 of the service's transform.ts and schema.json, as they are on disk now. */
export async function codeFingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of ['transform.ts', 'schema.json']) {
    const file = path.join(dir, name);
    hash.update(existsSync(file) ? await readFile(file) : Buffer.alloc(0));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * A checkpoint that cannot be trusted: unreadable, edited, or not matching the files it counts.
 * Resuming from it could skip records or duplicate them, so the run is refused (exit 2).
 */
export class CheckpointError extends ConfigError {
  constructor(file: string, problem: string) {
    super(`Checkpoint ${file} cannot be used: ${problem}.`, {
      hint: `Delete ${file} and run again without --resume to start over (or restore the checkpoint the interrupted run wrote).`,
    });
  }
}

/**
 * The code changed since the checkpoint was written: continuing would mix outputs of two code
 * versions, so the run must start again from the first record.
 */
export class CodeChangedError extends ConfigError {
  constructor() {
    super(
      'transform.ts or schema.json changed since the interrupted run; resuming would mix outputs of two code versions.',
      { hint: 'Run again without --resume to start over with the current code.' },
    );
  }
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** What is wrong with a parsed checkpoint, or null when it has the shape and counts of one. */
function checkpointProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it is not a JSON object';
  const c = value as Record<string, unknown>;
  if (c['version'] !== 1)
    return `it is not a codify run checkpoint of version 1 (version ${JSON.stringify(c['version'])})`;
  const input = c['input'];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return '"input" is not an object';
  const inputFields = input as Record<string, unknown>;
  if (typeof inputFields['path'] !== 'string') return '"input.path" is not a string';
  if (typeof inputFields['format'] !== 'string') return '"input.format" is not a string';
  if (!isCount(inputFields['size'])) return '"input.size" is not a whole number ≥ 0';
  if (typeof inputFields['mtimeMs'] !== 'number' || !Number.isFinite(inputFields['mtimeMs']))
    return '"input.mtimeMs" is not a number';
  if (typeof c['codeHash'] !== 'string') return '"codeHash" is not a string';
  if (typeof c['errorsPath'] !== 'string') return '"errorsPath" is not a string';
  for (const field of ['records', 'recordsOut', 'outputBytes', 'errorsBytes']) {
    if (!isCount(c[field]))
      return `"${field}" is ${JSON.stringify(c[field]) ?? 'missing'}, not a whole number ≥ 0`;
  }
  const kinds = c['errorsByKind'];
  if (typeof kinds !== 'object' || kinds === null || Array.isArray(kinds))
    return '"errorsByKind" is not an object';
  let errors = 0;
  for (const [kind, count] of Object.entries(kinds)) {
    if (!isCount(count)) return `"errorsByKind.${kind}" is ${JSON.stringify(count)}, not a whole number ≥ 0`;
    errors += count;
  }
  const reasons = c['reviewByReason'];
  if (reasons !== undefined) {
    if (typeof reasons !== 'object' || reasons === null || Array.isArray(reasons))
      return '"reviewByReason" is not an object';
    let review = 0;
    for (const [reason, count] of Object.entries(reasons)) {
      if (!isCount(count))
        return `"reviewByReason.${reason}" is ${JSON.stringify(count)}, not a whole number ≥ 0`;
      review += count;
    }
    const rows = (kinds as Record<string, number>)['review'] ?? 0;
    if (review !== rows) return `it counts ${rows} review rows but ${review} by reason`;
  }
  const records = c['records'] as number;
  const recordsOut = c['recordsOut'] as number;
  if (recordsOut + errors !== records)
    return `it counts ${records} records but ${recordsOut} outputs + ${errors} errors = ${recordsOut + errors}`;
  return null;
}

/** Reads a checkpoint; null when there is none. @throws CheckpointError when it cannot be trusted. */
export async function readCheckpoint(file: string): Promise<RunCheckpoint | null> {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CheckpointError(file, `it is not valid JSON (${(error as Error).message})`);
  }
  const problem = checkpointProblem(parsed);
  if (problem) throw new CheckpointError(file, problem);
  // A fresh object of the known fields: nothing else from the file is carried along.
  const c = parsed as RunCheckpoint;
  return {
    version: 1,
    input: { path: c.input.path, size: c.input.size, mtimeMs: c.input.mtimeMs, format: c.input.format },
    codeHash: c.codeHash,
    errorsPath: c.errorsPath,
    records: c.records,
    recordsOut: c.recordsOut,
    errorsByKind: Object.assign(Object.create(null) as Record<string, number>, c.errorsByKind),
    ...(c.reviewByReason
      ? { reviewByReason: Object.assign(Object.create(null) as Record<string, number>, c.reviewByReason) }
      : {}),
    outputBytes: c.outputBytes,
    errorsBytes: c.errorsBytes,
  };
}

/** Counts the newlines in the first `bytes` bytes of `file`, and whether byte `bytes - 1` is one. */
async function countLines(file: string, bytes: number): Promise<{ lines: number; endsWithNewline: boolean }> {
  if (bytes === 0) return { lines: 0, endsWithNewline: true };
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    let lines = 0;
    let position = 0;
    let last = -1;
    while (position < bytes) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, bytes - position), position);
      if (bytesRead === 0) break;
      for (let at = buffer.indexOf(10); at !== -1 && at < bytesRead; at = buffer.indexOf(10, at + 1))
        lines += 1;
      last = buffer[bytesRead - 1] as number;
      position += bytesRead;
    }
    return { lines, endsWithNewline: last === 10 };
  } finally {
    await handle.close();
  }
}

/** Writes the checkpoint atomically: a temp file, fsynced, renamed over the old one. */
export async function writeCheckpoint(file: string, checkpoint: RunCheckpoint): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(checkpoint, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}

/**
 * Checks that a checkpoint belongs to this run (same input, unchanged, same errors file) and
 * that the output files still hold at least what it counts; throws a ConfigError otherwise.
 */
export async function checkResumable(
  checkpoint: RunCheckpoint,
  run: { input: RunCheckpoint['input']; outputPath: string; errorsPath: string },
): Promise<void> {
  const before = checkpoint.input;
  const fresh = 'Run again without --resume to start over.';
  if (before.path !== run.input.path)
    throw new ConfigError(`The checkpoint is for input ${before.path}, not ${run.input.path}.`, {
      hint: fresh,
    });
  if (before.size !== run.input.size || before.mtimeMs !== run.input.mtimeMs)
    throw new ConfigError(
      `Input ${run.input.path} changed since the interrupted run (size ${before.size} → ${run.input.size}, modified ${new Date(before.mtimeMs).toISOString()} → ${new Date(run.input.mtimeMs).toISOString()}); resuming would mix two datasets.`,
      { hint: fresh },
    );
  if (before.format !== run.input.format)
    throw new ConfigError(
      `The interrupted run read the input as ${before.format}, this one as ${run.input.format}.`,
      {
        hint: `Pass --format ${before.format}, or run again without --resume.`,
      },
    );
  if (path.resolve(checkpoint.errorsPath) !== path.resolve(run.errorsPath))
    throw new ConfigError(
      `The interrupted run wrote errors to ${checkpoint.errorsPath}, this one would write to ${run.errorsPath}.`,
      { hint: `Pass --errors ${checkpoint.errorsPath}, or run again without --resume.` },
    );
  for (const [file, bytes] of [
    [run.outputPath, checkpoint.outputBytes],
    [run.errorsPath, checkpoint.errorsBytes],
  ] as const) {
    const size = existsSync(file) ? (await stat(file)).size : -1;
    if (size < bytes)
      throw new ConfigError(
        `${file} holds ${size < 0 ? 'nothing (missing)' : `${size} bytes`}, fewer than the ${bytes} the checkpoint counts: it was changed after the interrupted run.`,
        { hint: fresh },
      );
  }
  // The files must hold exactly the lines the checkpoint counts, or resuming would skip or repeat records.
  const errors = Object.values(checkpoint.errorsByKind).reduce((sum, n) => sum + n, 0);
  for (const [file, bytes, expected, what] of [
    [run.outputPath, checkpoint.outputBytes, checkpoint.recordsOut, 'outputs'],
    [run.errorsPath, checkpoint.errorsBytes, errors, 'errors'],
  ] as const) {
    const counted = await countLines(file, bytes);
    if (counted.lines !== expected || !counted.endsWithNewline)
      throw new CheckpointError(
        checkpointPath(run.outputPath),
        `it counts ${expected} ${what} in the first ${bytes} bytes of ${file}, which hold ${counted.lines} complete line(s)${counted.endsWithNewline ? '' : ' and a partial one'}`,
      );
  }
}

/**
 * A source that leaves out the first `skip` records (by index), for a resumed run.
 * @throws CheckpointError when the input ends before `skip` records (the checkpoint is not of it).
 */
export function skipRecords(
  source: RecordSource,
  skip: number,
  checkpointFile = 'the checkpoint',
): RecordSource {
  if (skip <= 0) return source;
  return {
    async *open() {
      let seen = 0;
      for await (const item of source.open()) {
        seen += 1;
        if (item.index >= skip) yield item;
      }
      if (seen < skip)
        throw new CheckpointError(
          checkpointFile,
          `it counts ${skip} records already done, but the input holds ${seen}`,
        );
    },
    close: () => source.close(),
  };
}

/** Appends text to a file through a buffer; `sync()` makes everything written so far durable. */
class DurableAppender {
  private readonly handle: FileHandle;
  private pending: string[] = [];
  private pendingBytes = 0;
  /** Bytes in the file once the pending text is written. */
  bytes: number;

  private constructor(handle: FileHandle, bytes: number) {
    this.handle = handle;
    this.bytes = bytes;
  }

  /** Opens `file` for appending after truncating it to `keep` bytes (0: a fresh file). */
  static async open(file: string, keep: number): Promise<DurableAppender> {
    if (keep > 0) await truncate(file, keep);
    return new DurableAppender(await open(file, keep > 0 ? 'a' : 'w'), keep);
  }

  async append(text: string): Promise<void> {
    const size = Buffer.byteLength(text);
    this.pending.push(text);
    this.pendingBytes += size;
    this.bytes += size;
    if (this.pendingBytes >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingBytes = 0;
    await this.handle.write(text);
  }

  async sync(): Promise<void> {
    await this.flush();
    await this.handle.sync();
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}

export interface CheckpointedWriterOptions {
  outputPath: string;
  errorsPath: string;
  input: RunCheckpoint['input'];
  /** The service directory, to fingerprint the code that produced the results. */
  serviceDir: string;
  /** The checkpoint to continue from; null for a fresh run. */
  resumeFrom: RunCheckpoint | null;
  /** Results between checkpoints. */
  every: number;
}

/**
 * Writes a run's results to the output and errors files and checkpoints them every `every`
 * results: lines first (fsynced), then the checkpoint, so a kill at any moment loses nothing and
 * a resume duplicates nothing.
 */
export class CheckpointedWriter {
  private readonly options: CheckpointedWriterOptions;
  private readonly file: string;
  private readonly output: DurableAppender;
  private readonly errors: DurableAppender;
  private codeHash: string | null = null;
  private sinceCheckpoint = 0;
  /** Records accounted for, the resumed ones included. */
  records: number;
  recordsOut: number;
  readonly errorsByKind: Record<string, number>;
  readonly reviewByReason: ReviewTally;

  private constructor(options: CheckpointedWriterOptions, output: DurableAppender, errors: DurableAppender) {
    this.options = options;
    this.file = checkpointPath(options.outputPath);
    this.output = output;
    this.errors = errors;
    const from = options.resumeFrom;
    this.records = from?.records ?? 0;
    this.recordsOut = from?.recordsOut ?? 0;
    this.errorsByKind = { ...from?.errorsByKind };
    // A checkpoint from before reasons were counted: its review rows are counted as unnamed.
    this.reviewByReason = from
      ? (from.reviewByReason ?? unnamedReviews(from.errorsByKind['review'] ?? 0))
      : {};
  }

  /**
   * Opens the files: for a resume, cut to the checkpoint's lengths (dropping lines written after
   * it); for a fresh run, any old checkpoint is removed before the files are emptied.
   */
  static async open(options: CheckpointedWriterOptions): Promise<CheckpointedWriter> {
    const from = options.resumeFrom;
    if (!from) await rm(checkpointPath(options.outputPath), { force: true });
    const output = await DurableAppender.open(options.outputPath, from?.outputBytes ?? 0);
    const errors = await DurableAppender.open(options.errorsPath, from?.errorsBytes ?? 0);
    return new CheckpointedWriter(options, output, errors);
  }

  /** Writes one result (they arrive in input order), checkpointing every `every` results. */
  async write(result: RunRecordResult): Promise<void> {
    if (this.codeHash === null) await this.pinCode();
    if (result.index !== this.records)
      throw new Error(`result ${result.index} arrived where record ${this.records} was expected`);
    if (result.ok) {
      await this.output.append(`${JSON.stringify(result.output)}\n`);
      this.recordsOut += 1;
    } else {
      await this.errors.append(errorRow(result));
      this.errorsByKind[result.error.kind] = (this.errorsByKind[result.error.kind] ?? 0) + 1;
      tallyReview(this.reviewByReason, result.error);
    }
    this.records += 1;
    this.sinceCheckpoint += 1;
    if (this.sinceCheckpoint >= this.options.every) await this.checkpoint();
  }

  /** Makes every written line durable, then records how far the run got. */
  async checkpoint(): Promise<void> {
    if (this.codeHash === null) return; // Nothing written by this process yet.
    await this.output.sync();
    await this.errors.sync();
    await writeCheckpoint(this.file, {
      version: 1,
      input: this.options.input,
      codeHash: this.codeHash,
      errorsPath: this.options.errorsPath,
      records: this.records,
      recordsOut: this.recordsOut,
      errorsByKind: this.errorsByKind,
      reviewByReason: this.reviewByReason,
      outputBytes: this.output.bytes,
      errorsBytes: this.errors.bytes,
    });
    this.sinceCheckpoint = 0;
  }

  /**
   * Closes the files. A completed run removes its checkpoint; an interrupted one (Ctrl-C, an
   * error) leaves a checkpoint at the last written result, so `--resume` continues from there.
   */
  async close(completed: boolean): Promise<void> {
    try {
      if (completed) {
        await this.output.sync();
        await this.errors.sync();
      } else {
        await this.checkpoint();
      }
    } finally {
      await this.output.close();
      await this.errors.close();
    }
    if (completed) await rm(this.file, { force: true });
  }

  /**
   * Fingerprints the code when the first result arrives (a run may build before its first pass,
   * never after, when it cannot regenerate); a resume must find the code of the interrupted run.
   */
  private async pinCode(): Promise<void> {
    const hash = await codeFingerprint(this.options.serviceDir);
    const expected = this.options.resumeFrom?.codeHash;
    if (expected !== undefined && expected !== hash) throw new CodeChangedError();
    this.codeHash = hash;
  }
}
