/** A unified diff, one line per row, additions and removals coloured (words always shown: + and -). */
export function DiffView({ diff, label }: { diff: string; label?: string }) {
  const lines = diff.replace(/\n$/, '').split('\n');
  return (
    <pre className="diff-view" aria-label={label}>
      {lines.map((line, index) => {
        const kind =
          line.startsWith('+++') || line.startsWith('---')
            ? 'file'
            : line.startsWith('@@')
              ? 'hunk'
              : line.startsWith('+')
                ? 'add'
                : line.startsWith('-')
                  ? 'del'
                  : line.startsWith('=') || line.startsWith('Index:')
                    ? 'file'
                    : 'ctx';
        return (
          <div key={index} className={`diff-${kind}`}>
            {line || ' '}
          </div>
        );
      })}
    </pre>
  );
}
