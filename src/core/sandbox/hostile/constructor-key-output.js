// "constructor" and "prototype" keys, the other half of prototype-pollution payloads.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { n: record.n, constructor: { prototype: { polluted: 1 } }, prototype: { polluted: 2 } };
}
