import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { ExamplesEditor, draftFromExamples, examplesOfDraft, type ExamplesDraft } from './ExamplesEditor.tsx';
import { serviceApi, type ServiceDetail } from './service-api.ts';
import { useAction } from './use-action.ts';

/** The service's examples, editable; saving writes examples.json (the code is then rebuilt on demand). */
export function ExamplesTab({
  service,
  locked,
  onSaved,
}: {
  service: ServiceDetail;
  /** True while a run is live: the server refuses changes then. */
  locked: boolean;
  onSaved: () => void;
}) {
  const [draft, setDraft] = useState<ExamplesDraft>(() => draftFromExamples(service.examples));
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const result = examplesOfDraft(draft);
  const save = useAction(async () => {
    if ('error' in result) throw new Error(result.error);
    await serviceApi.update(service.name, { examples: result.examples });
    setDirty(false);
    setSaved(true);
    onSaved();
  });

  return (
    <div>
      <p className="muted">
        What the code must do, by example. The build checks the generated code against every one of them.
      </p>
      <ExamplesEditor
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setDirty(true);
          setSaved(false);
        }}
      />
      <ErrorNotice error={save.error} />
      <div className="toolbar">
        <button
          className="primary"
          disabled={!dirty || save.busy || locked || 'error' in result}
          onClick={save.run}
        >
          {save.busy ? 'Saving…' : 'Save examples'}
        </button>
        {dirty ? (
          <button
            onClick={() => {
              setDraft(draftFromExamples(service.examples));
              setDirty(false);
            }}
          >
            Discard changes
          </button>
        ) : null}
        {saved ? (
          <span className="ok-text" role="status">
            Saved. Rebuild to check the code against them.
          </span>
        ) : null}
        {locked ? <span className="muted">A run is live; save when it ends.</span> : null}
      </div>
    </div>
  );
}
