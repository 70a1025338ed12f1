/** Placeholder until this page is built. */
export function BrowserTestsPage() {
  return <p>Not built yet.</p>;
}
