// A result nested so deeply that encoding it would recurse without end.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  let nested = [];
  for (let i = 0; i < 200000; i++) nested = [nested];
  return nested;
}
