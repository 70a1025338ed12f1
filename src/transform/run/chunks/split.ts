import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../../core/errors.ts';
import { detectFormat } from '../readers.ts';
import type { InputFormat } from '../readers.ts';
import { inputNameForFormat, isUrlInput, openByteSource } from '../byte-source.ts';
import type { ByteSource } from '../byte-source.ts';

/** A byte range of one input file that holds whole records; CSV chunks also carry the header. */
export interface ChunkRange {
  /** 0-based position of the chunk in the run (the merge order). */
  index: number;
  file: string;
  format: InputFormat;
  /** First byte (inclusive). */
  start: number;
  /** Last byte (exclusive). */
  end: number;
  /** CSV: the header's byte range `[0, headerEnd)`, read before the chunk's bytes; 0 for none. */
  headerEnd: number;
  /** For a URL: the content's validator when split; a worker refuses to read another version. */
  version?: string;
}

export interface SplitOptions {
  /** Target chunk size in bytes (default 8 MiB); a chunk ends at the first record end past it. */
  chunkBytes?: number;
  /** Format of the input (default: from each file's extension). */
  format?: string;
}

export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;

const READ_BLOCK = 64 * 1024;

/**
 * Splits the input into chunks: a JSONL or CSV file (a path, or an http(s) URL served with byte
 * ranges) into byte ranges that end on record boundaries (CSV quote-aware, so a quoted newline
 * never splits a record), or a folder into its files (sorted by name, each split the same way). A
 * JSON array, and a UTF-16 file (its BOM decides how every byte is read), cannot be cut by bytes
 * and stay one chunk.
 */
export async function splitInput(input: string, options: SplitOptions = {}): Promise<ChunkRange[]> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (!Number.isInteger(chunkBytes) || chunkBytes < 1)
    throw new ConfigError(`The chunk size must be a whole number of bytes ≥ 1, not ${chunkBytes}.`);
  const info = isUrlInput(input) ? null : await stat(input).catch(() => null);
  if (!info && !isUrlInput(input))
    throw new ConfigError(`Input ${input} not found.`, {
      hint: 'Pass a file or folder every worker can read at the same path, or an http(s):// URL.',
    });
  const files = info?.isDirectory()
    ? (await readdir(input, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => path.join(input, entry.name))
        .sort()
    : [input];
  const chunks: ChunkRange[] = [];
  for (const file of files) {
    const format = detectFormat(inputNameForFormat(file), options.format);
    const source = await openByteSource(file);
    for (const range of await splitSource(source, format, chunkBytes)) {
      chunks.push({
        index: chunks.length,
        file: source.location,
        format,
        ...range,
        ...(source.version !== null ? { version: source.version } : {}),
      });
    }
  }
  return chunks;
}

async function splitSource(
  source: ByteSource,
  format: InputFormat,
  chunkBytes: number,
): Promise<{ start: number; end: number; headerEnd: number }[]> {
  const size = source.size;
  const head = await readRange(source, 0, Math.min(2, size));
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (format === 'json' || utf16 || size <= chunkBytes) return [{ start: 0, end: size, headerEnd: 0 }];
  const ends =
    format === 'csv' ? await csvRecordEnds(source, chunkBytes) : await lineEnds(source, chunkBytes);
  const headerEnd = format === 'csv' ? (ends.header ?? size) : 0;
  const ranges: { start: number; end: number; headerEnd: number }[] = [];
  let start = headerEnd;
  for (const end of [...ends.cuts, size]) {
    if (end > start) ranges.push({ start, end, headerEnd });
    start = end;
  }
  return ranges.length > 0 ? ranges : [{ start: headerEnd, end: size, headerEnd }];
}

async function readRange(source: ByteSource, start: number, end: number): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of source.read(start, end)) pieces.push(piece);
  return Buffer.concat(pieces);
}

/** JSONL: a cut just after the first newline at or past each multiple of the chunk size. */
async function lineEnds(
  source: ByteSource,
  chunkBytes: number,
): Promise<{ cuts: number[]; header?: number }> {
  const size = source.size;
  const cuts: number[] = [];
  let target = chunkBytes;
  while (target < size) {
    let position = target;
    let cut = size;
    while (position < size) {
      const block = await readRange(source, position, Math.min(size, position + READ_BLOCK));
      if (block.length === 0) break;
      const newline = block.indexOf(0x0a);
      if (newline >= 0) {
        cut = position + newline + 1;
        break;
      }
      position += block.length;
    }
    if (cut >= size) break;
    cuts.push(cut);
    target = cut + chunkBytes;
  }
  return { cuts };
}

/**
 * CSV: one sequential pass that tracks whether each byte is inside quotes (`""` toggles twice, so
 * escaped quotes need no special case); a newline outside quotes ends a record. The first record
 * is the header.
 */
async function csvRecordEnds(
  source: ByteSource,
  chunkBytes: number,
): Promise<{ cuts: number[]; header?: number }> {
  const size = source.size;
  const cuts: number[] = [];
  let header: number | undefined;
  let quoted = false;
  let target = 0;
  let position = 0;
  for await (const block of source.read(0, size)) {
    for (let i = 0; i < block.length; i++) {
      const byte = block[i];
      if (byte === 0x22) quoted = !quoted;
      else if (byte === 0x0a && !quoted) {
        const end = position + i + 1;
        if (header === undefined) {
          header = end;
          target = end + chunkBytes;
        } else if (end >= target && end < size) {
          cuts.push(end);
          target = end + chunkBytes;
        }
      }
    }
    position += block.length;
  }
  return { cuts, ...(header !== undefined ? { header } : {}) };
}
