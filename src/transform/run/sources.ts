import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { ConfigError } from '../../core/errors.ts';
import { isUrlInput, openByteSource } from './byte-source.ts';
import { readRecords } from './readers.ts';
import type { InputFormat, InputItem, ReadOptions } from './readers.ts';

/**
 * Records a run can read more than once: after a rebuild the run starts again from the first
 * record, so every output comes from the final code. Only one `open()` is read at a time.
 */
export interface RecordSource {
  open(): AsyncIterable<InputItem>;
  close(): Promise<void>;
}

/** A file: each pass simply reads it again. */
export function fileSource(file: string, format: InputFormat, options: ReadOptions = {}): RecordSource {
  if (isUrlInput(file)) return urlSource(file, format, options);
  if (!existsSync(file)) {
    throw new ConfigError(`Input file ${file} not found.`, {
      hint: 'Pass an existing file to --input, or - for stdin.',
    });
  }
  return {
    open: () => readRecords(createReadStream(file), format, options),
    close: async () => {},
  };
}

/**
 * An http(s) URL: each pass reads it again, from the same version of the content (the first
 * pass's ETag or Last-Modified); a server that changes it mid-run fails the pass rather than mix
 * two versions in one output.
 */
function urlSource(url: string, format: InputFormat, options: ReadOptions): RecordSource {
  let version: string | null = null;
  async function* bytes(): AsyncGenerator<Buffer> {
    const source = await openByteSource(url, version);
    version = source.version;
    yield* source.read(0, source.size);
  }
  return { open: () => readRecords(bytes(), format, options), close: async () => {} };
}

/** A stream read once (stdin): items are spooled to a temp file as they are read, so a restart can replay them. */
export function streamSource(stream: Readable, format: InputFormat, options: ReadOptions = {}): RecordSource {
  return spooledSource(readRecords(stream, format, options));
}

/** Plain values from a library caller (arrays, generators, async iterables). */
export function valuesSource(records: Iterable<unknown> | AsyncIterable<unknown>): RecordSource {
  async function* items(): AsyncGenerator<InputItem> {
    let index = 0;
    for await (const value of records as AsyncIterable<unknown>) {
      yield { index, ok: true, value, line: index + 1 };
      index += 1;
    }
  }
  // Arrays can simply be iterated again; anything else is spooled.
  if (Array.isArray(records)) return { open: () => items(), close: async () => {} };
  return spooledSource(items());
}

/**
 * Wraps a one-shot iterator: the first pass reads it and appends each item to a spool file; later
 * passes replay the spool, then continue with the live iterator where the previous pass stopped.
 */
function spooledSource(live: AsyncIterator<InputItem>): RecordSource {
  let dir: string | null = null;
  let spoolPath: string | null = null;
  let spooled = 0;
  let liveDone = false;

  async function ensureSpool(): Promise<string> {
    if (!spoolPath) {
      dir = await mkdtemp(path.join(os.tmpdir(), 'codify-input-'));
      spoolPath = path.join(dir, 'input.jsonl');
    }
    return spoolPath;
  }

  async function* open(): AsyncGenerator<InputItem> {
    const file = await ensureSpool();
    if (spooled > 0) {
      const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      for await (const line of lines) {
        if (line) yield JSON.parse(line) as InputItem;
      }
    }
    if (liveDone) return;
    const writer = createWriteStream(file, { flags: 'a' });
    try {
      while (true) {
        const next = await live.next();
        if (next.done) {
          liveDone = true;
          return;
        }
        const text = `${JSON.stringify(next.value)}\n`;
        spooled += 1;
        if (!writer.write(text)) await new Promise<void>((resolve) => writer.once('drain', () => resolve()));
        yield next.value;
      }
    } finally {
      await new Promise<void>((resolve) => writer.end(resolve));
    }
  }

  return {
    open,
    close: async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Turns records that are not JSON objects (numbers, strings, null, arrays) into `not-object`
 * errors before they reach the code, when every example input is an object: such a record is bad
 * input, not a new shape for the code to learn, so it must not trigger a rebuild either. When some
 * example input is not an object the service takes other values, and the source is returned as is.
 */
export function guardRecordShapes(source: RecordSource, exampleInputs: readonly unknown[]): RecordSource {
  if (exampleInputs.length === 0 || !exampleInputs.every(isJsonObject)) return source;
  async function* open(): AsyncGenerator<InputItem> {
    for await (const item of source.open()) {
      if (!item.ok || isJsonObject(item.value)) {
        yield item;
        continue;
      }
      const raw = JSON.stringify(item.value) ?? String(item.value);
      yield {
        index: item.index,
        ok: false,
        raw: raw.length > 1000 ? `${raw.slice(0, 1000)}…` : raw,
        line: item.line,
        kind: 'not-object',
        message: `line ${item.line}: the record is ${describeJsonType(item.value)}, not a JSON object like the examples' inputs`,
      };
    }
  }
  return { open, close: () => source.close() };
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array (${value.length} item${value.length === 1 ? '' : 's'})`;
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return `a ${typeof value}`;
}
