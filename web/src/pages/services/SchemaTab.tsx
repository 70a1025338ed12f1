import { useState } from 'react';
import { DiffView } from '../../components/DiffView.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { JsonEditor, parseJsonText, toJsonText } from '../../components/JsonEditor.tsx';
import { isObject } from './NewServicePage.tsx';
import { serviceApi, type ServiceDetail } from './service-api.ts';
import { useAction } from './use-action.ts';

/**
 * The output schema: edit it as JSON (checked as you type), infer one from the examples to compare
 * and take, and review a schema a build proposed.
 */
export function SchemaTab({
  service,
  locked,
  onSaved,
}: {
  service: ServiceDetail;
  locked: boolean;
  onSaved: () => void;
}) {
  const stored = toJsonText(service.schema);
  const [text, setText] = useState(stored);
  const [inferred, setInferred] = useState<Record<string, unknown> | null>(null);
  const [saved, setSaved] = useState(false);
  const parsed = parseJsonText(text);
  const valid = parsed.ok && isObject(parsed.value);
  const dirty = text !== stored;

  const infer = useAction(async () => {
    const answer = await serviceApi.inferSchema(service.name);
    setInferred(answer.schema);
  });
  const save = useAction(async () => {
    if (!parsed.ok || !isObject(parsed.value)) throw new Error('The schema must be a valid JSON object.');
    await serviceApi.update(service.name, { schema: parsed.value });
    setSaved(true);
    onSaved();
  });
  const acceptProposed = useAction(async () => {
    const answer = await serviceApi.acceptSchema(service.name);
    setText(toJsonText(answer.service.schema));
    onSaved();
  });

  return (
    <div>
      {service.proposedSchema !== null ? (
        <div className="card" aria-label="Proposed schema" role="region">
          <h2 style={{ marginTop: 0 }}>Proposed schema</h2>
          <p>
            A build found examples that <code>schema.json</code> refuses and proposed this change. Accept it,
            or fix the examples.
          </p>
          <DiffView
            label="Proposed schema change"
            oldName="schema.json"
            newName="proposed"
            oldText={stored}
            newText={toJsonText(service.proposedSchema)}
          />
          <ErrorNotice error={acceptProposed.error} />
          <div className="toolbar">
            <button className="primary" disabled={acceptProposed.busy || locked} onClick={acceptProposed.run}>
              Accept proposed schema
            </button>
          </div>
        </div>
      ) : null}
      {!service.schemaFromFile ? (
        <div className="notice info">
          There is no <code>schema.json</code>: this schema was inferred from the examples. Save it to keep
          it.
        </div>
      ) : null}
      <div className={inferred ? 'two-columns' : undefined}>
        <div>
          <JsonEditor
            label="Output schema (JSON Schema)"
            value={text}
            onChange={(value) => {
              setText(value);
              setSaved(false);
            }}
            rows={22}
            validate={(value) => (isObject(value) ? null : 'a schema is a JSON object')}
          />
          <ErrorNotice error={save.error ?? infer.error} />
          <div className="toolbar">
            <button className="primary" disabled={!valid || !dirty || save.busy || locked} onClick={save.run}>
              {save.busy ? 'Saving…' : 'Save schema'}
            </button>
            <button disabled={infer.busy} onClick={infer.run}>
              {infer.busy ? 'Inferring…' : 'Infer from examples'}
            </button>
            {dirty ? <button onClick={() => setText(stored)}>Discard changes</button> : null}
            {saved && !dirty ? (
              <span className="ok-text" role="status">
                Schema saved.
              </span>
            ) : null}
          </div>
        </div>
        {inferred ? (
          <div className="card" role="region" aria-label="Inferred schema">
            <h2 style={{ marginTop: 0 }}>Inferred from the {service.examples.length} example(s)</h2>
            <DiffView
              label="Editor against inferred schema"
              oldName="editor"
              newName="inferred"
              oldText={text}
              newText={toJsonText(inferred)}
            />
            <div className="toolbar">
              <button
                onClick={() => {
                  setText(toJsonText(inferred));
                  setInferred(null);
                  setSaved(false);
                }}
              >
                Use inferred schema
              </button>
              <button onClick={() => setInferred(null)}>Close</button>
            </div>
            <p className="muted">
              Inference sees only the examples: add formats, patterns or enums that the data must obey.
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
