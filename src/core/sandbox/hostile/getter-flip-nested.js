// A nested getter that changes on a second read, on the slow (replacer) path.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  let reads = 0;
  return {
    n: record.n,
    inner: {
      get flip() {
        reads++;
        return reads === 1 ? 'first' : undefined;
      },
    },
  };
}
