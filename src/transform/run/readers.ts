import type { Readable } from 'node:stream';
import { inputNameForFormat } from './byte-source.ts';
import { ConfigError } from '../../core/errors.ts';
import { readCsv } from './readers-csv.ts';
import { decodeInput } from './readers-decode.ts';
import { LineSplitter, PREVIEW_CHARS } from './readers-lines.ts';
import type { TextLine } from './readers-lines.ts';
import { encodingProblem, tooLargeProblem } from './readers-problems.ts';

export type InputFormat = 'json' | 'jsonl' | 'csv';

/**
 * Why a record could not be read: `parse` (not valid JSON or CSV), `encoding` (bytes that are not
 * valid UTF-8), `too-large` (over the per-record limit), `not-object` (see `guardRecordShapes`).
 */
export type InputErrorKind = 'parse' | 'encoding' | 'too-large' | 'not-object';

/** One record read from the input, or why it could not be read. `index` counts every record, bad ones too. */
export type InputItem =
  | { index: number; ok: true; value: unknown; line: number }
  | { index: number; ok: false; raw: string; line: number; message: string; kind?: InputErrorKind };

export interface ReadOptions {
  /**
   * The longest record kept, in characters (default {@link DEFAULT_MAX_RECORD_CHARS}). A longer
   * record is skipped as it streams past and becomes one `too-large` error; the run goes on.
   */
  maxRecordChars?: number;
}

/** 16 Mi characters: the sandbox's limit on one record's output, applied to inputs too. */
export const DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Picks the format from `--format`, else the file extension; stdin without `--format` is JSONL. */
export function detectFormat(file: string | undefined, explicit?: string): InputFormat {
  if (explicit) {
    if (explicit === 'json' || explicit === 'jsonl' || explicit === 'csv') return explicit;
    if (explicit === 'ndjson') return 'jsonl';
    throw new ConfigError(`Unknown input format "${explicit}".`, {
      hint: 'Use --format json, jsonl or csv.',
    });
  }
  const lower = inputNameForFormat(file ?? '').toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return 'jsonl';
}

/**
 * Reads records from a byte stream, one at a time, in bounded memory (one record of at most
 * `maxRecordChars` buffered at a time). The bytes may be UTF-8 (with or without a BOM) or UTF-16
 * (see `decodeInput`); every record that cannot be read is an error item and reading goes on.
 */
export function readRecords(
  stream: Readable | AsyncIterable<Buffer | string>,
  format: InputFormat,
  options: ReadOptions = {},
): AsyncGenerator<InputItem> {
  const maxChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    throw new ConfigError(`maxRecordChars must be a whole number ≥ 1, not ${maxChars}.`);
  }
  const input = decodeInput(stream);
  switch (format) {
    case 'jsonl':
      return readJsonLines(input.chunks, input.invalidLines, maxChars);
    case 'json':
      return readJsonArray(input.chunks, input.invalidLines, maxChars);
    case 'csv':
      return readCsv(input.chunks, input.invalidLines, maxChars);
  }
}

async function* readJsonLines(
  chunks: AsyncIterable<string>,
  invalidLines: Set<number>,
  maxChars: number,
): AsyncGenerator<InputItem> {
  const splitter = new LineSplitter(maxChars);
  let index = 0;
  const toItem = (entry: TextLine): InputItem | null => {
    if (entry.oversized) {
      invalidLines.delete(entry.line);
      const problem = tooLargeProblem(entry.line, entry.oversized.chars, maxChars, 'line');
      return { index: index++, ok: false, raw: `${entry.oversized.preview}…`, line: entry.line, ...problem };
    }
    const text = entry.text;
    if (!text.trim()) {
      invalidLines.delete(entry.line);
      return null;
    }
    const encoding = encodingProblem(invalidLines, entry.line, entry.line);
    if (encoding) return { index: index++, ok: false, raw: text, line: entry.line, ...encoding };
    const at = index++;
    try {
      return { index: at, ok: true, value: JSON.parse(text), line: entry.line };
    } catch (error) {
      return {
        index: at,
        ok: false,
        raw: text,
        line: entry.line,
        kind: 'parse',
        message: `line ${entry.line}: ${(error as Error).message}`,
      };
    }
  };
  for await (const chunk of chunks) {
    for (const entry of splitter.push(chunk)) {
      const item = toItem(entry);
      if (item) yield item;
    }
  }
  for (const entry of splitter.end()) {
    const item = toItem(entry);
    if (item) yield item;
  }
}

