import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import type { CsvError } from 'csv-parse';
import { ConfigError } from '../../core/errors.ts';

export type InputFormat = 'json' | 'jsonl' | 'csv';

/** One record read from the input, or why it could not be read. `index` counts every record, bad ones too. */
export type InputItem =
  | { index: number; ok: true; value: unknown; line: number }
  | { index: number; ok: false; raw: string; line: number; message: string };

/** Picks the format from `--format`, else the file extension; stdin without `--format` is JSONL. */
export function detectFormat(file: string | undefined, explicit?: string): InputFormat {
  if (explicit) {
    if (explicit === 'json' || explicit === 'jsonl' || explicit === 'csv') return explicit;
    if (explicit === 'ndjson') return 'jsonl';
    throw new ConfigError(`Unknown input format "${explicit}".`, {
      hint: 'Use --format json, jsonl or csv.',
    });
  }
  const lower = (file ?? '').toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return 'jsonl';
}

/** Reads records from a byte stream, one at a time, in bounded memory (one record buffered at a time). */
export function readRecords(stream: Readable, format: InputFormat): AsyncGenerator<InputItem> {
  switch (format) {
    case 'jsonl':
      return readJsonLines(stream);
    case 'json':
      return readJsonArray(stream);
    case 'csv':
      return readCsv(stream);
  }
}

async function* readJsonLines(stream: Readable): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  let index = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (!line.trim()) continue;
    try {
      yield { index, ok: true, value: JSON.parse(line), line: lineNumber };
    } catch (error) {
      yield {
        index,
        ok: false,
        raw: line,
        line: lineNumber,
        message: `line ${lineNumber}: ${(error as Error).message}`,
      };
    }
    index += 1;
  }
}

/**
 * A streaming reader of a top-level JSON array (`[{…}, {…}]`): it finds each element's text by
 * tracking nesting and strings, then parses that element alone, so a multi-GB array never sits in
 * memory and a malformed element costs one error, not the run. Input that does not start with `[`
 * is read as a sequence of concatenated JSON values.
 */
async function* readJsonArray(stream: Readable): AsyncGenerator<InputItem> {
  stream.setEncoding('utf8');
  let mode: 'start' | 'array' | 'sequence' | 'done' = 'start';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = '';
  let elementLine = 0;
  let line = 1;
  let index = 0;
  const pending: InputItem[] = [];

  const finishElement = () => {
    const text = element.trim();
    element = '';
    if (!text) return;
    try {
      pending.push({ index, ok: true, value: JSON.parse(text), line: elementLine });
    } catch (error) {
      pending.push({
        index,
        ok: false,
        raw: text,
        line: elementLine,
        message: `line ${elementLine}: ${(error as Error).message}`,
      });
    }
    index += 1;
  };

  for await (const chunk of stream as AsyncIterable<string>) {
    let segmentStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (ch === 10) line += 1;
      if (mode === 'done') continue;
      if (mode === 'start') {
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 0xfeff) continue;
        if (ch === 91 /* [ */) {
          mode = 'array';
          segmentStart = i + 1;
          continue;
        }
        mode = 'sequence';
        segmentStart = i;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === 92 /* \ */) escaped = true;
        else if (ch === 34 /* " */) inString = false;
        continue;
      }
      if (ch === 34) {
        if (depth === 0 && element.trim() === '' && chunk.slice(segmentStart, i).trim() === '')
          elementLine = line;
        inString = true;
        continue;
      }
      if (ch === 123 || ch === 91) {
        if (depth === 0 && element.trim() === '' && chunk.slice(segmentStart, i).trim() === '')
          elementLine = line;
        depth += 1;
        continue;
      }
      if (ch === 125 || ch === 93) {
        if (depth > 0) {
          depth -= 1;
          if (depth === 0 && mode === 'sequence') {
            element += chunk.slice(segmentStart, i + 1);
            segmentStart = i + 1;
            finishElement();
          }
          continue;
        }
        if (ch === 93 && mode === 'array') {
          element += chunk.slice(segmentStart, i);
          finishElement();
          mode = 'done';
          continue;
        }
      }
      if (depth === 0 && ch === 44 /* , */ && mode === 'array') {
        element += chunk.slice(segmentStart, i);
        segmentStart = i + 1;
        finishElement();
        continue;
      }
      if (
        depth === 0 &&
        element.trim() === '' &&
        chunk.slice(segmentStart, i).trim() === '' &&
        !isSpace(ch)
      ) {
        elementLine = line;
      }
      if (depth === 0 && mode === 'sequence' && isSpace(ch)) {
        // A bare value (number, true, …) in a sequence ends at whitespace.
        element += chunk.slice(segmentStart, i);
        segmentStart = i + 1;
        finishElement();
      }
    }
    if (mode !== 'done' && mode !== 'start') element += chunk.slice(segmentStart);
    while (pending.length > 0) yield pending.shift() as InputItem;
  }
  if (mode === 'array') {
    element = element.trim();
    if (element) {
      const raw = element;
      pending.push({
        index,
        ok: false,
        raw,
        line: elementLine,
        message: `line ${elementLine}: the JSON array is not closed (input ended inside it)`,
      });
    }
  } else if (mode === 'sequence') {
    finishElement();
  }
  while (pending.length > 0) yield pending.shift() as InputItem;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/**
 * CSV with a header row: each record becomes an object of strings keyed by the header. A row with
 * the wrong number of fields, or one csv-parse cannot read, is an error with its line number.
 */
async function* readCsv(stream: Readable): AsyncGenerator<InputItem> {
  const skipped: { line: number; message: string; raw: string }[] = [];
  const parser = stream.pipe(
    parseCsv({
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined, raw: string | undefined) => {
        const lines = (error as (CsvError & { lines?: number }) | undefined)?.lines ?? 0;
        skipped.push({ line: lines, message: error?.message ?? 'unreadable CSV record', raw: raw ?? '' });
        return undefined;
      },
    }),
  );
  let header: string[] | null = null;
  let index = 0;
  const flushSkipped = function* (beforeLine: number): Generator<InputItem> {
    while (skipped.length > 0 && (skipped[0]?.line ?? 0) < beforeLine) {
      const skip = skipped.shift() as { line: number; message: string; raw: string };
      yield {
        index: index++,
        ok: false,
        raw: skip.raw,
        line: skip.line,
        message: `line ${skip.line}: ${skip.message}`,
      };
    }
  };
  for await (const entry of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const { record, info } = entry;
    if (!header) {
      header = record.map((name) => name.trim());
      continue;
    }
    yield* flushSkipped(info.lines);
    if (record.length !== header.length) {
      yield {
        index: index++,
        ok: false,
        raw: record.join(','),
        line: info.lines,
        message: `line ${info.lines}: expected ${header.length} fields (${header.join(', ')}), got ${record.length}`,
      };
      continue;
    }
    const value: Record<string, string> = {};
    header.forEach((name, column) => {
      value[name] = record[column] ?? '';
    });
    yield { index: index++, ok: true, value, line: info.lines };
  }
  yield* flushSkipped(Number.POSITIVE_INFINITY);
}
