import { createReadStream, createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { chunkFiles, tempBeside } from './chunk-files.ts';
import type { ChunkDone } from './chunk-files.ts';

/**
 * Concatenates the chunks' outputs in input order into `outputPath`, and their errors into
 * `errorsPath` with each record's index made global (the chunk's local index plus the records of
 * every earlier chunk). Both are written to temp files and renamed, so a failed merge leaves no
 * half file; merging again gives the same bytes.
 */
export async function mergeChunks(
  runDir: string,
  done: readonly ChunkDone[],
  outputPath: string,
  errorsPath: string,
): Promise<void> {
  const outputTemp = tempBeside(outputPath);
  const errorsTemp = tempBeside(errorsPath);
  const output = createWriteStream(outputTemp);
  const errors = createWriteStream(errorsTemp);
  try {
    let offset = 0;
    let file = '';
    let linesBefore = 0;
    for (const chunk of done) {
      if (chunk.file !== file) {
        file = chunk.file;
        linesBefore = 0;
      }
      // The chunk's readers numbered lines from 1 at the header it was given, which is the file's
      // own header: line L of the chunk is line L + (data lines of earlier chunks) of the file.
      const lineShift = linesBefore;
      const files = chunkFiles(runDir, chunk.chunk);
      for await (const piece of createReadStream(files.output)) await write(output, piece as Buffer);
      const lines = createInterface({ input: createReadStream(files.errors), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        const entry = JSON.parse(line) as {
          index: number;
          line?: number;
          error?: { kind?: string; message?: string };
        };
        const error =
          entry.error && lineShift !== 0 && INPUT_ERROR_KINDS.has(entry.error.kind ?? '')
            ? { ...entry.error, message: shiftLineNumbers(entry.error.message ?? '', lineShift) }
            : entry.error;
        const where = entry.line === undefined ? {} : { line: entry.line + lineShift };
        await write(
          errors,
          `${JSON.stringify({ ...entry, index: entry.index + offset, ...where, error })}\n`,
        );
      }
      offset += chunk.recordsIn;
      linesBefore += chunk.lines;
    }
    await end(output);
    await end(errors);
    await rename(outputTemp, outputPath);
    await rename(errorsTemp, errorsPath);
  } finally {
    output.destroy();
    errors.destroy();
    await rm(outputTemp, { force: true });
    await rm(errorsTemp, { force: true });
  }
}

/** Errors raised while reading the input: their messages name lines of the input file. */
const INPUT_ERROR_KINDS = new Set(['parse', 'encoding', 'too-large', 'not-object']);

/**
 * `line 12`, `lines 12–14`, `at line 12`: the numbers moved by `shift` (the readers' wording).
 * `line 1 column 22` is JSON.parse's position inside the record, not a line of the file: kept.
 */
export function shiftLineNumbers(message: string, shift: number): string {
  return message.replace(
    /\b(lines?) (\d+)(?:–(\d+))?(?!\d| column)/g,
    (_match, word: string, first: string, last: string | undefined) =>
      `${word} ${Number(first) + shift}${last !== undefined ? `–${Number(last) + shift}` : ''}`,
  );
}

function write(stream: WriteStream, data: string | Buffer): Promise<void> | void {
  if (stream.write(data)) return;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

function end(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}
