// Grows an array until the guest heap is exhausted.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const hoard = [];
  for (;;) hoard.push({ index: hoard.length, payload: [hoard.length, hoard.length] });
}
