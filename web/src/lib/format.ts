/** Small formatting helpers shared by pages. */

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** Duration of a run from its times (to now while it is live). */
export function runDuration(run: { startedAt: string | null; endedAt: string | null }): string {
  if (!run.startedAt) return '—';
  const end = run.endedAt ? Date.parse(run.endedAt) : Date.now();
  return formatDuration(end - Date.parse(run.startedAt));
}

export function formatCost(usd: number | null | undefined): string {
  if (usd === null || usd === undefined) return '—';
  if (usd === 0) return '$0';
  return usd < 0.01 ? `$${usd.toFixed(5)}` : `$${usd.toFixed(2)}`;
}

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toLocaleString('en-US');
}

/** The name part of a subject id such as `service:phone` or `browser-test:signup`. */
export function subjectName(subjectId: string | null): string | null {
  if (!subjectId) return null;
  const colon = subjectId.indexOf(':');
  return colon === -1 ? subjectId : subjectId.slice(colon + 1);
}
