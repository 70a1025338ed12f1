// One result of 5 Mi characters: above the per-record limit (4 Mi by default) but well inside the
// guest heap, so it is refused as too large rather than running out of memory.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { n: record.n, blob: 'x'.repeat(5 * 1024 * 1024) };
}
