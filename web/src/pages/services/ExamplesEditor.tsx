import { useState } from 'react';
import { JsonEditor, parseJsonText, toJsonText } from '../../components/JsonEditor.tsx';
import type { Example } from './service-api.ts';
import './questions.css';

/** One editable example: JSON texts, so a half-typed value is kept as typed. */
export interface ExampleRow {
  key: number;
  input: string;
  output: string;
  /** Carried through unchanged from the stored example. */
  extra: Pick<Example, 'source' | 'note'>;
}

/** The examples being edited: a table of rows, or one pasted JSON array. */
export type ExamplesDraft = { mode: 'table'; rows: ExampleRow[] } | { mode: 'json'; text: string };

let nextKey = 1;

export function emptyRow(): ExampleRow {
  return { key: nextKey++, input: '', output: '', extra: {} };
}

/** Beyond this many examples a table of text areas gets slow: they open as one JSON array. */
const TABLE_LIMIT = 200;

export function draftFromExamples(examples: Example[]): ExamplesDraft {
  if (examples.length > TABLE_LIMIT) return { mode: 'json', text: toJsonText(examples) };
  return {
    mode: 'table',
    rows: examples.map((example) => ({
      key: nextKey++,
      input: toJsonText(example.input),
      output: toJsonText(example.output),
      extra: {
        ...(example.source ? { source: example.source } : {}),
        ...(example.note ? { note: example.note } : {}),
      },
    })),
  };
}

/** The examples a draft holds, or what is wrong with it (naming the row and the cell). */
export function examplesOfDraft(draft: ExamplesDraft): { examples: Example[] } | { error: string } {
  if (draft.mode === 'json') {
    const parsed = parseJsonText(draft.text);
    if (!parsed.ok) return { error: `The examples are not valid JSON: ${parsed.message}` };
    return examplesFromArray(parsed.value);
  }
  const rows = draft.rows.filter((row) => row.input.trim() !== '' || row.output.trim() !== '');
  if (rows.length === 0) return { error: 'Add at least one example.' };
  const examples: Example[] = [];
  for (const [i, row] of rows.entries()) {
    const input = parseJsonText(row.input);
    if (!input.ok) return { error: `Example ${i + 1}: the input is not valid JSON (${input.message}).` };
    const output = parseJsonText(row.output);
    if (!output.ok) return { error: `Example ${i + 1}: the output is not valid JSON (${output.message}).` };
    examples.push({ input: input.value, output: output.value, ...row.extra });
  }
  return { examples };
}

function examplesFromArray(value: unknown): { examples: Example[] } | { error: string } {
  if (!Array.isArray(value)) return { error: 'Paste a JSON array of {"input": …, "output": …} objects.' };
  if (value.length === 0) return { error: 'Add at least one example.' };
  const examples: Example[] = [];
  for (const [i, item] of value.entries()) {
    if (
      !item ||
      typeof item !== 'object' ||
      Array.isArray(item) ||
      !('input' in item) ||
      !('output' in item)
    ) {
      return { error: `Item ${i + 1} must be an object with "input" and "output".` };
    }
    examples.push(item as Example);
  }
  return { examples };
}

/**
 * Examples as a table (input JSON | output JSON per row, add and remove rows) or as one JSON array
 * to paste; switching keeps what was entered.
 */
