import { detectFormat } from './run/readers.ts';
import type { InputFormat } from './run/readers.ts';
import { fileSource } from './run/sources.ts';

/** How many records of a sample a build reads by default (the first ones). */
export const DEFAULT_SAMPLE_LIMIT = 1000;

/** What {@link readSample} read. */
export interface SampleRecords {
  /** The records read, in file order (at most `limit`). */
  records: unknown[];
  /** Records the reader could not parse (skipped: a sample only looks for open questions). */
  skipped: number;
  /** True when the file had more records than `limit`. */
  truncated: boolean;
}

/**
 * The first records of an input file (JSON array, JSONL or CSV, read by the run's own readers), for
 * `build --sample`: the build runs the programs that fit the examples on them to find the inputs the
 * examples do not settle. Records that do not parse are skipped and counted.
 * @param file a path or http(s) URL, as a run reads it; callers that take names from a client (the
 *   server) must resolve them to a file they own first
 * @param options.format json, jsonl or csv (default: from the file's extension)
 * @throws ConfigError when the file is absent or its format unknown
 */
export async function readSample(
  file: string,
  options: { format?: InputFormat; limit?: number } = {},
): Promise<SampleRecords> {
  const limit = options.limit ?? DEFAULT_SAMPLE_LIMIT;
  const source = fileSource(file, detectFormat(file, options.format));
  const records: unknown[] = [];
  let skipped = 0;
  let truncated = false;
  try {
    for await (const item of source.open()) {
      if (records.length >= limit) {
        truncated = true;
        break;
      }
      if (item.ok) records.push(item.value);
      else skipped += 1;
    }
  } finally {
    await source.close();
  }
  return { records, skipped, truncated };
}
