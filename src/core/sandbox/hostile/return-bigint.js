export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { big: 2n ** 70n };
}