export function ExamplesEditor({
  draft,
  onChange,
}: {
  draft: ExamplesDraft;
  onChange: (draft: ExamplesDraft) => void;
}) {
  const [switchError, setSwitchError] = useState<string | null>(null);
  const current = examplesOfDraft(draft);

  const toJson = () => {
    setSwitchError(null);
    const rows = draft.mode === 'table' ? draft.rows : [];
    // Rows that do not parse yet go over as their text, so nothing typed is lost.
    const items = rows
      .filter((row) => row.input.trim() !== '' || row.output.trim() !== '')
      .map((row) => {
        const input = parseJsonText(row.input);
        const output = parseJsonText(row.output);
        return { input: input.ok ? input.value : row.input, output: output.ok ? output.value : row.output };
      });
    onChange({ mode: 'json', text: toJsonText(items) });
  };
  const toTable = () => {
    if (draft.mode !== 'json') return;
    const result = examplesOfDraft(draft);
    if ('error' in result) {
      setSwitchError(`Fix the JSON before switching to the table: ${result.error}`);
      return;
    }
    if (result.examples.length > TABLE_LIMIT) {
      setSwitchError(
        `${result.examples.length} examples are too many for the table (at most ${TABLE_LIMIT}): edit them as JSON.`,
      );
      return;
    }
    setSwitchError(null);
    onChange(draftFromExamples(result.examples));
  };

  return (
    <div className="examples-editor">
      <div className="toolbar" role="radiogroup" aria-label="Examples entry">
        <label className="inline">
          <input type="radio" checked={draft.mode === 'table'} onChange={toTable} /> Table
        </label>
        <label className="inline">
          <input type="radio" checked={draft.mode === 'json'} onChange={toJson} /> JSON array
        </label>
        <span className={'error' in current ? 'bad-text' : 'muted'} aria-live="polite">
          {'error' in current ? current.error : `${current.examples.length} example(s)`}
        </span>
      </div>
      {switchError ? (
        <div className="error-notice" role="alert">
          {switchError}
        </div>
      ) : null}
      {draft.mode === 'json' ? (
        <JsonEditor
          label="Examples (JSON array)"
          rows={18}
          value={draft.text}
          onChange={(text) => onChange({ mode: 'json', text })}
          validate={(value) => {
            const result = examplesFromArray(value);
            return 'error' in result ? result.error : null;
          }}
        />
      ) : (
        <ExampleRows rows={draft.rows} onChange={(rows) => onChange({ mode: 'table', rows })} />
      )}
    </div>
  );
}

function ExampleRows({ rows, onChange }: { rows: ExampleRow[]; onChange: (rows: ExampleRow[]) => void }) {
  const update = (key: number, change: Partial<ExampleRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <>
      <table className="table examples-table" aria-label="Examples">
        <thead>
          <tr>
            <th className="index">#</th>
            <th>Input (JSON)</th>
            <th>Output (JSON)</th>
            <th className="actions" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key}>
              <td className="muted index">{i + 1}</td>
              <td className="json-cell">
                <CellEditor
                  label={`Input ${i + 1}`}
                  value={row.input}
                  onChange={(input) => update(row.key, { input })}
                />
              </td>
              <td className="json-cell">
                <CellEditor
                  label={`Output ${i + 1}`}
                  value={row.output}
                  // A person who edits a model's output stands behind it: it is no longer model-labeled.
                  onChange={(output) => update(row.key, { output, extra: personLabeled(row.extra) })}
                />
                {row.extra.source === 'model' ? (
                  <span
                    className="badge model-labeled"
                    title="A model gave this output, not a person: check it, then edit or keep it."
                  >
                    model-labeled
                  </span>
                ) : null}
                {row.extra.note ? <div className="muted">{row.extra.note}</div> : null}
              </td>
              <td className="actions">
                <button
                  type="button"
                  aria-label={`Remove example ${i + 1}`}
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="toolbar">
        <button type="button" onClick={() => onChange([...rows, emptyRow()])}>
          Add example
        </button>
      </div>
    </>
  );
}

function CellEditor({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const parsed = value.trim() === '' ? null : parseJsonText(value);
  const invalid = parsed !== null && !parsed.ok;
  return (
    <>
      <textarea
        className="code"
        aria-label={label}
        aria-invalid={invalid}
        spellCheck={false}
        rows={Math.min(8, Math.max(2, value.split('\n').length))}
        value={value}
        style={invalid ? { borderColor: 'var(--bad)' } : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {invalid && parsed && !parsed.ok ? <div className="bad-text">{parsed.message}</div> : null}
    </>
  );
}

/** The row's extras with the model's mark removed (a person has edited the output). */
function personLabeled(extra: ExampleRow['extra']): ExampleRow['extra'] {
  const { source: _source, ...rest } = extra;
  return rest;
}
