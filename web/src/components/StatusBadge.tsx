/** A run's status as a coloured label (colour by class, the word is always shown). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{status}</span>;
}
