// An array of length 2^32 - 1 with no elements: encoding it must not write four billion nulls.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const holes = [];
  holes.length = 2 ** 32 - 1;
  return { n: record.n, holes };
}
