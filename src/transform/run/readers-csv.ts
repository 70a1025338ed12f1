import { parse as parseCsvText } from 'csv-parse/sync';
import { ConfigError } from '../../core/errors.ts';
import { BreakCounter, previewOf } from './readers-lines.ts';
import { encodingProblem, tooLargeProblem } from './readers-problems.ts';
import type { InputItem } from './readers.ts';

/** One CSV record's text as found by the splitter (quotes respected), with the lines it spans. */
type CsvChunk =
  | { text: string; first: number; last: number; oversized?: undefined }
  | { text?: undefined; first: number; last: number; oversized: { chars: number; preview: string } };

/** Records parsed by one csv-parse call: large enough to amortise the call, small enough to stay cheap. */
const PARSE_BATCH = 256;

/**
 * CSV with a header row: each record becomes an object of strings keyed by the header. Records are
 * cut by a quote-aware splitter (so one bad record cannot desynchronise the rest), bounded by
 * `maxChars`, and parsed by csv-parse in batches; a batch that fails is parsed record by record,
 * so a bad record (unbalanced quote, stray quote, wrong field count, invalid UTF-8, too long)
 * costs only itself. A quote that is never closed runs to the end of the input: that is one error.
 */
export async function* readCsv(
  chunks: AsyncIterable<string>,
  invalidLines: Set<number>,
  maxChars: number,
): AsyncGenerator<InputItem> {
  let header: string[] | null = null;
  let index = 0;
  let batch: Extract<CsvChunk, { text: string }>[] = [];

  const toItem = (record: string[], chunk: { text: string; first: number }): InputItem => {
    const columns = header as string[];
    if (record.length !== columns.length) {
      return {
        index: index++,
        ok: false,
        raw: chunk.text,
        line: chunk.first,
        kind: 'parse',
        message: `line ${chunk.first}: expected ${columns.length} fields (${columns.join(', ')}), got ${record.length}`,
      };
    }
    return { index: index++, ok: true, value: toRecord(columns, record), line: chunk.first };
  };

  function* flush(): Generator<InputItem> {
    if (batch.length === 0) return;
    const records = batch;
    batch = [];
    const together = tryParse(records.map((record) => record.text).join('\n'));
    if (together.ok && together.records.length === records.length) {
      for (let i = 0; i < records.length; i++)
        yield toItem(together.records[i] as string[], records[i] as CsvChunk & { text: string });
      return;
    }
    for (const record of records) {
      const alone = tryParse(record.text);
      if (alone.ok && alone.records.length === 1) {
        yield toItem(alone.records[0] as string[], record);
      } else {
        yield {
          index: index++,
          ok: false,
          raw: record.text,
          line: record.first,
          kind: 'parse',
          message: alone.ok
            ? `line ${record.first}: one record expected, csv-parse found ${alone.records.length}`
            : `line ${record.first}: ${describeCsvError(alone.message, record)}`,
        };
      }
    }
  }

  for await (const chunk of splitCsvRecords(chunks, maxChars)) {
    const encoding = encodingProblem(invalidLines, chunk.first, chunk.last);
    if (!header) {
      if (chunk.oversized) throw headerError(`it is over ${maxChars} characters long`);
      if (encoding) throw headerError('it is not valid UTF-8');
      const parsed = tryParse(chunk.text);
      if (!parsed.ok || parsed.records.length !== 1) {
        throw headerError(parsed.ok ? 'it does not hold exactly one record' : parsed.message);
      }
      header = (parsed.records[0] as string[]).map((name) => name.trim());
      continue;
    }
    if (chunk.oversized || encoding) {
      yield* flush();
      if (chunk.oversized) {
        const problem = tooLargeProblem(chunk.first, chunk.oversized.chars, maxChars);
        const unclosed =
          chunk.last > chunk.first
            ? ` It spans lines ${chunk.first}–${chunk.last}: an unbalanced quote makes everything up to the next closing quote one record.`
            : '';
        yield {
          index: index++,
          ok: false,
          raw: `${chunk.oversized.preview}…`,
          line: chunk.first,
          kind: problem.kind,
          message: problem.message + unclosed,
        };
      } else if (encoding) {
        yield { index: index++, ok: false, raw: chunk.text ?? '', line: chunk.first, ...encoding };
      }
      continue;
    }
    batch.push(chunk);
    if (batch.length >= PARSE_BATCH) yield* flush();
  }
  yield* flush();
}

