export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const node = { name: 'loop' };
  node.self = node;
  return node;
}