/**
 * A streaming reader of a top-level JSON array (`[{…}, {…}]`): it finds each element's text by
 * tracking nesting and strings, then parses that element alone, so a multi-GB array never sits in
 * memory and a malformed element costs one error, not the run. An element longer than `maxChars`
 * is dropped as it streams past (the scan goes on to find its end) and becomes a `too-large` error.
 * Input that does not start with `[` is read as a sequence of concatenated JSON values.
 */
async function* readJsonArray(
  chunks: AsyncIterable<string>,
  invalidLines: Set<number>,
  maxChars: number,
): AsyncGenerator<InputItem> {
  let mode: 'start' | 'array' | 'sequence' | 'done' = 'start';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = '';
  /** Characters of the current element dropped because it grew past maxChars (0: not oversized). */
  let droppedChars = 0;
  let preview = '';
  let elementLine = 0;
  let line = 1;
  /** The previous character was CR: an LF right after it is the same line break. */
  let afterCR = false;
  let index = 0;
  const pending: InputItem[] = [];

  const finishElement = () => {
    if (droppedChars > 0) {
      const chars = droppedChars + element.length;
      droppedChars = 0;
      element = '';
      encodingProblem(invalidLines, elementLine, line);
      const problem = tooLargeProblem(elementLine, chars, maxChars, 'element');
      pending.push({ index, ok: false, raw: `${preview}…`, line: elementLine, ...problem });
      preview = '';
      index += 1;
      return;
    }
    const text = element.trim();
    element = '';
    if (!text) return;
    if (text.length > maxChars) {
      encodingProblem(invalidLines, elementLine, line);
      const problem = tooLargeProblem(elementLine, text.length, maxChars, 'element');
      pending.push({
        index,
        ok: false,
        raw: `${text.slice(0, PREVIEW_CHARS)}…`,
        line: elementLine,
        ...problem,
      });
      index += 1;
      return;
    }
    const encoding = encodingProblem(invalidLines, elementLine, line);
    if (encoding) {
      pending.push({ index, ok: false, raw: text, line: elementLine, ...encoding });
      index += 1;
      return;
    }
    try {
      pending.push({ index, ok: true, value: JSON.parse(text), line: elementLine });
    } catch (error) {
      pending.push({
        index,
        ok: false,
        raw: text,
        line: elementLine,
        kind: 'parse',
        message: `line ${elementLine}: ${(error as Error).message}`,
      });
    }
    index += 1;
  };
  /** Whether nothing of the current element has been seen before position i of this chunk. */
  const atElementStart = (chunk: string, segmentStart: number, i: number) =>
    droppedChars === 0 && element.trim() === '' && chunk.slice(segmentStart, i).trim() === '';

  for await (const chunk of chunks) {
    let segmentStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (ch === 13 || (ch === 10 && !afterCR)) line += 1;
      afterCR = ch === 13;
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
        if (depth === 0 && atElementStart(chunk, segmentStart, i)) elementLine = line;
        inString = true;
        continue;
      }
      if (ch === 123 || ch === 91) {
        if (depth === 0 && atElementStart(chunk, segmentStart, i)) elementLine = line;
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
      if (depth === 0 && !isSpace(ch) && atElementStart(chunk, segmentStart, i)) {
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
    if (element.length > maxChars) {
      // Keep scanning for the element's end, but not its text.
      if (droppedChars === 0) preview = element.trimStart().slice(0, PREVIEW_CHARS);
      droppedChars += element.length;
      element = '';
    }
    while (pending.length > 0) yield pending.shift() as InputItem;
  }
  if (mode === 'array') {
    const raw = droppedChars > 0 ? `${preview}…` : element.trim();
    if (raw) {
      pending.push({
        index,
        ok: false,
        raw: raw.length > PREVIEW_CHARS * 5 ? `${raw.slice(0, PREVIEW_CHARS)}…` : raw,
        line: elementLine,
        kind: 'parse',
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
