import { useState, type FormEvent } from 'react';
import { sendForm, sendJson } from '../../lib/api.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { looksSecret, type TestConfig, type TestLimits, type TestVariable } from './types.ts';

interface VariableRow {
  key: number;
  name: string;
  defaultValue: string;
  secret: boolean;
  description: string;
}

interface FileRow {
  key: number;
  name: string;
  file: File | null;
}

/** The run limits a test may set, with the library's defaults (src/browser/session.ts). */
const LIMIT_FIELDS: { key: keyof TestLimits; label: string; fallback: number; unit?: 'seconds' }[] = [
  { key: 'maxSteps', label: 'Max steps', fallback: 25 },
  { key: 'maxActions', label: 'Max actions', fallback: 50 },
  { key: 'maxPageViews', label: 'Max page views', fallback: 80 },
  { key: 'maxAttemptsPerStep', label: 'Attempts per step', fallback: 3 },
  { key: 'maxWallMs', label: 'Time limit (s)', fallback: 180, unit: 'seconds' },
];

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const TEST_NAME = /^[a-z0-9][a-z0-9-_]{0,63}$/;
const FILE_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

let nextKey = 1;

function rowsOf(variables: Record<string, TestVariable>): VariableRow[] {
  return Object.entries(variables).map(([name, v]) => ({
    key: nextKey++,
    name,
    defaultValue: v.default ?? '',
    secret: v.secret ?? looksSecret(name),
    description: v.description ?? '',
  }));
}

/**
 * Create or edit a browser test: where it starts, the goal, run-time variables (secret ones are
 * never stored: they are asked for on every run), limits, viewport, planner model, and files for
 * upload steps. Saves with POST (new) or PUT (edit), then uploads any chosen files.
 */
