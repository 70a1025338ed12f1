// An async function returns a Promise, which the sandbox refuses (transforms are synchronous).
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const later = async () => ({ n: record.n });
  return later();
}
