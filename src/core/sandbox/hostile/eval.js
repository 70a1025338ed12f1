export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return eval('1 + 1');
}
