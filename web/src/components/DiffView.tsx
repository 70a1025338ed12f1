import { parsePatch, structuredPatch, type StructuredPatchHunk } from 'diff';
import { useMemo, useState } from 'react';
import './code.css';

/** One line of a diff as shown: its kind and its numbers in the old and new text. */
export interface DiffLine {
  kind: 'context' | 'add' | 'del' | 'hunk';
  text: string;
  oldNumber: number | null;
  newNumber: number | null;
}

type DiffSource =
  | { patch: string; oldText?: undefined; newText?: undefined }
  | { patch?: undefined; oldText: string; newText: string };

/** Lines of a diff from a unified patch text or from two texts (3 lines of context). */
export function diffLinesOf(source: DiffSource): DiffLine[] {
  const hunks: StructuredPatchHunk[] =
    source.patch !== undefined
      ? parsePatch(source.patch).flatMap((file) => file.hunks)
      : structuredPatch('old', 'new', source.oldText, source.newText, undefined, undefined, { context: 3 })
          .hunks;
  const lines: DiffLine[] = [];
  for (const hunk of hunks) {
    lines.push({
      kind: 'hunk',
      text: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
      oldNumber: null,
      newNumber: null,
    });
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    for (const line of hunk.lines) {
      const sign = line[0];
      const text = line.slice(1);
      if (sign === '+') lines.push({ kind: 'add', text, oldNumber: null, newNumber: newLine++ });
      else if (sign === '-') lines.push({ kind: 'del', text, oldNumber: oldLine++, newNumber: null });
      else if (sign === ' ')
        lines.push({ kind: 'context', text, oldNumber: oldLine++, newNumber: newLine++ });
      // "\ No newline at end of file" carries no content.
    }
  }
  return lines;
}

/** Rows of a side-by-side view: deletions paired with the additions that replace them. */
export function sideBySide(lines: DiffLine[]): Array<{ left: DiffLine | null; right: DiffLine | null }> {
  const rows: Array<{ left: DiffLine | null; right: DiffLine | null }> = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as DiffLine;
    if (line.kind === 'del') {
      const dels: DiffLine[] = [];
      const adds: DiffLine[] = [];
      while (i < lines.length && lines[i]?.kind === 'del') dels.push(lines[i++] as DiffLine);
      while (i < lines.length && lines[i]?.kind === 'add') adds.push(lines[i++] as DiffLine);
      for (let k = 0; k < Math.max(dels.length, adds.length); k++) {
        rows.push({ left: dels[k] ?? null, right: adds[k] ?? null });
      }
      continue;
    }
    rows.push(line.kind === 'add' ? { left: null, right: line } : { left: line, right: line });
    i++;
  }
  return rows;
}

/**
 * A diff between two versions of a file, unified or side by side. Give either a unified patch
 * (as the server stores beside transform.next.ts) or the two texts.
 */
export function DiffView(props: DiffSource & { label: string; oldName?: string; newName?: string }) {
  const [mode, setMode] = useState<'unified' | 'split'>('unified');
  const { patch, oldText, newText } = props;
  const lines = useMemo(
    () => diffLinesOf(patch !== undefined ? { patch } : { oldText: oldText ?? '', newText: newText ?? '' }),
    [patch, oldText, newText],
  );
  const added = lines.filter((l) => l.kind === 'add').length;
  const removed = lines.filter((l) => l.kind === 'del').length;

  return (
    <div className="diff" role="region" aria-label={props.label}>
      <div className="toolbar">
        <span className="diff-stats">
          {props.oldName && props.newName ? (
            <>
              <code>{props.oldName}</code> → <code>{props.newName}</code>:{' '}
            </>
          ) : null}
          <span className="added">+{added}</span> <span className="removed">−{removed}</span>
        </span>
        <label className="inline">
          <input
            type="checkbox"
            checked={mode === 'split'}
            onChange={(e) => setMode(e.target.checked ? 'split' : 'unified')}
          />{' '}
          Side by side
        </label>
      </div>
      {lines.length === 0 ? (
        <p className="empty">No differences.</p>
      ) : (
        <div className="diff-view">
          <table>
            <tbody>{mode === 'unified' ? <UnifiedRows lines={lines} /> : <SplitRows lines={lines} />}</tbody>
          </table>
        </div>
      )}
    </div>
  );
}

const SIGN = { add: '+', del: '-', context: ' ', hunk: '' } as const;

function UnifiedRows({ lines }: { lines: DiffLine[] }) {
  return (
    <>
      {lines.map((line, i) =>
        line.kind === 'hunk' ? (
          <tr key={i} className="hunk">
            <td colSpan={3}>{line.text}</td>
          </tr>
        ) : (
          <tr key={i} className={line.kind}>
            <td className="num">{line.oldNumber ?? ''}</td>
            <td className="num">{line.newNumber ?? ''}</td>
            <td className="text">
              <span className="sign">{SIGN[line.kind]}</span>
              {line.text}
            </td>
          </tr>
        ),
      )}
    </>
  );
}

function SplitRows({ lines }: { lines: DiffLine[] }) {
  const rows = useMemo(() => sideBySide(lines), [lines]);
  return (
    <>
      {rows.map(({ left, right }, i) =>
        left?.kind === 'hunk' ? (
          <tr key={i} className="hunk">
            <td colSpan={4}>{left.text}</td>
          </tr>
        ) : (
          <tr key={i}>
            <td className="num">{left?.oldNumber ?? ''}</td>
            <td className={`text ${left?.kind === 'del' ? 'del' : ''}`}>{left?.text ?? ''}</td>
            <td className="num">{right?.newNumber ?? ''}</td>
            <td className={`text ${right?.kind === 'add' ? 'add' : ''}`}>{right?.text ?? ''}</td>
          </tr>
        ),
      )}
    </>
  );
}
