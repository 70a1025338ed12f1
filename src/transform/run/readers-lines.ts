/** One line of text, or the fact that a line was too long to keep. */
export type TextLine =
  | { line: number; text: string; oversized?: undefined }
  /** `preview` is the line's first characters; `chars` its full length. */
  | { line: number; text?: undefined; oversized: { chars: number; preview: string } };

/** Characters of an oversized record kept for the error message and the errors file. */
export const PREVIEW_CHARS = 200;

/**
 * Splits text chunks into lines (LF or CRLF) holding at most `maxChars` characters of any one
 * line: a longer line is dropped as it streams past and reported once, with its length and its
 * first characters, so one 100 MB line costs neither 100 MB of memory nor the rest of the run.
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

  constructor(maxChars: number) {
    this.maxChars = maxChars;
  }

  /** The lines this chunk completes, in order. */
  push(chunk: string): TextLine[] {
    const lines: TextLine[] = [];
    let start = 0;
    let newline = chunk.indexOf('\n');
    while (newline !== -1) {
      if (this.length === 0 && !this.oversized && newline - start <= this.maxChars) {
        // The common case: a whole line inside this chunk.
        const end = newline > start && chunk.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        lines.push({ line: this.line++, text: chunk.slice(start, end) });
      } else {
        this.append(chunk.slice(start, newline));
        lines.push(this.finish());
      }
      start = newline + 1;
      newline = chunk.indexOf('\n', start);
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
    let text = parts.length === 1 ? (parts[0] as string) : parts.join('');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return { line, text };
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
