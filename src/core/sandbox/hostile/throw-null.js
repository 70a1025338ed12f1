export default function transform(record) {
  if (!record.attack) return { n: record.n };
  throw null;
}
