/** Placeholder until this page is built. */
export function BrowserTestPage() {
  return <p>Not built yet.</p>;
}
