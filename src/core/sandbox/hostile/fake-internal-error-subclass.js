// A subclass of InternalError thrown with the engine's message: still the transform's own error.
class Overflow extends InternalError {}
let calls = 0;
export default function transform(record) {
  calls++;
  if (!record.attack) return { n: record.n, calls };
  throw new Overflow('stack overflow');
}
