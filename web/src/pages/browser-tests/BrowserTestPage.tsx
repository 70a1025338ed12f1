import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { RunTable } from '../../components/RunTable.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { ExportPanel } from '../../components/browser/ExportPanel.tsx';
import { HealedSpecs } from '../../components/browser/HealedSpecs.tsx';
import { RunTestForm } from '../../components/browser/RunTestForm.tsx';
import { SpecView } from '../../components/browser/SpecView.tsx';
import { TestForm } from '../../components/browser/TestForm.tsx';
import {
  isSecret,
  type TestConfig,
  type TestDetail,
  type TestHistory,
} from '../../components/browser/types.ts';
import '../../components/browser/browser.css';
import type { RecordRunSummary, ReplayRunSummary } from '../../../../src/server/protocol/index.ts';
import { formatDuration, formatTime } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';

type Panel = 'run' | 'replay' | 'edit' | null;
type Tab = 'spec' | 'export' | 'healed' | 'history';

/** One browser test: its settings, run/replay/edit, the recorded spec, export, healed specs, history. */
export function BrowserTestPage() {
  const { name = '' } = useParams();
  const path = `/browser-tests/${encodeURIComponent(name)}`;
  const detail = useApi<TestDetail>(path);
  const history = useApi<TestHistory>(`${path}/history?limit=100`);
  const [panel, setPanel] = useState<Panel>(null);
  const [tab, setTab] = useState<Tab>('spec');

  if (detail.error && !detail.data) return <ErrorNotice error={detail.error} />;
  if (!detail.data) return <p>Loading…</p>;
  const { test, spec, healed, liveRunId } = detail.data;
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));

  return (
    <section>
      <p className="crumbs">
        <Link to="/browser-tests">Browser tests</Link> /
      </p>
      <div className="page-title">
        <h1>{test.name}</h1>
        {liveRunId ? (
          <Link to={`/runs/${liveRunId}`} className="live-link">
            <StatusBadge status="running" /> live run
          </Link>
        ) : null}
      </div>
      <div className="toolbar">
        <button className="primary" onClick={() => toggle('run')} aria-pressed={panel === 'run'}>
          Run
        </button>
        <button
          onClick={() => toggle('replay')}
          aria-pressed={panel === 'replay'}
          disabled={!spec}
          title={spec ? 'Replay the spec with no planner' : 'Record a passing run first'}
        >
          Replay
        </button>
        <button
          onClick={() => setTab('export')}
          disabled={!spec}
          title={spec ? '' : 'Record a passing run first'}
        >
          Export
        </button>
        <button onClick={() => toggle('edit')} aria-pressed={panel === 'edit'}>
          Edit
        </button>
        <DeleteButton
          apiPath={path}
          what={`browser test "${test.name}"`}
          removes="its folder (settings, recorded and healed specs, uploaded files)"
          listPath="/browser-tests"
          liveRun={liveRunId}
        />
      </div>
      {panel === 'run' || panel === 'replay' ? (
        <RunTestForm key={panel} test={test} mode={panel} onCancel={() => setPanel(null)} />
      ) : null}
      {panel === 'edit' ? (
        <TestForm
          initial={test}
          onSaved={() => {
            setPanel(null);
            detail.reload();
          }}
          onCancel={() => setPanel(null)}
        />
      ) : null}

      <TestDetails test={test} />

      <div className="tabs" role="tablist" aria-label="Test views">
        {(
          [
            ['spec', 'Spec'],
            ['export', 'Playwright export'],
            ['healed', `Healed specs (${healed.length})`],
            ['history', `History (${history.data?.runs.length ?? '…'})`],
          ] as [Tab, string][]
        ).map(([id, label]) => (
          <button
            key={id}
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'active' : ''}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tab-panel">
        {tab === 'spec' ? (
          spec ? (
            <SpecView spec={spec} />
          ) : (
            <p className="empty">
              No spec yet: a run that reaches the goal (and whose assertions hold) saves one.
            </p>
          )
        ) : null}
        {tab === 'export' ? (
          spec ? (
            <ExportPanel name={test.name} />
          ) : (
            <p className="empty">Nothing to export before a spec is recorded.</p>
          )
        ) : null}
        {tab === 'healed' ? <HealedSpecs files={healed} runs={history.data?.runs ?? []} /> : null}
        {tab === 'history' ? (
          <>
            <ErrorNotice error={history.error} />
            <RunHistory history={history.data} onRefresh={history.reload} />
          </>
        ) : null}
      </div>
    </section>
  );
}

function TestDetails({ test }: { test: TestConfig }) {
  const variables = Object.entries(test.variables);
  const files = Object.entries(test.files);
  const limits = Object.entries(test.limits ?? {});
  return (
    <div className="card">
      <dl className="facts">
        <dt>URL</dt>
        <dd>
          <a href={test.url} target="_blank" rel="noreferrer">
            {test.url}
          </a>
        </dd>
        <dt>Goal</dt>
        <dd className="goal">{test.goal}</dd>
        <dt>Variables</dt>
        <dd>
          {variables.length ? (
            <ul className="inline-list">
              {variables.map(([name, v]) => (
                <li key={name}>
                  <code>{name}</code>
                  {isSecret(name, v) ? <span className="badge">secret</span> : null}
                  {v.default !== undefined ? (
                    <span className="muted"> = {JSON.stringify(v.default)}</span>
                  ) : null}
                  {!isSecret(name, v) && v.default === undefined ? (
                    <span className="muted"> (asked each run)</span>
                  ) : null}
                  {v.description ? <span className="muted small"> — {v.description}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">none</span>
          )}
        </dd>
        <dt>Files</dt>
        <dd>
          {files.length ? (
            <ul className="inline-list">
              {files.map(([key, path]) => (
                <li key={key}>
                  <code>{key}</code> <span className="muted">{path}</span>
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">none</span>
          )}
        </dd>
        <dt>Planner</dt>
        <dd>
          <code>{test.model ?? 'server default (CODIFY_MODEL, else local)'}</code>
        </dd>
        <dt>Viewport</dt>
        <dd>
          {test.viewport ? (
            `${test.viewport.width}×${test.viewport.height}`
          ) : (
            <span className="muted">default</span>
          )}
        </dd>
        <dt>Limits</dt>
        <dd>
          {limits.length ? (
            limits.map(([key, value]) => (
              <span key={key} className="limit">
                {key} {key === 'maxWallMs' ? formatDuration(value) : value}
              </span>
            ))
          ) : (
            <span className="muted">defaults</span>
          )}
        </dd>
        <dt>Changed</dt>
        <dd>{formatTime(test.updatedAt)}</dd>
      </dl>
    </div>
  );
}

/** A record's or a replay's summary (the history lists both; absent while a run is live). */
type RunSummary = Partial<RecordRunSummary & ReplayRunSummary>;

function RunHistory({ history, onRefresh }: { history: TestHistory | null; onRefresh: () => void }) {
  if (!history) return <p>Loading…</p>;
  if (history.runs.length === 0) return <p className="empty">No runs yet.</p>;
  return (
    <>
      <div className="toolbar">
        <button onClick={onRefresh}>Refresh</button>
      </div>
      <RunTable
        runs={history.runs}
        label="Runs of this test"
        kindLabel={(run) =>
          `${run.kind === 'browser-replay' ? 'replay' : 'record'}${(run.input as { heal?: boolean } | null)?.heal ? ' + heal' : ''}`
        }
        after={[
          {
            title: 'Outcome',
            className: 'muted',
            render: (run) => ((run.summary ?? {}) as RunSummary).reason ?? run.error?.message ?? '',
          },
        ]}
      />
    </>
  );
}
