import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import type { Run } from '../../lib/types.ts';
import { useApi } from '../../lib/use-api.ts';
import { CodeTab } from './CodeTab.tsx';
import { ModelInput } from './ModelInput.tsx';
import { ExamplesTab } from './ExamplesTab.tsx';
import { HistoryTab } from './HistoryTab.tsx';
import { QuestionsTab } from './QuestionsTab.tsx';
import { questionsApi, type QuestionsAnswer } from './questions-api.ts';
import { RunTab } from './RunTab.tsx';
import { SampleBuild } from './SampleBuild.tsx';
import { SchemaTab } from './SchemaTab.tsx';
import { serviceApi, type BuildSummary, type ServiceAnswer, type ServiceDetail } from './service-api.ts';
import { LastBuildNotice } from './BuildFindings.tsx';
import { useAction } from './use-action.ts';
import './services.css';

const TABS = ['examples', 'questions', 'schema', 'code', 'run', 'history'] as const;
type Tab = (typeof TABS)[number];
const TAB_NAMES: Record<Tab, string> = {
  examples: 'Examples',
  questions: 'Questions',
  schema: 'Schema',
  code: 'Code',
  run: 'Run',
  history: 'History',
};

/** One service: its examples, schema and code, building it, running it, and its past runs. */
export function ServicePage() {
  const { name = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'examples';
  const { data, error, reload } = useApi<ServiceAnswer>(`/services/${encodeURIComponent(name)}`);
  const [justCreated] = useState(() => (location.state as { schemaInferred?: boolean } | null) ?? null);
  const questions = useApi<QuestionsAnswer>(questionsApi.path(name));
  const history = useApi<{ runs: Run[] }>(serviceApi.history(name, 20));

  if (error && !data) return <ErrorNotice error={error} />;
  if (!data) return <p>Loading…</p>;
  const service = data.service;
  const liveRun = data.liveRun ?? null;

  const attention: Partial<Record<Tab, boolean>> = {
    code: service.pending !== null,
    schema: service.proposedSchema !== null,
  };
  const openQuestions = questions.data?.questions ?? [];
  // Newest first: the last build that ended with a summary (a crashed one has none).
  const last = history.data?.runs.find((run) => run.kind === 'transform-build' && run.summary !== null);
  const lastBuild = last ? { id: last.id, summary: last.summary as BuildSummary } : null;
  // The Questions tab shows while questions are open (and stays while open, to show what was saved).
  const tabs = TABS.filter(
    (t) => t !== 'questions' || openQuestions.length > 0 || questions.error !== null || tab === 'questions',
  );

  return (
    <section>
      <p className="muted">
        <Link to="/services">Services</Link> /
      </p>
      <ServiceHeader service={service} liveRun={liveRun} onChange={reload} />
      {tab !== 'questions' ? (
        <LastBuildNotice build={lastBuild} openQuestions={openQuestions.length} service={service.name} />
      ) : null}
      {justCreated ? (
        <div className="notice info" role="status">
          Service created
          {justCreated.schemaInferred ? ' and its output schema inferred from the examples' : ''}. Next: check
          the schema, then build.
        </div>
      ) : null}
      <div className="tabs" role="tablist" aria-label="Service sections">
        {tabs.map((t) => (
          <button
            key={t}
            role="tab"
            aria-selected={tab === t}
            aria-controls={`panel-${t}`}
            onClick={() => setParams({ tab: t }, { replace: true })}
          >
            {TAB_NAMES[t]}
            {attention[t] ? <span className="dot" aria-label="needs review" /> : null}
            {t === 'questions' && openQuestions.length > 0 ? (
              <span className="badge count" aria-label={`${openQuestions.length} open`}>
                {openQuestions.length}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-label={TAB_NAMES[tab]}>
        {tab === 'examples' ? (
          <ExamplesTab service={service} locked={liveRun !== null} onSaved={reload} />
        ) : null}
        {tab === 'questions' ? (
          questions.error ? (
            <ErrorNotice error={questions.error} />
          ) : (
            <QuestionsTab
              service={service}
              questions={openQuestions}
              liveRun={liveRun}
              onSaved={() => {
                reload();
                questions.reload();
              }}
            />
          )
        ) : null}
        {tab === 'schema' ? <SchemaTab service={service} locked={liveRun !== null} onSaved={reload} /> : null}
        {tab === 'code' ? <CodeTab service={service} liveRun={liveRun} onChange={reload} /> : null}
        {tab === 'run' ? <RunTab service={service} liveRun={liveRun} /> : null}
        {tab === 'history' ? <HistoryTab name={service.name} /> : null}
      </div>
    </section>
  );
}

function ServiceHeader({
  service,
  liveRun,
  onChange,
}: {
  service: ServiceDetail;
  liveRun: string | null;
  onChange: () => void;
}) {
  const navigate = useNavigate();
  const build = useAction(async () => {
    const { run } = await serviceApi.build(service.name);
    navigate(`/runs/${run.id}`);
  });
  const [sampling, setSampling] = useState(false);
  const locked = service.config.settings.locked;
  const lock = useAction(async () => {
    await serviceApi.setLocked(service.name, !locked);
    onChange();
  });
  return (
    <header>
      <div className="page-title">
        <h1>
          {service.name}{' '}
          {service.transform ? (
            <span className="badge status-completed">built</span>
          ) : (
            <span className="badge">not built</span>
          )}{' '}
          {locked ? <span className="badge">locked</span> : null}{' '}
          {service.transform?.humanEdited ? (
            <span className="badge status-awaiting-review">edited by hand</span>
          ) : null}
        </h1>
        <div className="toolbar">
          <button className="primary" disabled={build.busy || liveRun !== null} onClick={build.run}>
            {build.busy ? 'Starting…' : service.transform ? 'Rebuild' : 'Build'}
          </button>
          <button
            aria-expanded={sampling}
            disabled={liveRun !== null}
            onClick={() => setSampling(!sampling)}
            title="Build, and ask about the records of an input file that the examples do not settle"
          >
            Build with a sample of…
          </button>
          <button
            aria-pressed={locked}
            disabled={lock.busy}
            onClick={lock.run}
            title={
              locked
                ? 'Locked: runs never regenerate the code. Unlock to let them rebuild on failures.'
                : 'Lock the code so runs never regenerate it'
            }
          >
            {locked ? 'Unlock' : 'Lock'}
          </button>
          <DeleteButton
            apiPath={`/services/${encodeURIComponent(service.name)}`}
            what={`service "${service.name}"`}
            removes="its folder (examples, schema, code)"
            listPath="/services"
            liveRun={liveRun}
          />
        </div>
      </div>
      <dl className="facts">
        <dt>Model</dt>
        <dd>
          <ModelSetting service={service} disabled={liveRun !== null} onChange={onChange} />
        </dd>
        <dt>Examples</dt>
        <dd>
          {service.examples.length}
          {service.potentialInputs > 0 ? (
            <span className="muted"> · {service.potentialInputs} unlabelled input(s) seen</span>
          ) : null}
        </dd>
        {liveRun ? (
          <>
            <dt>Live run</dt>
            <dd>
              <Link to={`/runs/${liveRun}`}>
                <span className="live-dot" aria-hidden="true" /> {liveRun.slice(0, 8)}
              </Link>{' '}
              <span className="muted">(changes wait until it ends)</span>
            </dd>
          </>
        ) : null}
      </dl>
      {sampling ? (
        <SampleBuild service={service} liveRun={liveRun} onClose={() => setSampling(false)} />
      ) : null}
      {service.pending ? (
        <div className="notice" role="status">
          A rebuild is waiting for review in <code>transform.next.ts</code>, because <code>transform.ts</code>{' '}
          was edited by hand. See the Code tab.
        </div>
      ) : null}
      {service.proposedSchema !== null ? (
        <div className="notice" role="status">
          A build proposed a schema change (the examples contradict <code>schema.json</code>). See the Schema
          tab.
        </div>
      ) : null}
      <ErrorNotice error={build.error ?? lock.error} />
    </header>
  );
}

/** The service's model, changeable in place (codify.json keeps its other keys). */
function ModelSetting({
  service,
  disabled,
  onChange,
}: {
  service: ServiceDetail;
  disabled: boolean;
  onChange: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(service.config.model);
  const save = useAction(async () => {
    await serviceApi.update(service.name, { model: value.trim() });
    setEditing(false);
    onChange();
  });
  if (!editing) {
    return (
      <>
        <code>{service.config.model}</code>
        {service.config.model === 'local' ? (
          <span className="muted"> (embedded program synthesizer: no model calls, $0)</span>
        ) : null}{' '}
        <button className="link-button" disabled={disabled} onClick={() => setEditing(true)}>
          change
        </button>
      </>
    );
  }
  return (
    <div className="field-row">
      <ModelInput value={value} onChange={setValue} label="Model spec" />
      <button className="primary" disabled={save.busy || value.trim() === ''} onClick={save.run}>
        Save model
      </button>
      <button
        onClick={() => {
          setValue(service.config.model);
          setEditing(false);
        }}
      >
        Cancel
      </button>
      <ErrorNotice error={save.error} />
    </div>
  );
}
