// A Proxy result whose get trap answers differently on each read.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  let reads = 0;
  return new Proxy(
    { n: record.n, flip: 0 },
    {
      get(target, key) {
        if (key !== 'flip') return target[key];
        reads++;
        return reads === 1 ? 'first' : Symbol('second');
      },
    },
  );
}
