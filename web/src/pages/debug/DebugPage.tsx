/** Placeholder until this page is built. */
export function DebugPage() {
  return <p>Not built yet.</p>;
}
