import { useEffect, useMemo, useState } from 'react';
import { ArtifactImage } from '../../components/browser/ArtifactImage.tsx';
import { ArtifactList, type Artifact } from '../../components/browser/ArtifactList.tsx';
import { RunSteps } from '../../components/browser/RunSteps.tsx';
import { RunVerdictCard } from '../../components/browser/RunVerdictCard.tsx';
import { buildRunModel, stepOfArtifact } from '../../components/browser/run-model.ts';
import '../../components/browser/browser.css';
import { EventList } from '../../components/EventList.tsx';
import { getJson } from '../../lib/api.ts';
import type { LiveRun } from '../../lib/use-run.ts';

/**
 * A screenshot as this view lists it: built here from the run's events and artifact list, so a UI
 * shape rather than a wire type (nothing the server sends has it).
 */
interface Shot {
  step: number;
  name: string;
  label: string;
}

/**
 * A browser run (record or replay) as it happens: the steps with the planner's reasons, actions,
 * errors and retries; the latest screenshot large with per-step thumbnails; then the verdict with
 * its assertions, and the run's artifacts to download.
 */
export function BrowserRunView({ live }: { live: LiveRun }) {
  const runId = live.detail?.run.id ?? '';
  const model = useMemo(() => buildRunModel(live.events), [live.events]);
  const artifacts = useArtifacts(runId, live);
  const shots = useMemo(() => shotsOf(model.screenshots, artifacts), [model.screenshots, artifacts]);
  const [picked, setPicked] = useState<string | null>(null);
  const shown = shots.find((s) => s.name === picked) ?? shots.at(-1);
  if (!live.detail) return null;
  const { run } = live.detail;
  const running = live.following && live.detail.live;
  const current = model.steps.at(-1);

  return (
    <div className="browser-run">
      {running ? (
        <p className="working" role="status">
          <span className="live-dot" aria-hidden="true" />{' '}
          {current ? `Working on step ${current.step}${current.done ? ' (done)' : ''}…` : 'Opening the page…'}
        </p>
      ) : null}
      {!running || model.verdict ? <RunVerdictCard run={run} verdict={model.verdict} artifacts={artifacts} /> : null}
      <div className="run-columns">
        <div className="run-steps-column">
          <h2>Steps</h2>
          <RunSteps steps={model.steps} running={running} />
        </div>
        <div className="run-shot-column">
          <h2>Screenshot</h2>
          {shown ? (
            <figure className="latest-shot">
              <ArtifactImage runId={runId} name={shown.name} alt={`Screenshot: ${shown.label}`} className="shot-large" />
              <figcaption>
                {shown.label}
                {picked && shown !== shots.at(-1) ? (
                  <>
                    {' '}
                    · <button className="link-button" onClick={() => setPicked(null)}>follow latest</button>
                  </>
                ) : null}
              </figcaption>
            </figure>
          ) : (
            <p className="empty">No screenshot yet.</p>
          )}
          {shots.length > 1 ? (
            <div className="thumbnails" aria-label="Screenshots per step">
              {shots.map((shot) => (
                <div key={shot.name} className={shot === shown ? 'thumb selected' : 'thumb'}>
                  <ArtifactImage
                    runId={runId}
                    name={shot.name}
                    alt={shot.label}
                    className="shot-thumb"
                    onClick={() => setPicked(shot.name)}
                  />
                  <span className="small muted">{shot.label}</span>
                </div>
              ))}
            </div>
          ) : null}
        </div>
      </div>
      <h2>Artifacts</h2>
      <ArtifactList runId={runId} artifacts={artifacts} />
      <EventList events={live.events} />
    </div>
  );
}

/**
 * The run's artifact files, fetched again whenever a step finishes or the run ends (replays write
 * their screenshots without naming them in events).
 */
function useArtifacts(runId: string, live: LiveRun): Artifact[] | null {
  const [artifacts, setArtifacts] = useState<Artifact[] | null>(null);
  const milestones = live.events.filter((e) =>
    ['observation', 'step-done', 'action-failed', 'run-done', 'run-finished'].includes(e.event.type),
  ).length;
  const ended = !live.following;
  useEffect(() => {
    if (!runId) return;
    const controller = new AbortController();
    getJson<{ artifacts: Artifact[] }>(`/runs/${encodeURIComponent(runId)}/artifacts`, controller.signal)
      .then((answer) => setArtifacts(answer.artifacts))
      .catch(() => {
        // Before the run folder exists there is nothing to list; the next milestone asks again.
      });
    return () => controller.abort();
  }, [runId, milestones, ended]);
  return artifacts;
}

/** Screenshots in the order they were taken: what the planner saw per attempt, then replay shots. */
function shotsOf(fromEvents: { step: number; attempt: number; name: string }[], artifacts: Artifact[] | null): Shot[] {
  const shots: Shot[] = fromEvents.map((s) => ({
    step: s.step,
    name: s.name,
    label: `Step ${s.step}, attempt ${s.attempt}`,
  }));
  const known = new Set(shots.map((s) => s.name));
  for (const artifact of artifacts ?? []) {
    if (!artifact.path.endsWith('.png') || known.has(artifact.path)) continue;
    const step = stepOfArtifact(artifact.path);
    if (step === null) continue;
    const what = artifact.path.includes('failure') ? 'failure' : artifact.path.includes('after') ? 'after' : artifact.path;
    shots.push({ step, name: artifact.path, label: `Step ${step}, ${what}` });
  }
  // Stable: within a step, event order (attempts) comes before after/failure shots.
  return shots
    .map((shot, index) => ({ shot, index }))
    .sort((a, b) => a.shot.step - b.shot.step || a.index - b.index)
    .map(({ shot }) => shot);
}
