import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { sendJson } from '../../lib/api.ts';
import type { Run } from '../../lib/types.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { isSecret, type TestConfig } from './types.ts';

/**
 * Start a recording (`run`) or a replay of a test. Asks for every variable without a default and
 * every secret; values with defaults may be overridden. Secret values go in this one request and
 * are dropped from the form once sent: the browser never keeps them.
 */
export function RunTestForm({
  test,
  mode,
  onCancel,
}: {
  test: TestConfig;
  mode: 'run' | 'replay';
  onCancel?: () => void;
}) {
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<string, string>>({});
  const [heal, setHeal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const declared = Object.entries(test.variables);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const variables: Record<string, string> = {};
    for (const [name] of declared) {
      const value = values[name];
      if (value !== undefined && value !== '') variables[name] = value;
    }
    try {
      const { run } = await sendJson<{ run: Run }>(
        `/browser-tests/${encodeURIComponent(test.name)}/${mode}`,
        {
          ...(Object.keys(variables).length ? { variables } : {}),
          ...(mode === 'replay' && heal ? { heal: true } : {}),
        },
      );
      // Forget secrets at once: they were needed for this request only.
      setValues((current) =>
        Object.fromEntries(Object.entries(current).filter(([name]) => !isSecret(name, test.variables[name]))),
      );
      navigate(`/runs/${run.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const label = mode === 'run' ? 'Start run' : heal ? 'Start replay with healing' : 'Start replay';
  return (
    <form
      className="card run-form"
      onSubmit={(e) => void submit(e)}
      aria-label={mode === 'run' ? 'Run the test' : 'Replay the spec'}
      autoComplete="off"
    >
      <h3>{mode === 'run' ? 'Record a run toward the goal' : 'Replay the recorded spec (no planner)'}</h3>
      {declared.length === 0 ? <p className="muted">This test has no variables.</p> : null}
      <div className="form-grid">
        {declared.map(([name, variable]) => {
          const secret = isSecret(name, variable);
          const required = variable.default === undefined;
          return (
            <label key={name}>
              <span>
                {name}
                {secret ? <span className="badge">secret</span> : null}
                {required ? <span className="muted"> (required)</span> : null}
              </span>
              <input
                name={name}
                type={secret ? 'password' : 'text'}
                autoComplete={secret ? 'new-password' : 'off'}
                required={required}
                value={values[name] ?? ''}
                placeholder={variable.default !== undefined ? `default: ${variable.default}` : ''}
                onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
              />
              {variable.description ? <span className="muted small">{variable.description}</span> : null}
            </label>
          );
        })}
      </div>
      {mode === 'replay' ? (
        <label className="checkbox">
          <span>
            <input type="checkbox" checked={heal} onChange={(e) => setHeal(e.target.checked)} /> Heal broken
            steps with the test&apos;s planner (saves <code>spec.healed.json</code> + diff, never overwrites
            spec.json)
          </span>
        </label>
      ) : null}
      <ErrorNotice error={error} />
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy}>
          {label}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
