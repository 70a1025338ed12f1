// Walks a record nested 900 levels deep (inside the 1000-level limit) with recursion: allowed,
// and the depth it reports proves the guest received the whole record.
function depth(value) {
  return value !== null && typeof value === 'object' ? 1 + depth(value.a) : 0;
}
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { n: record.n, depth: depth(record.deep) };
}
