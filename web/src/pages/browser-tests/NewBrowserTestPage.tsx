/** Placeholder until this page is built. */
export function NewBrowserTestPage() {
  return <p>Not built yet.</p>;
}
