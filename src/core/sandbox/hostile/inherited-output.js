// A result whose prototype is another object: its inherited keys would vanish silently, so refuse.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const value = Object.create({ inherited: 'secret' });
  value.n = record.n;
  return value;
}
