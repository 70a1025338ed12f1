// A number that overflows to Infinity, which JSON would write as null.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { n: record.n, big: 1e308 * 10 };
}