/**
 * The record as an object keyed by the header, shaped as JSON.parse would make it: every column
 * an own data property. A column named `__proto__` is defined, not assigned (assignment would
 * set the object's prototype and lose the column); `constructor`, `prototype` and the like are
 * plain own properties either way.
 */
function toRecord(columns: readonly string[], fields: readonly string[]): Record<string, string> {
  const value: Record<string, string> = {};
  for (let column = 0; column < columns.length; column++) {
    const name = columns[column] as string;
    const field = fields[column] ?? '';
    if (name === '__proto__')
      Object.defineProperty(value, name, {
        value: field,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else value[name] = field;
  }
  return value;
}

function headerError(why: string): ConfigError {
  return new ConfigError(`The CSV header (its first line) cannot be read: ${why}.`, {
    hint: 'A CSV input needs a header row naming the columns; fix the first line, or pass --format if the file is not CSV.',
  });
}

function tryParse(text: string): { ok: true; records: string[][] } | { ok: false; message: string } {
  try {
    return { ok: true, records: parseCsvText(text, { relax_column_count: true }) as string[][] };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** csv-parse counts lines from the record; say which line of the file it means. */
function describeCsvError(message: string, record: { first: number; last: number }): string {
  const absolute = message.replace(
    /at line (\d+)/g,
    (_match, n: string) => `at line ${record.first + Number(n) - 1}`,
  );
  return record.last > record.first && /Quote Not Closed/i.test(message)
    ? `${absolute} (the quote opened on line ${record.first} is never closed, so lines ${record.first}–${record.last} were read as one record)`
    : absolute;
}

/**
 * Cuts CSV text into records: a record ends at a line break (LF, CRLF or a lone CR) outside
 * quotes; a quote opens a quoted field only at the start of a field (as csv-parse reads it), `""`
 * inside one is an escaped quote.
 * Empty lines are skipped. A record longer than `maxChars` is dropped as it streams past.
 */
async function* splitCsvRecords(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<CsvChunk> {
  let parts: string[] = [];
  let length = 0;
  let dropped = false;
  let preview = '';
  let quoted = false;
  /** Inside a quoted field, the previous character was a quote (closing, or the first of `""`). */
  let quoteSeen = false;
  let fieldStart = true;
  let line = 1;
  let first = 1;
  /** The previous character was CR: an LF right after it is the same line break. */
  let afterCR = false;

  const append = (piece: string) => {
    if (!piece) return;
    length += piece.length;
    if (dropped) return;
    if (length > maxChars) {
      dropped = true;
      preview = previewOf(parts, piece);
      parts = [];
      return;
    }
    parts.push(piece);
  };
  const finish = (): CsvChunk | null => {
    const result: CsvChunk | null = dropped
      ? { first, last: line, oversized: { chars: length, preview } }
      : (() => {
          let text = parts.join('');
          if (text.endsWith('\r')) text = text.slice(0, -1);
          // At the end of the input an unclosed quote may have swallowed trailing newlines.
          const trailing = text.length - text.trimEnd().length;
          const lastLine = line - new BreakCounter().count(text.slice(text.length - trailing));
          return text === '' ? null : { text, first, last: Math.max(first, lastLine) };
        })();
    parts = [];
    length = 0;
    dropped = false;
    preview = '';
    quoted = false;
    quoteSeen = false;
    fieldStart = true;
    return result;
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      const crlfTail = ch === 10 && afterCR;
      afterCR = ch === 13;
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (ch === 34) continue; // `""`: an escaped quote, still inside.
          quoted = false; // The previous quote closed the field; read this character outside.
        } else {
          if (ch === 34) quoteSeen = true;
          else if (ch === 13 || (ch === 10 && !crlfTail)) line += 1;
          continue;
        }
      }
      if (crlfTail) {
        // The LF of a CRLF whose CR already ended the record.
        start = i + 1;
        continue;
      }
      if (ch === 34) {
        if (fieldStart) quoted = true;
        fieldStart = false;
        continue;
      }
      if (ch === 44) {
        fieldStart = true;
        continue;
      }
      if (ch === 10 || ch === 13) {
        append(chunk.slice(start, i));
        start = i + 1;
        const record = finish();
        if (record) yield record;
        line += 1;
        first = line;
        continue;
      }
      fieldStart = false;
    }
    append(chunk.slice(start));
  }
  const record = finish();
  if (record) yield record;
}
