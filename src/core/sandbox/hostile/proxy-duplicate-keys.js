// A Proxy result whose ownKeys trap lists one key twice.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return new Proxy(
    { n: record.n },
    {
      ownKeys: () => ['n', 'n'],
      getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }),
    },
  );
}
