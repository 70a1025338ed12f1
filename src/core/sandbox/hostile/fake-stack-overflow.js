// Throws its own InternalError('stack overflow'): an ordinary error, not an engine failure, so
// the guest must not be rebuilt for it (module state survives).
let calls = 0;
export default function transform(record) {
  calls++;
  if (!record.attack) return { n: record.n, calls };
  throw new InternalError('stack overflow');
}
