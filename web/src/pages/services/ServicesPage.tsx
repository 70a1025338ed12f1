/** Placeholder until this page is built. */
export function ServicesPage() {
  return <p>Not built yet.</p>;
}
