import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { getText } from '../../lib/api.ts';
import type { Run } from '../../lib/types.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { artifactPath } from './ArtifactImage.tsx';
import { DiffView } from '../DiffView.tsx';

interface HealedSummary {
  spec: string;
  diff: string;
  steps?: { step: number; before: string; after: string; reason: string }[];
}

/**
 * Specs that healing replays saved beside spec.json (never over it), each with the replay that
 * made it, what changed step by step, and the diff. The diff is the run's `heal.diff` artifact.
 */
export function HealedSpecs({ files, runs }: { files: string[]; runs: Run[] }) {
  if (files.length === 0)
    return (
      <p className="empty">
        No healed specs. A replay with “heal” that repairs a broken step saves one here for review.
      </p>
    );
  const madeBy = new Map<string, Run>();
  for (const run of runs) {
    const healed = (run.summary as { healed?: HealedSummary } | null)?.healed;
    if (healed?.spec) madeBy.set(healed.spec, run);
  }
  return (
    <div className="healed-list">
      <p className="muted">
        Review each, then copy it over <code>spec.json</code> in the test folder to adopt it.
      </p>
      {[...files].reverse().map((file) => (
        <HealedSpec key={file} file={file} run={madeBy.get(file)} />
      ))}
    </div>
  );
}

function HealedSpec({ file, run }: { file: string; run: Run | undefined }) {
  const [diff, setDiff] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const healed = (run?.summary as { healed?: HealedSummary } | null)?.healed;

  useEffect(() => {
    if (!run) return;
    let current = true;
    getText(artifactPath(run.id, 'heal.diff'))
      .then((text) => current && setDiff(text))
      .catch((e: unknown) => current && setError(e));
    return () => {
      current = false;
    };
  }, [run]);

  return (
    <div className="card">
      <h3>
        <code>{file}</code>{' '}
        {run ? (
          <span className="muted">
            from replay <Link to={`/runs/${run.id}`}>{run.id.slice(0, 8)}</Link>
          </span>
        ) : null}
      </h3>
      {healed?.steps?.length ? (
        <ul className="healed-steps">
          {healed.steps.map((step, index) => (
            <li key={index}>
              {step.step > 0 ? <strong>Step {step.step}: </strong> : <strong>Assertions: </strong>}
              {step.before ? <del>{step.before}</del> : null}
              {step.before && step.after ? ' → ' : null}
              {step.after ? <ins>{step.after}</ins> : null}
              {step.reason ? <div className="muted small">{step.reason}</div> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorNotice error={error} />
      {diff !== null ? <DiffView patch={diff} label={`Diff of ${file}`} /> : null}
      {!run ? (
        <p className="muted">
          The replay that made it is no longer in this test&apos;s recent history; the diff is beside it in
          the test folder.
        </p>
      ) : null}
    </div>
  );
}
