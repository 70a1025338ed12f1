import { useEffect, useState } from 'react';
import { artifactPath } from '../../components/browser/ArtifactImage.tsx';
import type { Artifact } from '../../components/browser/ArtifactList.tsx';
import { getJson } from '../../lib/api.ts';
import { MessageContent } from './MessageContent.tsx';

/**
 * The parts of a `step-NN-exchange.json` artifact this view reads. Not a protocol type: the file is
 * a debug artifact the browser session writes from the loop's attempts (the planner's decision is
 * whatever the planner returned), downloaded as a file rather than sent as an API answer, so only
 * the fields shown are named, all optional where a planner may leave them out.
 */
interface StepExchange {
  step: number;
  loop?: string;
  attempts: {
    attempt: number;
    url?: string;
    tokens?: number;
    lastError?: string | null;
    snapshot?: string;
    decision?: { reason?: string; action?: { type?: string; [key: string]: unknown } };
  }[];
}

/**
 * For a browser run with no model calls: what the planner saw (the page snapshot) and decided at
 * each step, from the run's `step-NN-exchange.json` artifacts.
 */
export function PlannerDecisions({ runId }: { runId: string }) {
  const [steps, setSteps] = useState<StepExchange[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    const load = async () => {
      const { artifacts } = await getJson<{ artifacts: Artifact[] }>(
        `/runs/${encodeURIComponent(runId)}/artifacts`,
        controller.signal,
      );
      const names = artifacts.map((a) => a.path).filter((p) => /^step-\d+-exchange\.json$/.test(p));
      const loaded = await Promise.all(
        names.map((name) => getJson<StepExchange>(artifactPath(runId, name), controller.signal)),
      );
      setSteps(loaded.sort((a, b) => a.step - b.step));
    };
    load().catch((e: unknown) => {
      if (!controller.signal.aborted) setError(e);
    });
    return () => controller.abort();
  }, [runId]);

  if (error || !steps || steps.length === 0) return null;
  return (
    <div className="planner-decisions">
      <h2>What the planner saw and decided</h2>
      <p className="muted">
        The run&apos;s per-step records: the page as the planner read it, the last error it was given, and its
        decision.
      </p>
      {steps.map((step) => (
        <div className="card" key={step.step}>
          <h3>Step {step.step}</h3>
          {step.attempts.map((attempt) => (
            <div key={attempt.attempt} className="decision">
              <div className="muted small">
                attempt {attempt.attempt}
                {attempt.url ? <> · {attempt.url}</> : null}
                {attempt.tokens !== undefined ? <> · snapshot {attempt.tokens} tokens</> : null}
              </div>
              {attempt.lastError ? <div className="attempt-error">Told: {attempt.lastError}</div> : null}
              {attempt.decision ? (
                <p>
                  <span className="action-chip">{attempt.decision.action?.type ?? '?'}</span>{' '}
                  <code>{JSON.stringify(attempt.decision.action ?? {})}</code>
                  <br />
                  <em>{attempt.decision.reason}</em>
                </p>
              ) : null}
              {attempt.snapshot ? (
                <details>
                  <summary>Page snapshot</summary>
                  <MessageContent content={attempt.snapshot} />
                </details>
              ) : null}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
