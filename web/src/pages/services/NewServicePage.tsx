/** Placeholder until this page is built. */
export function NewServicePage() {
  return <p>Not built yet.</p>;
}
