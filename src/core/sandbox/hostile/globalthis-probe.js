// Lists everything reachable from globalThis; the test checks nothing of the host is there.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return Object.getOwnPropertyNames(globalThis).sort();
}
