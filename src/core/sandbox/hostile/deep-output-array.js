// A result nested 100,000 arrays deep, built without recursion.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  let value = 1;
  for (let i = 0; i < 100000; i++) value = [value];
  return { n: record.n, value };
}
