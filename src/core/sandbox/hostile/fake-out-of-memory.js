// Throws InternalError('out of memory') called without new: an ordinary error.
let calls = 0;
export default function transform(record) {
  calls++;
  if (!record.attack) return { n: record.n, calls };
  throw InternalError('out of memory');
}
