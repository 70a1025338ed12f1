// Blocking the thread with Atomics.wait on shared memory.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const shared = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(shared, 0, 0);
  return { woke: true };
}
