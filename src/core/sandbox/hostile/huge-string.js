// A result far beyond the per-record output limit (4 Mi characters by default).
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { blob: 'x'.repeat(17 * 1024 * 1024) };
}
