// Timers would let code run after its record ended.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  setTimeout(() => {
    globalThis.late = true;
  }, 0);
  return { n: record.n };
}
