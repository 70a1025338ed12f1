// A shallow result whose toJSON hands back something 5,000 levels deep.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  let value = {};
  for (let i = 0; i < 5000; i++) value = { a: value };
  return { n: record.n, toJSON: () => value };
}
