export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { ratio: 0 / 0 };
}
