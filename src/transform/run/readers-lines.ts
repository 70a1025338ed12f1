/** One line of text, or the fact that a line was too long to keep. */
export type TextLine =
  | { line: number; text: string; oversized?: undefined }
  /** `preview` is the line's first characters; `chars` its full length. */
  | { line: number; text?: undefined; oversized: { chars: number; preview: string } };

/** Characters of an oversized record kept for the error message and the errors file. */
export const PREVIEW_CHARS = 200;

/**
 * Splits text chunks into lines holding at most `maxChars` characters of any one line: a longer
 * line is dropped as it streams past and reported once, with its length and its first characters,
 * so one 100 MB line costs neither 100 MB of memory nor the rest of the run. A line ends at LF,
 * CRLF or a lone CR (old Mac files), in any mix; a CRLF cut between two chunks is one break.
 * Synchronous per chunk (`push` returns the lines a chunk completes), so reading costs one await
 * per chunk rather than one per line.
 */
export class LineSplitter {
  private readonly maxChars: number;
  private parts: string[] = [];
  private length = 0;
  private preview = '';
  private oversized = false;
  private line = 1;
  /** The previous chunk ended with CR: an LF starting this one belongs to that break. */
  private afterCR = false;

  constructor(maxChars: number) {
    this.maxChars = maxChars;
  }

  /** The lines this chunk completes, in order. */
  push(chunk: string): TextLine[] {
    const lines: TextLine[] = [];
    let start = 0;
    if (this.afterCR) {
      this.afterCR = false;
      if (chunk.charCodeAt(0) === 10) start = 1;
    }
    let lf = chunk.indexOf('\n', start);
    // Most files have no CR at all: look for one once, then only past the last one found.
    let cr = chunk.indexOf('\r', start);
    while (lf !== -1 || cr !== -1) {
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      if (this.length === 0 && !this.oversized && end - start <= this.maxChars) {
        // The common case: a whole line inside this chunk.
        lines.push({ line: this.line++, text: chunk.slice(start, end) });
      } else {
        this.append(chunk.slice(start, end));
        lines.push(this.finish());
      }
      start = end + 1;
      if (end === cr) {
        if (start === chunk.length) this.afterCR = true;
        else if (chunk.charCodeAt(start) === 10) start += 1;
        cr = chunk.indexOf('\r', start);
      }
      if (lf !== -1 && lf < start) lf = chunk.indexOf('\n', start);
    }
    this.append(chunk.slice(start));
    return lines;
  }

  /** The last line, when the input does not end with a newline. */
  end(): TextLine[] {
    return this.length > 0 ? [this.finish()] : [];
  }

  private append(piece: string): void {
    if (piece.length === 0) return;
    this.length += piece.length;
    if (this.oversized) return;
    if (this.length > this.maxChars) {
      this.oversized = true;
      this.preview = previewOf(this.parts, piece);
      this.parts = [];
      return;
    }
    this.parts.push(piece);
  }

  private finish(): TextLine {
    const line = this.line++;
    const { oversized, length, preview, parts } = this;
    this.parts = [];
    this.length = 0;
    this.preview = '';
    this.oversized = false;
    if (oversized) return { line, oversized: { chars: length, preview } };
    return { line, text: parts.length === 1 ? (parts[0] as string) : parts.join('') };
  }
}

/** The first {@link PREVIEW_CHARS} characters of `parts` followed by `piece`, without joining them all. */
export function previewOf(parts: readonly string[], piece: string): string {
  let preview = '';
  for (const part of [...parts, piece]) {
    preview += part.slice(0, PREVIEW_CHARS - preview.length);
    if (preview.length >= PREVIEW_CHARS) break;
  }
  return preview;
}

/** "4.9 Ki characters" style size of a character count, for messages. */
export function describeSize(chars: number): string {
  if (chars >= 1024 * 1024) return `${(chars / (1024 * 1024)).toFixed(1)} Mi characters`;
  if (chars >= 1024) return `${(chars / 1024).toFixed(1)} Ki characters`;
  return `${chars} characters`;
}

/**
 * Counts line breaks the way {@link LineSplitter} cuts lines (LF, CRLF, lone CR), across chunks:
 * `afterCR` carries whether the previous chunk ended with CR.
 */
export class BreakCounter {
  private afterCR = false;

  /** Breaks in `text`, which follows the text counted so far. */
  count(text: string): number {
    let breaks = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
      const before = at > 0 ? text.charCodeAt(at - 1) === 13 : this.afterCR;
      if (!before) breaks += 1;
    }
    for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) breaks += 1;
    if (text.length > 0) this.afterCR = text.charCodeAt(text.length - 1) === 13;
    return breaks;
  }
}
