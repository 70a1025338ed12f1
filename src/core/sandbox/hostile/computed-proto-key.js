// A computed ['__proto__'] key defines an own property; with a nested one to take the slow path.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { n: record.n, ['__proto__']: { polluted: 1 }, list: [{ ['__proto__']: 'x' }] };
}
