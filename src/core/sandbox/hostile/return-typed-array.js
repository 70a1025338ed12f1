// Returns binary data, which JSON would turn into an object of indices.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { n: record.n, bytes: new Uint8Array([1, 2, 3]) };
}