export function TestForm({
  initial,
  onSaved,
  onCancel,
}: {
  /** The test to edit; absent for a new one. */
  initial?: TestConfig;
  onSaved: (test: TestConfig) => void;
  onCancel?: () => void;
}) {
  const editing = initial !== undefined;
  const [name, setName] = useState(initial?.name ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [goal, setGoal] = useState(initial?.goal ?? '');
  const [variables, setVariables] = useState<VariableRow[]>(() => rowsOf(initial?.variables ?? {}));
  const [limits, setLimits] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      LIMIT_FIELDS.map((f) => {
        const value = initial?.limits?.[f.key];
        if (value === undefined) return [f.key, ''];
        return [f.key, String(f.unit === 'seconds' ? value / 1000 : value)];
      }),
    ),
  );
  const [width, setWidth] = useState(initial?.viewport ? String(initial.viewport.width) : '');
  const [height, setHeight] = useState(initial?.viewport ? String(initial.viewport.height) : '');
  const [model, setModel] = useState(initial?.model ?? '');
  const [files, setFiles] = useState<FileRow[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const updateVariable = (key: number, change: Partial<VariableRow>) =>
    setVariables((rows) =>
      rows.map((row) => {
        if (row.key !== key) return row;
        const next = { ...row, ...change };
        // A new name that looks secret starts secret; the checkbox can still say otherwise.
        if (change.name !== undefined && looksSecret(change.name) !== looksSecret(row.name))
          next.secret = looksSecret(change.name);
        return next;
      }),
    );

  const problems = (): string[] => {
    const out: string[] = [];
    if (!editing && !TEST_NAME.test(name))
      out.push('Name: 1–64 characters of a-z, 0-9, "-" or "_", starting with a letter or digit.');
    if (!/^https?:\/\/\S+$/.test(url.trim())) out.push('URL: an http(s) address.');
    if (!goal.trim()) out.push('Goal: say what the test should achieve.');
    const seen = new Set<string>();
    for (const row of variables) {
      if (!VARIABLE_NAME.test(row.name))
        out.push(`Variable "${row.name}": names are identifiers (letters, digits, _ or -).`);
      if (seen.has(row.name)) out.push(`Variable "${row.name}" is declared twice.`);
      seen.add(row.name);
    }
    for (const row of files) {
      if (!row.file) out.push(`File "${row.name}": choose a file.`);
      if (!FILE_KEY.test(row.name))
        out.push(`File name "${row.name}": letters, digits, _ or -, starting with a letter.`);
    }
    for (const field of LIMIT_FIELDS) {
      const raw = limits[field.key] ?? '';
      if (raw !== '' && !(Number(raw) > 0))
        out.push(`${field.label}: a positive number, or empty for the default.`);
    }
    if ((width === '') !== (height === '')) out.push('Viewport: give both width and height, or neither.');
    return out;
  };

  const body = () => {
    const declared: Record<string, TestVariable> = {};
    for (const row of variables) {
      const variable: TestVariable = {};
      if (row.secret) variable.secret = true;
      else if (looksSecret(row.name)) variable.secret = false;
      if (!row.secret && row.defaultValue !== '') variable.default = row.defaultValue;
      if (row.description.trim()) variable.description = row.description.trim();
      declared[row.name] = variable;
    }
    const limitValues: TestLimits = {};
    for (const field of LIMIT_FIELDS) {
      const raw = limits[field.key] ?? '';
      if (raw === '') continue;
      limitValues[field.key] = Math.round(field.unit === 'seconds' ? Number(raw) * 1000 : Number(raw));
    }
    return {
      ...(editing ? {} : { name }),
      url: url.trim(),
      goal: goal.trim(),
      variables: declared,
      // Editing sends {} to clear limits; a new test leaves them out.
      ...(editing || Object.keys(limitValues).length ? { limits: limitValues } : {}),
      ...(width !== '' ? { viewport: { width: Number(width), height: Number(height) } } : {}),
      ...(model.trim() ? { model: model.trim() } : {}),
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problems();
    if (found.length) {
      setError(new Error(found.join(' ')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = editing
        ? await sendJson<{ test: TestConfig }>(
            `/browser-tests/${encodeURIComponent(initial.name)}`,
            body(),
            'PUT',
          )
        : await sendJson<{ test: TestConfig }>('/browser-tests', body());
      let test = answer.test;
      const chosen = files.filter((row): row is FileRow & { file: File } => row.file !== null);
      if (chosen.length) {
        const form = new FormData();
        for (const row of chosen) form.append(row.name, row.file, row.file.name);
        const uploaded = await sendForm<{ files: Record<string, string> }>(
          `/browser-tests/${encodeURIComponent(test.name)}/files`,
          form,
        );
        test = { ...test, files: uploaded.files };
        setFiles([]);
      }
      onSaved(test);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card test-form"
      onSubmit={(e) => void submit(e)}
      aria-label={editing ? 'Edit test' : 'New test'}
    >
      <div className="form-grid">
        {!editing ? (
          <label>
            Name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="signup"
              pattern="[a-z0-9][a-z0-9\-_]{0,63}"
              required
            />
          </label>
        ) : null}
        <label className="wide">
          URL
          <input
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="http://127.0.0.1:3000/"
            required
          />
        </label>
        <label className="wide">
          Goal
          <textarea
            value={goal}
            onChange={(e) => setGoal(e.target.value)}
            rows={3}
            placeholder='Sign up with my name, email and password and accept the terms; expect "Welcome"'
            required
          />
        </label>
      </div>

      <fieldset>
        <legend>Variables</legend>
        <p className="muted small">
          Values the planner types by name (it never sees them). Secret ones are asked for on every run and
          never stored.
        </p>
        {variables.length ? (
          <table className="table variables-table">
            <thead>
              <tr>
                <th>Variable name</th>
                <th>Default</th>
                <th>Secret</th>
                <th>Description</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {variables.map((row, index) => (
                <tr key={row.key}>
                  <td>
                    <input
                      aria-label={`Variable ${index + 1} name`}
                      value={row.name}
                      onChange={(e) => updateVariable(row.key, { name: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Variable ${index + 1} default`}
                      value={row.secret ? '' : row.defaultValue}
                      disabled={row.secret}
                      placeholder={row.secret ? 'asked on each run' : 'none: asked on each run'}
                      onChange={(e) => updateVariable(row.key, { defaultValue: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Variable ${index + 1} secret`}
                      checked={row.secret}
                      onChange={(e) => updateVariable(row.key, { secret: e.target.checked })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Variable ${index + 1} description`}
                      value={row.description}
                      onChange={(e) => updateVariable(row.key, { description: e.target.value })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Remove variable ${index + 1}`}
                      onClick={() => setVariables((rows) => rows.filter((r) => r.key !== row.key))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <button
          type="button"
          onClick={() =>
            setVariables((rows) => [
              ...rows,
              { key: nextKey++, name: '', defaultValue: '', secret: false, description: '' },
            ])
          }
        >
          Add variable
        </button>
      </fieldset>

      <fieldset>
        <legend>Files for upload steps</legend>
        {initial && Object.keys(initial.files).length ? (
          <ul className="inline-list">
            {Object.entries(initial.files).map(([key, path]) => (
              <li key={key}>
                <code>{key}</code> <span className="muted">{path}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {files.map((row, index) => (
          <div className="toolbar" key={row.key}>
            <label>
              Name the planner sees
              <input
                aria-label={`File ${index + 1} name`}
                value={row.name}
                placeholder="receipt"
                onChange={(e) =>
                  setFiles((rows) =>
                    rows.map((r) => (r.key === row.key ? { ...r, name: e.target.value } : r)),
                  )
                }
              />
            </label>
            <label>
              File
              <input
                type="file"
                aria-label={`File ${index + 1}`}
                onChange={(e) => {
                  const file = e.target.files?.[0] ?? null;
                  setFiles((rows) =>
                    rows.map((r) =>
                      r.key === row.key
                        ? {
                            ...r,
                            file,
                            name:
                              r.name ||
                              (file
                                ? file.name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]+/g, '-')
                                : ''),
                          }
                        : r,
                    ),
                  );
                }}
              />
            </label>
            <button type="button" onClick={() => setFiles((rows) => rows.filter((r) => r.key !== row.key))}>
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setFiles((rows) => [...rows, { key: nextKey++, name: '', file: null }])}
        >
          Add file
        </button>
      </fieldset>

      <details
        className="advanced"
        open={
          editing &&
          (Object.keys(initial.limits ?? {}).length > 0 ||
            initial.viewport !== undefined ||
            initial.model !== undefined)
        }
      >
        <summary>Limits, viewport and planner</summary>
        <div className="form-grid">
          {LIMIT_FIELDS.map((field) => (
            <label key={field.key}>
              {field.label}
              <input
                type="number"
                min={1}
                value={limits[field.key] ?? ''}
                placeholder={String(field.fallback)}
                onChange={(e) => setLimits((l) => ({ ...l, [field.key]: e.target.value }))}
              />
            </label>
          ))}
        </div>
        <div className="form-grid">
          <label>
            Viewport width
            <input
              type="number"
              min={200}
              max={4000}
              value={width}
              placeholder="1280"
              onChange={(e) => setWidth(e.target.value)}
            />
          </label>
          <label>
            Viewport height
            <input
              type="number"
              min={200}
              max={4000}
              value={height}
              placeholder="720"
              onChange={(e) => setHeight(e.target.value)}
            />
          </label>
          <label className="wide">
            Planner model
            <input
              list="planner-models"
              value={model}
              placeholder="local (server default)"
              onChange={(e) => setModel(e.target.value)}
            />
            <datalist id="planner-models">
              <option value="local" />
              <option value="openai:gpt-4o-mini" />
              <option value="anthropic:claude-sonnet-4-5" />
              <option value="ollama:llama3.1" />
            </datalist>
          </label>
        </div>
      </details>

      <ErrorNotice error={error} />
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy}>
          {editing ? 'Save changes' : 'Create test'}
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
