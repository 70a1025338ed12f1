export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return Function('return 1 + 1')();
}
