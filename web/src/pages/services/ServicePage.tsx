/** Placeholder until this page is built. */
export function ServicePage() {
  return <p>Not built yet.</p>;
}
