import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { ConfigError } from '../../core/errors.ts';
import { readRecords } from './readers.ts';
import type { InputFormat, InputItem } from './readers.ts';

/**
 * Records a run can read more than once: after a rebuild the run starts again from the first
 * record, so every output comes from the final code. Only one `open()` is read at a time.
 */
export interface RecordSource {
  open(): AsyncIterable<InputItem>;
  close(): Promise<void>;
}

/** A file: each pass simply reads it again. */
export function fileSource(file: string, format: InputFormat): RecordSource {
  if (!existsSync(file)) {
    throw new ConfigError(`Input file ${file} not found.`, {
      hint: 'Pass an existing file to --input, or - for stdin.',
    });
  }
  return {
    open: () => readRecords(createReadStream(file), format),
    close: async () => {},
  };
}

/** A stream read once (stdin): items are spooled to a temp file as they are read, so a restart can replay them. */
export function streamSource(stream: Readable, format: InputFormat): RecordSource {
  return spooledSource(readRecords(stream, format));
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
