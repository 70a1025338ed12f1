import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';

/** The text encodings an input file may have; anything else is read as UTF-8. */
export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Input bytes as text. `chunks` can be iterated once; while it runs, `encoding` is settled (after
 * the first chunk) and `invalidLines` collects the 1-based line numbers (LF, CRLF or a lone CR
 * ends a line) holding bytes that are not
 * valid UTF-8 (those bytes come through as U+FFFD). Readers turn such lines into per-record errors
 * and delete the numbers they have looked at, so the set stays small.
 */
export interface DecodedInput {
  chunks: AsyncGenerator<string>;
  readonly encoding: InputEncoding;
  readonly invalidLines: Set<number>;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Decodes a byte stream: a UTF-8 byte-order mark is dropped; UTF-16 (LE or BE) is recognised by
 * its byte-order mark, or without one by the zero byte of an ASCII first character (the RFC 4627
 * rule), and transcoded; everything else is UTF-8, checked chunk by chunk with the native
 * validator so valid input costs almost nothing. A string stream (already decoded) passes through.
 */
export function decodeInput(stream: Readable | AsyncIterable<Buffer | string>): DecodedInput {
  const state: { encoding: InputEncoding } = { encoding: 'utf-8' };
  const invalidLines = new Set<number>();

  async function* chunks(): AsyncGenerator<string> {
    let first = true;
    let utf16: TextDecoder | null = null;
    const utf8 = new TextDecoder('utf-8');
    let carry: Buffer | null = null;
    let line = 1;
    const breaks: BreakState = { afterCR: false };
    for await (const piece of stream as AsyncIterable<Buffer | string>) {
      if (typeof piece === 'string') {
        // Already text (a caller set an encoding): only the BOM needs dropping.
        yield first && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
        first = false;
        continue;
      }
      let bytes: Buffer = carry ? Buffer.concat([carry, piece]) : piece;
      carry = null;
      if (first) {
        if (bytes.length < 4 && bytes.length > 0) {
          // Too short to tell the encoding apart yet (a BOM is 2–3 bytes); wait for more.
          carry = bytes;
          continue;
        }
        first = false;
        const detected = detectEncoding(bytes);
        state.encoding = detected.encoding;
        bytes = bytes.subarray(detected.bomLength);
        if (detected.encoding !== 'utf-8') utf16 = new TextDecoder(detected.encoding);
      }
      if (utf16) {
        const text = utf16.decode(bytes, { stream: true });
        if (text) yield text;
        continue;
      }
      const cut = completeLength(bytes);
      if (cut < bytes.length) carry = Buffer.from(bytes.subarray(cut));
      const whole = bytes.subarray(0, cut);
      line = checkUtf8(whole, line, invalidLines, breaks);
      if (whole.length > 0) yield utf8.decode(whole);
    }
    if (carry) {
      if (first) {
        const detected = detectEncoding(carry);
        state.encoding = detected.encoding;
        carry = carry.subarray(detected.bomLength);
        if (detected.encoding !== 'utf-8') utf16 = new TextDecoder(detected.encoding);
      }
      if (utf16) {
        const text = utf16.decode(carry, { stream: true });
        if (text) yield text;
      } else {
        checkUtf8(carry, line, invalidLines, breaks);
        if (carry.length > 0) yield utf8.decode(carry);
      }
    }
    if (utf16) {
      const rest = utf16.decode();
      if (rest) yield rest;
    }
  }

  return {
    chunks: chunks(),
    get encoding() {
      return state.encoding;
    },
    invalidLines,
  };
}

function detectEncoding(bytes: Buffer): { encoding: InputEncoding; bomLength: number } {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // No BOM: JSON, JSONL and CSV start with an ASCII character, which UTF-16 pairs with a zero byte.
  if (b0 !== undefined && b1 !== undefined && b0 !== 0 && b0 < 0x80 && b1 === 0)
    return { encoding: 'utf-16le', bomLength: 0 };
  if (b0 === 0 && b1 !== undefined && b1 !== 0 && b1 < 0x80) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/**
 * The length of the longest prefix that does not end inside a multi-byte UTF-8 sequence, so a
 * character split between two chunks is validated and decoded whole with the next chunk.
 */
function completeLength(bytes: Buffer): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back] as number;
    if (byte < 0x80) return end; // ASCII: nothing is open.
    if (byte >= 0xc0) {
      // A lead byte `back` bytes from the end: complete only if its sequence fits.
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? end - back : end;
    }
    // A continuation byte: keep looking for its lead.
  }
  return end;
}

/**
 * Line-break bookkeeping over bytes, the same rule the readers cut lines by: LF, CRLF or a lone
 * CR ends a line, and a CRLF cut between two chunks is one break.
 */
interface BreakState {
  /** The last byte looked at was CR: an LF right after it is part of the same break. */
  afterCR: boolean;
}

/** Records the lines of `bytes` (which starts on line `line`) that are not valid UTF-8; returns the next line number. */
function checkUtf8(bytes: Buffer, line: number, invalidLines: Set<number>, state: BreakState): number {
  if (isUtf8(bytes)) return line + countBreaks(bytes, state);
  // Rare (a file with bad bytes): walk the lines one by one.
  let start = 0;
  let current = line;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte !== NEWLINE && byte !== CR) continue;
    const crlfTail = byte === NEWLINE && (i > 0 ? bytes[i - 1] === CR : state.afterCR);
    if (!crlfTail) {
      if (i > start && !isUtf8(bytes.subarray(start, i))) invalidLines.add(current);
      current += 1;
    }
    start = i + 1;
  }
  if (bytes.length > start && !isUtf8(bytes.subarray(start))) invalidLines.add(current);
  if (bytes.length > 0) state.afterCR = bytes[bytes.length - 1] === CR;
  return current;
}

function countBreaks(bytes: Buffer, state: BreakState): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) {
    const crlfTail = at > 0 ? bytes[at - 1] === CR : state.afterCR;
    if (!crlfTail) count += 1;
  }
  for (let at = bytes.indexOf(CR); at !== -1; at = bytes.indexOf(CR, at + 1)) count += 1;
  if (bytes.length > 0) state.afterCR = bytes[bytes.length - 1] === CR;
  return count;
}
