// A getter that is a number when checked and NaN when encoded: the result must be read once.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  let reads = 0;
  return {
    n: record.n,
    get flip() {
      reads++;
      return reads === 1 ? 1 : NaN;
    },
  };
}
