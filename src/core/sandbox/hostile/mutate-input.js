// Mutates and returns its input record: allowed, and it cannot reach any other record.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  record.extra = 'added';
  delete record.attack;
  return record;
}
