// Replaces Array.prototype methods so later records would compute garbage.
export default function transform(record) {
  if (!record.attack) return { n: record.n, doubled: [record.n].map((x) => x * 2) };
  Array.prototype.map = function () {
    return ['tampered'];
  };
  return { tampered: true };
}
