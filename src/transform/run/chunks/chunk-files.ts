import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What a finished chunk wrote; its `.done.json` is the chunk's commit point. */
export interface ChunkDone {
  chunk: number;
  /** Fingerprint of transform.ts + schema.json the chunk ran with. */
  code: string;
  /** The byte range it covered, so a resume with a different split is not mistaken for this one. */
  file: string;
  start: number;
  end: number;
  /** For a URL input: the content validator the chunk read (a resume over changed content reruns it). */
  version?: string;
  recordsIn: number;
  recordsOut: number;
  errors: number;
  errorsByKind: Record<string, number>;
  /** Review rows by reason (absent in markers written before reasons were counted). */
  reviewByReason?: Record<string, number>;
  codeBuiltBy: string | null;
  /** Newlines in the CSV header read before the chunk (0 for JSONL), and in the chunk's own bytes. */
  headerLines: number;
  lines: number;
}

/** The files of chunk `index` in the run folder. */
export function chunkFiles(runDir: string, index: number) {
  const stem = path.join(runDir, `chunk-${String(index).padStart(6, '0')}`);
  return { output: `${stem}.out.jsonl`, errors: `${stem}.errors.jsonl`, done: `${stem}.done.json` };
}

/** A unique temp name beside `file`: two tries of one chunk never write the same temp file. */
export function tempBeside(file: string): string {
  return `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Writes JSON to a temp file, then renames it over `file` (readers see all of it or none). */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  const temp = tempBeside(file);
  await writeFile(temp, `${JSON.stringify(value)}\n`);
  await rename(temp, file);
}

/** The chunk's done marker, or null when the chunk has not finished (or the marker is unreadable). */
export async function readChunkDone(file: string): Promise<ChunkDone | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ChunkDone;
  } catch {
    return null;
  }
}
