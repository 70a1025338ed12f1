import { useId } from 'react';
import './code.css';

/** The result of reading JSON text: the value, or where and why it does not parse. */
export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

/** Parse JSON text, with the parser's message (position included) when it fails. */
export function parseJsonText(text: string): JsonParse {
  if (text.trim() === '') return { ok: false, message: 'Empty: enter a JSON value.' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** JSON as a person edits it: two-space indentation. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? '';
}

/**
 * A labelled textarea for JSON that says at once whether the text parses, and why not.
 * `validate` adds a check of the parsed value (e.g. "must be an object"); it returns a message or null.
 */
export function JsonEditor({
  label,
  value,
  onChange,
  rows = 10,
  validate,
  hideLabel = false,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  rows?: number;
  validate?: (value: unknown) => string | null;
  hideLabel?: boolean;
}) {
  const id = useId();
  const parsed = parseJsonText(value);
  const problem = parsed.ok ? (validate?.(parsed.value) ?? null) : parsed.message;
  return (
    <div className={`json-editor ${problem ? 'invalid' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <textarea
        id={id}
        className="code"
        spellCheck={false}
        rows={rows}
        value={value}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-status`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-status`} className={`json-status ${problem ? 'bad' : 'ok'}`}>
        {problem ? `Invalid: ${problem}` : 'Valid JSON'}
      </span>
    </div>
  );
}
