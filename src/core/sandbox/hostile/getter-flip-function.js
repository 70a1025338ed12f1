// A getter that is a string when checked and a function (silently dropped by JSON) when encoded.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  let reads = 0;
  return {
    n: record.n,
    get flip() {
      reads++;
      return reads === 1 ? 'first' : function () {};
    },
  };
}
