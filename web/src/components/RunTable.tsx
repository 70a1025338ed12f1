import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatTime, runDuration } from '../lib/format.ts';
import type { Run } from '../lib/types.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** A column a page adds to the run table (the subject, a one-line result…). */
export interface RunColumn {
  title: string;
  render: (run: Run) => ReactNode;
  className?: string;
}

/**
 * Runs as a table: link, kind, status, start and duration, plus the page's own columns. History,
 * a service's history and a browser test's history show runs the same way.
 */
export function RunTable({
  runs,
  label,
  kindLabel = (run) => run.kind,
  before = [],
  after = [],
}: {
  runs: Run[];
  label: string;
  kindLabel?: (run: Run) => ReactNode;
  /** Columns after the kind (e.g. the subject). */
  before?: RunColumn[];
  /** Columns at the end (e.g. the result). */
  after?: RunColumn[];
}) {
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th>Run</th>
          <th>Kind</th>
          {before.map((c) => (
            <th key={c.title}>{c.title}</th>
          ))}
          <th>Status</th>
          <th>Started</th>
          <th>Duration</th>
          {after.map((c) => (
            <th key={c.title}>{c.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id}>
            <td>
              <Link to={`/runs/${run.id}`}>{run.id.slice(0, 8)}</Link>
            </td>
            <td>{kindLabel(run)}</td>
            {before.map((c) => (
              <td key={c.title} className={c.className}>
                {c.render(run)}
              </td>
            ))}
            <td>
              <StatusBadge status={run.status} />
            </td>
            <td>{formatTime(run.startedAt ?? run.createdAt)}</td>
            <td>{runDuration(run)}</td>
            {after.map((c) => (
              <td key={c.title} className={c.className}>
                {c.render(run)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
