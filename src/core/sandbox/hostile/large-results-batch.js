// Every result is large (600 KB) and the attack's is larger (3 Mi characters, still legal): the
// batch is handed back in pieces under its output budget, and nothing is lost or reordered.
export default function transform(record) {
  const size = record.attack ? 3 * 1024 * 1024 : 600 * 1000;
  return { n: record.n, blob: 'y'.repeat(size) };
}
