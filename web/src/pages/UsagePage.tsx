/** Placeholder until this page is built. */
export function UsagePage() {
  return <p>Not built yet.</p>;
}
