import { useState } from 'react';
import { download } from '../../lib/api.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import type { Artifact } from '../../../../src/server/protocol/index.ts';
import { artifactPath } from './ArtifactImage.tsx';

export type { Artifact };

const FIRST = ['report.json', 'trace.zip', 'heal.diff'];

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A run's files (report, trace, screenshots, per-step exchanges), each downloadable with the token. */
export function ArtifactList({ runId, artifacts }: { runId: string; artifacts: Artifact[] | null }) {
  const [error, setError] = useState<unknown>(null);
  if (artifacts === null) return <p className="muted">Loading…</p>;
  if (artifacts.length === 0) return <p className="empty">No artifacts yet.</p>;
  const main = FIRST.flatMap((name) => artifacts.filter((a) => a.path === name));
  const rest = artifacts.filter((a) => !FIRST.includes(a.path)).sort((a, b) => a.path.localeCompare(b.path));
  const rows = (list: Artifact[]) =>
    list.map((artifact) => (
      <tr key={artifact.path}>
        <td>
          <code>{artifact.path}</code>
          {artifact.path === 'trace.zip' ? (
            <div className="muted small" aria-label="Open the trace">
              Open it in Playwright&apos;s trace viewer (it prints the address to open in a browser):{' '}
              <code>{artifact.open ?? 'npx playwright show-trace --port 0 trace.zip'}</code>
            </div>
          ) : null}
        </td>
        <td className="muted">{formatBytes(artifact.bytes)}</td>
        <td>
          <button
            onClick={() =>
              void download(
                artifactPath(runId, artifact.path),
                artifact.path.split('/').pop() ?? artifact.path,
              ).catch(setError)
            }
            aria-label={`Download ${artifact.path}`}
          >
            Download
          </button>
        </td>
      </tr>
    ));
  return (
    <>
      <ErrorNotice error={error} />
      <table className="table artifacts" aria-label="Artifacts">
        <tbody>{rows(main)}</tbody>
      </table>
      {rest.length ? (
        <details className="more-artifacts">
          <summary>Per-step files ({rest.length}): screenshots and the planner&apos;s exchanges</summary>
          <table className="table artifacts" aria-label="Per-step files">
            <tbody>{rows(rest)}</tbody>
          </table>
        </details>
      ) : null}
    </>
  );
}
