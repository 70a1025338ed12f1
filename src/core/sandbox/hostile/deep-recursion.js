// Unbounded recursion: must end as a stack error, not a crash of the host.
function descend(depth) {
  return descend(depth + 1) + 1;
}
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return descend(0);
}
