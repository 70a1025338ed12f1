import { describe, expect, it } from 'vitest';
import { diffLinesOf, sideBySide } from './DiffView.tsx';
import { highlightLines } from './CodeView.tsx';

describe('diffLinesOf', () => {
  it('numbers the old and new lines of a diff between two texts', () => {
    const lines = diffLinesOf({ oldText: 'a\nb\nc\n', newText: 'a\nB\nc\nd\n' });
    expect(lines[0]?.kind).toBe('hunk');
    expect(lines.slice(1)).toEqual([
      { kind: 'context', text: 'a', oldNumber: 1, newNumber: 1 },
      { kind: 'del', text: 'b', oldNumber: 2, newNumber: null },
      { kind: 'add', text: 'B', oldNumber: null, newNumber: 2 },
      { kind: 'context', text: 'c', oldNumber: 3, newNumber: 3 },
      { kind: 'add', text: 'd', oldNumber: null, newNumber: 4 },
    ]);
  });

  it('reads a unified patch as the server stores it, and finds nothing in equal texts', () => {
    const patch = [
      '===================================================================',
      '--- transform.ts',
      '+++ transform.next.ts',
      '@@ -10,2 +10,2 @@',
      ' keep',
      '-old line',
      '+new line',
      '\\ No newline at end of file',
      '',
    ].join('\n');
    const lines = diffLinesOf({ patch });
    expect(lines.map((l) => [l.kind, l.text, l.oldNumber, l.newNumber])).toEqual([
      ['hunk', '@@ -10,2 +10,2 @@', null, null],
      ['context', 'keep', 10, 10],
      ['del', 'old line', 11, null],
      ['add', 'new line', null, 11],
    ]);
    expect(diffLinesOf({ oldText: 'same\n', newText: 'same\n' })).toEqual([]);
  });
});

describe('sideBySide', () => {
  it('pairs each deletion with the addition that replaces it, and leaves the rest alone', () => {
    const rows = sideBySide(diffLinesOf({ oldText: 'a\nb\nc\n', newText: 'a\nB\nB2\nc\n' }));
    const shown = rows.map(({ left, right }) => [left?.text ?? null, right?.text ?? null]);
    expect(shown.slice(1)).toEqual([
      ['a', 'a'],
      ['b', 'B'],
      [null, 'B2'],
      ['c', 'c'],
    ]);
  });
});

describe('highlightLines', () => {
  it('keeps one entry per source line and reopens spans that a line break cuts', () => {
    const source = 'const a = 1;\n/* two\nlines */\nconst s = `x\ny`;\n';
    const lines = highlightLines(source, 'typescript');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line.match(/<span/g)?.length ?? 0).toBe(line.match(/<\/span>/g)?.length ?? 0);
    }
    expect(lines[1]).toContain('hljs-comment');
    expect(lines[2]).toMatch(/^<span class="hljs-comment">lines \*\/<\/span>$/);
    expect(lines[0]).toContain('<span class="hljs-keyword">const</span>');
  });

  it('escapes markup in the source', () => {
    expect(highlightLines('const x = "<b>";', 'typescript').join('')).not.toContain('<b>');
  });
});
