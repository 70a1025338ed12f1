import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { JsonEditor, parseJsonText } from '../../components/JsonEditor.tsx';
import { ExamplesEditor, emptyRow, examplesOfDraft, type ExamplesDraft } from './ExamplesEditor.tsx';
import { ModelInput } from './ModelInput.tsx';
import { serviceApi } from './service-api.ts';
import './services.css';

const NAME_PATTERN = /^[a-z0-9][a-z0-9-_]{0,63}$/;

/** Create a service from examples; the schema is given or inferred from the example outputs. */
export function NewServicePage() {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [draft, setDraft] = useState<ExamplesDraft>({ mode: 'table', rows: [emptyRow(), emptyRow()] });
  const [schemaMode, setSchemaMode] = useState<'infer' | 'given'>('infer');
  const [schemaText, setSchemaText] = useState('{\n  "type": "object",\n  "properties": {}\n}');
  const [model, setModel] = useState('local');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const nameProblem =
    name === '' || NAME_PATTERN.test(name)
      ? null
      : 'Use 1–64 lowercase letters, digits, "-" or "_", starting with a letter or digit.';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const result = examplesOfDraft(draft);
    if ('error' in result) return setError(new Error(result.error));
    let schema: Record<string, unknown> | undefined;
    if (schemaMode === 'given') {
      const parsed = parseJsonText(schemaText);
      if (!parsed.ok) return setError(new Error(`The schema is not valid JSON: ${parsed.message}`));
      if (!isObject(parsed.value)) return setError(new Error('The schema must be a JSON object.'));
      schema = parsed.value;
    }
    setBusy(true);
    try {
      const answer = await serviceApi.create({
        name,
        examples: result.examples,
        ...(schema ? { schema } : {}),
        model: model.trim() || 'local',
      });
      navigate(`/services/${answer.service.name}`, { state: { schemaInferred: answer.schemaInferred } });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <section>
      <p className="muted">
        <Link to="/services">Services</Link> /
      </p>
      <h1>New service</h1>
      <form onSubmit={(e) => void submit(e)}>
        <div className="card">
          <div className="field-row">
            <label>
              Name
              <input
                type="text"
                value={name}
                required
                aria-invalid={nameProblem !== null}
                placeholder="e.g. phone-e164"
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            <ModelInput value={model} onChange={setModel} />
          </div>
          {nameProblem ? <div className="bad-text">{nameProblem}</div> : null}
        </div>
        <div className="card">
          <h2 style={{ marginTop: 0 }}>Examples</h2>
          <p className="muted">
            Each example is one input record and the output it must become. A handful that cover the odd cases
            (spacing, case, missing values) beat many alike.
          </p>
          <ExamplesEditor draft={draft} onChange={setDraft} />
        </div>
        <div className="card">
          <h2 style={{ marginTop: 0 }}>Output schema</h2>
          <div className="toolbar" role="radiogroup" aria-label="Output schema">
            <label className="inline">
              <input type="radio" checked={schemaMode === 'infer'} onChange={() => setSchemaMode('infer')} />{' '}
              Infer from the example outputs
            </label>
            <label className="inline">
              <input type="radio" checked={schemaMode === 'given'} onChange={() => setSchemaMode('given')} />{' '}
              Enter a JSON Schema
            </label>
          </div>
          {schemaMode === 'given' ? (
            <JsonEditor
              label="Output schema (JSON Schema)"
              value={schemaText}
              onChange={setSchemaText}
              rows={14}
              validate={(value) => (isObject(value) ? null : 'a schema is a JSON object')}
            />
          ) : (
            <p className="muted">
              The inferred schema is saved with the service; review and tighten it in the Schema tab (formats,
              patterns, enums).
            </p>
          )}
        </div>
        <ErrorNotice error={error} />
        <div className="toolbar">
          <button type="submit" className="primary" disabled={busy || name === '' || nameProblem !== null}>
            {busy ? 'Creating…' : 'Create service'}
          </button>
          <Link className="button" to="/services">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
