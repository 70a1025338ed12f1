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
    for (const chunk of done) {
      const files = chunkFiles(runDir, chunk.chunk);
      for await (const piece of createReadStream(files.output)) await write(output, piece as Buffer);
      const lines = createInterface({ input: createReadStream(files.errors), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        const entry = JSON.parse(line) as { index: number };
        await write(errors, `${JSON.stringify({ ...entry, index: entry.index + offset })}\n`);
      }
      offset += chunk.recordsIn;
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
