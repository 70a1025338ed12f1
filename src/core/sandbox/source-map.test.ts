import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SourceMapLookup } from './source-map.ts';

describe('SourceMapLookup', () => {
  it('maps transpiled TypeScript positions back to the original lines and columns', () => {
    const source = [
      'enum Color {',
      '  Red,',
      '}',
      'export const pick = (c: Color): number => c + missing;',
      '',
    ].join('\n');
    const output = ts.transpileModule(source, {
      compilerOptions: { sourceMap: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    });
    const map = JSON.parse(output.sourceMapText ?? '{}') as { mappings: string };
    const lookup = new SourceMapLookup(map.mappings);
    const generatedLines = output.outputText.split('\n');
    const lineIndex = generatedLines.findIndex((line) => line.includes('missing'));
    const generatedColumn = (generatedLines[lineIndex] ?? '').indexOf('missing') + 1;
    const original = lookup.original(lineIndex + 1, generatedColumn);
    expect(original).toEqual({ line: 4, column: source.split('\n')[3]!.indexOf('missing') + 1 });
  });

  it('returns undefined for lines without mappings and rejects invalid digits', () => {
    expect(new SourceMapLookup(';;AAAA').original(1, 1)).toBeUndefined();
    expect(new SourceMapLookup(';;AAAA').original(3, 5)).toEqual({ line: 1, column: 5 });
    expect(() => new SourceMapLookup('A!')).toThrow(/invalid base64/);
  });
});
