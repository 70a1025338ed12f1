/** A generated position and the original position it came from (both 0-based). */
interface Mapping {
  generatedLine: number;
  generatedColumn: number;
  originalLine: number;
  originalColumn: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlqSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit === -1) throw new Error(`invalid base64 VLQ digit ${JSON.stringify(char)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * Maps positions in generated code back to its single source, from a version 3 source map's
 * `mappings`. Only what the sandbox needs: one source, no names.
 */
export class SourceMapLookup {
  private readonly lines: Mapping[][] = [];

  constructor(mappings: string) {
    let originalLine = 0;
    let originalColumn = 0;
    let sourceIndex = 0;
    mappings.split(';').forEach((line, generatedLine) => {
      const entries: Mapping[] = [];
      let generatedColumn = 0;
      for (const segment of line.split(',')) {
        if (segment === '') continue;
        const fields = decodeVlqSegment(segment);
        generatedColumn += fields[0] ?? 0;
        if (fields.length < 4) continue;
        sourceIndex += fields[1] ?? 0;
        originalLine += fields[2] ?? 0;
        originalColumn += fields[3] ?? 0;
        if (sourceIndex !== 0) continue;
        entries.push({ generatedLine, generatedColumn, originalLine, originalColumn });
      }
      this.lines[generatedLine] = entries;
    });
  }

  /**
   * Original 1-based line and column for a 1-based generated position: the closest mapping at or
   * before it on the same line, keeping the column offset inside the mapped segment.
   */
  original(line: number, column: number): { line: number; column: number } | undefined {
    const entries = this.lines[line - 1];
    if (!entries || entries.length === 0) return undefined;
    let best: Mapping | undefined;
    for (const entry of entries) {
      if (entry.generatedColumn <= column - 1) best = entry;
      else break;
    }
    best ??= entries[0];
    if (!best) return undefined;
    const offset = Math.max(0, column - 1 - best.generatedColumn);
    return { line: best.originalLine + 1, column: best.originalColumn + offset + 1 };
  }
}
