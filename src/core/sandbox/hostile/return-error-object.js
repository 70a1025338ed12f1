// Returns an Error instead of throwing it.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { n: record.n, error: new TypeError('returned, not thrown') };
}
