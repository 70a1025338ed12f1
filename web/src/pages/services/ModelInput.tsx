import { useId } from 'react';

/** Model specs people use most; any other `provider:model` spec may be typed. */
const SUGGESTIONS = ['local', 'auto', 'openai:gpt-4.1-mini', 'anthropic:claude-sonnet-4-5'];

/** A model spec field with suggestions; `local` is the embedded engine (no model, $0). */
export function ModelInput({
  value,
  onChange,
  label = 'Model',
}: {
  value: string;
  onChange: (value: string) => void;
  label?: string;
}) {
  const listId = useId();
  return (
    <label>
      {label}
      <input
        type="text"
        list={listId}
        value={value}
        placeholder="local"
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {SUGGESTIONS.map((spec) => (
          <option key={spec} value={spec} />
        ))}
      </datalist>
    </label>
  );
}
