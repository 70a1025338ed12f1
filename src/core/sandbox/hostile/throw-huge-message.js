// Throws an Error with a 5-million-character message: the error row keeps a short prefix.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  throw new Error('m'.repeat(5000000));
}
